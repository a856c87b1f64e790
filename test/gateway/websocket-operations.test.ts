import { print } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { FileTransferUpdatesDocument } from '../../src/client';
import { scrape } from '../support/metrics';
import { securityFrom, writeApiKeys } from '../support/security';
import { startStack, type TestStack } from '../support/stack';

/** A transfer id in the right shape whose connector does not exist: a subscription to it answers NOT_FOUND. */
const MISSING_TRANSFER = Buffer.from('FileTransfer:us-east-1:c-0123456789abcdef0:00000000-0000-4000-8000-000000000000').toString(
  'base64url',
);
const FOLLOW = print(FileTransferUpdatesDocument);

let s: TestStack;
let ws: Client;
const { file, keys } = writeApiKeys([{ name: 'portal', role: 'reader' }]);
/** What the gateway logged as unexpected (a client's mistake must never show here). */
const logged: string[] = [];

beforeAll(async () => {
  s = await startStack(
    {},
    {
      security: securityFrom({
        AUTH_MODE: 'apikey',
        API_KEYS_FILE: file,
        QUERY_MAX_DEPTH: '8',
        QUERY_MAX_ALIASES: '3',
        QUERY_MAX_TOKENS: '200',
        QUERY_MAX_COST: '100',
      }),
      log: (message) => void logged.push(message),
    },
  );
  ws = createClient({
    url: s.graphqlUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    connectionParams: { 'x-api-key': keys.portal },
  });
});
afterAll(async () => {
  await ws.dispose();
  await s.close();
});
beforeEach(() => s.resetStats());

/** The errors of an operation sent over the reader's WebSocket (its first message), as `[code, message]` pairs. */
function errorsOf(query: string, variables: Record<string, unknown> = {}, operationName?: string): Promise<Array<[unknown, string]>> {
  return new Promise((resolve, reject) => {
    ws.subscribe(
      { query, variables, operationName },
      {
        next: (message) => resolve((message.errors ?? []).map((e) => [e.extensions?.code, e.message])),
        error: (error) => (Array.isArray(error) ? resolve(error.map((e) => [e.extensions?.code, e.message])) : reject(error)),
        complete: () => resolve([]),
      },
    );
  });
}

