import { ListProfilesCommand } from '@aws-sdk/client-transfer';
import { request } from 'node:http';
import { ConfigError, gatewayConfigFromEnv } from '../../src/config/gateway';
import { runGatewayToExit, spawnGateway, type BuiltGateway } from '../support/built-gateway';
import { startTestEmulator, type TestEmulator } from '../support/emulator';
import { until } from '../support/until';

/** Waits until `text` shows in the child's output (at most 5 s). */
const outputShows = (child: BuiltGateway, text: string) =>
  until(() => child.output().includes(text), { what: () => `"${text}" printed: ${child.output()}` });

/** A GraphQL POST on a connection of its own (no pooled keep-alive socket): answers the status and body, or the error. */
function postOnNewConnection(url: string, query: string): Promise<{ status: number; body: any } | { error: string }> {
  return new Promise((resolve) => {
    const body = JSON.stringify({ query });
    const req = request(
      url,
      { method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) }));
        res.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
    req.end(body);
  });
}

/** Waits (at most 5 s) until the emulator has received `count` calls of `operation`: those requests are in flight. */
const emulatorReceived = (t: TestEmulator, operation: string, count: number) =>
  until(async () => ((await t.stats()).requests[operation] ?? 0) >= count, {
    what: async () => `${count} ${operation} received; the emulator received ${JSON.stringify((await t.stats()).requests)}`,
  });

const createProfile = (as2Id: string) =>
  `mutation { createProfile(input: { as2Id: "${as2Id}", profileType: PARTNER }) { profile { as2Id } userErrors { code } } }`;

/** What a client makes of an answer: its status, data and errors (the cost extensions vary with the clock). */
const outcome = (answer: Awaited<ReturnType<typeof postOnNewConnection>>) =>
  'error' in answer ? answer : { status: answer.status, data: answer.body.data, errors: answer.body.errors };

/** A POST whose body never arrives in full (10 of 100 bytes): `sent` once its bytes left, `ended` with the error that ends it. */
function postUnfinished(url: string): { sent: Promise<void>; ended: Promise<{ error: string } | { status: number }> } {
  let sent!: Promise<void>;
  const ended = new Promise<{ error: string } | { status: number }>((resolve) => {
    const req = request(
      url,
      { method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': 100 } },
      (res) => resolve({ status: res.statusCode! }),
    );
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
    sent = new Promise((written) => req.write('{"query":"', () => written()));
  });
  return { sent, ended };
}

/** Resolves when the process ends, or with `undefined` after `ms` (the test then fails on the missing exit). */
const exitWithin = (child: BuiltGateway, ms: number) =>
  Promise.race([child.exited, new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ms).unref())]);

describe('the shutdown grace (SHUTDOWN_GRACE_MS) and the request deadline (REQUEST_DEADLINE_MS)', () => {
  it('refuses to start with a grace shorter than the deadline, naming both variables', async () => {
    expect(await runGatewayToExit({ SHUTDOWN_GRACE_MS: '1000', REQUEST_DEADLINE_MS: '3000' })).toEqual({
      code: 2,
      signal: null,
      stdout: '',
      stderr:
        'transfer-graph: SHUTDOWN_GRACE_MS (1000) must be at least REQUEST_DEADLINE_MS (3000), or SIGTERM would cut requests still within their deadline; leave it unset for REQUEST_DEADLINE_MS + 2000\n',
    });
  });

  it('reads the grace as the deadline + 2 s unless set, and takes one at least as long as the deadline', () => {
    expect(gatewayConfigFromEnv({})).toMatchObject({ security: { deadline: { deadlineMs: 10_000 } }, shutdownGraceMs: 12_000 });
    expect(gatewayConfigFromEnv({ REQUEST_DEADLINE_MS: '30000' })).toMatchObject({
      security: { deadline: { deadlineMs: 30_000 } },
      shutdownGraceMs: 32_000,
    });
    expect(gatewayConfigFromEnv({ REQUEST_DEADLINE_MS: '3000', SHUTDOWN_GRACE_MS: '3000' })).toMatchObject({
      security: { deadline: { deadlineMs: 3000 } },
      shutdownGraceMs: 3000,
    });
    expect(() => gatewayConfigFromEnv({ SHUTDOWN_GRACE_MS: '8000' })).toThrow(
      new ConfigError(
        'SHUTDOWN_GRACE_MS (8000) must be at least REQUEST_DEADLINE_MS (10000), or SIGTERM would cut requests still within their deadline; leave it unset for REQUEST_DEADLINE_MS + 2000',
      ),
    );
  });
});

