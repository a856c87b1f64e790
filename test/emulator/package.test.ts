import { CreateServerCommand, ListServersCommand, TransferClient } from '@aws-sdk/client-transfer';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type * as Emulator from '../../src/emulator';
import { EMULATOR_DEPENDENCIES, EMULATOR_TYPE_PEERS, stageEmulatorPackage } from '../../scripts/pack-emulator';
import { spawnEmulator } from '../support/child-emulator';
import { TEST_CREDENTIALS } from '../support/emulator';

const ROOT = join(__dirname, '..', '..');
const MANIFEST = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  bin: Record<string, string>;
  exports: Record<string, unknown>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
/** Node's own resolution from the project root (not jest's): a package may name itself through its exports. */
const fromRoot = createRequire(join(ROOT, 'package.json'));

const clients: TransferClient[] = [];
const clientOf = (endpoint: string) => {
  const client = new TransferClient({ endpoint, region: 'us-east-1', credentials: TEST_CREDENTIALS, maxAttempts: 1 });
  clients.push(client);
  return client;
};
afterAll(() => clients.forEach((client) => client.destroy()));

/** Creates a server and lists the servers, as a user's first two calls would. */
async function createAndList(client: TransferClient) {
  const { ServerId } = await client.send(new CreateServerCommand({}));
  const { $metadata, ...listed } = await client.send(new ListServersCommand({}));
  expect($metadata.httpStatusCode).toBe(200);
  return { ServerId, listed };
}

/** What ListServers answers after one CreateServer with no input, on a store that was empty. */
const oneServer = (serverId: string | undefined, state: string) => ({
  Servers: [
    {
      Arn: `arn:aws:transfer:us-east-1:000000000000:server/${serverId}`,
      Domain: 'S3',
      EndpointType: 'PUBLIC',
      IdentityProviderType: 'SERVICE_MANAGED',
      ServerId: serverId,
      State: state,
      UserCount: 0,
    },
  ],
});

/** Starts an emulator in this process through `startEmulator`, and expects it to list the one server created. */
async function expectServesOneServer(startEmulator: typeof Emulator.startEmulator): Promise<void> {
  const emulator = await startEmulator({ port: 0, dataPath: ':memory:', stateTransitionMs: 60_000 });
  try {
    const { ServerId, listed } = await createAndList(clientOf(emulator.endpoint));
    expect(listed).toEqual(oneServer(ServerId, 'STARTING'));
  } finally {
    await emulator.close();
  }
}

describe('the transfer-graph/emulator export', () => {
  it('resolves from the project root through the package exports to the built entry, with its types beside it', () => {
    expect(MANIFEST.exports['./emulator']).toEqual({ types: './dist/src/emulator/index.d.ts', default: './dist/src/emulator/index.js' });
    expect(fromRoot.resolve('transfer-graph/emulator')).toBe(join(ROOT, 'dist', 'src', 'emulator', 'index.js'));
    expect(statSync(join(ROOT, 'dist', 'src', 'emulator', 'index.d.ts')).isFile()).toBe(true);
  });

  it('starts an emulator in this process that answers the real SDK client', async () => {
    const { startEmulator } = fromRoot('transfer-graph/emulator') as typeof Emulator;
    await expectServesOneServer(startEmulator);
  });

  it('is imported by name from an ES module, as the README shows', () => {
    const script =
      "import { startEmulator } from 'transfer-graph/emulator';" +
      "const e = await startEmulator({ port: 0, dataPath: ':memory:' }); console.log(typeof e.endpoint); await e.close();";
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 20_000 });
    expect({ status: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({ status: 0, stdout: 'string\n', stderr: '' });
  });
});

