import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runGatewayToExit } from '../support/built-gateway';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'embedded-store-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the built gateway with the embedded emulator on `dataPath`, expecting it to stop by itself within 20 s. */
const runToExit = (dataPath: string) => runGatewayToExit({ EMULATOR_PORT: '0', EMULATOR_DATA: dataPath });

describe('npm start with an embedded emulator store it cannot use', () => {
  it('exits 1 with one paragraph naming the file and what to do when the file is not a database', async () => {
    const dataPath = join(dir, 'garbage.sqlite');
    const garbage = Buffer.alloc(8192, 'not a database ');
    writeFileSync(dataPath, garbage);
    expect(await runToExit(dataPath)).toEqual({
      code: 1,
      signal: null,
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
      signal: null,
      stdout: '',
      stderr:
        `transfer-graph: the embedded emulator cannot use the state file EMULATOR_DATA=${dataPath}: the old JSON store ${dataPath} cannot be imported: ` +
        'it is not valid JSON (Unterminated string in JSON at position 29). Nothing was changed: repair or remove that file, then start again.\n',
    });
  });
});
