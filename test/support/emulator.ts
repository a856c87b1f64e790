import { TransferClient } from '@aws-sdk/client-transfer';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../src/emulator';

export interface TestEmulator {
  emulator: RunningEmulator;
  endpoint: string;
  /** A real SDK client for the emulator, in us-east-1, with SDK retries off so every call is seen as made. */
  client: TransferClient;
  /** A client for another region (the region travels in the SigV4 credential scope). */
  clientFor(region: string, options?: { maxAttempts?: number }): TransferClient;
  stats(): Promise<{ requests: Record<string, number>; total: number }>;
  resetStats(): Promise<void>;
  setFaults(config: Partial<{ latencyMs: number; throttlePercent: number; errorPercent: number }>): Promise<Response>;
  close(): Promise<void>;
}

export const TEST_CREDENTIALS = { accessKeyId: 'AKIDTESTTEST', secretAccessKey: 'test-secret' };

/** Starts an emulator on 127.0.0.1 at a free port, in memory unless `dataPath` says otherwise. */
export async function startTestEmulator(options: Partial<EmulatorOptions> = {}): Promise<TestEmulator> {
  const emulator = await startEmulator({ port: 0, dataPath: ':memory:', stateTransitionMs: 0, transferStepMs: 0, ...options });
  const clients: TransferClient[] = [];
  const clientFor = (region: string, { maxAttempts = 1 } = {}) => {
    const client = new TransferClient({ endpoint: emulator.endpoint, region, credentials: TEST_CREDENTIALS, maxAttempts });
    clients.push(client);
    return client;
  };
  const hook = (path: string, init?: RequestInit) => fetch(`${emulator.endpoint}/_emulator/${path}`, init);
  return {
    emulator,
    endpoint: emulator.endpoint,
    client: clientFor('us-east-1'),
    clientFor,
    stats: async () => (await (await hook('stats')).json()) as { requests: Record<string, number>; total: number },
    resetStats: async () => {
      await hook('stats/reset', { method: 'POST' });
    },
    setFaults: (config) => hook('config', { method: 'PUT', body: JSON.stringify(config) }),
    close: async () => {
      clients.forEach((c) => c.destroy());
      await emulator.close();
    },
  };
}
