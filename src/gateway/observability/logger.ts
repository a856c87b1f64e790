import { randomUUID } from 'node:crypto';
import pino, { type DestinationStream, type Logger } from 'pino';
import { redactSecrets } from './redact-secrets';

export type { Logger };

/** The levels LOG_LEVEL accepts, most severe first; `silent` logs nothing. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface LoggerOptions {
  /** Least severe level written (LOG_LEVEL); `silent` writes nothing. */
  level: LogLevel;
  /** Where the JSON lines go; stdout when absent. */
  destination?: DestinationStream;
}

/** Header carrying the request id: taken from the caller when well-formed (a proxy's id), else made; echoed back. */
export const REQUEST_ID_HEADER = 'x-request-id';

/** Keys (in any case) whose values never reach a log line, in the logged object or in plain objects inside it. */
const SECRET_KEYS = new Set([
  'authorization',
  'cookie',
  'password',
  'userpassword',
  'privatekey',
  'hostkey',
  'secretaccesskey',
  'sessiontoken',
  'token',
]);
const REDACTED = '[redacted]';
const REDACT_DEPTH = 4;

/** Whether the logger redacts what is under `key` (in any case): a password, a private key, a token… */
export const isSecretKey = (key: string): boolean => SECRET_KEYS.has(key.toLowerCase());

const isPlainObject = (value: object): value is Record<string, unknown> => {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/**
 * `value` with what is under a secret key replaced by [redacted], in plain objects and arrays up to REDACT_DEPTH
 * down (errors have their own serializer). Copies only what changes: a line without secrets costs a walk, not a
 * clone. pino's own path redaction cost ~50 µs a line here, a third of the CPU of a one-call request.
 */
export function redactKeys<T>(value: T, depth = 0): T {
  if (depth > REDACT_DEPTH || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const items: unknown[] = value;
    let copy: unknown[] | undefined;
    items.forEach((item, i) => {
      const next = redactKeys(item, depth + 1);
      if (next !== item) (copy ??= [...items])[i] = next;
    });
    return (copy ?? value) as T;
  }
  if (!isPlainObject(value)) return value;
  let copy: Record<string, unknown> | undefined;
  for (const key of Object.keys(value)) {
    const item = value[key];
    const next = SECRET_KEYS.has(key.toLowerCase()) ? REDACTED : redactKeys(item, depth + 1);
    if (next !== item) (copy ??= { ...value })[key] = next;
  }
  return (copy ?? value) as T;
}

/** The request id for an incoming request: the caller's `x-request-id` if it is a plain token, else a new UUID. */
export function requestIdFor(incoming: string | undefined): string {
  return incoming && /^[A-Za-z0-9._:-]{1,128}$/.test(incoming) ? incoming : randomUUID();
}

/** An error as a log field: its name, code and message and stack with private keys and passwords cut out. */
function errorField(error: unknown, depth = 0): unknown {
  if (!(error instanceof Error)) return typeof error === 'string' ? redactSecrets(error) : error;
  const code = (error as { extensions?: { code?: unknown } }).extensions?.code;
  return {
    type: error.name,
    message: redactSecrets(error.message),
    ...(typeof code === 'string' ? { code } : {}),
    ...(error.stack ? { stack: redactSecrets(error.stack) } : {}),
    ...(error.cause !== undefined && depth < 3 ? { cause: errorField(error.cause, depth + 1) } : {}),
  };
}

/** The gateway's structured logger: one JSON object per line, ISO time, level names, secrets redacted. */
export function createLogger({ level, destination }: LoggerOptions): Logger {
  return pino(
    {
      level,
      base: { service: 'transfer-graph' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }), log: (object) => redactKeys(object) },
      serializers: { err: (error: unknown) => errorField(error) },
    },
    destination,
  );
}

/** The `log(message, error)` callback the error policy and HTTP layer take, written through `logger` at level error. */
export function errorLogOf(logger: Logger): (message: string, error?: unknown) => void {
  return (message, error) => (error === undefined ? logger.error(message) : logger.error({ err: error }, message));
}
