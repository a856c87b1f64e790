import { SHIPPED_NODE_ARGS } from './shipped-node-args';
import { Agent } from 'node:http';
import { createServer } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DescribeProfileCommand, TransferClient } from '@aws-sdk/client-transfer';
import { CANONICAL, queryText, type Answer, type CanonicalQuery, type Post } from './canonical';
import { graphqlClient } from './http-client';
import { callsOf, criticalPathMs, readInventory, withinCap, type CallPlan, type Inventory } from './lower-bound';
import { startNaiveGateway } from './naive/server';
import { cpuMsOf, hasRedisServer, liveHeapMb, startChild, startRedis, type Child, type ChildOptions } from './processes';
import { markdownTable, ms, percentile } from './table';

/** `npm run bench` runs from dist/bench after the build, beside dist/src. */
const GATEWAY_ENTRY = join(__dirname, '..', 'src', 'main.js');

const EMULATOR_ENTRY = join(__dirname, 'serve-emulator.js');
const REGION = 'us-east-1';
/** The gateway's defaults (UPSTREAM_CONCURRENCY_PER_REQUEST, UPSTREAM_CONCURRENCY), set explicitly. */
const PER_REQUEST_CAP = 16;
const PROCESS_CAP = 64;
const LATENCIES = [0, 20];
/** A per-request cap as wide as every level of the demo queries (UPSTREAM_CONCURRENCY_PER_REQUEST=100). */
const WIDE_CAP = 100;
/** Wall-time samples per query and latency: up to MAX_SAMPLES, or fewer when SAMPLE_BUDGET_MS runs out (at least MIN_SAMPLES). */
const MAX_SAMPLES = 20;
const MIN_SAMPLES = 3;
const SAMPLE_BUDGET_MS = 2500;
const CLIENTS = [1, 16, 64];
const THROUGHPUT_LATENCIES = [0, 20];
const THROUGHPUT_MS = 4000;
const THROUGHPUT_WARM_UP_MS = 1000;
/** A freshly started gateway process needs longer before its hot paths are compiled. */
const FRESH_PROCESS_WARM_UP_MS = 5000;
const RSS_REQUESTS = 10_000;
const RSS_FIRST = 1000;
/** In the RSS run, every 50th request is one of the canonical queries, the others the small query. */
const CANONICAL_EVERY = 50;
const IDENTICAL = 50;

export type Dataset = 'demo' | 'large';

export interface BenchEmulator {
  endpoint: string;
  pid: number;
  sdk: TransferClient;
  stats(): Promise<{ requests: Record<string, number>; total: number }>;
  resetStats(): Promise<void>;
  setLatency(latencyMs: number): Promise<void>;
  stop(): Promise<void>;
}

