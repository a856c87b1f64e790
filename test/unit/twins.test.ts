import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSelfContained, TWINS, twinFiles, twinFolders } from '../../scripts/twins';

const ROOT = join(__dirname, '..', '..');
const files = twinFiles(ROOT);

describe('the twins the emulator and the gateway each hold (scripts/twins/)', () => {
  it.each([...files.keys()])('has %s equal to what `npm run model` copies from its source', (copy) => {
    expect(readFileSync(join(ROOT, copy), 'utf8')).toBe(files.get(copy));
  });

  it('holds in each copied folder exactly the modules of its source, nothing stale', () => {
    for (const folder of twinFolders(ROOT)) {
      const made = [...files.keys()].filter((path) => path.startsWith(`${folder}/`)).map((path) => path.slice(folder.length + 1));
      expect({ folder, held: readdirSync(join(ROOT, folder)).sort() }).toEqual({ folder, held: made.sort() });
    }
  });

  it('keeps each copy on its own side: one in the emulator, one outside it', () => {
    expect(TWINS.map(({ copies }) => copies.map((copy) => copy.startsWith('src/emulator/')))).toEqual(TWINS.map(() => [true, false]));
  });

  it('has the rules the dry runs check among them: quotas, server rules and connector rules', () => {
    expect([...files.keys()]).toEqual(
      expect.arrayContaining([
        'src/gateway/upstream/rules/quotas.ts',
        'src/gateway/upstream/rules/server-rules.ts',
        'src/gateway/upstream/rules/connector-rules.ts',
      ]),
    );
  });

  it('refuses a twin that imports from outside the twins, which a copy could not resolve', () => {
    const siblings = ['quotas.ts', 'compact.ts'];
    const source = 'scripts/twins/rules/quotas.ts';
    expect(() =>
      checkSelfContained(source, "import { compact } from './compact';\nimport type { Tag } from '@aws-sdk/client-transfer';", siblings),
    ).not.toThrow();
    expect(() => checkSelfContained(source, "import { invalidRequest } from '../errors';", siblings)).toThrow(
      `${source} imports ../errors: a twin may import only the modules beside it, the SDK and node`,
    );
    expect(() => checkSelfContained(source, "import { gone } from './gone';", siblings)).toThrow('imports ./gone');
    expect(() => checkSelfContained(source, "import pino from 'pino';", siblings)).toThrow('imports pino');
  });
});
