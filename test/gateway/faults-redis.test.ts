import { CreateProfileCommand } from '@aws-sdk/client-transfer';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { startGateway, type RunningGateway } from '../../src/gateway';
import { startTestEmulator, type TestEmulator } from '../support/emulator';
import { hasRedisServer, startRedis, type TestRedis } from '../support/redis';
import { startStack, type TestStack } from '../support/stack';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy';

/** What `npm start` runs (built by the jest globalSetup). */
const GATEWAY_ENTRY = join(__dirname, '..', '..', 'dist', 'src', 'main.js');
const PROFILES = '{ profiles(first: 100) { edges { node { as2Id } } } }';
const as2Ids = (body: any): string[] => body.data.profiles.edges.map((e: any) => e.node.as2Id);
const down = (host: string, why: string) =>
  `Redis at ${host} is down (${why}): serving without the shared cache, and the cost budget in memory, until it answers again`;
const up = (host: string) => `Redis at ${host} is up again: the shared cache and the shared cost budget are back`;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` every 50 ms until it holds, for at most `withinMs` (then the test fails on what it waited for). */
async function until(check: () => boolean, what: string, withinMs = 10_000): Promise<void> {
  for (let waited = 0; !check(); waited += 50) {
    if (waited > withinMs) throw new Error(`not within ${withinMs} ms: ${what}`);
    await pause(50);
  }
}

/** A GraphQL POST bounded at 5 s: a gateway stalled on Redis fails the test instead of hanging it. */
async function post(url: string, query: string): Promise<any> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }), signal: AbortSignal.timeout(5000) });
  return { status: res.status, ...((await res.json()) as object) };
}

interface Child {
  process: ChildProcess;
  graphqlUrl: string;
  /** The messages of the JSON log lines printed so far. */
  messages(): string[];
}

/** Runs the built gateway (NODE_ENV=production) against `endpoint` and waits, at most 20 s, for its ready line. */
async function spawnGateway(endpoint: string, env: Record<string, string>): Promise<Child> {
  const child = spawn(process.execPath, [GATEWAY_ENTRY], {
    env: { ...process.env, NODE_ENV: 'production', PORT: '0', HOST: '127.0.0.1', TRANSFER_ENDPOINT: endpoint, LOG_LEVEL: 'error', PLAYGROUND: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const graphqlUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`gateway not ready within 20 s: ${out}`)), 20_000);
    child.stdout.on('data', () => {
      const m = /GraphQL at (http:\/\/\S+\/graphql)/.exec(out);
      if (!m) return;
      clearTimeout(timer);
      resolve(m[1]);
    });
    child.once('exit', () => reject(new Error(`gateway exited before it was ready: ${out}`)));
  });
  const messages = () =>
    out
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line).msg as string);
  return { process: child, graphqlUrl, messages };
}

const describeWithRedis = hasRedisServer || process.env.CI ? describe : describe.skip;

describeWithRedis('the built gateway (NODE_ENV=production) and a Redis that does not answer', () => {
  let t: TestEmulator;
  beforeAll(async () => {
    t = await startTestEmulator();
    await t.client.send(new CreateProfileCommand({ As2Id: 'STEADY', ProfileType: 'PARTNER' }));
  });
  afterAll(() => t.close());

  it('starts, and answers, when Redis accepts connections and never replies', async () => {
    const sockets = new Set<Socket>();
    const silent: Server = createServer((socket) => void sockets.add(socket.on('error', () => undefined)));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', () => resolve()));
    const host = `127.0.0.1:${(silent.address() as AddressInfo).port}`;
    let child: Child | undefined;
    try {
      child = await spawnGateway(t.endpoint, { REDIS_URL: `redis://${host}`, CACHE_TTL_MS: '60000' });
      const res = await post(child.graphqlUrl, PROFILES);
      expect({ status: res.status, as2Ids: as2Ids(res) }).toEqual({ status: 200, as2Ids: ['STEADY'] });
      await until(() => child!.messages().length > 0, 'a log line');
      expect(child.messages()).toEqual([down(host, 'Redis did not answer within 250 ms')]);
    } finally {
      child?.process.kill('SIGKILL');
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  }, 40_000);

  it('answers every request while Redis is hung (SIGSTOP), and uses the cache again once it answers (SIGCONT)', async () => {
    const redis = await startRedis();
    const host = new URL(redis.url).host;
    const child = await spawnGateway(t.endpoint, { REDIS_URL: redis.url, CACHE_TTL_MS: '60000' });
    try {
      await post(child.graphqlUrl, PROFILES);
      expect((await post(child.graphqlUrl, PROFILES)).extensions.cost.upstream.calls).toBe(0);
      redis.process.kill('SIGSTOP');
      const answers = [];
      for (let i = 0; i < 5; i += 1) {
        const res = await post(child.graphqlUrl, PROFILES);
        answers.push({ status: res.status, as2Ids: as2Ids(res), errors: res.errors });
      }
      expect(answers).toEqual(Array.from({ length: 5 }, () => ({ status: 200, as2Ids: ['STEADY'], errors: undefined })));
      expect(child.messages()).toEqual([down(host, 'Redis did not answer within 250 ms')]);
      redis.process.kill('SIGCONT');
      await until(() => child.messages().length === 2, 'the "up" line');
      expect(child.messages()).toEqual([down(host, 'Redis did not answer within 250 ms'), up(host)]);
      // What was cached before the hang is served again: no AWS call.
      expect((await post(child.graphqlUrl, PROFILES)).extensions.cost.upstream.calls).toBe(0);
    } finally {
      child.process.kill('SIGKILL');
      await redis.stop();
    }
  }, 60_000);
});

