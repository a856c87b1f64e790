import { Environment, type GraphQLResponse, Network, RecordSource, Store } from 'relay-runtime';

/** A Relay environment on the gateway: a network layer that POSTs JSON (CSRF prevention lets it through as is). */
export function createRelayEnvironment(url = 'http://127.0.0.1:4000/graphql'): Environment {
  const network = Network.create(async (params, variables) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: params.text, variables }),
    });
    return (await res.json()) as GraphQLResponse;
  });
  return new Environment({ network, store: new Store(new RecordSource()) });
}
