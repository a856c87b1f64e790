import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The checkout `npm run bench` runs from (dist/bench/..). */
const ROOT = join(__dirname, '..', '..');

const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', timeout: 30_000 }).trim();

/** A build of another commit of the gateway, to measure against in the same run. */
export interface BaselineBuild {
  /** The commit, abbreviated, and how many commits lie between it and HEAD. */
  commit: string;
  behind: number;
  /** Its `dist/src/main.js`. */
  entry: string;
  /** Deletes the build. */
  remove(): void;
}

/**
 * The parent of the first commit that added `path`: the newest tree without it. Undefined outside a git checkout or
 * when no commit added it.
 */
export function commitBefore(path: string): string | undefined {
  try {
    const adding = git('log', '--diff-filter=A', '--format=%H', '--', path).split('\n').filter(Boolean);
    return adding.length ? `${adding[adding.length - 1]}^` : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Builds the gateway of commit `rev` (`tsc -p tsconfig.build.json`, as `npm run build` does, without the portal) in a
 * temporary directory, from `git archive`, with this checkout's node_modules: good for commits whose dependencies
 * this checkout's include.
 */
export function buildBaseline(rev: string): BaselineBuild {
  const commit = git('rev-parse', '--short', rev);
  const dir = mkdtempSync(join(tmpdir(), `transfer-graph-${commit}-`));
  try {
    return buildIn(dir, commit);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

function buildIn(dir: string, commit: string): BaselineBuild {
  const archive = join(dir, 'source.tar');
  git('archive', '--format=tar', `--output=${archive}`, commit);
  execFileSync('tar', ['-xf', archive, '-C', dir], { timeout: 60_000 });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  try {
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], {
      cwd: dir,
      stdio: 'pipe',
      timeout: 600_000,
    });
  } catch (error) {
    // tsc emits even when it reports type errors; the entry is what matters.
    if (!existsSync(join(dir, 'dist', 'src', 'main.js')))
      throw new Error(`building ${commit} failed: ${String((error as { stdout?: Buffer }).stdout ?? error)}`);
  }
  return {
    commit,
    behind: Number(git('rev-list', '--count', `${commit}..HEAD`)),
    entry: join(dir, 'dist', 'src', 'main.js'),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
