import { ConfigError, emulatorOptionsFromEnv, type EmulatorOptions } from '../emulator/config';
import type { SecurityOptions } from '../gateway/security/index';
import type { TransferWatchOptions } from '../gateway/schema/transfer/transfer-watch';
import { isLoopbackHost, LOOPBACK_NAMES, normalHostName } from '../gateway/http/allowed-hosts';
import { DEFAULT_WEBSOCKET_BOUNDS, type WebSocketBounds } from '../gateway/subscriptions/websocket-bounds';
import { securityOptionsFromEnv } from './security';
import { REGION_NAME } from '../gateway/upstream/aws-ids';
import type { TracingOptions } from '../gateway/observability/tracing';
import { tracingOptionsFromEnv } from './tracing';

export { ConfigError };

/** Where the gateway's AWS calls go. */
export type Backend =
  | { kind: 'embedded'; emulator: EmulatorOptions; region: string }
  | { kind: 'endpoint'; endpoint: string; region: string }
  | { kind: 'aws'; region: string };

/** Where audit lines go (AUDIT_LOG): `stdout`, `off`, or a file path (appended to). */
export type AuditDestination = 'stdout' | 'off' | { file: string };

/** The gateway's configuration, parsed and checked once at start-up. */
export interface GatewayConfig {
  /** HTTP port of the gateway (PORT). */
  port: number;
  /** Interface to listen on (HOST). */
  host: string;
  /**
   * Host header names answered (ALLOWED_HOSTS); unset: the loopback names when HOST is loopback, else any. Guards
   * against DNS rebinding.
   */
  allowedHosts?: string[];
  upstream: Backend;
  /** Describe calls in flight at once for one GraphQL request (UPSTREAM_CONCURRENCY_PER_REQUEST). */
  concurrencyPerRequest: number;
  /** AWS calls in flight at once for the whole process (UPSTREAM_CONCURRENCY). */
  concurrencyPerProcess: number;
  /** Time allowed for one AWS call, in ms (UPSTREAM_TIMEOUT_MS). */
  upstreamTimeoutMs: number;
  /** Attempts per AWS read call, counting the first (UPSTREAM_MAX_ATTEMPTS). */
  upstreamMaxAttempts: number;
  /** How long Describe/List results are shared across requests, in ms; 0 turns the cache off (CACHE_TTL_MS). */
  cacheTtlMs: number;
  /** Redis for the shared cache and the cost budget, so replicas share them (REDIS_URL); in-process when unset. */
  redisUrl?: string;
  /** Time allowed for one Redis command, in ms (REDIS_TIMEOUT_MS); past it the read goes to AWS and the budget to memory. */
  redisTimeoutMs: number;
  /** Authentication, query limits, cost budget, production defaults, deadline and shutdown grace (see security-config). */
  security: SecurityOptions;
  /** Serve an Apollo Federation 2 subgraph (@key entities, _service, _entities) instead of the plain schema (FEDERATION). */
  federation: boolean;
  /** Serve the GraphiQL playground at / and to browsers at GET /graphql (PLAYGROUND). */
  playground: boolean;
  /** Serve the partner portal at /portal/ (PORTAL). */
  portal: boolean;
  /** Least severe level of the JSON log lines on stdout (LOG_LEVEL). */
  logLevel: LogLevel;
  /** Where the audit trail of mutations goes: stdout (default), a file path, or off (AUDIT_LOG). */
  auditLog: AuditDestination;
  /** How subscriptions poll the transfers they follow (SUBSCRIPTION_POLL_INTERVAL_MS, SUBSCRIPTION_MAX_TRANSFERS). */
  subscriptions: TransferWatchOptions;
  /** Every region served, the first being upstream.region (TRANSFER_REGIONS; AWS_REGION alone when unset). */
  regions: string[];
  /** WEBSOCKET_INIT_TIMEOUT_MS, WEBSOCKET_MAX_UNAUTHENTICATED and SUBSCRIPTION_MAX_PER_PRINCIPAL. */
  webSocket: Omit<WebSocketBounds, 'maxFrameBytes'>;
  /** OpenTelemetry spans exported over OTLP (OTEL_EXPORTER_OTLP_ENDPOINT and friends); none when absent. */
  tracing?: TracingOptions;
}

