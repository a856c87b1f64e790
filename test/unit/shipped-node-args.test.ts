import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHIPPED_NODE_ARGS } from '../../bench/shipped-node-args';

const ROOT = join(__dirname, '..', '..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

describe('the node flags the gateway ships with (bench/shipped-node-args.ts)', () => {
  it('are the flags of npm start, before the entry point', () => {
    const start = (JSON.parse(read('package.json')) as { scripts: { start: string } }).scripts.start;
    expect(start).toBe(`node scripts/build.mjs && node ${SHIPPED_NODE_ARGS.join(' ')} dist/src/main.js`);
  });

  it("are the flags of the Docker image's command", () => {
    const cmd = read('Dockerfile')
      .split('\n')
      .filter((line) => line.startsWith('CMD '))
      .at(-1);
    expect(JSON.parse(cmd!.slice('CMD '.length))).toEqual(['node', ...SHIPPED_NODE_ARGS, 'dist/src/main.js']);
  });
});
