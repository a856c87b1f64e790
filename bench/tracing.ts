import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { buildBaseline, commitBefore, type BaselineBuild } from './baseline';
import { queryText } from './canonical';
import { load, startBenchEmulator, startBenchGateway, withCpu, type BenchGateway } from './gateway';
import { graphqlClient } from './http-client';
import { readInventory } from './lower-bound';
import { markdownTable, percentile } from './table';
import { traceAwsCall, tracedBatch, traceOperation } from '../src/gateway/observability/tracing';
import { tracingPlugin } from '../src/gateway/plugins/tracing';

const CLIENTS = 16;
const WARM_UP_MS = 5000;
const ROUND_MS = 3000;
const ROUNDS = 10;
/** Tracing off may cost at most this much CPU per request over a build without the tracing code. */
const OFF_TARGET = 1.02;

/** A local OTLP/HTTP receiver that counts the spans it is sent and keeps nothing. */
async function startSink(): Promise<{ url: string; spans(): number; close(): Promise<void> }> {
  let spans = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      spans += Buffer.concat(chunks).toString('utf8').split('"spanId"').length - 1;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    spans: () => spans,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const HOOK_ITERATIONS = 100_000;
const HOOK_REPEATS = 7;

/**
 * CPU µs per small request of the tracing hooks alone, with no SDK registered (as in a gateway without
 * OTEL_EXPORTER_OTLP_ENDPOINT): what one request's operation wrapper, plugin start, batch wrapper and AWS call wrapper
 * cost over the same promises without them, in this process. Median of alternated repeats.
 */
async function hookCostUs(): Promise<number> {
  const headers = { get: () => undefined };
  const plugin = tracingPlugin();
  const answer = { status: 200 };
  const call = () => Promise.resolve({ $metadata: {} });
  const plain = async () => {
    await Promise.resolve(undefined);
    await ((keys: readonly string[]) => call().then((v) => keys.map(() => v)))(['key']);
    return answer;
  };
  const hooked = () =>
    traceOperation(headers, 'request-id', async () => {
      await plugin.requestDidStart!({} as never);
      await tracedBatch((keys: readonly string[]) => traceAwsCall('DescribeProfile', 'us-east-1', call).then((v) => keys.map(() => v)))([
        'key',
      ]);
      return answer;
    });
  const cpuUs = async (run: () => Promise<unknown>) => {
    const before = process.cpuUsage();
    for (let i = 0; i < HOOK_ITERATIONS; i += 1) await run();
    const used = process.cpuUsage(before);
    return (used.user + used.system) / HOOK_ITERATIONS;
  };
  await cpuUs(plain);
  await cpuUs(hooked);
  const differences: number[] = [];
  for (let i = 0; i < HOOK_REPEATS; i += 1) differences.push((await cpuUs(hooked)) - (await cpuUs(plain)));
  return percentile(
    differences.sort((a, b) => a - b),
    50,
  );
}

interface Variant {
  name: string;
  gateway: BenchGateway;
  cpuMs: number[];
  perSecond: number[];
  requests: number;
}

/**
 * `npm run bench -- tracing`: the small query (one DescribeProfile) at 16 clients through three gateway processes
 * at once, alternated round by round in one run: a build without the tracing code (BENCH_BASELINE, a git revision;
 * by default the parent of the commit that added the tracing module), this build with OTEL_EXPORTER_OTLP_ENDPOINT
 * unset, and this build exporting every span to a local OTLP receiver. CPU per request is the gateway process's own.
 */
export async function benchTracing(): Promise<string> {
  const loadAtStart = loadavg()[0];
  const hooksUs = await hookCostUs();
  const rev = process.env.BENCH_BASELINE || commitBefore('src/gateway/observability/tracing.ts');
  let baseline: BaselineBuild | undefined;
  const notes: string[] = [];
  if (rev) baseline = buildBaseline(rev);
  else notes.push('no baseline: not a git checkout, and BENCH_BASELINE unset');
  const emulator = await startBenchEmulator('demo');
  const sink = await startSink();
  const variants: Variant[] = [];
  try {
    const ids = (await readInventory(emulator.sdk)).profiles.map((p) => p.ProfileId!);
    const small = queryText('small');
    const start = async (name: string, env: NodeJS.ProcessEnv, entry?: string) => {
      const gateway = await startBenchGateway(
        emulator.endpoint,
        { OTEL_EXPORTER_OTLP_ENDPOINT: '', OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: '', PORTAL: 'false', ...env },
        [],
        { entry },
      );
      variants.push({ name, gateway, cpuMs: [], perSecond: [], requests: 0 });
    };
    if (baseline) await start(`no tracing code (${baseline.commit})`, {}, baseline.entry);
    await start('tracing off (OTEL_EXPORTER_OTLP_ENDPOINT unset)', {});
    await start('tracing on, to a local OTLP receiver', { OTEL_EXPORTER_OTLP_ENDPOINT: sink.url });
    const sender = (variant: Variant, post: ReturnType<typeof graphqlClient>) => async (i: number) => {
      variant.requests += 1;
      const answer = await post(small, { id: ids[i % ids.length] });
      if (answer.errors || answer.extensions?.cost?.upstream?.calls !== 1)
        throw new Error(`small query via ${variant.name}: ${JSON.stringify(answer)}`);
    };
    const posts = variants.map((v) => graphqlClient(v.gateway.graphqlUrl, CLIENTS));
    try {
      for (const [i, v] of variants.entries()) await load(CLIENTS, WARM_UP_MS, sender(v, posts[i]));
      for (let round = 0; round < ROUNDS; round += 1) {
        // Each round starts with a different variant, so that none always follows the same one.
        for (let k = 0; k < variants.length; k += 1) {
          const i = (round + k) % variants.length;
          const v = variants[i];
          const run = await withCpu([v.gateway.child.process.pid!], () => load(CLIENTS, ROUND_MS, sender(v, posts[i])));
          v.cpuMs.push(run.cpuMs[0]);
          v.perSecond.push(run.perSecond);
        }
      }
    } finally {
      posts.forEach((p) => p.close());
    }
    const traced = variants[variants.length - 1];
    // Spans still buffered go out within the export delay (5 s by default); wait for them, bounded.
    const until = Date.now() + 15_000;
    while (sink.spans() < traced.requests * 3 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 100));
    notes.push(
      `the traced gateway's receiver got ${(sink.spans() / traced.requests).toFixed(2)} spans per request (operation, loader batch, AWS call: 3 expected)`,
    );
  } finally {
    for (const v of variants) await v.gateway.stop();
    await sink.close();
    await emulator.stop();
    baseline?.remove();
  }
  const median = (values: number[]) =>
    percentile(
      [...values].sort((a, b) => a - b),
      50,
    );
  const off = variants.find((v) => v.name.startsWith('tracing off'))!;
  notes.push(
    `the hooks alone with no SDK (the no-op API, measured in this process): ${hooksUs.toFixed(2)} µs of CPU per small request, ` +
      `${((hooksUs / 1000 / median(off.cpuMs)) * 100).toFixed(2)}% of the off gateway's CPU per request`,
  );
  const reference = baseline ? variants[0] : undefined;
  // A run resolves the 2% target when the middle half of its per-round ratios lies within 2% of their median.
  const resolves = (sortedRatios: number[]) => {
    const mid = percentile(sortedRatios, 50);
    return percentile(sortedRatios, 75) - mid <= mid * (OFF_TARGET - 1) && mid - percentile(sortedRatios, 25) <= mid * (OFF_TARGET - 1);
  };
  const rows = variants.map((v) => {
    const paired = reference ? v.cpuMs.map((c, i) => c / reference.cpuMs[i]).sort((a, b) => a - b) : [];
    const ratio = reference ? median(v.cpuMs) / median(reference.cpuMs) : NaN;
    const isOff = v.name.startsWith('tracing off');
    return [
      v.name,
      median(v.cpuMs).toFixed(3),
      `${Math.min(...v.cpuMs).toFixed(3)}–${Math.max(...v.cpuMs).toFixed(3)}`,
      median(v.perSecond).toFixed(0),
      reference ? ratio.toFixed(3) : '–',
      reference && v !== reference ? `${paired[0].toFixed(3)}–${paired[paired.length - 1].toFixed(3)}` : '',
      isOff && reference ? `${ratio <= OFF_TARGET ? 'ok' : 'MISSED'}${resolves(paired) ? '' : ' (noisy run)'}` : '',
    ];
  });
  return [
    `Tracing cost (built entries, NODE_ENV=production, request log on, ${CLIENTS} clients, the small query of one DescribeProfile, demo data, emulator latency 0; ` +
      `${ROUNDS} rounds of ${ROUND_MS / 1000} s per gateway, alternated, after ${WARM_UP_MS / 1000} s of warm-up each)`,
    `- machine: ${cpus().length} cores; 1-minute load average ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end`,
    ...(baseline
      ? [`- baseline: commit ${baseline.commit}, ${baseline.behind} commits before HEAD (BENCH_BASELINE=<git rev> picks another)`]
      : []),
    ...notes.map((n) => `- ${n}`),
    '',
    `CPU ms per request of the gateway process; ratios to the build without the tracing code (per round: that round's pair); target: tracing off ≤ ${OFF_TARGET.toFixed(2)}×` +
      ` ("noisy run": the middle half of the per-round ratios spreads wider than ±${Math.round((OFF_TARGET - 1) * 100)}%, so this run cannot tell 2% apart; the hooks' own cost above can)`,
    markdownTable(
      [
        'gateway',
        'CPU ms / request (median)',
        'range over rounds',
        'req/s (median)',
        'vs no tracing code',
        'per-round ratios',
        `target ≤ ${OFF_TARGET.toFixed(2)}`,
      ],
      rows,
    ),
  ].join('\n');
}
