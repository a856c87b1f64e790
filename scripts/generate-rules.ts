/**
 * Writes the gateway's copy of the emulator's rule modules (scripts/rules-copy.ts says why), removing stale ones.
 * Usage: npm run rules (compiles only this script and rules-copy.ts: the gateway may not compile before its copy exists).
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES_TARGET, rulesCopies } from './rules-copy';

const root = join(__dirname, '..', '..');
const target = join(root, RULES_TARGET);
const copies = rulesCopies(root);
mkdirSync(target, { recursive: true });
for (const stale of readdirSync(target).filter((f) => !copies.has(f))) rmSync(join(target, stale));
for (const [file, text] of copies) writeFileSync(join(target, file), text);
console.log(`wrote ${copies.size} rule modules to ${RULES_TARGET}: ${[...copies.keys()].join(', ')}`);
