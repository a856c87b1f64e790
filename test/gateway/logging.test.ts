import { CreateProfileCommand } from '@aws-sdk/client-transfer';
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { createLogger, errorLogOf, redactKeys } from '../../src/gateway/observability/logger';
import { principalOf } from '../../src/gateway/plugins/request-log';
import { scrape } from '../support/metrics';
import { startGateway, startStack, type RunningGateway, type TestStack } from '../support/stack';
import { until } from '../support/until';

const PRIVATE_KEY =
  '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj\n-----END PRIVATE KEY-----';
const PROFILES = `query PartnerProfiles { profiles(first: 10) { edges { node { as2Id certificateIds } } } }`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** A logger writing into an array, one parsed JSON object per line. */
function capturedLogger(level: 'info' | 'error' = 'info') {
  const lines: Array<Record<string, any>> = [];
  const raw: string[] = [];
  const logger = createLogger({ level, destination: { write: (line: string) => void (raw.push(line), lines.push(JSON.parse(line))) } });
  return { logger, lines, raw };
}

async function post(url: string, body: object, headers: Record<string, string> = {}) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: res.status, requestId: res.headers.get('x-request-id'), body: (await res.json()) as any };
}

describe('the request log', () => {
  const { logger, lines, raw } = capturedLogger();
  let s: TestStack;
  beforeAll(async () => {
    s = await startStack({}, { logger });
    for (const As2Id of ['ALPHA', 'BETA']) await s.client.send(new CreateProfileCommand({ As2Id, ProfileType: 'PARTNER' }));
  });
  afterAll(() => s.close());
  beforeEach(() => {
    lines.length = 0;
    raw.length = 0;
  });

  it('writes one JSON line per request: request id, operation, principal, outcome, cost, AWS calls, duration', async () => {
    const res = await post(s.graphqlUrl, { query: PROFILES }, { 'x-request-id': 'edge-7f3a.1' });
    expect(res.requestId).toBe('edge-7f3a.1');
    expect(lines).toHaveLength(1);
    const { time, durationMs, ...line } = lines[0];
    expect(line).toEqual({
      level: 'info',
      service: 'transfer-graph',
      msg: 'graphql request',
      requestId: 'edge-7f3a.1',
      operationName: 'PartnerProfiles',
      principal: null,
      outcome: 'ok',
      cost: { upstream: { calls: 3, byOperation: { ListProfiles: 1, DescribeProfile: 2 } } },
      awsCalls: 3,
    });
    expect(new Date(time).toISOString()).toBe(time);
    expect(durationMs).toBeGreaterThan(0);
  });

  it('makes a request id when the caller sends none, or one that is not a plain token, and echoes it', async () => {
    const none = await post(s.graphqlUrl, { query: '{ profiles(first: 1) { totalCount } }' });
    const odd = await post(
      s.graphqlUrl,
      { query: '{ profiles(first: 1) { totalCount } }' },
      { 'x-request-id': 'has spaces; and "quotes"' },
    );
    expect([none.requestId, odd.requestId]).toEqual([expect.stringMatching(UUID), expect.stringMatching(UUID)]);
    expect(lines.map((l) => [l.requestId, l.operationName])).toEqual([
      [none.requestId, null],
      [odd.requestId, null],
    ]);
  });

  it('records the outcome and error codes, never the variables or messages that may carry secrets', async () => {
    const mutation = `mutation Import($input: ImportCertificateInput!) { importCertificate(input: $input) { userErrors { code } } }`;
    const res = await post(
      s.graphqlUrl,
      { query: mutation, variables: { input: { usage: 'SIGNING', certificate: 42, privateKey: PRIVATE_KEY } } },
      { authorization: 'Bearer sekrit-token' },
    );
    expect(res.status).toBe(400);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ operationName: 'Import', outcome: 'rejected', errorCodes: ['BAD_USER_INPUT'], awsCalls: 0 });
    expect(raw.join('')).not.toMatch(/MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj|sekrit/);
  });
});

