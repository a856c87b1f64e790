import type { ListPage, ListSource } from '../../../src/gateway/upstream/list-source';

/**
 * A fake AWS list of `ids` whose pages hold at most `awsPage` items, recording every fetch (token, maxResults). Its
 * NextTokens name the last item read, as AWS's are keyed rather than offsets (an item deleted before one is skipped).
 */
export function fakeList(
  key: string,
  ids: string[],
  awsPage = 1000,
): ListSource<string> & { calls: Array<[string | null, number]>; fail?: Error } {
  const source = {
    key,
    calls: [] as Array<[string | null, number]>,
    fail: undefined as Error | undefined,
    idOf: (item: string) => item,
    async fetch(token: string | null, maxResults: number): Promise<ListPage<string>> {
      source.calls.push([token, maxResults]);
      if (source.fail) throw source.fail;
      const start = token === null ? 0 : ids.indexOf(token.slice('after:'.length)) + 1;
      const end = Math.min(ids.length, start + Math.min(maxResults, awsPage));
      return { items: ids.slice(start, end), nextToken: end < ids.length ? `after:${ids[end - 1]}` : undefined };
    },
  };
  return source;
}

/** `n` ids named `prefix1` … `prefixN`. */
export const idsOf = (prefix: string, n: number): string[] => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);