describe('the transfer-emulator bin', () => {
  const bin = () => join(ROOT, MANIFEST.bin['transfer-emulator']);
  const runBin = (args: string[]) => {
    const run = spawnSync(process.execPath, [bin(), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 20_000 });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr };
  };

  it('is a built file that the package declares and that starts with a node shebang', () => {
    expect(MANIFEST.bin).toEqual({ 'transfer-emulator': 'dist/src/emulator/main.js' });
    expect(readFileSync(bin(), 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
  });

  it('prints its usage and every EMULATOR_* setting with its default on --help, and exits 0 without listening', () => {
    const { status, stdout, stderr } = runBin(['--help']);
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
    const lines = stdout.split('\n');
    expect(lines.slice(0, 2)).toEqual(['Usage: transfer-emulator [--help]', '']);
    expect(lines.filter((line) => /^ {2}EMULATOR_/.test(line)).map((line) => line.trim().split(/\s{2,}/))).toEqual([
      ['EMULATOR_HOST', '127.0.0.1', 'interface to listen on'],
      ['EMULATOR_PORT', '4100', 'port to listen on; 0 picks a free one'],
      ['EMULATOR_DATA', '.data/emulator.sqlite', 'SQLite state file; :memory: keeps nothing'],
      ['EMULATOR_ACCOUNT_ID', '000000000000', 'the 12-digit account id in ARNs'],
      ['EMULATOR_SEED', '(none)', 'demo: load the demo partner setup into an empty store'],
      ['EMULATOR_CREDENTIALS', '(none)', 'accessKeyId:secret: check SigV4 signatures'],
      ['EMULATOR_LATENCY_MS', '0', 'latency added to every AWS call, in ms'],
      ['EMULATOR_THROTTLE_PERCENT', '0', 'share of calls answered with ThrottlingException'],
      ['EMULATOR_ERROR_PERCENT', '0', 'share of calls answered with InternalServiceError'],
      ['EMULATOR_STATE_TRANSITION_MS', '500', 'how long a server stays STARTING or STOPPING, in ms'],
      ['EMULATOR_TRANSFER_STEP_MS', '500', 'how long each file stays QUEUED, then IN_PROGRESS, in ms'],
      ['EMULATOR_MAX_BODY_BYTES', '8388608', 'largest accepted request body, in bytes'],
    ]);
  });

  it('lists the same settings as the Settings table of src/emulator/README.md', () => {
    const readme = readFileSync(join(ROOT, 'src', 'emulator', 'README.md'), 'utf8');
    const documented = [...readme.matchAll(/^\| `(EMULATOR_[A-Z_]+)` \|/gm)].map((m) => m[1]);
    const helped = [...runBin(['--help']).stdout.matchAll(/^ {2}(EMULATOR_[A-Z_]+) /gm)].map((m) => m[1]);
    expect(documented).toEqual(helped);
  });

  it('exits 2 naming an argument it does not take', () => {
    expect(runBin(['--port', '4100'])).toEqual({
      status: 2,
      stdout: '',
      stderr: 'emulator: unknown argument "--port": the settings are EMULATOR_* variables (see --help)\n',
    });
  });

  it('starts on EMULATOR_PORT=0, answers ListServers from the real SDK client, and exits 0 on SIGTERM', async () => {
    const child = await spawnEmulator(
      { EMULATOR_PORT: '0', EMULATOR_DATA: ':memory:', EMULATOR_STATE_TRANSITION_MS: '60000' },
      20_000,
      bin(),
    );
    const { ServerId, listed } = await createAndList(clientOf(child.endpoint));
    expect(listed).toEqual(oneServer(ServerId, 'STARTING'));
    child.process.kill('SIGTERM');
    expect(await child.exited).toEqual({ code: 0, signal: null });
    expect(child.output()).toEqual({ stdout: `Transfer Family emulator ready at ${child.endpoint} (state: :memory:)\n`, stderr: '' });
  });
});

describe('the emulator published alone (npm run pack:emulator)', () => {
  /** A project that has the package installed: under dist/, so that the package's own dependencies resolve from ours. */
  let project: string;
  let out: string;
  /** Every file below `dir`, relative to it. */
  const filesBelow = (dir: string): string[] =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((path) => statSync(join(dir, path)).isFile());

  beforeAll(() => {
    project = mkdtempSync(join(ROOT, 'dist', 'emulator-user-'));
    out = join(project, 'node_modules', 'transfer-emulator');
    stageEmulatorPackage(ROOT, out);
  });
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it('declares as dependencies exactly what its built code requires, pinned as the project pins them', () => {
    const required = new Set<string>();
    for (const path of filesBelow(out).filter((p) => p.endsWith('.js'))) {
      for (const [, name] of readFileSync(join(out, path), 'utf8').matchAll(/require\("([^".][^"]*)"\)/g)) {
        if (!name.startsWith('node:')) required.add(name);
      }
    }
    const manifest = JSON.parse(readFileSync(join(out, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.keys(manifest.dependencies)).toEqual([...required].sort());
    expect(manifest.dependencies).toEqual(Object.fromEntries(EMULATOR_DEPENDENCIES.map((name) => [name, MANIFEST.dependencies[name]])));
  });

  it('names as optional peers exactly the packages only its type declarations import', () => {
    const typed = new Set<string>();
    for (const path of filesBelow(out).filter((p) => p.endsWith('.d.ts'))) {
      for (const [, name] of readFileSync(join(out, path), 'utf8').matchAll(/from '([^'.][^']*)'/g)) {
        if (!name.startsWith('node:') && !EMULATOR_DEPENDENCIES.includes(name)) typed.add(name);
      }
    }
    // better-sqlite3 is a dependency; its types come from @types/better-sqlite3.
    expect([...typed].sort()).toEqual(EMULATOR_TYPE_PEERS.filter((name) => !name.startsWith('@types/')));
  });

  it('packs each emulator module built with its types, the model table, the README and the manifest, and nothing else', () => {
    const pack = spawnSync('npm', ['pack', '--dry-run', '--json', '--offline'], { cwd: out, encoding: 'utf8', timeout: 60_000 });
    const [tarball] = JSON.parse(pack.stdout) as [{ name: string; files: { path: string }[] }];
    const sources = readdirSync(join(ROOT, 'src', 'emulator'), { recursive: true, encoding: 'utf8' }).filter((p) => p.endsWith('.ts'));
    const built = sources.flatMap((p) => [p.replace(/\.ts$/, '.js'), p.replace(/\.ts$/, '.d.ts')]);
    expect(tarball.name).toBe('transfer-emulator');
    expect(tarball.files.map((f) => f.path).sort()).toEqual([...built, 'model/model.json', 'README.md', 'package.json'].sort());
  });

  it('starts by its name from a project that has it installed, answering the SDK client, and its bin prints its usage', async () => {
    const { startEmulator } = createRequire(join(project, 'index.js'))('transfer-emulator') as typeof Emulator;
    await expectServesOneServer(startEmulator);
    const manifest = JSON.parse(readFileSync(join(out, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    const help = spawnSync(process.execPath, [join(out, manifest.bin['transfer-emulator']), '--help'], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect({ status: help.status, firstLine: help.stdout.split('\n')[0] }).toEqual({
      status: 0,
      firstLine: 'Usage: transfer-emulator [--help]',
    });
  });
});
