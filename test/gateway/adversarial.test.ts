import { ListConnectorsCommand, StartFileTransferCommand } from '@aws-sdk/client-transfer';
import { print } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import WebSocket from 'ws';
import { FileTransferUpdatesDocument } from '../../src/client';
import { spawnBuiltGateway, type BuiltGateway } from '../support/built-gateway';
import { fakeClock } from '../support/clock';
import { doublingFragments } from '../support/documents';
import { startTestEmulator, type TestEmulator } from '../support/emulator';
import { scrape } from '../support/metrics';
import { writeApiKeys } from '../support/security';
import { until } from '../support/until';

// The attacks of issue 11 against the built gateway in production mode (NODE_ENV=production, API keys, the default
// limits), each bounded in count, against an emulator and a gateway this file starts on 127.0.0.1.

const { file, keys } = writeApiKeys([
  { name: 'attacker', role: 'operator' },
  { name: 'bystander', role: 'reader' },
]);
const FOLLOW = print(FileTransferUpdatesDocument);
const gid = (...parts: string[]) => Buffer.from([parts[0], 'us-east-1', ...parts.slice(1)].join(':')).toString('base64url');
const madeUpTransfer = (i: number) => gid('FileTransfer', 'c-0123456789abcdef0', `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);

let t: TestEmulator;
let g: BuiltGateway;
const clients: Client[] = [];
beforeAll(async () => {
  // The emulator's clock stands still, so transfers stay QUEUED and subscriptions to them stay live.
  t = await startTestEmulator({ seed: 'demo', transferStepMs: 60_000, now: fakeClock(new Date().toISOString()).now });
  g = await spawnBuiltGateway(t.endpoint, { AUTH_MODE: 'apikey', API_KEYS_FILE: file });
}, 60_000);
afterAll(async () => {
  // The process first: a gateway that hangs must not keep its clients' goodbyes (and so itself) waiting.
  await g?.stop();
  await Promise.all(clients.map(async (c) => c.dispose()));
  await t?.close();
});
beforeEach(() => t.resetStats());

async function post(body: unknown, key = keys.attacker): Promise<{ status: number; body: any }> {
  const res = await fetch(g.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': key },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}

const costRefusal = (actual: number) => ({
  status: 400,
  body: {
    errors: [
      {
        message: `The query's requested cost is ${actual.toLocaleString('en-US')}; the limit is 150,000 (${(actual - 150_000).toLocaleString('en-US')} over)`,
        extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit: 'cost', maximum: 150_000, actual },
      },
    ],
    extensions: { cost: { requested: actual, actual: 0, upstream: { calls: 0, byOperation: {} } } },
  },
});

/** The bystander's budget as the gateway reports it: what remains and when its minute ends. */
const budgetNow = async (): Promise<{ remaining: number; resetAt: string }> =>
  (await post({ query: '{ __typename }' }, keys.bystander)).body.extensions.cost.budget;

/**
 * What `spend` took of the bystander's budget. The built gateway counts by the real clock: a measurement that spans
 * the end of a minute (the budget is whole again) is made once more, and two in a row cannot, each taking seconds.
 */
async function budgetSpentBy(spend: () => Promise<void>): Promise<number> {
  for (let attempt = 1; ; attempt += 1) {
    const before = await budgetNow();
    await spend();
    const after = await budgetNow();
    if (after.resetAt === before.resetAt) return before.remaining - after.remaining;
    if (attempt === 2) throw new Error(`two measurements each spanned a minute's end: ${JSON.stringify({ before, after })}`);
  }
}

describe('fragment shapes', () => {
  it.each([20, 98])(
    'answers %i levels of fragments that each spread the next twice (the token limit allows 98), at cost 0',
    async (levels) => {
      expect(await post({ query: doublingFragments(levels) })).toMatchObject({
        status: 200,
        body: { data: { __typename: 'Query' }, extensions: { cost: { requested: 0, actual: 0 } } },
      });
    },
  );

  it('refuses 20 doubling levels whose leaf costs, with the exact cost, before any AWS call', async () => {
    expect(await post({ query: doublingFragments(20, 'profile(idOrArn: "p-1") { id }') })).toEqual(costRefusal(2 ** 20));
    expect((await t.stats()).total).toBe(0);
  });

  it('refuses 20 doubling levels of a subscription over the WebSocket for its exact cost, before any AWS call', async () => {
    const query = doublingFragments(20, 'fileTransferUpdates(id: "x") { id }', 'Subscription').replace('query Q', 'subscription Q');
    const errors = await new Promise<unknown>((resolve, reject) => {
      client(keys.bystander).subscribe(
        { query },
        { next: (m) => resolve(m.errors), error: (e) => (Array.isArray(e) ? resolve(e) : reject(e)), complete: () => resolve([]) },
      );
    });
    expect((errors as any[]).map((e) => [e.extensions.code, e.message])).toEqual([
      ['QUERY_LIMIT_EXCEEDED', "The query's requested cost is 1,048,576; the limit is 150,000 (898,576 over)"],
    ]);
    expect((await t.stats()).total).toBe(0);
  });

  it('refuses a fragment cycle as a validation error (the checks before validation end on it)', async () => {
    const res = await post({
      query: '{ ...A } fragment A on Query { ...B profiles(first: 1) { totalCount } } fragment B on Query { ...A }',
    });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: any) => [e.extensions.code, e.message])).toEqual([
      ['GRAPHQL_VALIDATION_FAILED', 'Cannot spread fragment "A" within itself via "B".'],
    ]);
  });
});

