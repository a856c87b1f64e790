import type { ApolloServerPlugin } from '@apollo/server';
import { SpanStatusCode } from '@opentelemetry/api';
import type { GatewayContext } from '../request/context';
import { operationSpan } from '../observability/tracing';

/**
 * Names the operation span of a traced request after its operation (`graphql.operation <name>`) and records its type,
 * requested and actual cost, AWS calls and error codes. Variables and the document stay out: they may carry secrets.
 * Untraced requests (no SDK registered, or a caller's trace not sampled) get no listener.
 */
export function tracingPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      const span = operationSpan();
      if (!span) return;
      return {
        async didResolveOperation({ operation, operationName }) {
          if (!operation) return;
          if (operationName) span.updateName(`graphql.operation ${operationName}`);
          span.setAttributes({
            'graphql.operation.type': operation.operation,
            ...(operationName ? { 'graphql.operation.name': operationName } : {}),
          });
        },
        async willSendResponse({ response, contextValue }) {
          const result = response.body.kind === 'single' ? response.body.singleResult : response.body.initialResult;
          const codes = [
            ...new Set((result.errors ?? []).map((e) => e.extensions?.code).filter((c): c is string => typeof c === 'string')),
          ];
          span.setAttributes({
            'transfer_graph.aws.calls': contextValue.upstream?.meter.calls ?? 0,
            ...(contextValue.cost
              ? { 'transfer_graph.cost.requested': contextValue.cost.requested, 'transfer_graph.cost.actual': contextValue.cost.actual }
              : {}),
            ...(codes.length ? { 'transfer_graph.graphql.error_codes': codes, 'error.type': codes[0] } : {}),
          });
          if (result.errors?.length) span.setStatus({ code: SpanStatusCode.ERROR });
        },
      };
    },
  };
}
