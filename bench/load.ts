import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateApiKey, hashApiKey } from '../src/gateway/security/auth/api-keys';
import { cpuMsOf, startChild, type Child } from './processes';

/**
 * `npm run load`: CLIENTS concurrent clients (default 200), each with its own API key, each sending a GraphQL request,
 * waiting for the answer, then THINK_MS (default 1000, a portal user's pace; 0 for back to back), for DURATION_S
 * seconds (default 60), to the built gateway in front of the built emulator with the demo data; both run as child
 * processes with their defaults (limits, budget, deadline; CACHE_TTL_MS passes through). Prints throughput, latency
 * percentiles, errors, the gateway's CPU per request and its resident memory over time; exits 1 on any error or on
 * memory that keeps growing.
 */
const CLIENTS = Number(process.env.CLIENTS ?? 200);
const DURATION_S = Number(process.env.DURATION_S ?? 60);
const THINK_MS = Number(process.env.THINK_MS ?? 1000);
const CACHE_TTL_MS = process.env.CACHE_TTL_MS ?? '0';
const SAMPLE_EVERY_S = 5;

/** What a portal asks, most often first; `operator` marks the mutation only operator keys send. */
const MIX: Array<{ weight: number; query: string; variables?: (ids: Ids) => Record<string, unknown>; operator?: boolean }> = [
  { weight: 30, query: 'query Profiles { profiles(first: 20) { totalCount edges { node { id as2Id profileType } } } }' },
  {
    weight: 20,
    query:
      'query Partner($id: ID!) { node(id: $id) { ... on Profile { as2Id certificates { edges { node { usage status notAfterDate } } } } } }',
    variables: (ids) => ({ id: pick(ids.profiles) }),
  },
  {
    weight: 20,
    query:
      'query Agreements { servers(first: 3) { edges { node { serverId agreements(first: 10) { edges { node { status partnerProfile { as2Id } } } } } } } }',
  },
  {
    weight: 15,
    query:
      'query Connectors { connectors(first: 10) { edges { node { url partnerProfile { as2Id certificates { edges { node { status } } } } } } } }',
  },
  { weight: 10, query: 'query Certificates { certificates(first: 50) { edges { node { certificateId usage status inactiveDate } } } }' },
  {
    weight: 5,
    query: 'mutation Tag($input: TagResourceInput!) { tagResource(input: $input) { userErrors { message } } }',
    variables: (ids) => ({ input: { id: ids.profiles[0], tags: [{ key: 'load', value: String(Date.now() % 100) }] } }),
    operator: true,
  },
];

interface Ids {
  profiles: string[];
}

const pick = <T>(items: T[]): T => items[Math.floor(Math.random() * items.length)];

