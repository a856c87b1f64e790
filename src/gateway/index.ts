import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ListServersCommand } from '@aws-sdk/client-transfer';
import { createContext, type GatewayContext } from './request/context';
import { errorPolicy } from './observability/error-policy';
import { sensitiveInputsPlugin } from './plugins/sensitive-inputs';
import { upstreamCostPlugin } from './plugins/upstream-cost';
import { createLogger, errorLogOf, type Logger, type LogLevel } from './observability/logger';
import { GatewayMetrics } from './observability/metrics';
import { metricsPlugin } from './plugins/metrics';
import { requestLogPlugin } from './plugins/request-log';
import { auditLogPlugin, type AuditDestination } from './plugins/audit-log';
import { tracingPlugin } from './plugins/tracing';
import { gatewaySchema } from './schema/build';
import { RegionUpstream, type UpstreamClientOptions, type UpstreamTarget } from './upstream/client';
import { MemoryCacheBackend, RedisCacheBackend, type CacheBackend } from './upstream/cache';
import { Limiter } from './upstream/limiter';
import { SharedCache } from './upstream/shared-cache';
import { RedisConnection } from './upstream/redis';
import { UpstreamMeter } from './upstream/meter';
import { startSecurity, type SecurityOptions } from './security';
import { createHttpServer, MAX_BODY_BYTES } from './http/server';
import { DEFAULT_READINESS, Readiness, type ReadinessOptions } from './http/readiness';
import { DEFAULT_TRANSFER_WATCH, serveSubscriptions } from './subscriptions/server';
import { DEFAULT_WEBSOCKET_BOUNDS, type WebSocketBounds } from './subscriptions/websocket-bounds';
import type { TransferWatchOptions } from './schema/transfer/transfer-watch';
import { cacheNamespace, RegionalUpstreams } from './request/regions';
import { regionFailuresPlugin } from './plugins/region-failures';

/** What the gateway needs to run, each part declared by the component it configures; src/config/ reads them from the environment. */
export interface GatewayOptions extends UpstreamClientOptions {
  upstream: UpstreamTarget;
  /** Describe calls in flight at once for one GraphQL request (UPSTREAM_CONCURRENCY_PER_REQUEST). */
  concurrencyPerRequest: number;
  /** How long Describe/List results are shared across requests, in ms; 0 or absent: no shared cache (CACHE_TTL_MS). */
  cacheTtlMs?: number;
  /** Redis for the shared cache and the cost budget, so replicas share them (REDIS_URL); in-process when absent. */
  redisUrl?: string;
  /** Time allowed for one Redis command, in ms (REDIS_TIMEOUT_MS); past it the read goes to AWS and the budget to memory. */
  redisTimeoutMs?: number;
  /** Serve an Apollo Federation 2 subgraph (@key entities, _service, _entities) instead of the plain schema (FEDERATION). */
  federation?: boolean;
  /** Serve the GraphiQL playground at / and to browsers at GET /graphql (PLAYGROUND); on when absent. */
  playground?: boolean;
  /** Serve the partner portal at /portal/ (PORTAL); on when absent. */
  portal?: boolean;
  /** Least severe level of the JSON log lines on stdout (LOG_LEVEL); info when absent. */
  logLevel?: LogLevel;
  /** Host header names answered (ALLOWED_HOSTS); any when absent. Guards against DNS rebinding. */
  allowedHosts?: string[];
  /** Where the audit trail of mutations goes (AUDIT_LOG); off when absent. */
  auditLog?: AuditDestination;
  /** Connection_init time, connections before it and live subscriptions per principal; frames are capped at the HTTP body limit. */
  webSocket?: Partial<Omit<WebSocketBounds, 'maxFrameBytes'>>;
  log?: (message: string, error?: unknown) => void;
  /** The JSON logger (request lines, and `log` when that is not given); pino on stdout at `logLevel` when absent. */
  logger?: Logger;
  /** Authentication, query limits, cost budget, production defaults and deadline; none of them when absent. */
  security?: SecurityOptions;
  /** How subscriptions poll the transfers they follow (SUBSCRIPTION_POLL_INTERVAL_MS, SUBSCRIPTION_MAX_TRANSFERS). */
  subscriptions?: Partial<TransferWatchOptions>;
  /** How /readyz caches and times out its check of the upstream; DEFAULT_READINESS when absent. */
  readiness?: Partial<ReadinessOptions>;
  /** Every region served, upstream.region first (TRANSFER_REGIONS); just upstream.region when absent. */
  regions?: string[];
  /** An endpoint other than upstream.endpoint for some regions (tests point one region elsewhere). */
  regionEndpoints?: Record<string, string>;
}

export interface RunningGateway {
  /** Base URL, e.g. http://127.0.0.1:4000 */
  url: string;
  graphqlUrl: string;
  /** Stops taking requests and waits up to `graceMs` for those in flight; answers whether they all finished. */
  drain(graceMs: number): Promise<boolean>;
  close(): Promise<void>;
}

/** REDIS_TIMEOUT_MS's default, for callers that do not set it. */
const DEFAULT_REDIS_TIMEOUT_MS = 1000;

/**
 * The composition root: makes the logger, metrics, Redis connection, caches, regional upstreams, schema, security and
 * Apollo, then serves them over HTTP (routes in http/server.ts) and WebSocket (subscriptions/server.ts).
 */
