import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const DEPCRUISE = join(ROOT, 'node_modules', '.bin', 'depcruise');

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

/** Runs the real checker with the project's rules over `files` laid out in a scratch tree. */
function cruise(files: Record<string, string>): Violation[] {
  const dir = mkdtempSync(join(tmpdir(), 'deps-'));
  try {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'commonjs', strict: true } }));
    writeFileSync(join(dir, 'rules.cjs'), `module.exports = require(${JSON.stringify(join(ROOT, '.dependency-cruiser.cjs'))});`);
    const roots = ['src', 'scripts'].filter((root) => Object.keys(files).some((path) => path.startsWith(`${root}/`)));
    const run = spawnSync(DEPCRUISE, [...roots, '--config', 'rules.cjs', '--output-type', 'json'], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 60_000,
    });
    const result = JSON.parse(run.stdout) as { summary: { violations: Violation[] } };
    return result.summary.violations.map(({ rule, from, to }) => ({ rule: { name: rule.name }, from, to }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the dependency rules (.dependency-cruiser.cjs)', () => {
  it('refuse a deliberately added import cycle', () => {
    const violations = cruise({
      'src/gateway/a.ts': "import { b } from './b';\nexport const a = () => b;\n",
      'src/gateway/b.ts': "import { a } from './a';\nexport const b = () => a;\n",
    });
    expect(violations).toEqual([{ rule: { name: 'no-circular' }, from: 'src/gateway/a.ts', to: 'src/gateway/b.ts' }]);
  });

  it('refuse an emulator module that imports the gateway, and a gateway module or a script that imports the emulator', () => {
    const violations = cruise({
      'src/emulator/store.ts': "import { x } from '../gateway/x';\nexport const store = x;\n",
      'src/gateway/x.ts': 'export const x = 1;\n',
      'src/gateway/y.ts': "import { store } from '../emulator/store';\nexport const y = store;\n",
      'src/main.ts': "import { store } from './emulator/store';\nexport const main = store;\n",
      'scripts/generate.ts': "import type { Store } from '../src/emulator/store';\nexport type S = Store;\n",
    });
    expect(violations).toEqual([
      { rule: { name: 'emulator-self-contained' }, from: 'src/emulator/store.ts', to: 'src/gateway/x.ts' },
      { rule: { name: 'only-main-starts-the-emulator' }, from: 'scripts/generate.ts', to: 'src/emulator/store.ts' },
      { rule: { name: 'only-main-starts-the-emulator' }, from: 'src/gateway/y.ts', to: 'src/emulator/store.ts' },
    ]);
  });

  it('refuse an upstream module that reaches up into the schema, and an import that does not resolve', () => {
    const violations = cruise({
      'src/gateway/upstream/loaders.ts': "import { t } from '../schema/t';\nimport { gone } from './gone';\nexport const l = [t, gone];\n",
      'src/gateway/schema/t.ts': 'export const t = 1;\n',
    });
    expect(violations).toEqual([
      { rule: { name: 'no-unresolvable' }, from: 'src/gateway/upstream/loaders.ts', to: './gone' },
      { rule: { name: 'upstream-below-the-schema' }, from: 'src/gateway/upstream/loaders.ts', to: 'src/gateway/schema/t.ts' },
    ]);
  });

  it('refuse a layer that reaches up: request state into the schema, writes into plugins, the schema into HTTP', () => {
    const violations = cruise({
      'src/gateway/request/context.ts': "import { t } from '../schema/t';\nexport const c = t;\n",
      'src/gateway/writes/create-outcome.ts': "import { p } from '../plugins/p';\nexport const w = p;\n",
      'src/gateway/schema/t.ts': "import { h } from '../http/h';\nexport const t = h;\n",
      'src/gateway/plugins/p.ts': 'export const p = 1;\n',
      'src/gateway/http/h.ts': 'export const h = 1;\n',
    });
    expect(violations).toEqual([
      { rule: { name: 'request-below-the-writes' }, from: 'src/gateway/request/context.ts', to: 'src/gateway/schema/t.ts' },
      { rule: { name: 'schema-below-the-server' }, from: 'src/gateway/schema/t.ts', to: 'src/gateway/http/h.ts' },
      { rule: { name: 'writes-below-the-schema' }, from: 'src/gateway/writes/create-outcome.ts', to: 'src/gateway/plugins/p.ts' },
    ]);
  });

  it('refuse a gateway module that reads the configuration itself', () => {
    const violations = cruise({
      'src/config/index.ts': 'export const config = 1;\n',
      'src/gateway/http/server.ts': "import { config } from '../../config/index';\nexport const s = config;\n",
      'src/main.ts': "import { config } from './config/index';\nexport const main = config;\n",
    });
    expect(violations).toEqual([
      { rule: { name: 'config-read-only-by-main' }, from: 'src/gateway/http/server.ts', to: 'src/config/index.ts' },
    ]);
  });

  it('pass on a tree that keeps them', () => {
    const violations = cruise({
      'src/main.ts':
        "import { startEmulator } from './emulator/index';\nimport { gateway } from './gateway/index';\nexport const main = [startEmulator, gateway];\n",
      'src/emulator/index.ts': 'export const startEmulator = 1;\n',
      'src/gateway/index.ts': "import { loaders } from './upstream/loaders';\nexport const gateway = loaders;\n",
      'src/gateway/upstream/loaders.ts': 'export const loaders = 1;\n',
    });
    expect(violations).toEqual([]);
  });
});
