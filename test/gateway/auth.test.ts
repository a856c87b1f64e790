import { print } from 'graphql';
import { createClient } from 'graphql-ws';
import { SignJWT } from 'jose';
import WebSocket from 'ws';
import { FileTransferUpdatesDocument } from '../../src/client';
import { writeFileSync } from 'node:fs';
import { ConfigError, gatewayConfigFromEnv } from '../../src/config/gateway';
import { securityFrom, startIssuer, writeApiKeys, type TestIssuer } from '../support/security';
import { startStack, type TestStack } from '../support/stack';

const QUERY = '{ profiles(first: 1) { totalCount } }';
const MUTATION = 'mutation { createProfile(input: { as2Id: "AUTH-TEST", profileType: LOCAL }) { profile { as2Id } userErrors { code } } }';

/** A POST with exactly the given headers, so that the status and response headers can be read too. */
async function post(s: TestStack, query: string, headers: Record<string, string>) {
  const res = await fetch(s.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, challenge: res.headers.get('www-authenticate'), body: (await res.json()) as any };
}

describe('AUTH_MODE=apikey', () => {
  let s: TestStack;
  const { file, keys } = writeApiKeys([
    { name: 'portal', role: 'reader' },
    { name: 'ops', role: 'operator' },
  ]);
  beforeAll(async () => {
    s = await startStack({}, { security: securityFrom({ AUTH_MODE: 'apikey', API_KEYS_FILE: file }) });
  });
  afterAll(() => s.close());
  beforeEach(() => s.resetStats());

  it('answers 401 UNAUTHENTICATED with a challenge, and makes no AWS call, when no key is sent', async () => {
    expect(await post(s, QUERY, {})).toEqual({
      status: 401,
      challenge: 'ApiKey realm="transfer-graph"',
      body: {
        errors: [{ message: 'Missing credentials: send your API key in the x-api-key header', extensions: { code: 'UNAUTHENTICATED' } }],
      },
    });
    expect((await s.stats()).total).toBe(0);
  });

  it('answers 401 for a key that is not in API_KEYS_FILE, without echoing it', async () => {
    const res = await post(s, QUERY, { 'x-api-key': 'tgk_not-a-key-of-ours-but-long-enough-to-be-looked-up' });
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ errors: [{ message: 'The API key is not valid', extensions: { code: 'UNAUTHENTICATED' } }] });
    expect((await s.stats()).total).toBe(0);
  });

  it('runs queries for a reader key, in the x-api-key header or as a bearer token', async () => {
    for (const headers of [{ 'x-api-key': keys.portal }, { authorization: `Bearer ${keys.portal}` }] as Array<Record<string, string>>) {
      const res = await post(s, QUERY, headers);
      expect(res.status).toBe(200);
      expect(res.body.data).toEqual({ profiles: { totalCount: 0 } });
    }
  });

  it('refuses a mutation to a reader key with FORBIDDEN (HTTP 403) naming the role, before any AWS call', async () => {
    const res = await post(s, MUTATION, { 'x-api-key': keys.portal });
    expect(res.status).toBe(403);
    expect(res.body.errors).toEqual([
      { message: 'A mutation needs the operator role; key:portal has reader', extensions: { code: 'FORBIDDEN', requiredRole: 'operator' } },
    ]);
    expect(res.body.data).toBeUndefined();
    expect((await s.stats()).total).toBe(0);
  });

  it('runs mutations (and queries) for an operator key', async () => {
    const res = await post(s, MUTATION, { 'x-api-key': keys.ops });
    expect(res.body.data).toEqual({ createProfile: { profile: { as2Id: 'AUTH-TEST' }, userErrors: [] } });
    expect((await post(s, QUERY, { 'x-api-key': keys.ops })).body.data).toEqual({ profiles: { totalCount: 1 } });
  });
});

/** Now, in epoch seconds, as JWT claims count time. */
const NOW = Math.floor(Date.now() / 1000);

