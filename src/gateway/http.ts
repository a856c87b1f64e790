import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ListServersCommand } from '@aws-sdk/client-transfer';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GatewayConfig } from '../config';
import { createContext, type GatewayContext } from './context';
import { errorPolicy } from './plugins/error-policy';
import { sensitiveInputsPlugin } from './plugins/sensitive-inputs';
import { upstreamCostPlugin } from './plugins/upstream-cost';
import { createLogger, errorLogOf, REQUEST_ID_HEADER, requestIdFor, type Logger } from './logger';
import { GatewayMetrics } from './metrics';
import { metricsPlugin } from './plugins/metrics';
import { requestLogPlugin } from './plugins/request-log';
import { auditLogPlugin } from './plugins/audit-log';
import { withCsrfHint } from './csrf-hint';
import { sendPortal } from './portal';
import { PLAYGROUND_ASSET_PREFIX, sendPlaygroundAsset, sendPlaygroundPage, wantsPlayground } from './playground';
import { gatewaySchema } from './schema/build';
import { Upstream, type UpstreamTarget } from './upstream/client';
import { MemoryCacheBackend, RedisCacheBackend, type CacheBackend } from './upstream/cache';
import { Limiter } from './upstream/limiter';
import { SharedCache } from './upstream/shared-cache';
import { RedisConnection } from './upstream/redis';
import { UpstreamMeter } from './upstream/meter';
import { startSecurity, type SecurityOptions } from './security';
import { Drain } from './shutdown';
import { hostAllowed, hostRefusal } from './allowed-hosts';
import { DEFAULT_READINESS, Readiness, type ReadinessOptions } from './readiness';
import { DEFAULT_TRANSFER_WATCH, serveSubscriptions } from './subscriptions';
import { DEFAULT_WEBSOCKET_BOUNDS, type WebSocketBounds } from './websocket-bounds';
import type { TransferWatchOptions } from './schema/transfer/transfer-watch';
import { cacheNamespace, RegionalUpstreams } from './regions';
import { regionFailuresPlugin } from './plugins/region-failures';
import type { RequestDeadline } from './request-deadline';