describe('the error log', () => {
  it('goes through pino as JSON with the error redacted of private keys, and a level, time and message', () => {
    const { logger, lines, raw } = capturedLogger('error');
    errorLogOf(logger)('unexpected error while resolving a request', new Error(`could not parse ${PRIVATE_KEY}`));
    expect(lines).toEqual([
      {
        level: 'error',
        time: expect.any(String),
        service: 'transfer-graph',
        msg: 'unexpected error while resolving a request',
        err: { type: 'Error', message: 'could not parse [redacted private key]', stack: expect.stringContaining('[redacted private key]') },
      },
    ]);
    expect(raw.join('')).not.toContain('MIIEvQ');
  });

  it('redacts credentials under well-known keys in anything logged', () => {
    const { logger, lines } = capturedLogger();
    logger.info(
      { headers: { authorization: 'Bearer x', accept: '*/*' }, upstream: { secretAccessKey: 'abc', region: 'us-east-1' }, password: 'p' },
      'x',
    );
    expect(lines[0]).toMatchObject({
      headers: { authorization: '[redacted]', accept: '*/*' },
      upstream: { secretAccessKey: '[redacted]', region: 'us-east-1' },
      password: '[redacted]',
    });
  });

  it('redacts secret keys in any case, inside arrays and nested objects, and leaves a line without secrets as it is', () => {
    const { logger, lines } = capturedLogger();
    logger.info({ calls: [{ input: { PrivateKey: 'k', Usage: 'SIGNING' } }], connection: { params: { Token: 't' } } }, 'x');
    expect(lines[0]).toMatchObject({
      calls: [{ input: { PrivateKey: '[redacted]', Usage: 'SIGNING' } }],
      connection: { params: { Token: '[redacted]' } },
    });
    const clean = { requestId: 'r', cost: { upstream: { calls: 1, byOperation: { DescribeProfile: 1 } } } };
    expect(redactKeys(clean)).toBe(clean);
    const error = Object.assign(new Error('boom'), { password: 'kept for the error serializer to drop' });
    expect(redactKeys({ err: error }).err).toBe(error);
  });

  describe('from the gateway, when the upstream answers nonsense', () => {
    const { logger, lines } = capturedLogger();
    let nonsense: Server;
    let gateway: RunningGateway;
    beforeAll(async () => {
      nonsense = createServer((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' });
        res.end('<html>not json</html>');
      });
      await new Promise<void>((resolve) => nonsense.listen(0, '127.0.0.1', () => resolve()));
      const upstream = { endpoint: `http://127.0.0.1:${(nonsense.address() as AddressInfo).port}`, region: 'us-east-1' };
      gateway = await startGateway(
        { upstream, concurrencyPerRequest: 4, concurrencyPerProcess: 4, upstreamTimeoutMs: 10_000, upstreamMaxAttempts: 1, logger },
        '127.0.0.1',
        0,
      );
    });
    afterAll(async () => {
      await gateway.close();
      await new Promise((resolve) => nonsense.close(resolve));
    });

    it('writes the unexpected error, then the request line with the same request id', async () => {
      const res = await post(gateway.graphqlUrl, { query: 'query Nonsense { profiles { totalCount } }' }, { 'x-request-id': 'r-1' });
      expect(res.body.errors.map((e: any) => e.extensions.code)).toEqual(['INTERNAL']);
      expect(lines.map((l) => [l.level, l.msg, l.err?.type ?? l.outcome])).toEqual([
        ['error', 'unexpected error while resolving a request', 'SyntaxError'],
        ['info', 'graphql request', 'partial'],
      ]);
      expect(lines[1]).toMatchObject({ requestId: 'r-1', operationName: 'Nonsense', errorCodes: ['INTERNAL'], awsCalls: 1 });
    });
  });
});

describe('uploads the client abandons mid-body', () => {
  const lines: Array<Record<string, any>> = [];
  let s: TestStack;
  beforeAll(async () => {
    s = await startStack(
      {},
      { logger: createLogger({ level: 'debug', destination: { write: (line: string) => void lines.push(JSON.parse(line)) } }) },
    );
  });
  afterAll(() => s.close());

  /** Sends the head of a POST and 20 of its 1000 body bytes, then hangs up. */
  const abandon = () =>
    new Promise<void>((resolve) => {
      const socket = connect(Number(new URL(s.graphqlUrl).port), '127.0.0.1', () => {
        socket.write(
          'POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"query":"{ profiles',
        );
        setImmediate(() => {
          socket.destroy();
          resolve();
        });
      });
    });

  it('are counted in transfer_graph_http_aborted_total and logged at debug without a stack, never as errors', async () => {
    for (let i = 0; i < 5; i += 1) await abandon();
    const aborted = async () => (await scrape(s.gateway.url)).value('transfer_graph_http_aborted_total');
    await until(async () => (await aborted()) >= 5, { what: async () => `5 aborted requests counted, not ${await aborted()}` });
    expect(await aborted()).toBe(5);
    expect(lines.map(({ level, msg, err }) => ({ level, msg, err }))).toEqual(
      Array.from({ length: 5 }, () => ({ level: 'debug', msg: 'client hung up before its request body arrived', err: undefined })),
    );
    expect((await s.gql('{ __typename }')).data).toEqual({ __typename: 'Query' });
  });
});

describe('principalOf', () => {
  it.each([
    [{ principal: { sub: 'alice', token: 'eyJ…' } }, 'alice'],
    [{ principal: { id: 'svc-billing', name: 'Billing' } }, 'svc-billing'],
    [{ principal: 'bob' }, 'bob'],
    [{ principal: { roles: ['admin'] } }, undefined],
    [{}, undefined],
  ])('names the principal of %j as %j, never the whole object', (context, expected) => {
    expect(principalOf(context)).toBe(expected);
  });
});