describe('AUTH_MODE=jwt', () => {
  let s: TestStack;
  let issuer: TestIssuer;
  beforeAll(async () => {
    issuer = await startIssuer();
    s = await startStack(
      {},
      {
        security: securityFrom({
          AUTH_MODE: 'jwt',
          JWT_ISSUER: issuer.issuer,
          JWT_AUDIENCE: 'transfer-graph',
          JWT_JWKS_URL: issuer.jwksUrl,
          JWT_ROLES_CLAIM: 'realm_access.roles',
        }),
      },
    );
  });
  afterAll(async () => {
    await s.close();
    await issuer.close();
  });
  beforeEach(() => s.resetStats());

  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  it('runs queries for a token with the reader role in the configured claim, and refuses it mutations', async () => {
    const token = await issuer.sign({ realm_access: { roles: ['reader', 'offline_access'] } });
    expect((await post(s, QUERY, bearer(token))).body.data).toEqual({ profiles: { totalCount: 0 } });
    const refused = await post(s, MUTATION, bearer(token));
    expect(refused.status).toBe(403);
    expect(refused.body.errors[0].message).toBe(`A mutation needs the operator role; jwt:${issuer.issuer}#alice has reader`);
    expect((await s.stats()).requests).toEqual({ ListProfiles: 1 });
  });

  it('runs mutations for a token with the operator role', async () => {
    const token = await issuer.sign({ sub: 'bob', realm_access: { roles: ['operator'] } });
    expect((await post(s, MUTATION, bearer(token))).body.data).toEqual({
      createProfile: { profile: { as2Id: 'AUTH-TEST' }, userErrors: [] },
    });
  });

  it('refuses every operation, as FORBIDDEN, to a valid token without a known role', async () => {
    const res = await post(s, QUERY, bearer(await issuer.sign({ realm_access: { roles: ['admin'] } })));
    expect(res.status).toBe(403);
    expect(res.body.errors[0]).toEqual({
      message: `A query needs the reader role; jwt:${issuer.issuer}#alice has no role`,
      extensions: { code: 'FORBIDDEN', requiredRole: 'reader' },
    });
  });

  it.each([
    ['no token', async () => ({}), 'Missing credentials: send a bearer token in the Authorization header'],
    [
      'an expired token',
      async () => bearer(await issuer.sign({}, { expiresIn: Math.floor(Date.now() / 1000) - 120 })),
      'The bearer token is not accepted: the token has expired',
    ],
    [
      'a token for another audience',
      async () => bearer(await issuer.sign({ aud: 'another-api' })),
      'The bearer token is not accepted: the token\'s "aud" claim is not accepted',
    ],
    [
      'a token from another issuer',
      async () => bearer(await issuer.sign({ iss: 'https://evil.example' })),
      'The bearer token is not accepted: the token\'s "iss" claim is not accepted',
    ],
    [
      'a token signed with a key outside the JWKS',
      async () => bearer(await issuer.sign({}, { key: issuer.stranger })),
      'The bearer token is not accepted: the token signature is not valid',
    ],
    [
      'a token naming an unknown key id',
      async () => bearer(await issuer.sign({}, { key: issuer.stranger, kid: 'other' })),
      "The bearer token is not accepted: no key of the issuer's JWKS matches the token",
    ],
    [
      'an HMAC-signed token',
      async () =>
        bearer(
          await new SignJWT({ sub: 'x' })
            .setProtectedHeader({ alg: 'HS256' })
            .setIssuer(issuer.issuer)
            .setAudience('transfer-graph')
            .setExpirationTime('1h')
            .sign(new Uint8Array(32)),
        ),
      "The bearer token is not accepted: the token's signing algorithm is not accepted",
    ],
    [
      'an unsigned token',
      async () => bearer('eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.'),
      "The bearer token is not accepted: the token's signing algorithm is not accepted",
    ],
    ['garbage', async () => bearer('not.a.jwt'), 'The bearer token is not accepted: the token is malformed'],
    [
      'a token without "exp"',
      async () => bearer(await issuer.sign({ realm_access: { roles: ['operator'] } }, { expiresIn: null })),
      'The bearer token is not accepted: the token has no "exp" claim: tokens must expire',
    ],
    [
      'a token valid for 48 h from "iat" (JWT_MAX_LIFETIME_S defaults to 24 h)',
      async () =>
        bearer(await issuer.sign({ realm_access: { roles: ['operator'] } }, { issuedAt: NOW - 3600, expiresIn: NOW - 3600 + 48 * 3600 })),
      'The bearer token is not accepted: the token is valid for 172800 s from "iat" to "exp", over the maximum of 86400 s',
    ],
    [
      'a token without "iat" expiring in 30 days',
      async () => bearer(await issuer.sign({ realm_access: { roles: ['operator'] } }, { issuedAt: null, expiresIn: NOW + 30 * 86_400 })),
      /^The bearer token is not accepted: the token's "exp" is 259\d{4} s away, over the maximum lifetime of 86400 s$/,
    ],
  ])('answers 401 for %s, before any AWS call', async (_case, headers, message) => {
    const res = await post(s, QUERY, await headers());
    expect(res).toEqual({
      status: 401,
      challenge: 'Bearer realm="transfer-graph"',
      body: {
        errors: [
          { message: typeof message === 'string' ? message : expect.stringMatching(message), extensions: { code: 'UNAUTHENTICATED' } },
        ],
      },
    });
    expect((await s.stats()).total).toBe(0);
  });

  it('answers 503 AUTH_UNAVAILABLE when the JWKS cannot be fetched (the caller is not at fault)', async () => {
    const dead = await startIssuer();
    await dead.close();
    const t = await startStack(
      {},
      { security: securityFrom({ AUTH_MODE: 'jwt', JWT_ISSUER: dead.issuer, JWT_AUDIENCE: 'transfer-graph', JWT_JWKS_URL: dead.jwksUrl }) },
    );
    try {
      const res = await post(t, QUERY, bearer(await dead.sign({ roles: ['reader'] })));
      expect(res.status).toBe(503);
      expect(res.body.errors).toEqual([
        {
          message: "Cannot check the bearer token: the issuer's signing keys (JWKS) could not be fetched",
          extensions: { code: 'AUTH_UNAVAILABLE' },
        },
      ]);
    } finally {
      await t.close();
    }
  });

  it('admits WebSocket subscribers with a role (credentials in connection_init), and closes the connection (4403) to one without', async () => {
    /** The first message of a subscription to a transfer that does not exist, or how the connection closed. */
    const firstAnswer = async (token: string) => {
      const c = createClient({
        url: s.graphqlUrl.replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        connectionParams: bearer(token),
      });
      try {
        return await new Promise((resolve) => {
          const id = Buffer.from('FileTransfer:us-east-1:c-0123456789abcdef0:00000000-0000-4000-8000-000000000000').toString('base64url');
          c.subscribe(
            { query: print(FileTransferUpdatesDocument), variables: { id } },
            {
              next: (message) => resolve(message.errors?.map((e) => e.extensions?.code)),
              error: (event: any) => resolve([event.code, event.reason]),
              complete: () => undefined,
            },
          );
        });
      } finally {
        await c.dispose();
      }
    };
    expect(await firstAnswer(await issuer.sign({ realm_access: { roles: ['reader'] } }))).toEqual(['NOT_FOUND']);
    expect(await firstAnswer(await issuer.sign({ realm_access: { roles: ['admin'] } }))).toEqual([4403, 'Forbidden']);
    expect(await firstAnswer('not.a.jwt')).toEqual([4403, 'Forbidden']);
  });

  it('reads roles from a top-level claim by default, as an array or a space-separated string', async () => {
    const t = await startStack(
      {},
      {
        security: securityFrom({
          AUTH_MODE: 'jwt',
          JWT_ISSUER: issuer.issuer,
          JWT_AUDIENCE: 'transfer-graph',
          JWT_JWKS_URL: issuer.jwksUrl,
        }),
      },
    );
    try {
      expect((await post(t, MUTATION, bearer(await issuer.sign({ roles: ['operator'] })))).status).toBe(200);
      expect((await post(t, QUERY, bearer(await issuer.sign({ roles: 'auditor reader' })))).status).toBe(200);
      expect((await post(t, MUTATION, bearer(await issuer.sign({ roles: 'auditor reader' })))).status).toBe(403);
    } finally {
      await t.close();
    }
  });
});

