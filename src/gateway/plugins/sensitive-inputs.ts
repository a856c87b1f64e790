import type { ApolloServerPlugin } from '@apollo/server';
import { redactInputEchoes } from '../observability/input-echoes';

/** Applies redactInputEchoes to every error of an HTTP request before it is formatted or logged. */
export function sensitiveInputsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, document, request }) {
          redactInputEchoes(errors, document, request.variables);
        },
      };
    },
  };
}
