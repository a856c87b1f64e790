import { getNamedType, GraphQLError, type GraphQLInputObjectType, type GraphQLResolveInfo } from 'graphql';
import { Field, InputType, InterfaceType, ObjectType, registerEnumType } from 'type-graphql';
import type { GatewayContext } from '../../request/context';
import { codeOf, type ErrorCode, fromUpstreamError } from '../../upstream/errors';
import { actingRegionOf } from './ids';
import { type FieldAliases, toUserErrors, type UserErrorData } from './user-errors';
import { JSONObjectResolver } from 'graphql-scalars';

/** The stable codes of userErrors, one per kind of problem a form can show. */
export enum UserErrorCode {
  INVALID = 'INVALID',
  REQUIRED = 'REQUIRED',
  NOT_FOUND = 'NOT_FOUND',
  WRONG_TYPE = 'WRONG_TYPE',
  IN_USE = 'IN_USE',
  QUOTA_EXCEEDED = 'QUOTA_EXCEEDED',
  CONFLICT = 'CONFLICT',
}

registerEnumType(UserErrorCode, {
  name: 'UserErrorCode',
  description: 'What kind of problem a userError is; stable, for a client to switch on.',
  valuesConfig: {
    INVALID: { description: 'The value breaks a rule: length, pattern, range, or a rule across fields.' },
    REQUIRED: { description: 'A value is missing: the field, or one of the fields a rule asks for.' },
    NOT_FOUND: { description: 'The field names something that does not exist (or no longer does).' },
    WRONG_TYPE: {
      description:
        'The field names something of the wrong kind: a PARTNER profile where a LOCAL one is needed, a profile id where a server is.',
    },
    IN_USE: { description: 'Other objects use it; the payload lists them, and `force: true` goes ahead anyway.' },
    QUOTA_EXCEEDED: { description: 'An AWS quota (per account, region or server) is used up.' },
    CONFLICT: { description: 'It clashes with what exists: the same pair, name or state already there.' },
  },
});

@ObjectType({ description: 'Something about the input that the caller can fix: which field, what is wrong, and a stable code.' })
export class UserError {
  @Field(() => [String], {
    nullable: true,
    description:
      'Path to the argument field at fault, e.g. ["input", "certificateIds", "1"]; null when it is the input as a whole or cannot be told.',
  })
  field!: string[] | null;

  @Field({ description: 'What is wrong and what is expected.' })
  message!: string;

  @Field(() => UserErrorCode, { description: 'What kind of problem it is.' })
  code!: UserErrorCode;
}

/** The stable codes of warnings: what is legal but probably wrong. */
export enum WarningCode {
  EXPIRED = 'EXPIRED',
  EXPIRES_SOON = 'EXPIRES_SOON',
  DUPLICATE_AS2_ID = 'DUPLICATE_AS2_ID',
  NO_USABLE_CERTIFICATE = 'NO_USABLE_CERTIFICATE',
  WEAK_ALGORITHM = 'WEAK_ALGORITHM',
  KEY_TOO_WEAK = 'KEY_TOO_WEAK',
}

registerEnumType(WarningCode, {
  name: 'WarningCode',
  description: 'What kind of thing a warning is about; stable, for a client to switch on.',
  valuesConfig: {
    EXPIRED: { description: 'The certificate is past its notAfterDate: AWS imports it, but no partner accepts it.' },
    EXPIRES_SOON: { description: 'The certificate expires within 30 days: plan its rotation (rotateCertificate).' },
    DUPLICATE_AS2_ID: { description: 'Another PARTNER profile already has this as2Id: messages from it match either.' },
    NO_USABLE_CERTIFICATE: {
      description: 'A profile it relies on has no usable certificate for the usage it needs, so transfers will fail.',
    },
    WEAK_ALGORITHM: { description: 'The algorithm chosen is one the AS2 guide advises against (SHA1, 3DES).' },
    KEY_TOO_WEAK: {
      description:
        'The RSA key of the certificate the algorithm is used with gives 64 or more bits less security than the algorithm aims for ' +
        '(NIST SP 800-57 Part 1 comparable strengths), and a larger key AWS imports would give more: the key is the weak link.',
    },
  },
});

@ObjectType({ description: 'Something legal but probably wrong about what the mutation did (or, in a dry run, would do).' })
export class Warning {
  @Field(() => WarningCode, { description: 'What kind of thing it is.' })
  code!: WarningCode;

  @Field({ description: 'What is probably wrong, and what to do about it.' })
  message!: string;

  @Field(() => [String], {
    nullable: true,
    description: 'Path to the input field it is about, e.g. ["input", "certificate"]; null when none.',
  })
  field!: string[] | null;
}

@ObjectType({ description: 'An AWS call a dry run would make: its operation and its input, with secrets as "***".' })
export class PlannedCall {
  @Field({ description: 'The AWS operation, e.g. ImportCertificate.' })
  operation!: string;

  @Field(() => JSONObjectResolver, {
    description:
      'Its input in AWS member names; dates as ISO 8601, strings over 80 characters cut, sensitive members (a private key) as "***".',
  })
  input!: Record<string, unknown>;
}

@InterfaceType({ description: 'Fields every mutation payload has.' })
export abstract class Payload {
  @Field(() => String, { nullable: true, description: 'The clientMutationId given in the input, echoed back.' })
  clientMutationId!: string | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty when the mutation succeeded.' })
  userErrors!: UserError[];

