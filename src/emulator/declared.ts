import { AwsError } from './errors';
import { MODEL } from './model';

/** Errors of the awsJson protocol itself, which no operation declares: a body that is not JSON of the model's types. */
const PROTOCOL_ERRORS: ReadonlySet<string> = new Set(['SerializationException']);

/** Whether `operation` may answer an error of `type`: its model declares it, or it belongs to the protocol. */
export function isDeclared(operation: string, type: string): boolean {
  return PROTOCOL_ERRORS.has(type) || !!MODEL.operations[operation]?.errors.includes(type);
}

/**
 * The error as it may go on the wire: an AwsError the model declares for `operation` passes; one it does not declare
 * becomes a plain Error, which the wire logs and answers as a 500 InternalServiceError (an emulator bug, not the
 * caller's), since an SDK client can only expect what the model declares.
 */
export function declaredOrInternal(operation: string, error: unknown): unknown {
  if (!(error instanceof AwsError) || isDeclared(operation, error.type)) return error;
  return new Error(`${operation} raised ${error.type}, which the model does not declare for it: ${error.message}`);
}
