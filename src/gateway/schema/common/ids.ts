import { InvalidRequestException } from '@aws-sdk/client-transfer';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from '../../request/context';
import { regionalContext } from '../../request/regions';
import { AWS_ID } from '../../upstream/aws-ids';
import type { TransferCommand } from '../../upstream/client';
import { fromUpstreamError, graphQLError, withUserErrorCode } from '../../upstream/errors';
import { modelViolations } from '../../upstream/model-check';
import { validationMessage } from '../../upstream/model-facts';
import { violationsWithoutReads } from './request-rules';
import { fromGlobalId, withArticle } from '../relay/global-id';

/** The regions this gateway serves, its own first. */
export const servedRegions = (ctx: GatewayContext): string[] => ctx.regions?.names ?? [ctx.region];

/** The resource types an argument or input field can name: those with an AWS id and an ARN. */
export type ResourceType = 'Server' | 'Agreement' | 'Profile' | 'Certificate' | 'Connector';

/** How each resource type's AWS id and ARN look (service model: ServerId, AgreementId, ProfileId, CertificateId, ConnectorId). */
const FORMS: Record<ResourceType, { noun: string; arnType: string; awsId: RegExp; shown: string; arnTail: string }> = {
  Server: { noun: 'a server', arnType: 'server', awsId: AWS_ID.Server, shown: 's-…', arnTail: 'server/s-…' },
  Agreement: { noun: 'an agreement', arnType: 'agreement', awsId: AWS_ID.Agreement, shown: 'a-…', arnTail: 'agreement/s-…/a-…' },
  Profile: { noun: 'a profile', arnType: 'profile', awsId: AWS_ID.Profile, shown: 'p-…', arnTail: 'profile/p-…' },
  Certificate: {
    noun: 'a certificate',
    arnType: 'certificate',
    awsId: AWS_ID.Certificate,
    shown: 'cert-…',
    arnTail: 'certificate/cert-…',
  },
  Connector: { noun: 'a connector', arnType: 'connector', awsId: AWS_ID.Connector, shown: 'c-…', arnTail: 'connector/c-…' },
};
const RESOURCE_TYPES = Object.keys(FORMS) as ResourceType[];
const SERVER_ID = FORMS.Server.awsId;

/** arn:PARTITION:transfer:REGION:ACCOUNT:TYPE/ID[/ID] (an agreement's ARN names its server too). */
const ARN = /^arn:aws[a-z-]{0,20}:transfer:([a-z0-9-]{1,30}):(\d{12}):([a-z]{1,20})\/([A-Za-z0-9/-]{1,100})$/;

/** What a reference names before its region is checked: `region` is undefined for a bare AWS id. */
interface Parsed {
  type: ResourceType;
  region: string | undefined;
  keys: string[];
}

/** Why a value is not a reference to one of `types`, as the one message that names the three forms, and a code. */
function notAReference(value: string, types: readonly ResourceType[], field: string[], hint?: string) {
  const forms = types.map((t) => FORMS[t]);
  const what =
    forms.length === 1
      ? forms[0].noun
      : `${forms
          .slice(0, -1)
          .map((f) => f.noun)
          .join(', ')} or ${forms[forms.length - 1].noun}`;
  const ids = forms.length === 1 ? ` (${forms[0].shown})` : '';
  const arns = forms.length === 1 ? ` (arn:aws:transfer:<region>:<account>:${forms[0].arnTail})` : '';
  const shown = JSON.stringify(value.length > 100 ? `${value.slice(0, 100)}…` : value);
  const message = `Expected ${what} in ${field.join('.')}: its graph id, its AWS id${ids} or its ARN${arns}; got ${shown}${hint ? `, ${hint}` : ''}`;
  return withUserErrorCode(graphQLError('BAD_USER_INPUT', message, { field }), hint ? 'WRONG_TYPE' : 'INVALID');
}

/** The type whose AWS id `value` is, if any. */
const typeOfAwsId = (value: string) => RESOURCE_TYPES.find((t) => FORMS[t].awsId.test(value));

/**
 * Reads a reference in any of its three forms — graph id, AWS id or ARN — without checking its region. A bare
 * agreement id (a-…) takes its server from `server`; without one, the error says what to give. An agreement named in
 * full (graph id or ARN) must agree with `server` when both are given.
 */
