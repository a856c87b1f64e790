import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { createLogger } from '../../src/gateway/observability/logger';
import { generateCertificate, generateKeys, type GeneratedCertificate } from '../../src/emulator/seed/certs';
import { startStack, type TestStack } from '../support/stack';

const IMPORT = `mutation Import($input: ImportCertificateInput!) {
  importCertificate(input: $input) { certificate { certificateId type } userErrors { field message code } }
}`;

/** Every 64-character line of a PEM body (and so any part a log could carry of it, escaped or not). */
const materialOf = (pem: string) => pem.split('\n').filter((line) => line.length >= 40 && !line.startsWith('-----'));

describe('secrets while importing certificates', () => {
  let s: TestStack;
  let acme: GeneratedCertificate;
  let foreignKey: string;
  const captured: string[] = [];
  // Kept unbound so that afterAll puts back the very functions; they are called with .call(stream).
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const originals = { out: process.stdout.write, err: process.stderr.write };
  const consoleMethods = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
  const responses: string[] = [];

  beforeAll(async () => {
    const [key, other] = await generateKeys(2);
    const now = Date.now();
    acme = await generateCertificate({
      subject: 'CN=acme signing, O=Acme',
      key,
      purpose: 'SIGNING',
      notBefore: new Date(now - 86_400_000),
      notAfter: new Date(now + 86_400_000 * 300),
    });
    foreignKey = other.privateKeyPem;
    // Everything the process writes: the gateway's pino logger at its most verbose, its error log, console and both streams.
    const logger = createLogger({ level: 'trace', destination: { write: (line: string) => void captured.push(line) } });
    s = await startStack({}, { logger, upstreamTimeoutMs: 1000, upstreamMaxAttempts: 2 });
    process.stdout.write = (chunk: unknown, ...rest: unknown[]) => (
      captured.push(String(chunk)),
      originals.out.call(process.stdout, chunk as string, ...(rest as []))
    );
    process.stderr.write = (chunk: unknown, ...rest: unknown[]) => (
      captured.push(String(chunk)),
      originals.err.call(process.stderr, chunk as string, ...(rest as []))
    );
    for (const method of consoleMethods)
      jest
        .spyOn(console, method)
        .mockImplementation(
          (...args: unknown[]) =>
            void captured.push(
              args.map((a) => (a instanceof Error ? `${a.stack}` : typeof a === 'string' ? a : JSON.stringify(a))).join(' '),
            ),
        );
  }, 30_000);

  afterAll(async () => {
    process.stdout.write = originals.out;
    process.stderr.write = originals.err;
    jest.restoreAllMocks();
    await s.close();
  });

  const importing = async (input: Record<string, unknown>) => {
    const res = await s.gql(IMPORT, { input });
    responses.push(JSON.stringify(res));
    return res;
  };

  it('imports a certificate with its private key, and a failing import of every kind, without the key in any log or error', async () => {
    const key = acme.privateKeyPem;
    const ok = await importing({ usage: 'SIGNING', certificate: acme.certificatePem, privateKey: key });
    expect(ok.data.importCertificate).toMatchObject({ certificate: { type: 'CERTIFICATE_WITH_PRIVATE_KEY' }, userErrors: [] });

    // The key of another certificate: AWS says they do not match.
    expect(
      (await importing({ usage: 'SIGNING', certificate: acme.certificatePem, privateKey: foreignKey })).data.importCertificate.userErrors,
    ).toHaveLength(1);
    // A key cut in half, a key without its PEM armour, a key far too long for the model.
    const lines = key.split('\n');
    await importing({ usage: 'SIGNING', certificate: acme.certificatePem, privateKey: lines.slice(0, 10).join('\n') });
    await importing({
      usage: 'SIGNING',
      certificate: acme.certificatePem,
      privateKey: lines.filter((l) => !l.startsWith('-----')).join(''),
    });
    await importing({ usage: 'SIGNING', certificate: acme.certificatePem, privateKey: key.repeat(12) });
    // Wrong GraphQL input: graphql-js quotes the whole input object, key included, in its message.
    await importing({ usage: 'SIGNING', certificate: acme.certificatePem, privateKey: key, notAField: true });
    await importing({ usage: 'NOT_A_USAGE', certificate: acme.certificatePem, privateKey: key });
    // The key inline in the document rather than in a variable, with a mistake elsewhere.
    const inline = await s.gql(
      `mutation { importCertificate(input: { usage: SIGNING, certificate: ${JSON.stringify(acme.certificatePem)}, privateKey: ${JSON.stringify(key)}, bogus: 1 }) { userErrors { message } } }`,
    );
    responses.push(JSON.stringify(inline));
    expect(inline.status).toBe(400);

    // AWS failing: every call answered with InternalServiceError, then every call slower than the gateway waits.
    await s.setFaults({ errorPercent: 100 });
    const failed = await importing({ usage: 'SIGNING', certificate: acme.certificatePem, privateKey: key });
    expect(failed.errors![0].extensions!.code).toBe('WRITE_OUTCOME_UNKNOWN');
    await s.setFaults({ errorPercent: 0, latencyMs: 1500 });
    const slow = await importing({ usage: 'SIGNING', certificate: acme.certificatePem, privateKey: key });
    expect(slow.errors![0].extensions!.code).toBe('WRITE_OUTCOME_UNKNOWN');
    await s.setFaults({ latencyMs: 0 });

    const logs = captured.join('\n');
    expect(logs.length).toBeGreaterThan(0);
    for (const secret of [...materialOf(key), ...materialOf(foreignKey)]) {
      expect({ secret, inLogs: logs.includes(secret), inResponses: responses.some((r) => r.includes(secret)) }).toEqual({
        secret,
        inLogs: false,
        inResponses: false,
      });
    }
    // Certificate bodies are public, but the service model marks them sensitive: they stay out of logs and error messages too.
    const errorsOnly = responses.map((r) => JSON.stringify(JSON.parse(r).errors ?? [])).join('\n');
    for (const body of materialOf(acme.certificatePem)) {
      expect({ body, inLogs: logs.includes(body), inErrors: errorsOnly.includes(body) }).toEqual({ body, inLogs: false, inErrors: false });
    }
  }, 60_000);
});