  @Field(() => [Warning], { description: 'What is legal but probably wrong; the mutation went ahead (or, in a dry run, would).' })
  warnings!: Warning[];

  @Field(() => [PlannedCall], {
    nullable: true,
    description:
      'In a dry run, the AWS writes the real call would make, in order (none was made); null otherwise, and when userErrors is not empty.',
  })
  plannedCalls!: PlannedCall[] | null;
}

/** The `region` field of the create inputs. */
export const CREATE_REGION_DESCRIPTION =
  "AWS region to create it in, one of those the gateway serves (TRANSFER_REGIONS); by default the region of the ids the input names, else the gateway's own.";

/** The `region` field of the inputs that name resources by id. */
export const ID_REGION_DESCRIPTION =
  'AWS region the bare AWS ids of the input (s-…, p-…, cert-…) are in and the mutation acts in, one of those the gateway serves ' +
  "(TRANSFER_REGIONS); by default the region of the graph ids and ARNs the input names, else the gateway's own. A graph id or " +
  'ARN of another region is a userError on its field.';

/** Base of every mutation input; its fields are inherited by each concrete input (it is never emitted itself). */
@InputType('MutationInputBase')
export abstract class MutationInput {
  /** Words of AWS messages that name this input's fields other than by their member names (see FieldAliases). */
  static readonly awsNames: FieldAliases = {};

  @Field(() => String, { nullable: true, description: 'Any string; echoed back in the payload so a client can match answers to requests.' })
  clientMutationId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true to check everything the real call would (model constraints, references, quotas, dependents) and answer the payload it ' +
      'would produce and the AWS writes it would make (plannedCalls), writing nothing. Errors come on the same fields with the same codes.',
  })
  dryRun?: boolean | null;
}

/** Errors the caller can fix become userErrors; throttling, outages and bugs stay GraphQL errors. */
const USER_ERROR_CODES: ReadonlySet<ErrorCode> = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT']);

/**
 * A NOT_FOUND on a field that gave a bare AWS id, in a gateway serving several regions, says which region was searched
 * and how to name another: the input's `region`, or the ARN or graph id (which carry theirs).
 */
function withRegionHint(error: UserErrorData, input: MutationInput): UserErrorData {
  const acting = actingRegionOf(input);
  if (error.code !== 'NOT_FOUND' || !error.field || !acting || acting.served.length < 2) return error;
  const field = error.field.slice(1).join('.');
  if (!acting.bare.has(field)) return error;
  const others = acting.served.filter((r) => r !== acting.region).join(', ');
  const message = `${error.message} (looked up in ${acting.region}; for ${others}, give region, or its ARN or graph id)`;
  return { ...error, message };
}

/** The input type of the mutation being resolved: where userErrors find their field paths. */
function inputTypeOf(info: GraphQLResolveInfo): GraphQLInputObjectType {
  const type = getNamedType(info.parentType.getFields()[info.fieldName].args.find((a) => a.name === 'input')!.type);
  return type as GraphQLInputObjectType;
}

/**
 * Runs a mutation: its result merged into the payload on success (a result may bring userErrors of its own, as a
 * refused delete does); on an error the caller can fix, the payload
 * carries userErrors instead, placed on the input's fields (see toUserErrors, and each input's `awsNames` for the
 * words its type cannot tell). Anything else (throttling, outage, bug) is thrown for the error policy. With
 * `dryRun`, the writes are planned instead of sent (dry-run.ts) and the payload carries them as plannedCalls.
 */
export async function runMutation<R extends object>(
  input: MutationInput,
  ctx: GatewayContext,
  info: GraphQLResolveInfo,
  run: () => Promise<R>,
): Promise<Partial<R> & { clientMutationId: string | null; userErrors: UserError[] }> {
  const clientMutationId = input.clientMutationId ?? null;
  // The meter is shared by every region's upstream of the request: planning there covers them all.
  const { meter } = ctx.upstream;
  if (input.dryRun) meter.planned = [];
  // What the audit trail records of the answer, whatever the client selects of the payload.
  const record = (userErrors: ReadonlyArray<{ code: string }> | undefined, complete?: boolean | null) =>
    ctx.mutations.push({
      responseKey: String(info.path.key),
      dryRun: input.dryRun === true,
      userErrorCodes: (userErrors ?? []).map((e) => e.code),
      incomplete: complete === false,
    });
  try {
    const result = await run();
    const plannedCalls = input.dryRun ? meter.planned! : null;
    const { userErrors, complete } = result as { userErrors?: Array<{ code: string }>; complete?: boolean | null };
    record(userErrors, complete);
    return {
      userErrors: [],
      warnings: [],
      ...result,
      plannedCalls: userErrors?.length ? null : plannedCalls,
      clientMutationId,
    };
  } catch (error) {
    const mapped = fromUpstreamError(error);
    const code = codeOf(mapped);
    if (mapped instanceof GraphQLError && code && USER_ERROR_CODES.has(code)) {
      const { awsNames } = input.constructor as typeof MutationInput;
      const userErrors = toUserErrors(mapped, { type: inputTypeOf(info), value: input }, awsNames).map((e) => withRegionHint(e, input));
      record(userErrors);
      return { clientMutationId, userErrors, warnings: [], plannedCalls: null } as unknown as Partial<R> & {
        clientMutationId: string | null;
        userErrors: UserError[];
      };
    }
    throw mapped;
  } finally {
    meter.planned = undefined;
  }
}
