import { AwsError } from './errors';

/** Injected misbehaviour, settable at run time through `PUT /_emulator/config`. */
export interface FaultConfig {
  /** Added before every AWS call is answered. */
  latencyMs: number;
  /** Share of AWS calls answered with ThrottlingException, 0–100. */
  throttlePercent: number;
  /** Share of AWS calls answered with InternalServiceError, 0–100. */
  errorPercent: number;
}

export const NO_FAULTS: FaultConfig = { latencyMs: 0, throttlePercent: 0, errorPercent: 0 };

/** Checks a partial update from the wire; returns a message naming the first bad field, or the merged config. */
export function mergeFaultConfig(current: FaultConfig, update: unknown): FaultConfig | string {
  if (typeof update !== 'object' || update === null || Array.isArray(update)) return 'expected a JSON object';
  const next = { ...current };
  for (const [key, value] of Object.entries(update)) {
    if (!(key in current)) return `unknown setting ${key}; expected latencyMs, throttlePercent or errorPercent`;
    const max = key === 'latencyMs' ? 60_000 : 100;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > max) {
      return `${key} must be a number from 0 to ${max}, got ${JSON.stringify(value)}`;
    }
    next[key as keyof FaultConfig] = value;
  }
  return next;
}

/** The fault, if any, that this call draws. */
export function drawFault(config: FaultConfig, random: () => number = Math.random): AwsError | undefined {
  const roll = random() * 100;
  if (roll < config.throttlePercent) {
    return new AwsError('ThrottlingException', 'Rate exceeded', { RetryAfterSeconds: '1' });
  }
  if (roll < config.throttlePercent + config.errorPercent) {
    return new AwsError('InternalServiceError', 'An internal error occurred (injected by the emulator)');
  }
  return undefined;
}
