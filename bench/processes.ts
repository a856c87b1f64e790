import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import WebSocket from 'ws';

/** A child process of the bench, started and ready. */
export interface Child {
  process: ChildProcess;
  /** The first match of the ready pattern in its standard output. */
  ready: RegExpExecArray;
  /** Resident memory in MB, from /proc. */
  rssMb(): number;
  /** The first 2,000 characters the process wrote to standard error (where node prints its inspector URL). */
  stderrHead(): string;
  /** CPU time (user + system) the process has used, in ms, from its own process.cpuUsage(); needs `cpuProbe`. */
  cpuMs: () => Promise<number>;
  stop(): Promise<void>;
}

/** How to start a child beyond its command. */
export interface ChildOptions {
  /** Preload bench/cpu-probe.js and open an IPC channel, so that `cpuMs()` answers. */
  cpuProbe?: boolean;
}

/** The preload that answers `cpu-usage` messages (bench/cpu-probe.ts, beside this file once built). */
const CPU_PROBE = join(__dirname, 'cpu-probe.js');

/** Resident memory of a process in MB, from /proc on Linux, else from ps. */
export function rssOf(pid: number): number {
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

/** CPU time (user + system) a process has used, in ms, from /proc on Linux; undefined elsewhere. */
export function cpuMsOf(pid: number): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime and stime, in clock ticks of 1/100 s
  } catch {
    return undefined;
  }
}

/** Starts `node <entry>` and waits, at most `withinMs`, for its output to match `readyPattern`. */
export function startChild(
  entry: string,
  env: NodeJS.ProcessEnv,
  readyPattern: RegExp,
  withinMs = 120_000,
  nodeArgs: string[] = [],
  options: ChildOptions = {},
): Promise<Child> {
  const probe = options.cpuProbe ? ['--require', CPU_PROBE] : [];
  return startCommand(process.execPath, [...probe, ...nodeArgs, entry], env, readyPattern, withinMs, options);
}

/** Whether a redis-server binary is on PATH. */
export const hasRedisServer = (): boolean => spawnSync('redis-server', ['--version']).status === 0;

/** A throwaway redis-server on 127.0.0.1:`port`, without persistence. */
export function startRedis(port: number): Promise<Child> {
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];
  return startCommand('redis-server', args, {}, /Ready to accept connections/, 10_000);
}

/** Starts a command and waits, at most `withinMs`, for its output to match `readyPattern`. */
export async function startCommand(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  readyPattern: RegExp,
  withinMs: number,
  options: ChildOptions = {},
): Promise<Child> {
  const entry = [command, ...args].join(' ');
  const child = spawn(command, args, {
    env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', ...env },
    stdio: options.cpuProbe ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let errors = '';
  let head = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    if (head.length < 2000) head = (head + chunk.toString()).slice(0, 2000);
    errors = (errors + chunk.toString()).slice(-4000);
  });
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
    stderrHead: () => head,
    cpuMs: () => askCpu(child),
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Asks a child started with the CPU probe for its process.cpuUsage(), in ms (user + system). */
function askCpu(child: ChildProcess): Promise<number> {
  if (!child.send) return Promise.reject(new Error('the child was not started with cpuProbe'));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no cpu-usage answer within 10 s')), 10_000);
    const onMessage = (message: { cpuUsage?: NodeJS.CpuUsage }) => {
      if (!message?.cpuUsage) return;
      clearTimeout(timer);
      child.off('message', onMessage);
      resolve((message.cpuUsage.user + message.cpuUsage.system) / 1000);
    };
    child.on('message', onMessage);
    child.send('cpu-usage');
  });
}

/**
 * The live JavaScript heap of a child started with `--inspect=127.0.0.1:0`, in MB, after a full garbage collection
 * (through the inspector protocol): what the process really holds, unlike RSS, which keeps the high-water mark.
 */
export async function liveHeapMb(child: Child): Promise<number> {
  const url = /Debugger listening on (ws:\/\/\S+)/.exec(child.stderrHead())?.[1];
  if (!url) throw new Error('the child was not started with --inspect');
  const socket = new WebSocket(url);
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  let id = 0;
  const call = (method: string) =>
    new Promise<any>((resolve, reject) => {
      const mine = ++id;
      const timer = setTimeout(() => reject(new Error(`${method}: no answer within 30 s`)), 30_000);
      const onMessage = (data: Buffer) => {
        const message = JSON.parse(data.toString()) as { id?: number; result?: unknown };
        if (message.id !== mine) return;
        clearTimeout(timer);
        socket.off('message', onMessage);
        resolve(message.result);
      };
      socket.on('message', onMessage);
      socket.send(JSON.stringify({ id: mine, method }));
    });
  try {
    await call('HeapProfiler.collectGarbage');
    const { usedSize } = (await call('Runtime.getHeapUsage')) as { usedSize: number };
    return usedSize / 1024 / 1024;
  } finally {
    socket.close();
  }
}
