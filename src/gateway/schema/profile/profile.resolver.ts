import type { GraphQLResolveInfo } from 'graphql';
import {
  type CreateProfileCommandInput,
  CreateProfileCommand,
  DeleteProfileCommand,
  ProfileType,
  UpdateProfileCommand,
} from '@aws-sdk/client-transfer';
import { Arg, Args, Ctx, Mutation, Query, Resolver, Info } from 'type-graphql';
import type { GatewayContext } from '../../request/context';
import { ConnectionArguments } from '../common/connection-args';
import { InputIds, LOOKUP_REGION_DESCRIPTION, lookUp } from '../common/ids';
import { createOrPlan, writeOrPlan } from '../common/dry-run';
import { WarningCode } from '../common/mutation';
import { warningsAfter, type WarningData } from '../common/warnings';
import { listAll, WALK_BOUNDS } from '../common/dependents';
import { runMutation } from '../common/mutation';
import { agreementsUsingProfile, connectorsUsingProfile, dependentOf, refusedInUse } from '../common/dependents';
import { fromTagInputs } from '../common/tag';
import { acrossRegions } from '../relay/across-regions';
import { searchAcrossRegions } from '../relay/search';
import { ProfileFilter, ProfileOrder, profileSearch } from './profile.filter';
import { toGlobalId } from '../relay/global-id';
import { CreateProfileInput, DeleteProfileInput, DeleteProfilePayload, ProfilePayload, UpdateProfileInput } from './profile.input';
import { Profile, ProfileConnection } from './profile.type';

/** DUPLICATE_AS2_ID when another PARTNER profile has the As2Id a new PARTNER profile is given (one ListProfiles per 1,000). */
async function profileWarnings(
  at: GatewayContext,
  input: CreateProfileCommandInput,
  createdId: string | undefined,
): Promise<WarningData[]> {
  if (input.ProfileType !== 'PARTNER') return [];
  const partners = await listAll(at.loaders.profiles('PARTNER'), WALK_BOUNDS.profiles);
  const twin = partners.find((p) => p.As2Id === input.As2Id && p.ProfileId !== createdId);
  if (!twin) return [];
  const message = `PARTNER profile ${twin.ProfileId} already has as2Id ${JSON.stringify(input.As2Id)}; messages from that partner would match either`;
  return [{ code: WarningCode.DUPLICATE_AS2_ID, message, field: ['input', 'as2Id'] }];
}

@Resolver(() => Profile)
export class ProfileResolver {
  @Query(() => ProfileConnection, {
    nullable: true,
    description:
      'AS2 profiles of this account, in AWS list order (one ListProfiles per page), optionally only LOCAL or only PARTNER ones. ' +
      'With `filter` or `orderBy` the gateway walks the whole list (AWS has no such filters; the quota of 1,000 profiles ' +
      'bounds it) and pages the result: the calls each filter adds are on its field.',
  })
  async profiles(
    @Args() args: ConnectionArguments,
    @Arg('profileType', () => ProfileType, { nullable: true, description: 'Only profiles of this type.' }) profileType: ProfileType | null,
    @Arg('filter', () => ProfileFilter, { nullable: true, description: 'Only the profiles that match every field given.' })
    filter: ProfileFilter | null,
    @Arg('orderBy', () => ProfileOrder, { nullable: true, description: 'The order; AWS list order when left out.' })
    orderBy: ProfileOrder | null,
    @Ctx() ctx: GatewayContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    if (filter || orderBy) {
      return searchAcrossRegions(ctx, args, info, profileSearch(filter ?? {}, orderBy, profileType), (regional, m) =>
        Profile.fromSummary(regional, m.summary),
      );
    }
    return acrossRegions(
      ctx,
      args,
      info,
      (loaders) => loaders.profiles(profileType ?? undefined),
      (regional, p) => Profile.fromSummary(regional, p),
    );
  }

  @Query(() => Profile, { nullable: true, description: 'A profile by its graph id, AWS id (p-…) or ARN; null when there is none.' })
  async profile(
    @Arg('idOrArn', { description: 'The profile: its graph id, AWS id (p-…) or ARN.' }) idOrArn: string,
    @Arg('region', () => String, { nullable: true, description: LOOKUP_REGION_DESCRIPTION }) region: string | null | undefined,
    @Ctx() ctx: GatewayContext,
  ) {
    const { at, keys } = lookUp(ctx, idOrArn, 'Profile', ['idOrArn'], undefined, { value: region, field: ['region'] });
    return Profile.fromId(at, keys[0]).orNull();
  }

