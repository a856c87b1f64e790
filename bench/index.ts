/** `npm run bench`: runs each benchmark in turn and prints its table (`npm run bench -- gateway` runs only that one). */
import { benchEmulator } from './emulator';
import { benchEmulatorStore } from './emulator-store';
import { benchGateway } from './gateway';

const BENCHES: Record<string, () => Promise<string>> = { emulator: benchEmulator, store: benchEmulatorStore, gateway: benchGateway };

async function main(): Promise<void> {
  const asked = process.argv.slice(2);
  const unknown = asked.filter((name) => !(name in BENCHES));
  if (unknown.length) throw new Error(`unknown bench ${unknown.join(', ')}; known: ${Object.keys(BENCHES).join(', ')}`);
  for (const name of asked.length ? asked : Object.keys(BENCHES)) {
    console.log(await BENCHES[name]());
    console.log('');
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error((error as Error).stack ?? error);
    process.exit(1);
  },
);