describe('SIGTERM (the built entry, dist/src/main.js, NODE_ENV=production)', () => {
  let t: TestEmulator;
  beforeEach(async () => {
    t = await startTestEmulator();
  });
  afterEach(() => t.close());

  it('stops taking requests, finishes those in flight, and exits 0 within 10 s', async () => {
    const child = await spawnGateway({ TRANSFER_ENDPOINT: t.endpoint });
    try {
      await t.setFaults({ latencyMs: 1500 });
      const inFlight = postOnNewConnection(child.graphqlUrl, '{ profiles { totalCount } }');
      // Signal only once the request has reached AWS (the emulator), so that it is truly in flight.
      await emulatorReceived(t, 'ListProfiles', 1);
      child.process.kill('SIGTERM');
      await outputShows(child, 'SIGTERM: no new requests');
      expect(await postOnNewConnection(child.graphqlUrl, '{ __typename }')).toEqual({ error: 'ECONNREFUSED' });
      expect(await inFlight).toMatchObject({ status: 200, body: { data: { profiles: { totalCount: 0 } } } });
      expect(await exitWithin(child, 10_000)).toEqual({ code: 0, signal: null });
    } finally {
      child.process.kill('SIGKILL');
    }
  }, 30_000);

  it('answers a mutation in flight in full, refuses new connections, and exits 0', async () => {
    const child = await spawnGateway({ TRANSFER_ENDPOINT: t.endpoint });
    try {
      await t.setFaults({ latencyMs: 2000 });
      const inFlight = postOnNewConnection(child.graphqlUrl, createProfile('SIGTERM-1'));
      await emulatorReceived(t, 'CreateProfile', 1);
      child.process.kill('SIGTERM');
      await outputShows(child, 'SIGTERM: no new requests');
      expect(await postOnNewConnection(child.graphqlUrl, '{ __typename }')).toEqual({ error: 'ECONNREFUSED' });
      expect(outcome(await inFlight)).toEqual({
        status: 200,
        data: { createProfile: { profile: { as2Id: 'SIGTERM-1' }, userErrors: [] } },
        errors: undefined,
      });
      expect(await exitWithin(child, 15_000)).toEqual({ code: 0, signal: null });
      await t.setFaults({ latencyMs: 0 });
      expect((await t.client.send(new ListProfilesCommand({}))).Profiles!.map((p) => p.As2Id)).toEqual(['SIGTERM-1']);
    } finally {
      child.process.kill('SIGKILL');
      await t.setFaults({ latencyMs: 0 });
    }
  }, 30_000);

  it('under load: answers every one of 20 concurrent mutations in flight, and AWS has exactly those', async () => {
    const child = await spawnGateway({ TRANSFER_ENDPOINT: t.endpoint });
    try {
      await t.setFaults({ latencyMs: 2000 });
      const names = Array.from({ length: 20 }, (_, i) => `LOAD-${String(i).padStart(2, '0')}`);
      const inFlight = names.map((name) => postOnNewConnection(child.graphqlUrl, createProfile(name)));
      await emulatorReceived(t, 'CreateProfile', names.length);
      child.process.kill('SIGTERM');
      const answers = (await Promise.all(inFlight)).map(outcome);
      expect(answers).toEqual(
        names.map((as2Id) => ({ status: 200, data: { createProfile: { profile: { as2Id }, userErrors: [] } }, errors: undefined })),
      );
      expect(await exitWithin(child, 15_000)).toEqual({ code: 0, signal: null });
      await t.setFaults({ latencyMs: 0 });
      const inAws = (await t.client.send(new ListProfilesCommand({}))).Profiles!.map((p) => p.As2Id).sort();
      expect(inAws).toEqual(names);
    } finally {
      child.process.kill('SIGKILL');
      await t.setFaults({ latencyMs: 0 });
    }
  }, 30_000);

  it('answers a request running longer than the old 8 s grace but within its deadline (the grace defaults to the deadline + 2 s)', async () => {
    const child = await spawnGateway({ TRANSFER_ENDPOINT: t.endpoint, UPSTREAM_TIMEOUT_MS: '20000' });
    try {
      await t.setFaults({ latencyMs: 8500 });
      const inFlight = postOnNewConnection(child.graphqlUrl, '{ profiles { totalCount } }');
      await emulatorReceived(t, 'ListProfiles', 1);
      child.process.kill('SIGTERM');
      expect(outcome(await inFlight)).toEqual({ status: 200, data: { profiles: { totalCount: 0 } }, errors: undefined });
      expect(await exitWithin(child, 15_000)).toEqual({ code: 0, signal: null });
    } finally {
      child.process.kill('SIGKILL');
      await t.setFaults({ latencyMs: 0 });
    }
  }, 30_000);

  it('still exits when a request outlasts the grace (a body that never ends, before any deadline starts), closing it', async () => {
    const child = await spawnGateway({ TRANSFER_ENDPOINT: t.endpoint, SHUTDOWN_GRACE_MS: '300', REQUEST_DEADLINE_MS: '200' });
    try {
      const stalled = postUnfinished(child.graphqlUrl);
      await stalled.sent;
      // A whole request on a connection opened after those bytes left is answered only after the gateway read them.
      expect(outcome(await postOnNewConnection(child.graphqlUrl, '{ __typename }'))).toMatchObject({ status: 200 });
      child.process.kill('SIGTERM');
      expect(await exitWithin(child, 10_000)).toEqual({ code: 0, signal: null });
      expect(await stalled.ended).toEqual({ error: 'ECONNRESET' });
      expect(child.output()).toContain('transfer-graph: grace over; closing the requests still in flight');
    } finally {
      child.process.kill('SIGKILL');
    }
  }, 30_000);
});
