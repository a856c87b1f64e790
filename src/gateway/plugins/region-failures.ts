import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from '../request/context';
import { codeOf } from '../upstream/errors';

/**
 * Adds one error per region that failed while a field read several regions (regions.ts), next to the data the
 * other regions gave: `Region eu-west-1 did not answer …`, with the field's path, the failure's stable code and
 * `extensions.region`.
 */
export function regionFailuresPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          const failures = contextValue.regions?.failures ?? [];
          if (response.body.kind !== 'single' || failures.length === 0) return;
          const result = response.body.singleResult;
          const added: GraphQLFormattedError[] = failures.map(({ region, error, path }) => {
            const known = error instanceof GraphQLError && codeOf(error) ? error : undefined;
            return {
              message: `Region ${region} did not answer, so the list leaves out its items: ${known ? known.message : 'unexpected failure'}`,
              path: [...path],
              extensions: { ...(known?.extensions ?? { code: 'UPSTREAM_UNAVAILABLE' }), region },
            };
          });
          result.errors = [...(result.errors ?? []), ...added];
        },
      };
    },
  };
}