export interface GatewayOptions
  extends Pick<GatewayConfig, 'concurrencyPerRequest' | 'concurrencyPerProcess' | 'upstreamTimeoutMs' | 'upstreamMaxAttempts'>,
    Partial<Pick<GatewayConfig, 'cacheTtlMs' | 'redisUrl' | 'redisTimeoutMs'>>,
    Partial<Pick<GatewayConfig, 'federation' | 'playground' | 'portal' | 'logLevel' | 'allowedHosts' | 'auditLog'>> {
  /** Connection_init time, connections before it and live subscriptions per principal; frames are capped at the HTTP body limit. */
  webSocket?: Partial<Omit<WebSocketBounds, 'maxFrameBytes'>>;
  upstream: UpstreamTarget;
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

/** Largest HTTP body and WebSocket frame read (1 MiB). */
const MAX_BODY_BYTES = DEFAULT_WEBSOCKET_BOUNDS.maxFrameBytes;
/** REDIS_TIMEOUT_MS's default, for callers that do not set it. */
const DEFAULT_REDIS_TIMEOUT_MS = 250;

/**
 * Starts the HTTP server: /graphql (Apollo; the GraphiQL playground for a browser), /healthz (alive), /readyz (the
 * upstream answers), /metrics (Prometheus), the playground at / with its files under /playground/ and the partner portal
 * at /portal/.
 */
export async function startGateway(options: GatewayOptions, host: string, port: number): Promise<RunningGateway> {
  const logger = options.logger ?? createLogger({ level: options.logLevel ?? 'info' });
  const log = options.log ?? errorLogOf(logger);
  const metrics = new GatewayMetrics();
  const playground = options.playground ?? true;
  const portal = options.portal ?? true;
  // One connection for the cache and the budget, made in the background: start-up never waits on Redis.
  const redis = options.redisUrl ? RedisConnection.connect({ url: options.redisUrl, timeoutMs: options.redisTimeoutMs ?? DEFAULT_REDIS_TIMEOUT_MS, log }) : undefined;
  const cache = createSharedCache(options, redis, metrics);
  const upstream = new Upstream(options.upstream, options, cache, (operation, outcome) => metrics.awsCall(operation, outcome));
  const regions = RegionalUpstreams.of(
    upstream,
    options.regions,
    (target) => new Upstream(target, options, cache?.forNamespace(cacheNamespace(target)), (operation, outcome) => metrics.awsCall(operation, outcome)),
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

  const server: Server = createServer((req, res) => {
    route(req, res).catch((error) => {
      log('unexpected failure in the HTTP layer', error);
      if (!res.headersSent) send(res, 500, { error: 'internal error' });
    });
  });
  const drain = new Drain(server);
  const readiness = new Readiness(
    (signal) => upstream.send(new ListServersCommand({ MaxResults: 1 }), new UpstreamMeter(), new Limiter(1), 'read', signal),
    { ...DEFAULT_READINESS, ...options.readiness },
  );
  // Subscriptions over WebSocket on the same server and path; the subgraph schema has none, so always the gateway's.
  const subscriptions = serveSubscriptions(server, {
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

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0];
    // Probes (a kubelet's Host is the pod's address) learn nothing from the health answers; everything else is checked.
    if (path !== '/healthz' && path !== '/readyz' && !hostAllowed(req.headers.host, options.allowedHosts)) return send(res, 421, hostRefusal(req.headers.host));
    if (drain.started && path !== '/healthz') return send(res, 503, { status: 'shutting down' });
    if (path === '/healthz') return send(res, 200, { status: 'ok' });
    if (path === '/readyz') return ready(res);
    if (path === '/metrics' && req.method === 'GET') return sendMetrics(res);
    if (path === '/graphql') return playground && wantsPlayground(req) ? sendPlaygroundPage(res) : graphql(req, res);
    if (playground && path === '/' && req.method === 'GET') return sendPlaygroundPage(res);
    if (playground && path.startsWith(PLAYGROUND_ASSET_PREFIX) && sendPlaygroundAsset(req, res, path.slice(PLAYGROUND_ASSET_PREFIX.length))) return;
    if (portal && sendPortal(req, res, path)) return;
    send(res, 404, { error: `nothing at ${path}; the GraphQL endpoint is /graphql` });
  }

  async function sendMetrics(res: ServerResponse): Promise<void> {
    const text = await metrics.scrape();
    res.writeHead(200, { 'content-type': metrics.contentType, 'content-length': Buffer.byteLength(text) });
    res.end(text);
  }

  async function ready(res: ServerResponse): Promise<void> {
    const verdict = await readiness.verdict();
    if (verdict.ready) send(res, 200, { status: 'ready' });
    else send(res, 503, { status: 'upstream unavailable', error: verdict.error });
  }

  async function graphql(req: IncomingMessage, res: ServerResponse): Promise<void> {
    res.once('finish', () => metrics.httpResponse(res.statusCode));
    const body = await readBody(req);
    if (body === ABORTED) {
      // Anyone can hang up mid-body, credentials or not: a count and a debug line, not an error with a stack each.
      metrics.httpRequestAborted();
      logger.debug({ remoteAddress: req.socket.remoteAddress }, 'client hung up before its request body arrived');
      return;
    }
    if (body === undefined) return send(res, 413, { errors: [{ message: `Request body larger than ${MAX_BODY_BYTES} bytes`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const requestId = requestIdFor(headers.get(REQUEST_ID_HEADER));
    headers.set(REQUEST_ID_HEADER, requestId);
    res.setHeader(REQUEST_ID_HEADER, requestId);
    let parsedBody: unknown = body;
    if (headers.get('content-type')?.startsWith('application/json') && body) {
      try {
        parsedBody = JSON.parse(body);
      } catch {
        return send(res, 400, { errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
      }
    }
    const abort = new AbortController();
    // Only a client gone before its answer cancels the work: aborting after every answer would fire the abort through
    // every AWS call's signal of the request (a DOMException and its listeners each time) for nothing.
    res.once('close', () => {
      if (!res.writableFinished) abort.abort();
    });
    const search = new URL(req.url ?? '/', 'http://x').search;
    let deadline: RequestDeadline | undefined;
    res.once('close', () => deadline?.end());
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search, body: parsedBody },
      context: async () => {
        const admission = await security.admit((name) => headers.get(name), req.socket.remoteAddress, abort.signal);
        deadline = admission.deadline;
        security.checkDocuments(parsedBody, search);
        return { ...createContext(upstream, options.concurrencyPerRequest, admission.deadline?.signal ?? abort.signal, regions), ...admission };
      },
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      const body = withCsrfHint(response.status, response.body.string);
      if (body !== response.body.string) res.removeHeader('content-length');
      res.end(body);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const url = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
  return {
    url,
    graphqlUrl: `${url}/graphql`,
    drain: (graceMs) => drain.drain(graceMs),
    async close() {
      await subscriptions.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await apollo.stop();
      upstream.destroy();
      regions.destroy();
      await cache?.close();
      await security.close();
      await redis?.close();
    },
  };
}

/** The shared cache the options ask for: in Redis when there is a connection, else in process. */
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

/** What readBody answers when the client hung up before the whole body arrived. */
const ABORTED = Symbol('aborted');

/** The request body as text; undefined when over MAX_BODY_BYTES; ABORTED when the client hung up mid-body. */
function readBody(req: IncomingMessage): Promise<string | undefined | typeof ABORTED> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? undefined : Buffer.concat(chunks).toString('utf8')));
    req.on('error', (error: NodeJS.ErrnoException) => (req.destroyed && !req.complete ? resolve(ABORTED) : reject(error)));
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