export async function startGateway(options: GatewayOptions, host: string, port: number): Promise<RunningGateway> {
  const logger = options.logger ?? createLogger({ level: options.logLevel ?? 'info' });
  const log = options.log ?? errorLogOf(logger);
  const metrics = new GatewayMetrics();
  const playground = options.playground ?? true;
  const portal = options.portal ?? true;
  // One connection for the cache and the budget, made in the background: start-up never waits on Redis.
  const redis = options.redisUrl
    ? RedisConnection.connect({ url: options.redisUrl, timeoutMs: options.redisTimeoutMs ?? DEFAULT_REDIS_TIMEOUT_MS, log })
    : undefined;
  const cache = createSharedCache(options, redis, metrics);
  const upstream = new RegionUpstream(options.upstream, options, cache, (operation, outcome) => metrics.awsCall(operation, outcome));
  const regions = RegionalUpstreams.of(
    upstream,
    options.regions,
    (target) =>
      new RegionUpstream(target, options, cache?.forNamespace(cacheNamespace(target)), (operation, outcome) =>
        metrics.awsCall(operation, outcome),
      ),
    options.regionEndpoints,
  );
  // The subgraph's libraries (@apollo/subgraph) are loaded only for it: they are a fifth of the gateway's start-up.
  const schema = options.federation ? (await import('./schema/federation')).subgraphSchema() : gatewaySchema();
  const security = await startSecurity(options.security, {
    schema,
    redis,
    regions: options.regions?.length ?? 1,
    log,
    rejected: (limit) => metrics.rejectedQuery(limit),
  });
  const apollo = new ApolloServer<GatewayContext>({
    schema,
    // The request log reads extensions.cost, so it comes after the plugins that write it. Apollo's cache-control
    // plugin (installed unless disabled) would wrap every resolver for cache hints the schema never gives.
    plugins: [
      sensitiveInputsPlugin(),
      upstreamCostPlugin(),
      regionFailuresPlugin(),
      ...security.plugins,
      metricsPlugin({ metrics }),
      requestLogPlugin({ logger }),
      tracingPlugin(),
      auditLogPlugin({ destination: options.auditLog ?? 'off', log }),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
    ],
    // The playground's docs explorer needs introspection; the production defaults below (INTROSPECTION) may turn it off.
    introspection: true,
    formatError: errorPolicy({ log }),
    includeStacktraceInErrorResponses: false,
    // Apollo's own messages (e.g. the subgraph's inline-tracing notice) become JSON lines too.
    logger,
    // Outside NODE_ENV=test Apollo would stop itself on SIGTERM and re-raise the signal, killing the requests in flight:
    // the process's own handler (main.ts) drains them first, in every mode.
    stopOnTerminationSignals: false,
    ...security.apolloOptions,
  });
  await apollo.start();

  const readiness = new Readiness(
    (signal) => upstream.send(new ListServersCommand({ MaxResults: 1 }), new UpstreamMeter(), new Limiter(1), 'read', signal),
    { ...DEFAULT_READINESS, ...options.readiness },
  );
  // Subscriptions over WebSocket on the same server and path; the subgraph schema has none, so always the gateway's.
  const http = createHttpServer({
    apollo,
    security,
    context: (signal) => createContext(upstream, options.concurrencyPerRequest, signal, regions),
    readiness,
    metrics,
    logger,
    log,
    playground,
    portal,
    allowedHosts: options.allowedHosts,
  });
  const subscriptions = serveSubscriptions(http.server, {
    schema: gatewaySchema(),
    upstreams: regions.byRegion,
    createContext: () => createContext(upstream, options.concurrencyPerRequest, undefined, regions),
    watch: { ...DEFAULT_TRANSFER_WATCH, ...options.subscriptions },
    formatError: errorPolicy({ log }),
    allowedHosts: options.allowedHosts,
    admit: (header, remoteAddress) => security.admitSubscriber(header, remoteAddress),
    limits: security,
    errors: { hideSuggestions: options.security?.production.schemaSuggestions === false },
    bounds: { ...DEFAULT_WEBSOCKET_BOUNDS, ...options.webSocket, maxFrameBytes: MAX_BODY_BYTES },
    observe: {
      started: () => metrics.subscriptionStarted(),
      ended: () => metrics.subscriptionEnded(),
      rejected: () => metrics.subscriptionRejected(),
      unauthenticated: (connections) => metrics.unauthenticatedWebSockets(connections),
    },
  });
  const url = await http.listen(host, port);
  return {
    url,
    graphqlUrl: `${url}/graphql`,
    drain: (graceMs) => http.drain.drain(graceMs),
    async close() {
      await subscriptions.close();
      await http.close();
      await apollo.stop();
      upstream.destroy();
      regions.destroy();
      await cache?.close();
      await security.close();
      await redis?.close();
    },
  };
}

function createSharedCache(options: GatewayOptions, redis: RedisConnection | undefined, metrics: GatewayMetrics): SharedCache | undefined {
  if (!options.cacheTtlMs) return undefined;
  const backend: CacheBackend = redis ? new RedisCacheBackend(redis) : new MemoryCacheBackend();
  return new SharedCache(backend, options.cacheTtlMs, cacheNamespace(options.upstream), {
    hit: (family) => metrics.cacheHit(family),
    miss: (family) => metrics.cacheMiss(family),
    // The Redis connection logs each change of state (down, up); a line per failed command would repeat it.
    error: () => undefined,
  });
}