function parseReference(value: string, types: readonly ResourceType[], field: string[], server?: ServerOfAgreement): Parsed {
  const parsed = parseForm(value, types, field, server);
  if (parsed.type === 'Agreement' && server?.value) {
    const named = parseReference(server.value, ['Server'], server.field);
    if (named.keys[0] !== parsed.keys[0] || (named.region ?? parsed.region) !== (parsed.region ?? named.region)) {
      const apart = parsed.region !== undefined && named.region !== undefined && parsed.region !== named.region;
      const where = (region: string | undefined) => (apart ? ` in ${region}` : '');
      throw graphQLError(
        'BAD_USER_INPUT',
        `${field.join('.')} names an agreement of server ${parsed.keys[0]}${where(parsed.region)}, but ${server.field.join('.')} names ${named.keys[0]}${where(named.region)}`,
        { field: server.field },
      );
    }
  }
  return parsed;
}

function parseForm(value: string, types: readonly ResourceType[], field: string[], server?: ServerOfAgreement): Parsed {
  const arn = ARN.exec(value);
  if (arn) {
    const type = RESOURCE_TYPES.find((t) => FORMS[t].arnType === arn[3]);
    const keys = arn[4].split('/');
    if (!type || !types.includes(type)) throw notAReference(value, types, field, `which is the ARN of ${withArticle(type ?? arn[3])}`);
    const shapes = type === 'Agreement' ? [SERVER_ID, FORMS.Agreement.awsId] : [FORMS[type].awsId];
    if (keys.length !== shapes.length || keys.some((key, i) => !shapes[i].test(key))) throw notAReference(value, types, field);
    return { type, region: arn[1], keys };
  }
  const awsType = typeOfAwsId(value);
  if (awsType) {
    if (!types.includes(awsType)) throw notAReference(value, types, field, `which is the AWS id of ${withArticle(awsType)}`);
    if (awsType !== 'Agreement') return { type: awsType, region: undefined, keys: [value] };
    if (!server?.value) {
      const message =
        `An agreement's AWS id (a-…) is unique only within its server: give its graph id or its ARN ` +
        `(arn:aws:transfer:<region>:<account>:agreement/s-…/a-…) in ${field.join('.')}${server ? `, or its server in ${server.field.join('.')}` : ''}; got ${JSON.stringify(value)}`;
      throw withUserErrorCode(graphQLError('BAD_USER_INPUT', message, { field }), 'REQUIRED');
    }
    const named = parseReference(server.value, ['Server'], server.field);
    return { type: 'Agreement', region: named.region, keys: [named.keys[0], value] };
  }
  let decoded;
  try {
    decoded = fromGlobalId(value);
  } catch {
    throw notAReference(value, types, field);
  }
  if (!types.includes(decoded.type as ResourceType))
    throw notAReference(value, types, field, `which is the graph id of ${withArticle(decoded.type)}`);
  return { type: decoded.type as ResourceType, region: decoded.region, keys: decoded.keys };
}

/** What a reference names: its type, its AWS keys, and the context of the region they are in. */
export interface Resolved {
  at: GatewayContext;
  type: ResourceType;
  keys: string[];
}

/** A server reference that tells which server a bare agreement id (a-…) belongs to. */
export interface ServerOfAgreement {
  value: string | null | undefined;
  field: string[];
}

/** The `region` argument of the lookups that take a bare AWS id. */
export const LOOKUP_REGION_DESCRIPTION =
  "The region a bare AWS id is looked up in, one of those served (viewer.regions); the gateway's own when left out. A graph " +
  'id or ARN carries its region: when `region` is given too, it must be the same.';

/** A `region` argument or input field as given: the region a bare AWS id is in. */
export interface RegionField {
  value: string | null | undefined;
  field: string[];
}

/** Where a reference's region contradicts the `region` given with it: the message names both fields. */
function contradiction(parsed: Parsed, field: string[], region: RegionField): GraphQLError {
  return withUserErrorCode(
    graphQLError(
      'BAD_USER_INPUT',
      `${field.join('.')} names ${FORMS[parsed.type].noun} in ${parsed.region}, but ${region.field.join('.')} is ${region.value}: ` +
        `give the region of the id, or leave ${region.field.join('.')} out`,
      { field },
    ),
    'INVALID',
  );
}

/**
 * The resource a lookup argument names, in any of the three forms: its graph id or ARN (in their region, when this
 * gateway serves it) or its AWS id (in `region` when given, else the gateway's own). A graph id or ARN of another
 * region than a `region` given is BAD_USER_INPUT naming both; anything else is BAD_USER_INPUT naming the forms.
 */
