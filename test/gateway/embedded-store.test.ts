import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What `npm start` runs (built by the jest globalSetup). */
const GATEWAY_ENTRY = join(__dirname, '..', '..', 'dist', 'src', 'main.js');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'embedded-store-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the built gateway with the embedded emulator on `dataPath`, expecting it to stop by itself within 20 s. */
function runToExit(dataPath: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('EMULATOR_') && name !== 'TRANSFER_ENDPOINT'));
  const child = spawn(process.execPath, [GATEWAY_ENTRY], {
    env: { ...env, NODE_ENV: 'production', PORT: '0', HOST: '127.0.0.1', EMULATOR_PORT: '0', EMULATOR_DATA: dataPath, LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  return new Promise((resolve) =>
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    }),
  );
}

describe('npm start with an embedded emulator store it cannot use', () => {
  it('exits 1 with one paragraph naming the file and what to do when the file is not a database', async () => {
    const dataPath = join(dir, 'garbage.sqlite');
    const garbage = Buffer.alloc(8192, 'not a database ');
    writeFileSync(dataPath, garbage);
    expect(await runToExit(dataPath)).toEqual({
      code: 1,
      stdout: '',
      stderr:
        `transfer-graph: the embedded emulator cannot use the state file EMULATOR_DATA=${dataPath}: it is damaged (file is not a database). ` +
        'It was left as it is: restore it from a backup, or move it away to start with an empty emulator.\n',
    });
    expect(readFileSync(dataPath).equals(garbage)).toBe(true);
  });

  it('exits 1 with one paragraph naming the file and what to do when an old JSON snapshot is truncated', async () => {
    const dataPath = join(dir, 'truncated.json');
    writeFileSync(dataPath, '{"version":1,"secret":"x","se');
    expect(await runToExit(dataPath)).toEqual({
      code: 1,
      stdout: '',
      stderr:
        `transfer-graph: the embedded emulator cannot use the state file EMULATOR_DATA=${dataPath}: the old JSON store ${dataPath} cannot be imported: ` +
        'it is not valid JSON (Unterminated string in JSON at position 29). Nothing was changed: repair or remove that file, then start again.\n',
    });
  });
});
