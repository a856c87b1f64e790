/**
 * AWS errors as data. Status codes follow the httpError traits of the Smithy model shipped in
 * @aws-sdk/client-transfer (the SDK picks the exception class from `__type`, so clients see the same either way).
 */
const STATUS: Record<string, number> = {
  InvalidRequestException: 400,
  InvalidNextTokenException: 400,
  SerializationException: 400,
  UnknownOperationException: 400,
  ResourceNotFoundException: 404,
  ResourceExistsException: 409,
  ConflictException: 409,
  ThrottlingException: 429,
  AccessDeniedException: 403,
  InvalidSignatureException: 403,
  UnrecognizedClientException: 403,
  MissingAuthenticationTokenException: 403,
  IncompleteSignatureException: 403,
  RequestEntityTooLargeException: 413,
  InternalServiceError: 503,
  ServiceUnavailableException: 503,
};

export class AwsError extends Error {
  readonly status: number;

  constructor(
    readonly type: string,
    message: string,
    readonly extra: Record<string, string> = {},
  ) {
    super(message);
    this.status = STATUS[type] ?? 400;
  }

  /** The awsJson1_1 error body. */
  toBody(): Record<string, string> {
    return { __type: this.type, Message: this.message, ...this.extra };
  }
}

export const invalidRequest = (message: string) => new AwsError('InvalidRequestException', message);

/** ResourceNotFoundException with the members the model requires; `resourceType` as AWS names it, e.g. `Profile`. */
export const notFound = (resourceType: string, resource: string, message = `Unknown ${resourceType.toLowerCase()}`) =>
  new AwsError('ResourceNotFoundException', message, { Resource: resource, ResourceType: resourceType });

export const exists = (resourceType: string, resource: string, message: string) =>
  new AwsError('ResourceExistsException', message, { Resource: resource, ResourceType: resourceType });

const BAD_TOKEN_MESSAGE = 'The NextToken is invalid, expired, or was issued for other parameters';

export const invalidNextToken = () => new AwsError('InvalidNextTokenException', BAD_TOKEN_MESSAGE);

/** A bad NextToken for an operation whose model declares no InvalidNextTokenException (ListFileTransferResults). */
export const invalidNextTokenRequest = () => invalidRequest(BAD_TOKEN_MESSAGE);

/** A refusal from src/emulator/rules/ (a quota used up, a rule broken), if there is one. */
export function refuseIf(problem: string | undefined): void {
  if (problem) throw invalidRequest(problem);
}
