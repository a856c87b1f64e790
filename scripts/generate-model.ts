/**
 * Writes every generated file the emulator and the gateway keep apart (neither may import the other):
 * - the copies of the twins (scripts/twins/index.ts), always;
 * - the emulator's model table (src/emulator/model/model.json) from the official AWS Transfer service model, when it
 *   is there (it sits beside the project in the team's workspace only; a user's clone keeps the committed table);
 * - from that table, the gateway's constraints table of the write operations' inputs
 *   (src/gateway/upstream/model-constraints.json).
 * Usage: npm run model [-- path/to/transfer-2018-11-05.service-2.json]
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { GATEWAY_WRITE_OPERATIONS, OPERATIONS_IN_SCOPE, buildModelTable, inputConstraintsTable, type ModelTable } from './model-table';
import { twinFiles, twinFolders } from './twins';

const root = join(__dirname, '..', '..');
const writeJson = (path: string, value: unknown) => writeFileSync(join(root, path), JSON.stringify(value, null, 1) + '\n');

const copies = twinFiles(root);
for (const folder of twinFolders(root)) {
  mkdirSync(join(root, folder), { recursive: true });
  for (const stale of readdirSync(join(root, folder)).filter((f) => !copies.has(`${folder}/${f}`))) rmSync(join(root, folder, stale));
}
for (const [copy, text] of copies) {
  mkdirSync(dirname(join(root, copy)), { recursive: true });
  writeFileSync(join(root, copy), text);
}
console.log(`wrote ${copies.size} twin copies`);

const emulatorTable = 'src/emulator/model/model.json';
const named = process.argv[2];
const serviceModel = named ?? join(root, '..', 'shared', 'reference', 'transfer-2018-11-05.service-2.json');
let table: ModelTable;
if (named !== undefined || existsSync(serviceModel)) {
  const source = JSON.parse(readFileSync(serviceModel, 'utf8')) as Parameters<typeof buildModelTable>[0];
  table = buildModelTable(source, OPERATIONS_IN_SCOPE);
  writeJson(emulatorTable, table);
  console.log(`wrote ${Object.keys(table.operations).length} operations, ${Object.keys(table.shapes).length} shapes to ${emulatorTable}`);
} else {
  table = JSON.parse(readFileSync(join(root, emulatorTable), 'utf8')) as ModelTable;
  console.log(`kept ${emulatorTable} (no service model at ${serviceModel})`);
}

const gatewayTable = 'src/gateway/upstream/model-constraints.json';
const constraints = inputConstraintsTable(table, GATEWAY_WRITE_OPERATIONS);
writeJson(gatewayTable, constraints);
console.log(
  `wrote ${Object.keys(constraints.operations).length} operations, ${Object.keys(constraints.shapes).length} shapes to ${gatewayTable}`,
);