/** The levels LOG_LEVEL accepts, most severe first; `silent` logs nothing. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw !== 'true' && raw !== 'false') throw new ConfigError(`${name} must be "true" or "false", got ${JSON.stringify(raw)}`);
  return raw === 'true';
}

function logLevel(env: NodeJS.ProcessEnv): LogLevel {
  const raw = env.LOG_LEVEL || 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(raw)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got ${JSON.stringify(raw)}`);
  }
  return raw as LogLevel;
}

function auditLog(env: NodeJS.ProcessEnv): AuditDestination {
  const raw = env.AUDIT_LOG;
  if (raw === undefined || raw === '' || raw === 'stdout') return 'stdout';
  if (raw === 'off') return 'off';
  if (!raw.startsWith('/') && !raw.startsWith('.')) {
    throw new ConfigError(`AUDIT_LOG must be stdout, off or a file path (starting with / or .), got ${JSON.stringify(raw)}`);
  }
  return { file: raw };
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw.trim()) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got ${JSON.stringify(raw)}`);
  }
  return Number(raw);
}

function redisUrl(env: NodeJS.ProcessEnv): string | undefined {
  const value = env.REDIS_URL;
  if (!value) return undefined;
  if (!/^rediss?:\/\//.test(value)) throw new ConfigError(`REDIS_URL must be a redis:// or rediss:// URL, got ${JSON.stringify(value)}`);
  return value;
}

const MAX_REGIONS = 20;

/** TRANSFER_REGIONS: regions whose root lists merge into one graph; the first is the gateway's own. */
function transferRegions(env: NodeJS.ProcessEnv, fallback: string): string[] {
  const raw = env.TRANSFER_REGIONS;
  if (raw === undefined || raw.trim() === '') return [fallback];
  const list = raw.split(',').map((r) => r.trim());
  if (list.some((r) => !REGION_NAME.test(r)) || list.length > MAX_REGIONS) {
    throw new ConfigError(`TRANSFER_REGIONS must be 1 to ${MAX_REGIONS} comma-separated region names such as us-east-1,eu-west-1, got ${JSON.stringify(raw)}`);
  }
  const twice = list.find((r, i) => list.indexOf(r) !== i);
  if (twice) throw new ConfigError(`TRANSFER_REGIONS names ${twice} twice, in ${JSON.stringify(raw)}`);
  return list;
}

const HOST_ENTRY = /^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$|^\[[0-9a-f:.]+\]$/;

/** ALLOWED_HOSTS: comma-separated host names (`*.example.com` for subdomains); the loopback names on a loopback HOST. */
function allowedHosts(env: NodeJS.ProcessEnv, host: string): string[] | undefined {
  const raw = env.ALLOWED_HOSTS;
  if (raw === undefined || raw.trim() === '') {
    return isLoopbackHost(host) ? [...new Set([...LOOPBACK_NAMES, normalHostName(host)])] : undefined;
  }
  const list = raw.split(',').map(normalHostName);
  if (list.some((name) => !HOST_ENTRY.test(name))) {
    throw new ConfigError(`ALLOWED_HOSTS must be comma-separated host names or addresses such as graph.example.com,*.internal.example.com, got ${JSON.stringify(raw)}`);
  }
  return list;
}

function region(env: NodeJS.ProcessEnv): string {
  const value = env.AWS_REGION || env.AWS_DEFAULT_REGION || 'us-east-1';
  if (!REGION_NAME.test(value)) throw new ConfigError(`AWS_REGION must be a region name such as us-east-1, got ${JSON.stringify(value)}`);
  return value;
}

