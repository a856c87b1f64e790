import { graphQLError } from '../../upstream/errors';
import { fromCursor, type ListPosition, toCursor } from './cursor';
import { type ListSource, MAX_AWS_PAGE, walkAll } from '../../upstream/list-source';

/** Relay connection arguments. */
export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface PageInfoData {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface ConnectionData<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: PageInfoData;
  /** The size of the whole list, when this page saw all of it (then totalCount costs nothing more). */
  knownTotal?: number;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** Checks `first`/`last` (1–100) and applies the default page size when neither is given. */
export function checkCounts(args: ConnectionArgs): { first?: number; last?: number } {
  for (const name of ['first', 'last'] as const) {
    const value = args[name];
    if (value !== null && value !== undefined && (!Number.isInteger(value) || value < 1 || value > MAX_PAGE_SIZE)) {
      throw graphQLError('BAD_USER_INPUT', `\`${name}\` must be between 1 and ${MAX_PAGE_SIZE}, got ${value}`, { argument: name });
    }
  }
  const first = args.first ?? undefined;
  const last = args.last ?? undefined;
  return first === undefined && last === undefined ? { first: DEFAULT_PAGE_SIZE } : { first, last };
}

/**
 * A Relay connection over an AWS list. Forward paging (`first`/`after`) reads only the pages it needs: a cursor
 * remembers the NextToken its page started at and how far into it the edge was, so resuming costs one List call
 * whatever page sizes were used before. `last`, `before` (and `wholeList`, when the total is wanted too) walk the
 * whole list, which the AWS quotas keep bounded.
 */
export async function paginate<T>(
  source: ListSource<T>,
  args: ConnectionArgs,
  options: { wholeList?: boolean } = {},
): Promise<ConnectionData<T>> {
  const { first, last } = checkCounts(args);
  const after = args.after ? fromCursor(source.key, args.after, 'after') : undefined;
  const before = args.before ? fromCursor(source.key, args.before, 'before') : undefined;
  if (before === undefined && last === undefined && !options.wholeList) return forward(source, first!, after);
  return fromWholeList(source, { first, last, after, before });
}

async function forward<T>(source: ListSource<T>, first: number, after: ListPosition | undefined): Promise<ConnectionData<T>> {
  const edges: ConnectionData<T>['edges'] = [];
  let token = after?.token ?? null;
  let skip = after?.skip ?? 0;
  let hasNextPage = false;
  let checkedAfter = after === undefined || after.skip === 0;
  let knownTotal: number | undefined;
  for (;;) {
    const need = first - edges.length;
    const page = await source.fetch(token, Math.min(MAX_AWS_PAGE, skip + need));
    if (!checkedAfter) {
      checkedAfter = true;
      // Items before the cursor were deleted or added since: find the cursor's own item again.
      if (page.items[skip - 1] && source.idOf(page.items[skip - 1]) !== after!.id) {
        const moved = page.items.findIndex((item) => source.idOf(item) === after!.id);
        if (moved >= 0) skip = moved + 1;
      }
    }
    const taken = page.items.slice(skip, skip + need);
    taken.forEach((item, k) => {
      const index = skip + k;
      const endOfPage = index === page.items.length - 1 && page.nextToken;
      const position = endOfPage ? { token: page.nextToken!, skip: 0 } : { token, skip: index + 1 };
      edges.push({ node: item, cursor: toCursor(source.key, { ...position, id: source.idOf(item) }) });
    });
    if (edges.length === first) {
      hasNextPage = skip + taken.length < page.items.length || Boolean(page.nextToken);
      if (!hasNextPage && after === undefined && token === null) knownTotal = edges.length;
      break;
    }
    if (!page.nextToken) {
      if (after === undefined && token === null) knownTotal = edges.length;
      break;
    }
    token = page.nextToken;
    skip = 0;
  }
  return {
    edges,
    knownTotal,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: after !== undefined,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

async function fromWholeList<T>(
  source: ListSource<T>,
  window: { first?: number; last?: number; after?: ListPosition; before?: ListPosition },
): Promise<ConnectionData<T>> {
  const all = await walkAll(source);
  const indexOf = (position: ListPosition, argument: 'after' | 'before') => {
    const index = all.findIndex(({ item }) => source.idOf(item) === position.id);
    if (index < 0) {
      throw graphQLError('BAD_USER_INPUT', `The \`${argument}\` cursor's item no longer exists; start again without it`, { argument });
    }
    return index;
  };
  let start = window.after ? indexOf(window.after, 'after') + 1 : 0;
  let end = window.before ? indexOf(window.before, 'before') : all.length;
  if (end < start) end = start;
  if (window.first !== undefined) end = Math.min(end, start + window.first);
  if (window.last !== undefined) start = Math.max(start, end - window.last);
  const edges = all.slice(start, end).map(({ item, token, skip }) => ({
    node: item,
    cursor: toCursor(source.key, { token, skip, id: source.idOf(item) }),
  }));
  return {
    edges,
    knownTotal: all.length,
    pageInfo: {
      hasNextPage: end < all.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
