import type { Behaviour } from '../context';
import type { Store } from '../store';

/** Loads the demo partner setup (not yet written). */
export async function seedDemo(_store: Store, _options: { accountId: string; behaviour: Behaviour }): Promise<void> {
  throw new Error('demo seed not yet written');
}
