import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { join } from 'node:path';
import { startTestEmulator, type TestEmulator } from '../support/emulator';

/** What `npm start` runs (built by the jest globalSetup). */
const GATEWAY_ENTRY = join(__dirname, '..', '..', 'dist', 'src', 'main.js');

interface Child {
  process: ChildProcess;
  graphqlUrl: string;
  stdout(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Runs the built gateway against `endpoint` on a free port and waits (bounded) for its ready line. */
async function spawnGateway(endpoint: string, env: Record<string, string> = {}): Promise<Child> {
  const child = spawn(process.execPath, [GATEWAY_ENTRY], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', TRANSFER_ENDPOINT: endpoint, LOG_LEVEL: 'silent', PLAYGROUND: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const graphqlUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`gateway not ready within 20 s: ${out}`)), 20_000);
    const onData = () => {
      const m = /GraphQL at (http:\/\/\S+\/graphql)/.exec(out);
      if (!m) return;
      clearTimeout(timer);
      resolve(m[1]);
    };
    child.stdout!.on('data', onData);
    exited.then(() => reject(new Error(`gateway exited before it was ready: ${out}`)));
  });
  return { process: child, graphqlUrl, stdout: () => out, exited };
}

/** Waits until `text` shows in the child's output (at most 5 s). */
async function outputShows(child: Child, text: string): Promise<void> {
  for (let waited = 0; !child.stdout().includes(text); waited += 20) {
    if (waited > 5000) throw new Error(`"${text}" not printed: ${child.stdout()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A GraphQL POST on a connection of its own (no pooled keep-alive socket): answers the status and body, or the error. */
function postOnNewConnection(url: string, query: string): Promise<{ status: number; body: any } | { error: string }> {
  return new Promise((resolve) => {
    const body = JSON.stringify({ query });
    const req = request(url, { method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) }));
      res.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
    });
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
    req.end(body);
  });
}

/** Resolves when the process ends, or with `undefined` after `ms` (the test then fails on the missing exit). */
const exitWithin = (child: Child, ms: number) =>
  Promise.race([child.exited, new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ms).unref())]);

describe('SIGTERM (the built entry, dist/src/main.js)', () => {
  let t: TestEmulator;
  beforeEach(async () => {
    t = await startTestEmulator();
  });
  afterEach(() => t.close());

  it('stops taking requests, finishes those in flight, and exits 0 within 10 s', async () => {
    const child = await spawnGateway(t.endpoint);
    try {
      await t.setFaults({ latencyMs: 1500 });
      const inFlight = postOnNewConnection(child.graphqlUrl, '{ profiles { totalCount } }');
      // Signal only once the request has reached AWS (the emulator), so that it is truly in flight.
      for (let waited = 0; (await t.stats()).total === 0 && waited < 5000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
      child.process.kill('SIGTERM');
      await outputShows(child, 'SIGTERM: no new requests');
      expect(await postOnNewConnection(child.graphqlUrl, '{ __typename }')).toEqual({ error: 'ECONNREFUSED' });
      expect(await inFlight).toMatchObject({ status: 200, body: { data: { profiles: { totalCount: 0 } } } });
      expect(await exitWithin(child, 10_000)).toEqual({ code: 0, signal: null });
    } finally {
      child.process.kill('SIGKILL');
    }
  }, 30_000);

  it('still exits within 10 s when a request outlasts the grace (SHUTDOWN_GRACE_MS), closing it', async () => {
    const child = await spawnGateway(t.endpoint, { SHUTDOWN_GRACE_MS: '300' });
    try {
      await t.setFaults({ latencyMs: 1200 });
      const inFlight = postOnNewConnection(child.graphqlUrl, '{ profiles { totalCount } }');
      for (let waited = 0; (await t.stats()).total === 0 && waited < 5000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
      child.process.kill('SIGTERM');
      expect(await exitWithin(child, 10_000)).toEqual({ code: 0, signal: null });
      expect(await inFlight).toEqual({ error: 'ECONNRESET' });
      expect(child.stdout()).toContain('transfer-graph: grace over; closing the requests still in flight');
    } finally {
      child.process.kill('SIGKILL');
      await t.setFaults({ latencyMs: 0 });
    }
  }, 30_000);
});
