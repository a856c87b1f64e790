import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** A child process of the bench, started and ready. */
export interface Child {
  process: ChildProcess;
  /** The first match of the ready pattern in its standard output. */
  ready: RegExpExecArray;
  /** Resident memory in MB, from /proc. */
  rssMb(): number;
  stop(): Promise<void>;
}

/** Resident memory of a process in MB, from /proc on Linux, else from ps. */
export function rssOf(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;
  } catch {
    return Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)]).toString().trim()) / 1024;
  }
}

/** Starts `node <entry>` and waits, at most `withinMs`, for its output to match `readyPattern`. */
export function startChild(entry: string, env: NodeJS.ProcessEnv, readyPattern: RegExp, withinMs = 120_000): Promise<Child> {
  return startCommand(process.execPath, [entry], env, readyPattern, withinMs);
}

/** Whether a redis-server binary is on PATH. */
export const hasRedisServer = (): boolean => spawnSync('redis-server', ['--version']).status === 0;

/** A throwaway redis-server on 127.0.0.1:`port`, without persistence. */
export function startRedis(port: number): Promise<Child> {
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];
  return startCommand('redis-server', args, {}, /Ready to accept connections/, 10_000);
}

/** Starts a command and waits, at most `withinMs`, for its output to match `readyPattern`. */
export async function startCommand(command: string, args: string[], env: NodeJS.ProcessEnv, readyPattern: RegExp, withinMs: number): Promise<Child> {
  const entry = [command, ...args].join(' ');
  const child = spawn(command, args, {
    env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ready = await new Promise<RegExpExecArray>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${entry} not ready within ${withinMs} ms: ${errors}`)), withinMs);
    const watch = (chunk: Buffer) => {
      output += chunk.toString();
      const m = readyPattern.exec(output);
      if (!m) return;
      clearTimeout(timer);
      // From now on its output (request logs) is read and dropped, so that the child never waits on a full pipe.
      child.stdout!.off('data', watch);
      child.stdout!.on('data', () => undefined);
      resolve(m);
    };
    child.stdout!.on('data', watch);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${entry} exited with ${code} before it was ready: ${errors}`));
    });
  }).catch((error: unknown) => {
    child.kill('SIGKILL');
    throw error;
  });
  return {
    process: child,
    ready,
    rssMb: () => rssOf(child.pid!),
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}
