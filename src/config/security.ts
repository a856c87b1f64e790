import { readFileSync } from 'node:fs';
import { isLoopbackHost } from '../gateway/http/allowed-hosts';
import { parseApiKeys } from '../gateway/security/auth/api-keys';
import type { AuthOptions } from '../gateway/security/auth/authenticator';
import type { SecurityOptions } from '../gateway/security';
import { productionDefaults } from '../gateway/security/production-defaults';
import { ConfigError, flag, oneOf, required, text, url, whole } from './readers';
import { SHUTDOWN_MARGIN_MS } from './settings';

export { SHUTDOWN_MARGIN_MS };

function auth(env: NodeJS.ProcessEnv): AuthOptions {
  const mode = oneOf(env, 'AUTH_MODE', ['none', 'apikey', 'jwt'] as const);
  if (mode === 'none') return { mode };
  if (mode === 'apikey') {
    const file = required(env, 'API_KEYS_FILE', 'with AUTH_MODE=apikey (a JSON file of hashed keys and their roles)');
    let content: string;
    try {
      content = readFileSync(file, 'utf8');
    } catch (error) {
      throw new ConfigError(`API_KEYS_FILE ${JSON.stringify(file)} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    try {
      return { mode, keys: parseApiKeys(content) };
    } catch (error) {
      throw new ConfigError(`API_KEYS_FILE ${JSON.stringify(file)} ${(error as Error).message}`);
    }
  }
  const why = 'with AUTH_MODE=jwt';
  const jwksUrl = required(env, 'JWT_JWKS_URL', why);
  url(env, 'JWT_JWKS_URL', ['http:', 'https:'], 'an http(s) URL');
  return {
    mode,
    jwt: {
      issuer: required(env, 'JWT_ISSUER', why),
      audience: required(env, 'JWT_AUDIENCE', why),
      jwksUrl,
      rolesClaim: text(env, 'JWT_ROLES_CLAIM')!,
      maxLifetimeS: whole(env, 'JWT_MAX_LIFETIME_S'),
    },
  };
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
    if (
      !/^[_A-Za-z][_0-9A-Za-z]*(\.[_A-Za-z][_0-9A-Za-z]*)?$/.test(key) ||
      typeof value !== 'number' ||
      !Number.isInteger(value) ||
      value < 0 ||
      value > 10_000
    ) {
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
export function securityOptionsFromEnv(
  env: NodeJS.ProcessEnv,
  backend: 'emulator' | 'aws',
  host = '127.0.0.1',
): SecurityOptions & { shutdownGraceMs: number } {
  const authOptions = auth(env);
  const allowOpen = flag(env, 'ALLOW_UNAUTHENTICATED');
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
  const deadlineMs = whole(env, 'REQUEST_DEADLINE_MS');
  return {
    auth: authOptions,
    limits: {
      maxTokens: whole(env, 'QUERY_MAX_TOKENS'),
      maxDepth: whole(env, 'QUERY_MAX_DEPTH'),
      maxAliases: whole(env, 'QUERY_MAX_ALIASES'),
      maxCost: whole(env, 'QUERY_MAX_COST'),
    },
    costWeights: costWeights(env),
    budget: { perMinute: whole(env, 'COST_BUDGET_PER_MINUTE') },
    production: {
      introspection: flag(env, 'INTROSPECTION', defaults.introspection),
      schemaSuggestions: flag(env, 'SCHEMA_SUGGESTIONS', defaults.schemaSuggestions),
      csrfPrevention: flag(env, 'CSRF_PREVENTION', defaults.csrfPrevention),
      httpBatching: flag(env, 'HTTP_BATCHING', defaults.httpBatching),
    },
    deadline: { deadlineMs },
    shutdownGraceMs: shutdownGrace(env, deadlineMs),
  };
}

/**
 * SHUTDOWN_GRACE_MS: REQUEST_DEADLINE_MS plus a margin by default, so that SIGTERM never cuts a request still within
 * its deadline; a configured grace shorter than the deadline is refused for the same reason.
 */
function shutdownGrace(env: NodeJS.ProcessEnv, deadlineMs: number): number {
  const graceMs = whole(env, 'SHUTDOWN_GRACE_MS', deadlineMs + SHUTDOWN_MARGIN_MS);
  if (graceMs < deadlineMs) {
    throw new ConfigError(
      `SHUTDOWN_GRACE_MS (${graceMs}) must be at least REQUEST_DEADLINE_MS (${deadlineMs}), or SIGTERM would cut requests still within their deadline; leave it unset for REQUEST_DEADLINE_MS + ${SHUTDOWN_MARGIN_MS}`,
    );
  }
  return graceMs;
}
