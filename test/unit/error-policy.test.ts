import {
  InternalServiceError,
  InvalidRequestException,
  ResourceNotFoundException,
  ServiceUnavailableException,
  ThrottlingException,
  TransferServiceException,
} from '@aws-sdk/client-transfer';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { errorPolicy } from '../../src/gateway/observability/error-policy';

/** What a client is shown for `thrown` raised by the resolver at `profile` (as Apollo hands it to formatError), and what was logged. */
function shown(thrown: unknown, formatted?: GraphQLFormattedError) {
  const logged: Array<[string, unknown]> = [];
  const policy = errorPolicy({ log: (message, error) => void logged.push([message, error]) });
  const wrapped = new GraphQLError(thrown instanceof Error ? thrown.message : String(thrown), {
    path: ['profile'],
    originalError: thrown instanceof Error ? thrown : undefined,
  });
  return { error: policy(formatted ?? { ...wrapped.toJSON(), locations: [{ line: 1, column: 3 }] }, wrapped), logged };
}

const at = { locations: [{ line: 1, column: 3 }], path: ['profile'] };

describe('the error policy: AWS exceptions, by their SDK class, get a stable code, the AWS name in awsError and a message without it', () => {
  it.each([
    [
      new ResourceNotFoundException({
        message: 'Unknown profile',
        Message: 'Unknown profile',
        $metadata: {},
        Resource: 'p-0123456789abcdef0',
        ResourceType: 'Profile',
      }),
      {
        message: 'Unknown profile p-0123456789abcdef0',
        extensions: { code: 'NOT_FOUND', awsError: 'ResourceNotFoundException', awsResource: 'p-0123456789abcdef0' },
      },
    ],
    [
      new InvalidRequestException({ message: 'Bad As2Id', Message: 'Bad As2Id', $metadata: {} }),
      { message: 'Bad As2Id', extensions: { code: 'BAD_USER_INPUT', awsError: 'InvalidRequestException' } },
    ],
    [
      new ThrottlingException({ message: 'Rate exceeded', $metadata: {} }),
      { message: 'Rate exceeded', extensions: { code: 'THROTTLED', awsError: 'ThrottlingException' } },
    ],
    [
      new InternalServiceError({ message: 'An internal error occurred', Message: 'An internal error occurred', $metadata: {} }),
      {
        message: 'An internal error occurred',
        extensions: { code: 'UPSTREAM_UNAVAILABLE', awsError: 'InternalServiceError' },
      },
    ],
    [
      new ServiceUnavailableException({ message: 'Try later', $metadata: {} }),
      {
        message: 'Try later',
        extensions: { code: 'UPSTREAM_UNAVAILABLE', awsError: 'ServiceUnavailableException' },
      },
    ],
  ])('gives %p its code', (thrown, expected) => {
    expect(shown(thrown)).toEqual({ error: { ...expected, ...at }, logged: [] });
  });

  it('maps an AWS exception it has no entry for by its fault: the client’s is BAD_USER_INPUT, the server’s UPSTREAM_UNAVAILABLE', () => {
    const of = (fault: 'client' | 'server') =>
      new TransferServiceException({ name: 'BrandNewException', $fault: fault, $metadata: {}, message: 'New' });
    expect([shown(of('client')).error.extensions, shown(of('server')).error.extensions]).toEqual([
      { code: 'BAD_USER_INPUT', awsError: 'BrandNewException' },
      { code: 'UPSTREAM_UNAVAILABLE', awsError: 'BrandNewException' },
    ]);
  });
});

describe('the error policy: network failures and our own errors', () => {
  it.each([
    ['TimeoutError', Object.assign(new Error('Request timed out'), { name: 'TimeoutError' })],
    ['ECONNREFUSED', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:4100'), { code: 'ECONNREFUSED' })],
    ['ECONNRESET', new Error('socket hang up (ECONNRESET) re-wrapped by the SDK')],
  ])('answers UPSTREAM_UNAVAILABLE for a call that never got an answer (%s)', (reason, thrown) => {
    expect(shown(thrown)).toEqual({
      error: { message: `The Transfer Family endpoint did not answer (${reason})`, extensions: { code: 'UPSTREAM_UNAVAILABLE' }, ...at },
      logged: [],
    });
  });

  it('keeps the code and extensions of an error raised on purpose, without its HTTP status', () => {
    const thrown = new GraphQLError('Too deep', { extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit: 'depth', http: { status: 400 } } });
    expect(shown(thrown).error).toEqual({ message: 'Too deep', extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit: 'depth' }, ...at });
  });

  it("keeps Apollo's own client codes, without a stack trace", () => {
    const formatted = {
      message: 'Cannot query field "x" on type "Query".',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', stacktrace: ['GraphQLError: …'] },
    };
    expect(shown(new GraphQLError(formatted.message), formatted).error).toEqual({
      message: formatted.message,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('answers BAD_REQUEST for a request Apollo refused with a 4xx and no code (a persisted query whose hash does not match)', () => {
    const refusal = new GraphQLError('provided sha does not match query', { extensions: { http: { status: 400 } } });
    const policy = errorPolicy({ log: () => undefined });
    expect(policy({ message: refusal.message }, refusal)).toEqual({
      message: 'provided sha does not match query',
      extensions: { code: 'BAD_REQUEST' },
    });
  });

  it('masks anything else as INTERNAL for the client and logs the original for the operator', () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'ProfileId')");
    expect(shown(bug)).toEqual({
      error: { message: 'Internal error', extensions: { code: 'INTERNAL' }, ...at },
      logged: [['unexpected error while resolving a request', bug]],
    });
  });

  it('cuts secrets out of every message it lets through', () => {
    const thrown = new GraphQLError(
      'Variable "$input" got invalid value { as2Id: "x", privateKey: "-----BEGIN PRIVATE KEY-----abc-----END PRIVATE KEY-----" }',
      {
        extensions: { code: 'BAD_USER_INPUT' },
      },
    );
    expect(shown(thrown).error.message).toBe('Variable "$input" got invalid value { as2Id: "x", privateKey: "[redacted]" }');
  });
});
