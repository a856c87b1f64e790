// @ts-check
/**
 * `npm run build`, and the first step of `npm start`: builds what changed since the last build, and nothing when
 * nothing did. Two parts, each with its own inputs: the server (tsc, incremental, into dist/src and dist/bench) and
 * the portal (Vite, into dist/portal). A part is rebuilt when the content of any of its input files differs from
 * what it was built from (recorded in dist/.build-stamp.json; mtimes are not trusted), when a file was added or
 * removed, or when its output is missing. `--force` rebuilds both; `--root <dir>` builds another project laid out
 * the same way (the spec builds a small one), with this project's tools.
 *
 * Plain JavaScript so that it runs before anything is compiled (a fresh clone: `npm ci && npm start`).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const rootArgument = process.argv.indexOf('--root');
const ROOT = rootArgument > 0 ? process.argv[rootArgument + 1] : fileURLToPath(new URL('..', import.meta.url));
const TOOLS = fileURLToPath(new URL('../node_modules/', import.meta.url));
const STAMP = join(ROOT, 'dist', '.build-stamp.json');
/** tsc's record of what it built (tsconfig.build.json names it): without the outputs it describes, it must go too. */
const TS_BUILD_INFO = join(ROOT, 'dist', '.tsbuildinfo');
const SHARED = ['package.json', 'package-lock.json'];

/** @typedef {{ inputs: string[]; output: string; build(): void }} Part */

/** @type {Record<string, Part>} */
const PARTS = {
  server: {
    inputs: ['src', 'bench', 'tsconfig.json', 'tsconfig.build.json', ...SHARED],
    output: join('dist', 'src', 'main.js'),
    build: () => node(join(TOOLS, 'typescript', 'bin', 'tsc'), ['-p', 'tsconfig.build.json']),
  },
  portal: {
    inputs: ['portal', ...SHARED],
    output: join('dist', 'portal', 'index.html'),
    build: () =>
      node(join(TOOLS, 'vite', 'bin', 'vite.js'), ['build', '--config', join('portal', 'vite.config.mts'), '--logLevel', 'warn']),
  },
};

/** @param {string} script @param {string[]} args */
function node(script, args) {
  execFileSync(process.execPath, [script, ...args], { cwd: ROOT, stdio: 'inherit' });
}

/**
 * The SHA-256 of every file under `inputs` (files or directories, relative to ROOT), by path with `/` separators.
 * @param {string[]} inputs
 * @returns {Record<string, string>}
 */
function digests(inputs) {
  /** @type {Record<string, string>} */
  const out = {};
  /** @param {string} path */
  const visit = (path) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) visit(join(path, name));
      return;
    }
    out[relative(ROOT, path).split(sep).join('/')] = createHash('sha256').update(readFileSync(path)).digest('hex');
  };
  for (const input of inputs) visit(join(ROOT, input));
  return out;
}

/**
 * Why a part must be rebuilt (its output missing, or the first input that changed, appeared or went), or undefined.
 * @param {Part} part @param {Record<string, string> | undefined} built @param {Record<string, string>} now
 */
function staleness(part, built, now) {
  if (!existsSync(join(ROOT, part.output))) return `${part.output.split(sep).join('/')} is missing`;
  if (!built) return 'no record of a finished build';
  for (const [file, digest] of Object.entries(now)) {
    if (!(file in built)) return `${file} is new`;
    if (built[file] !== digest) return `${file} changed`;
  }
  const gone = Object.keys(built).find((file) => !(file in now));
  return gone ? `${gone} was removed` : undefined;
}

/** @returns {Record<string, Record<string, string>>} */
function readStamp() {
  try {
    return JSON.parse(readFileSync(STAMP, 'utf8'));
  } catch {
    return {};
  }
}

function main() {
  const force = process.argv.includes('--force');
  const stamp = readStamp();
  const built = [];
  for (const [name, part] of Object.entries(PARTS)) {
    const now = digests(part.inputs);
    const why = force ? 'asked to (--force)' : staleness(part, stamp[name], now);
    if (!why) continue;
    console.log(`build: ${name} (${why})`);
    if (name === 'server' && (force || !existsSync(join(ROOT, part.output)))) rmSync(TS_BUILD_INFO, { force: true });
    // Forgotten first: a build that fails half-way leaves the part stale for the next run.
    delete stamp[name];
    mkdirSync(join(ROOT, 'dist'), { recursive: true });
    writeFileSync(STAMP, JSON.stringify(stamp));
    part.build();
    stamp[name] = now;
    writeFileSync(STAMP, JSON.stringify(stamp));
    built.push(name);
  }
  if (!built.length) console.log('build: up to date (nothing changed since the last build)');
}

try {
  main();
} catch (error) {
  // The tool has said what went wrong on the terminal already.
  process.exitCode = /** @type {{ status?: number }} */ (error).status ?? 1;
  if (!(/** @type {{ status?: number }} */ (error).status)) console.error(error);
}
