import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateProfileCommand, ListProfilesCommand, TransferClient } from '@aws-sdk/client-transfer';
import { ConfigError, DEFAULT_EMULATOR_OPTIONS, emulatorOptionsFromEnv } from '../../src/emulator';
import { runEmulatorToExit, spawnEmulator } from '../support/child-emulator';
import { TEST_CREDENTIALS } from '../support/emulator';

function configError(env: NodeJS.ProcessEnv): string {
  try {
    emulatorOptionsFromEnv(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error(`expected ${JSON.stringify(env)} to be refused`);
}

describe('emulatorOptionsFromEnv', () => {
  it('gives the defaults for an empty environment', () => {
    expect(emulatorOptionsFromEnv({})).toEqual({
      host: '127.0.0.1',
      port: 4100,
      dataPath: '.data/emulator.sqlite',
      accountId: '000000000000',
      latencyMs: 0,
      throttlePercent: 0,
      errorPercent: 0,
      stateTransitionMs: 500,
      transferStepMs: 500,
      maxBodyBytes: 8 * 1024 * 1024,
    });
    expect(emulatorOptionsFromEnv({})).toEqual(DEFAULT_EMULATOR_OPTIONS);
  });

  it('treats an empty variable as unset', () => {
    expect(emulatorOptionsFromEnv({ EMULATOR_PORT: '', EMULATOR_DATA: '', EMULATOR_SEED: '', EMULATOR_CREDENTIALS: '' })).toEqual(
      DEFAULT_EMULATOR_OPTIONS,
    );
  });

  it.each<[string, string, object]>([
    ['EMULATOR_HOST', '0.0.0.0', { host: '0.0.0.0' }],
    ['EMULATOR_HOST', '::1', { host: '::1' }],
    ['EMULATOR_PORT', '4555', { port: 4555 }],
    ['EMULATOR_PORT', '0', { port: 0 }],
    ['EMULATOR_DATA', ':memory:', { dataPath: ':memory:' }],
    ['EMULATOR_DATA', '/var/lib/emulator/state.json', { dataPath: '/var/lib/emulator/state.json' }],
    ['EMULATOR_ACCOUNT_ID', '123456789012', { accountId: '123456789012' }],
    ['EMULATOR_SEED', 'demo', { seed: 'demo' }],
    ['EMULATOR_CREDENTIALS', 'AKIDEXAMPLE:se:cr:et', { credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'se:cr:et' } }],
    ['EMULATOR_LATENCY_MS', '25', { latencyMs: 25 }],
    ['EMULATOR_THROTTLE_PERCENT', '100', { throttlePercent: 100 }],
    ['EMULATOR_ERROR_PERCENT', '5', { errorPercent: 5 }],
    ['EMULATOR_STATE_TRANSITION_MS', '0', { stateTransitionMs: 0 }],
    ['EMULATOR_TRANSFER_STEP_MS', '2000', { transferStepMs: 2000 }],
    ['EMULATOR_MAX_BODY_BYTES', '1024', { maxBodyBytes: 1024 }],
  ])('reads %s=%s', (name, value, expected) => {
    expect(emulatorOptionsFromEnv({ [name]: value })).toEqual({ ...DEFAULT_EMULATOR_OPTIONS, ...expected });
  });

  it.each<[string, string, string]>([
    ['EMULATOR_PORT', 'abc', 'EMULATOR_PORT must be a whole number from 0 to 65535, got "abc"'],
    ['EMULATOR_PORT', '65536', 'EMULATOR_PORT must be a whole number from 0 to 65535, got "65536"'],
    ['EMULATOR_PORT', '-1', 'EMULATOR_PORT must be a whole number from 0 to 65535, got "-1"'],
    ['EMULATOR_PORT', '80.5', 'EMULATOR_PORT must be a whole number from 0 to 65535, got "80.5"'],
    ['EMULATOR_HOST', 'my host', 'EMULATOR_HOST must be a host name or IP address, got "my host"'],
    ['EMULATOR_ACCOUNT_ID', '1234', 'EMULATOR_ACCOUNT_ID must be 12 digits, got "1234"'],
    ['EMULATOR_SEED', 'large', 'EMULATOR_SEED accepts only "demo" (or nothing), got "large"'],
    ['EMULATOR_CREDENTIALS', 'AKIDONLY', 'EMULATOR_CREDENTIALS must be accessKeyId:secretAccessKey'],
    ['EMULATOR_CREDENTIALS', ':secret', 'EMULATOR_CREDENTIALS must be accessKeyId:secretAccessKey'],
    ['EMULATOR_LATENCY_MS', '60001', 'EMULATOR_LATENCY_MS must be a whole number from 0 to 60000, got "60001"'],
    ['EMULATOR_THROTTLE_PERCENT', '50%', 'EMULATOR_THROTTLE_PERCENT must be a whole number from 0 to 100, got "50%"'],
    ['EMULATOR_ERROR_PERCENT', '101', 'EMULATOR_ERROR_PERCENT must be a whole number from 0 to 100, got "101"'],
    ['EMULATOR_STATE_TRANSITION_MS', 'fast', 'EMULATOR_STATE_TRANSITION_MS must be a whole number from 0 to 600000, got "fast"'],
    ['EMULATOR_TRANSFER_STEP_MS', '1e3', 'EMULATOR_TRANSFER_STEP_MS must be a whole number from 0 to 600000, got "1e3"'],
    ['EMULATOR_MAX_BODY_BYTES', '100', 'EMULATOR_MAX_BODY_BYTES must be a whole number from 1024 to 67108864, got "100"'],
  ])('refuses %s=%s with a ConfigError naming the variable and what it accepts', (name, value, message) => {
    expect(configError({ [name]: value })).toBe(message);
  });

  it('never repeats the secret of a malformed EMULATOR_CREDENTIALS', () => {
    expect(configError({ EMULATOR_CREDENTIALS: ':hunter2' })).not.toContain('hunter2');
  });
});

describe('the npm run emulator entry (dist/src/emulator/main.js)', () => {
  let dir: string;
  const clients: TransferClient[] = [];
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'emulator-main-'));
  });
  afterAll(() => {
    clients.forEach((c) => c.destroy());
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints its endpoint when ready, serves the SDK and exits 0 on SIGTERM', async () => {
    const child = await spawnEmulator({ EMULATOR_PORT: '0', EMULATOR_DATA: ':memory:' });
    expect(child.output().stdout).toMatch(/^Transfer Family emulator ready at http:\/\/127\.0\.0\.1:\d+ \(state: :memory:\)\n$/);
    const client = new TransferClient({ endpoint: child.endpoint, region: 'us-east-1', credentials: TEST_CREDENTIALS, maxAttempts: 1 });
    clients.push(client);
    await client.send(new CreateProfileCommand({ As2Id: 'from-main', ProfileType: 'LOCAL' }));
    expect((await client.send(new ListProfilesCommand({}))).Profiles?.map((p) => p.As2Id)).toEqual(['from-main']);
    child.process.kill('SIGTERM');
    expect(await child.exited).toEqual({ code: 0, signal: null });
    expect(child.output().stderr).toBe('');
  });

  it('exits 0 on SIGINT (Ctrl-C)', async () => {
    const child = await spawnEmulator({ EMULATOR_PORT: '0', EMULATOR_DATA: ':memory:' });
    child.process.kill('SIGINT');
    expect(await child.exited).toEqual({ code: 0, signal: null });
  });

  it('exits 2 naming EMULATOR_PORT when it is not a port', async () => {
    expect(await runEmulatorToExit({ EMULATOR_PORT: '99999', EMULATOR_DATA: ':memory:' })).toEqual({
      code: 2,
      signal: null,
      stdout: '',
      stderr: 'emulator: EMULATOR_PORT must be a whole number from 0 to 65535, got "99999"\n',
    });
  });

  it('exits 1 naming EMULATOR_PORT when the port is taken', async () => {
    const taken: Server = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as { port: number }).port;
    try {
      expect(await runEmulatorToExit({ EMULATOR_PORT: String(port), EMULATOR_DATA: ':memory:' })).toEqual({
        code: 1,
        signal: null,
        stdout: '',
        stderr: `emulator: cannot listen on EMULATOR_HOST=127.0.0.1 EMULATOR_PORT=${port}: the port is in use\n`,
      });
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });

  it('exits 1 naming EMULATOR_DATA and leaving the file alone when an old JSON store is not valid JSON', async () => {
    const dataPath = join(dir, 'corrupt.json');
    writeFileSync(dataPath, '{"version": 1, "regions": {');
    const { code, stderr } = await runEmulatorToExit({ EMULATOR_PORT: '0', EMULATOR_DATA: dataPath });
    expect(code).toBe(1);
    expect(stderr).toBe(
      `emulator: cannot use the state file EMULATOR_DATA=${dataPath}: the old JSON store ${dataPath} cannot be imported: ` +
        `it is not valid JSON (Expected property name or '}' in JSON at position 27). ` +
        'Nothing was changed: repair or remove that file, then start again.\n',
    );
    expect(readFileSync(dataPath, 'utf8')).toBe('{"version": 1, "regions": {');
  });

  it('exits 1 naming EMULATOR_DATA when its directory cannot be made', async () => {
    const blocker = join(dir, 'a-file');
    writeFileSync(blocker, '');
    const { code, stderr } = await runEmulatorToExit({ EMULATOR_PORT: '0', EMULATOR_DATA: join(blocker, 'state.json') });
    expect(code).toBe(1);
    expect(stderr).toMatch(new RegExp(`^emulator: cannot use the state file EMULATOR_DATA=${blocker}/state.json: EEXIST.*\\n$`));
  });
});
