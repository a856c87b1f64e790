import type { ListSource } from '../../upstream/list-source';

/** A list already in hand (e.g. a profile's certificate ids) as a ListSource; its "tokens" are offsets. */
export function arraySource<T>(key: string, items: readonly T[], idOf: (item: T) => string): ListSource<T> {
  return {
    key,
    idOf,
    fetch: async (token, max) => {
      const start = token === null ? 0 : Number(token);
      const end = start + max;
      return { items: items.slice(start, end), nextToken: end < items.length ? String(end) : undefined };
    },
  };
}
