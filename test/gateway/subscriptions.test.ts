import 'reflect-metadata'; // the certificate generator needs it
import { CreateConnectorCommand, CreateProfileCommand, StartFileTransferCommand } from '@aws-sdk/client-transfer';
import { createClient, type Client, type FormattedExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';
import { print } from 'graphql';
import { FileTransferUpdatesDocument } from '../../src/client';
import { certificateFactory } from '../support/certificates';
import { fakeClock } from '../support/clock';
import { scrape } from '../support/metrics';
import { securityFrom, writeApiKeys } from '../support/security';
import { startStack, type TestStack } from '../support/stack';
import { until } from '../support/until';

/** One `next` message of a subscription. */
type Message = FormattedExecutionResult<Record<string, unknown>, unknown>;

const gid = (...parts: string[]) => Buffer.from([parts[0], 'us-east-1', ...parts.slice(1)].join(':')).toString('base64url');
const ACCESS_ROLE = 'arn:aws:iam::000000000000:role/connector-access';
/** Each file stays QUEUED, then IN_PROGRESS, this long on the emulator's clock, a fake one the specs move. */
const STEP_MS = 60_000;
const clock = fakeClock(new Date().toISOString());

/** The example subscription of examples/file-transfer.graphql. */
const FOLLOW = print(FileTransferUpdatesDocument);

let s: TestStack;
let connector: string;
let unreachable: string;
const clients: Client[] = [];

/** A graphql-ws client of the gateway, over a real WebSocket. */
function client(): Client {
  const c = createClient({ url: s.graphqlUrl.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0 });
  clients.push(c);
  return c;
}

interface Following {
  events: Message[];
  /** Resolves with every message once the server completes the subscription. */
  done: Promise<Message[]>;
  /** Resolves when `n` messages have arrived. */
  received(n: number): Promise<void>;
  unsubscribe(): void;
}

/** Subscribes to one transfer's updates. */
function follow(c: Client, id: string): Following {
  const events: Message[] = [];
  const waiters: Array<[number, () => void]> = [];
  let unsubscribe = () => undefined as void;
  const done = new Promise<Message[]>((resolve, reject) => {
    unsubscribe = c.subscribe(
      { query: FOLLOW, variables: { id } },
      {
        next: (event) => {
          events.push(event);
          for (const [n, resolveWaiter] of waiters) if (events.length >= n) resolveWaiter();
        },
        error: reject,
        complete: () => resolve(events),
      },
    );
  });
  const received = (n: number) => (events.length >= n ? Promise.resolve() : new Promise<void>((resolve) => waiters.push([n, resolve])));
  return { events, done, received, unsubscribe: () => unsubscribe() };
}

const statusOf = (event: Message) => (event.data as any)?.fileTransferUpdates?.status;

beforeAll(async () => {
  const [stack, certs] = await Promise.all([
    startStack({ transferStepMs: STEP_MS, now: clock.now }, { subscriptions: { pollIntervalMs: 25 } }),
    certificateFactory(),
  ]);
  s = stack;
  const signingKey = await certs.importInto(s.client, 'SIGNING', { withPrivateKey: true });
  const local = (await s.client.send(new CreateProfileCommand({ As2Id: 'OUR-AS2', ProfileType: 'LOCAL', CertificateIds: [signingKey] })))
    .ProfileId!;
  const partner = (await s.client.send(new CreateProfileCommand({ As2Id: 'ACME-AS2', ProfileType: 'PARTNER' }))).ProfileId!;
  const as2Config = { LocalProfileId: local, PartnerProfileId: partner };
  connector = (
    await s.client.send(new CreateConnectorCommand({ Url: 'https://as2.acme.example', AccessRole: ACCESS_ROLE, As2Config: as2Config }))
  ).ConnectorId!;
  unreachable = (
    await s.client.send(new CreateConnectorCommand({ Url: 'https://partner.invalid', AccessRole: ACCESS_ROLE, As2Config: as2Config }))
  ).ConnectorId!;
});
afterAll(async () => {
  await Promise.all(clients.map(async (c) => c.dispose()));
  await s.close();
});

const start = async (connectorId: string, paths: string[]) =>
  (await s.client.send(new StartFileTransferCommand({ ConnectorId: connectorId, SendFilePaths: paths }))).TransferId!;

describe('subscription fileTransferUpdates', () => {
  it("follows a transfer to COMPLETED; a second subscriber shares the first one's poller", async () => {
    const transferId = await start(connector, ['/outbox/a.edi', '/outbox/b.edi']);
    await s.resetStats();
    const id = gid('FileTransfer', connector, transferId);
    const first = follow(client(), id);
    await first.received(1);
    const second = follow(client(), id);
    await second.received(1);
    clock.advance(STEP_MS);
    await Promise.all([first.received(2), second.received(2)]);
    clock.advance(STEP_MS);
    const [a, b] = await Promise.all([first.done, second.done]);

    expect(a[0].data).toEqual({
      fileTransferUpdates: {
        id,
        status: 'QUEUED',
        fileCounts: { total: 2, queued: 2, inProgress: 0, completed: 0, failed: 0 },
        files: {
          edges: [
            { node: { filePath: '/outbox/a.edi', status: 'QUEUED', failureCode: null, failureMessage: null } },
            { node: { filePath: '/outbox/b.edi', status: 'QUEUED', failureCode: null, failureMessage: null } },
          ],
        },
      },
    });
    expect([a.map(statusOf), b.map(statusOf)]).toEqual([
      ['QUEUED', 'IN_PROGRESS', 'COMPLETED'],
      ['QUEUED', 'IN_PROGRESS', 'COMPLETED'],
    ]);
    const last = a.at(-1)!;
    expect(last.data).toEqual({
      fileTransferUpdates: {
        id,
        status: 'COMPLETED',
        fileCounts: { total: 2, queued: 0, inProgress: 0, completed: 2, failed: 0 },
        files: {
          edges: [
            { node: { filePath: '/outbox/a.edi', status: 'COMPLETED', failureCode: null, failureMessage: null } },
            { node: { filePath: '/outbox/b.edi', status: 'COMPLETED', failureCode: null, failureMessage: null } },
          ],
        },
      },
    });
    // Both got the same last message, from the same poll, which served both of them …
    expect(b.at(-1)).toEqual(last);
    const polls = (last.extensions as any).poll.number;
    expect(last.extensions).toEqual({ poll: { number: polls, subscribers: 2 }, cost: { upstream: { calls: 0, byOperation: {} } } });
    // … and AWS saw exactly that many polls: one poller for both subscribers.
    expect(await s.stats()).toEqual({ requests: { ListFileTransferResults: polls }, total: polls });
    // The second subscriber joined the poller's latest state without a poll of its own.
    expect(b[0].extensions).toEqual(a[0].extensions);
  });

  it("follows a transfer to FAILED, with each file's failure", async () => {
    const transferId = await start(unreachable, ['/outbox/a.edi']);
    const id = gid('FileTransfer', unreachable, transferId);
    const following = follow(client(), id);
    await following.received(1);
    clock.advance(STEP_MS);
    await following.received(2);
    clock.advance(STEP_MS);
    const events = await following.done;
    expect(events.map(statusOf)).toEqual(['QUEUED', 'IN_PROGRESS', 'FAILED']);
    expect(events.at(-1)!.data).toEqual({
      fileTransferUpdates: {
        id,
        status: 'FAILED',
        fileCounts: { total: 1, queued: 0, inProgress: 0, completed: 0, failed: 1 },
        files: {
          edges: [
            {
              node: {
                filePath: '/outbox/a.edi',
                status: 'FAILED',
                failureCode: 'CONNECTION_FAILED',
                failureMessage: 'Could not connect to https://partner.invalid: host partner.invalid does not resolve',
              },
            },
          ],
        },
      },
    });
  });

  it('answers an unknown transfer with one NOT_FOUND error and completes', async () => {
    const id = gid('FileTransfer', connector, '00000000-0000-4000-8000-000000000000');
    expect(await follow(client(), id).done).toEqual([
      {
        data: { fileTransferUpdates: null },
        errors: [
          {
            message: `Unknown transfer 00000000-0000-4000-8000-000000000000 for connector ${connector}`,
            locations: [{ line: 2, column: 3 }],
            path: ['fileTransferUpdates'],
            extensions: { code: 'NOT_FOUND', awsError: 'ResourceNotFoundException', awsResource: '00000000-0000-4000-8000-000000000000' },
          },
        ],
      },
    ]);
  });

  it('refuses an id that is not a FileTransfer id, without calling AWS', async () => {
    await s.resetStats();
    const events = await follow(client(), gid('Connector', connector)).done;
    expect(events).toEqual([
      {
        errors: [
          expect.objectContaining({
            message: `Invalid id "${gid('Connector', connector)}": expected the id of a FileTransfer, got the id of a Connector`,
            extensions: { code: 'BAD_USER_INPUT' },
          }),
        ],
      },
    ]);
    expect((await s.stats()).total).toBe(0);
  });

  it('stops polling when the last subscriber leaves: the next subscriber starts a poller of its own, in the freed slot', async () => {
    const slow = await startStack({ transferStepMs: 600_000 }, { subscriptions: { pollIntervalMs: 600_000, maxTransfers: 1 } });
    try {
      const profile = (As2Id: string, ProfileType: 'LOCAL' | 'PARTNER') =>
        slow.client.send(new CreateProfileCommand({ As2Id, ProfileType }));
      const [{ ProfileId: local }, { ProfileId: partner }] = await Promise.all([profile('US', 'LOCAL'), profile('THEM', 'PARTNER')]);
      const { ConnectorId } = await slow.client.send(
        new CreateConnectorCommand({
          Url: 'https://them.example',
          AccessRole: ACCESS_ROLE,
          As2Config: { LocalProfileId: local, PartnerProfileId: partner },
        }),
      );
      const { TransferId } = await slow.client.send(new StartFileTransferCommand({ ConnectorId, SendFilePaths: ['/outbox/a.edi'] }));
      const id = Buffer.from(['FileTransfer', 'us-east-1', ConnectorId, TransferId].join(':')).toString('base64url');
      const c = createClient({ url: slow.graphqlUrl.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0 });
      clients.push(c);
      await slow.resetStats();
      const first = follow(c, id);
      await first.received(1);
      first.unsubscribe();
      const second = follow(c, id);
      await second.received(1);
      const { TransferId: other } = await slow.client.send(new StartFileTransferCommand({ ConnectorId, SendFilePaths: ['/outbox/b.edi'] }));
      const refused = await follow(c, Buffer.from(['FileTransfer', 'us-east-1', ConnectorId, other].join(':')).toString('base64url')).done;
      second.unsubscribe();
      expect(refused.map((e) => e.errors?.map(({ message, extensions }) => [message, extensions]))).toEqual([
        [['This gateway already follows 1 transfers, its most; subscribe again later', { code: 'THROTTLED' }]],
      ]);
      // A poller still running would have handed the second subscriber its state without polling AWS again.
      expect([first.events[0].extensions, second.events[0].extensions]).toEqual([
        { poll: { number: 1, subscribers: 1 }, cost: { upstream: { calls: 0, byOperation: {} } } },
        { poll: { number: 1, subscribers: 1 }, cost: { upstream: { calls: 0, byOperation: {} } } },
      ]);
      // The refused subscription cost no call either.
      expect(await slow.stats()).toEqual({ requests: { ListFileTransferResults: 2, StartFileTransfer: 1 }, total: 3 });
    } finally {
      await slow.close();
    }
  });

  it('is not served over HTTP POST: the answer says where it is', async () => {
    const res = await s.gql(FOLLOW, { id: gid('FileTransfer', connector, 'x') });
    expect(res.data).toEqual({ fileTransferUpdates: null });
    expect(res.errors).toEqual([
      {
        message: 'Subscriptions are served over WebSocket (the graphql-transport-ws protocol of graphql-ws) at /graphql',
        locations: [{ line: 2, column: 3 }],
        path: ['fileTransferUpdates'],
        extensions: { code: 'BAD_USER_INPUT' },
      },
    ]);
  });

  it('with AUTH_MODE set, takes the credentials from the connection_init payload and closes the connection (4403) without them', async () => {
    const { file, keys } = writeApiKeys([{ name: 'portal', role: 'reader' }]);
    const secured = await startStack({}, { security: securityFrom({ AUTH_MODE: 'apikey', API_KEYS_FILE: file }) });
    try {
      const url = secured.graphqlUrl.replace(/^http/, 'ws');
      const id = gid('FileTransfer', connector, '00000000-0000-4000-8000-000000000000');
      const anonymous = createClient({ url, webSocketImpl: WebSocket, retryAttempts: 0 });
      const withKey = createClient({ url, webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { 'x-api-key': keys.portal } });
      clients.push(anonymous, withKey);
      const closed = await follow(anonymous, id).done.then(
        () => undefined,
        (event: { code: number; reason: string }) => [event.code, event.reason],
      );
      expect(closed).toEqual([4403, 'Forbidden']);
      const events = await follow(withKey, id).done;
      expect(events.map((e) => e.errors?.map((error) => error.extensions?.code))).toEqual([['NOT_FOUND']]);
    } finally {
      await secured.close();
    }
  });

  it('shows in /metrics how many subscriptions started and how many are running, until they end', async () => {
    const active = async () => (await scrape(s.gateway.url)).value('transfer_graph_subscriptions_active');
    const started = async () => (await scrape(s.gateway.url)).value('transfer_graph_subscriptions_total', { outcome: 'started' });
    const [activeBefore, startedBefore] = [await active(), await started()];
    const id = gid('FileTransfer', connector, await start(connector, ['/outbox/metrics.edi']));
    const following = [follow(client(), id), follow(client(), id)];
    await Promise.all(following.map((f) => f.received(1)));
    expect(await active()).toBe(activeBefore + 2);
    following[1].unsubscribe();
    clock.advance(2 * STEP_MS);
    await following[0].done;
    // Both ended: one completed with the transfer, one was left by its client.
    await until(async () => (await active()) === activeBefore, {
      what: async () => `${activeBefore} subscriptions active, not ${await active()}`,
    });
    expect(await started()).toBe(startedBefore + 2);
  });
});
