/**
 * `npm run bench`: runs each benchmark in turn, prints its tables and writes them to docs/performance.md
 * (`npm run bench -- gateway` runs and rewrites only that one). A part of one (`npm run bench -- gateway:calls`, the
 * AWS calls table alone) is only printed: the report keeps whole sections.
 */
import { join } from 'node:path';
import { benchCpu } from './cpu';
import { benchEmulator } from './emulator';
import { benchEmulatorStore } from './emulator-store';
import { benchGateway, benchGatewayCache, benchGatewayCalls } from './gateway';
import { benchPortal, benchPortalPartners } from './portal';
import { benchSearch } from './search';
import { benchTracing } from './tracing';
import { provenance, writeReport } from './report';

const BENCHES: Record<string, () => Promise<string>> = {
  emulator: benchEmulator,
  store: benchEmulatorStore,
  gateway: benchGateway,
  search: benchSearch,
  cpu: benchCpu,
  tracing: benchTracing,
  portal: benchPortal,
};
/** Parts of a benchmark that can run alone; printed only. */
const PARTS: Record<string, () => Promise<string>> = {
  'gateway:calls': benchGatewayCalls,
  'gateway:cache': benchGatewayCache,
  'portal:partners': benchPortalPartners,
};

async function main(): Promise<void> {
  const asked = process.argv.slice(2);
  const unknown = asked.filter((name) => !(name in BENCHES) && !(name in PARTS));
  if (unknown.length)
    throw new Error(`unknown bench ${unknown.join(', ')}; known: ${[...Object.keys(BENCHES), ...Object.keys(PARTS)].join(', ')}`);
  const parts = asked.filter((name) => name in PARTS);
  if (parts.length) {
    if (parts.length !== asked.length) throw new Error(`run ${parts.join(', ')} alone: a part is printed, not written`);
    for (const name of parts) console.log(await PARTS[name]());
    return;
  }
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
