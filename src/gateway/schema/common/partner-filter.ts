import { GraphQLError } from 'graphql';
import { graphQLError } from '../../upstream/errors';
import type { GatewayContext } from '../../request/context';
import { walkBounded, WALK_BOUNDS } from './dependents';
import { lookUp } from './ids';

/** A partner filter: the partner profile's AWS id and the region it lives in. */
export interface PartnerFilter {
  region: string;
  profileId: string;
}

/**
 * Reads a `filter.partnerProfileId`: a graph id or ARN (its region) or an AWS id (the gateway's own region); anything
 * else is BAD_USER_INPUT naming the argument and the three forms.
 */
export function partnerFilter(ctx: GatewayContext, argument: string, value: string | null | undefined): PartnerFilter | undefined {
  if (value === null || value === undefined) return undefined;
  try {
    const { at, keys } = lookUp(ctx, value, 'Profile', argument.split('.'));
    return { region: at.region, profileId: keys[0] };
  } catch (error) {
    // As every other filter error: `extensions.argument` names the argument (a string).
    if (error instanceof GraphQLError && error.extensions.code === 'BAD_USER_INPUT') {
      throw graphQLError('BAD_USER_INPUT', error.message, { argument });
    }
    throw error;
  }
}

/** Whether an item of `ctx`'s region with partner profile `profileId` passes the filter. */
export const partnerMatches = (ctx: GatewayContext, partner: PartnerFilter | undefined, profileId: string | undefined): boolean =>
  partner === undefined || (ctx.region === partner.region && profileId === partner.profileId);

/** The as2Id of every profile of `ctx`'s region by profile id, for ordering by partner: one ListProfiles per 1,000 profiles. */
export async function as2IdsOfProfiles(ctx: GatewayContext): Promise<Map<string, string | null>> {
  const profiles = await walkBounded(ctx.loaders.profiles(), WALK_BOUNDS.profiles, 'profiles');
  return new Map(profiles.map((p) => [p.ProfileId!, p.As2Id ?? null]));
}
