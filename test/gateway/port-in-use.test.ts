import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runGatewayToExit } from '../support/built-gateway';

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
    const result = await runGatewayToExit({ PORT: String(port), TRANSFER_ENDPOINT: 'http://127.0.0.1:9' });
    expect(result).toEqual({
      code: 1,
      signal: null,
      stdout: '',
      stderr: `transfer-graph: port ${port} on 127.0.0.1 is already in use; set PORT to a free port (0 picks one)\n`,
    });
  });

  it('stops with status 1 and one line that says to change EMULATOR_PORT when the embedded emulator cannot listen', async () => {
    const result = await runGatewayToExit({
      PORT: '0',
      EMULATOR_PORT: String(port),
      EMULATOR_HOST: '127.0.0.1',
      EMULATOR_DATA: join(dir, 'state.db'),
    });
    expect(result).toEqual({
      code: 1,
      signal: null,
      stdout: '',
      stderr: `transfer-graph: port ${port} on 127.0.0.1 is already in use; set EMULATOR_PORT to a free port (0 picks one)\n`,
    });
  });
});