  @Mutation(() => ProfilePayload, { description: 'Creates an AS2 profile (ImportCertificate first for its certificates).' })
  createProfile(
    @Arg('input', { description: 'What to do; the fields of CreateProfileInput say what each means.' }) input: CreateProfileInput,
    @Ctx() ctx: GatewayContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return runMutation(input, ctx, info, async () => {
      const ids = new InputIds(ctx, input, { id: undefined, also: input.certificateIds ?? [] }, { value: input.region, field: ['region'] });
      const { at } = ids;
      const certificateIds = (input.certificateIds ?? []).map((id, i) => ids.keys(id, 'Certificate', ['certificateIds', String(i)])[0]);
      const command = new CreateProfileCommand({
        As2Id: input.as2Id,
        ProfileType: input.profileType,
        CertificateIds: input.certificateIds ? certificateIds : undefined,
        Tags: fromTagInputs(input.tags),
      });
      ids.check(command);
      const created = await createOrPlan(at, command);
      const warnings = await warningsAfter(created !== undefined, () => profileWarnings(at, command.input, created?.ProfileId));
      const profile = created
        ? Profile.fromId(at, created.ProfileId!)
        : new Profile(at, [''], undefined, { ...command.input, Arn: '', ProfileId: '' });
      return { profile, warnings, createdId: created ? profile.id : undefined };
    });
  }

  @Mutation(() => ProfilePayload, { description: 'Replaces the certificates of a profile.' })
  updateProfile(
    @Arg('input', { description: 'What to do; the fields of UpdateProfileInput say what each means.' }) input: UpdateProfileInput,
    @Ctx() ctx: GatewayContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return runMutation(input, ctx, info, async () => {
      const ids = new InputIds(ctx, input, { id: input.id, also: input.certificateIds }, { value: input.region, field: ['region'] });
      const { at } = ids;
      const [profileId] = ids.keys(input.id, 'Profile', ['id']);
      const certificateIds = input.certificateIds.map((id, i) => ids.keys(id, 'Certificate', ['certificateIds', String(i)])[0]);
      const command = new UpdateProfileCommand({ ProfileId: profileId, CertificateIds: certificateIds });
      ids.check(command);
      const sent = await writeOrPlan(at, command);
      if (!sent)
        return {
          profile: new Profile(at, [profileId], undefined, {
            ...(await at.loaders.profile.load(profileId)),
            CertificateIds: certificateIds,
          }),
        };
      at.loaders.profile.clear(profileId);
      return { profile: Profile.fromId(at, profileId) };
    });
  }

  @Mutation(() => DeleteProfilePayload, {
    description:
      'Deletes a profile, unless agreements or connectors use it: then it is refused with IN_USE and the list of them (costs one ' +
      'ListServers, one ListAgreements per server, one ListConnectors and one DescribeConnector per connector). With force: true ' +
      'it is deleted anyway, and their profile links resolve to null.',
  })
  deleteProfile(
    @Arg('input', { description: 'What to do; the fields of DeleteProfileInput say what each means.' }) input: DeleteProfileInput,
    @Ctx() ctx: GatewayContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return runMutation(input, ctx, info, async () => {
      const ids = new InputIds(ctx, input, { id: input.id }, { value: input.region, field: ['region'] });
      const { at } = ids;
      const [profileId] = ids.keys(input.id, 'Profile', ['id']);
      ids.check();
      if (!input.force) {
        const [agreements, connectors] = await Promise.all([agreementsUsingProfile(at, profileId), connectorsUsingProfile(at, profileId)]);
        const users = [...agreements.map((a) => dependentOf.agreement(at, a)), ...connectors.map((c) => dependentOf.connector(at, c))];
        if (users.length) return refusedInUse(`Profile ${profileId}`, users);
      }
      await writeOrPlan(at, new DeleteProfileCommand({ ProfileId: profileId }));
      at.loaders.profile.clear(profileId);
      return { deletedId: toGlobalId({ type: 'Profile', region: at.region, keys: [profileId] }), dependents: input.force ? null : [] };
    });
  }
}
