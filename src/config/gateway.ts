import { emulatorOptionsFromEnv, ConfigError as EmulatorConfigError, type EmulatorOptions } from '../emulator/config';
import type { GatewayOptions } from '../gateway';
import { isLoopbackHost, LOOPBACK_NAMES, normalHostName } from '../gateway/http/allowed-hosts';
import { LOG_LEVELS } from '../gateway/observability/logger';
import type { AuditDestination } from '../gateway/plugins/audit-log';
import { REGION_NAME } from '../gateway/upstream/aws-ids';
import { ConfigError, flag, list, oneOf, text, url, whole } from './readers';
import { securityOptionsFromEnv } from './security';
import type { TracingOptions } from '../gateway/observability/tracing';
import { tracingOptionsFromEnv } from './tracing';

export { ConfigError };

/** Where the gateway's AWS calls go. */
export type Backend =
  | { kind: 'embedded'; emulator: EmulatorOptions; region: string }
  | { kind: 'endpoint'; endpoint: string; region: string }
  | { kind: 'aws'; region: string };

/** The gateway's configuration, parsed and checked once at start-up: the gateway's options plus where it runs. */
export interface GatewayConfig
  extends
    Required<
      Pick<
        GatewayOptions,
        'cacheTtlMs' | 'redisTimeoutMs' | 'federation' | 'playground' | 'portal' | 'logLevel' | 'auditLog' | 'regions' | 'security'
      >
    >,
    Pick<
      GatewayOptions,
      'concurrencyPerRequest' | 'concurrencyPerProcess' | 'upstreamTimeoutMs' | 'upstreamMaxAttempts' | 'redisUrl' | 'allowedHosts'
    > {
  /** HTTP port of the gateway (PORT). */
  port: number;
  /** Interface to listen on (HOST). */
  host: string;
  /** The emulator to embed, an endpoint, or AWS (TRANSFER_BACKEND, TRANSFER_ENDPOINT, AWS_REGION). */
  upstream: Backend;
  subscriptions: Required<NonNullable<GatewayOptions['subscriptions']>>;
  webSocket: Required<NonNullable<GatewayOptions['webSocket']>>;
  /** How long SIGTERM waits for requests in flight before closing their connections, at least the deadline (SHUTDOWN_GRACE_MS). */
  shutdownGraceMs: number;
  /** OpenTelemetry spans exported over OTLP (OTEL_EXPORTER_OTLP_ENDPOINT and friends); none when absent. */
  tracing?: TracingOptions;
}

function auditLog(env: NodeJS.ProcessEnv): AuditDestination {
  const raw = text(env, 'AUDIT_LOG')!;
  if (raw === 'stdout' || raw === 'off') return raw;
  if (!raw.startsWith('/') && !raw.startsWith('.')) {
    throw new ConfigError(`AUDIT_LOG must be stdout, off or a file path (starting with / or .), got ${JSON.stringify(raw)}`);
  }
  return { file: raw };
}

const MAX_REGIONS = 20;

const HOST_ENTRY = /^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$|^\[[0-9a-f:.]+\]$/;

/** ALLOWED_HOSTS: comma-separated host names (`*.example.com` for subdomains); the loopback names on a loopback HOST. */
function allowedHosts(env: NodeJS.ProcessEnv, host: string): string[] | undefined {
  const shown = 'comma-separated host names or addresses such as graph.example.com,*.internal.example.com';
  const given = list(env, 'ALLOWED_HOSTS', HOST_ENTRY, 1000, shown, normalHostName);
  return given ?? (isLoopbackHost(host) ? [...new Set([...LOOPBACK_NAMES, normalHostName(host)])] : undefined);
}

function region(env: NodeJS.ProcessEnv): string {
  const value = env.AWS_REGION || env.AWS_DEFAULT_REGION || text(env, 'AWS_REGION')!;
  if (!REGION_NAME.test(value)) throw new ConfigError(`AWS_REGION must be a region name such as us-east-1, got ${JSON.stringify(value)}`);
  return value;
}

