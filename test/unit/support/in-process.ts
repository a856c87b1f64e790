import 'reflect-metadata';
import { ApolloServer } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { errorPolicy } from '../../../src/gateway/observability/error-policy';
import { upstreamCostPlugin } from '../../../src/gateway/plugins/upstream-cost';
import type { GatewayContext } from '../../../src/gateway/request/context';
import { gatewaySchema } from '../../../src/gateway/schema/build';
import { startSecurity, type SecurityOptions } from '../../../src/gateway/security/index';
import { createLoaders } from '../../../src/gateway/upstream/loaders';
import { fakeAws, type AwsAnswers, type FakeAws } from './fake-aws';

/** What one operation answered in process: the HTTP status and headers Apollo set, the body, and the AWS calls made. */
export interface InProcessAnswer {
  status: number | undefined;
  headers: Record<string, string>;

  body: { data?: any; errors?: ReadonlyArray<GraphQLFormattedError>; extensions?: Record<string, any> };
  aws: FakeAws;
}

export interface InProcessGateway {
  /** Runs one operation through Apollo's executeOperation, admitted as the HTTP layer admits it (headers, client address). */
  execute(
    query: string,
    request?: { variables?: Record<string, unknown>; headers?: Record<string, string>; remoteAddress?: string },
  ): Promise<InProcessAnswer>;
  /** Unexpected errors the error policy logged. */
  logged: unknown[];
  close(): Promise<void>;
}

/**
 * The gateway's schema, error policy and plugins (those of `security`, as startGateway wires them) in one Apollo
 * server without HTTP, over a fake AWS that answers with `answers`: for specs of plugins and resolvers in process.
 */
export async function inProcessGateway({
  security,
  answers = {},
}: { security?: SecurityOptions; answers?: AwsAnswers } = {}): Promise<InProcessGateway> {
  const schema = gatewaySchema();
  const logged: unknown[] = [];
  const log = (_message: string, error?: unknown) => void logged.push(error);
  const guards = await startSecurity(security, { schema, log });
  const apollo = new ApolloServer<GatewayContext>({
    schema,
    plugins: [upstreamCostPlugin(), ...guards.plugins],
    formatError: errorPolicy({ log }),
    includeStacktraceInErrorResponses: false,
    ...guards.apolloOptions,
  });
  await apollo.start();
  return {
    logged,
    async execute(query, { variables, headers = {}, remoteAddress = '127.0.0.1' } = {}) {
      const aws = fakeAws(answers);
      const admission = await guards.admit((name) => headers[name.toLowerCase()], remoteAddress);
      const contextValue: GatewayContext = {
        upstream: aws.upstream,
        loaders: createLoaders(aws.upstream),
        region: 'us-east-1',
        writes: [],
        mutations: [],
        ...admission,
      };
      try {
        const response = await apollo.executeOperation({ query, variables }, { contextValue });
        if (response.body.kind !== 'single') throw new Error('expected a single result');
        return {
          status: response.http.status,
          headers: Object.fromEntries(response.http.headers),
          body: { ...response.body.singleResult },
          aws,
        };
      } finally {
        admission.deadline?.end();
      }
    },
    async close() {
      await apollo.stop();
      await guards.close();
    },
  };
}
