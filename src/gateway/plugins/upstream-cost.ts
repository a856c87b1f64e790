import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from '../request/context';

/** Puts the AWS calls each request made into `extensions.cost.upstream`, so users see the price of a query. */
export function upstreamCostPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          const cost = { ...((result.extensions?.cost as object | undefined) ?? {}), upstream: contextValue.upstream.meter.toJSON() };
          result.extensions = { ...result.extensions, cost };
        },
      };
    },
  };
}
