import { type DocumentNode, GraphQLError, type OperationDefinitionNode, parse } from 'graphql';
import { CostModel, countAliases, countTokens, queryDepth, requestedCost } from './cost-analysis';

/** Bounds on a query, checked before it runs (and so before any AWS call). */
export interface QueryLimitsOptions {
  /** Most lexical tokens in the query text (QUERY_MAX_TOKENS); checked before parsing. */
  maxTokens: number;
  /** Deepest field nesting, fragments expanded, introspection fields aside (QUERY_MAX_DEPTH). */
  maxDepth: number;
  /** Most aliased fields (QUERY_MAX_ALIASES): aliases repeat fields, and with them AWS calls. */
  maxAliases: number;
  /** Highest requested cost (QUERY_MAX_COST): see requestedCost. */
  maxCost: number;
}

// 1,000 tokens hold any of the examples ten times over and a tool's introspection query; validation of a hostile
// document of that size (500 copies of one field) stays near 50 ms, where 3,000 tokens would allow about 400 ms.
// The cost limit admits the costliest example, `attention` at 133,010 (see docs/security.md for the measured costs).
export const DEFAULT_QUERY_LIMITS: QueryLimitsOptions = { maxTokens: 1000, maxDepth: 15, maxAliases: 30, maxCost: 150_000 };

const numberFormat = new Intl.NumberFormat('en-US');

export function tooMuch(
  limit: 'tokens' | 'depth' | 'aliases' | 'cost',
  what: string,
  actual: number,
  maximum: number,
  exact = true,
): GraphQLError {
  const shown = exact ? numberFormat.format(actual) : `more than ${numberFormat.format(maximum)}`;
  const over = exact ? ` (${numberFormat.format(actual - maximum)} over)` : '';
  return new GraphQLError(`The query's ${what} is ${shown}; the limit is ${numberFormat.format(maximum)}${over}`, {
    extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit, maximum, ...(exact ? { actual } : {}), http: { status: 400 } },
  });
}

/**
 * The checks made on the query texts of an HTTP request before Apollo parses and validates them (a plugin cannot
 * refuse a request that early): tokens first, then — on a document small enough to parse cheaply — depth and aliases,
 * since validating a hostile document costs time quadratic in its repeated fields. A QUERY_LIMIT_EXCEEDED error for the
 * first text over a limit, else undefined; a text that does not parse is left for Apollo to report.
 */
export function documentLimitError(
  texts: string[],
  options: Pick<QueryLimitsOptions, 'maxTokens' | 'maxDepth' | 'maxAliases'>,
): GraphQLError | undefined {
  // Generous, so that "by how much" is exact for anything a 1 MiB body can hold, yet the count stays bounded.
  const cap = Math.max(options.maxTokens * 100, 1_000_000);
  for (const text of texts) {
    const tokens = countTokens(text, cap);
    if (tokens > options.maxTokens) return tooMuch('tokens', 'token count', tokens, options.maxTokens, tokens <= cap);
    let document: DocumentNode;
    try {
      document = parse(text, { noLocation: true });
    } catch {
      continue;
    }
    const depth = queryDepth(document);
    if (depth > options.maxDepth) return tooMuch('depth', 'depth', depth, options.maxDepth);
    const aliases = countAliases(document);
    if (aliases > options.maxAliases) return tooMuch('aliases', 'alias count', aliases, options.maxAliases);
  }
  return undefined;
}

/** QUERY_LIMIT_EXCEEDED when the operation's requested cost, with its variables, is over `maxCost`; else undefined. */
export function costLimitError(
  model: CostModel,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  maxCost: number,
): GraphQLError | undefined {
  const requested = requestedCost(model, document, operation, variables);
  return requested > maxCost ? tooMuch('cost', 'requested cost', requested, maxCost) : undefined;
}
