/**
 * `npm run bench -- portal`: time from navigation to each portal page's data rendered (headless Chromium on the built
 * portal, demo and large seeds), and the portal's JavaScript size gzipped against its budget.
 */
import { parse, print, separateOperations } from 'graphql';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startGateway } from '../src/gateway';
import type { Answer } from './canonical';
import { startBenchEmulator, startBenchGateway } from './gateway';
import { startChild } from './processes';
import { markdownTable, ms, percentile } from './table';

const EMULATOR_ENTRY = join(__dirname, 'serve-emulator.js');
const OPERATIONS = join(__dirname, '..', '..', 'portal', 'operations.graphql');
const ASSETS = join(__dirname, '..', 'portal', 'assets');
/**
 * 160 KiB gzipped: React + ReactDOM (~45 KiB), @xyflow/react with dagre (~60 KiB) and urql with graphcache (~15 KiB)
 * are the floor; the rest is our pages. Over a 10 Mbit/s office link that is ~0.15 s, once (the files are immutable).
 */
const BUDGET_GZIP_BYTES = 160 * 1024;
/** Each page by the hash that opens it and the data-ready value it sets once its data is drawn. */
const PAGES: Array<{ name: string; hash: (partnerId: string) => string; ready: string }> = [
  { name: 'overview', hash: () => 'overview', ready: 'overview' },
  { name: 'graph', hash: () => 'graph', ready: 'graph' },
  { name: 'partners', hash: () => 'partners', ready: 'partners' },
  { name: 'partner detail', hash: (id) => `partner/${encodeURIComponent(id)}`, ready: 'partner' },
  { name: 'onboarding', hash: () => 'onboarding', ready: 'onboarding' },
];
const RUNS = 5;

/** The partner detail page's profile: the first PARTNER profile that has a connector (the page's fullest case). */
async function benchPartner(graphqlUrl: string): Promise<string> {
  const res = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query:
        '{ connectors(first: 100) { edges { node { partnerProfile { id } } } } profiles(first: 1, profileType: PARTNER) { edges { node { id } } } }',
    }),
  });
  const { data } = (await res.json()) as {
    data: {
      connectors: { edges: Array<{ node: { partnerProfile: { id: string } | null } }> };
      profiles: { edges: Array<{ node: { id: string } }> };
    };
  };
  return data.connectors.edges.find((e) => e.node.partnerProfile)?.node.partnerProfile?.id ?? data.profiles.edges[0].node.id;
}

/** Runs the portal bench and returns its tables. */
export async function benchPortal(): Promise<string> {
  const js = readdirSync(ASSETS).filter((f) => f.endsWith('.js'));
  const gzip = js.reduce((sum, f) => sum + gzipSync(readFileSync(join(ASSETS, f)), { level: 9 }).length, 0);
  const sizeRows = [
    [js.join(', '), `${(gzip / 1024).toFixed(1)} KiB`, `${BUDGET_GZIP_BYTES / 1024} KiB`, gzip <= BUDGET_GZIP_BYTES ? 'within' : 'OVER'],
  ];
  const timeRows: string[][] = [];
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    for (const seed of ['demo', 'large'] as const) {
      const emulator = await startChild(EMULATOR_ENTRY, { BENCH_SEED: seed }, /ready at (http:\/\/\S+)/);
      const gateway = await startGateway(
        {
          upstream: { endpoint: emulator.ready[1], region: 'us-east-1' },
          concurrencyPerRequest: 16,
          concurrencyPerProcess: 64,
          upstreamTimeoutMs: 30_000,
          upstreamMaxAttempts: 1,
          logLevel: 'silent',
        },
        '127.0.0.1',
        0,
      );
      try {
        const partner = await benchPartner(gateway.graphqlUrl);
        for (const page of PAGES) {
          const times: number[] = [];
          for (let run = 0; run < RUNS; run++) {
            const context = await browser.newContext();
            await context.addInitScript(`sessionStorage.setItem('transfer-graph.credentials', '')`);
            const tab = await context.newPage();
            const started = performance.now();
            await tab.goto(`${gateway.url}/portal/#${page.hash(partner)}`);
            await tab.locator(`[data-ready="${page.ready}"]`).waitFor({ timeout: 60_000 });
            times.push(performance.now() - started);
            await context.close();
          }
          times.sort((a, b) => a - b);
          timeRows.push([seed, page.name, ms(percentile(times, 50)), ms(percentile(times, 95)), String(RUNS)]);
        }
      } finally {
        await gateway.close();
        await emulator.stop();
      }
    }
  } finally {
    await browser.close();
  }
  return [
    '### Portal JavaScript (gzip -9)',
    markdownTable(['files', 'gzipped', 'budget', 'verdict'], sizeRows),
    '### Navigation to data rendered (ms; a fresh browser context each run, no cache)',
    markdownTable(['seed', 'page', 'median', 'p95', 'n'], timeRows),
  ].join('\n\n');
}

/** The partners table's orders, as its Order picker offers them. */
const ORDERS: Array<{ name: string; orderBy: { field: string } | null }> = [
  { name: 'AS2 id (the default)', orderBy: { field: 'AS2_ID' } },
  { name: 'AWS list order', orderBy: null },
  { name: 'first expiry', orderBy: { field: 'EXPIRY' } },
];

/**
 * `npm run bench -- portal:partners` (printed only): the AWS calls and time of the partners table's query
 * (PortalPartners, as the portal sends it) for each order, its first page and "Load more", on the large seed (990
 * PARTNER profiles), without and with the shared cache (CACHE_TTL_MS).
 */
export async function benchPortalPartners(): Promise<string> {
  const query = print(separateOperations(parse(readFileSync(OPERATIONS, 'utf8'))).PortalPartners);
  const rows: string[][] = [];
  const emulator = await startBenchEmulator('large');
  try {
    for (const cacheTtlMs of [0, 60_000]) {
      for (const order of ORDERS) {
        // A gateway per order, so that no order is served from another's cached reads.
        const gateway = await startBenchGateway(emulator.endpoint, {
          CACHE_TTL_MS: String(cacheTtlMs),
          UPSTREAM_TIMEOUT_MS: '30000',
          UPSTREAM_MAX_ATTEMPTS: '1',
          LOG_LEVEL: 'warn',
        });
        try {
          let after: string | null = null;
          for (const page of ['first page', 'Load more']) {
            const started = performance.now();
            const answer: Answer = await gateway.post(query, { after, filter: null, orderBy: order.orderBy });
            const elapsed = performance.now() - started;
            if (answer.errors) throw new Error(`PortalPartners (${order.name}, ${page}) failed: ${JSON.stringify(answer.errors)}`);
            const { calls, byOperation } = answer.extensions!.cost!.upstream!;
            rows.push([
              cacheTtlMs ? `${cacheTtlMs / 1000} s` : 'off',
              order.name,
              page,
              String(calls),
              String(byOperation.DescribeProfile ?? 0),
              ms(elapsed),
            ]);
            after = (answer.data as { profiles: { pageInfo: { endCursor: string | null } } }).profiles.pageInfo.endCursor;
          }
        } finally {
          await gateway.stop();
        }
      }
    }
  } finally {
    await emulator.stop();
  }
  return [
    "### The partners table's query by order (large seed: 1,000 profiles, 990 PARTNER; a page of 50 rows)",
    markdownTable(['CACHE_TTL_MS', 'order', 'page', 'AWS calls', 'DescribeProfile', 'ms'], rows),
  ].join('\n\n');
}