/** Reads the environment into a GatewayConfig; throws ConfigError naming the first bad variable. */
export function gatewayConfigFromEnv(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const backend = env.TRANSFER_BACKEND || 'emulator';
  if (backend !== 'emulator' && backend !== 'aws') {
    throw new ConfigError(`TRANSFER_BACKEND must be "emulator" or "aws", got ${JSON.stringify(backend)}`);
  }
  let upstream: Backend;
  if (backend === 'aws') {
    if (env.TRANSFER_ENDPOINT) throw new ConfigError('TRANSFER_ENDPOINT cannot be combined with TRANSFER_BACKEND=aws');
    upstream = { kind: 'aws', region: region(env) };
  } else if (env.TRANSFER_ENDPOINT) {
    let url: URL;
    try {
      url = new URL(env.TRANSFER_ENDPOINT);
    } catch {
      throw new ConfigError(`TRANSFER_ENDPOINT must be an http(s) URL, got ${JSON.stringify(env.TRANSFER_ENDPOINT)}`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new ConfigError(`TRANSFER_ENDPOINT must be an http(s) URL, got ${JSON.stringify(env.TRANSFER_ENDPOINT)}`);
    }
    upstream = { kind: 'endpoint', endpoint: env.TRANSFER_ENDPOINT.replace(/\/$/, ''), region: region(env) };
  } else {
    // The embedded emulator defaults to the demo data and its own port; EMULATOR_* variables still apply.
    upstream = {
      kind: 'embedded',
      emulator: emulatorOptionsFromEnv({ EMULATOR_SEED: 'demo', EMULATOR_STATE_TRANSITION_MS: '2000', ...env }),
      region: region(env),
    };
  }
  const regions = transferRegions(env, upstream.region);
  upstream.region = regions[0];
  const host = env.HOST || '127.0.0.1';
  return {
    port: integer(env, 'PORT', 4000, 0, 65535),
    host,
    allowedHosts: allowedHosts(env, host),
    upstream,
    concurrencyPerRequest: integer(env, 'UPSTREAM_CONCURRENCY_PER_REQUEST', 16, 1, 1000),
    concurrencyPerProcess: integer(env, 'UPSTREAM_CONCURRENCY', 64, 1, 10000),
    upstreamTimeoutMs: integer(env, 'UPSTREAM_TIMEOUT_MS', 5000, 100, 120_000),
    upstreamMaxAttempts: integer(env, 'UPSTREAM_MAX_ATTEMPTS', 3, 1, 10),
    cacheTtlMs: integer(env, 'CACHE_TTL_MS', 0, 0, 3_600_000),
    redisUrl: redisUrl(env),
    redisTimeoutMs: integer(env, 'REDIS_TIMEOUT_MS', 250, 10, 10_000),
    federation: flag(env, 'FEDERATION', false),
    playground: flag(env, 'PLAYGROUND', true),
    portal: flag(env, 'PORTAL', true),
    logLevel: logLevel(env),
    auditLog: auditLog(env),
    subscriptions: {
      pollIntervalMs: integer(env, 'SUBSCRIPTION_POLL_INTERVAL_MS', 1000, 100, 60_000),
      maxTransfers: integer(env, 'SUBSCRIPTION_MAX_TRANSFERS', 100, 1, 10_000),
    },
    regions,
    webSocket: {
      initTimeoutMs: integer(env, 'WEBSOCKET_INIT_TIMEOUT_MS', DEFAULT_WEBSOCKET_BOUNDS.initTimeoutMs, 100, 60_000),
      maxUnauthenticated: integer(env, 'WEBSOCKET_MAX_UNAUTHENTICATED', DEFAULT_WEBSOCKET_BOUNDS.maxUnauthenticated, 1, 100_000),
      maxPerPrincipal: integer(env, 'SUBSCRIPTION_MAX_PER_PRINCIPAL', DEFAULT_WEBSOCKET_BOUNDS.maxPerPrincipal, 1, 10_000),
    },
    security: securityOptionsFromEnv(env, backend, host),
    tracing: tracingOptionsFromEnv(env),
  };
}
