import { cacheExchange } from '@urql/exchange-graphcache';
import { relayPagination } from '@urql/exchange-graphcache/extras';
import { createClient as createWsClient } from 'graphql-ws';
import { Client, fetchExchange, subscriptionExchange } from 'urql';

const KEY = 'transfer-graph.credentials';

/** The API key or bearer token, kept for this tab only (sessionStorage). */
export const credentials = {
  get: (): string => sessionStorage.getItem(KEY) ?? '',
  set: (value: string): void => sessionStorage.setItem(KEY, value.trim()),
  clear: (): void => sessionStorage.removeItem(KEY),
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
        keys: {
          PageInfo: () => null,
          Health: () => null,
          CertificateAttention: () => null,
          CertificateReplacement: () => null,
          HealthProblem: () => null,
        },
        resolvers: { Query: { profiles: relayPagination(), certificates: relayPagination() } },
        // A deleted profile leaves every cached list and link that named it.
        updates: {
          Mutation: {
            deleteProfile: (result, _args, cache) => {
              const deletedId = (result.deleteProfile as { deletedId?: string | null } | null)?.deletedId;
              if (deletedId) cache.invalidate({ __typename: 'Profile', id: deletedId });
            },
          },
        },
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
  graphQLErrors?: Array<{ extensions?: Record<string, unknown> }>;
}): string {
  const status = error.response?.status;
  const code = error.graphQLErrors?.[0]?.extensions?.code;
  if (status === 401 || code === 'UNAUTHENTICATED')
    return 'The gateway wants credentials: sign out and type an API key or bearer token the gateway accepts.';
  if (status === 403 || code === 'FORBIDDEN')
    return 'These credentials lack the role for this: ask for the reader role (to read) or operator (to change).';
  return error.message;
}