export async function startBenchEmulator(seed: Dataset): Promise<BenchEmulator> {
  const child = await startChild(EMULATOR_ENTRY, { BENCH_SEED: seed }, /ready at (http:\/\/\S+)/);
  const endpoint = child.ready[1];
  const sdk = new TransferClient({
    endpoint,
    region: REGION,
    credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' },
    maxAttempts: 1,
  });
  const hook = async (path: string, init?: RequestInit) => {
    const res = await fetch(`${endpoint}/_emulator/${path}`, init);
    if (!res.ok) throw new Error(`/_emulator/${path} answered ${res.status}`);
    return res;
  };
  return {
    endpoint,
    pid: child.process.pid!,
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

export interface BenchGateway {
  child: Child;
  graphqlUrl: string;
  post: Post & { close(): void };
  stop(): Promise<void>;
}

/** The gateway as users run it (the built `npm start` entry) in its own process, in front of `endpoint`. */
export async function startBenchGateway(
  endpoint: string,
  env: NodeJS.ProcessEnv = {},
  nodeArgs: string[] = [],
  /** `entry`: another build's main.js (bench/ab.ts); the CPU probe for CPU readings. */
  options: ChildOptions & { entry?: string } = {},
): Promise<BenchGateway> {
  const child = await startChild(
    options.entry ?? GATEWAY_ENTRY,
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
      // As deployed (the Docker image sets it); the per-principal cost budget and the query cost limit would refuse a load test.
      NODE_ENV: 'production',
      COST_BUDGET_PER_MINUTE: '0',
      QUERY_MAX_COST: '100000000',
      // The bench counts and times whole answers; the 10 s default would cut the cold 50-query burst short on a busy machine.
      REQUEST_DEADLINE_MS: '60000',
      ...env,
    },
    /GraphQL at (http:\/\/\S+?\/graphql)/,
    120_000,
    // Later flags win: `nodeArgs` may override the shipped ones.
    [...SHIPPED_NODE_ARGS, ...nodeArgs],
    options,
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

/**
 * Table 1: AWS calls of each canonical query, gateway and naive, against both bounds: per object (each distinct
 * object the query needs more than its keys of, described) and the best plan (List pages instead of Describes where
 * only List members are needed and that is cheaper). The target is the best plan.
 */
async function callRows(dataset: Dataset, emulator: BenchEmulator, inventory: Inventory, gateway: Post, naive: Post): Promise<string[][]> {
  const rows: string[][] = [];
  for (const q of CANONICAL) {
    const perObject = callsOf(q.plan(inventory, 'perObject'));
    const best = callsOf(q.plan(inventory, 'best'));
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
      String(perObject),
      String(best),
      String(received),
      ratio(received, best),
      String(naiveCalls),
      ratio(naiveCalls, best),
      received === best ? 'ok' : 'MISSED',
      notes.join('; '),
    ]);
  }
  return rows;
}

const CALLS_HEADER = [
  'data',
  'query',
  'per-object bound',
  'best plan',
  'gateway',
  'gateway / best',
  'naive',
  'naive / best',
  'target: gateway = best',
  'notes',
];
const CALLS_TITLE =
  '1. AWS calls of each canonical query, cold: the per-object bound (each distinct object needed beyond its keys described, plus List pages), ' +
  'the best plan (a List read instead of Describes where only List members are needed and it is cheaper) and the calls made';

/** A dataset's emulator with its inventory read, for `use`; stopped afterwards. */
async function withDataset<T>(
  dataset: Dataset,
  use: (emulator: BenchEmulator, inventory: Inventory, setup: string) => Promise<T>,
): Promise<T> {
  const started = performance.now();
  const emulator = await startBenchEmulator(dataset);
  try {
    const inventory = await readInventory(emulator.sdk);
    const setup =
      `${dataset}: ${inventory.servers.length} servers, ${[...inventory.agreementsByServer.values()].flat().length} agreements, ` +
      `${inventory.profiles.length} profiles, ${inventory.certificates.length} certificates, ${inventory.connectors.length} connectors ` +
      `(seeded and read in ${((performance.now() - started) / 1000).toFixed(1)} s)`;
    return await use(emulator, inventory, setup);
  } finally {
    await emulator.stop();
  }
}

/** Table 1 on one dataset: `gateway` against the naive resolvers (started for it). */
async function callsTable(emulator: BenchEmulator, inventory: Inventory, dataset: Dataset, gateway: BenchGateway): Promise<string[][]> {
  const naive = await startNaiveGateway(emulator.endpoint, REGION);
  const naivePost = graphqlClient(naive.graphqlUrl);
  try {
    return await callRows(dataset, emulator, inventory, gateway.post, naivePost);
  } finally {
    naivePost.close();
    await naive.close();
  }
}

/** Only table 1 (`node dist/bench/index.js gateway:calls`): printed, not written to the report. */
export async function benchGatewayCalls(): Promise<string> {
  const rows: string[][] = [];
  const setup: string[] = [];
  for (const dataset of ['demo', 'large'] as const) {
    await withDataset(dataset, async (emulator, inventory, line) => {
      setup.push(line);
      const gateway = await startBenchGateway(emulator.endpoint);
      try {
        rows.push(...(await callsTable(emulator, inventory, dataset, gateway)));
      } finally {
        await gateway.stop();
      }
    });
  }
  return [...setup.map((line) => `- ${line}`), '', CALLS_TITLE, markdownTable(CALLS_HEADER, rows)].join('\n');
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

/** An SDK client straight to the emulator, with as many sockets as `sockets`, no retries. */
export const rawClient = (endpoint: string, sockets: number) =>
  new TransferClient({
    endpoint,
    region: REGION,
    credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' },
    maxAttempts: 1,
    requestHandler: { httpAgent: new Agent({ keepAlive: true, maxSockets: sockets }) },
  });

/**
 * What the SDK alone needs for a query's calls: each level's calls (as DescribeProfile) at most `cap` at once, the
 * levels one after the other. The critical path counts latency only; this adds the client's and emulator's CPU.
 */
async function sdkLevels(sdk: TransferClient, levels: number[], cap: number, profileId: string): Promise<void> {
  for (const calls of levels) {
    let next = 0;
    const worker = async () => {
      while (next++ < calls) await sdk.send(new DescribeProfileCommand({ ProfileId: profileId }));
    };
    await Promise.all(Array.from({ length: Math.min(cap, calls) }, worker));
  }
}

/** Table 2: wall time of each canonical query against its critical path under `cap` calls in flight, at each latency. */
async function wallRows(
  dataset: Dataset,
  emulator: BenchEmulator,
  inventory: Inventory,
  gateway: Post,
  { latencies, cap }: { latencies: number[]; cap: number },
): Promise<string[][]> {
  const rows: string[][] = [];
  const sdk = rawClient(emulator.endpoint, cap);
  const someProfile = inventory.profiles[0].ProfileId!;
  try {
    for (const latency of latencies) {
      await emulator.setLatency(latency);
      for (const q of CANONICAL) {
        const plan = q.plan(inventory, 'best');
        const times = await sample(() => runChecked(q, gateway, inventory), latency === 0);
        const sdkAlone = latency === 0 ? [] : await sample(() => sdkLevels(sdk, levelsOf(plan), cap, someProfile), true);
        const critical = criticalPathMs(plan, latency, cap);
        const median = percentile(times, 50);
        const verdict = latency === 0 ? '' : !withinCap(plan, cap) ? 'n/a: fan-out > cap' : median <= 1.5 * critical ? 'ok' : 'MISSED';
        rows.push([
          dataset,
          q.name,
          String(cap),
          `${latency} ms`,
          summariseLevels(plan),
          latency === 0 ? '–' : ms(critical),
          latency === 0 ? '–' : ms(percentile(sdkAlone, 50)),
          ms(median),
          ms(percentile(times, 95)),
          latency === 0 ? '–' : ratio(median, critical),
          String(times.length),
          verdict,
        ]);
      }
    }
  } finally {
    sdk.destroy();
  }
  await emulator.setLatency(0);
  return rows;
}

async function runChecked(q: CanonicalQuery, post: Post, inventory: Inventory): Promise<void> {
  const run = await q.run(post, inventory, REGION);
  if (run.errors)
    throw new Error(`${q.name} answered with errors: ${JSON.stringify(run.answers.flatMap((a) => a.errors ?? []).slice(0, 3))}`);
}

export interface LoadResult {
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
}

/** `clients` loops, each sending its next request when the last is answered, for `durationMs`. */
export async function load(clients: number, durationMs: number, send: (i: number) => Promise<unknown>): Promise<LoadResult> {
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
  return {
    requests: latencies.length,
    perSecond: (latencies.length / elapsed) * 1000,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}

/** CPU ms per request a load run cost each process: `pids` (children) and this process (the load). */
export async function withCpu<T extends { requests: number }>(pids: number[], run: () => Promise<T>): Promise<T & { cpuMs: number[] }> {
  const before = pids.map((pid) => cpuMsOf(pid));
  const self = process.cpuUsage();
  const result = await run();
  const selfMs = (process.cpuUsage(self).user + process.cpuUsage(self).system) / 1000;
  const used = pids.map((pid, i) => (cpuMsOf(pid) ?? NaN) - (before[i] ?? NaN));
  return { ...result, cpuMs: [...used, selfMs].map((ms) => ms / result.requests) };
}

const cpu = (values: number[]) => values.map((v) => (Number.isFinite(v) ? v.toFixed(2) : '?')).join(' / ');

/**
 * Table 3: the small query through the gateway against a raw SDK loop making the same DescribeProfile calls, with the
 * CPU each process spent per request (the machine has few cores: the gateway's own CPU is what bounds its rate).
 */
async function throughputRows(emulator: BenchEmulator, inventory: Inventory, gateway: BenchGateway): Promise<string[][]> {
  const ids = inventory.profiles.map((p) => p.ProfileId!);
  const small = queryText('small');
  const rows: string[][] = [];
  for (const latency of THROUGHPUT_LATENCIES) {
    await emulator.setLatency(latency);
    for (const clients of CLIENTS) {
      const post = graphqlClient(gateway.graphqlUrl, clients);
      const viaGateway = async (i: number) => {
        const answer = await post(small, { id: ids[i % ids.length] });
        if (answer.errors || answer.extensions?.cost?.upstream?.calls !== 1) throw new Error(`small query: ${JSON.stringify(answer)}`);
      };
      const sdk = rawClient(emulator.endpoint, clients);
      const raw = (i: number) => sdk.send(new DescribeProfileCommand({ ProfileId: ids[i % ids.length] }));
      try {
        await load(clients, THROUGHPUT_WARM_UP_MS, viaGateway);
        const g = await withCpu([gateway.child.process.pid!, emulator.pid], () => load(clients, THROUGHPUT_MS, viaGateway));
        await load(clients, THROUGHPUT_WARM_UP_MS, raw);
        const r = await withCpu([emulator.pid], () => load(clients, THROUGHPUT_MS, raw));
        const share = g.perSecond / r.perSecond;
        rows.push([
          `${latency} ms`,
          String(clients),
          g.perSecond.toFixed(0),
          ms(g.p50),
          ms(g.p99),
          cpu(g.cpuMs),
          r.perSecond.toFixed(0),
          ms(r.p50),
          ms(r.p99),
          cpu(r.cpuMs),
          share.toFixed(2),
          clients === 16 ? (share >= 0.7 ? 'ok' : 'MISSED') : '',
        ]);
      } finally {
        post.close();
        sdk.destroy();
      }
    }
  }
  await emulator.setLatency(0);
  return rows;
}

/** What the per-request log line costs: the small query at 16 clients, latency 0, through a gateway with LOG_LEVEL=warn. */
async function logOffRow(emulator: BenchEmulator, inventory: Inventory, rawPerSecond: number): Promise<string[]> {
  const gateway = await startBenchGateway(emulator.endpoint, { LOG_LEVEL: 'warn' });
  const ids = inventory.profiles.map((p) => p.ProfileId!);
  const small = queryText('small');
  const post = graphqlClient(gateway.graphqlUrl, 16);
  try {
    const send = async (i: number) => {
      const answer = await post(small, { id: ids[i % ids.length] });
      if (answer.errors) throw new Error(`small query: ${JSON.stringify(answer.errors)}`);
    };
    await load(16, FRESH_PROCESS_WARM_UP_MS, send);
    const g = await withCpu([gateway.child.process.pid!, emulator.pid], () => load(16, THROUGHPUT_MS, send));
    return [
      '0 ms',
      '16 (LOG_LEVEL=warn: no request log)',
      g.perSecond.toFixed(0),
      ms(g.p50),
      ms(g.p99),
      cpu(g.cpuMs),
      '',
      '',
      '',
      '',
      (g.perSecond / rawPerSecond).toFixed(2),
      '',
    ];
  } finally {
    post.close();
    await gateway.stop();
  }
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
 * Table 4: RSS of a fresh gateway process (default request deadline) before and after 10,000 requests: small queries,
 * and every 50th one of the single-request canonical queries in turn (the first page of the walk for ProfilesWalk), at
 * 16 concurrent clients; with the live heap after a full collection at the same points, read through the inspector.
 */
async function rssRows(emulator: BenchEmulator, inventory: Inventory): Promise<{ rows: string[][]; detail: string }> {
  const gateway = await startBenchGateway(emulator.endpoint, { REQUEST_DEADLINE_MS: '' }, ['--inspect=127.0.0.1:0']);
  try {
    const ids = inventory.profiles.map((p) => p.ProfileId!);
    const small = queryText('small');
    const oneRequest = CANONICAL.map((q) => (q.name === 'ProfilesWalk' ? { ...q, run: (post: Post) => post(queryText(q.file)) } : q));
    const send = async (i: number) => {
      let answer: Answer;
      if (i % CANONICAL_EVERY === CANONICAL_EVERY - 1) {
        const q = oneRequest[Math.floor(i / CANONICAL_EVERY) % oneRequest.length];
        const run = await q.run(gateway.post, inventory, REGION);
        answer = 'answers' in run ? run.answers[0] : run;
      } else {
        answer = await gateway.post(small, { id: ids[i % ids.length] });
      }
      if (answer.errors) throw new Error(`request ${i} answered with errors: ${JSON.stringify(answer.errors.slice(0, 3))}`);
    };
    const rss = [gateway.child.rssMb()];
    const heap = [await liveHeapMb(gateway.child)];
    const start = performance.now();
    await requests(RSS_FIRST, 16, send);
    rss.push(gateway.child.rssMb());
    heap.push(await liveHeapMb(gateway.child));
    await requests(RSS_REQUESTS - RSS_FIRST, 16, send, RSS_FIRST);
    rss.push(gateway.child.rssMb());
    heap.push(await liveHeapMb(gateway.child));
    const seconds = (performance.now() - start) / 1000;
    const change = (values: number[]) => {
      const growth = values[2] / values[1] - 1;
      return `${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)}%`;
    };
    const within = (values: number[]) => Math.abs(values[2] / values[1] - 1) <= 0.1;
    return {
      rows: [
        ['RSS', ...rss.map(ms), change(rss), within(rss) ? 'ok' : 'MISSED'],
        ['live heap after a full GC', ...heap.map(ms), change(heap), within(heap) ? '(no leak)' : '(grows)'],
      ],
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

/** Sends IDENTICAL PartnerGraph queries at once, spread over `posts`: the AWS calls the emulator received, and errors. */
async function identicalBurst(emulator: BenchEmulator, posts: Post[], inventory: Inventory): Promise<{ calls: number; errors: number }> {
  const partnerGraph = CANONICAL.find((q) => q.name === 'PartnerGraph')!;
  await emulator.resetStats();
  const runs = await Promise.all(Array.from({ length: IDENTICAL }, (_, i) => partnerGraph.run(posts[i % posts.length], inventory, REGION)));
  const answers = runs.filter((r) => !r.errors).map((r) => JSON.stringify(r.answers[0].data));
  if (new Set(answers).size > 1) throw new Error('the burst got different answers');
  return { calls: (await emulator.stats()).total, errors: runs.filter((r) => r.errors).length };
}

/** Table 5: AWS calls of 50 concurrent identical PartnerGraph queries, cache off and on (in-process; Redis when installed). */
async function cacheRows(emulator: BenchEmulator, inventory: Inventory, uncached: BenchGateway): Promise<string[][]> {
  const one = callsOf(CANONICAL[0].plan(inventory, 'best'));
  const row = (mode: string, wave: string, { calls, errors }: { calls: number; errors: number }) => [
    mode,
    wave,
    String(calls),
    (calls / IDENTICAL).toFixed(2),
    ratio(calls, one),
    String(errors),
  ];
  const rows = [
    ['(one query alone)', '', String(one), '', '1.00', ''],
    row('off', 'cold', await identicalBurst(emulator, [uncached.post], inventory)),
  ];
  const cached = await startBenchGateway(emulator.endpoint, { CACHE_TTL_MS: '60000' });
  try {
    rows.push(row('in-process, 1 gateway', 'cold', await identicalBurst(emulator, [cached.post], inventory)));
    rows.push(row('in-process, 1 gateway', 'warm', await identicalBurst(emulator, [cached.post], inventory)));
  } finally {
    await cached.stop();
  }
  if (!hasRedisServer()) return [...rows, ['Redis', 'skipped: no redis-server on PATH', '', '', '', '']];
  const port = await freePort();
  const redis = await startRedis(port);
  const replicas: BenchGateway[] = [];
  try {
    const env = { CACHE_TTL_MS: '60000', REDIS_URL: `redis://127.0.0.1:${port}` };
    replicas.push(await startBenchGateway(emulator.endpoint, env), await startBenchGateway(emulator.endpoint, env));
    const posts = replicas.map((r) => r.post);
    rows.push(row('Redis, 2 replicas (25 each)', 'cold', await identicalBurst(emulator, posts, inventory)));
    rows.push(row('Redis, 2 replicas (25 each)', 'warm', await identicalBurst(emulator, posts, inventory)));
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
  const loadAtStart = loadavg()[0];
  const calls: string[][] = [];
  const walls: string[][] = [];
  let throughput: string[][] = [];
  let rss: { rows: string[][]; detail: string } | undefined;
  let cache: string[][] = [];
  const setup: string[] = [];
  for (const dataset of ['demo', 'large'] as const) {
    await withDataset(dataset, async (emulator, inventory, line) => {
      setup.push(line);
      const gateway = await startBenchGateway(emulator.endpoint);
      try {
        calls.push(...(await callsTable(emulator, inventory, dataset, gateway)));
        walls.push(...(await wallRows(dataset, emulator, inventory, gateway.post, { latencies: LATENCIES, cap: PER_REQUEST_CAP })));
        if (dataset === 'demo') {
          // Every level of the demo queries fits in 100 calls: the target's own case (fan-out within the cap).
          const wide = await startBenchGateway(emulator.endpoint, {
            UPSTREAM_CONCURRENCY_PER_REQUEST: String(WIDE_CAP),
            UPSTREAM_CONCURRENCY: String(WIDE_CAP),
          });
          try {
            walls.push(...(await wallRows(dataset, emulator, inventory, wide.post, { latencies: [0, 20], cap: WIDE_CAP })));
          } finally {
            await wide.stop();
          }
          throughput = await throughputRows(emulator, inventory, gateway);
          const raw16 = Number(throughput.find((r) => r[0] === '0 ms' && r[1] === '16')![6]);
          throughput.push(await logOffRow(emulator, inventory, raw16));
          rss = await rssRows(emulator, inventory);
          cache = await cacheRows(emulator, inventory, gateway);
        }
      } finally {
        await gateway.stop();
      }
    });
  }
  return [
    `Gateway (built \`npm start\` entry in its own process; emulator in another; load from the bench process; 127.0.0.1; node ${process.version}; ` +
      `NODE_ENV=production, UPSTREAM_CONCURRENCY_PER_REQUEST=${PER_REQUEST_CAP}, UPSTREAM_CONCURRENCY=${PROCESS_CAP}, ` +
      `COST_BUDGET_PER_MINUTE=0, QUERY_MAX_COST=100000000, REQUEST_DEADLINE_MS=60000, request log on (LOG_LEVEL=info), cache off unless said)`,
    `- machine: ${cpus().length} cores; 1-minute load average ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end`,
    ...setup.map((line) => `- ${line}`),
    '',
    CALLS_TITLE,
    markdownTable(CALLS_HEADER, calls),
    '',
    '2. Wall time vs critical path (Σ over dependent levels of ⌈calls / cap⌉ × latency), ms; target: median ≤ 1.5 × critical path at 20 ms',
    '   where every level fits in the cap (the cap is UPSTREAM_CONCURRENCY_PER_REQUEST; 16 is the default)',
    markdownTable(
      [
        'data',
        'query',
        'cap',
        'latency',
        'calls per level',
        'critical path',
        'SDK alone',
        'median',
        'p95',
        'median / critical',
        'n',
        'verdict',
      ],
      walls,
    ),
    '',
    '3. Small query (one profile, one DescribeProfile) through the gateway vs a raw @aws-sdk/client-transfer loop making the same call, demo data;',
    '   CPU ms per request of each process: gateway / emulator / load generator, and emulator / SDK loop',
    markdownTable(
      [
        'latency',
        'clients',
        'gateway req/s',
        'p50 ms',
        'p99 ms',
        'CPU ms',
        'raw SDK req/s',
        'p50 ms',
        'p99 ms',
        'CPU ms',
        'gateway / raw',
        'target ≥ 0.70 at 16',
      ],
      throughput,
    ),
    '',
    `4. Gateway process memory (fresh process, default request deadline; small queries with every ${CANONICAL_EVERY}th a canonical query, 16 clients, demo data)`,
    markdownTable(
      [
        'MB',
        'idle',
        `after ${RSS_FIRST.toLocaleString('en-US')}`,
        `after ${RSS_REQUESTS.toLocaleString('en-US')}`,
        `change from ${RSS_FIRST.toLocaleString('en-US')}`,
        'target ±10%',
      ],
      rss?.rows ?? [],
    ),
    rss?.detail ?? '',
    '',
    CACHE_TITLE,
    markdownTable(CACHE_HEADER, cache),
  ].join('\n');
}

const CACHE_TITLE = `5. AWS calls for ${IDENTICAL} concurrent identical PartnerGraph queries (demo data)`;
const CACHE_HEADER = ['shared cache', 'wave', 'AWS calls', 'per query', 'vs one query', 'answers with errors'];

/** `npm run bench -- gateway:cache`: table 5 alone, on the demo data (printed, not written). */
export async function benchGatewayCache(): Promise<string> {
  let table = '';
  await withDataset('demo', async (emulator, inventory, line) => {
    const gateway = await startBenchGateway(emulator.endpoint);
    try {
      table = [`- ${line}`, '', CACHE_TITLE, markdownTable(CACHE_HEADER, await cacheRows(emulator, inventory, gateway))].join('\n');
    } finally {
      await gateway.stop();
    }
  });
  return table;
}
