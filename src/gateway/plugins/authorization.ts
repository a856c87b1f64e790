import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { holds, roleFor } from '../request/roles';
import type { GatewayContext } from '../request/context';

/** Options of the role check; none yet (the roles an operation needs are fixed: see roleFor). */
export type AuthorizationOptions = Record<string, never>;

/**
 * Refuses an operation whose caller lacks the role it needs (queries: reader; mutations: operator) with FORBIDDEN
 * (HTTP 403), once the operation is known and before it executes, so a refused request makes no AWS call.
 * Requests without a principal (a gateway started without security options) are not checked.
 */
export function authorizationPlugin(_options: AuthorizationOptions = {}): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          const principal = contextValue.principal;
          if (!principal || !operation) return;
          const needed = roleFor(operation.operation);
          if (holds(principal, needed)) return;
          const has = principal.roles.length ? `has ${principal.roles.join(', ')}` : 'has no role';
          throw new GraphQLError(`A ${operation.operation} needs the ${needed} role; ${principal.id} ${has}`, {
            extensions: { code: 'FORBIDDEN', requiredRole: needed, http: { status: 403 } },
          });
        },
      };
    },
  };
}
