import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

/** What `npm start` runs (built by the jest globalSetup). */
export const GATEWAY_ENTRY = join(__dirname, '..', '..', 'dist', 'src', 'main.js');

export interface ChildGateway {
  process: ChildProcess;
  graphqlUrl: string;
  /** Everything it printed so far, stdout and stderr. */
  stdout(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** The environment of a gateway as deployed: NODE_ENV=production (jest's NODE_ENV=test changes what Apollo does). */
const productionEnv = (env: Record<string, string>) => ({
  ...process.env,
  NODE_ENV: 'production',
  PORT: '0',
  HOST: '127.0.0.1',
  LOG_LEVEL: 'silent',
  PLAYGROUND: 'false',
  ...env,
});

/** Runs the built gateway (NODE_ENV=production, 127.0.0.1, a free port) with `env`, and waits (bounded) for its ready line. */
export async function spawnGateway(env: Record<string, string> = {}): Promise<ChildGateway> {
  const child = spawn(process.execPath, [GATEWAY_ENTRY], { env: productionEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const graphqlUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`gateway not ready within 20 s: ${out}`)), 20_000);
    const onData = () => {
      const m = /GraphQL at (http:\/\/\S+\/graphql)/.exec(out);
      if (!m) return;
      clearTimeout(timer);
      resolve(m[1]);
    };
    child.stdout.on('data', onData);
    void exited.then(() => reject(new Error(`gateway exited before it was ready: ${out}`)));
  });
  return { process: child, graphqlUrl, stdout: () => out, exited };
}

/** Runs the built gateway (NODE_ENV=production) expecting it to stop by itself within 10 s, e.g. on bad configuration. */
export async function runGatewayToExit(env: Record<string, string>): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  const child = spawn(process.execPath, [GATEWAY_ENTRY], { env: productionEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  const { code, signal } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (c, s) => resolve({ code: c, signal: s })));
  clearTimeout(timer);
  return { code, signal, stderr };
}
