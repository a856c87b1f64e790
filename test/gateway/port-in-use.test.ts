import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What `npm start` runs (built by the jest globalSetup). */
const GATEWAY_ENTRY = join(__dirname, '..', '..', 'dist', 'src', 'main.js');

/** Runs the built gateway with `env` until it exits (at most 20 s), and answers its status and what it printed. */
function runToExit(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [GATEWAY_ENTRY], {
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      PLAYGROUND: 'false',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the gateway did not exit within 20 s: ${output}`));
    }, 20_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

let taken: Server;
let port: number;
let dir: string;
beforeAll(async () => {
  taken = createServer();
  await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
  port = (taken.address() as AddressInfo).port;
  dir = mkdtempSync(join(tmpdir(), 'tg-port-'));
});
afterAll(async () => {
  await new Promise((resolve) => taken.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

describe('a port already in use (the built entry, NODE_ENV=production)', () => {
  it('stops with status 1 and one line that says to change PORT', async () => {
    const result = await runToExit({ PORT: String(port), TRANSFER_ENDPOINT: 'http://127.0.0.1:9' });
    expect(result).toEqual({
      code: 1,
      output: `transfer-graph: port ${port} on 127.0.0.1 is already in use; set PORT to a free port (0 picks one)\n`,
    });
  });

  it('stops with status 1 and one line that says to change EMULATOR_PORT when the embedded emulator cannot listen', async () => {
    const result = await runToExit({
      PORT: '0',
      EMULATOR_PORT: String(port),
      EMULATOR_HOST: '127.0.0.1',
      EMULATOR_DATA: join(dir, 'state.db'),
    });
    expect(result).toEqual({
      code: 1,
      output: `transfer-graph: port ${port} on 127.0.0.1 is already in use; set EMULATOR_PORT to a free port (0 picks one)\n`,
    });
  });
});
