import { exportJWK, generateKeyPair, SignJWT, type JWTPayload, type KeyLike } from 'jose';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateApiKey, hashApiKey } from '../../src/gateway/security/auth/api-keys';
import type { Role } from '../../src/gateway/request/roles';
import type { SecurityOptions } from '../../src/gateway/security/index';
import { securityOptionsFromEnv } from '../../src/config/security';

/**
 * Security options as the gateway reads them from `env`; the budget is off unless a test turns it on, and counts by
 * `clock` when one is given (a fake clock keeps a spec away from the minute's end).
 */
export function securityFrom(env: Record<string, string> = {}, { clock }: { clock?: { now: () => number } } = {}): SecurityOptions {
  const options = securityOptionsFromEnv({ COST_BUDGET_PER_MINUTE: '0', ...env }, 'emulator');
  return clock ? { ...options, budget: { ...options.budget, now: clock.now } } : options;
}

/** Writes an API_KEYS_FILE with new keys of the given names and roles; answers its path and the plain keys by name. */
export function writeApiKeys(entries: Array<{ name: string; role: Role }>): { file: string; keys: Record<string, string> } {
  const keys: Record<string, string> = {};
  const stored = entries.map(({ name, role }) => {
    keys[name] = generateApiKey();
    return { name, role, sha256: hashApiKey(keys[name]) };
  });
  const file = join(mkdtempSync(join(tmpdir(), 'tg-keys-')), 'api-keys.json');
  writeFileSync(file, JSON.stringify({ keys: stored }, null, 2));
  return { file, keys };
}

export interface TestIssuer {
  issuer: string;
  jwksUrl: string;
  /**
   * Signs `claims` (sub "alice", this issuer, audience "transfer-graph", issued now, an hour of validity unless
   * overridden); `expiresIn: null` leaves out "exp", `issuedAt: null` leaves out "iat".
   */
  sign(
    claims?: JWTPayload,
    options?: { key?: KeyLike; kid?: string; expiresIn?: string | number | null; issuedAt?: number | null },
  ): Promise<string>;
  /** A key pair that is not in the JWKS. */
  stranger: KeyLike;
  close(): Promise<void>;
}

/** An OpenID-style issuer on 127.0.0.1: a JWKS endpoint serving one RS256 key it generated. */
export async function startIssuer(): Promise<TestIssuer> {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const stranger = (await generateKeyPair('RS256')).privateKey;
  const jwk = { ...(await exportJWK(publicKey)), kid: 'test-key-1', alg: 'RS256', use: 'sig' };
  const server: Server = createServer((req, res) => {
    if (req.url !== '/.well-known/jwks.json') {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    issuer: base,
    jwksUrl: `${base}/.well-known/jwks.json`,
    stranger,
    async sign(
      claims = {},
      {
        key = privateKey,
        kid = 'test-key-1',
        expiresIn = '1h',
        issuedAt,
      }: { key?: KeyLike; kid?: string; expiresIn?: string | number | null; issuedAt?: number | null } = {},
    ) {
      const jwt = new SignJWT({ sub: 'alice', ...claims })
        .setProtectedHeader({ alg: 'RS256', kid })
        .setIssuer(typeof claims.iss === 'string' ? claims.iss : base)
        .setAudience((claims.aud as string | undefined) ?? 'transfer-graph');
      if (issuedAt !== null) jwt.setIssuedAt(issuedAt);
      if (expiresIn !== null) jwt.setExpirationTime(expiresIn);
      return jwt.sign(key);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
