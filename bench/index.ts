/**
 * `npm run bench`: runs each benchmark in turn, prints its tables and writes them to docs/performance.md
 * (`npm run bench -- gateway` runs and rewrites only that one).
 */
import { join } from 'node:path';
import { benchCpu } from './cpu';
import { benchEmulator } from './emulator';
import { benchEmulatorStore } from './emulator-store';
import { benchGateway } from './gateway';
import { benchPortal } from './portal';
import { provenance, writeReport } from './report';

const BENCHES: Record<string, () => Promise<string>> = { emulator: benchEmulator, store: benchEmulatorStore, gateway: benchGateway, cpu: benchCpu, portal: benchPortal };

async function main(): Promise<void> {
  const asked = process.argv.slice(2);
  const unknown = asked.filter((name) => !(name in BENCHES));
  if (unknown.length) throw new Error(`unknown bench ${unknown.join(', ')}; known: ${Object.keys(BENCHES).join(', ')}`);
  const sections: Record<string, string> = {};
  for (const name of asked.length ? asked : Object.keys(BENCHES)) {
    const tables = await BENCHES[name]();
    console.log(tables);
    console.log('');
    sections[name] = `## ${name}\n\n${provenance()}\n\n${tables}`;
    // Written after each benchmark, so that a run cut short keeps what it measured.
    writeReport(REPORT, sections, Object.keys(BENCHES));
  }
  console.log(`Written to ${REPORT}`);
}

/** `npm run bench` runs from dist/bench; the report lives in the project's docs/. */
const REPORT = join(__dirname, '..', '..', 'docs', 'performance.md');

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error((error as Error).stack ?? error);
    process.exit(1);
  },
);
