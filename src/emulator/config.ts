import type { Credentials } from './sigv4';

/** Everything the emulator can be told; `emulatorOptionsFromEnv` reads the same from the environment. */
export interface EmulatorOptions {
  /** Interface to listen on (EMULATOR_HOST). */
  host: string;
  /** Port to listen on; 0 picks a free one (EMULATOR_PORT). */
  port: number;
  /** SQLite state file (an old `<name>.json` store beside it is imported once); `:memory:` keeps nothing (EMULATOR_DATA). */
  dataPath: string;
  /** The 12-digit account id that goes into ARNs (EMULATOR_ACCOUNT_ID). */
  accountId: string;
  /** `demo` loads the demo partner setup when the store is empty (EMULATOR_SEED). */
  seed?: 'demo';
  /** When set, SigV4 signatures are checked (EMULATOR_CREDENTIALS=accessKeyId:secret). */
  credentials?: Credentials;
  /** Latency added to every AWS call, in ms (EMULATOR_LATENCY_MS). */
  latencyMs: number;
  /** Share of calls failing with ThrottlingException, 0–100 (EMULATOR_THROTTLE_PERCENT). */
  throttlePercent: number;
  /** Share of calls failing with InternalServiceError, 0–100 (EMULATOR_ERROR_PERCENT). */
  errorPercent: number;
  /** How long a server stays STARTING or STOPPING, in ms (EMULATOR_STATE_TRANSITION_MS). */
  stateTransitionMs: number;
  /** How long each transferred file stays QUEUED and then IN_PROGRESS, in ms (EMULATOR_TRANSFER_STEP_MS). */
  transferStepMs: number;
  /** Largest accepted request body, in bytes (EMULATOR_MAX_BODY_BYTES). */
  maxBodyBytes: number;
  /** The clock state transitions, transfers and certificate dates are read from (epoch ms); Date.now unless an embedder brings its own. */
  now?: () => number;
}

export const DEFAULT_EMULATOR_OPTIONS: EmulatorOptions = {
  host: '127.0.0.1',
  port: 4100,
  dataPath: '.data/emulator.sqlite',
  accountId: '000000000000',
  latencyMs: 0,
  throttlePercent: 0,
  errorPercent: 0,
  stateTransitionMs: 500,
  transferStepMs: 500,
  maxBodyBytes: 8 * 1024 * 1024,
};

/** The EMULATOR_* variables in the order `--help` lists them: the option each sets and what it means. */
export const EMULATOR_VARIABLES: readonly { name: string; option: keyof EmulatorOptions; meaning: string }[] = [
  { name: 'EMULATOR_HOST', option: 'host', meaning: 'interface to listen on' },
  { name: 'EMULATOR_PORT', option: 'port', meaning: 'port to listen on; 0 picks a free one' },
  { name: 'EMULATOR_DATA', option: 'dataPath', meaning: 'SQLite state file; :memory: keeps nothing' },
  { name: 'EMULATOR_ACCOUNT_ID', option: 'accountId', meaning: 'the 12-digit account id in ARNs' },
  { name: 'EMULATOR_SEED', option: 'seed', meaning: 'demo: load the demo partner setup into an empty store' },
  { name: 'EMULATOR_CREDENTIALS', option: 'credentials', meaning: 'accessKeyId:secret: check SigV4 signatures' },
  { name: 'EMULATOR_LATENCY_MS', option: 'latencyMs', meaning: 'latency added to every AWS call, in ms' },
  { name: 'EMULATOR_THROTTLE_PERCENT', option: 'throttlePercent', meaning: 'share of calls answered with ThrottlingException' },
  { name: 'EMULATOR_ERROR_PERCENT', option: 'errorPercent', meaning: 'share of calls answered with InternalServiceError' },
  { name: 'EMULATOR_STATE_TRANSITION_MS', option: 'stateTransitionMs', meaning: 'how long a server stays STARTING or STOPPING, in ms' },
  { name: 'EMULATOR_TRANSFER_STEP_MS', option: 'transferStepMs', meaning: 'how long each file stays QUEUED, then IN_PROGRESS, in ms' },
  { name: 'EMULATOR_MAX_BODY_BYTES', option: 'maxBodyBytes', meaning: 'largest accepted request body, in bytes' },
];

/** A configuration value that cannot be used; the message names the variable and what it accepts. */
export class ConfigError extends Error {}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got ${JSON.stringify(raw)}`);
  }
  return value;
}

/** Reads EMULATOR_* variables over the defaults; throws ConfigError naming the first bad one. */
export function emulatorOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): EmulatorOptions {
  const d = DEFAULT_EMULATOR_OPTIONS;
  const accountId = env.EMULATOR_ACCOUNT_ID || d.accountId;
  if (!/^\d{12}$/.test(accountId)) {
    throw new ConfigError(`EMULATOR_ACCOUNT_ID must be 12 digits, got ${JSON.stringify(accountId)}`);
  }
  const seed = env.EMULATOR_SEED || undefined;
  if (seed !== undefined && seed !== 'demo') {
    throw new ConfigError(`EMULATOR_SEED accepts only "demo" (or nothing), got ${JSON.stringify(seed)}`);
  }
  let credentials: Credentials | undefined;
  if (env.EMULATOR_CREDENTIALS) {
    const [accessKeyId, ...rest] = env.EMULATOR_CREDENTIALS.split(':');
    const secretAccessKey = rest.join(':');
    if (!accessKeyId || !secretAccessKey) {
      throw new ConfigError('EMULATOR_CREDENTIALS must be accessKeyId:secretAccessKey');
    }
    credentials = { accessKeyId, secretAccessKey };
  }
  const host = env.EMULATOR_HOST || d.host;
  if (!/^[A-Za-z0-9.:-]+$/.test(host))
    throw new ConfigError(`EMULATOR_HOST must be a host name or IP address, got ${JSON.stringify(host)}`);
  return {
    host,
    port: integer(env, 'EMULATOR_PORT', d.port, 0, 65535),
    dataPath: env.EMULATOR_DATA || d.dataPath,
    accountId,
    seed,
    credentials,
    latencyMs: integer(env, 'EMULATOR_LATENCY_MS', d.latencyMs, 0, 60_000),
    throttlePercent: integer(env, 'EMULATOR_THROTTLE_PERCENT', d.throttlePercent, 0, 100),
    errorPercent: integer(env, 'EMULATOR_ERROR_PERCENT', d.errorPercent, 0, 100),
    stateTransitionMs: integer(env, 'EMULATOR_STATE_TRANSITION_MS', d.stateTransitionMs, 0, 600_000),
    transferStepMs: integer(env, 'EMULATOR_TRANSFER_STEP_MS', d.transferStepMs, 0, 600_000),
    maxBodyBytes: integer(env, 'EMULATOR_MAX_BODY_BYTES', d.maxBodyBytes, 1024, 64 * 1024 * 1024),
  };
}
