import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from '../request/context';

/** Options of the write reports; none yet. */
export type WriteReportsOptions = Record<string, never>;

/**
 * Puts into `extensions.writes` what happened to each create that needed more than one plain call (sent again after
 * throttling, or found after a failure or a call with no answer), so that a client knows the answer was checked.
 */
export function writeReportsPlugin(_options: WriteReportsOptions = {}): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          const writes = contextValue?.writes;
          if (!writes?.length || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, writes };
        },
      };
    },
  };
}
