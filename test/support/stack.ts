import { startGateway, type GatewayOptions, type RunningGateway } from '../../src/gateway';

/** The gateway's composition root, for specs that wire a gateway of their own (one import to change if it moves). */
export { startGateway, type GatewayOptions, type RunningGateway };
import type { EmulatorOptions } from '../../src/emulator';
import { startTestEmulator, type TestEmulator } from './emulator';

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, any> }>;
  extensions?: { cost?: { upstream?: { calls: number; byOperation: Record<string, number> } } & Record<string, any> } & Record<string, any>;
}

export interface TestStack extends TestEmulator {
  gateway: RunningGateway;
  graphqlUrl: string;
  /** POSTs a GraphQL request to the gateway over real HTTP, with `headers` added (e.g. credentials). */
  gql: <T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) => Promise<GraphQLResponse<T>>;
}

/** Something between the gateway and the emulator (a fault proxy): started on the emulator's endpoint, closed with the stack. */
export type Between = (emulatorEndpoint: string) => Promise<{ endpoint: string; close(): Promise<void> }>;

/**
 * The emulator and the gateway in front of it, both on 127.0.0.1 at free ports; with `between`, the gateway reaches
 * the emulator through what it starts (the stack's own client still reaches the emulator directly).
 */
export async function startStack(
  emulatorOptions: Partial<EmulatorOptions> = {},
  gatewayOptions: Partial<
    Pick<
      GatewayOptions,
      | 'concurrencyPerRequest'
      | 'auditLog'
      | 'cacheTtlMs'
      | 'redisUrl'
      | 'log'
      | 'logger'
      | 'federation'
      | 'playground'
      | 'portal'
      | 'security'
      | 'upstreamTimeoutMs'
      | 'upstreamMaxAttempts'
      | 'subscriptions'
      | 'regions'
      | 'webSocket'
    >
  > = {},
  { between }: { between?: Between } = {},
): Promise<TestStack> {
  const emulator = await startTestEmulator(emulatorOptions);
  const middle = between && (await between(emulator.endpoint));
  const gateway = await startGateway(
    {
      upstream: { endpoint: middle?.endpoint ?? emulator.endpoint, region: 'us-east-1' },
      concurrencyPerRequest: gatewayOptions.concurrencyPerRequest ?? 16,
      concurrencyPerProcess: 64,
      upstreamTimeoutMs: gatewayOptions.upstreamTimeoutMs ?? 5000,
      upstreamMaxAttempts: gatewayOptions.upstreamMaxAttempts ?? 1,
      cacheTtlMs: gatewayOptions.cacheTtlMs,
      redisUrl: gatewayOptions.redisUrl,
      log: gatewayOptions.log,
      // Quiet unless a test brings its own logger to read.
      logger: gatewayOptions.logger,
      logLevel: 'silent',
      federation: gatewayOptions.federation,
      playground: gatewayOptions.playground,
      portal: gatewayOptions.portal,
      security: gatewayOptions.security,
      subscriptions: gatewayOptions.subscriptions,
      regions: gatewayOptions.regions,
      webSocket: gatewayOptions.webSocket,
      auditLog: gatewayOptions.auditLog,
    },
    '127.0.0.1',
    0,
  );
  return {
    ...emulator,
    gateway,
    graphqlUrl: gateway.graphqlUrl,
    async gql(query, variables, headers = {}) {
      const res = await fetch(gateway.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, ...((await res.json()) as object) };
    },
    async close() {
      await gateway.close();
      await middle?.close();
      await emulator.close();
    },
  };
}
