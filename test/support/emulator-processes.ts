import { TransferClient } from '@aws-sdk/client-transfer';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnEmulator, type ChildEmulator } from './child-emulator';
import { TEST_CREDENTIALS } from './emulator';

export interface EmulatorProcesses {
  /** A directory of this spec file's own for state files, removed after its last spec. */
  dir: () => string;
  /** Runs the built emulator with `env`; it is killed after the spec if it is still running then. */
  spawn: (env: Record<string, string>) => Promise<ChildEmulator>;
  /** A real SDK client for `endpoint` (SDK retries off), destroyed after the spec. */
  clientAt: (endpoint: string, region?: string) => TransferClient;
}

/**
 * The set-up of specs that run the emulator as a process over state files (durability, legacy import): registers the
 * jest hooks that make the directory and clean up after each spec, so that a failed spec leaves nothing running.
 */
export function emulatorProcesses(prefix: string): EmulatorProcesses {
  let dir: string | undefined;
  const clients: TransferClient[] = [];
  const children: ChildEmulator[] = [];
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), prefix));
  });
  afterAll(() => rmSync(dir!, { recursive: true, force: true }));
  afterEach(async () => {
    clients.splice(0).forEach((c) => c.destroy());
    for (const child of children.splice(0)) {
      if (child.process.exitCode === null && child.process.signalCode === null) child.process.kill('SIGKILL');
      await child.exited;
    }
  });
  return {
    dir: () => dir!,
    spawn: async (env) => {
      const child = await spawnEmulator(env);
      children.push(child);
      return child;
    },
    clientAt: (endpoint, region = 'us-east-1') => {
      const client = new TransferClient({ endpoint, region, credentials: TEST_CREDENTIALS, maxAttempts: 1 });
      clients.push(client);
      return client;
    },
  };
}
