/** Writes schema.graphql from the code-first schema: `npm run schema`. A test fails when the file drifts. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printGatewaySchema } from '../src/gateway/schema/build';

const target = join(__dirname, '..', '..', 'schema.graphql');
writeFileSync(target, printGatewaySchema());
console.log(`wrote ${target}`);
