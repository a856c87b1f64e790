import { readFileSync } from 'node:fs';
import { ConfigError } from '../emulator/config';
import { isLoopbackHost } from '../gateway/http/allowed-hosts';
import { parseApiKeys } from '../gateway/security/auth/api-keys';
import type { AuthOptions } from '../gateway/security/auth/authenticator';
import { DEFAULT_COST_BUDGET_PER_MINUTE } from '../gateway/plugins/cost-budget';
import { productionDefaults } from '../gateway/security/production-defaults';
import { DEFAULT_QUERY_LIMITS } from '../gateway/plugins/query-limits';
import type { SecurityOptions } from '../gateway/security/index';

/** A whole number from `min` to `max` in variable `name`; `fallback` when unset or empty. */
export function whole(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw.trim()) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got ${JSON.stringify(raw)}`);
  }
  return Number(raw);
}

function yesNo(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw !== 'true' && raw !== 'false') throw new ConfigError(`${name} must be "true" or "false", got ${JSON.stringify(raw)}`);
  return raw === 'true';
}

function required(env: NodeJS.ProcessEnv, name: string, why: string): string {
  const value = env[name]?.trim();
  if (!value) throw new ConfigError(`${name} is required ${why}`);
  return value;
}

function auth(env: NodeJS.ProcessEnv): AuthOptions {
  const mode = env.AUTH_MODE || 'none';
  if (mode === 'none') return { mode };
  if (mode === 'apikey') {
    const file = required(env, 'API_KEYS_FILE', 'with AUTH_MODE=apikey (a JSON file of hashed keys and their roles)');
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new ConfigError(`API_KEYS_FILE ${JSON.stringify(file)} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    try {
      return { mode, keys: parseApiKeys(text) };
    } catch (error) {
      throw new ConfigError(`API_KEYS_FILE ${JSON.stringify(file)} ${(error as Error).message}`);
    }
  }
  if (mode === 'jwt') {
    const why = 'with AUTH_MODE=jwt';
    const jwksUrl = required(env, 'JWT_JWKS_URL', why);
    let url: URL | undefined;
    try {
      url = new URL(jwksUrl);
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
      throw new ConfigError(`JWT_JWKS_URL must be an http(s) URL, got ${JSON.stringify(jwksUrl)}`);
    }
    return {
      mode,
      jwt: {
        issuer: required(env, 'JWT_ISSUER', why),
        audience: required(env, 'JWT_AUDIENCE', why),
        jwksUrl,
        rolesClaim: env.JWT_ROLES_CLAIM?.trim() || 'roles',
        maxLifetimeS: whole(env, 'JWT_MAX_LIFETIME_S', 86_400, 60, 30 * 86_400),
      },
    };
  }
  throw new ConfigError(`AUTH_MODE must be "none", "apikey" or "jwt", got ${JSON.stringify(mode)}`);
}

function costWeights(env: NodeJS.ProcessEnv): Record<string, number> {
  const raw = env.QUERY_COST_WEIGHTS;
  if (!raw) return {};
  const problem = `QUERY_COST_WEIGHTS must be a JSON object of weights from 0 to 10000 by type or Type.field, e.g. {"Connector": 2, "Profile.agreements": 20}, got ${JSON.stringify(raw)}`;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new ConfigError(problem);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new ConfigError(problem);
  for (const [key, value] of Object.entries(parsed)) {
    if (!/^[_A-Za-z][_0-9A-Za-z]*(\.[_A-Za-z][_0-9A-Za-z]*)?$/.test(key) || typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 10_000) {
      throw new ConfigError(problem);
    }
  }
  return parsed as Record<string, number>;
}

/**
 * Reads the security settings: AUTH_MODE and its companions, query limits, the cost budget, production defaults
 * (from NODE_ENV=production unless set one by one), the request deadline and the shutdown grace. Refuses to run
 * unauthenticated against real AWS, or on a HOST other than loopback, unless ALLOW_UNAUTHENTICATED=true says so.
 */
