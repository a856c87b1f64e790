import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gatewayConfigFromEnv } from '../../src/config/gateway';
import { startGateway } from '../../src/gateway';
import { securityFrom } from '../support/security';
import { startStack, type TestStack } from '../support/stack';

const INTROSPECTION = '{ __schema { queryType { name } } }';

async function post(s: TestStack, body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  const res = await fetch(s.graphqlUrl, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as any };
}

describe('NODE_ENV=production', () => {
  let s: TestStack;
  beforeAll(async () => {
    s = await startStack({}, { security: securityFrom({ NODE_ENV: 'production' }) });
  });
  afterAll(() => s.close());

  it('answers no introspection', async () => {
    const res = await post(s, { query: INTROSPECTION });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      {
        message:
          'GraphQL introspection is not allowed by Apollo Server, but the query contained __schema or __type. To enable introspection, pass introspection: true to ApolloServer in production',
        locations: [{ line: 1, column: 3 }],
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED', validationErrorCode: 'INTROSPECTION_DISABLED' },
      },
    ]);
  });

  it('suggests no schema names in errors, and never sends a stack trace', async () => {
    const res = await post(s, { query: '{ profilez { totalCount } }' });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      {
        message: 'Cannot query field "profilez" on type "Query".',
        locations: [{ line: 1, column: 3 }],
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      },
    ]);
  });

  it('refuses requests a browser could send cross-site without a preflight (CSRF prevention)', async () => {
    const res = await post(s, JSON.stringify({ query: '{ __typename }' }), { 'content-type': 'text/plain' });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toMatch(/^This operation has been blocked as a potential Cross-Site Request Forgery \(CSRF\)/);
    const get = await fetch(`${s.graphqlUrl}?query=${encodeURIComponent('{ __typename }')}`);
    expect(get.status).toBe(400);
    const preflighted = await fetch(`${s.graphqlUrl}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(await preflighted.json()).toMatchObject({ data: { __typename: 'Query' } });
  });

  it('refuses batched HTTP requests', async () => {
    const res = await post(s, [{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ message: 'Operation batching disabled.', extensions: { code: 'BAD_REQUEST' } }]);
  });
});

describe('production defaults, set one by one', () => {
  it('outside production: introspection and suggestions on, CSRF prevention on, batching off', async () => {
    const s = await startStack({}, { security: securityFrom() });
    try {
      expect((await post(s, { query: INTROSPECTION })).body).toMatchObject({ data: { __schema: { queryType: { name: 'Query' } } } });
      expect((await post(s, { query: '{ profilez { totalCount } }' })).body.errors[0].message).toBe(
        'Cannot query field "profilez" on type "Query". Did you mean "profile" or "profiles"?',
      );
      expect((await post(s, JSON.stringify({ query: '{ __typename }' }), { 'content-type': 'text/plain' })).status).toBe(400);
      expect((await post(s, [{ query: '{ __typename }' }])).status).toBe(400);
    } finally {
      await s.close();
    }
  });

  it('lets each setting override NODE_ENV=production: INTROSPECTION, SCHEMA_SUGGESTIONS, HTTP_BATCHING', async () => {
    const s = await startStack(
      {},
      { security: securityFrom({ NODE_ENV: 'production', INTROSPECTION: 'true', SCHEMA_SUGGESTIONS: 'true', HTTP_BATCHING: 'true' }) },
    );
    try {
      expect((await post(s, { query: INTROSPECTION })).body).toMatchObject({ data: { __schema: { queryType: { name: 'Query' } } } });
      expect((await post(s, { query: '{ profilez { totalCount } }' })).body.errors[0].message).toContain('Did you mean');
      const free = { cost: { requested: 0, actual: 0, upstream: { calls: 0, byOperation: {} } } };
      expect((await post(s, [{ query: '{ __typename }' }, { query: '{ __typename }' }])).body).toEqual([
        { data: { __typename: 'Query' }, extensions: free },
        { data: { __typename: 'Query' }, extensions: free },
      ]);
    } finally {
      await s.close();
    }
  });

  it('are read from NODE_ENV and the variables that override it', () => {
    expect(gatewayConfigFromEnv({}).security.production).toEqual({
      introspection: true,
      schemaSuggestions: true,
      csrfPrevention: true,
      httpBatching: false,
    });
    expect(gatewayConfigFromEnv({ NODE_ENV: 'production' }).security.production).toEqual({
      introspection: false,
      schemaSuggestions: false,
      csrfPrevention: true,
      httpBatching: false,
    });
    expect(gatewayConfigFromEnv({ NODE_ENV: 'production', CSRF_PREVENTION: 'false' }).security.production.csrfPrevention).toBe(false);
    expect(gatewayConfigFromEnv({}).security.deadline).toEqual({ deadlineMs: 10_000 });
  });
});

describe('request deadline (REQUEST_DEADLINE_MS)', () => {
  it('aborts the AWS calls in flight when it passes (the abort reaches the SDK) and says DEADLINE_EXCEEDED on their paths', async () => {
    // An upstream that takes requests and never answers: only an abort from the gateway's side ends them.
    const seen: IncomingMessage[] = [];
    const closed: Array<Promise<void>> = [];
    const silent: Server = createServer((req) => {
      seen.push(req);
      closed.push(new Promise((resolve) => req.socket.once('close', () => resolve())));
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', () => resolve()));
    const gateway = await startGateway(
      {
        upstream: { endpoint: `http://127.0.0.1:${(silent.address() as AddressInfo).port}`, region: 'us-east-1' },
        concurrencyPerRequest: 4,
        concurrencyPerProcess: 8,
        upstreamTimeoutMs: 60_000,
        upstreamMaxAttempts: 1,
        logLevel: 'silent',
        log: () => undefined,
        security: securityFrom({ REQUEST_DEADLINE_MS: '300' }),
      },
      '127.0.0.1',
      0,
    );
    try {
      const res = await fetch(gateway.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ profiles { totalCount } certificates { totalCount } }' }),
      });
      const body = (await res.json()) as any;
      expect(body.data).toEqual({ profiles: null, certificates: null });
      expect(body.errors.map((e: any) => [e.path, e.message, e.extensions]).sort()).toEqual([
        [['certificates'], 'The request deadline of 300 ms passed before AWS answered', { code: 'DEADLINE_EXCEEDED' }],
        [['profiles'], 'The request deadline of 300 ms passed before AWS answered', { code: 'DEADLINE_EXCEEDED' }],
      ]);
      expect(seen.map((r) => r.headers['x-amz-target']).sort()).toEqual([
        'TransferService.ListCertificates',
        'TransferService.ListProfiles',
      ]);
      // The SDK closed both connections: the silent upstream never answered them.
      await Promise.all(closed);
    } finally {
      await gateway.close();
      silent.closeAllConnections();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});
