import { Agent } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DescribeProfileCommand, TransferClient } from '@aws-sdk/client-transfer';
import { CANONICAL, queryText, type Answer, type CanonicalQuery, type Post } from './canonical';
import { graphqlClient } from './http-client';
import { callsOf, criticalPathMs, readInventory, withinCap, type CallPlan, type Inventory } from './lower-bound';
import { startNaiveGateway } from './naive/server';
import { hasRedisServer, startChild, startRedis, type Child } from './processes';
import { markdownTable, ms, percentile } from './table';

/** `npm run bench` runs from dist/bench after the build, beside dist/src. */
const GATEWAY_ENTRY = join(__dirname, '..', 'src', 'main.js');
const EMULATOR_ENTRY = join(__dirname, 'serve-emulator.js');
const REGION = 'us-east-1';
/** The gateway's defaults (UPSTREAM_CONCURRENCY_PER_REQUEST, UPSTREAM_CONCURRENCY), set explicitly. */
const PER_REQUEST_CAP = 16;
const PROCESS_CAP = 64;
const LATENCIES = [0, 20];
/** Wall-time samples per query and latency: up to MAX_SAMPLES, or fewer when SAMPLE_BUDGET_MS runs out (at least MIN_SAMPLES). */
const MAX_SAMPLES = 20;
const MIN_SAMPLES = 3;
const SAMPLE_BUDGET_MS = 2500;
const CLIENTS = [1, 16, 64];
const THROUGHPUT_MS = 3000;
const THROUGHPUT_WARM_UP_MS = 500;
const RSS_REQUESTS = 10_000;
const RSS_FIRST = 1000;
const IDENTICAL = 50;

type Dataset = 'demo' | 'large';

interface BenchEmulator {
  endpoint: string;
  sdk: TransferClient;
  stats(): Promise<{ requests: Record<string, number>; total: number }>;
  resetStats(): Promise<void>;
  setLatency(latencyMs: number): Promise<void>;
  stop(): Promise<void>;
}

