import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, unlinkSync, utimesSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const BUILD = join(ROOT, 'scripts', 'build.mjs');
/** tsc and Vite on a small project take seconds each; more on a loaded machine. */
const BUILD_TIMEOUT_MS = 180_000;

/** A small project with the same layout as ours: a server part (tsc) and a portal part (Vite). */
const PROJECT: Record<string, string> = {
  'package.json': '{ "name": "small", "private": true }\n',
  'package-lock.json': '{ "lockfileVersion": 3 }\n',
  'tsconfig.json': JSON.stringify({
    compilerOptions: { target: 'ES2022', module: 'commonjs', strict: true, outDir: 'dist', rootDir: '.', types: [], skipLibCheck: true },
  }),
  'tsconfig.build.json': JSON.stringify({
    extends: './tsconfig.json',
    compilerOptions: { incremental: true, tsBuildInfoFile: 'dist/.tsbuildinfo' },
    include: ['src', 'bench'],
  }),
  'src/main.ts': "export const greeting: string = 'one';\n",
  'bench/index.ts': 'export const rounds: number = 1;\n',
  'portal/vite.config.mts':
    "export default { root: import.meta.dirname, base: './', build: { outDir: '../dist/portal', emptyOutDir: true } };\n",
  'portal/index.html': '<!doctype html><html><body><script type="module" src="./main.js"></script></body></html>\n',
  'portal/main.js': "document.body.textContent = 'one';\n",
};

let dir: string;
const path = (file: string) => join(dir, file);
const write = (file: string, text: string) => {
  mkdirSync(dirname(path(file)), { recursive: true });
  writeFileSync(path(file), text);
};
const mtime = (file: string) => statSync(path(file)).mtimeMs;
const read = (file: string) => readFileSync(path(file), 'utf8');

/** Runs the build step on the small project: its exit status and the lines it printed of its own (not the tools'). */
function build(): { status: number | null; said: string[] } {
  const run = spawnSync(process.execPath, [BUILD, '--root', dir], { encoding: 'utf8', timeout: BUILD_TIMEOUT_MS });
  return { status: run.status, said: run.stdout.split('\n').filter((line) => line.startsWith('build: ')) };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'build-step-'));
  for (const [file, text] of Object.entries(PROJECT)) write(file, text);
  symlinkSync(join(ROOT, 'node_modules'), path('node_modules'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("npm start's build step (scripts/build.mjs)", () => {
  it('is the first step of npm start and the whole of npm run build', () => {
    const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    // What runs after the build (the entry and its node flags) is shipped-node-args.test.ts's to check.
    expect({ start: scripts.start.split(' && ')[0], build: scripts.build }).toEqual({
      start: 'node scripts/build.mjs',
      build: 'node scripts/build.mjs',
    });
  });

  it(
    'builds the server and the portal of a tree never built, saying why',
    () => {
      expect(build()).toEqual({
        status: 0,
        said: ['build: server (dist/src/main.js is missing)', 'build: portal (dist/portal/index.html is missing)'],
      });
      expect({ server: read('dist/src/main.js').includes("'one'"), portal: read('dist/portal/index.html').includes('<script') }).toEqual({
        server: true,
        portal: true,
      });
    },
    BUILD_TIMEOUT_MS,
  );

  it(
    'builds nothing when nothing changed since',
    () => {
      const before = [mtime('dist/src/main.js'), mtime('dist/portal/index.html')];
      expect(build()).toEqual({ status: 0, said: ['build: up to date (nothing changed since the last build)'] });
      expect([mtime('dist/src/main.js'), mtime('dist/portal/index.html')]).toEqual(before);
    },
    BUILD_TIMEOUT_MS,
  );

  it(
    'rebuilds the server alone when a source file changed, even one dated before the last build',
    () => {
      const portal = mtime('dist/portal/index.html');
      write('src/main.ts', "export const greeting: string = 'two';\n");
      utimesSync(path('src/main.ts'), new Date('2000-01-01'), new Date('2000-01-01'));
      expect(build()).toEqual({ status: 0, said: ['build: server (src/main.ts changed)'] });
      expect({ rebuilt: read('dist/src/main.js').includes("'two'"), portalUntouched: mtime('dist/portal/index.html') === portal }).toEqual({
        rebuilt: true,
        portalUntouched: true,
      });
    },
    BUILD_TIMEOUT_MS,
  );

  it(
    'rebuilds the portal alone when a portal file changed',
    () => {
      const server = mtime('dist/src/main.js');
      write('portal/main.js', "document.body.textContent = 'two';\n");
      expect(build()).toEqual({ status: 0, said: ['build: portal (portal/main.js changed)'] });
      expect(mtime('dist/src/main.js')).toBe(server);
    },
    BUILD_TIMEOUT_MS,
  );

  it(
    'rebuilds when a source file is added, and again when it is removed',
    () => {
      write('src/extra.ts', 'export const extra: number = 1;\n');
      const added = build();
      expect({ ...added, emitted: read('dist/src/extra.js').includes('extra') }).toEqual({
        status: 0,
        said: ['build: server (src/extra.ts is new)'],
        emitted: true,
      });
      unlinkSync(path('src/extra.ts'));
      expect(build()).toEqual({ status: 0, said: ['build: server (src/extra.ts was removed)'] });
    },
    BUILD_TIMEOUT_MS,
  );

  it(
    'rebuilds a part whose output is gone',
    () => {
      unlinkSync(path('dist/src/main.js'));
      expect(build()).toEqual({ status: 0, said: ['build: server (dist/src/main.js is missing)'] });
      expect(read('dist/src/main.js').includes("'two'")).toBe(true);
    },
    BUILD_TIMEOUT_MS,
  );

  it(
    'fails when the compiler does, and builds again on the next run once the error is fixed',
    () => {
      write('src/main.ts', 'export const greeting: number = "three";\n');
      const failed = build();
      expect({ failed: failed.status !== 0, said: failed.said }).toEqual({ failed: true, said: ['build: server (src/main.ts changed)'] });
      write('src/main.ts', "export const greeting: string = 'three';\n");
      expect(build()).toEqual({ status: 0, said: ['build: server (no record of a finished build)'] });
      expect(read('dist/src/main.js').includes("'three'")).toBe(true);
    },
    BUILD_TIMEOUT_MS,
  );
});
