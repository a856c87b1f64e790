/**
 * The minimal peer of the CPU runs, as its own process: `node:http` and graphql-js (no Apollo, no type-graphql),
 * answering bench/queries/small-servers.graphql from one ListServers call through @aws-sdk/client-transfer, as the
 * gateway does. What any GraphQL server over the SDK must spend per request; the gateway's CPU is compared with it.
 * TRANSFER_ENDPOINT names the emulator; prints `peer at <url>`.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ListServersCommand, TransferClient, type ListedServer } from '@aws-sdk/client-transfer';
import { buildSchema, graphql } from 'graphql';

const SCHEMA = buildSchema(`
  type Query { servers(first: Int!): ServerConnection! }
  type ServerConnection { edges: [ServerEdge!]! pageInfo: PageInfo! }
  type ServerEdge { node: Server! }
  type PageInfo { hasNextPage: Boolean! }
  type Server { serverId: String! state: String! endpointType: String! identityProviderType: String! userCount: Int! }
`);

const toServer = (s: ListedServer) => ({
  serverId: s.ServerId,
  state: s.State,
  endpointType: s.EndpointType,
  identityProviderType: s.IdentityProviderType,
  userCount: s.UserCount ?? 0,
});

function main(): void {
  const endpoint = process.env.TRANSFER_ENDPOINT;
  if (!endpoint) throw new Error('TRANSFER_ENDPOINT is required');
  const sdk = new TransferClient({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 'peer', secretAccessKey: 'peer' } });
  const root = {
    servers: async ({ first }: { first: number }) => {
      const page = await sdk.send(new ListServersCommand({ MaxResults: first }));
      return { edges: (page.Servers ?? []).map((s) => ({ node: toServer(s) })), pageInfo: { hasNextPage: Boolean(page.NextToken) } };
    },
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const { query, variables } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        query: string;
        variables?: Record<string, unknown>;
      };
      void graphql({ schema: SCHEMA, source: query, rootValue: root, variableValues: variables }).then((result) => {
        const body = JSON.stringify(result);
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
        res.end(body);
      });
    });
  });
  server.listen(0, '127.0.0.1', () => console.log(`peer at http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`));
  process.once('SIGTERM', () => server.close(() => process.exit(0)));
}

main();
