import { createHash, randomBytes } from 'node:crypto';
import { isRole, type Principal, type Role } from '../../request/roles';

/** One entry of API_KEYS_FILE: the key itself is never stored, only its SHA-256. */
export interface ApiKeyEntry {
  /** Shown in logs and used as the budget's principal id (`key:<name>`). */
  name: string;
  role: Role;
  /** Lower-case hex SHA-256 of the key's UTF-8 bytes. */
  sha256: string;
}

/** Prefix of generated keys, so that a leaked key is recognisable (e.g. by secret scanners). */
export const API_KEY_PREFIX = 'tgk_';
/** Presented keys shorter than this are refused without a lookup: generated keys are 47 characters. */
export const MIN_API_KEY_LENGTH = 32;

/**
 * SHA-256 of a key. A plain, fast hash is enough because keys are 256-bit random values (generateApiKey): unlike a
 * password, such a key cannot be guessed from its hash, so a slow hash (scrypt) would only add latency to every request.
 */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** A new key: `tgk_` and 32 random bytes in base64url. */
export function generateApiKey(): string {
  return API_KEY_PREFIX + randomBytes(32).toString('base64url');
}

/** Reads the JSON of API_KEYS_FILE (`{"keys": [{"name", "role", "sha256"}]}`); throws an Error saying what is wrong. */
export function parseApiKeys(text: string): ApiKeyEntry[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error('is not JSON; expected {"keys": [{"name": "…", "role": "reader|operator", "sha256": "<64 hex digits>"}]}');
  }
  const keys = (parsed as { keys?: unknown } | null)?.keys;
  if (!Array.isArray(keys) || keys.length === 0) throw new Error('needs a non-empty "keys" array');
  const names = new Set<string>();
  const hashes = new Set<string>();
  return keys.map((entry: unknown, i) => {
    const { name, role, sha256 } = (entry ?? {}) as Record<string, unknown>;
    if (typeof name !== 'string' || !/^[A-Za-z0-9._:@-]{1,64}$/.test(name)) {
      throw new Error(`keys[${i}].name must be 1–64 letters, digits or . _ : @ -, got ${JSON.stringify(name)}`);
    }
    if (!isRole(role)) throw new Error(`keys[${i}].role must be "reader" or "operator", got ${JSON.stringify(role)}`);
    if (typeof sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(sha256)) {
      throw new Error(`keys[${i}].sha256 must be 64 lower-case hex digits (the SHA-256 of the key), got ${JSON.stringify(sha256)}`);
    }
    if (names.has(name)) throw new Error(`keys[${i}].name ${JSON.stringify(name)} is used twice`);
    if (hashes.has(sha256)) throw new Error(`keys[${i}].sha256 is the same as an earlier key's`);
    names.add(name);
    hashes.add(sha256);
    return { name, role, sha256 };
  });
}

/** Looks presented keys up by their hash. */
export class ApiKeyVerifier {
  private readonly byHash: Map<string, ApiKeyEntry>;

  constructor(entries: ApiKeyEntry[]) {
    this.byHash = new Map(entries.map((e) => [e.sha256, e]));
  }

  /** The principal a key belongs to, or undefined for an unknown key. */
  verify(key: string): Principal | undefined {
    // Looking up by hash reveals nothing about stored keys through timing: the attacker controls only the digest's input.
    if (key.length < MIN_API_KEY_LENGTH || key.length > 512) return undefined;
    const entry = this.byHash.get(hashApiKey(key));
    return entry && { id: `key:${entry.name}`, roles: [entry.role], via: 'apikey' };
  }
}
