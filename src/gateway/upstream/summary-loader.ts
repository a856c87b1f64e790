import DataLoader from 'dataloader';
import { fromUpstreamError } from './errors';
import { type ListSource, MAX_AWS_PAGE } from './list-source';
import { afterPage, planSummaries } from './summary-plan';

/** Where a key's List summary can be found: the List that holds it (per server, for agreements) and its id there. */
export interface ListPlace<S> {
  source: ListSource<S>;
  id: string;
}

/** What a summary loader reads through and what it knows of the request. */
export interface SummaryLoaderOptions<K, S, D extends S> {
  /** The type's Describe loader: one call per key, cached per request. */
  describe: DataLoader<K, D, string>;
  /** The Describe loader's cache key of a key. */
  cacheKey(key: K): string;
  /** Whether the Describe loader holds (or is loading) the key. */
  described(cacheKey: string): boolean;
  listOf(key: K): ListPlace<S>;
  /** Whether the request has read or asked for the List's first page of MAX_AWS_PAGE. */
  listStarted(source: ListSource<S>): boolean;
  /** Whether the request has written to AWS. */
  written(): boolean;
  /** The loader's cache (by cacheKey), for the owner to drop keys from. */
  cache: Map<string, Promise<S>>;
}

const toError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

/**
 * The summaries of `ids` in `source`, page after page while more than one is missing (see afterPage). A List that
 * fails finds nothing: its keys are then described, as they would be without the List.
 */
async function findInList<S>(source: ListSource<S>, ids: ReadonlySet<string>): Promise<Map<string, S>> {
  const found = new Map<string, S>();
  try {
    let token: string | null = null;
    for (;;) {
      const page = await source.fetch(token, MAX_AWS_PAGE);
      for (const item of page.items) if (ids.has(source.idOf(item))) found.set(source.idOf(item), item);
      if (afterPage({ missing: ids.size - found.size, morePages: Boolean(page.nextToken) }) !== 'next page') return found;
      token = page.nextToken!;
    }
  } catch {
    return found;
  }
}

/**
 * A DataLoader of List summaries (the members a List carries, or the Describe result, which has them too): each
 * batch is planned by planSummaries, so that many objects needing only summary members cost one List page instead of
 * a Describe each. Values and errors per key, in order, cached per request, as any DataLoader.
 */
export function summaryLoader<K, S, D extends S>(options: SummaryLoaderOptions<K, S, D>): DataLoader<K, S, string> {
  const batch = async (keys: readonly K[]): Promise<Array<S | Error>> => {
    const groups = new Map<string, { source: ListSource<S>; byId: Map<string, K> }>();
    for (const key of keys) {
      const { source, id } = options.listOf(key);
      let group = groups.get(source.key);
      if (!group) groups.set(source.key, (group = { source, byId: new Map() }));
      group.byId.set(id, key);
    }
    const read = new Map<string, Promise<S>>();
    for (const { source, byId } of groups.values()) {
      const ids = [...byId.keys()];
      const plan = planSummaries({
        keys: ids,
        described: new Set(ids.filter((id) => options.described(options.cacheKey(byId.get(id)!)))),
        listStarted: options.listStarted(source),
        written: options.written(),
      });
      for (const id of plan.describe) read.set(options.cacheKey(byId.get(id)!), options.describe.load(byId.get(id)!));
      if (!plan.list.length) continue;
      const found = findInList(source, new Set(plan.list));
      for (const id of plan.list) {
        const key = byId.get(id)!;
        read.set(
          options.cacheKey(key),
          found.then<S>((summaries) => summaries.get(id) ?? options.describe.load(key)),
        );
      }
    }
    return Promise.all(keys.map((key) => read.get(options.cacheKey(key))!.catch((error: unknown) => toError(fromUpstreamError(error)))));
  };
  return new DataLoader<K, S, string>(batch, { cacheKeyFn: (key) => options.cacheKey(key), cacheMap: options.cache });
}
