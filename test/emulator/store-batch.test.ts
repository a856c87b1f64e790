import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedCaller } from '../../src/emulator/seed/call';
import { Store } from '../../src/emulator/store';

const ACCOUNT = '000000000000';
const BEHAVIOUR = { stateTransitionMs: 0, transferStepMs: 0 };

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'store-batch-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const as2IdsIn = (store: Store) => [...store.region('us-east-1').profiles.values()].map((p) => p.described.As2Id).sort();

/** Creates two LOCAL profiles through the real operation, with a pause between them (a batch spans awaits). */
async function createTwo(store: Store): Promise<void> {
  const call = seedCaller(store, { accountId: ACCOUNT, behaviour: BEHAVIOUR });
  await call('CreateProfile', { As2Id: 'first', ProfileType: 'LOCAL' });
  await new Promise((resolve) => setImmediate(resolve));
  await call('CreateProfile', { As2Id: 'second', ProfileType: 'LOCAL' });
}

describe('a batch of writes before the emulator serves (how the demo data is seeded)', () => {
  it('keeps every write of a batch that finishes, in memory and in the file across a reopen', async () => {
    const path = join(dir, 'state.sqlite');
    const store = await Store.open(path);
    await store.batch(() => createTwo(store));
    expect(as2IdsIn(store)).toEqual(['first', 'second']);
    await store.close();
    const reopened = await Store.open(path);
    expect(as2IdsIn(reopened)).toEqual(['first', 'second']);
    await reopened.close();
  });

  it('keeps nothing of a batch that fails part-way, in memory or in the file, and rethrows its error', async () => {
    const path = join(dir, 'state.sqlite');
    const store = await Store.open(path);
    const failed = store.batch(async () => {
      await createTwo(store);
      throw new Error('cut short');
    });
    await expect(failed).rejects.toThrow('cut short');
    expect({ memory: as2IdsIn(store), empty: store.isEmpty }).toEqual({ memory: [], empty: true });
    await store.close();
    const reopened = await Store.open(path);
    expect(reopened.isEmpty).toBe(true);
    await reopened.close();
  });
});
