import { fromGlobalId, NODE_TYPE_NAMES, toGlobalId, type GlobalId } from '../../../src/gateway/schema/relay/global-id';
import { inProcessGateway, type InProcessGateway } from '../support/in-process';

const b64 = (text: string) => Buffer.from(text).toString('base64url');

/** What fromGlobalId throws for `id`: its message and code. */
function refusal(id: string, expected?: Parameters<typeof fromGlobalId>[1]) {
  try {
    fromGlobalId(id, expected);
  } catch (error) {
    const e = error as { message: string; extensions: Record<string, unknown> };
    return { message: e.message, extensions: e.extensions };
  }
  throw new Error(`expected ${id} to be refused`);
}

const EXAMPLES: GlobalId[] = [
  { type: 'Server', region: 'us-east-1', keys: ['s-0123456789abcdef0'] },
  { type: 'Agreement', region: 'eu-west-1', keys: ['s-0123456789abcdef0', 'a-0123456789abcdef0'] },
  { type: 'Profile', region: 'ap-southeast-2', keys: ['p-0123456789abcdef0'] },
  { type: 'Certificate', region: 'us-gov-west-1', keys: ['cert-0123456789abcdef0'] },
  { type: 'Connector', region: 'us-east-1', keys: ['c-0123456789abcdef0'] },
  { type: 'FileTransfer', region: 'us-east-1', keys: ['c-0123456789abcdef0', '9f3c3b1e-2c4d-4e5f-8a9b-0c1d2e3f4a5b'] },
  { type: 'FileTransferResult', region: 'us-east-1', keys: ['c-0123456789abcdef0', '9f3c3b1e-2c4d-4e5f-8a9b-0c1d2e3f4a5b', '12'] },
];

describe('global ids', () => {
  it('cover every node type', () => {
    expect(EXAMPLES.map((e) => e.type)).toEqual(NODE_TYPE_NAMES);
  });

  it.each(EXAMPLES.map((e) => [e.type, e]))('round-trip the id of %s: type, region and AWS keys, as URL-safe text', (_type, id) => {
    const text = toGlobalId(id);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(fromGlobalId(text)).toEqual(id);
    expect(fromGlobalId(text, id.type)).toEqual(id);
  });

  it('are the base64url of type:region:keys, so clients may not rely on more than that they are opaque', () => {
    expect(toGlobalId({ type: 'Profile', region: 'us-east-1', keys: ['p-0123456789abcdef0'] })).toBe(
      b64('Profile:us-east-1:p-0123456789abcdef0'),
    );
  });
});

describe('ids refused with BAD_USER_INPUT, saying why', () => {
  const bad = (message: string) => ({ message, extensions: { code: 'BAD_USER_INPUT' } });

  it('refuse text that is not an id issued by this API', () => {
    expect(refusal('p-0123456789abcdef0')).toEqual(bad('Invalid id "p-0123456789abcdef0": not an id issued by this API'));
    expect(refusal('')).toEqual(bad('Invalid id "": not an id issued by this API'));
    expect(refusal('not base64!')).toEqual(bad('Invalid id "not base64!": not an id issued by this API'));
  });

  it('refuse a non-canonical encoding of a real id (padding), which would give one node two ids', () => {
    const padded = Buffer.from('Profile:us-east-1:p-0123456789abcdef0').toString('base64');
    expect(padded.endsWith('=')).toBe(true);
    expect(refusal(padded)).toEqual(bad(`Invalid id "${padded}": not an id issued by this API`));
  });

  it('refuse a forged type, including the names of Object.prototype', () => {
    for (const type of ['User', 'constructor', '__proto__', 'toString']) {
      const id = b64(`${type}:us-east-1:p-0123456789abcdef0`);
      expect(refusal(id)).toEqual(bad(`Invalid id "${id}": not an id issued by this API`));
    }
  });

  it('refuse a real type with a damaged region or keys, naming the type', () => {
    const cases = [
      'Profile:US-EAST-1:p-0123456789abcdef0',
      'Profile:us-east-1:p-0123',
      'Profile:us-east-1:s-0123456789abcdef0',
      'Profile:us-east-1',
      'Profile:us-east-1:p-0123456789abcdef0:extra',
      'Agreement:us-east-1:a-0123456789abcdef0:s-0123456789abcdef0',
      'FileTransferResult:us-east-1:c-0123456789abcdef0:t-1:0',
    ];
    for (const text of cases) {
      const type = text.split(':')[0];
      expect(refusal(b64(text))).toEqual(bad(`Invalid id "${b64(text)}": damaged ${type} id`));
    }
  });

  it('refuse the id of another type where one type is expected, with its article', () => {
    const agreement = toGlobalId({ type: 'Agreement', region: 'us-east-1', keys: ['s-0123456789abcdef0', 'a-0123456789abcdef0'] });
    expect(refusal(agreement, 'Profile')).toEqual(
      bad(`Invalid id "${agreement}": expected the id of a Profile, got the id of an Agreement`),
    );
    expect(refusal(agreement, ['Server', 'Connector'])).toEqual(
      bad(`Invalid id "${agreement}": expected the id of a Server or a Connector, got the id of an Agreement`),
    );
  });

  it('quote at most 100 characters of a long id', () => {
    const long = 'A'.repeat(2000);
    expect(refusal(long).message).toBe(`Invalid id "${'A'.repeat(100)}…": not an id issued by this API`);
  });
});

describe('ids of a region the gateway does not serve (in process, executeOperation)', () => {
  const foreign = toGlobalId({ type: 'Profile', region: 'eu-west-1', keys: ['p-0123456789abcdef0'] });
  let g: InProcessGateway;
  beforeAll(async () => {
    g = await inProcessGateway();
  });
  afterAll(() => g.close());

  it('are refused in a query argument with BAD_USER_INPUT naming the regions served, before any AWS call', async () => {
    const { body, aws } = await g.execute('query($id: String!) { profile(idOrArn: $id) { as2Id } }', { variables: { id: foreign } });
    expect({ body, calls: aws.calls() }).toEqual({
      body: {
        data: { profile: null },
        errors: [
          {
            message: 'idOrArn names a profile in eu-west-1; this gateway serves us-east-1',
            locations: [{ line: 1, column: 23 }],
            path: ['profile'],
            extensions: { code: 'BAD_USER_INPUT', field: ['idOrArn'] },
          },
        ],
        extensions: { cost: { upstream: { calls: 0, byOperation: {} } } },
      },
      calls: [],
    });
  });

  it('are refused in a mutation input as a userError on the field, before any AWS call', async () => {
    const { body, aws } = await g.execute(
      'mutation($id: ID!) { deleteProfile(input: { id: $id }) { deletedId userErrors { field message code } } }',
      { variables: { id: foreign } },
    );
    expect({ data: body.data, errors: body.errors, calls: aws.calls() }).toEqual({
      data: {
        deleteProfile: {
          deletedId: null,
          userErrors: [
            { field: ['input', 'id'], message: 'id names a profile in eu-west-1; this gateway serves us-east-1', code: 'INVALID' },
          ],
        },
      },
      errors: undefined,
      calls: [],
    });
  });
});