describe('AUTH_MODE=none', () => {
  it('lets anyone run anything on the emulator (the default), as an anonymous operator', async () => {
    const s = await startStack({}, { security: securityFrom() });
    try {
      expect((await post(s, MUTATION, {})).body.data).toEqual({ createProfile: { profile: { as2Id: 'AUTH-TEST' }, userErrors: [] } });
    } finally {
      await s.close();
    }
  });
});

describe('authentication settings', () => {
  const { file } = writeApiKeys([{ name: 'ops', role: 'operator' }]);

  it('refuses to serve real AWS unauthenticated unless ALLOW_UNAUTHENTICATED=true', () => {
    expect(() => gatewayConfigFromEnv({ TRANSFER_BACKEND: 'aws' })).toThrow(
      new ConfigError(
        'AUTH_MODE=none with TRANSFER_BACKEND=aws would let anyone change your AWS account: set AUTH_MODE to apikey or jwt, or ALLOW_UNAUTHENTICATED=true to run it open anyway',
      ),
    );
    expect(gatewayConfigFromEnv({ TRANSFER_BACKEND: 'aws', ALLOW_UNAUTHENTICATED: 'true' }).security.auth).toEqual({ mode: 'none' });
    expect(gatewayConfigFromEnv({ TRANSFER_BACKEND: 'aws', AUTH_MODE: 'apikey', API_KEYS_FILE: file }).security.auth.mode).toBe('apikey');
  });

  const badFile = (content: string) => {
    const path = `${file}.${Math.random().toString(36).slice(2)}`;
    writeFileSync(path, content);
    return path;
  };

  it('reads JWT_MAX_LIFETIME_S (default 24 h)', () => {
    const jwt = { AUTH_MODE: 'jwt', JWT_JWKS_URL: 'https://id.example/jwks', JWT_ISSUER: 'https://id.example', JWT_AUDIENCE: 'tg' };
    expect(gatewayConfigFromEnv(jwt).security.auth).toEqual({
      mode: 'jwt',
      jwt: { issuer: 'https://id.example', audience: 'tg', jwksUrl: 'https://id.example/jwks', rolesClaim: 'roles', maxLifetimeS: 86_400 },
    });
    expect(gatewayConfigFromEnv({ ...jwt, JWT_MAX_LIFETIME_S: '3600' }).security.auth).toMatchObject({ jwt: { maxLifetimeS: 3600 } });
    expect(() => gatewayConfigFromEnv({ ...jwt, JWT_MAX_LIFETIME_S: '0' })).toThrow(
      new ConfigError('JWT_MAX_LIFETIME_S must be a whole number from 60 to 2592000, got "0"'),
    );
  });

  it.each([
    [{ AUTH_MODE: 'oauth' }, 'AUTH_MODE must be "none", "apikey" or "jwt", got "oauth"'],
    [{ AUTH_MODE: 'apikey' }, 'API_KEYS_FILE is required with AUTH_MODE=apikey (a JSON file of hashed keys and their roles)'],
    [{ AUTH_MODE: 'apikey', API_KEYS_FILE: '/nonexistent/keys.json' }, 'API_KEYS_FILE "/nonexistent/keys.json" cannot be read (ENOENT)'],
    [{ AUTH_MODE: 'jwt', JWT_ISSUER: 'https://id.example', JWT_AUDIENCE: 'tg' }, 'JWT_JWKS_URL is required with AUTH_MODE=jwt'],
    [
      { AUTH_MODE: 'jwt', JWT_JWKS_URL: 'ftp://x', JWT_ISSUER: 'i', JWT_AUDIENCE: 'a' },
      'JWT_JWKS_URL must be an http(s) URL, got "ftp://x"',
    ],
    [{ AUTH_MODE: 'jwt', JWT_JWKS_URL: 'https://id.example/jwks', JWT_AUDIENCE: 'a' }, 'JWT_ISSUER is required with AUTH_MODE=jwt'],
    [{ ALLOW_UNAUTHENTICATED: 'yes' }, 'ALLOW_UNAUTHENTICATED must be "true" or "false", got "yes"'],
  ])('refuses %j naming the variable', (env, message) => {
    expect(() => gatewayConfigFromEnv(env)).toThrow(new ConfigError(message));
  });

  it.each([
    ['not json', 'is not JSON; expected {"keys": [{"name": "…", "role": "reader|operator", "sha256": "<64 hex digits>"}]}'],
    ['{"keys": []}', 'needs a non-empty "keys" array'],
    [
      '{"keys": [{"name": "a", "role": "admin", "sha256": "' + '0'.repeat(64) + '"}]}',
      'keys[0].role must be "reader" or "operator", got "admin"',
    ],
    [
      '{"keys": [{"name": "a", "role": "reader", "key": "tgk_plain"}]}',
      'keys[0].sha256 must be 64 lower-case hex digits (the SHA-256 of the key), got undefined',
    ],
    [
      '{"keys": [{"name": "a", "role": "reader", "sha256": "' +
        'a'.repeat(64) +
        '"}, {"name": "a", "role": "reader", "sha256": "' +
        'b'.repeat(64) +
        '"}]}',
      'keys[1].name "a" is used twice',
    ],
  ])('refuses an API_KEYS_FILE holding %s', (content, problem) => {
    const path = badFile(content);
    expect(() => gatewayConfigFromEnv({ AUTH_MODE: 'apikey', API_KEYS_FILE: path })).toThrow(
      new ConfigError(`API_KEYS_FILE ${JSON.stringify(path)} ${problem}`),
    );
  });
});
