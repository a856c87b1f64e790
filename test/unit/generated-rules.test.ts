import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSelfContained, RULES_SOURCE, RULES_TARGET, rulesCopies } from '../../scripts/rules-copy';

const ROOT = join(__dirname, '..', '..');

describe("the gateway's copy of the emulator's rules (src/gateway/upstream/rules/)", () => {
  it('holds exactly the modules of src/emulator/rules/, each as npm run rules writes it', () => {
    const copies = rulesCopies(ROOT);
    const held = readdirSync(join(ROOT, RULES_TARGET)).sort();
    expect(held).toEqual([...copies.keys()]);
    for (const [file, text] of copies) {
      expect({ file, same: readFileSync(join(ROOT, RULES_TARGET, file), 'utf8') === text }).toEqual({ file, same: true });
    }
  });

  it('has the quotas, server rules and connector rules among them', () => {
    expect(readdirSync(join(ROOT, RULES_SOURCE))).toEqual(expect.arrayContaining(['quotas.ts', 'server-rules.ts', 'connector-rules.ts']));
  });

  it('refuses a rule module that imports from outside the rules, which a copy could not resolve', () => {
    const siblings = ['quotas.ts', 'compact.ts'];
    expect(() =>
      checkSelfContained(
        'quotas.ts',
        "import { compact } from './compact';\nimport type { Tag } from '@aws-sdk/client-transfer';",
        siblings,
      ),
    ).not.toThrow();
    expect(() => checkSelfContained('quotas.ts', "import { invalidRequest } from '../errors';", siblings)).toThrow(
      `${RULES_SOURCE}/quotas.ts imports ../errors: a rule module may import only the modules beside it, the SDK and node`,
    );
    expect(() => checkSelfContained('quotas.ts', "import { gone } from './gone';", siblings)).toThrow('imports ./gone');
    expect(() => checkSelfContained('quotas.ts', "import pino from 'pino';", siblings)).toThrow('imports pino');
  });
});
