import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

/** What `npm start` runs (built by the jest globalSetup). */
export const GATEWAY_ENTRY = join(__dirname, '..', '..', 'dist', 'src', 'main.js');

/** How a process ended: its exit code, or the signal that ended it. */
export interface Ending {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface BuiltGateway {
  process: ChildProcess;
  /** Base URL, e.g. http://127.0.0.1:41234 */
  url: string;
  graphqlUrl: string;
  /** Everything it printed so far, stdout and stderr. */
  output(): string;
  /** Resolves when the process has ended. */
  exited: Promise<Ending>;
  /** Kills the process (SIGKILL) unless it has ended, and waits for it to end. */
  stop(): Promise<void>;
}

/**
 * The environment of a gateway as deployed (NODE_ENV=production: jest's NODE_ENV=test changes what Apollo does) on
 * 127.0.0.1 at a free port, quiet, plus `env`; the parent's EMULATOR_* and TRANSFER_* variables are left out, so that
 * each spec says exactly which upstream it means.
 */
function productionEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const parent = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(EMULATOR|TRANSFER)_/.test(name)));
  return { ...parent, NODE_ENV: 'production', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', PLAYGROUND: 'false', ...env };
}

/** Runs `node dist/src/main.js` with the production environment and `env`, collecting what it prints. */
function run(env: Record<string, string>) {
  const child = spawn(process.execPath, [GATEWAY_ENTRY], { env: productionEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let both = '';
  child.stdout.on('data', (chunk: Buffer) => ((stdout += chunk.toString()), (both += chunk.toString())));
  child.stderr.on('data', (chunk: Buffer) => ((stderr += chunk.toString()), (both += chunk.toString())));
  const exited = new Promise<Ending>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return { child, exited, stdout: () => stdout, stderr: () => stderr, both: () => both };
}

/** Runs the built gateway as users do, with `env`, and waits (at most 20 s) for its ready line. */
export async function spawnGateway(env: Record<string, string> = {}): Promise<BuiltGateway> {
  const { child, exited, both } = run(env);
  const graphqlUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`gateway not ready within 20 s: ${both()}`));
    }, 20_000);
    const onData = () => {
      const m = /GraphQL at (http:\/\/\S+\/graphql)/.exec(both());
      if (!m) return;
      clearTimeout(timer);
      child.stdout.off('data', onData);
      resolve(m[1]);
    };
    child.stdout.on('data', onData);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`gateway exited before it was ready: ${both()}`));
    });
  });
  return {
    process: child,
    url: graphqlUrl.replace(/\/graphql$/, ''),
    graphqlUrl,
    output: both,
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}

/** The built gateway in front of `endpoint` (TRANSFER_ENDPOINT), as spawnGateway runs it. */
export const spawnBuiltGateway = (endpoint: string, env: Record<string, string> = {}): Promise<BuiltGateway> =>
  spawnGateway({ TRANSFER_ENDPOINT: endpoint, ...env });

/** Runs the built gateway expecting it to stop by itself within `withinMs` (bad configuration, a port in use): how it ended and what it printed. */
export async function runGatewayToExit(
  env: Record<string, string>,
  withinMs = 20_000,
): Promise<Ending & { stdout: string; stderr: string }> {
  const { child, exited, stdout, stderr } = run(env);
  const timer = setTimeout(() => child.kill('SIGKILL'), withinMs);
  const ending = await exited;
  clearTimeout(timer);
  return { ...ending, stdout: stdout(), stderr: stderr() };
}
