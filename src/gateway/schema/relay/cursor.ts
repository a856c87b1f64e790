import { graphQLError } from '../../upstream/errors';

/**
 * A position in an AWS list: the items after the edge start `skip` items into the page that NextToken `token`
 * (null: the first page) begins. `id` is the edge's own item, to find it again if the list moved.
 */
export interface ListPosition {
  token: string | null;
  skip: number;
  id: string;
}

const VERSION = 1;

/** Encodes a position of the list `listKey` as an opaque cursor. */
export function toCursor(listKey: string, position: ListPosition): string {
  return Buffer.from(JSON.stringify([VERSION, listKey, position.token, position.skip, position.id])).toString('base64url');
}

/** Decodes a cursor strictly; one from another list, or damaged, is BAD_USER_INPUT. */
export function fromCursor(listKey: string, cursor: string, argument: 'after' | 'before'): ListPosition {
  const bad = (why: string) => graphQLError('BAD_USER_INPUT', `Invalid cursor in \`${argument}\`: ${why}`, { argument });
  let decoded: unknown;
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw new Error();
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw bad('not a cursor issued by this API');
  }
  if (!Array.isArray(decoded) || decoded.length !== 5 || decoded[0] !== VERSION) throw bad('not a cursor issued by this API');
  const [, key, token, skip, id] = decoded as unknown[];
  if (key !== listKey) throw bad('it belongs to another list; use a cursor from this connection');
  if (
    (token !== null && (typeof token !== 'string' || !token)) ||
    !Number.isInteger(skip) ||
    (skip as number) < 0 ||
    (skip as number) > 1000 ||
    typeof id !== 'string' ||
    !id
  ) {
    throw bad('damaged cursor');
  }
  return { token, skip: skip as number, id };
}