export function lookUp(
  ctx: GatewayContext,
  value: string,
  type: ResourceType | readonly ResourceType[],
  field: string[],
  server?: ServerOfAgreement,
  region?: RegionField,
): Resolved {
  const types = ([] as ResourceType[]).concat(type);
  const parsed = parseReference(value, types, field, server);
  const named = region?.value ? servedRegionContext(ctx, region.value, notServed, { field: region.field }) : undefined;
  if (named && parsed.region !== undefined && parsed.region !== named.region) throw contradiction(parsed, field, region!);
  const at = parsed.region === undefined ? (named ?? ctx) : regionalContext(ctx, parsed.region);
  if (!at) {
    throw graphQLError(
      'BAD_USER_INPUT',
      `${field.join('.')} names ${FORMS[parsed.type].noun} in ${parsed.region}; this gateway serves ${servedRegions(ctx).join(', ')}`,
      { field },
    );
  }
  return { at, type: parsed.type, keys: parsed.keys };
}

const notServed = (named: string) => `This gateway does not serve region ${named}`;

/**
 * A reference given in a mutation input, which acts in `ctx.region` (see actingContext): a graph id or ARN must be of
 * that region (and, when the input gives `region`, the message names both fields), and a bare AWS id is taken in it.
 * A value that fits none of the three forms, one of another type or one of another region is a BAD_USER_INPUT error
 * pointing at `field`. InputIds reads every reference of an input with it.
 */
export function inputReference(
  ctx: GatewayContext,
  id: string,
  type: ResourceType | readonly ResourceType[],
  field: string[],
  server?: ServerOfAgreement,
  region?: RegionField,
): Resolved {
  const types = ([] as ResourceType[]).concat(type);
  const parsed = parseReference(id, types, field, server);
  if (parsed.region !== undefined && parsed.region !== ctx.region) {
    if (region?.value) throw contradiction(parsed, field, region);
    const why = servedRegions(ctx).includes(parsed.region)
      ? `this acts in ${ctx.region}, and AWS links nothing across regions`
      : `this gateway serves ${servedRegions(ctx).join(', ')}`;
    throw graphQLError('BAD_USER_INPUT', `${field.join('.')} names ${FORMS[parsed.type].noun} in ${parsed.region}; ${why}`, { field });
  }
  return { at: ctx, type: parsed.type, keys: parsed.keys };
}

/** The region a reference names (a graph id's or an ARN's), if it names one. */
function regionOf(value: string): string | undefined {
  const arn = ARN.exec(value);
  if (arn) return arn[1];
  if (typeOfAwsId(value)) return undefined;
  try {
    return fromGlobalId(value).region;
  } catch {
    return undefined;
  }
}

/**
 * The context of `region`, which a client named; when the gateway does not serve it, BAD_USER_INPUT saying so
 * (`refusal`, given the name as quoted, at most 50 characters of it) with the regions it serves, and `extensions`.
 */
export function servedRegionContext(
  ctx: GatewayContext,
  region: string,
  refusal: (named: string) => string,
  extensions: Record<string, unknown>,
): GatewayContext {
  const regional = regionalContext(ctx, region);
  if (regional) return regional;
  const named = JSON.stringify(region.slice(0, 50));
  throw graphQLError('BAD_USER_INPUT', `${refusal(named)}; it serves ${servedRegions(ctx).join(', ')} (TRANSFER_REGIONS)`, extensions);
}

/**
 * The context a mutation acts in: the region its input names (`region.value`), else the region of `anchor` (the
 * object it changes, or the server or connector it works through) or of the first of `anchor.also` that names a
 * region (graph ids and ARNs do; bare AWS ids do not), else the
 * gateway's own. Every reference of the input is then checked against that region by inputReference, which also
 * reports a malformed anchor or one of a region not served. A `region.value` not served is BAD_USER_INPUT on its field.
 */
export function actingContext(
  ctx: GatewayContext,
  anchor?: { id: string | null | undefined; also?: ReadonlyArray<string | null | undefined> },
  region?: { value: string | null | undefined; field: string[] },
): GatewayContext {
  if (region?.value) {
    return servedRegionContext(ctx, region.value, notServed, { field: region.field });
  }
  const anchorRegion = [anchor?.id, ...(anchor?.also ?? [])].map((id) => (id ? regionOf(id) : undefined)).find(Boolean);
  return (anchorRegion && regionalContext(ctx, anchorRegion)) || ctx;
}