function choose(operator: boolean) {
  const candidates = MIX.filter((m) => operator || !m.operator);
  let roll = Math.random() * candidates.reduce((sum, m) => sum + m.weight, 0);
  for (const m of candidates) if ((roll -= m.weight) < 0) return m;
  return candidates[0];
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function main(): Promise<void> {
  const keys = Array.from({ length: CLIENTS }, (_, i) => ({
    name: `client-${i}`,
    role: i % 10 === 0 ? 'operator' : 'reader',
    key: generateApiKey(),
  }));
  const keysFile = join(mkdtempSync(join(tmpdir(), 'tg-load-')), 'api-keys.json');
  writeFileSync(keysFile, JSON.stringify({ keys: keys.map(({ name, role, key }) => ({ name, role, sha256: hashApiKey(key) })) }));

  const children: Child[] = [];
  try {
    const emulator = await startChild(
      join(__dirname, '..', 'src', 'emulator', 'main.js'),
      { EMULATOR_PORT: '0', EMULATOR_DATA: ':memory:', EMULATOR_SEED: 'demo' },
      /ready at (http:\/\/\S+)/,
    );
    children.push(emulator);
    const gateway = await startChild(
      join(__dirname, '..', 'src', 'main.js'),
      {
        PORT: '0',
        TRANSFER_ENDPOINT: emulator.ready[1],
        AUTH_MODE: 'apikey',
        API_KEYS_FILE: keysFile,
        LOG_LEVEL: 'warn',
        NODE_ENV: 'production',
        CACHE_TTL_MS,
      },
      /GraphQL at (http:\/\/\S+\/graphql)/,
    );
    children.push(gateway);
    const url = gateway.ready[1];

    const post = async (key: string, query: string, variables?: Record<string, unknown>) => {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': key },
        body: JSON.stringify({ query, variables }),
      });
      return {
        status: res.status,
        body: (await res.json()) as { data?: any; errors?: Array<{ message: string; extensions?: { code?: string } }> },
      };
    };
    const first = await post(keys[0].key, '{ profiles(first: 100) { edges { node { id } } } }');
    const ids: Ids = { profiles: first.body.data.profiles.edges.map((e: { node: { id: string } }) => e.node.id) };

    const latencies: number[] = [];
    const errors: Record<string, number> = {};
    const byOperation: Record<string, number> = {};
    const rss: Array<{ second: number; mb: number }> = [{ second: 0, mb: gateway.rssMb() }];
    const started = performance.now();
    const cpuBefore = cpuMsOf(gateway.process.pid!);
    const until = started + DURATION_S * 1000;
    const sampler = setInterval(
      () => rss.push({ second: Math.round((performance.now() - started) / 1000), mb: gateway.rssMb() }),
      SAMPLE_EVERY_S * 1000,
    );

    await Promise.all(
      keys.map(async ({ key, role }, i) => {
        // Clients start spread over one think time, as users arrive, not all in the same millisecond.
        await new Promise((resolve) => setTimeout(resolve, (THINK_MS * i) / CLIENTS));
        while (performance.now() < until) {
          const m = choose(role === 'operator');
          const t0 = performance.now();
          try {
            const { status, body } = await post(key, m.query, m.variables?.(ids));
            const problem =
              status !== 200
                ? `HTTP ${status}`
                : body.errors?.length
                  ? `${body.errors[0].extensions?.code}: ${body.errors[0].message}`
                  : undefined;
            if (problem) errors[problem] = (errors[problem] ?? 0) + 1;
          } catch (error) {
            const key2 = `network: ${(error as Error).message}`;
            errors[key2] = (errors[key2] ?? 0) + 1;
          }
          latencies.push(performance.now() - t0);
          const name = /^(query|mutation) (\w+)/.exec(m.query)![2];
          byOperation[name] = (byOperation[name] ?? 0) + 1;
          if (THINK_MS) await new Promise((resolve) => setTimeout(resolve, THINK_MS));
        }
      }),
    );
    clearInterval(sampler);
    const cpuAfter = cpuMsOf(gateway.process.pid!);
    const inGateway = await gatewaySideDurations(url.replace(/\/graphql$/, '/metrics'));
    rss.push({ second: Math.round((performance.now() - started) / 1000), mb: gateway.rssMb() });

    const seconds = (performance.now() - started) / 1000;
    const sorted = [...latencies].sort((a, b) => a - b);
    const errorCount = Object.values(errors).reduce((a, b) => a + b, 0);
    // Memory after warm-up (the first sample past 10 s) against the last: flat means the process is not leaking.
    const warm = rss.find((r) => r.second >= 10) ?? rss[0];
    const last = rss[rss.length - 1];
    const growth = (last.mb - warm.mb) / warm.mb;
    const fmt = (n: number) => n.toFixed(1);

    const cpuPerRequest = cpuBefore !== undefined && cpuAfter !== undefined ? fmt((cpuAfter - cpuBefore) / latencies.length) : 'n/a';
    console.log(
      `\ntransfer-graph load: ${CLIENTS} concurrent clients (one API key each, ${THINK_MS} ms between answer and next request) for ${fmt(seconds)} s; ` +
        `gateway (NODE_ENV=production, default limits, budget and deadline, CACHE_TTL_MS=${CACHE_TTL_MS}) and emulator (demo data) as built child processes\n`,
    );
    console.log('| requests | per second | errors | p50 ms | p95 ms | p99 ms | max ms | gateway CPU ms per request |');
    console.log('|---|---|---|---|---|---|---|---|');
    console.log(
      `| ${latencies.length} | ${fmt(latencies.length / seconds)} | ${errorCount} | ${fmt(percentile(sorted, 50))} | ${fmt(percentile(sorted, 95))} | ${fmt(percentile(sorted, 99))} | ${fmt(sorted[sorted.length - 1])} | ${cpuPerRequest} |`,
    );
    console.log(`\nin the gateway (its request duration histogram on /metrics, from request received to answer sent): ${inGateway}`);
    console.log(
      `\nby operation: ${Object.entries(byOperation)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    );
    console.log(`\ngateway RSS (MB) every ${SAMPLE_EVERY_S} s: ${rss.map((r) => `${r.second}s ${fmt(r.mb)}`).join(', ')}`);
    console.log(
      `RSS from ${warm.second} s to ${last.second} s: ${fmt(warm.mb)} → ${fmt(last.mb)} MB (${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)}%)`,
    );
    if (errorCount)
      console.log(
        `\nerrors:\n${Object.entries(errors)
          .map(([k, v]) => `  ${v} × ${k}`)
          .join('\n')}`,
      );
    if (errorCount || growth > 0.25) process.exitCode = 1;
  } finally {
    for (const child of children.reverse()) await child.stop();
  }
}

/**
 * Percentiles of the gateway's own request durations, read off its /metrics histogram (so only to a bucket's bound):
 * the difference from what the clients measured is time spent before the gateway had the request or after it answered.
 */
async function gatewaySideDurations(metricsUrl: string): Promise<string> {
  const text = await (await fetch(metricsUrl)).text();
  const counts = new Map<number, number>();
  for (const [, le, n] of text.matchAll(/^transfer_graph_graphql_request_duration_seconds_bucket\{[^}]*le="([^"]+)"[^}]*\} (\d+)/gm)) {
    const bound = le === '+Inf' ? Infinity : Number(le);
    counts.set(bound, (counts.get(bound) ?? 0) + Number(n));
  }
  const cumulative = [...counts].sort((a, b) => a[0] - b[0]);
  const total = counts.get(Infinity) ?? 0;
  const bound = (p: number) => {
    const le = cumulative.find(([, n]) => n >= (p / 100) * total)?.[0];
    return le === undefined ? '?' : le === Infinity ? '> 10 s' : `≤ ${le * 1000} ms`;
  };
  return `${total} requests, p50 ${bound(50)}, p95 ${bound(95)}, p99 ${bound(99)}`;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
