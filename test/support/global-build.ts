import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
/** What `npm run emulator` runs; the durability and config tests spawn it. */
export const EMULATOR_ENTRY = join(ROOT, 'dist', 'src', 'emulator', 'main.js');
const STAMP = join(ROOT, 'dist', '.jest-build');
const INPUTS = ['src', 'bench', 'portal', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];
/** The portal's built page, which test/browser/portal.test.ts serves. */
const PORTAL_PAGE = join(ROOT, 'dist', 'portal', 'index.html');

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/**
 * Jest globalSetup: compiles the project once (`tsc -p tsconfig.build.json`, as `npm run build` does) so that tests
 * can run the real entry as a child process; skipped when nothing changed since the last build it made.
 */
export default function globalBuild(): void {
  const newestInput = Math.max(...INPUTS.map((p) => newestMtime(join(ROOT, p))));
  if (existsSync(EMULATOR_ENTRY) && existsSync(PORTAL_PAGE) && existsSync(STAMP) && statSync(STAMP).mtimeMs > newestInput) return;
  const started = Date.now();
  try {
    execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
      cwd: ROOT,
      stdio: 'pipe',
      timeout: 180_000,
    });
  } catch (error) {
    // tsc still emits when some file has type errors (someone's work in progress); the spawned entry is what matters.
    const output = String((error as { stdout?: Buffer }).stdout ?? error);
    if (!existsSync(EMULATOR_ENTRY) || statSync(EMULATOR_ENTRY).mtimeMs < started) {
      throw new Error(`jest globalSetup: tsc -p tsconfig.build.json did not produce ${EMULATOR_ENTRY}:\n${output}`);
    }
    console.warn(`\njest globalSetup: tsc reported errors (the build was emitted anyway):\n${output.split('\n').slice(0, 10).join('\n')}`);
    return;
  }
  // The portal's bundle, as the second half of `npm run build` makes it: with NODE_ENV=production, since Vite keeps
  // the NODE_ENV it is given, and jest's "test" would bundle React's development build.
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'portal/vite.config.mts', '--logLevel', 'warn'],
    { cwd: ROOT, stdio: 'pipe', timeout: 180_000, env: { ...process.env, NODE_ENV: 'production' } },
  );
  writeFileSync(STAMP, new Date().toISOString());
}
