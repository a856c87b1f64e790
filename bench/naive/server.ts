import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { TransferClient } from '@aws-sdk/client-transfer';
import { NAIVE_TYPE_DEFS, naiveResolvers } from './schema';

/** A running naive gateway. */
export interface NaiveGateway {
  graphqlUrl: string;
  close(): Promise<void>;
}

/** Serves the naive resolvers over `endpoint` with their own Apollo Server on 127.0.0.1. */
export async function startNaiveGateway(endpoint: string, region = 'us-east-1'): Promise<NaiveGateway> {
  const sdk = new TransferClient({ endpoint, region, credentials: { accessKeyId: 'naive', secretAccessKey: 'naive' }, maxAttempts: 1 });
  const apollo = new ApolloServer({ typeDefs: NAIVE_TYPE_DEFS, resolvers: naiveResolvers(sdk) as never });
  const { url } = await startStandaloneServer(apollo, { listen: { host: '127.0.0.1', port: 0 } });
  return {
    graphqlUrl: url,
    async close() {
      await apollo.stop();
      sdk.destroy();
    },
  };
}
