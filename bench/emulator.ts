import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  CreateProfileCommand,
  DescribeProfileCommand,
  ImportCertificateCommand,
  ListProfilesCommand,
  TransferClient,
} from '@aws-sdk/client-transfer';
import { startEmulator, type RunningEmulator } from '../src/emulator';
import { generateCertificate, generateKey } from '../src/emulator/seed/certs';

const CREDENTIALS = { accessKeyId: 'AKIDBENCH', secretAccessKey: 'bench' };
const WARM_UP = 200;
const SAMPLES = 2000;
const PROFILES = 1000;
/** Per region: the AWS quotas (1,000 profiles, 1,000 certificates) keep one region from holding 10,000. */
const RSS_REGIONS = ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'eu-west-1'];
/** `npm run bench` runs from dist/bench after the build, beside dist/src. */
const EMULATOR_ENTRY = join(__dirname, '..', 'src', 'emulator', 'main.js');

interface Row {
  scenario: string;
  store: string;
  n: string;
  median: string;
  p95: string;
  target: string;
  verdict: string;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Runs `n` calls of `fn` with at most `concurrency` in flight. */
async function inParallel(n: number, concurrency: number, fn: (i: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < n) await fn(next++);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, n) }, worker));
}

/** Median and p95 of `SAMPLES` sequential calls, after a warm-up, in ms. */
async function timeCalls(call: (i: number) => Promise<unknown>): Promise<{ median: number; p95: number }> {
  for (let i = 0; i < WARM_UP; i++) await call(i);
  const times: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const start = performance.now();
    await call(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 50), p95: percentile(times, 95) };
}

function client(emulator: RunningEmulator, region = 'us-east-1'): TransferClient {
  return new TransferClient({ endpoint: emulator.endpoint, region, credentials: CREDENTIALS, maxAttempts: 1 });
}

async function latencyRows(storeName: string, dataPath: string): Promise<Row[]> {
  const emulator = await startEmulator({ host: '127.0.0.1', port: 0, dataPath, stateTransitionMs: 0, transferStepMs: 0 });
  const sdk = client(emulator);
  try {
    const ids: string[] = [];
    await inParallel(PROFILES, 16, async (i) => {
      const { ProfileId } = await sdk.send(new CreateProfileCommand({ As2Id: `BENCH-${i}`, ProfileType: i % 10 ? 'PARTNER' : 'LOCAL' }));
      ids.push(ProfileId!);
    });
    const describe = await timeCalls((i) => sdk.send(new DescribeProfileCommand({ ProfileId: ids[i % ids.length] })));

    // Every page of a 100-item walk over the 1,000 profiles, walk after walk.
    let token: string | undefined;
    const list = await timeCalls(async () => {
      const out = await sdk.send(new ListProfilesCommand({ MaxResults: 100, NextToken: token }));
      if (out.Profiles!.length !== 100) throw new Error(`expected a page of 100, got ${out.Profiles!.length}`);
      token = out.NextToken;
    });

    // Writes (fsynced before the answer when file-backed), in another region to stay under the profile quota.
    const writer = client(emulator, 'ap-south-1');
    const writes: number[] = [];
    for (let i = 0; i < 500; i++) {
      const start = performance.now();
      await writer.send(new CreateProfileCommand({ As2Id: `WRITE-${i}`, ProfileType: 'PARTNER' }));
      writes.push(performance.now() - start);
    }
    writes.sort((a, b) => a - b);
    writer.destroy();

    const row = (scenario: string, n: number, r: { median: number; p95: number }, targetMs?: number): Row => ({
      scenario,
      store: storeName,
      n: String(n),
      median: r.median.toFixed(3),
      p95: r.p95.toFixed(3),
      target: targetMs === undefined ? '–' : `median < ${targetMs} ms`,
      verdict: targetMs === undefined ? '' : r.median < targetMs ? 'ok' : 'MISSED',
    });
    return [
      row('DescribeProfile', SAMPLES, describe, 2),
      row(`ListProfiles, a page of 100 of ${PROFILES}`, SAMPLES, list, 5),
      row('CreateProfile (one at a time)', writes.length, { median: percentile(writes, 50), p95: percentile(writes, 95) }),
    ];
  } finally {
    sdk.destroy();
    await emulator.close();
  }
}

