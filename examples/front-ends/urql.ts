import { cacheExchange } from '@urql/exchange-graphcache';
import { relayPagination } from '@urql/exchange-graphcache/extras';
import { Client, fetchExchange } from 'urql';

/**
 * urql with graphcache on the gateway. Queries go as GET, urql's default; the header tells CSRF prevention that the
 * request could not have come cross-site without a preflight (the other way: preferGetMethod: false, to POST JSON).
 * relayPagination merges the pages of each root list, keyed by its other arguments.
 */
export function createUrqlClient(url = 'http://127.0.0.1:4000/graphql'): Client {
  return new Client({
    url,
    fetchOptions: { headers: { 'apollo-require-preflight': 'true' } },
    exchanges: [
      cacheExchange({
        keys: { PageInfo: () => null },
        resolvers: {
          Query: {
            profiles: relayPagination(),
            certificates: relayPagination(),
            agreements: relayPagination(),
            connectors: relayPagination(),
          },
        },
      }),
      fetchExchange,
    ],
  });
}
// Next page: the same query with { after: data.profiles.pageInfo.endCursor }; its data holds every page so far.