describeWithRedis('Redis killed, and started again after an outage longer than 20 reconnect attempts (~21 s)', () => {
  it('serves from AWS meanwhile, reconnects, and logs one line when Redis goes down and one when it is back', async () => {
    let redis: TestRedis = await startRedis();
    const host = new URL(redis.url).host;
    const logged: string[] = [];
    const s = await startStack({}, { cacheTtlMs: 60_000, redisUrl: redis.url, log: (message) => logged.push(message) });
    try {
      await s.client.send(new CreateProfileCommand({ As2Id: 'KEPT', ProfileType: 'LOCAL' }));
      await s.gql(PROFILES);
      expect((await s.gql(PROFILES)).extensions?.cost?.upstream?.calls).toBe(0);
      redis.process.kill('SIGKILL');
      await redis.stop();
      // 23 s without Redis, a request each second: every one answered, from AWS.
      const answered = [];
      for (let second = 0; second < 23; second += 1) {
        const res = await s.gql(PROFILES);
        answered.push([as2Ids(res), res.extensions?.cost?.upstream?.calls]);
        await pause(1000);
      }
      expect(answered).toEqual(Array.from({ length: 23 }, () => [['KEPT'], 1]));
      redis = await startRedis(10_000, redis.port);
      await until(() => logged.includes(up(host)), `the "up" line (logged: ${JSON.stringify(logged)})`, 20_000);
      expect(logged).toEqual([down(host, 'Socket closed unexpectedly'), up(host)]);
      await s.gql(PROFILES);
      expect((await s.gql(PROFILES)).extensions?.cost?.upstream?.calls).toBe(0);
    } finally {
      await s.close();
      await redis.stop();
    }
  }, 60_000);
});

describeWithRedis('two replicas, one partitioned from Redis (through a TCP proxy)', () => {
  let redis: TestRedis;
  let proxy: TcpProxy;
  /** Replica A reaches Redis through the proxy; replica B directly. */
  let a: TestStack;
  let b: RunningGateway;
  const loggedByA: string[] = [];
  beforeEach(async () => {
    redis = await startRedis();
    proxy = await startTcpProxy(redis.port);
    loggedByA.length = 0;
    a = await startStack({}, { cacheTtlMs: 60_000, redisUrl: `redis://${proxy.host}`, log: (message) => loggedByA.push(message) });
    b = await startGateway(
      { upstream: { endpoint: a.endpoint, region: 'us-east-1' }, concurrencyPerRequest: 8, concurrencyPerProcess: 8, upstreamTimeoutMs: 2000, upstreamMaxAttempts: 1, cacheTtlMs: 60_000, redisUrl: redis.url, log: () => undefined, logLevel: 'silent' },
      '127.0.0.1',
      0,
    );
    await a.client.send(new CreateProfileCommand({ As2Id: 'OLD', ProfileType: 'PARTNER' }));
    await a.gql(PROFILES);
    expect((await post(b.graphqlUrl, PROFILES)).extensions.cost.upstream.calls).toBe(0);
  });
  afterEach(async () => {
    await b.close();
    await a.close();
    await proxy.close();
    await redis.stop();
  });

  it('answers while the network to Redis stops delivering (hang), and uses the cache again once it delivers', async () => {
    proxy.partition('hang');
    const during = await a.gql(PROFILES);
    expect({ as2Ids: as2Ids(during), errors: during.errors }).toEqual({ as2Ids: ['OLD'], errors: undefined });
    proxy.heal();
    await until(() => loggedByA.length === 2, 'the "up" line');
    expect(loggedByA).toEqual([down(proxy.host, 'Redis did not answer within 250 ms'), up(proxy.host)]);
    expect((await a.gql(PROFILES)).extensions?.cost?.upstream?.calls).toBe(0);
  }, 30_000);

  it('never serves the value a mutation changed while its invalidation could not reach Redis, and makes that invalidation once Redis is back', async () => {
    proxy.partition('drop');
    const created = await a.gql(`mutation { createProfile(input: { as2Id: "NEW", profileType: PARTNER }) { userErrors { code } } }`);
    expect(created.data.createProfile).toEqual({ userErrors: [] });
    expect(as2Ids(await a.gql(PROFILES))).toEqual(['OLD', 'NEW']);
    // The guarantee's limit: B cannot know of a bump that never reached Redis, and serves what Redis holds.
    expect(as2Ids(await post(b.graphqlUrl, PROFILES))).toEqual(['OLD']);
    proxy.heal();
    await until(() => loggedByA.length === 2, 'the "up" line');
    expect(as2Ids(await a.gql(PROFILES))).toEqual(['OLD', 'NEW']);
    expect(as2Ids(await post(b.graphqlUrl, PROFILES))).toEqual(['OLD', 'NEW']);
  }, 30_000);
});
