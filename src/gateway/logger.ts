import { randomUUID } from 'node:crypto';
import pino, { type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from '../config';
import { redactSecrets } from './plugins/redact-secrets';

export type { Logger };

export interface LoggerOptions {
  /** Least severe level written (LOG_LEVEL); `silent` writes nothing. */
  level: LogLevel;
  /** Where the JSON lines go; stdout when absent. */
  destination?: DestinationStream;
}

/** Header carrying the request id: taken from the caller when well-formed (a proxy's id), else made; echoed back. */
export const REQUEST_ID_HEADER = 'x-request-id';

/** Keys whose values never reach a log line, at the top level or one object down (pino's redact paths). */
const SECRET_KEYS = ['authorization', 'cookie', 'password', 'userPassword', 'privateKey', 'hostKey', 'secretAccessKey', 'sessionToken', 'token'];
const REDACT_PATHS = SECRET_KEYS.flatMap((key) => [key, `*.${key}`, `*.headers.${key}`]);

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
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      serializers: { err: (error: unknown) => errorField(error) },
    },
    destination,
  );
}

/** The `log(message, error)` callback the error policy and HTTP layer take, written through `logger` at level error. */
export function errorLogOf(logger: Logger): (message: string, error?: unknown) => void {
  return (message, error) => (error === undefined ? logger.error(message) : logger.error({ err: error }, message));
}