export function securityOptionsFromEnv(env: NodeJS.ProcessEnv, backend: 'emulator' | 'aws', host = '127.0.0.1'): SecurityOptions {
  const authOptions = auth(env);
  const allowOpen = yesNo(env, 'ALLOW_UNAUTHENTICATED', false);
  if (backend === 'aws' && authOptions.mode === 'none' && !allowOpen) {
    throw new ConfigError(
      'AUTH_MODE=none with TRANSFER_BACKEND=aws would let anyone change your AWS account: set AUTH_MODE to apikey or jwt, or ALLOW_UNAUTHENTICATED=true to run it open anyway',
    );
  }
  if (authOptions.mode === 'none' && !isLoopbackHost(host) && !allowOpen) {
    throw new ConfigError(
      `AUTH_MODE=none on HOST=${host}, which is not a loopback address, would let anyone who reaches it run every query and mutation: set AUTH_MODE to apikey or jwt, listen on HOST=127.0.0.1, or set ALLOW_UNAUTHENTICATED=true to run it open anyway`,
    );
  }
  const defaults = productionDefaults(env.NODE_ENV === 'production');
  const deadlineMs = whole(env, 'REQUEST_DEADLINE_MS', 10_000, 100, 300_000);
  return {
    auth: authOptions,
    limits: {
      maxTokens: whole(env, 'QUERY_MAX_TOKENS', DEFAULT_QUERY_LIMITS.maxTokens, 1, 1_000_000),
      maxDepth: whole(env, 'QUERY_MAX_DEPTH', DEFAULT_QUERY_LIMITS.maxDepth, 1, 1000),
      maxAliases: whole(env, 'QUERY_MAX_ALIASES', DEFAULT_QUERY_LIMITS.maxAliases, 0, 100_000),
      maxCost: whole(env, 'QUERY_MAX_COST', DEFAULT_QUERY_LIMITS.maxCost, 1, 100_000_000),
    },
    costWeights: costWeights(env),
    budget: { perMinute: whole(env, 'COST_BUDGET_PER_MINUTE', DEFAULT_COST_BUDGET_PER_MINUTE, 0, 1_000_000_000) },
    production: {
      introspection: yesNo(env, 'INTROSPECTION', defaults.introspection),
      schemaSuggestions: yesNo(env, 'SCHEMA_SUGGESTIONS', defaults.schemaSuggestions),
      csrfPrevention: yesNo(env, 'CSRF_PREVENTION', defaults.csrfPrevention),
      httpBatching: yesNo(env, 'HTTP_BATCHING', defaults.httpBatching),
    },
    deadline: { deadlineMs },
    shutdownGraceMs: shutdownGrace(env, deadlineMs),
  };
}

/** Time a request that reached its deadline takes to abort its AWS calls and send its answer. */
export const SHUTDOWN_MARGIN_MS = 2000;

/**
 * SHUTDOWN_GRACE_MS: REQUEST_DEADLINE_MS plus a margin by default, so that SIGTERM never cuts a request still within
 * its deadline; a configured grace shorter than the deadline is refused for the same reason.
 */
function shutdownGrace(env: NodeJS.ProcessEnv, deadlineMs: number): number {
  const graceMs = whole(env, 'SHUTDOWN_GRACE_MS', deadlineMs + SHUTDOWN_MARGIN_MS, 0, 300_000 + SHUTDOWN_MARGIN_MS);
  if (graceMs < deadlineMs) {
    throw new ConfigError(
      `SHUTDOWN_GRACE_MS (${graceMs}) must be at least REQUEST_DEADLINE_MS (${deadlineMs}), or SIGTERM would cut requests still within their deadline; leave it unset for REQUEST_DEADLINE_MS + ${SHUTDOWN_MARGIN_MS}`,
    );
  }
  return graceMs;
}
