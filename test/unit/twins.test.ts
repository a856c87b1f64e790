import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TWINS, twinCopy } from '../../scripts/twins';

const ROOT = join(__dirname, '..', '..');

describe('the twins the emulator and the gateway each hold (scripts/twins/)', () => {
  it.each(TWINS.flatMap((twin) => twin.copies.map((copy) => [copy, twin] as const)))(
    'has %s equal to what `npm run model` copies from its source',
    (copy, twin) => {
      expect(readFileSync(join(ROOT, copy), 'utf8')).toBe(twinCopy(ROOT, twin));
    },
  );

  it('keeps each copy on its own side: one in the emulator, one outside it', () => {
    expect(TWINS.map(({ copies }) => copies.map((copy) => copy.startsWith('src/emulator/')))).toEqual(TWINS.map(() => [true, false]));
  });
});
