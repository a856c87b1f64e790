import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from '../request/context';
import type { RequestDeadlineOptions } from '../request/deadline';

/**
 * Says DEADLINE_EXCEEDED instead of UPSTREAM_UNAVAILABLE on paths whose AWS calls the request deadline aborted: the
 * deadline's signal reaches the SDK through the context, which cancels the HTTP calls in flight.
 */
export function requestDeadlinePlugin(options: RequestDeadlineOptions): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (!contextValue?.deadline?.passed || response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            if (error.extensions?.code !== 'UPSTREAM_UNAVAILABLE' || error.extensions.awsError) continue;
            (error as { message: string }).message = `The request deadline of ${options.deadlineMs} ms passed before AWS answered`;
            (error.extensions as Record<string, unknown>).code = 'DEADLINE_EXCEEDED';
          }
        },
      };
    },
  };
}