async function startBenchEmulator(seed: Dataset): Promise<BenchEmulator> {
  const child = await startChild(EMULATOR_ENTRY, { BENCH_SEED: seed }, /ready at (http:\/\/\S+)/);
  const endpoint = child.ready[1];
  const sdk = new TransferClient({ endpoint, region: REGION, credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' }, maxAttempts: 1 });
  const hook = async (path: string, init?: RequestInit) => {
    const res = await fetch(`${endpoint}/_emulator/${path}`, init);
    if (!res.ok) throw new Error(`/_emulator/${path} answered ${res.status}`);
    return res;
  };
  return {
    endpoint,
    sdk,
    stats: async () => (await (await hook('stats')).json()) as { requests: Record<string, number>; total: number },
    resetStats: async () => void (await hook('stats/reset', { method: 'POST' })),
    setLatency: async (latencyMs) => void (await hook('config', { method: 'PUT', body: JSON.stringify({ latencyMs }) })),
    async stop() {
      sdk.destroy();
      await child.stop();
    },
  };
}

interface BenchGateway {
  child: Child;
  graphqlUrl: string;
  post: Post & { close(): void };
  stop(): Promise<void>;
}

/** The gateway as users run it (the built `npm start` entry) in its own process, in front of `endpoint`. */
async function startBenchGateway(endpoint: string, env: NodeJS.ProcessEnv = {}): Promise<BenchGateway> {
  const child = await startChild(
    GATEWAY_ENTRY,
    {
      TRANSFER_BACKEND: 'emulator',
      TRANSFER_ENDPOINT: endpoint,
      AWS_REGION: REGION,
      HOST: '127.0.0.1',
      PORT: '0',
      UPSTREAM_CONCURRENCY_PER_REQUEST: String(PER_REQUEST_CAP),
      UPSTREAM_CONCURRENCY: String(PROCESS_CAP),
      CACHE_TTL_MS: '0',
      REDIS_URL: '',
      ...env,
    },
    /GraphQL at (http:\/\/\S+?\/graphql)/,
  );
  const post = graphqlClient(child.ready[1]);
  return {
    child,
    graphqlUrl: child.ready[1],
    post,
    async stop() {
      post.close();
      await child.stop();
    },
  };
}

const ratio = (value: number, bound: number) => (bound === 0 ? '–' : (value / bound).toFixed(2));
const levelsOf = (plan: CallPlan) => plan.levels.map((l) => Object.values(l).reduce((a, b) => a + b, 0));

function summariseLevels(plan: CallPlan): string {
  const levels = levelsOf(plan);
  return levels.length > 4 && levels.every((n) => n === levels[0]) ? `${levels.length} × ${levels[0]}` : levels.join(' → ');
}

/** Table 1: AWS calls of each canonical query, gateway and naive, against the lower bound. */
async function callRows(dataset: Dataset, emulator: BenchEmulator, inventory: Inventory, gateway: Post, naive: Post): Promise<string[][]> {
  const rows: string[][] = [];
  for (const q of CANONICAL) {
    const least = callsOf(q.plan(inventory));
    await emulator.resetStats();
    const ours = await q.run(gateway, inventory, REGION);
    const received = (await emulator.stats()).total;
    await emulator.resetStats();
    const theirs = await q.run(naive, inventory, REGION);
    const naiveCalls = (await emulator.stats()).total;
    const notes = [
      ours.errors ? `gateway: ${ours.errors} errors` : '',
      theirs.errors ? `naive: ${theirs.errors} errors` : '',
      ours.reported.calls !== received ? `gateway reported ${ours.reported.calls}, emulator received ${received}` : '',
    ].filter(Boolean);
    rows.push([
      dataset,
      q.name,
      String(least),
      String(received),
      ratio(received, least),
      String(naiveCalls),
      ratio(naiveCalls, least),
      received === least ? 'ok' : 'MISSED',
      notes.join('; '),
    ]);
  }
  return rows;
}

/** Times `run` after an optional warm-up: up to MAX_SAMPLES, bounded by SAMPLE_BUDGET_MS. */
async function sample(run: () => Promise<unknown>, warmUp: boolean): Promise<number[]> {
  if (warmUp) await run();
  const times: number[] = [];
  const start = performance.now();
  while (times.length < MAX_SAMPLES && (times.length < MIN_SAMPLES || performance.now() - start < SAMPLE_BUDGET_MS)) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b);
}

/** Table 2: wall time of each canonical query against its critical path, at each emulator latency. */
async function wallRows(dataset: Dataset, emulator: BenchEmulator, inventory: Inventory, gateway: Post): Promise<string[][]> {
  const rows: string[][] = [];
  for (const latency of LATENCIES) {
    await emulator.setLatency(latency);
    for (const q of CANONICAL) {
      const plan = q.plan(inventory);
      const times = await sample(() => runChecked(q, gateway, inventory), latency === LATENCIES[0]);
      const critical = criticalPathMs(plan, latency, PER_REQUEST_CAP);
      const median = percentile(times, 50);
      const inCap = withinCap(plan, PER_REQUEST_CAP);
      const verdict = latency === 0 ? '' : median <= 1.5 * critical ? 'ok' : inCap ? 'MISSED' : 'over (fan-out > cap)';
      rows.push([
        dataset,
        q.name,
        `${latency} ms`,
        summariseLevels(plan),
        latency === 0 ? '–' : ms(critical),
        ms(median),
        ms(percentile(times, 95)),
        latency === 0 ? '–' : ratio(median, critical),
        String(times.length),
        verdict,
      ]);
    }
  }
  await emulator.setLatency(0);
  return rows;
}

async function runChecked(q: CanonicalQuery, post: Post, inventory: Inventory): Promise<void> {
  const run = await q.run(post, inventory, REGION);
  if (run.errors) throw new Error(`${q.name} answered with errors: ${JSON.stringify(run.answers.flatMap((a) => a.errors ?? []).slice(0, 3))}`);
}

interface LoadResult {
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
}

/** `clients` loops, each sending its next request when the last is answered, for `durationMs`. */
async function load(clients: number, durationMs: number, send: (i: number) => Promise<unknown>): Promise<LoadResult> {
  const latencies: number[] = [];
  let next = 0;
  const start = performance.now();
  const deadline = start + durationMs;
  const worker = async () => {
    while (performance.now() < deadline) {
      const t = performance.now();
      await send(next++);
      latencies.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: clients }, worker));
  const elapsed = performance.now() - start;
  latencies.sort((a, b) => a - b);
  return { requests: latencies.length, perSecond: (latencies.length / elapsed) * 1000, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

/** Table 3: the small query through the gateway against a raw SDK loop making the same DescribeProfile calls. */
async function throughputRows(emulator: BenchEmulator, inventory: Inventory, gateway: BenchGateway): Promise<string[][]> {
  const ids = inventory.profiles.map((p) => p.ProfileId!);
  const small = queryText('small');
  const rows: string[][] = [];
  for (const clients of CLIENTS) {
    const post = graphqlClient(gateway.graphqlUrl, clients);
    const viaGateway = async (i: number) => {
      const answer = await post(small, { id: ids[i % ids.length] });
      if (answer.errors || answer.extensions?.cost?.upstream?.calls !== 1) throw new Error(`small query: ${JSON.stringify(answer)}`);
    };
    const sdk = new TransferClient({
      endpoint: emulator.endpoint,
      region: REGION,
      credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' },
      maxAttempts: 1,
      requestHandler: { httpAgent: new Agent({ keepAlive: true, maxSockets: clients }) },
    });
    const raw = (i: number) => sdk.send(new DescribeProfileCommand({ ProfileId: ids[i % ids.length] }));
    try {
      await load(clients, THROUGHPUT_WARM_UP_MS, viaGateway);
      const g = await load(clients, THROUGHPUT_MS, viaGateway);
      await load(clients, THROUGHPUT_WARM_UP_MS, raw);
      const r = await load(clients, THROUGHPUT_MS, raw);
      const share = g.perSecond / r.perSecond;
      rows.push([
        String(clients),
        g.perSecond.toFixed(0),
        ms(g.p50),
        ms(g.p99),
        r.perSecond.toFixed(0),
        ms(r.p50),
        ms(r.p99),
        share.toFixed(2),
        clients === 16 ? (share >= 0.7 ? 'ok' : 'MISSED') : '',
      ]);
    } finally {
      post.close();
      sdk.destroy();
    }
  }
  return rows;
}

/** Sends `count` requests from `clients` loops. */
async function requests(count: number, clients: number, send: (i: number) => Promise<void>, offset = 0): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) await send(offset + next++);
  };
  await Promise.all(Array.from({ length: clients }, worker));
}

