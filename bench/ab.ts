/**
 * A/B of two commits in one run: `npm run build && node dist/bench/ab.js <commit A> <commit B> [small|large|both] [rounds]`.
 * Builds each commit (git archive into a directory under the system's temp dir, node_modules linked from here, tsc)
 * once, starts both gateways against one emulator and alternates them round by round, so that the machine's
 * changing speed falls on both alike: the ratio B / A of one run is the result, not the absolute figures.
 * `small`: CPU per request of `servers(first: 5)` at 16 clients; `large`: CPU per AWS call of the large PartnerGraph;
 * `warm`: CPU and wall time of the large PartnerGraph from a warm in-process cache (CACHE_TTL_MS=60000).
 * Node flags for either gateway: AB_NODE_ARGS_A / AB_NODE_ARGS_B (space-separated).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CANONICAL, queryText } from './canonical';
import { alternate, LARGE_QUERY_ENV, loadRound, measured, smallQuery, type Round } from './cpu';
import { load, startBenchEmulator, startBenchGateway, type BenchEmulator, type BenchGateway } from './gateway';
import { graphqlClient } from './http-client';
import { markdownTable } from './table';

const ROOT = join(__dirname, '..', '..');
const BUILDS = join(tmpdir(), 'transfer-graph-ab');

/** The full hash of `ref` in this repository. */
const resolveCommit = (ref: string) =>
  execFileSync('git', ['rev-parse', '--verify', `${ref}^{commit}`], { cwd: ROOT, encoding: 'utf8' }).trim();

/** The built gateway entry of `commit`, building it first when this machine has not yet. */
function build(commit: string): string {
  const dir = join(BUILDS, commit);
  const entry = join(dir, 'dist', 'src', 'main.js');
  if (existsSync(entry)) return entry;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync('sh', ['-c', `git archive ${commit} | tar -x -C '${dir}'`], { cwd: ROOT, stdio: 'inherit' });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  console.log(`building ${commit.slice(0, 8)} in ${dir}`);
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], {
    cwd: dir,
    stdio: 'inherit',
  });
  return entry;
}

const nodeArgs = (name: string) => (process.env[name] ?? '').split(' ').filter(Boolean);

async function startBoth(
  emulator: BenchEmulator,
  entries: [string, string],
  env: NodeJS.ProcessEnv,
): Promise<[BenchGateway, BenchGateway]> {
  const a = await startBenchGateway(emulator.endpoint, { PORTAL: 'false', ...env }, nodeArgs('AB_NODE_ARGS_A'), {
    entry: entries[0],
    cpuProbe: true,
  });
  const b = await startBenchGateway(emulator.endpoint, { PORTAL: 'false', ...env }, nodeArgs('AB_NODE_ARGS_B'), {
    entry: entries[1],
    cpuProbe: true,
  });
  return [a, b];
}

/** CPU per small request of each build, alternating ROUND_MS rounds. */
async function small(entries: [string, string], rounds: number): Promise<Record<'A' | 'B', Round>> {
  const emulator = await startBenchEmulator('demo');
  const gateways = await startBoth(emulator, entries, { REQUEST_DEADLINE_MS: '' });
  const posts = gateways.map((g) => graphqlClient(g.graphqlUrl, 16));
  try {
    const sends = posts.map((post) => smallQuery(post));
    for (const send of sends) await load(16, 3000, send);
    return await alternate(rounds, { A: loadRound(gateways[0].child.cpuMs, sends[0]), B: loadRound(gateways[1].child.cpuMs, sends[1]) });
  } finally {
    for (const post of posts) post.close();
    for (const g of gateways) await g.stop();
    await emulator.stop();
  }
}

/** CPU per AWS call of the large PartnerGraph of each build (per run, from a warm cache), alternating one run each. */
async function large(entries: [string, string], rounds: number, warm = false): Promise<Record<'A' | 'B', Round>> {
  const emulator = await startBenchEmulator('large');
  const gateways = await startBoth(emulator, entries, warm ? { ...LARGE_QUERY_ENV, CACHE_TTL_MS: '60000' } : LARGE_QUERY_ENV);
  const partnerGraph = queryText(CANONICAL[0].file);
  try {
    const run = (gateway: BenchGateway) => async () => {
      const answer = await gateway.post(partnerGraph);
      if (answer.errors) throw new Error(`PartnerGraph: ${JSON.stringify(answer.errors.slice(0, 3))}`);
      return { units: warm ? 1 : answer.extensions!.cost!.upstream!.calls };
    };
    for (const g of gateways) await run(g)();
    if (warm) for (const g of gateways) await run(g)();
    return await alternate(rounds, {
      A: () => measured(gateways[0].child.cpuMs, run(gateways[0])),
      B: () => measured(gateways[1].child.cpuMs, run(gateways[1])),
    });
  } finally {
    for (const g of gateways) await g.stop();
    await emulator.stop();
  }
}

async function main(): Promise<void> {
  const [refA, refB, what = 'both', roundsText] = process.argv.slice(2);
  if (!refA || !refB || !['small', 'large', 'both', 'warm'].includes(what))
    throw new Error('usage: node dist/bench/ab.js <commit A> <commit B> [small|large|both|warm] [rounds]');
  const commits = [resolveCommit(refA), resolveCommit(refB)];
  const entries = commits.map(build) as [string, string];
  const rows: string[][] = [];
  const row = (scenario: string, unit: string, r: Record<'A' | 'B', Round>) => {
    const a = r.A.cpuMs / r.A.units;
    const b = r.B.cpuMs / r.B.units;
    const wall = (x: Round) => `, ${(x.ms / x.units).toFixed(1)} ms wall`;
    const withWall = unit === 'run';
    rows.push([
      scenario,
      `${a.toFixed(3)} ms per ${unit}${withWall ? wall(r.A) : ''}`,
      `${b.toFixed(3)} ms per ${unit}${withWall ? wall(r.B) : ''}`,
      (b / a).toFixed(3),
      `${r.A.units} / ${r.B.units}`,
    ]);
    console.log(`${scenario}: B / A = ${(b / a).toFixed(3)}`);
  };
  if (what === 'small' || what === 'both') row('servers(first: 5), 16 clients', 'request', await small(entries, Number(roundsText ?? 6)));
  if (what === 'large' || what === 'both') row('large PartnerGraph', 'call', await large(entries, Number(roundsText ?? 4)));
  if (what === 'warm') row('large PartnerGraph, warm cache', 'run', await large(entries, Number(roundsText ?? 8), true));
  console.log(
    `A = ${refA} (${commits[0].slice(0, 8)}) ${nodeArgs('AB_NODE_ARGS_A').join(' ')}; B = ${refB} (${commits[1].slice(0, 8)}) ${nodeArgs('AB_NODE_ARGS_B').join(' ')}`,
  );
  console.log(markdownTable(['scenario', 'A CPU', 'B CPU', 'B / A', 'units A / B'], rows));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error((error as Error).stack ?? error);
    process.exit(1);
  },
);
