import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { CreateProfileCommand, ListProfilesCommand, TransferClient } from '@aws-sdk/client-transfer';
import { operationContext } from '../src/emulator/context';
import { OPERATIONS } from '../src/emulator/operations';
import { MAX_PROFILES } from '../src/emulator/operations/profiles';
import { Store } from '../src/emulator/store';
import { validateInput } from '../src/emulator/validate';
import { markdownTable, ms, percentile } from './table';

const CREDENTIALS = { accessKeyId: 'AKIDBENCH', secretAccessKey: 'bench' };
const SIZES = [1_000, 10_000, 100_000];
const WARM_UP = 20;
const WRITES = 300;
const RESTARTS = 3;
/** `npm run bench` runs from dist/bench after the build, beside dist/src. */
const EMULATOR_ENTRY = join(__dirname, '..', 'src', 'emulator', 'main.js');
const BEHAVIOUR = { stateTransitionMs: 0, transferStepMs: 0 };

/**
 * Fills a new state file with `n` profiles through the real CreateProfile operation, in transactions of one region's
 * quota each (1,000 profiles per region: `n / 1000` regions named bench-<k>).
 */
async function fill(dataPath: string, n: number): Promise<void> {
  const store = await Store.open(dataPath, { log: () => undefined });
  const create = OPERATIONS.CreateProfile!;
  try {
    for (let k = 0; k * MAX_PROFILES < n; k++) {
      const ctx = operationContext(store, `bench-${k}`, '000000000000', BEHAVIOUR);
      store.transaction(() => {
        for (let i = 0; i < Math.min(MAX_PROFILES, n - k * MAX_PROFILES); i++) {
          create(ctx, validateInput('CreateProfile', { As2Id: `BENCH-${k}-${i}`, ProfileType: i % 10 ? 'PARTNER' : 'LOCAL' }));
        }
      });
    }
  } finally {
    await store.close();
  }
}

/** Starts the built emulator on `dataPath`; resolves, once a ListProfiles is answered, with the ms since spawn. */
async function startTimed(dataPath: string): Promise<{ readyMs: number; endpoint: string; stop(): Promise<void> }> {
  const started = performance.now();
  const child = spawn(process.execPath, [EMULATOR_ENTRY], {
    env: { ...process.env, EMULATOR_PORT: '0', EMULATOR_DATA: dataPath, EMULATOR_SEED: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  const endpoint = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const m = /ready at (http:\/\/\S+)/.exec(output);
      if (m) resolve(m[1]);
    });
    void exited.then(() => reject(new Error(`${EMULATOR_ENTRY} exited before it was ready`)));
  });
  const sdk = new TransferClient({ endpoint, region: 'bench-0', credentials: CREDENTIALS, maxAttempts: 1 });
  await sdk.send(new ListProfilesCommand({ MaxResults: 1 }));
  const readyMs = performance.now() - started;
  sdk.destroy();
  return {
    readyMs,
    endpoint,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Median and p95 of `WRITES` sequential CreateProfile calls (after a warm-up) into a region with room, in ms. */
async function createCost(endpoint: string): Promise<{ median: number; p95: number }> {
  const sdk = new TransferClient({ endpoint, region: 'ap-south-1', credentials: CREDENTIALS, maxAttempts: 1 });
  try {
    const times: number[] = [];
    for (let i = 0; i < WARM_UP + WRITES; i++) {
      const start = performance.now();
      await sdk.send(new CreateProfileCommand({ As2Id: `WRITE-${i}`, ProfileType: 'PARTNER' }));
      if (i >= WARM_UP) times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    return { median: percentile(times, 50), p95: percentile(times, 95) };
  } finally {
    sdk.destroy();
  }
}

/**
 * The SQLite store at 1,000, 10,000 and 100,000 stored profiles: the cost of one CreateProfile through the SDK on
 * the built emulator (each one committed and fsynced before its answer), and restart time (spawn of
 * `node dist/src/emulator/main.js` to its first answered call; open, quick_check and load of every record included).
 * Targets: flat per-write cost across sizes, restart under 1 s at 10,000.
 */
export async function benchEmulatorStore(): Promise<string> {
  const rows: string[][] = [];
  const dir = mkdtempSync(join(tmpdir(), 'emulator-store-bench-'));
  try {
    for (const n of SIZES) {
      const dataPath = join(dir, `store-${n}.sqlite`);
      await fill(dataPath, n);
      const restarts: number[] = [];
      for (let r = 0; r < RESTARTS; r++) {
        const child = await startTimed(dataPath);
        restarts.push(child.readyMs);
        await child.stop();
      }
      restarts.sort((a, b) => a - b);
      const child = await startTimed(dataPath);
      const write = await createCost(child.endpoint);
      await child.stop();
      const restart = percentile(restarts, 50);
      rows.push([
        n.toLocaleString('en-US'),
        `${(statSync(dataPath).size / 1024 / 1024).toFixed(1)} MB`,
        ms(write.median),
        ms(write.p95),
        ms(restart),
        n === 10_000 ? (restart < 1000 ? 'ok' : 'MISSED') : '',
      ]);
      rmSync(dataPath, { force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return [
    `Emulator store (SQLite, WAL, synchronous=FULL; built entry, node ${process.version}; ${WRITES} sequential CreateProfile after ${WARM_UP} warm-up; restart = median of ${RESTARTS}, spawn to first answered call)`,
    markdownTable(['profiles stored', 'file', 'create median ms', 'create p95 ms', 'restart ms', 'restart < 1 s at 10,000'], rows),
  ].join('\n');
}
