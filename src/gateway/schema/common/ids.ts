import type { GatewayContext } from '../../context';
import { regionalContext } from '../../regions';
import { graphQLError } from '../../upstream/errors';
import { fromGlobalId, type NodeTypeName } from '../relay/global-id';

/** The regions this gateway serves, its own first. */
export const servedRegions = (ctx: GatewayContext): string[] => ctx.regions?.names ?? [ctx.region];

/**
 * The AWS keys of an id given in a mutation input, which acts in `ctx.region` (see actingContext). A malformed id,
 * one of another type or one of another region is a BAD_USER_INPUT error pointing at `field`.
 */
export function keysOfInputId(ctx: GatewayContext, id: string, type: NodeTypeName, field: string[]): string[] {
  let decoded;
  try {
    decoded = fromGlobalId(id, type);
  } catch (error) {
    throw graphQLError('BAD_USER_INPUT', (error as Error).message, { field });
  }
  if (decoded.region !== ctx.region) {
    const why = servedRegions(ctx).includes(decoded.region)
      ? `this acts in ${ctx.region}, and AWS links nothing across regions`
      : `this gateway serves ${servedRegions(ctx).join(', ')}`;
    throw graphQLError('BAD_USER_INPUT', `${field.join('.')} names a ${type} in ${decoded.region}; ${why}`, { field });
  }
  return decoded.keys;
}

/**
 * The context a mutation acts in: the region its input names (`region.value`), else the region of `anchor` (the
 * object it changes, or the server or connector it works through), else the gateway's own. Every id of the input is
 * then checked against that region by keysOfInputId, which also reports a malformed anchor or one of a region not
 * served. A `region.value` not served is BAD_USER_INPUT on its field.
 */
export function actingContext(
  ctx: GatewayContext,
  anchor?: { id: string | null | undefined },
  region?: { value: string | null | undefined; field: string[] },
): GatewayContext {
  if (region?.value) {
    const regional = regionalContext(ctx, region.value);
    if (regional) return regional;
    const named = JSON.stringify(region.value.slice(0, 50));
    throw graphQLError('BAD_USER_INPUT', `This gateway does not serve region ${named}; it serves ${servedRegions(ctx).join(', ')} (TRANSFER_REGIONS)`, { field: region.field });
  }
  if (!anchor?.id) return ctx;
  let anchorRegion: string;
  try {
    anchorRegion = fromGlobalId(anchor.id).region;
  } catch {
    return ctx;
  }
  return regionalContext(ctx, anchorRegion) ?? ctx;
}

/** What a lookup argument names: the AWS keys, and the context of the region they are in. */
export interface LookedUp {
  at: GatewayContext;
  keys: string[];
}

/**
 * The AWS id in an id-or-ARN lookup argument: `p-0123…` (in the gateway's own region) or
 * `arn:aws:transfer:<region>:…:profile/p-0123…` (in that region, when the gateway serves it). Anything else is
 * BAD_USER_INPUT.
 */
export function awsIdFromIdOrArn(ctx: GatewayContext, value: string, arnType: string, pattern: RegExp): LookedUp {
  const arn = /^arn:aws[a-z-]*:transfer:([a-z0-9-]+):\d{12}:([a-z-]+)\/(.+)$/.exec(value);
  const at = arn ? regionalContext(ctx, arn[1]) : ctx;
  const keys = arn ? (at && arn[2] === arnType ? arn[3].split('/') : undefined) : [value];
  if (!at || !keys || !pattern.test(keys[keys.length - 1])) {
    throw graphQLError('BAD_USER_INPUT', `Expected a ${arnType} id or ARN in ${servedRegions(ctx).join(', ')}, got ${JSON.stringify(value.slice(0, 200))}`);
  }
  return { at, keys };
}
