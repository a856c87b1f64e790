import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import type { GatewayMetrics, GraphQLOutcome } from '../observability/metrics';

export interface MetricsPluginOptions {
  /** Where requests are counted and timed. */
  metrics: GatewayMetrics;
}

/** How a response ended: `rejected` never executed (syntax, validation or a limit); `error` executed but has no data. */
export function outcomeOf(requestContext: GraphQLRequestContextWillSendResponse<object>): GraphQLOutcome {
  const { body } = requestContext.response;
  const result = body.kind === 'single' ? body.singleResult : body.initialResult;
  if (!result.errors?.length) return 'ok';
  if (result.data === undefined) return 'rejected';
  return result.data === null ? 'error' : 'partial';
}

/** Counts every GraphQL request by operation name and outcome and observes its latency. */
export function metricsPlugin({ metrics }: MetricsPluginOptions): ApolloServerPlugin<object> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse(requestContext) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          metrics.graphqlRequest(requestContext.operationName, outcomeOf(requestContext), seconds);
        },
      };
    },
  };
}