describe('the WebSocket endpoint takes subscriptions only, checked as HTTP requests are', () => {
  it('refuses a mutation from a reader (who may not run one over HTTP either), with no AWS call and nothing created', async () => {
    const mutation = 'mutation { createProfile(input: { as2Id: "WS-SNEAK", profileType: LOCAL }) { profile { as2Id } } }';
    expect(await errorsOf(mutation)).toEqual([
      ['BAD_REQUEST', 'This WebSocket takes subscriptions only; send the mutation as an HTTP POST to /graphql'],
    ]);
    expect((await s.stats()).total).toBe(0);
    expect((await s.gql('{ profiles(first: 10) { totalCount } }', {}, { 'x-api-key': keys.portal })).data).toEqual({
      profiles: { totalCount: 0 },
    });
  });

  it('counts refused operations in /metrics as rejected subscriptions', async () => {
    const rejected = async () => (await scrape(s.gateway.url)).value('transfer_graph_subscriptions_total', { outcome: 'rejected' });
    const before = await rejected();
    await errorsOf('{ profiles(first: 1) { totalCount } }');
    await errorsOf('subscription {');
    expect(await rejected()).toBe(before + 2);
  });

  it('refuses a query, naming where to send it', async () => {
    expect(await errorsOf('{ profiles(first: 1) { totalCount } }')).toEqual([
      ['BAD_REQUEST', 'This WebSocket takes subscriptions only; send the query as an HTTP POST to /graphql'],
    ]);
    expect((await s.stats()).total).toBe(0);
  });

  it('answers a syntax error with GRAPHQL_PARSE_FAILED and keeps the connection for the next subscription', async () => {
    const [[code, message]] = await errorsOf('subscription { fileTransferUpdates(id: ');
    expect(code).toBe('GRAPHQL_PARSE_FAILED');
    expect(message).toMatch(/^Syntax Error/);
    expect(await errorsOf(FOLLOW, { id: MISSING_TRANSFER })).toEqual([['NOT_FOUND', expect.any(String)]]);
  });

  it('answers a field the schema lacks with GRAPHQL_VALIDATION_FAILED, not an internal error', async () => {
    expect(await errorsOf('subscription { transferUpdates { id } }')).toEqual([
      ['GRAPHQL_VALIDATION_FAILED', 'Cannot query field "transferUpdates" on type "Subscription". Did you mean "fileTransferUpdates"?'],
    ]);
  });

  it.each([
    ['missing', {}, 'Variable "$id" of required type "ID!" was not provided.'],
    ['null', { id: null }, 'Variable "$id" of non-null type "ID!" must not be null.'],
    ['mistyped', { id: ['a', 'b'] }, 'Variable "$id" got invalid value ["a", "b"]; ID cannot represent value: ["a", "b"]'],
  ])('answers a %s variable with BAD_USER_INPUT, as HTTP does, and logs nothing', async (_case, variables, message) => {
    expect(await errorsOf(FOLLOW, variables)).toEqual([['BAD_USER_INPUT', message]]);
    const http = await s.gql('query Q($id: ID!) { node(id: $id) { id } }', variables, { 'x-api-key': keys.portal });
    expect(http.errors!.map((e) => [e.extensions!.code, e.message])).toEqual([['BAD_USER_INPUT', message]]);
    expect(logged.splice(0)).toEqual([]);
    expect((await s.stats()).total).toBe(0);
  });

  it('asks which operation to run when the document has several and operationName names none of them', async () => {
    const two = `subscription A($id: ID!) { fileTransferUpdates(id: $id) { status } } subscription B($id: ID!) { fileTransferUpdates(id: $id) { id } }`;
    expect(await errorsOf(two, { id: MISSING_TRANSFER })).toEqual([
      ['BAD_REQUEST', 'The document has several operations: say which in operationName'],
    ]);
    expect(await errorsOf(two, { id: MISSING_TRANSFER }, 'C')).toEqual([['BAD_REQUEST', 'The document has no operation named "C"']]);
    expect(await errorsOf(two, { id: MISSING_TRANSFER }, 'B')).toEqual([['NOT_FOUND', expect.any(String)]]);
  });

  it.each([
    ['tokens', `subscription { fileTransferUpdates(id: "x") { ${'id '.repeat(200)} } }`, 'token count'],
    [
      'aliases',
      'subscription($id: ID!) { fileTransferUpdates(id: $id) { a: id b: id c: id d: id } }',
      'alias count is 4; the limit is 3 (1 over)',
    ],
    [
      'depth',
      'subscription($id: ID!) { fileTransferUpdates(id: $id) { connector { partnerProfile { certificates { edges { node { profiles { edges { node { id } } } } } } } } } }',
      'depth is 10; the limit is 8 (2 over)',
    ],
    [
      'cost',
      'subscription($id: ID!) { fileTransferUpdates(id: $id) { connector { partnerProfile { agreements(first: 100) { edges { node { id } } } } } } }',
      'requested cost is 113; the limit is 100 (13 over)',
    ],
  ])(
    'refuses a subscription over the %s limit with QUERY_LIMIT_EXCEEDED before it runs, and counts it in /metrics',
    async (limit, query, says) => {
      const before = (await scrape(s.gateway.url)).value('transfer_graph_rejected_queries_total', { limit });
      const [[code, message]] = await errorsOf(query, { id: MISSING_TRANSFER });
      expect(code).toBe('QUERY_LIMIT_EXCEEDED');
      expect(message).toContain(says);
      expect((await s.stats()).total).toBe(0);
      expect((await scrape(s.gateway.url)).value('transfer_graph_rejected_queries_total', { limit })).toBe(before + 1);
    },
  );
});

describe('the WebSocket endpoint with NODE_ENV=production', () => {
  let p: TestStack;
  let socket: Client;
  beforeAll(async () => {
    p = await startStack({}, { security: securityFrom({ NODE_ENV: 'production' }) });
    socket = createClient({ url: p.graphqlUrl.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0 });
  });
  afterAll(async () => {
    await socket.dispose();
    await p.close();
  });

  const firstErrors = (query: string) =>
    new Promise<Array<[unknown, string]>>((resolve, reject) =>
      socket.subscribe(
        { query },
        {
          next: () => resolve([]),
          error: (error) => (Array.isArray(error) ? resolve(error.map((e) => [e.extensions?.code, e.message])) : reject(error)),
          complete: () => resolve([]),
        },
      ),
    );

  it('suggests no schema names in validation errors, as HTTP does', async () => {
    const message = 'Cannot query field "transferUpdates" on type "Subscription".';
    expect(await firstErrors('subscription { transferUpdates { id } }')).toEqual([['GRAPHQL_VALIDATION_FAILED', message]]);
    expect((await p.gql('subscription { transferUpdates { id } }')).errors!.map((e) => [e.extensions!.code, e.message])).toEqual([
      ['GRAPHQL_VALIDATION_FAILED', message],
    ]);
  });
});
