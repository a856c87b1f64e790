/**
 * Derives the emulator's model table (src/emulator/model/model.json) from the official AWS Transfer service model.
 * Usage: npx tsc -p . && node dist/scripts/generate-model.js [path/to/transfer-2018-11-05.service-2.json]
 * The project never reads ../shared at run time; this script and test/emulator/model.test.ts are the only readers.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OPERATIONS_IN_SCOPE, buildModelTable } from './model-table';

const source = process.argv[2] ?? join(__dirname, '..', '..', '..', 'shared', 'reference', 'transfer-2018-11-05.service-2.json');
const table = buildModelTable(JSON.parse(readFileSync(source, 'utf8')), OPERATIONS_IN_SCOPE);
const target = join(__dirname, '..', '..', 'src', 'emulator', 'model', 'model.json');
writeFileSync(target, JSON.stringify(table, null, 1) + '\n');
console.log(`wrote ${Object.keys(table.operations).length} operations, ${Object.keys(table.shapes).length} shapes to ${target}`);
