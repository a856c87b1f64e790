import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import type { GatewayContext, RequestCost } from '../request/context';
import { countAliases, queryDepth, requestedCost, type CostModel } from '../security/cost-analysis';
import { tooMuch, type QueryLimitsOptions } from '../security/query-limits';
/**
 * Refuses operations beyond the limits with QUERY_LIMIT_EXCEEDED (HTTP 400) saying which limit and by how much —
 * the requested cost once the operation and its variables are known, before it executes; depth and aliases again for
 * operations that did not come through the HTTP layer (which checks them, and tokens, earlier: documentLimitError). Counts the actual cost as fields resolve, and reports both in
 * `extensions.cost.requested` and `extensions.cost.actual`.
 */
export function queryLimitsPlugin(options: QueryLimitsOptions, model: CostModel, rejected?: (limit: string) => void): ApolloServerPlugin<GatewayContext> {
  const refuse = (error: GraphQLError): never => {
    rejected?.(String(error.extensions.limit));
    throw error;
  };
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
          cost = { requested, actual: 0 };
          contextValue.cost = cost;
          if (requested > options.maxCost) refuse(tooMuch('cost', 'requested cost', requested, options.maxCost));
        },
        async executionDidStart() {
          return {
            willResolveField({ info }) {
              const weight = model.weight(info.parentType.name, info.fieldName);
              if (!weight) return undefined;
              const perItem = model.weighsPerItem(info.parentType.name, info.fieldName);
              return (error, result) => {
                if (error || result === null || result === undefined || !cost) return;
                const items = perItem && Array.isArray(result) ? result.filter((item) => item != null).length : 1;
                cost.actual += weight * items;
              };
            },
          };
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
