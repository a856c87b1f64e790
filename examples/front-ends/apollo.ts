import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/**
 * Apollo Client on the gateway. It POSTs JSON, which CSRF prevention lets through as is. Each root list is a Relay
 * connection whose pages fetchMore merges; the arguments other than first/after keep lists of other searches apart.
 */
export function createApolloClient(uri = 'http://127.0.0.1:4000/graphql'): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri }),
    cache: new InMemoryCache({
      typePolicies: {
        Query: {
          fields: {
            profiles: relayStylePagination(['profileType', 'filter', 'orderBy']),
            certificates: relayStylePagination(['filter', 'orderBy']),
            agreements: relayStylePagination(['server', 'filter', 'orderBy']),
            connectors: relayStylePagination(['filter', 'orderBy']),
          },
        },
      },
    }),
  });
}
// Next page: observableQuery.fetchMore({ variables: { after: data.profiles.pageInfo.endCursor } })
