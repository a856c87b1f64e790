import { AWS_ID, REGION_NAME } from '../../upstream/aws-ids';
import { graphQLError } from '../../upstream/errors';

/** The AWS keys each node type's global id carries after its type name and region. */
const KEY_PATTERNS = {
  Server: [AWS_ID.Server],
  Agreement: [AWS_ID.Server, AWS_ID.Agreement],
  Profile: [AWS_ID.Profile],
  Certificate: [AWS_ID.Certificate],
  Connector: [AWS_ID.Connector],
  FileTransfer: [AWS_ID.Connector, AWS_ID.Transfer],
  /** One file of a transfer, by its 1-based position (file paths may repeat and may contain `:`). */
  FileTransferResult: [AWS_ID.Connector, AWS_ID.Transfer, /^[1-9][0-9]{0,3}$/],
} as const;

export type NodeTypeName = keyof typeof KEY_PATTERNS;
export const NODE_TYPE_NAMES = Object.keys(KEY_PATTERNS) as NodeTypeName[];

export interface GlobalId {
  type: NodeTypeName;
  region: string;
  keys: string[];
}

/** A type name with its indefinite article: "a Profile", "an Agreement". */
export const withArticle = (name: string): string => `${/^[AEIOU]/i.test(name) ? 'an' : 'a'} ${name}`;

/** An opaque, URL-safe id for a node: type, region and AWS keys. */
export function toGlobalId({ type, region, keys }: GlobalId): string {
  return Buffer.from([type, region, ...keys].join(':')).toString('base64url');
}

/** Decodes a global id strictly; anything malformed is a BAD_USER_INPUT error that says what was expected. */
export function fromGlobalId(id: string, expected?: NodeTypeName | readonly NodeTypeName[]): GlobalId {
  const bad = (why: string) =>
    graphQLError('BAD_USER_INPUT', `Invalid id ${JSON.stringify(id.length > 100 ? `${id.slice(0, 100)}…` : id)}: ${why}`);
  if (!/^[A-Za-z0-9_-]{1,1000}$/.test(id)) throw bad('not an id issued by this API');
  const parts = Buffer.from(id, 'base64url').toString('utf8').split(':');
  const [type, region, ...keys] = parts;
  if (Buffer.from(parts.join(':')).toString('base64url') !== id || !Object.hasOwn(KEY_PATTERNS, type)) {
    throw bad('not an id issued by this API');
  }
  // An own key only: `constructor` or `__proto__` in a forged id must not reach Object.prototype.
  const patterns = KEY_PATTERNS[type as NodeTypeName];
  if (!REGION_NAME.test(region ?? '') || keys.length !== patterns.length || keys.some((k, i) => !patterns[i].test(k))) {
    throw bad(`damaged ${type} id`);
  }
  const allowed = expected === undefined ? undefined : ([] as NodeTypeName[]).concat(expected);
  if (allowed && !allowed.includes(type as NodeTypeName)) {
    throw bad(`expected the id of ${allowed.map(withArticle).join(' or ')}, got the id of ${withArticle(type)}`);
  }
  return { type: type as NodeTypeName, region, keys };
}