describe('cost evasion', () => {
  const BOTH_SIDES = `query Heavy($skip: Boolean!) { servers(first: 100) @skip(if: $skip) { edges { node { agreements(first: 100) { edges { node {
    localProfile { certificates { edges { node { arn } } } } partnerProfile @include(if: false) { certificates { edges { node { arn } } } } } } } } } } }`;

  it('counts branches under @skip and @include whatever their condition (the cost is known before the variables pick one)', async () => {
    // 1 + 100 servers + 100 pages + 10,000 agreements + 2 × (10,000 profiles + 10,000 pages + 100,000 certificates).
    expect(await post({ query: BOTH_SIDES, variables: { skip: true } })).toEqual(costRefusal(250_201));
  });

  it('takes page sizes from the variables of each request, the default page when a variable is left out', async () => {
    const query = 'query Page($n: Int) { profiles(first: $n) { edges { node { id } } } }';
    expect((await post({ query, variables: {} })).body.extensions.cost.requested).toBe(21);
    expect((await post({ query, variables: { n: 100 } })).body.extensions.cost.requested).toBe(101);
    const wrong = await post({ query, variables: { n: 'lots' } });
    expect([wrong.status, wrong.body.errors.map((e: any) => e.extensions.code)]).toEqual([400, ['BAD_USER_INPUT']]);
  });

  it('adds up aliases: two attention fields cost twice 133,010', async () => {
    const attention =
      'attention(withinDays: 30) { certificate { id } profiles { id } replacements { profile { id } certificate { id } } agreements { id } connectors { id } }';
    expect(await post({ query: `{ a: ${attention} b: ${attention} }` })).toEqual(costRefusal(266_020));
  });
});

describe('oversize bodies and frames', () => {
  it('answers 413 PAYLOAD_TOO_LARGE to a body over 1 MiB', async () => {
    const res = await post({ query: `{ __typename }`, padding: 'x'.repeat(2 * 1024 * 1024) });
    expect(res).toEqual({
      status: 413,
      body: { errors: [{ message: 'Request body larger than 1048576 bytes', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] },
    });
  });

  it('closes a WebSocket with 1009 on a frame over 1 MiB, before connection_init', async () => {
    const socket = await openRaw();
    const code = closedWith(socket);
    socket.send(Buffer.alloc(4 * 1024 * 1024, 0x61));
    expect(await code).toBe(1009);
  });
});

/** A raw WebSocket of the graphql-transport-ws protocol that sends nothing. */
function openRaw(): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(g.graphqlUrl.replace(/^http/, 'ws'), 'graphql-transport-ws');
    socket.once('open', () => resolve(socket));
    socket.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    socket.once('error', reject);
  });
}
const closedWith = (socket: WebSocket) => new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));

function client(key: string): Client {
  const c = createClient({
    url: g.graphqlUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    connectionParams: { 'x-api-key': key },
  });
  clients.push(c);
  return c;
}

/** The first message of a subscription: its data, or its first error's code. */
function firstOf(c: Client, id: string): Promise<{ code?: unknown; data?: any }> {
  return new Promise((resolve, reject) => {
    c.subscribe(
      { query: FOLLOW, variables: { id } },
      {
        next: (message) => resolve(message.errors ? { code: message.errors[0].extensions?.code } : { data: message.data }),
        error: (error) => (Array.isArray(error) ? resolve({ code: error[0].extensions?.code }) : reject(error)),
        complete: () => resolve({}),
      },
    );
  });
}