describe('secrets sent with the wrong type', () => {
  let s: TestStack;
  let ws: Client;
  const logged: string[] = [];
  beforeAll(async () => {
    s = await startStack({}, { log: (message, error) => void logged.push(`${message} ${error instanceof Error ? error.stack : ''}`) });
    ws = createClient({ url: s.graphqlUrl.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0 });
  });
  afterAll(async () => {
    await ws.dispose();
    await s.close();
  });

  const SECRET = 'hunter2-do-not-echo';
  const SERVER = Buffer.from('Server:us-east-1:s-0123456789abcdef0').toString('base64url');
  const CONNECTOR = Buffer.from('Connector:us-east-1:c-0123456789abcdef0').toString('base64url');
  const TEST_IDP = 'mutation T($input: TestIdentityProviderInput!) { testIdentityProvider(input: $input) { message } }';
  const TRANSFER = 'mutation S($input: StartFileTransferInput!) { startFileTransfer(input: $input) { userErrors { message } } }';
  const errorsOf = (res: { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }) =>
    res.errors?.map((e) => [e.extensions?.code, e.message]);

  it.each([
    [
      'a list for privateKey',
      IMPORT,
      { input: { usage: 'SIGNING', certificate: 'x', privateKey: [SECRET, SECRET] } },
      'Variable "$input" got invalid value "[redacted]" at "input.privateKey"; String cannot represent a non string value: "[redacted]"',
    ],
    [
      'an object for privateKey',
      IMPORT,
      { input: { usage: 'SIGNING', certificate: 'x', privateKey: { pem: SECRET } } },
      'Variable "$input" got invalid value "[redacted]" at "input.privateKey"; String cannot represent a non string value: "[redacted]"',
    ],
    [
      'a list for userPassword',
      TEST_IDP,
      { input: { serverId: SERVER, userName: 'alice', userPassword: [SECRET] } },
      'Variable "$input" got invalid value "[redacted]" at "input.userPassword"; String cannot represent a non string value: "[redacted]"',
    ],
    [
      'a number for a custom header value, next to a secret header',
      TRANSFER,
      {
        input: {
          connectorId: CONNECTOR,
          sendFilePaths: ['/b/f'],
          customHttpHeaders: [
            { key: 'x-token', value: SECRET },
            { key: SECRET, value: 7 },
          ],
        },
      },
      'Variable "$input" got invalid value "[redacted]" at "input.customHttpHeaders[1].value"; String cannot represent a non string value: "[redacted]"',
    ],
    [
      'an unknown field beside a secret list (graphql-js quotes the whole input)',
      IMPORT,
      { input: { usage: 'SIGNING', certificate: SECRET, privateKey: [SECRET], notAField: 1 } },
      [
        'Variable "$input" got invalid value "[redacted]" at "input.privateKey"; String cannot represent a non string value: "[redacted]"',
        'Variable "$input" got invalid value { usage: "SIGNING", certificate: "[redacted]", privateKey: "[redacted]", notAField: 1 }; Field "notAField" is not defined by type "ImportCertificateInput".',
      ],
    ],
    [
      'a list in a scalar variable used as privateKey',
      'mutation I($key: String) { importCertificate(input: { usage: SIGNING, certificate: "x", privateKey: $key }) { userErrors { message } } }',
      { key: [SECRET] },
      'Variable "$key" got invalid value "[redacted]"; String cannot represent a non string value: "[redacted]"',
    ],
  ])('quotes no part of it back when the variables hold %s', async (_case, query, variables, message) => {
    const res = await s.gql(query, variables);
    expect(errorsOf(res)).toEqual([message].flat().map((m) => ['BAD_USER_INPUT', m]));
    expect(JSON.stringify(res)).not.toContain('hunter2');
    expect(logged.splice(0)).toEqual([]);
  });

  const inline = (value: string) =>
    `mutation { importCertificate(input: { usage: SIGNING, certificate: "x", privateKey: ${value} }) { userErrors { message } } }`;

  it.each([
    ['a list', `["${SECRET}"]`, 'String cannot represent a non string value: [redacted]'],
    ['an object', `{ pem: "${SECRET}" }`, 'String cannot represent a non string value: [redacted]'],
    ['a block string inside a list', `["""${SECRET}"""]`, 'String cannot represent a non string value: [redacted]'],
  ])('quotes no part of it back when the document holds %s inline, over HTTP and WebSocket', async (_case, value, message) => {
    const res = await s.gql(inline(value));
    expect(errorsOf(res)).toEqual([['GRAPHQL_VALIDATION_FAILED', message]]);
    const overWs = await new Promise<unknown>((resolve) =>
      ws.subscribe(
        { query: inline(value) },
        {
          next: resolve,
          complete: () => resolve('complete'),
          error: (e) =>
            resolve((e as Array<{ message: string; extensions?: Record<string, unknown> }>).map((x) => [x.extensions?.code, x.message])),
        },
      ),
    );
    expect(overWs).toEqual([['GRAPHQL_VALIDATION_FAILED', message]]);
    expect(logged.splice(0)).toEqual([]);
  });

  it('still quotes values that are not secret', async () => {
    const res = await s.gql(IMPORT, { input: { usage: 'SIGNING', certificate: 'x', description: ['not secret'] } });
    expect(errorsOf(res)).toEqual([
      [
        'BAD_USER_INPUT',
        'Variable "$input" got invalid value ["not secret"] at "input.description"; String cannot represent a non string value: ["not secret"]',
      ],
    ]);
  });
});
