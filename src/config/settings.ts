import { DEFAULT_COST_BUDGET_PER_MINUTE } from '../gateway/security/budget';
import { DEFAULT_QUERY_LIMITS } from '../gateway/security/query-limits';
import { DEFAULT_WEBSOCKET_BOUNDS } from '../gateway/subscriptions/websocket-bounds';

/** A whole number in [min, max]. */
interface Whole {
  kind: 'whole';
  default: number;
  min: number;
  max: number;
  /** How docs/configuration.md shows a default derived from other settings. */
  shown?: string;
}
/** `true` or `false`. */
interface Flag {
  kind: 'flag';
  default: boolean;
  shown?: string;
}
/** Anything else: a name, URL, path, list or JSON, checked by its own reader. */
interface Text {
  kind: 'text';
  default?: string;
  shown?: string;
}
export type Setting = Whole | Flag | Text;

const whole = (value: number, min: number, max: number, shown?: string): Whole => ({ kind: 'whole', default: value, min, max, shown });
const flag = (value: boolean, shown?: string): Flag => ({ kind: 'flag', default: value, shown });
const text = (value?: string, shown?: string): Text => ({ kind: 'text', default: value, shown });

/** Time a request that reached its deadline takes to abort its AWS calls and send its answer. */
export const SHUTDOWN_MARGIN_MS = 2000;

/**
 * Every variable the gateway reads, with its default: the one table docs/configuration.md is checked against
 * (test/unit/configuration-docs.test.ts). The embedded emulator's EMULATOR_* variables are the emulator's own.
 */
export const SETTINGS = {
  PORT: whole(4000, 0, 65535),
  HOST: text('127.0.0.1'),
  ALLOWED_HOSTS: text(undefined, 'loopback names on a loopback `HOST`, else any'),
  TRANSFER_BACKEND: text('emulator'),
  TRANSFER_ENDPOINT: text(),
  AWS_REGION: text('us-east-1'),
  TRANSFER_REGIONS: text(undefined, '`AWS_REGION`'),
  UPSTREAM_CONCURRENCY_PER_REQUEST: whole(16, 1, 1000),
  UPSTREAM_CONCURRENCY: whole(64, 1, 10_000),
  UPSTREAM_TIMEOUT_MS: whole(5000, 100, 120_000),
  UPSTREAM_MAX_ATTEMPTS: whole(3, 1, 10),
  CACHE_TTL_MS: whole(0, 0, 3_600_000),
  REDIS_URL: text(),
  REDIS_TIMEOUT_MS: whole(1000, 10, 10_000),
  FEDERATION: flag(false),
  PLAYGROUND: flag(true),
  PORTAL: flag(true),
  LOG_LEVEL: text('info'),
  AUDIT_LOG: text('stdout'),
  SUBSCRIPTION_POLL_INTERVAL_MS: whole(1000, 100, 60_000),
  SUBSCRIPTION_MAX_TRANSFERS: whole(100, 1, 10_000),
  SUBSCRIPTION_MAX_PER_PRINCIPAL: whole(DEFAULT_WEBSOCKET_BOUNDS.maxPerPrincipal, 1, 10_000),
  WEBSOCKET_INIT_TIMEOUT_MS: whole(DEFAULT_WEBSOCKET_BOUNDS.initTimeoutMs, 100, 60_000),
  WEBSOCKET_MAX_UNAUTHENTICATED: whole(DEFAULT_WEBSOCKET_BOUNDS.maxUnauthenticated, 1, 100_000),
  AUTH_MODE: text('none'),
  API_KEYS_FILE: text(),
  JWT_ISSUER: text(),
  JWT_AUDIENCE: text(),
  JWT_JWKS_URL: text(),
  JWT_ROLES_CLAIM: text('roles'),
  JWT_MAX_LIFETIME_S: whole(86_400, 60, 30 * 86_400),
  ALLOW_UNAUTHENTICATED: flag(false),
  QUERY_MAX_TOKENS: whole(DEFAULT_QUERY_LIMITS.maxTokens, 1, 1_000_000),
  QUERY_MAX_DEPTH: whole(DEFAULT_QUERY_LIMITS.maxDepth, 1, 1000),
  QUERY_MAX_ALIASES: whole(DEFAULT_QUERY_LIMITS.maxAliases, 0, 100_000),
  QUERY_MAX_COST: whole(DEFAULT_QUERY_LIMITS.maxCost, 1, 100_000_000),
  QUERY_COST_WEIGHTS: text(),
  COST_BUDGET_PER_MINUTE: whole(DEFAULT_COST_BUDGET_PER_MINUTE, 0, 1_000_000_000),
  NODE_ENV: text(),
  INTROSPECTION: flag(true, '`true` (`false` in production)'),
  SCHEMA_SUGGESTIONS: flag(true, '`true` (`false` in production)'),
  CSRF_PREVENTION: flag(true),
  HTTP_BATCHING: flag(false),
  REQUEST_DEADLINE_MS: whole(10_000, 100, 300_000),
  SHUTDOWN_GRACE_MS: whole(10_000 + SHUTDOWN_MARGIN_MS, 0, 300_000 + SHUTDOWN_MARGIN_MS, `\`REQUEST_DEADLINE_MS\` + ${SHUTDOWN_MARGIN_MS}`),
  OTEL_EXPORTER_OTLP_ENDPOINT: text(undefined, '(none: no tracing)'),
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: text(),
  OTEL_EXPORTER_OTLP_PROTOCOL: text('http/json'),
  OTEL_EXPORTER_OTLP_HEADERS: text(),
  OTEL_EXPORTER_OTLP_TIMEOUT: whole(10_000, 100, 120_000),
  OTEL_BSP_SCHEDULE_DELAY: whole(5000, 1, 600_000),
  OTEL_SERVICE_NAME: text('transfer-graph'),
} satisfies Record<string, Setting>;

export type SettingName = keyof typeof SETTINGS;

/** The default as docs/configuration.md's table shows it: `4000`, `true`, (none), or a phrase for derived ones. */
export function documentedDefault(setting: Setting): string {
  if (setting.shown) return setting.shown;
  return setting.default === undefined ? '(none)' : `\`${String(setting.default)}\``;
}
