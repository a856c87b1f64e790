import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { codeOf, fromUpstreamError } from '../upstream/errors';
import { redactSecrets } from './redact-secrets';

export interface ErrorPolicyOptions {
  /** Where unexpected errors are reported for the operator. */
  log: (message: string, error: unknown) => void;
}

/** Codes Apollo itself gives to requests that never reached a resolver; they are the client's to fix. */
const APOLLO_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * An error Apollo raised without a code to refuse the request itself with a 4xx status, before any resolver: an
 * automatic persisted query whose hash does not match its text, or of a version other than 1.
 */
function isRequestRefusal(error: unknown): boolean {
  if (!(error instanceof GraphQLError) || error.path || error.extensions.code !== undefined) return false;
  const status = (error.extensions.http as { status?: number } | undefined)?.status;
  return status !== undefined && status >= 400 && status < 500;
}

/**
 * The one error policy: AWS and network failures get their stable code (fromUpstreamError); errors we raised on
 * purpose keep theirs; anything else is masked as INTERNAL for the client and logged in full for the operator.
 */
export function errorPolicy(options: ErrorPolicyOptions) {
  const policy = (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const mapped = fromUpstreamError(original);
    if (mapped instanceof GraphQLError && codeOf(mapped)) {
      // `http` (status, headers) is for Apollo's response head, not for the client's error.
      const { http: _http, ...extensions } = mapped.extensions;
      return { ...formatted, message: mapped.message, extensions };
    }
    const apolloCode = formatted.extensions?.code;
    if (typeof apolloCode === 'string' && APOLLO_CODES.has(apolloCode)) {
      const { stacktrace: _omit, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    if (isRequestRefusal(original)) {
      return { message: formatted.message, extensions: { code: 'BAD_REQUEST' } };
    }
    options.log('unexpected error while resolving a request', original);
    return { message: 'Internal error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL' } };
  };
  // Messages may quote request variables (a coercion error prints the whole input object), so secrets go last.
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const result = policy(formatted, error);
    return { ...result, message: redactSecrets(result.message) };
  };
}
