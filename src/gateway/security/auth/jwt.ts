import type { JWTPayload } from 'jose';
import { isRole, type Principal, type Role } from '../../request/roles';

/** How bearer tokens are checked (AUTH_MODE=jwt). */
export interface JwtOptions {
  /** Expected `iss` (JWT_ISSUER). */
  issuer: string;
  /** Expected `aud` (JWT_AUDIENCE). */
  audience: string;
  /** Where the issuer publishes its signing keys (JWT_JWKS_URL). */
  jwksUrl: string;
  /** Claim holding the roles: a name, or a dotted path such as `realm_access.roles` (JWT_ROLES_CLAIM). */
  rolesClaim: string;
  /** Longest validity accepted, in seconds, whether from `iat` or from now to `exp` (JWT_MAX_LIFETIME_S). */
  maxLifetimeS: number;
}

/** jose, loaded when the first verifier is made (AUTH_MODE=jwt): the other modes start without it. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const jose = (): typeof import('jose') => require('jose') as typeof import('jose');

/** Seconds of clock difference tolerated between the issuer and the gateway. */
const CLOCK_TOLERANCE_S = 30;

/** Asymmetric algorithms only: a JWKS publishes public keys, and `none`/HMAC must never be accepted. */
const ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

/** Why a token was refused: `unavailable` when the issuer's keys could not be fetched (not the caller's fault). */
export class TokenRejected extends Error {
  constructor(
    message: string,
    readonly unavailable = false,
  ) {
    super(message);
  }
}

/** Verifies bearer tokens against the issuer's JWKS (fetched on demand, cached and refreshed by jose). */
export class JwtVerifier {
  private readonly keys: ReturnType<typeof import('jose').createRemoteJWKSet>;

  constructor(private readonly options: JwtOptions) {
    this.keys = jose().createRemoteJWKSet(new URL(options.jwksUrl), { timeoutDuration: 3000, cooldownDuration: 30_000 });
  }

  /** The principal of a valid token; throws TokenRejected saying why a token is not accepted. */
  async verify(token: string): Promise<Principal> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jose().jwtVerify(token, this.keys, {
        issuer: this.options.issuer,
        audience: this.options.audience,
        algorithms: ALGORITHMS,
        clockTolerance: CLOCK_TOLERANCE_S,
        // A token without an expiry would be accepted forever once leaked.
        requiredClaims: ['exp'],
      }));
    } catch (error) {
      throw rejection(error);
    }
    if (typeof payload.sub !== 'string' || !payload.sub) throw new TokenRejected('the token has no "sub" claim');
    const exp = payload.exp!;
    const max = this.options.maxLifetimeS;
    if (payload.iat !== undefined && exp - payload.iat > max) {
      throw new TokenRejected(`the token is valid for ${exp - payload.iat} s from "iat" to "exp", over the maximum of ${max} s`);
    }
    const left = exp - Math.floor(Date.now() / 1000);
    if (left > max + CLOCK_TOLERANCE_S)
      throw new TokenRejected(`the token's "exp" is ${left} s away, over the maximum lifetime of ${max} s`);
    return { id: `jwt:${payload.iss}#${payload.sub}`, roles: rolesOf(payload, this.options.rolesClaim), via: 'jwt' };
  }
}

/** The known roles in `claim`: an array of names or one space- or comma-separated string. */
export function rolesOf(payload: JWTPayload, claim: string): Role[] {
  // A namespaced claim name (Auth0 style: https://example.com/roles) contains dots, so the whole name is tried first.
  let value: unknown = payload[claim];
  if (value === undefined) {
    value = claim
      .split('.')
      .reduce<unknown>((at, part) => (at && typeof at === 'object' ? (at as Record<string, unknown>)[part] : undefined), payload);
  }
  const names = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[\s,]+/) : [];
  return [...new Set(names.filter(isRole))];
}

function rejection(error: unknown): TokenRejected {
  const { errors } = jose();
  if (error instanceof errors.JWKSTimeout) return new TokenRejected("the issuer's signing keys (JWKS) did not arrive in time", true);
  if (error instanceof errors.JWTExpired) return new TokenRejected('the token has expired');
  if (error instanceof errors.JWTClaimValidationFailed && error.reason === 'missing') {
    return new TokenRejected(
      error.claim === 'exp' ? 'the token has no "exp" claim: tokens must expire' : `the token has no "${error.claim}" claim`,
    );
  }
  if (error instanceof errors.JWTClaimValidationFailed) return new TokenRejected(`the token's "${error.claim}" claim is not accepted`);
  if (error instanceof errors.JWKSNoMatchingKey) return new TokenRejected("no key of the issuer's JWKS matches the token");
  if (error instanceof errors.JWSSignatureVerificationFailed) return new TokenRejected('the token signature is not valid');
  if (error instanceof errors.JOSEAlgNotAllowed) return new TokenRejected("the token's signing algorithm is not accepted");
  if (error instanceof errors.JWTInvalid || error instanceof errors.JWSInvalid) return new TokenRejected('the token is malformed');
  if (error instanceof errors.JWKSInvalid || (error instanceof errors.JOSEError && /JSON Web Key Set/.test(error.message))) {
    return new TokenRejected("the issuer's signing keys (JWKS) could not be fetched", true);
  }
  if (error instanceof errors.JOSEError) return new TokenRejected(`the token is not valid (${error.code})`);
  // Anything else is a failed fetch of the JWKS (connection refused, bad JSON, HTTP error).
  return new TokenRejected("the issuer's signing keys (JWKS) could not be fetched", true);
}
