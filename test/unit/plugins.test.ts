import { securityFrom, writeApiKeys } from '../support/security';
import { inProcessGateway, type InProcessGateway } from './support/in-process';

// The query-limit and authorization plugins in process, through Apollo's executeOperation, with the gateway's own
// security options; the fake AWS answers an empty account. The HTTP specs (query-limits, auth) cover the wire.

const EMPTY = { ListProfiles: () => ({ Profiles: [] }), ListServers: () => ({ Servers: [] }) };

describe('query limits (QUERY_MAX_DEPTH, QUERY_MAX_ALIASES, QUERY_MAX_COST)', () => {
  let g: InProcessGateway;
  beforeAll(async () => {
    g = await inProcessGateway({
      security: securityFrom({ QUERY_MAX_DEPTH: '4', QUERY_MAX_ALIASES: '2', QUERY_MAX_COST: '60' }),
      answers: EMPTY,
    });
  });
  afterAll(() => g.close());

  const refusal = (limit: string, message: string, maximum: number, actual: number) => ({
    status: 400,
    errors: [{ message, extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit, maximum, actual } }],
    calls: [],
  });
  const outcome = async (query: string) => {
    const { status, body, aws } = await g.execute(query);
    return { status, errors: body.errors, calls: aws.calls() };
  };

  it('answers a query within every limit, with its requested and actual cost', async () => {
    const { status, body } = await g.execute('{ profiles(first: 50) { edges { node { as2Id } } } }');
    expect({ status, body }).toEqual({
      status: undefined,
      body: {
        data: { profiles: { edges: [] } },
        extensions: { cost: { upstream: { calls: 1, byOperation: { ListProfiles: 1 } }, requested: 51, actual: 1 } },
      },
    });
  });

  it('refuses a query deeper than the limit, with HTTP 400 and the exact depth, before any AWS call', async () => {
    expect(await outcome('{ profiles { edges { node { certificates { edges { node { usage } } } } } } }')).toEqual(
      refusal('depth', "The query's depth is 7; the limit is 4 (3 over)", 4, 7),
    );
  });

  it('refuses a query with more aliases than the limit, counting every one', async () => {
    expect(await outcome('{ a: __typename b: __typename c: __typename }')).toEqual(
      refusal('aliases', "The query's alias count is 3; the limit is 2 (1 over)", 2, 3),
    );
  });

  it('refuses a query whose requested cost is over the limit, counting page sizes from the variables', async () => {
    const { status, body, aws } = await g.execute('query($n: Int) { profiles(first: $n) { edges { node { as2Id } } } }', {
      variables: { n: 60 },
    });
    expect({ status, errors: body.errors, calls: aws.calls() }).toEqual(
      refusal('cost', "The query's requested cost is 61; the limit is 60 (1 over)", 60, 61),
    );
  });
});

describe('authorization (roles of API keys)', () => {
  const { file, keys } = writeApiKeys([
    { name: 'dashboard', role: 'reader' },
    { name: 'ops', role: 'operator' },
  ]);
  const as = (name: string) => ({ headers: { 'x-api-key': keys[name] } });
  const MUTATION = 'mutation { deleteProfile(input: { id: "not-an-id" }) { deletedId userErrors { code } } }';
  let g: InProcessGateway;
  beforeAll(async () => {
    g = await inProcessGateway({ security: securityFrom({ AUTH_MODE: 'apikey', API_KEYS_FILE: file }), answers: EMPTY });
  });
  afterAll(() => g.close());

  it('lets a reader query', async () => {
    expect((await g.execute('{ servers { edges { node { serverId } } } }', as('dashboard'))).body.data).toEqual({ servers: { edges: [] } });
  });

  it('refuses a reader’s mutation with FORBIDDEN (HTTP 403) naming the role it needs, before any AWS call', async () => {
    const { status, body, aws } = await g.execute(MUTATION, as('dashboard'));
    expect({ status, errors: body.errors, data: body.data, calls: aws.calls() }).toEqual({
      status: 403,
      errors: [
        {
          message: 'A mutation needs the operator role; key:dashboard has reader',
          extensions: { code: 'FORBIDDEN', requiredRole: 'operator' },
        },
      ],
      data: undefined,
      calls: [],
    });
  });

  it('lets an operator mutate', async () => {
    const { body } = await g.execute(MUTATION, as('ops'));
    expect({ data: body.data, errors: body.errors }).toEqual({
      data: { deleteProfile: { deletedId: null, userErrors: [{ code: 'INVALID' }] } },
      errors: undefined,
    });
  });

  it('refuses a request without credentials with UNAUTHENTICATED before it runs', async () => {
    const refused = await g.execute('{ __typename }').then(
      () => undefined,
      (error: { message: string; extensions: Record<string, unknown> }) => ({ message: error.message, code: error.extensions.code }),
    );
    expect(refused).toEqual({ message: 'Missing credentials: send your API key in the x-api-key header', code: 'UNAUTHENTICATED' });
  });
});
