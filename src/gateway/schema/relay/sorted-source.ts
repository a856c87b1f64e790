import { graphQLError } from '../../upstream/errors';
import type { ListPage, ListSource } from '../../upstream/list-source';

/** A sort key: a string or a number; null sorts last in either direction. */
export type SortKey = string | number | null;

/** How a searched list is ordered: by `keyOf`, then by id, so that equal keys keep one order. */
export interface SortOrder<T> {
  keyOf(item: T): SortKey;
  descending: boolean;
}

/** Where a page of a searched list ends: the sort key and id of its last item, and its index as a fallback. */
type Resume = [key: SortKey, id: string, index: number];

function compareKeys(a: SortKey, b: SortKey, descending: boolean): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  const order = a < b ? -1 : 1;
  return descending ? -order : order;
}

function encode(resume: Resume): string {
  return Buffer.from(JSON.stringify(resume)).toString('base64url');
}

function decode(token: string): Resume {
  const bad = () => graphQLError('BAD_USER_INPUT', 'Invalid cursor: damaged position of a searched list; start again without it');
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    throw bad();
  }
  if (!Array.isArray(decoded) || decoded.length !== 3) throw bad();
  const [key, id, index] = decoded as unknown[];
  if (
    (key !== null && typeof key !== 'string' && typeof key !== 'number') ||
    typeof id !== 'string' ||
    !id ||
    !Number.isInteger(index) ||
    (index as number) < 0
  ) {
    throw bad();
  }
  return [key, id, index as number];
}

/**
 * A list computed in the gateway (a filter or an order AWS does not offer) as a ListSource. `load` runs once per
 * source, and the items are sorted by `order` (stable on the id); without one they keep `load`'s order. A page's
 * NextToken is the sort key and id of its last item, so a cursor resumes after that item even when items were added
 * or removed before it since (without an order: after the item with that id, else at its old index).
 */
export function sortedSource<T>(key: string, load: () => Promise<T[]>, idOf: (item: T) => string, order?: SortOrder<T>): ListSource<T> {
  let loaded: Promise<T[]> | undefined;
  const items = () =>
    (loaded ??= load().then((all) => {
      if (!order) return all;
      const keyed = all.map((item) => ({ item, key: order.keyOf(item), id: idOf(item) }));
      keyed.sort((a, b) => compareKeys(a.key, b.key, order.descending) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      return keyed.map((k) => k.item);
    }));
  const startOf = (all: T[], [k, id, index]: Resume): number => {
    if (!order) {
      const at = all.findIndex((item) => idOf(item) === id);
      return at >= 0 ? at + 1 : Math.min(index, all.length);
    }
    const after = all.findIndex((item) => {
      const byKey = compareKeys(order.keyOf(item), k, order.descending);
      return byKey > 0 || (byKey === 0 && idOf(item) > id);
    });
    return after < 0 ? all.length : after;
  };
  return {
    key,
    idOf,
    async fetch(token, max): Promise<ListPage<T>> {
      const all = await items();
      const start = token === null ? 0 : startOf(all, decode(token));
      const end = Math.min(all.length, start + max);
      const last = all[end - 1];
      return {
        items: all.slice(start, end),
        nextToken: end < all.length ? encode([order ? order.keyOf(last) : null, idOf(last), end]) : undefined,
      };
    },
  };
}
