import { cacheExchange } from '@urql/exchange-graphcache';
import { relayPagination } from '@urql/exchange-graphcache/extras';
import { createClient as createWsClient } from 'graphql-ws';
import { Client, fetchExchange, subscriptionExchange } from 'urql';
import schema from 'virtual:portal-schema';
import { writeUpdates } from './cache-updates';

const KEY = 'transfer-graph.credentials';

/** The API key or bearer token, kept for this tab only (sessionStorage). */
export const credentials = {
  get: (): string => sessionStorage.getItem(KEY) ?? '',
  set: (value: string): void => sessionStorage.setItem(KEY, value.trim()),
  clear: (): void => sessionStorage.removeItem(KEY),
  /** Whether the user has signed in in this tab (an empty value counts: a gateway that checks no credentials). */
  present: (): boolean => sessionStorage.getItem(KEY) !== null,
};

/** One urql client on the gateway's /graphql, normalised by node id, Relay connections merged page by page. */
export function createClient(): Client {
  const token = credentials.get();
  const ws = createWsClient({
    url: new URL('../graphql', window.location.href).toString().replace(/^http/, 'ws'),
    lazy: true,
    retryAttempts: 0,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
  });
  return new Client({
    url: new URL('../graphql', window.location.href).toString(),
    // POST always: Apollo's CSRF prevention refuses a GET without a preflight header.
    preferGetMethod: false,
    exchanges: [
      cacheExchange({
        // The schema lets graphcache match fragments on interfaces (node, nodes) by type instead of guessing by fields.
        schema,
        keys: {
          PageInfo: () => null,
          Health: () => null,
          CertificateAttention: () => null,
          CertificateReplacement: () => null,
          HealthProblem: () => null,
          Viewer: () => null,
          PlannedCall: () => null,
          RotatedProfile: () => null,
          FileTransferCounts: () => null,
          Warning: () => null,
          UserError: () => null,
        },
        resolvers: { Query: { profiles: relayPagination(), certificates: relayPagination() } },
        updates: { Mutation: writeUpdates },
      }),
      fetchExchange,
      // Subscriptions over graphql-ws at the same URL; a browser cannot set headers on a WebSocket, so the token goes in connection_init.
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({ unsubscribe: ws.subscribe({ ...request, query: request.query ?? '' }, sink) }),
        }),
      }),
    ],
    fetchOptions: () => {
      const token = credentials.get();
      const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
      return { headers };
    },
  });
}

/** What to tell the user for a failed request: 401 and 403 say what to do next. */
export function explain(error: {
  message: string;
  response?: { status?: number };
  graphQLErrors?: Array<{ message?: string; extensions?: Record<string, unknown> }>;
}): string {
  const status = error.response?.status;
  const first = error.graphQLErrors?.[0];
  const code = first?.extensions?.code;
  if (status === 401 || code === 'UNAUTHENTICATED')
    return `The gateway did not accept these credentials (${first?.message ?? 'HTTP 401'}): sign out, then sign in with an API key or bearer token it accepts.`;
  if (status === 403 || code === 'FORBIDDEN') {
    const role = first?.extensions?.requiredRole;
    return `These credentials lack the role for this (${first?.message ?? 'HTTP 403'}): ask whoever issues your API keys or tokens for the ${typeof role === 'string' ? role : 'operator'} role, then sign in again.`;
  }
  return error.message;
}