/** A value of each type's AWS id form, standing in for a reference that failed so the rest of the input can be checked. */
const STAND_IN: Record<ResourceType, string> = {
  Server: 's-00000000000000000',
  Agreement: 'a-00000000000000000',
  Profile: 'p-00000000000000000',
  Certificate: 'cert-00000000000000000',
  Connector: 'c-00000000000000000',
};

/**
 * Every violation of one input the gateway tells before any AWS call, at once: each is answered as its own userError
 * (toUserErrors reads `parts`), on its field with its code.
 */
export class InputViolations extends GraphQLError {
  constructor(readonly parts: GraphQLError[]) {
    super(parts.map((p) => p.message).join('; '), { extensions: { code: 'BAD_USER_INPUT' } });
  }
}

/** What a mutation's references were taken as: the region searched, and the fields that gave a bare AWS id. */
export interface ActingRegion {
  region: string;
  /** Regions served; a NOT_FOUND on a bare AWS id says which was searched when there are several. */
  served: string[];
  bare: Set<string>;
}

const ACTING = new WeakMap<object, ActingRegion>();

/** How the references of `input` (a mutation's input object) were taken, once inputIds read them. */
export const actingRegionOf = (input: object): ActingRegion | undefined => ACTING.get(input);

/**
 * The references of one mutation input, read in the region it acts in (actingContext: its `region`, else the region
 * of `anchor`, else the gateway's own). `keys` reads one reference as inputReference does but, instead of throwing at
 * the first bad one, keeps its violation and answers a stand-in; `check` then throws every violation kept together
 * with the model violations of the command built from the rest (InputViolations), before any AWS call.
 */
export class InputIds {
  readonly at: GatewayContext;
  private readonly violations: GraphQLError[] = [];
  private readonly acting: ActingRegion;

  constructor(
    ctx: GatewayContext,
    input: object,
    anchor?: { id: string | null | undefined; also?: ReadonlyArray<string | null | undefined> },
    private readonly region?: RegionField,
  ) {
    this.at = actingContext(ctx, anchor, region);
    this.acting = { region: this.at.region, served: servedRegions(ctx), bare: new Set() };
    ACTING.set(input, this.acting);
  }

  /** The AWS keys of the reference in `field` (a stand-in when it is bad: check() then throws). */
  keys(id: string, type: ResourceType | readonly ResourceType[], field: string[], server?: ServerOfAgreement): string[] {
    return this.reference(id, type, field, server).keys;
  }

  /** As keys, with the type the reference turned out to name. */
  reference(id: string, type: ResourceType | readonly ResourceType[], field: string[], server?: ServerOfAgreement): Resolved {
    try {
      const resolved = inputReference(this.at, id, type, field, server, this.region);
      if (regionOf(id) === undefined) this.acting.bare.add(field.join('.'));
      return resolved;
    } catch (error) {
      if (!(error instanceof GraphQLError) || error.extensions.code !== 'BAD_USER_INPUT') throw error;
      this.violations.push(error);
      const first = ([] as ResourceType[]).concat(type)[0];
      const keys = first === 'Agreement' ? [STAND_IN.Server, STAND_IN.Agreement] : [STAND_IN[first]];
      return { at: this.at, type: first, keys };
    }
  }

  /** Keeps the violation `run` throws, if any, as keys does (for a rule the gateway checks itself). */
  also<T>(run: () => T): T | undefined {
    try {
      return run();
    } catch (error) {
      if (!(error instanceof GraphQLError) || error.extensions.code !== 'BAD_USER_INPUT') throw error;
      this.violations.push(error);
      return undefined;
    }
  }

  /**
   * Throws every violation kept, when there is one, with those of `commands` (built from the input) that need no AWS
   * call: the model's, and the rules AWS tells from the request alone (violationsWithoutReads).
   */
  check(...commands: TransferCommand[]): void {
    if (!this.violations.length) return;
    const parts = [...this.violations];
    const invalid = (message: string) =>
      parts.push(fromUpstreamError(new InvalidRequestException({ Message: message, message, $metadata: {} })) as GraphQLError);
    for (const command of commands) {
      const model = modelViolations(command);
      if (model.length) invalid(validationMessage(model));
      const rules = violationsWithoutReads(command);
      if (rules.length) invalid(rules.join('; '));
    }
    throw parts.length === 1 ? parts[0] : new InputViolations(parts);
  }
}
