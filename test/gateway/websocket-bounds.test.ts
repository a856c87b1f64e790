import 'reflect-metadata'; // the certificate generator needs it
import { CreateConnectorCommand, CreateProfileCommand, StartFileTransferCommand } from '@aws-sdk/client-transfer';
import { print } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { FileTransferUpdatesDocument } from '../../src/client';
import { certificateFactory } from '../support/certificates';
import { fakeClock } from '../support/clock';
import { scrape } from '../support/metrics';
import { securityFrom, writeApiKeys } from '../support/security';
import { startStack, type TestStack } from '../support/stack';
import { until } from '../support/until';

const FOLLOW = print(FileTransferUpdatesDocument);
const gid = (...parts: string[]) => Buffer.from([parts[0], 'us-east-1', ...parts.slice(1)].join(':')).toString('base64url');
/** A transfer id in the right shape whose connector does not exist: a subscription to it polls once and answers NOT_FOUND. */
const madeUpTransfer = (i: number) => gid('FileTransfer', 'c-0123456789abcdef0', `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);

const { file, keys } = writeApiKeys([
  { name: 'portal', role: 'reader' },
  { name: 'other', role: 'reader' },
]);
const clients: Client[] = [];
function client(s: TestStack, key: string): Client {
  const c = createClient({
    url: s.graphqlUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: true,
    connectionParams: { 'x-api-key': key },
  });
  clients.push(c);
  return c;
}
afterAll(async () => {
  await Promise.all(clients.map(async (c) => c.dispose()));
});

/** The first message of a subscription (its data, or its errors as `[code, message]`), and whether it then completed. */
function firstOf(c: Client, id: string): Promise<{ errors?: Array<[unknown, string]>; data?: unknown; unsubscribe: () => void }> {
  return new Promise((resolve, reject) => {
    const unsubscribe = c.subscribe(
      { query: FOLLOW, variables: { id } },
      {
        next: (message) =>
          resolve({
            ...(message.errors ? { errors: message.errors.map((e) => [e.extensions?.code, e.message]) } : { data: message.data }),
            unsubscribe,
          }),
        error: (error) =>
          Array.isArray(error) ? resolve({ errors: error.map((e) => [e.extensions?.code, e.message]), unsubscribe }) : reject(error),
        complete: () => resolve({ unsubscribe }),
      },
    );
  });
}

describe("subscriptions are charged to their principal's cost budget", () => {
  let s: TestStack;
  beforeAll(async () => {
    // A fake clock for the budget: the spec is in one minute of it, wherever in the real minute it runs.
    s = await startStack(
      {},
      { security: securityFrom({ AUTH_MODE: 'apikey', API_KEYS_FILE: file, COST_BUDGET_PER_MINUTE: '100' }, { clock: fakeClock() }) },
    );
  });
  afterAll(() => s.close());

  it('refuses subscribes to made-up transfers with BUDGET_EXCEEDED once the budget is spent: each admitted one made one AWS call, the refused ones none', async () => {
    await s.resetStats();
    const c = client(s, keys.portal);
    const answers = [];
    for (let i = 0; i < 40; i += 1) answers.push((await firstOf(c, madeUpTransfer(i))).errors![0]);
    const admitted = answers.filter(([code]) => code === 'NOT_FOUND').length;
    // The subscription requests 12 (the transfer, its connector, a page of 10 files), and its one poll 1: 7 × 13 = 91 of 100.
    expect(admitted).toBe(7);
    expect(answers.slice(admitted).map(([code]) => code)).toEqual(Array(40 - admitted).fill('BUDGET_EXCEEDED'));
    expect(answers[admitted][1]).toBe(
      "This subscription's requested cost is 12, but only 9 of your 100 per minute remain; the budget is whole again at 2030-01-01T00:01:00.000Z (in 50 s)",
    );
    expect((await s.stats()).requests).toEqual({ ListFileTransferResults: admitted });
    // Another principal's budget is its own.
    expect((await firstOf(client(s, keys.other), madeUpTransfer(99))).errors![0][0]).toBe('NOT_FOUND');
  });
});

describe('live subscriptions per principal (SUBSCRIPTION_MAX_PER_PRINCIPAL)', () => {
  let s: TestStack;
  let transfer: string;
  beforeAll(async () => {
    const [stack, certs] = await Promise.all([
      // The emulator's clock stands still, so files stay QUEUED: the subscriptions stay live for the whole test.
      startStack(
        { transferStepMs: 60_000, now: fakeClock(new Date().toISOString()).now },
        { security: securityFrom({ AUTH_MODE: 'apikey', API_KEYS_FILE: file }), webSocket: { maxPerPrincipal: 3 } },
      ),
      certificateFactory(),
    ]);
    s = stack;
    const signingKey = await certs.importInto(s.client, 'SIGNING', { withPrivateKey: true });
    const local = (await s.client.send(new CreateProfileCommand({ As2Id: 'OUR-AS2', ProfileType: 'LOCAL', CertificateIds: [signingKey] })))
      .ProfileId!;
    const partner = (await s.client.send(new CreateProfileCommand({ As2Id: 'ACME-AS2', ProfileType: 'PARTNER' }))).ProfileId!;
    const connector = (
      await s.client.send(
        new CreateConnectorCommand({
          Url: 'https://as2.acme.example',
          AccessRole: 'arn:aws:iam::000000000000:role/connector-access',
          As2Config: { LocalProfileId: local, PartnerProfileId: partner },
        }),
      )
    ).ConnectorId!;
    const transferId = (await s.client.send(new StartFileTransferCommand({ ConnectorId: connector, SendFilePaths: ['/outbox/a.edi'] })))
      .TransferId!;
    transfer = gid('FileTransfer', connector, transferId);
  }, 20_000);
  afterAll(() => s.close());

  it('refuses the fourth live subscription of a principal with SUBSCRIPTION_LIMIT_EXCEEDED, on any of its connections, and takes one again once one ends', async () => {
    const [a, b] = [client(s, keys.portal), client(s, keys.portal)];
    const live = [await firstOf(a, transfer), await firstOf(a, transfer), await firstOf(b, transfer)];
    expect(live.map((f) => (f.data as any).fileTransferUpdates.status)).toEqual(['QUEUED', 'QUEUED', 'QUEUED']);
    const refused = await firstOf(b, transfer);
    expect(refused.errors).toEqual([
      [
        'SUBSCRIPTION_LIMIT_EXCEEDED',
        'key:portal already has 3 live subscriptions, the most one principal may hold; end one before starting another',
      ],
    ]);
    expect(((await firstOf(client(s, keys.other), transfer)).data as any).fileTransferUpdates.status).toBe('QUEUED');
    const active = async () => (await scrape(s.gateway.url)).value('transfer_graph_subscriptions_active');
    expect(await active()).toBe(4);
    live[0].unsubscribe();
    // The gateway frees the principal's slot before it counts the subscription as ended.
    await until(async () => (await active()) === 3, { what: 'the unsubscribed subscription to end' });
    expect(((await firstOf(b, transfer)).data as any).fileTransferUpdates.status).toBe('QUEUED');
  });
});

describe('WebSocket connections before authentication', () => {
  let s: TestStack;
  beforeAll(async () => {
    s = await startStack(
      {},
      { security: securityFrom({ AUTH_MODE: 'apikey', API_KEYS_FILE: file }), webSocket: { initTimeoutMs: 300, maxUnauthenticated: 2 } },
    );
  });
  afterAll(() => s.close());

  const url = () => s.graphqlUrl.replace(/^http/, 'ws');
  /** A raw WebSocket that speaks the protocol's name and nothing else. */
  const open = () =>
    new Promise<WebSocket>((resolve, reject) => {
      const socket = new WebSocket(url(), 'graphql-transport-ws');
      socket.once('open', () => resolve(socket));
      socket.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
      socket.once('error', reject);
    });
  const closed = (socket: WebSocket) => new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));

  it('closes a connection with 1009 when a frame is larger than the 1 MiB body limit, before connection_init', async () => {
    const socket = await open();
    const code = closed(socket);
    socket.send(Buffer.alloc(1024 * 1024 + 1, 0x61));
    expect(await code).toBe(1009);
  });

  it('closes a connection that sends no connection_init in time with 4408', async () => {
    const socket = await open();
    expect(await closed(socket)).toBe(4408);
  });

  it('refuses the upgrade (503) past 2 connections not yet authenticated, and takes one again once one closes', async () => {
    const [first, second] = [await open(), await open()];
    expect((await scrape(s.gateway.url)).value('transfer_graph_websocket_unauthenticated')).toBe(2);
    await expect(open()).rejects.toThrow('HTTP 503');
    const gone = closed(first);
    first.close();
    await gone;
    const third = await open();
    third.close();
    second.close();
  });
});
