/**
 * Derives the emulator's model table (src/emulator/model/model.json) from the official AWS Transfer service model, and
 * from it the gateway's constraints table of the write operations' inputs (src/gateway/upstream/model-constraints.json).
 * Usage: npx tsc -p . && node dist/scripts/generate-model.js [path/to/transfer-2018-11-05.service-2.json]
 * The project never reads ../shared at run time; this script and test/emulator/model.test.ts are the only readers.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GATEWAY_WRITE_OPERATIONS, OPERATIONS_IN_SCOPE, buildModelTable, inputConstraintsTable } from './model-table';

const source = process.argv[2] ?? join(__dirname, '..', '..', '..', 'shared', 'reference', 'transfer-2018-11-05.service-2.json');
const table = buildModelTable(JSON.parse(readFileSync(source, 'utf8')), OPERATIONS_IN_SCOPE);
const target = join(__dirname, '..', '..', 'src', 'emulator', 'model', 'model.json');
writeFileSync(target, JSON.stringify(table, null, 1) + '\n');
console.log(`wrote ${Object.keys(table.operations).length} operations, ${Object.keys(table.shapes).length} shapes to ${target}`);
const gatewayTarget = join(__dirname, '..', '..', 'src', 'gateway', 'upstream', 'model-constraints.json');
const constraints = inputConstraintsTable(table, GATEWAY_WRITE_OPERATIONS);
writeFileSync(gatewayTarget, JSON.stringify(constraints, null, 1) + '\n');
console.log(`wrote ${Object.keys(constraints.operations).length} operations, ${Object.keys(constraints.shapes).length} shapes to ${gatewayTarget}`);
