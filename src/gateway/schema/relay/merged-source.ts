import { codeOf, graphQLError } from '../../upstream/errors';
import type { ListPage, ListSource } from '../../upstream/list-source';
import { MAX_AWS_PAGE } from '../../upstream/list-source';

/** An item of a list merged from several regions, with the region it came from. */
export interface RegionalItem<T> {
  region: string;
  item: T;
}

/** Where a region's list stands: the NextToken of the page to read and how many of its items were already taken; null once it is all read. */
type Position = [token: string | null, skip: number] | null;

const TOKEN_VERSION = 1;

function encode(positions: Position[]): string {
  return Buffer.from(JSON.stringify([TOKEN_VERSION, ...positions])).toString('base64url');
}

function decode(token: string, regions: number): Position[] {
  const bad = () => graphQLError('BAD_USER_INPUT', 'Invalid cursor: damaged position of a list across regions; start again without it');
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    throw bad();
  }
  if (!Array.isArray(decoded) || decoded[0] !== TOKEN_VERSION || decoded.length !== regions + 1) throw bad();
  const positions = decoded.slice(1) as unknown[];
  for (const p of positions) {
    if (p === null) continue;
    if (
      !Array.isArray(p) ||
      p.length !== 2 ||
      (p[0] !== null && (typeof p[0] !== 'string' || !p[0])) ||
      !Number.isInteger(p[1]) ||
      p[1] < 0 ||
      p[1] > MAX_AWS_PAGE
    ) {
      throw bad();
    }
  }
  return positions as Position[];
}

export interface MergedSourceOptions {
  /** Told once per region that fails while the request reads; its items are then left out for the rest of the request. */
  onFailure(region: string, error: unknown): void;
}

/**
 * One AWS list read in several regions as one list, for a Relay connection. Pages interleave the regions one item
 * at a time, in region order, so a page of 20 over two regions costs one List call in each. Its NextToken holds
 * every region's own position (its NextToken and how far into that page), so a cursor resumes each region where it
 * stood: one List call per region whatever came before. The interleaving stops where a region's fetched page runs
 * out while it has more, which keeps a longer read of the same position a continuation of a shorter one (what the
 * connection machinery expects of any list).
 *
 * A region that fails (other than with BAD_USER_INPUT, e.g. a forged token) is reported through `onFailure` and
 * skipped for the rest of the request; its position is kept, so a later request resumes it. When every region
 * still to be read fails, the read fails.
 */
export function mergedSource<T>(
  key: string,
  regions: ReadonlyArray<{ region: string; source: ListSource<T> }>,
  options: MergedSourceOptions,
): ListSource<RegionalItem<T>> {
  const failed = new Set<string>();
  return {
    key: `regions(${regions.map((r) => r.region).join(',')}):${key}`,
    idOf: ({ region, item }) => `${region}/${regions.find((r) => r.region === region)!.source.idOf(item)}`,
    async fetch(token, max): Promise<ListPage<RegionalItem<T>>> {
      const positions: Position[] = token === null ? regions.map(() => [null, 0]) : decode(token, regions.length);
      const pages = await Promise.all(
        regions.map(async ({ region, source }, i) => {
          const position = positions[i];
          if (position === null || failed.has(region)) return undefined;
          try {
            const page = await source.fetch(position[0], Math.min(MAX_AWS_PAGE, position[1] + max));
            return { items: page.items.slice(position[1]), nextToken: page.nextToken };
          } catch (error) {
            if (codeOf(error) === 'BAD_USER_INPUT') throw error;
            return { error };
          }
        }),
      );
      const asked = regions.filter((_, i) => pages[i] !== undefined);
      const failures = regions.flatMap(({ region }, i) => {
        const page = pages[i];
        return page && 'error' in page ? [{ region, error: page.error }] : [];
      });
      if (asked.length && failures.length === asked.length) {
        const first = failures[0].error;
        throw graphQLError(
          codeOf(first) ?? 'UPSTREAM_UNAVAILABLE',
          `No region answered: ${failures.map((f) => `${f.region}: ${(f.error as Error).message}`).join('; ')}`,
          {
            regions: failures.map((f) => f.region),
          },
        );
      }
      for (const { region, error } of failures) {
        failed.add(region);
        options.onFailure(region, error);
      }

      const items: Array<RegionalItem<T>> = [];
      const taken = regions.map(() => 0);
      let moved = true;
      round: while (items.length < max && moved) {
        moved = false;
        for (let i = 0; i < regions.length && items.length < max; i += 1) {
          const page = pages[i];
          if (!page || 'error' in page) continue;
          if (taken[i] < page.items.length) {
            items.push({ region: regions[i].region, item: page.items[taken[i]] });
            taken[i] += 1;
            moved = true;
          } else if (page.nextToken) {
            break round;
          }
        }
      }

      const next: Position[] = positions.map((position, i) => {
        const page = pages[i];
        if (position === null || !page || 'error' in page) return position;
        if (taken[i] < page.items.length) return [position[0], position[1] + taken[i]];
        return page.nextToken ? [page.nextToken, 0] : null;
      });
      const more = next.some((position, i) => position !== null && !failed.has(regions[i].region));
      return { items, nextToken: more ? encode(next) : undefined };
    },
  };
}