/** Resident memory of a process in MB, from /proc on Linux, else from ps. */
function rssOf(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;
  } catch {
    return (
      Number(
        execFileSync('ps', ['-o', 'rss=', '-p', String(pid)])
          .toString()
          .trim(),
      ) / 1024
    );
  }
}

/** Starts the built `npm run emulator` entry in memory and resolves with its endpoint once it says it is ready. */
async function spawnEmulator(): Promise<{ child: ChildProcess; endpoint: string }> {
  const child = spawn(process.execPath, [EMULATOR_ENTRY], {
    env: { ...process.env, EMULATOR_PORT: '0', EMULATOR_DATA: ':memory:', EMULATOR_SEED: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  const endpoint = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const m = /ready at (http:\/\/\S+)/.exec(output);
      if (m) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`${EMULATOR_ENTRY} exited with ${code} before it was ready`)));
  });
  return { child, endpoint };
}

/** RSS of the emulator alone (the built entry as a child process) once 10,000 resources are stored. */
async function rssRow(): Promise<{ row: Row; detail: string }> {
  const { child, endpoint } = await spawnEmulator();
  const key = await generateKey();
  const now = Date.now();
  const certificate = await generateCertificate({
    subject: 'CN=Bench AS2, O=Bench Corp, C=US',
    key,
    purpose: 'SIGNING',
    notBefore: new Date(now - 86_400_000),
    notAfter: new Date(now + 365 * 86_400_000),
  });
  const idle = rssOf(child.pid!);
  let stored = 0;
  try {
    for (const region of RSS_REGIONS) {
      const sdk = new TransferClient({ endpoint, region, credentials: CREDENTIALS, maxAttempts: 1 });
      await inParallel(1000, 16, async (i) => {
        await sdk.send(
          new ImportCertificateCommand({ Usage: 'SIGNING', Certificate: certificate.certificatePem, Description: `bench-${i}` }),
        );
        await sdk.send(new CreateProfileCommand({ As2Id: `RSS-${region}-${i}`, ProfileType: 'PARTNER' }));
        stored += 2;
      });
      sdk.destroy();
    }
    const full = rssOf(child.pid!);
    return {
      row: {
        scenario: `emulator RSS, ${stored.toLocaleString('en-US')} resources stored (profiles + certificates, ${RSS_REGIONS.length} regions)`,
        store: ':memory:',
        n: '1',
        median: `${full.toFixed(1)} MB`,
        p95: '',
        target: '< 150 MB',
        verdict: full < 150 ? 'ok' : 'MISSED',
      },
      detail: `Emulator RSS measured on the built entry (node ${EMULATOR_ENTRY}): ${idle.toFixed(1)} MB idle, ${full.toFixed(1)} MB with ${stored.toLocaleString('en-US')} resources.`,
    };
  } finally {
    child.kill('SIGTERM');
  }
}

function table(rows: Row[]): string {
  const header: Row = { scenario: 'scenario', store: 'store', n: 'n', median: 'median ms', p95: 'p95 ms', target: 'target', verdict: '' };
  const keys = Object.keys(header) as (keyof Row)[];
  const widths = keys.map((k) => Math.max(...[header, ...rows].map((r) => r[k].length)));
  const line = (r: Row) => `| ${keys.map((k, i) => r[k].padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

/**
 * The emulator's latency through the real SDK (DescribeProfile; a 100-item ListProfiles page out of 1,000 profiles;
 * single writes) in memory and file-backed, and the RSS of the built emulator with 10,000 resources stored, as a table.
 */
export async function benchEmulator(): Promise<string> {
  const rss = await rssRow();
  const dir = mkdtempSync(join(tmpdir(), 'emulator-bench-'));
  try {
    const rows = [...(await latencyRows(':memory:', ':memory:')), ...(await latencyRows('file', join(dir, 'state.sqlite'))), rss.row];
    return [
      `Emulator (in-process, 127.0.0.1, @aws-sdk/client-transfer, node ${process.version}; ${SAMPLES} timed calls after ${WARM_UP} warm-up)`,
      table(rows),
      rss.detail,
    ].join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
