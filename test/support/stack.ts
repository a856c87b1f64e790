import { startGateway, type GatewayOptions, type RunningGateway } from '../../src/gateway/http';
import type { EmulatorOptions } from '../../src/emulator';
import { startTestEmulator, type TestEmulator } from './emulator';

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, any> }>;
  extensions?: { cost?: { upstream?: { calls: number; byOperation: Record<string, number> } } } & Record<string, any>;
}

export interface TestStack extends TestEmulator {
  gateway: RunningGateway;
  graphqlUrl: string;
  /** POSTs a GraphQL request to the gateway over real HTTP. */
  gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
}

/** The emulator and the gateway in front of it, both on 127.0.0.1 at free ports. */
export async function startStack(
  emulatorOptions: Partial<EmulatorOptions> = {},
  gatewayOptions: Partial<Pick<GatewayOptions, 'concurrencyPerRequest' | 'cacheTtlMs' | 'redisUrl' | 'log' | 'logger' | 'federation' | 'playground'>> = {},
): Promise<TestStack> {
  const emulator = await startTestEmulator(emulatorOptions);
  const gateway = await startGateway(
    {
      upstream: { endpoint: emulator.endpoint, region: 'us-east-1' },
      concurrencyPerRequest: gatewayOptions.concurrencyPerRequest ?? 16,
      concurrencyPerProcess: 64,
      upstreamTimeoutMs: 5000,
      upstreamMaxAttempts: 1,
      cacheTtlMs: gatewayOptions.cacheTtlMs,
      redisUrl: gatewayOptions.redisUrl,
      log: gatewayOptions.log,
      // Quiet unless a test brings its own logger to read.
      logger: gatewayOptions.logger,
      logLevel: 'silent',
      federation: gatewayOptions.federation,
      playground: gatewayOptions.playground,
    },
    '127.0.0.1',
    0,
  );
  return {
    ...emulator,
    gateway,
    graphqlUrl: gateway.graphqlUrl,
    async gql(query, variables) {
      const res = await fetch(gateway.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, ...((await res.json()) as object) };
    },
    async close() {
      await gateway.close();
      await emulator.close();
    },
  };
}
