import { DEFAULT_EMULATOR_OPTIONS, type EmulatorOptions } from './config';
import { EmulatorHttp } from './http';
import { Store } from './store';

export { StoreError } from './store';
export { emulatorOptionsFromEnv, ConfigError, DEFAULT_EMULATOR_OPTIONS, EMULATOR_VARIABLES, type EmulatorOptions } from './config';

export interface RunningEmulator {
  /** Base URL for `new TransferClient({ endpoint })`. */
  endpoint: string;
  store: Store;
  http: EmulatorHttp;
  close(): Promise<void>;
}

/** Starts the emulator in this process: opens the store, seeds it if asked, and listens. */
export async function startEmulator(options: Partial<EmulatorOptions> = {}): Promise<RunningEmulator> {
  const o: EmulatorOptions = { ...DEFAULT_EMULATOR_OPTIONS, ...options };
  const store = await Store.open(o.dataPath, { log: (message) => console.error(message) });
  const behaviour = { stateTransitionMs: o.stateTransitionMs, transferStepMs: o.transferStepMs };
  const http = new EmulatorHttp(store, {
    accountId: o.accountId,
    credentials: o.credentials,
    maxBodyBytes: o.maxBodyBytes,
    behaviour,
    faults: { latencyMs: o.latencyMs, throttlePercent: o.throttlePercent, errorPercent: o.errorPercent },
    log: (message) => console.error(message),
    now: o.now,
  });
  let endpoint: string;
  try {
    if (o.seed === 'demo' && store.isEmpty) {
      // Loaded only when asked for: the certificate generator it uses (@peculiar/x509) adds ~20 MB to a running emulator.
      const { seedDemo } = await import('./seed/demo');
      // One commit for the whole demo: a commit per resource (each synced to disk) was most of a first start's time.
      await store.batch(() => seedDemo(store, { accountId: o.accountId, behaviour }));
    }
    endpoint = await http.listen(o.host, o.port);
  } catch (error) {
    await store.close(); // releases the state file's lock for whoever starts next
    throw error;
  }
  return {
    endpoint,
    store,
    http,
    async close() {
      await http.close();
      await store.close();
    },
  };
}
