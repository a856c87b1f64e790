import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ApiKeyVerifier, type ApiKeyEntry } from './api-keys';
import { JwtVerifier, TokenRejected, type JwtOptions } from './jwt';
import type { Principal } from '../../request/roles';

/** Who may call the gateway (AUTH_MODE and its companions). */
export type AuthOptions =
  { mode: 'none' } | { mode: 'apikey'; /** Entries of API_KEYS_FILE. */ keys: ApiKeyEntry[] } | { mode: 'jwt'; jwt: JwtOptions };

/** A request header by lower-case name. */
export type HeaderLookup = (name: string) => string | undefined;

/** The challenge sent with a 401, as RFC 6750 asks for bearer tokens. */
const CHALLENGE = { apikey: 'ApiKey realm="transfer-graph"', jwt: 'Bearer realm="transfer-graph"' } as const;

/** Establishes the caller of each request, before any resolver (and so any AWS call) runs. */
export class Authenticator {
  private readonly apiKeys?: ApiKeyVerifier;
  private readonly jwt?: JwtVerifier;

  constructor(readonly options: AuthOptions) {
    if (options.mode === 'apikey') this.apiKeys = new ApiKeyVerifier(options.keys);
    if (options.mode === 'jwt') this.jwt = new JwtVerifier(options.jwt);
  }

  /**
   * The caller: with AUTH_MODE=none an anonymous operator keyed by address. Throws a GraphQL error UNAUTHENTICATED
   * (HTTP 401) for missing or bad credentials, or AUTH_UNAVAILABLE (503) when the issuer's keys cannot be fetched.
   */
  async authenticate(header: HeaderLookup, remoteAddress = 'unknown'): Promise<Principal> {
    const { mode } = this.options;
    if (mode === 'none') return { id: `anonymous:${remoteAddress}`, roles: ['operator'], via: 'none' };
    const bearer = /^Bearer\s+(\S+)\s*$/i.exec(header('authorization') ?? '')?.[1];
    if (mode === 'apikey') {
      const key = header('x-api-key')?.trim() || bearer;
      if (!key) throw unauthenticated(mode, 'Missing credentials: send your API key in the x-api-key header');
      const principal = this.apiKeys!.verify(key);
      if (!principal) throw unauthenticated(mode, 'The API key is not valid');
      return principal;
    }
    if (!bearer) throw unauthenticated(mode, 'Missing credentials: send a bearer token in the Authorization header');
    try {
      return await this.jwt!.verify(bearer);
    } catch (error) {
      if (error instanceof TokenRejected && error.unavailable) {
        throw new GraphQLError(`Cannot check the bearer token: ${error.message}`, {
          extensions: { code: 'AUTH_UNAVAILABLE', http: { status: 503 } },
        });
      }
      throw unauthenticated(
        mode,
        `The bearer token is not accepted: ${error instanceof TokenRejected ? error.message : 'it could not be verified'}`,
      );
    }
  }
}

function unauthenticated(mode: 'apikey' | 'jwt', message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: new HeaderMap([['www-authenticate', CHALLENGE[mode]]]) } },
  });
}
