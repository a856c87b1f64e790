import { request } from 'node:http';
import { ConfigError, gatewayConfigFromEnv } from '../../src/config/gateway';
import { runGatewayToExit, spawnGateway, type BuiltGateway } from '../support/built-gateway';
import { startTestEmulator, type TestEmulator } from '../support/emulator';
import { writeApiKeys } from '../support/security';

const OPEN_ON_NETWORK =
  'AUTH_MODE=none on HOST=0.0.0.0, which is not a loopback address, would let anyone who reaches it run every query and mutation: set AUTH_MODE to apikey or jwt, listen on HOST=127.0.0.1, or set ALLOW_UNAUTHENTICATED=true to run it open anyway';

describe('starting open (no AUTH_MODE) on the network', () => {
  it('is refused by the built entry with NODE_ENV=production and HOST=0.0.0.0 (as the Docker image sets), naming the variables to set', async () => {
    expect(await runGatewayToExit({ HOST: '0.0.0.0', EMULATOR_DATA: ':memory:', EMULATOR_PORT: '0' })).toEqual({
      code: 2,
      signal: null,
      stdout: '',
      stderr: `transfer-graph: ${OPEN_ON_NETWORK}\n`,
    });
  });

  it('is refused on any address but loopback, and allowed with ALLOW_UNAUTHENTICATED=true, AUTH_MODE set, or a loopback HOST', () => {
    for (const HOST of ['0.0.0.0', '::', '10.0.0.7', 'graph.example.com']) {
      expect(() => gatewayConfigFromEnv({ HOST })).toThrow(new ConfigError(OPEN_ON_NETWORK.replace('HOST=0.0.0.0', `HOST=${HOST}`)));
    }
    const { file } = writeApiKeys([{ name: 'ops', role: 'operator' }]);
    expect(gatewayConfigFromEnv({ HOST: '0.0.0.0', ALLOW_UNAUTHENTICATED: 'true' }).security.auth).toEqual({ mode: 'none' });
    expect(gatewayConfigFromEnv({ HOST: '0.0.0.0', AUTH_MODE: 'apikey', API_KEYS_FILE: file }).security.auth.mode).toBe('apikey');
    for (const HOST of ['127.0.0.1', '127.0.0.2', 'localhost', '::1'])
      expect(gatewayConfigFromEnv({ HOST }).security.auth).toEqual({ mode: 'none' });
  });
});

describe('the Host allowlist (ALLOWED_HOSTS)', () => {
  it('defaults to the loopback names on a loopback HOST, to any name elsewhere, and reads the variable', () => {
    expect(gatewayConfigFromEnv({}).allowedHosts).toEqual(['localhost', '127.0.0.1', '[::1]']);
    expect(gatewayConfigFromEnv({ HOST: '::1' }).allowedHosts).toEqual(['localhost', '127.0.0.1', '[::1]']);
    expect(gatewayConfigFromEnv({ HOST: '0.0.0.0', ALLOW_UNAUTHENTICATED: 'true' }).allowedHosts).toBeUndefined();
    expect(gatewayConfigFromEnv({ ALLOWED_HOSTS: 'Graph.Example.com., *.internal.example.com,::1' }).allowedHosts).toEqual([
      'graph.example.com',
      '*.internal.example.com',
      '[::1]',
    ]);
    expect(() => gatewayConfigFromEnv({ ALLOWED_HOSTS: 'graph.example.com,http://x' })).toThrow(
      new ConfigError(
        'ALLOWED_HOSTS must be comma-separated host names or addresses such as graph.example.com,*.internal.example.com, got "graph.example.com,http://x"',
      ),
    );
  });

  let t: TestEmulator;
  let child: BuiltGateway | undefined;
  beforeAll(async () => {
    t = await startTestEmulator();
  });
  afterEach(() => child?.process.kill('SIGKILL'));
  afterAll(() => t.close());

  /** A request to the child with the Host header given (fetch sets its own): the status and parsed body. */
  const withHost = (path: string, host: string, init: { method?: string; body?: string; headers?: Record<string, string> } = {}) =>
    new Promise<{ status: number; body: unknown }>((resolve, reject) => {
      const url = new URL(child!.graphqlUrl);
      const req = request(
        { host: '127.0.0.1', port: url.port, path, method: init.method ?? 'GET', headers: { host, ...init.headers } },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode!, body: text ? JSON.parse(text) : undefined }));
        },
      );
      req.on('error', reject);
      req.end(init.body);
    });
  const query = (host: string) =>
    withHost('/graphql', host, {
      method: 'POST',
      body: JSON.stringify({ query: '{ __typename }' }),
      headers: { 'content-type': 'application/json' },
    });
  const refused = (host: string) => ({
    status: 421,
    body: {
      errors: [
        {
          message: `Host ${JSON.stringify(host)} is not a name this gateway serves; its operator allows names with ALLOWED_HOSTS`,
          extensions: { code: 'HOST_NOT_ALLOWED' },
        },
      ],
    },
  });
  const answered = {
    status: 200,
    body: { data: { __typename: 'Query' }, extensions: expect.objectContaining({ cost: expect.objectContaining({ requested: 0 }) }) },
  };

  it('on loopback, answers localhost and 127.0.0.1 and refuses a rebound name with 421, WebSocket upgrades included; probes always answer', async () => {
    child = await spawnGateway({ TRANSFER_ENDPOINT: t.endpoint });
    const port = new URL(child.graphqlUrl).port;
    expect(await query(`localhost:${port}`)).toEqual(answered);
    expect(await query(`127.0.0.1:${port}`)).toEqual(answered);
    expect(await query(`[::1]:${port}`)).toEqual(answered);
    expect(await query(`attacker.example:${port}`)).toEqual(refused(`attacker.example:${port}`));
    expect(await withHost('/metrics', 'attacker.example')).toEqual(refused('attacker.example'));
    expect(await withHost('/healthz', 'attacker.example')).toEqual({ status: 200, body: { status: 'ok' } });
    expect(
      await withHost('/graphql', 'attacker.example', {
        headers: {
          connection: 'Upgrade',
          upgrade: 'websocket',
          'sec-websocket-version': '13',
          'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==',
          'sec-websocket-protocol': 'graphql-transport-ws',
        },
      }),
    ).toEqual(refused('attacker.example'));
  }, 30_000);

  it('with ALLOWED_HOSTS, answers only the names it lists', async () => {
    child = await spawnGateway({ TRANSFER_ENDPOINT: t.endpoint, ALLOWED_HOSTS: 'graph.example.com,*.internal.example.com' });
    expect(await query('graph.example.com')).toEqual(answered);
    expect(await query('eu.internal.example.com:443')).toEqual(answered);
    expect(await query('internal.example.com')).toEqual(refused('internal.example.com'));
    expect(await query('localhost')).toEqual(refused('localhost'));
  }, 30_000);
});
