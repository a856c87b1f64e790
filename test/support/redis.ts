import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** Whether a redis-server binary is on PATH (.ci/run installs Debian's), asked once. */
let installed: boolean | undefined;

/**
 * Why the Redis specs cannot run, when they cannot. They never skip: a machine without redis-server fails them, as CI
 * would, saying how to get it.
 */
function missingRedis(): Error | undefined {
  installed ??= spawnSync('redis-server', ['--version'], { encoding: 'utf8' }).status === 0;
  return installed
    ? undefined
    : new Error('redis-server is not on PATH, and the Redis specs need it: .ci/run installs it (apt-get install redis-server)');
}

export interface TestRedis {
  url: string;
  port: number;
  process: ChildProcess;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Starts a throwaway redis-server on 127.0.0.1 (no persistence) and waits, bounded, until it accepts commands; on
 * `port` when given (to restart one), else on a free port.
 */
export async function startRedis(readyWithinMs = 10_000, port?: number): Promise<TestRedis> {
  const missing = missingRedis();
  if (missing) throw missing;
  port ??= await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`redis-server not ready within ${readyWithinMs} ms: ${output}`)), readyWithinMs);
    const check = () => {
      if (/Ready to accept connections/.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited with ${code}: ${output}`));
    });
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    process: child,
    async stop() {
      // A stopped (SIGSTOP) server must be woken to act on SIGTERM.
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        child.kill('SIGCONT');
      }
      await exited;
    },
  };
}
