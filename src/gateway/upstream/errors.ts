import { TransferServiceException } from '@aws-sdk/client-transfer';
import { GraphQLError } from 'graphql';

/** Stable `extensions.code`s a client can switch on. */
export type ErrorCode = 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT' | 'THROTTLED' | 'UPSTREAM_UNAVAILABLE' | 'FORBIDDEN' | 'INTERNAL';

const CODE_BY_AWS_ERROR: Record<string, ErrorCode> = {
  ResourceNotFoundException: 'NOT_FOUND',
  InvalidRequestException: 'BAD_USER_INPUT',
  InvalidNextTokenException: 'BAD_USER_INPUT',
  SerializationException: 'BAD_USER_INPUT',
  ValidationException: 'BAD_USER_INPUT',
  ResourceExistsException: 'CONFLICT',
  ConflictException: 'CONFLICT',
  ThrottlingException: 'THROTTLED',
  ServiceUnavailableException: 'UPSTREAM_UNAVAILABLE',
  InternalServiceError: 'UPSTREAM_UNAVAILABLE',
  AccessDeniedException: 'FORBIDDEN',
  UnrecognizedClientException: 'FORBIDDEN',
  InvalidSignatureException: 'FORBIDDEN',
  MissingAuthenticationTokenException: 'FORBIDDEN',
  ExpiredTokenException: 'FORBIDDEN',
};

/** Network failures before a byte reached AWS: sending again cannot duplicate anything. */
export const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);
/** Network failures after sending, with no answer: AWS may or may not have done it. */
export const ANSWER_LOST = new Set(['AbortError', 'TimeoutError', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE']);
/** Network-level failures of the SDK's HTTP handler: the upstream could not be reached or did not answer in time. */
const UNREACHABLE = new Set([...NOT_SENT, ...ANSWER_LOST]);

/**
 * The network failure behind an SDK error, if it is one. The SDK's retry layer may re-wrap a socket error whose
 * prototype it does not recognise into a plain Error, keeping only the text, so the message is checked too.
 */
function networkFailure(error: unknown): string | undefined {
  const { code, name, message } = (error ?? {}) as { code?: string; name?: string; message?: string };
  for (const candidate of [code, name]) if (candidate && UNREACHABLE.has(candidate)) return candidate;
  return [...UNREACHABLE].find((candidate) => message?.includes(candidate));
}

/** A GraphQL error with a stable code; `awsError` names the AWS exception when there is one. */
export function graphQLError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

/** The codes a userError carries (the UserErrorCode enum of the schema). */
export type UserErrorCode = 'INVALID' | 'REQUIRED' | 'NOT_FOUND' | 'WRONG_TYPE' | 'IN_USE' | 'QUOTA_EXCEEDED' | 'CONFLICT';

/** Kept off `extensions`, so that a query argument's error does not show it: only a mutation's userError does. */
const USER_ERROR_CODE = Symbol('userErrorCode');

/** Marks a BAD_USER_INPUT error with the finer code its userError should carry. */
export function withUserErrorCode(error: GraphQLError, code: UserErrorCode): GraphQLError {
  (error as GraphQLError & { [USER_ERROR_CODE]?: UserErrorCode })[USER_ERROR_CODE] = code;
  return error;
}

/** The code given by withUserErrorCode, if any. */
export const userErrorCodeOf = (error: GraphQLError): UserErrorCode | undefined =>
  (error as GraphQLError & { [USER_ERROR_CODE]?: UserErrorCode })[USER_ERROR_CODE];

/**
 * An AWS message as the gateway answers it: without the exception's name (that is `extensions.awsError`), and a
 * not-found naming what was not found ("Unknown server" → "Unknown server s-…").
 */
function inOwnWords(message: string, code: ErrorCode, resource: string | undefined): string {
  const text = message.trim() || 'AWS gave no message';
  return code === 'NOT_FOUND' && resource && !text.includes(resource) ? `${text} ${resource}` : text;
}

/**
 * Maps what an AWS call threw onto a GraphQL error with a stable code, the AWS error name in `extensions.awsError`. Anything that is not
 * a recognised AWS or network failure is returned unchanged, for the error policy to mask and log.
 */
export function fromUpstreamError(error: unknown): unknown {
  if (error instanceof GraphQLError) return error;
  if (error instanceof TransferServiceException) {
    const code = CODE_BY_AWS_ERROR[error.name] ?? (error.$fault === 'server' ? 'UPSTREAM_UNAVAILABLE' : 'BAD_USER_INPUT');
    const details: Record<string, unknown> = { awsError: error.name };
    const resource = (error as { Resource?: string }).Resource;
    if (resource) details.awsResource = resource;
    return graphQLError(code, inOwnWords(error.message, code, resource), details);
  }
  const reason = networkFailure(error);
  if (reason) return graphQLError('UPSTREAM_UNAVAILABLE', `The Transfer Family endpoint did not answer (${reason})`);
  return error;
}

/** The stable code of an error made by fromUpstreamError, if any. */
export function codeOf(error: unknown): ErrorCode | undefined {
  return error instanceof GraphQLError ? (error.extensions.code as ErrorCode | undefined) : undefined;
}
