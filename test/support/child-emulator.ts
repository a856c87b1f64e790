import { spawn, type ChildProcess } from 'node:child_process';
import { EMULATOR_ENTRY } from './global-build';

export interface ChildEmulator {
  endpoint: string;
  process: ChildProcess;
  /** Resolves when the process has ended, with its exit code or the signal that ended it. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  output(): { stdout: string; stderr: string };
}

/** The parent's environment without EMULATOR_* variables, plus `env`: each test says exactly what it sets. */
function childEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('EMULATOR_')));
  return { ...clean, ...env };
}

/** Runs `node <entry>` (by default dist/src/emulator/main.js, built by the jest globalSetup) with `env`. */
function run(env: Record<string, string>, entry = EMULATOR_ENTRY) {
  const child = spawn(process.execPath, [entry], { env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, exited, output: () => ({ stdout, stderr }) };
}

/** Starts the emulator as a child process (from `entry`) and waits (bounded) until it prints its endpoint. */
export async function spawnEmulator(env: Record<string, string>, readyWithinMs = 20_000, entry = EMULATOR_ENTRY): Promise<ChildEmulator> {
  const { child, exited, output } = run(env, entry);
  const endpoint = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`emulator not ready within ${readyWithinMs} ms: ${JSON.stringify(output())}`));
    }, readyWithinMs);
    const onData = () => {
      const m = /ready at (http:\/\/\S+)/.exec(output().stdout);
      if (!m) return;
      clearTimeout(timer);
      child.stdout.off('data', onData);
      resolve(m[1]);
    };
    child.stdout.on('data', onData);
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`emulator exited (code ${code}, signal ${signal}) before it was ready: ${JSON.stringify(output())}`));
    });
  });
  return { endpoint, process: child, exited, output };
}

/** Runs the emulator expecting it to stop by itself within `withinMs` (e.g. on bad configuration). */
export async function runEmulatorToExit(env: Record<string, string>, withinMs = 20_000) {
  const { child, exited, output } = run(env);
  const timer = setTimeout(() => child.kill('SIGKILL'), withinMs);
  const { code, signal } = await exited;
  clearTimeout(timer);
  return { code, signal, ...output() };
}