describe('WebSocket floods', () => {
  it('refuses the upgrade (503) past 100 connections that have not sent connection_init', async () => {
    const sockets = [];
    try {
      for (let i = 0; i < 100; i += 1) sockets.push(await openRaw());
      await expect(openRaw()).rejects.toThrow('HTTP 503');
    } finally {
      for (const socket of sockets) socket.terminate();
    }
  });

  it('refuses the 21st live subscription of one principal with SUBSCRIPTION_LIMIT_EXCEEDED; another principal still subscribes', async () => {
    const connectors = await t.client.send(new ListConnectorsCommand({}));
    const connectorId = connectors.Connectors![0].ConnectorId!;
    const { TransferId } = await t.client.send(
      new StartFileTransferCommand({ ConnectorId: connectorId, SendFilePaths: ['/meridian-outbound/invoices/INV-1001.edi'] }),
    );
    const id = gid('FileTransfer', connectorId, TransferId!);
    const c = client(keys.attacker);
    const statuses = [];
    for (let i = 0; i < 20; i += 1) statuses.push((await firstOf(c, id)).data.fileTransferUpdates.status);
    expect(statuses).toEqual(Array(20).fill('QUEUED'));
    expect(await firstOf(c, id)).toEqual({ code: 'SUBSCRIPTION_LIMIT_EXCEEDED' });
    const bystander = client(keys.bystander);
    expect((await firstOf(bystander, id)).data.fileTransferUpdates.status).toBe('QUEUED');
    // Leave, so that the transfer's poller stops and the next spec counts only its own AWS calls.
    await Promise.all([c.dispose(), bystander.dispose()]);
    await until(async () => (await scrape(g.url)).value('transfer_graph_subscriptions_active') === 0, { what: 'the subscriptions to end' });
  });

  it("charges subscribes to made-up transfer ids to the subscriber's budget: 50 of them take 50 × 13 of it and make 50 AWS calls", async () => {
    const spent = await budgetSpentBy(async () => {
      await t.resetStats();
      const c = client(keys.bystander);
      const codes = [];
      for (let i = 0; i < 50; i += 1) codes.push((await firstOf(c, madeUpTransfer(i))).code);
      expect(codes).toEqual(Array(50).fill('NOT_FOUND'));
      expect((await t.stats()).requests).toEqual({ ListFileTransferResults: 50 });
    });
    expect(spent).toBe(50 * 13);
  });
});

describe('label abuse', () => {
  it('counts operations with names of 100,000 characters as other in /metrics, whose scrape stays small', async () => {
    const before = await scrape(g.url);
    for (let i = 0; i < 10; i += 1) expect((await post({ query: `query ${'N'.repeat(100_000)}${i} { __typename }` })).status).toBe(200);
    const after = await scrape(g.url);
    const other = { operation: 'other', outcome: 'ok' };
    expect(after.value('transfer_graph_graphql_requests_total', other) - before.value('transfer_graph_graphql_requests_total', other)).toBe(
      10,
    );
    expect(after.text).not.toContain('N'.repeat(65));
    expect(after.text.length).toBeLessThan(before.text.length + 10_000);
  });
});

describe('/readyz', () => {
  it('makes one ListServers call for 20 probes at once', async () => {
    const answers = await Promise.all(Array.from({ length: 20 }, async () => (await fetch(`${g.url}/readyz`)).status));
    expect(answers).toEqual(Array(20).fill(200));
    expect((await t.stats()).requests).toEqual({ ListServers: 1 });
  });
});

describe('federation (FEDERATION=true)', () => {
  let f: BuiltGateway;
  beforeAll(async () => {
    f = await spawnBuiltGateway(t.endpoint, { AUTH_MODE: 'apikey', API_KEYS_FILE: file, FEDERATION: 'true' });
  }, 30_000);
  afterAll(() => f?.stop());

  it('refuses 1,000 _entities representations with BAD_USER_INPUT and makes no AWS call', async () => {
    const profileId = gid('Profile', 'p-0123456789abcdef0');
    const res = await fetch(f.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': keys.attacker },
      body: JSON.stringify({
        query: 'query E($r: [_Any!]!) { _entities(representations: $r) { ... on Profile { as2Id } } }',
        variables: { r: Array.from({ length: 1000 }, () => ({ __typename: 'Profile', id: profileId })) },
      }),
    });
    const body = (await res.json()) as any;
    expect(body.errors.map((e: any) => [e.extensions.code, e.message])).toEqual([
      ['BAD_USER_INPUT', '_entities takes at most 100 representations, got 1000'],
    ]);
    expect((await t.stats()).total).toBe(0);
  });
});

// The examples are documents a client might send; the attack suite keeps one of them honest at the default limits.
it('answers the examples/attention.graphql Attention query under the default limits and budget', async () => {
  const text = readFileSync(join(__dirname, '..', '..', 'examples', 'attention.graphql'), 'utf8');
  const res = await post({ query: text, operationName: 'Attention', variables: { withinDays: 3650 } });
  expect([res.status, res.body.errors, res.body.extensions.cost.requested]).toEqual([200, undefined, 133_010]);
});
