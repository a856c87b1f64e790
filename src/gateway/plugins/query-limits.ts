import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import type { GatewayContext, RequestCost } from '../request/context';
import { countAliases, queryDepth, requestedCost, type CostModel } from '../security/cost-analysis';
import { tooMuch, type QueryLimitsOptions } from '../security/query-limits';
import { countActualCost } from '../security/actual-cost';
/**
 * Refuses operations beyond the limits with QUERY_LIMIT_EXCEEDED (HTTP 400) saying which limit and by how much —
 * the requested cost once the operation and its variables are known, before it executes; depth and aliases again for
 * operations that did not come through the HTTP layer (which checks them, and tokens, earlier: documentLimitError). Counts the actual cost as the weighed fields resolve (actual-cost.ts), and reports both in
 * `extensions.cost.requested` and `extensions.cost.actual`.
 */
export function queryLimitsPlugin(
  options: QueryLimitsOptions,
  model: CostModel,
  rejected?: (limit: string) => void,
): ApolloServerPlugin<GatewayContext> {
  const refuse = (error: GraphQLError): never => {
    rejected?.(String(error.extensions.limit));
    throw error;
  };
  countActualCost(model);
  return {
    async requestDidStart() {
      let cost: RequestCost | undefined;
      return {
        async didResolveOperation({ document, operation, request, contextValue }) {
          if (!operation) return;
          const depth = queryDepth(document);
          if (depth > options.maxDepth) refuse(tooMuch('depth', 'depth', depth, options.maxDepth));
          const aliases = countAliases(document);
          if (aliases > options.maxAliases) refuse(tooMuch('aliases', 'alias count', aliases, options.maxAliases));
          const requested = requestedCost(model, document, operation, request.variables ?? {});
          cost = { requested, actual: 0, weights: model };
          contextValue.cost = cost;
          if (requested > options.maxCost) refuse(tooMuch('cost', 'requested cost', requested, options.maxCost));
        },
        async willSendResponse({ response }) {
          if (!cost || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          const previous = (result.extensions?.cost as object | undefined) ?? {};
          result.extensions = { ...result.extensions, cost: { ...previous, requested: cost.requested, actual: cost.actual } };
        },
      };
    },
  };
}
