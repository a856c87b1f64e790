import { createHash } from 'node:crypto';
import { startStack, type TestStack } from '../support/stack';

/** An id made like the API's own (base64url of `type:region:keys`), with any type part. */
const idOf = (text: string) => Buffer.from(text).toString('base64url');

describe('client mistakes get a client error code, never INTERNAL', () => {
  let s: TestStack;
  const logged: string[] = [];
  beforeAll(async () => {
    s = await startStack({}, { log: (message) => void logged.push(message) });
  });
  afterAll(() => s.close());
  afterEach(() => expect(logged.splice(0)).toEqual([]));

  const free = { cost: { upstream: { calls: 0, byOperation: {} } } };
  const post = async (body: unknown) => {
    const res = await fetch(s.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as any };
  };

  describe.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])(
    'an id whose type part is the Object.prototype key %s',
    (type) => {
      const id = idOf(`${type}:us-east-1:p-0123456789abcdef0`);
      const invalid = { message: `Invalid id ${JSON.stringify(id)}: not an id issued by this API`, extensions: { code: 'BAD_USER_INPUT' } };

      it('answers BAD_USER_INPUT from node(id:)', async () => {
        const res = await s.gql(`query($id: ID!) { node(id: $id) { id } }`, { id });
        expect({ data: res.data, errors: res.errors }).toEqual({
          data: { node: null },
          errors: [{ ...invalid, locations: [{ line: 1, column: 19 }], path: ['node'] }],
        });
      });

      it('answers BAD_USER_INPUT from nodes(ids:)', async () => {
        const res = await s.gql(`query($id: ID!) { nodes(ids: [$id]) { id } }`, { id });
        expect({ data: res.data, errors: res.errors }).toEqual({
          data: { nodes: [null] },
          errors: [{ ...invalid, locations: [{ line: 1, column: 19 }], path: ['nodes', 0] }],
        });
      });
    },
  );

  describe('automatic persisted queries', () => {
    const query = '{ __typename }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');

    it('answers 400 BAD_REQUEST when the hash does not match the query', async () => {
      expect(await post({ query, extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } })).toEqual({
        status: 400,
        body: { errors: [{ message: 'provided sha does not match query', extensions: { code: 'BAD_REQUEST' } }], extensions: free },
      });
    });

    it('answers 400 BAD_REQUEST for a version other than 1', async () => {
      expect(await post({ query, extensions: { persistedQuery: { version: 2, sha256Hash } } })).toEqual({
        status: 400,
        body: { errors: [{ message: 'Unsupported persisted query version', extensions: { code: 'BAD_REQUEST' } }], extensions: free },
      });
    });

    it('answers PERSISTED_QUERY_NOT_FOUND for a hash never registered, then the query once it is', async () => {
      expect(await post({ extensions: { persistedQuery: { version: 1, sha256Hash } } })).toEqual({
        status: 200,
        body: { errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }], extensions: free },
      });
      expect((await post({ query, extensions: { persistedQuery: { version: 1, sha256Hash } } })).body.data).toEqual({
        __typename: 'Query',
      });
      expect((await post({ extensions: { persistedQuery: { version: 1, sha256Hash } } })).body.data).toEqual({ __typename: 'Query' });
    });
  });

  it.each([
    [
      'persistedQuery is not an object',
      { query: '{ __typename }', extensions: { persistedQuery: 'yes' } },
      400,
      'BAD_REQUEST',
      'Unsupported persisted query version',
    ],
    [
      'sha256Hash is a number',
      { query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 5 } } },
      400,
      'BAD_REQUEST',
      'provided sha does not match query',
    ],
    [
      'sha256Hash is an object and there is no query',
      { extensions: { persistedQuery: { version: 1, sha256Hash: { constructor: 1 } } } },
      200,
      'PERSISTED_QUERY_NOT_FOUND',
      'PersistedQueryNotFound',
    ],
    [
      'variables is a string',
      { query: '{ __typename }', variables: 'x' },
      400,
      'BAD_REQUEST',
      '`variables` in a POST body should be provided as an object, not a recursively JSON-encoded string.',
    ],
    [
      'operationName is a number',
      { query: '{ __typename }', operationName: 5 },
      400,
      'BAD_REQUEST',
      '`operationName` in a POST body must be a string if provided.',
    ],
    [
      'extensions is a list',
      { query: '{ __typename }', extensions: [1] },
      400,
      'BAD_REQUEST',
      '`extensions` in a POST body must be an object if provided.',
    ],
    ['query is an object', { query: { constructor: 1 } }, 400, 'BAD_REQUEST', 'GraphQL queries must be strings.'],
    [
      'a variable is named constructor and not given',
      { query: 'query($constructor: ID!) { node(id: $constructor) { id } }', variables: {} },
      400,
      'BAD_USER_INPUT',
      'Variable "$constructor" of required type "ID!" was not provided.',
    ],
  ])('answers a client code, logging nothing, when %s', async (_case, body, status, code, message) => {
    const res = await post(body);
    expect({
      status: res.status,
      errors: res.body.errors.map((e: { message: string; extensions: { code: string } }) => [e.extensions.code, e.message]),
    }).toEqual({ status, errors: [[code, message]] });
  });
});
