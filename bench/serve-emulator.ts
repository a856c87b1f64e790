/**
 * The emulator for `npm run bench`, as its own process: in memory, filled with the demo data or the large set at
 * the AWS quotas (BENCH_SEED=demo|large), on 127.0.0.1 at a free port. Prints `ready at <endpoint>`.
 */
import { startEmulator } from '../src/emulator';
import { seedLarge } from '../src/emulator/seed/large';

async function main(): Promise<void> {
  const seed = process.env.BENCH_SEED;
  if (seed !== 'demo' && seed !== 'large') throw new Error(`BENCH_SEED must be demo or large, got ${JSON.stringify(seed)}`);
  const emulator = await startEmulator({
    host: '127.0.0.1',
    port: 0,
    dataPath: ':memory:',
    seed: seed === 'demo' ? 'demo' : undefined,
    stateTransitionMs: 0,
    transferStepMs: 0,
  });
  if (seed === 'large') {
    await seedLarge(emulator.store, { accountId: '000000000000', behaviour: { stateTransitionMs: 0, transferStepMs: 0 } });
  }
  const stop = () =>
    void emulator.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  console.log(`ready at ${emulator.endpoint}`);
}

main().catch((error: unknown) => {
  console.error((error as Error).stack ?? error);
  process.exit(1);
});
