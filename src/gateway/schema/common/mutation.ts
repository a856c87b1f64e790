import { GraphQLError } from 'graphql';
import { Field, InputType, InterfaceType, ObjectType } from 'type-graphql';
import { codeOf, type ErrorCode, fromUpstreamError } from '../../upstream/errors';

@ObjectType({ description: 'Something about the input that the caller can fix: which field, what is wrong, and a stable code.' })
export class UserError {
  @Field(() => [String], { nullable: true, description: 'Path to the input field at fault, e.g. ["certificateIds", "1"]; null when it is the input as a whole.' })
  field!: string[] | null;

  @Field({ description: 'What is wrong and what is expected.' })
  message!: string;

  @Field({ description: 'Stable code: BAD_USER_INPUT, NOT_FOUND or CONFLICT.' })
  code!: string;
}

@InterfaceType({ description: 'Fields every mutation payload has.' })
export abstract class Payload {
  @Field(() => String, { nullable: true, description: 'The clientMutationId given in the input, echoed back.' })
  clientMutationId!: string | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty when the mutation succeeded.' })
  userErrors!: UserError[];
}

/** The `region` field of the create inputs. */
export const CREATE_REGION_DESCRIPTION =
  "AWS region to create it in, one of those the gateway serves (TRANSFER_REGIONS); by default the region of the ids the input names, else the gateway's own.";

/** Base of every mutation input; its fields are inherited by each concrete input (it is never emitted itself). */
@InputType('MutationInputBase')
export abstract class MutationInput {
  @Field(() => String, { nullable: true, description: 'Any string; echoed back in the payload so a client can match answers to requests.' })
  clientMutationId?: string | null;
}

/** Errors the caller can fix become userErrors; throttling, outages and bugs stay GraphQL errors. */
const USER_ERROR_CODES: ReadonlySet<ErrorCode> = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT']);

/** AWS member names to input field names: `As2Id` → `as2Id`, `As2Config.LocalProfileId` → `as2Config.localProfileId`. */
const fieldOf = (awsPath: string, rename: Record<string, string>): string[] =>
  awsPath.split('.').map((part) => {
    const bare = part.replace(/\[\d+\]$/, '');
    const name = rename[bare] ?? bare.charAt(0).toLowerCase() + bare.slice(1);
    const index = /\[(\d+)\]$/.exec(part)?.[1];
    return index === undefined ? name : `${name}.${index}`;
  }).join('.').split('.');

/** One userError per AWS validation violation when the message lists them, else one for the whole error. */
export function toUserErrors(error: GraphQLError, rename: Record<string, string> = {}): UserError[] {
  const code = String(error.extensions.code);
  const field = error.extensions.field as string[] | undefined;
  if (field) return [{ field, message: error.message, code }];
  const violations = [...error.message.matchAll(/Value (?:'[^]*?'|null) at '([^']+)' failed to satisfy constraint: ([^;]+)/g)];
  if (violations.length) {
    return violations.map((m) => ({ field: fieldOf(m[1], rename), message: `${m[1]}: ${m[2]}`, code }));
  }
  return [{ field: null, message: error.message, code }];
}

/**
 * Runs a mutation: its result merged into the payload on success; on an error the caller can fix, the payload
 * carries userErrors instead. Anything else (throttling, outage, bug) is thrown for the error policy.
 */
export async function runMutation<R extends object>(
  input: MutationInput,
  run: () => Promise<R>,
  rename?: Record<string, string>,
): Promise<Partial<R> & { clientMutationId: string | null; userErrors: UserError[] }> {
  const clientMutationId = input.clientMutationId ?? null;
  try {
    return { ...(await run()), clientMutationId, userErrors: [] };
  } catch (error) {
    const mapped = fromUpstreamError(error);
    const code = codeOf(mapped);
    if (mapped instanceof GraphQLError && code && USER_ERROR_CODES.has(code)) {
      return { clientMutationId, userErrors: toUserErrors(mapped, rename) } as Partial<R> & { clientMutationId: string | null; userErrors: UserError[] };
    }
    throw mapped;
  }
}
