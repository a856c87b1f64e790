import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** How a GraphQL request ended, as the `outcome` label says it. */
export type GraphQLOutcome = 'ok' | 'partial' | 'error' | 'rejected';

export interface GatewayMetricsOptions {
  /** Also export prom-client's Node.js process metrics (CPU, memory, event loop lag, GC). Default true. */
  processMetrics?: boolean;
  /** Distinct operation names kept as label values; later names are counted as `other`. Default 100. */
  maxOperationNames?: number;
  /** Longest operation name kept as a label value; longer ones are counted as `other`. Default 64. */
  maxOperationNameLength?: number;
}

/**
 * The gateway's Prometheus metrics, in a registry of its own (so several gateways in one process, as in the
 * tests, never share or clash). Scraped at GET /metrics.
 */
export class GatewayMetrics {
  readonly registry = new Registry();
  private readonly operationNames = new Set<string>();
  private readonly maxOperationNames: number;
  private readonly maxOperationNameLength: number;

  private readonly graphqlRequests = new Counter({
    name: 'transfer_graph_graphql_requests_total',
    help: 'GraphQL requests by operation name and outcome (ok, partial: data with errors, error: no data, rejected: never executed).',
    labelNames: ['operation', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly graphqlDuration = new Histogram({
    name: 'transfer_graph_graphql_request_duration_seconds',
    help: 'Time from receiving a GraphQL request to sending its response, by operation name.',
    labelNames: ['operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  private readonly awsCalls = new Counter({
    name: 'transfer_graph_aws_calls_total',
    help: 'AWS call attempts (retries included) by operation and outcome (ok, or the AWS exception or error name).',
    labelNames: ['operation', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly cacheHits = new Counter({
    name: 'transfer_graph_cache_hits_total',
    help: 'Reads answered by the shared cache, by resource family.',
    labelNames: ['family'] as const,
    registers: [this.registry],
  });
  private readonly cacheMisses = new Counter({
    name: 'transfer_graph_cache_misses_total',
    help: 'Cacheable reads the shared cache did not hold, by resource family.',
    labelNames: ['family'] as const,
    registers: [this.registry],
  });
  private readonly rejectedQueries = new Counter({
    name: 'transfer_graph_rejected_queries_total',
    help: 'GraphQL requests refused by a query limit, by the limit they exceeded.',
    labelNames: ['limit'] as const,
    registers: [this.registry],
  });

  private readonly httpResponses = new Counter({
    name: 'transfer_graph_http_responses_total',
    help: 'HTTP responses of /graphql by status code, refusals before GraphQL ran included (401, 413, 429, …).',
    labelNames: ['status'] as const,
    registers: [this.registry],
  });

  private readonly httpAborted = new Counter({
    name: 'transfer_graph_http_aborted_total',
    help: 'Requests to /graphql whose client hung up before its body arrived in full (a client event, not a server error).',
    registers: [this.registry],
  });

  private readonly subscriptions = new Counter({
    name: 'transfer_graph_subscriptions_total',
    help: 'GraphQL subscriptions over WebSocket by outcome: started, or rejected (never ran: not a subscription, syntax, validation, a query limit).',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });
  private readonly activeSubscriptions = new Gauge({
    name: 'transfer_graph_subscriptions_active',
    help: 'GraphQL subscriptions running now.',
    registers: [this.registry],
  });

  private readonly unauthenticatedSockets = new Gauge({
    name: 'transfer_graph_websocket_unauthenticated',
    help: 'WebSocket connections open now that have not passed connection_init (capped by WEBSOCKET_MAX_UNAUTHENTICATED).',
    registers: [this.registry],
  });

  constructor(options: GatewayMetricsOptions = {}) {
    this.maxOperationNames = options.maxOperationNames ?? 100;
    this.maxOperationNameLength = options.maxOperationNameLength ?? 64;
    if (options.processMetrics ?? true) collectDefaultMetrics({ register: this.registry });
  }

  /** Counts one GraphQL request and observes how long it took. */
  graphqlRequest(operationName: string | null | undefined, outcome: GraphQLOutcome, seconds: number): void {
    const operation = this.operationLabel(operationName);
    this.graphqlRequests.inc({ operation, outcome });
    this.graphqlDuration.observe({ operation }, seconds);
  }

  /** Counts one AWS call attempt. */
  awsCall(operation: string, outcome: string): void {
    this.awsCalls.inc({ operation, outcome });
  }

  /** Counts a read the shared cache answered. */
  cacheHit(family: string): void {
    this.cacheHits.inc({ family });
  }

  /** Counts a cacheable read the shared cache did not hold. */
  cacheMiss(family: string): void {
    this.cacheMisses.inc({ family });
  }

  /** Counts a request a query limit refused, e.g. `rejectedQuery('depth')`; for the query-limit plugins to call. */
  rejectedQuery(limit: string): void {
    this.rejectedQueries.inc({ limit });
  }

  /** Counts one response of the GraphQL endpoint by its HTTP status. */
  httpResponse(status: number): void {
    this.httpResponses.inc({ status: String(status) });
  }

  /** Counts a request whose client hung up while sending its body. */
  httpRequestAborted(): void {
    this.httpAborted.inc();
  }

  /** Counts a subscription that starts running; `ended` must follow when it stops. */
  subscriptionStarted(): void {
    this.subscriptions.inc({ outcome: 'started' });
    this.activeSubscriptions.inc();
  }

  /** A subscription counted by subscriptionStarted stopped (completed, failed, or its client left). */
  subscriptionEnded(): void {
    this.activeSubscriptions.dec();
  }

  /** How many WebSocket connections wait for (or failed) connection_init now. */
  unauthenticatedWebSockets(connections: number): void {
    this.unauthenticatedSockets.set(connections);
  }

  /** Counts a subscription refused before it ran. */
  subscriptionRejected(): void {
    this.subscriptions.inc({ outcome: 'rejected' });
  }

  /** The Prometheus text exposition of every metric. */
  scrape(): Promise<string> {
    return this.registry.metrics();
  }

  /** The Content-Type of `scrape()`'s text. */
  get contentType(): string {
    return this.registry.contentType;
  }

  /**
   * Operation names come from clients, so both their length and their number are bounded: unnamed ones are
   * `anonymous`, longer than the length cap or past the count cap they are `other` (a scrape stays small).
   */
  private operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (name.length > this.maxOperationNameLength) return 'other';
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= this.maxOperationNames) return 'other';
    this.operationNames.add(name);
    return name;
  }
}