/**
 * Table 4: RSS of a fresh gateway process before and after 10,000 requests: nine small queries, then one of the
 * single-request canonical queries in turn (the first page of the walk for ProfilesWalk), at 16 concurrent clients.
 */
async function rssRow(emulator: BenchEmulator, inventory: Inventory): Promise<{ row: string[]; detail: string }> {
  const gateway = await startBenchGateway(emulator.endpoint);
  try {
    const ids = inventory.profiles.map((p) => p.ProfileId!);
    const small = queryText('small');
    const oneRequest = CANONICAL.map((q) => (q.name === 'ProfilesWalk' ? { ...q, run: (post: Post) => post(queryText(q.file)) } : q));
    const send = async (i: number) => {
      let answer: Answer;
      if (i % 10 === 9) {
        const q = oneRequest[Math.floor(i / 10) % oneRequest.length];
        const run = await q.run(gateway.post, inventory, REGION);
        answer = 'answers' in run ? run.answers[0] : run;
      } else {
        answer = await gateway.post(small, { id: ids[i % ids.length] });
      }
      if (answer.errors) throw new Error(`request ${i} answered with errors: ${JSON.stringify(answer.errors.slice(0, 3))}`);
    };
    const idle = gateway.child.rssMb();
    const start = performance.now();
    await requests(RSS_FIRST, 16, send);
    const afterFirst = gateway.child.rssMb();
    await requests(RSS_REQUESTS - RSS_FIRST, 16, send, RSS_FIRST);
    const afterAll = gateway.child.rssMb();
    const seconds = (performance.now() - start) / 1000;
    const growth = afterAll / afterFirst - 1;
    return {
      row: [ms(idle), ms(afterFirst), ms(afterAll), `${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)}%`, Math.abs(growth) <= 0.1 ? 'ok' : 'MISSED'],
      detail: `${RSS_REQUESTS.toLocaleString('en-US')} requests in ${seconds.toFixed(1)} s.`,
    };
  } finally {
    await gateway.stop();
  }
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Sends IDENTICAL PartnerGraph queries at once, spread over `posts`; returns the AWS calls the emulator received. */
async function identicalBurst(emulator: BenchEmulator, posts: Post[], inventory: Inventory): Promise<number> {
  const partnerGraph = CANONICAL.find((q) => q.name === 'PartnerGraph')!;
  await emulator.resetStats();
  const runs = await Promise.all(Array.from({ length: IDENTICAL }, (_, i) => partnerGraph.run(posts[i % posts.length], inventory, REGION)));
  if (runs.some((r) => r.errors)) throw new Error('PartnerGraph answered with errors in the burst');
  if (new Set(runs.map((r) => JSON.stringify(r.answers[0].data))).size !== 1) throw new Error('the burst got different answers');
  return (await emulator.stats()).total;
}

/** Table 5: AWS calls of 50 concurrent identical PartnerGraph queries, cache off and on (in-process; Redis when installed). */
async function cacheRows(emulator: BenchEmulator, inventory: Inventory, uncached: BenchGateway): Promise<string[][]> {
  const one = callsOf(CANONICAL[0].plan(inventory));
  const row = (mode: string, wave: string, calls: number) => [mode, wave, String(calls), (calls / IDENTICAL).toFixed(2), ratio(calls, one)];
  const rows = [['(one query alone)', '', String(one), '', '1.00'], row('off', 'cold', await identicalBurst(emulator, [uncached.post], inventory))];
  const cached = await startBenchGateway(emulator.endpoint, { CACHE_TTL_MS: '60000' });
  try {
    rows.push(row('in-process, 1 gateway', 'cold', await identicalBurst(emulator, [cached.post], inventory)));
    rows.push(row('in-process, 1 gateway', 'warm', await identicalBurst(emulator, [cached.post], inventory)));
  } finally {
    await cached.stop();
  }
  if (!hasRedisServer()) return [...rows, ['Redis', 'skipped: no redis-server on PATH', '', '', '']];
  const port = await freePort();
  const redis = await startRedis(port);
  const replicas: BenchGateway[] = [];
  try {
    const env = { CACHE_TTL_MS: '60000', REDIS_URL: `redis://127.0.0.1:${port}` };
    replicas.push(await startBenchGateway(emulator.endpoint, env), await startBenchGateway(emulator.endpoint, env));
    rows.push(row('Redis, 2 replicas (25 each)', 'cold', await identicalBurst(emulator, replicas.map((r) => r.post), inventory)));
    rows.push(row('Redis, 2 replicas (25 each)', 'warm', await identicalBurst(emulator, replicas.map((r) => r.post), inventory)));
  } finally {
    for (const r of replicas) await r.stop();
    await redis.stop();
  }
  return rows;
}

/**
 * The gateway benchmark: on the demo data and on the large set at the AWS quotas, each canonical query's AWS calls
 * (gateway and naive resolvers) against the lower bound, and its wall time against the critical path at emulator
 * latency 0 and 20 ms; on the demo data, throughput of a small query against the raw SDK, RSS over 10,000 requests,
 * and the shared cache under 50 identical concurrent queries. Everything runs on 127.0.0.1, each server in its own
 * process (emulator, gateway), the load from this one.
 */
export async function benchGateway(): Promise<string> {
  const calls: string[][] = [];
  const walls: string[][] = [];
  let throughput: string[][] = [];
  let rss: { row: string[]; detail: string } | undefined;
  let cache: string[][] = [];
  const setup: string[] = [];
  for (const dataset of ['demo', 'large'] as const) {
    const started = performance.now();
    const emulator = await startBenchEmulator(dataset);
    let gateway: BenchGateway | undefined;
    let naive: Awaited<ReturnType<typeof startNaiveGateway>> | undefined;
    try {
      const inventory = await readInventory(emulator.sdk);
      setup.push(
        `${dataset}: ${inventory.servers.length} servers, ${[...inventory.agreementsByServer.values()].flat().length} agreements, ` +
          `${inventory.profiles.length} profiles, ${inventory.certificates.length} certificates, ${inventory.connectors.length} connectors ` +
          `(seeded and read in ${((performance.now() - started) / 1000).toFixed(1)} s)`,
      );
      gateway = await startBenchGateway(emulator.endpoint);
      naive = await startNaiveGateway(emulator.endpoint, REGION);
      const naivePost = graphqlClient(naive.graphqlUrl);
      try {
        calls.push(...(await callRows(dataset, emulator, inventory, gateway.post, naivePost)));
      } finally {
        naivePost.close();
      }
      walls.push(...(await wallRows(dataset, emulator, inventory, gateway.post)));
      if (dataset === 'demo') {
        throughput = await throughputRows(emulator, inventory, gateway);
        rss = await rssRow(emulator, inventory);
        cache = await cacheRows(emulator, inventory, gateway);
      }
    } finally {
      await naive?.close();
      await gateway?.stop();
      await emulator.stop();
    }
  }
  return [
    `Gateway (built \`npm start\` entry in its own process; emulator in another; load from the bench process; 127.0.0.1; node ${process.version}; ` +
      `UPSTREAM_CONCURRENCY_PER_REQUEST=${PER_REQUEST_CAP}, UPSTREAM_CONCURRENCY=${PROCESS_CAP}, cache off unless said)`,
    ...setup.map((line) => `- ${line}`),
    '',
    '1. AWS calls of each canonical query vs the lower bound (distinct resources that must be described + List pages), cold',
    markdownTable(['data', 'query', 'lower bound', 'gateway', 'ratio', 'naive', 'naive ratio', 'target 1.00', 'notes'], calls),
    '',
    `2. Wall time vs critical path (Σ over dependent levels of ⌈calls / ${PER_REQUEST_CAP}⌉ × latency), ms; target median ≤ 1.5 × critical path at 20 ms`,
    markdownTable(['data', 'query', 'latency', 'calls per level', 'critical path', 'median', 'p95', 'median / critical', 'n', 'verdict'], walls),
    '',
    '3. Small query (one profile, one DescribeProfile) through the gateway vs a raw @aws-sdk/client-transfer loop, emulator latency 0, demo data',
    markdownTable(['clients', 'gateway req/s', 'p50 ms', 'p99 ms', 'raw SDK req/s', 'p50 ms', 'p99 ms', 'gateway / raw', 'target ≥ 0.70 at 16'], throughput),
    '',
    `4. Gateway process RSS, MB (fresh process; 9 small queries then 1 canonical query, at 16 clients, demo data)`,
    markdownTable(['idle', `after ${RSS_FIRST.toLocaleString('en-US')}`, `after ${RSS_REQUESTS.toLocaleString('en-US')}`, 'change', 'target ±10%'], rss ? [rss.row] : []),
    rss?.detail ?? '',
    '',
    `5. AWS calls for ${IDENTICAL} concurrent identical PartnerGraph queries (demo data)`,
    markdownTable(['shared cache', 'wave', 'AWS calls', 'per query', 'vs one query'], cache),
  ].join('\n');
}