function backend(env: NodeJS.ProcessEnv, kind: 'emulator' | 'aws'): Backend {
  if (kind === 'aws') {
    if (env.TRANSFER_ENDPOINT) throw new ConfigError('TRANSFER_ENDPOINT cannot be combined with TRANSFER_BACKEND=aws');
    return { kind: 'aws', region: region(env) };
  }
  const endpoint = url(env, 'TRANSFER_ENDPOINT', ['http:', 'https:'], 'an http(s) URL');
  if (endpoint) return { kind: 'endpoint', endpoint: endpoint.replace(/\/$/, ''), region: region(env) };
  try {
    // The embedded emulator defaults to the demo data and its own port; EMULATOR_* variables still apply.
    const emulator = emulatorOptionsFromEnv({ EMULATOR_SEED: 'demo', EMULATOR_STATE_TRANSITION_MS: '2000', ...env });
    return { kind: 'embedded', emulator, region: region(env) };
  } catch (error) {
    throw error instanceof EmulatorConfigError ? new ConfigError(error.message) : error;
  }
}

/** Reads the environment into a GatewayConfig; throws ConfigError naming the first bad variable. */
export function gatewayConfigFromEnv(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const kind = oneOf(env, 'TRANSFER_BACKEND', ['emulator', 'aws'] as const);
  const upstream = backend(env, kind);
  const shownRegions = `1 to ${MAX_REGIONS} comma-separated region names such as us-east-1,eu-west-1`;
  const regions = list(env, 'TRANSFER_REGIONS', REGION_NAME, MAX_REGIONS, shownRegions) ?? [upstream.region];
  const twice = regions.find((r, i) => regions.indexOf(r) !== i);
  if (twice) throw new ConfigError(`TRANSFER_REGIONS names ${twice} twice, in ${JSON.stringify(env.TRANSFER_REGIONS)}`);
  upstream.region = regions[0];
  const host = text(env, 'HOST')!;
  const { shutdownGraceMs, ...security } = securityOptionsFromEnv(env, kind, host);
  return {
    port: whole(env, 'PORT'),
    host,
    allowedHosts: allowedHosts(env, host),
    upstream,
    concurrencyPerRequest: whole(env, 'UPSTREAM_CONCURRENCY_PER_REQUEST'),
    concurrencyPerProcess: whole(env, 'UPSTREAM_CONCURRENCY'),
    upstreamTimeoutMs: whole(env, 'UPSTREAM_TIMEOUT_MS'),
    upstreamMaxAttempts: whole(env, 'UPSTREAM_MAX_ATTEMPTS'),
    cacheTtlMs: whole(env, 'CACHE_TTL_MS'),
    redisUrl: url(env, 'REDIS_URL', ['redis:', 'rediss:'], 'a redis:// or rediss:// URL'),
    redisTimeoutMs: whole(env, 'REDIS_TIMEOUT_MS'),
    federation: flag(env, 'FEDERATION'),
    playground: flag(env, 'PLAYGROUND'),
    portal: flag(env, 'PORTAL'),
    logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS),
    auditLog: auditLog(env),
    subscriptions: {
      pollIntervalMs: whole(env, 'SUBSCRIPTION_POLL_INTERVAL_MS'),
      maxTransfers: whole(env, 'SUBSCRIPTION_MAX_TRANSFERS'),
    },
    regions,
    webSocket: {
      initTimeoutMs: whole(env, 'WEBSOCKET_INIT_TIMEOUT_MS'),
      maxUnauthenticated: whole(env, 'WEBSOCKET_MAX_UNAUTHENTICATED'),
      maxPerPrincipal: whole(env, 'SUBSCRIPTION_MAX_PER_PRINCIPAL'),
    },
    security,
    shutdownGraceMs,
    tracing: tracingOptionsFromEnv(env),
  };
}
