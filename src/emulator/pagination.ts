import { createHmac, timingSafeEqual } from 'node:crypto';
import { type AwsError, invalidNextToken } from './errors';
import type { Collection } from './collection';
import type { Sequenced } from './records';

/** Page size when a List* call gives no MaxResults (AWS documents none; 1000 is the model's maximum). */
export const DEFAULT_MAX_RESULTS = 1000;

interface TokenBody {
  /** The operation and its filtering parameters, hashed: a token only resumes the listing that issued it. */
  b: string;
  /** The seq of the last record returned. */
  a: number;
}

const sign = (secret: string, payload: string) => createHmac('sha256', secret).update(payload).digest('base64url');

function binding(operation: string, region: string, params: Record<string, unknown>): string {
  return createHmac('sha256', 'binding')
    .update(JSON.stringify([operation, region, params]))
    .digest('base64url')
    .slice(0, 16);
}

export interface PageRequest<T extends Sequenced> {
  secret: string;
  operation: string;
  region: string;
  /** The request members that select what is listed (not MaxResults/NextToken). */
  params: Record<string, unknown>;
  collection: Collection<T>;
  filter?: (record: T) => boolean;
  maxResults?: number;
  nextToken?: string;
  /** What a bad token is answered with, for an operation whose model declares no InvalidNextTokenException. */
  badToken?: () => AwsError;
}

/**
 * One page of a List* call, keyed on the records' creation sequence: a record that exists for the whole walk
 * is returned exactly once, whatever is created or deleted meanwhile. NextTokens are HMAC-signed; a forged,
 * damaged or foreign token is an InvalidNextTokenException.
 */
export function page<T extends Sequenced>(req: PageRequest<T>): { items: T[]; NextToken?: string } {
  const after = req.nextToken === undefined ? 0 : readToken(req, req.nextToken);
  const { items, more } = req.collection.pageAfter(after, req.maxResults ?? DEFAULT_MAX_RESULTS, req.filter);
  if (!more || !items.length) return { items };
  return { items, NextToken: issueToken(req, items[items.length - 1].seq) };
}

/** Which listing a token belongs to: the operation, the caller's region and the filtering parameters. */
export type TokenScope = Pick<PageRequest<Sequenced>, 'secret' | 'operation' | 'region' | 'params' | 'badToken'>;

/** A signed NextToken that resumes the listing `scope` at `position` (a seq, or an offset for listings without one). */
export function issueToken(scope: TokenScope, position: number): string {
  return encode(scope.secret, { b: binding(scope.operation, scope.region, scope.params), a: position });
}

/** The position a NextToken of listing `scope` carries; anything else is an InvalidNextTokenException. */
export function readToken(scope: TokenScope, token: string): number {
  return decode(scope.secret, binding(scope.operation, scope.region, scope.params), token, scope.badToken ?? invalidNextToken);
}

function encode(secret: string, body: TokenBody): string {
  const payload = Buffer.from(JSON.stringify(body)).toString('base64url');
  return `${payload}.${sign(secret, payload)}`;
}

function decode(secret: string, bound: string, token: string, bad: () => AwsError): number {
  const [payload, signature, ...rest] = token.split('.');
  if (!payload || !signature || rest.length) throw bad();
  const expected = Buffer.from(sign(secret, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw bad();
  let body: Partial<TokenBody> | null;
  try {
    body = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Partial<TokenBody> | null;
  } catch {
    throw bad(); // only a token signed with a leaked secret gets here
  }
  if (body?.b !== bound || !Number.isSafeInteger(body.a) || body.a! < 0) throw bad();
  return body.a!;
}
