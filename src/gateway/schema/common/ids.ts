import type { GatewayContext } from '../../request/context';
import { regionalContext } from '../../request/regions';
import { AWS_ID } from '../../upstream/aws-ids';
import { graphQLError, withUserErrorCode } from '../../upstream/errors';
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

/**
 * The resource a lookup argument names, in any of the three forms: its graph id or ARN (in their region, when this
 * gateway serves it) or its AWS id (in the gateway's own region). Anything else is BAD_USER_INPUT naming the forms.
 */
export function lookUp(
  ctx: GatewayContext,
  value: string,
  type: ResourceType | readonly ResourceType[],
  field: string[],
  server?: ServerOfAgreement,
): Resolved {
  const types = ([] as ResourceType[]).concat(type);
  const parsed = parseReference(value, types, field, server);
  const at = parsed.region === undefined ? ctx : regionalContext(ctx, parsed.region);
  if (!at) {
    throw graphQLError(
      'BAD_USER_INPUT',
      `${field.join('.')} names ${FORMS[parsed.type].noun} in ${parsed.region}; this gateway serves ${servedRegions(ctx).join(', ')}`,
      { field },
    );
  }
  return { at, type: parsed.type, keys: parsed.keys };
}

/**
 * The AWS keys of a reference given in a mutation input, which acts in `ctx.region` (see actingContext): a graph id
 * or ARN must be of that region, and a bare AWS id is taken in it. A value that fits none of the three forms, one of
 * another type or one of another region is a BAD_USER_INPUT error pointing at `field`.
 */
export function keysOfInputId(
  ctx: GatewayContext,
  id: string,
  type: ResourceType | readonly ResourceType[],
  field: string[],
  server?: ServerOfAgreement,
): string[] {
  return inputReference(ctx, id, type, field, server).keys;
}

/** As keysOfInputId, with the type the reference turned out to name (for fields that take several). */
export function inputReference(
  ctx: GatewayContext,
  id: string,
  type: ResourceType | readonly ResourceType[],
  field: string[],
  server?: ServerOfAgreement,
): Resolved {
  const types = ([] as ResourceType[]).concat(type);
  const parsed = parseReference(id, types, field, server);
  if (parsed.region !== undefined && parsed.region !== ctx.region) {
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
 * gateway's own. Every reference of the input is then checked against that region by keysOfInputId, which also
 * reports a malformed anchor or one of a region not served. A `region.value` not served is BAD_USER_INPUT on its field.
 */
export function actingContext(
  ctx: GatewayContext,
  anchor?: { id: string | null | undefined; also?: ReadonlyArray<string | null | undefined> },
  region?: { value: string | null | undefined; field: string[] },
): GatewayContext {
  if (region?.value) {
    return servedRegionContext(ctx, region.value, (named) => `This gateway does not serve region ${named}`, { field: region.field });
  }
  const anchorRegion = [anchor?.id, ...(anchor?.also ?? [])].map((id) => (id ? regionOf(id) : undefined)).find(Boolean);
  return (anchorRegion && regionalContext(ctx, anchorRegion)) || ctx;
}
