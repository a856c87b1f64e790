import { codeOf } from '../../upstream/errors';
import { type ListSource, walkAll } from '../../upstream/list-source';

/**
 * Every item of an AWS list with its Describe result, for reverse links that AWS has no filter for. The list is
 * walked in pages of 1,000 and each item described through the request's loader, so several reverse links in one
 * request share both. Items deleted between the List and the Describe are left out.
 */
export async function walkDescribed<T, D>(
  source: ListSource<T>,
  describe: (item: T) => Promise<D>,
): Promise<Array<{ item: T; described: D }>> {
  const all = await walkAll(source);
  const described = await Promise.all(
    all.map(({ item }) =>
      describe(item).then(
        (d) => ({ item, described: d }),
        (error: unknown) => {
          if (codeOf(error) === 'NOT_FOUND') return undefined;
          throw error;
        },
      ),
    ),
  );
  return described.filter((entry): entry is { item: T; described: D } => entry !== undefined);
}
