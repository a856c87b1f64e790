/**
 * Writes every generated file the emulator and the gateway keep apart (neither may import the other):
 * - the copies of the twins (scripts/twins/index.ts), always;
 * - the emulator's model table (src/emulator/model/model.json) from the official AWS Transfer service model, when it
 *   is there (it sits beside the project in the team's workspace only; a user's clone keeps the committed table);
 * - from that table, the gateway's constraints table of the write operations' inputs
 *   (src/gateway/upstream/model-constraints.json).
 * Usage: npm run model [-- path/to/transfer-2018-11-05.service-2.json]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GATEWAY_WRITE_OPERATIONS, OPERATIONS_IN_SCOPE, buildModelTable, inputConstraintsTable, type ModelTable } from './model-table';
import { TWINS, twinCopy } from './twins';

const root = join(__dirname, '..', '..');
const writeJson = (path: string, value: unknown) => writeFileSync(join(root, path), JSON.stringify(value, null, 1) + '\n');

for (const twin of TWINS) {
  for (const copy of twin.copies) writeFileSync(join(root, copy), twinCopy(root, twin));
  console.log(`copied ${twin.source} to ${twin.copies.join(', ')}`);
}

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
