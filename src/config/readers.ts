import { SETTINGS, type SettingName } from './settings';

/** A setting that cannot be used as given; its message names the variable and the values it accepts. */
export class ConfigError extends Error {}

type Env = NodeJS.ProcessEnv;

const unset = (raw: string | undefined): raw is undefined => raw === undefined || raw.trim() === '';

/** A whole number within the setting's range; its default when unset (or `fallback`, for defaults derived from others). */
export function whole(env: Env, name: SettingName, fallback?: number): number {
  const setting = SETTINGS[name];
  if (setting.kind !== 'whole') throw new Error(`${name} is not a whole-number setting`);
  const raw = env[name];
  if (unset(raw)) return fallback ?? setting.default;
  if (!/^\d+$/.test(raw.trim()) || Number(raw) < setting.min || Number(raw) > setting.max) {
    throw new ConfigError(`${name} must be a whole number from ${setting.min} to ${setting.max}, got ${JSON.stringify(raw)}`);
  }
  return Number(raw);
}

/** `true` or `false`; the setting's default when unset (or `fallback`, e.g. a production default). */
export function flag(env: Env, name: SettingName, fallback?: boolean): boolean {
  const setting = SETTINGS[name];
  if (setting.kind !== 'flag') throw new Error(`${name} is not a flag setting`);
  const raw = env[name];
  if (unset(raw)) return fallback ?? setting.default;
  if (raw !== 'true' && raw !== 'false') throw new ConfigError(`${name} must be "true" or "false", got ${JSON.stringify(raw)}`);
  return raw === 'true';
}

/** One of the setting's values; its default when unset. */
export function oneOf<V extends string>(env: Env, name: SettingName, values: readonly V[]): V {
  const setting = SETTINGS[name];
  const raw = env[name];
  const value = unset(raw) ? (setting.default as string) : raw;
  if (!(values as readonly string[]).includes(value)) {
    const quoted = values.map((v) => `"${v}"`);
    const listed = values.length <= 3 ? `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}` : `one of ${values.join(', ')}`;
    throw new ConfigError(`${name} must be ${listed}, got ${JSON.stringify(value)}`);
  }
  return value as V;
}

/** A URL whose scheme is one of `protocols` (e.g. `['http:', 'https:']`); undefined when unset. */
export function url(env: Env, name: SettingName, protocols: readonly string[], shown: string): string | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  let parsed: URL | undefined;
  try {
    parsed = new URL(raw);
  } catch {
    parsed = undefined;
  }
  if (!parsed || !protocols.includes(parsed.protocol)) throw new ConfigError(`${name} must be ${shown}, got ${JSON.stringify(raw)}`);
  return raw;
}

/** A comma-separated list of at most `max` items, each matching `item`; undefined when unset. */
export function list(
  env: Env,
  name: SettingName,
  item: RegExp,
  max: number,
  shown: string,
  normalise = (s: string) => s.trim(),
): string[] | undefined {
  const raw = env[name];
  if (unset(raw)) return undefined;
  const items = raw.split(',').map(normalise);
  if (items.length > max || items.some((entry) => !item.test(entry)))
    throw new ConfigError(`${name} must be ${shown}, got ${JSON.stringify(raw)}`);
  return items;
}

/** A value that must be set in this configuration; `why` says which choice needs it. */
export function required(env: Env, name: SettingName, why: string): string {
  const value = env[name]?.trim();
  if (!value) throw new ConfigError(`${name} is required ${why}`);
  return value;
}

/** The value as given, or the setting's default (undefined when it has none). */
export function text(env: Env, name: SettingName): string | undefined {
  const raw = env[name];
  return unset(raw) ? (SETTINGS[name].default as string | undefined) : raw.trim();
}
