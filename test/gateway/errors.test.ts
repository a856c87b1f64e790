import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startGateway, type RunningGateway } from '../../src/gateway';
import { startStack, type TestStack } from '../support/stack';

async function post(url: string, query: string) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return { status: res.status, body: (await res.json()) as any };
}

async function gatewayFor(endpoint: string, log: (message: string, error?: unknown) => void = () => undefined): Promise<RunningGateway> {
  return startGateway(
    {
      upstream: { endpoint, region: 'us-east-1' },
      concurrencyPerRequest: 4,
      concurrencyPerProcess: 8,
      upstreamTimeoutMs: 2000,
      upstreamMaxAttempts: 1,
      log,
      logLevel: 'silent',
    },
    '127.0.0.1',
    0,
  );
}

describe('AWS errors', () => {
  let s: TestStack;
  beforeAll(async () => {
    s = await startStack();
  });
  afterAll(() => s.close());
  afterEach(() => s.setFaults({ throttlePercent: 0, errorPercent: 0 }));

  it('become THROTTLED with the AWS error name when AWS throttles', async () => {
    await s.setFaults({ throttlePercent: 100 });
    const res = await s.gql(`{ profiles { edges { node { as2Id } } } }`);
    expect(res.data).toEqual({ profiles: null });
    expect(res.errors).toEqual([
      expect.objectContaining({
        path: ['profiles'],
        message: 'Rate exceeded',
        extensions: { code: 'THROTTLED', awsError: 'ThrottlingException' },
      }),
    ]);
  });

  it('become UPSTREAM_UNAVAILABLE when AWS fails internally', async () => {
    await s.setFaults({ errorPercent: 100 });
    const res = await s.gql(`{ profiles { edges { node { as2Id } } } }`);
    expect(res.errors?.[0].extensions).toEqual({ code: 'UPSTREAM_UNAVAILABLE', awsError: 'InternalServiceError' });
  });

  it('fail only their own branch: the rest of the answer stays intact', async () => {
    const res = await s.gql(
      `{ ok: profiles(first: 1) { pageInfo { hasPreviousPage } } bad: profiles(first: 1, after: "nope") { pageInfo { hasPreviousPage } } }`,
    );
    expect(res.data).toEqual({ ok: { pageInfo: { hasPreviousPage: false } }, bad: null });
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]).toMatchObject({ path: ['bad'], extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('an unreachable upstream', () => {
  let gateway: RunningGateway;
  beforeAll(async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', () => resolve()));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    gateway = await gatewayFor(`http://127.0.0.1:${port}`);
  });
  afterAll(() => gateway.close());

  it('gives UPSTREAM_UNAVAILABLE errors', async () => {
    const { body } = await post(gateway.graphqlUrl, `{ profiles { edges { node { as2Id } } } }`);
    expect(body.errors).toEqual([
      expect.objectContaining({
        path: ['profiles'],
        message: 'The Transfer Family endpoint did not answer (ECONNREFUSED)',
        extensions: { code: 'UPSTREAM_UNAVAILABLE' },
      }),
    ]);
  });

  it('keeps /healthz at 200 while /readyz says 503', async () => {
    expect((await fetch(`${gateway.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${gateway.url}/readyz`);
    expect(ready.status).toBe(503);
  });
});

describe('/readyz in front of an upstream that never answers', () => {
  let silent: Server;
  let gateway: RunningGateway;
  let calls = 0;
  beforeAll(async () => {
    silent = createServer(() => {
      calls += 1; // takes the request and never answers
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', () => resolve()));
    gateway = await startGateway(
      {
        upstream: { endpoint: `http://127.0.0.1:${(silent.address() as AddressInfo).port}`, region: 'us-east-1' },
        concurrencyPerRequest: 4,
        concurrencyPerProcess: 8,
        upstreamTimeoutMs: 60_000,
        upstreamMaxAttempts: 3,
        logLevel: 'silent',
        readiness: { timeoutMs: 300, cacheMs: 60_000 },
      },
      '127.0.0.1',
      0,
    );
  });
  afterAll(async () => {
    await gateway.close();
    silent.closeAllConnections();
    await new Promise((resolve) => silent.close(resolve));
  });

  it('answers 503 TimeoutError once its own timeout passes, and 20 hits, at once and after, make one upstream call', async () => {
    const hit = async () => {
      const res = await fetch(`${gateway.url}/readyz`);
      return [res.status, await res.json()];
    };
    const first = await Promise.all(Array.from({ length: 10 }, hit));
    const later = await Promise.all(Array.from({ length: 10 }, hit));
    expect(new Set([...first, ...later].map((answer) => JSON.stringify(answer)))).toEqual(
      new Set([JSON.stringify([503, { status: 'upstream unavailable', error: 'TimeoutError' }])]),
    );
    expect(calls).toBe(1);
  });
});

describe('an upstream that answers nonsense', () => {
  let nonsense: Server;
  let gateway: RunningGateway;
  const logged: unknown[] = [];
  beforeAll(async () => {
    nonsense = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' });
      res.end('<html>not json</html>');
    });
    await new Promise<void>((resolve) => nonsense.listen(0, '127.0.0.1', () => resolve()));
    gateway = await gatewayFor(`http://127.0.0.1:${(nonsense.address() as AddressInfo).port}`, (message, error) =>
      logged.push([message, error]),
    );
  });
  afterAll(async () => {
    await gateway.close();
    await new Promise((resolve) => nonsense.close(resolve));
  });

  it('masks the unexpected failure as INTERNAL for the client and logs it for the operator', async () => {
    const { status, body } = await post(gateway.graphqlUrl, `{ profiles { edges { node { as2Id } } } }`);
    expect(status).toBe(200);
    expect(body.errors).toEqual([
      { message: 'Internal error', locations: [{ line: 1, column: 3 }], path: ['profiles'], extensions: { code: 'INTERNAL' } },
    ]);
    expect(logged).toHaveLength(1);
    expect((logged[0] as [string, Error])[0]).toBe('unexpected error while resolving a request');
  });
});

describe('health endpoints', () => {
  let s: TestStack;
  beforeAll(async () => {
    s = await startStack();
  });
  afterAll(() => s.close());

  it('/healthz and /readyz answer 200 when the upstream answers', async () => {
    const health = await fetch(`${s.gateway.url}/healthz`);
    expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);
    const ready = await fetch(`${s.gateway.url}/readyz`);
    expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready' }]);
  });

  it('answers 404 naming the GraphQL endpoint for other paths', async () => {
    const res = await fetch(`${s.gateway.url}/nope`);
    expect([res.status, await res.json()]).toEqual([404, { error: 'nothing at /nope; the GraphQL endpoint is /graphql' }]);
  });
});
