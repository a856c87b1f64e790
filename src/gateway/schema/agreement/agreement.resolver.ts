import { graphQLError } from '../../upstream/errors';
import type { GraphQLResolveInfo } from 'graphql';
import {
  CreateAgreementCommand,
  type CustomDirectoriesType,
  DeleteAgreementCommand,
  UpdateAgreementCommand,
} from '@aws-sdk/client-transfer';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Info } from 'type-graphql';
import type { GatewayContext } from '../../request/context';
import { ConnectionArguments } from '../common/connection-args';
import { agreementsUsingProfile } from '../common/dependents';
import { InputIds, LOOKUP_REGION_DESCRIPTION, lookUp } from '../common/ids';
import { createOrPlan, writeOrPlan } from '../common/dry-run';
import { certificateNeedWarnings, warningsAfter } from '../common/warnings';
import { agreementNeeds } from '../health/needs';
import { runMutation } from '../common/mutation';
import { fromTagInputs } from '../common/tag';
import { Profile } from '../profile/profile.type';
import { arraySource } from '../relay/array-source';
import { connectionOver } from '../relay/connection';
import { searchAcrossRegions } from '../relay/search';
import { AgreementFilter, type AgreementMatch, AgreementOrder, agreementSearch } from './agreement.filter';
import { toGlobalId } from '../relay/global-id';
import { checkCounts } from '../relay/paginate';
import { Server } from '../server/server.type';
import {
  AgreementPayload,
  type AgreementCustomDirectoriesInput,
  CreateAgreementInput,
  DeleteAgreementInput,
  DeleteAgreementPayload,
  UpdateAgreementInput,
} from './agreement.input';
import { Agreement, AgreementConnection } from './agreement.type';
import { given } from '../common/given';

function customDirectoriesToAws(input: AgreementCustomDirectoriesInput): CustomDirectoriesType {
  return {
    FailedFilesDirectory: input.failedFilesDirectory,
    MdnFilesDirectory: input.mdnFilesDirectory,
    PayloadFilesDirectory: input.payloadFilesDirectory,
    StatusFilesDirectory: input.statusFilesDirectory,
    TemporaryFilesDirectory: input.temporaryFilesDirectory,
  };
}

@Resolver(() => Agreement)
export class AgreementResolver {
  @Query(() => AgreementConnection, {
    nullable: true,
    description:
      "AS2 agreements. With `server`: that server's, in AWS list order (one ListAgreements call per page); null with a " +
      "NOT_FOUND error when the server does not exist. Without it: every server's in every region served, server by " +
      'server (one ListServers per region and one ListAgreements per server; the quota of 100 agreements per server bounds ' +
      'it). `filter` and `orderBy` walk the list and page what matches.',
  })
  agreements(
    @Arg('server', () => ID, {
      nullable: true,
      description: 'Only the agreements of this server: its AWS id (s-…), its ARN or its graph id.',
    })
    server: string | null,
    @Arg('filter', () => AgreementFilter, { nullable: true, description: 'Only the agreements that match every field given.' })
    filter: AgreementFilter | null,
    @Arg('orderBy', () => AgreementOrder, { nullable: true, description: 'The order; server by server in AWS list order when left out.' })
    orderBy: AgreementOrder | null,
    @Arg('region', () => String, {
      nullable: true,
      description: 'The region of a bare AWS id (s-…) in `server`; only with `server` (' + LOOKUP_REGION_DESCRIPTION + ')',
    })
    region: string | null | undefined,
    @Args() args: ConnectionArguments,
    @Ctx() ctx: GatewayContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const toNode = (regional: GatewayContext, m: AgreementMatch) => Agreement.fromSummary(regional, m.summary);
    if (!server && region)
      throw graphQLError('BAD_USER_INPUT', '`region` is the region of a bare server id in `server`; give it with `server`', {
        argument: 'region',
      });
    if (!server) return searchAcrossRegions(ctx, args, info, agreementSearch(ctx, filter ?? {}, orderBy), toNode);
    const {
      at,
      keys: [serverId],
    } = lookUp(ctx, server, 'Server', ['server'], undefined, { value: region, field: ['region'] });
    if (filter || orderBy) return searchAcrossRegions(ctx, args, info, agreementSearch(ctx, filter ?? {}, orderBy, serverId), toNode, [at]);
    return connectionOver(at.loaders.agreements(serverId), args, (a) => Agreement.fromSummary(at, a), info);
  }

  @Query(() => Agreement, {
    nullable: true,
    description:
      'An agreement by its graph id or ARN (…:agreement/s-…/a-…; both name its server), or by its AWS id (a-…) together with `server`; ' +
      'null when there is none. Costs one DescribeAgreement, which later fields share.',
  })
  agreement(
    @Arg('idOrArn', { description: 'The agreement: its graph id, its ARN, or its AWS id (a-…) when `server` is given too.' })
    idOrArn: string,
    @Arg('server', () => ID, { nullable: true, description: 'The server of a bare agreement id: its AWS id (s-…), ARN or graph id.' })
    server: string | null,
    @Arg('region', () => String, { nullable: true, description: LOOKUP_REGION_DESCRIPTION }) region: string | null | undefined,
    @Ctx() ctx: GatewayContext,
  ) {
    const { at, keys } = lookUp(
      ctx,
      idOrArn,
      'Agreement',
      ['idOrArn'],
      { value: server, field: ['server'] },
      { value: region, field: ['region'] },
    );
    return Agreement.fromKeys(at, keys[0], keys[1]).orNull();
  }

  @FieldResolver(() => Server, {
    nullable: true,
    description:
      'The server the agreement belongs to. Free by itself (an agreement is deleted together with its server); its fields ' +
      'beyond serverId cost one DescribeServer per server and request, or one ListServers shared by the request for ' +
      'several servers when only fields ListServers carries are selected.',
  })
  server(@Root() agreement: Agreement, @Ctx() ctx: GatewayContext) {
    return Server.fromId(ctx, agreement.serverId);
  }

  @FieldResolver(() => Profile, {
    nullable: true,
    description:
      'The LOCAL profile (your side): one DescribeProfile per profile and request, or one ListProfiles shared by the request ' +
      'for several profiles when only fields ListProfiles carries are selected (profileId, arn, as2Id, profileType, agreements, ' +
      'connectors); null with a NOT_FOUND error when it was deleted.',
  })
  async localProfile(@Root() agreement: Agreement, @Ctx() ctx: GatewayContext, @Info() info: GraphQLResolveInfo) {
    return Profile.fromId(ctx, await agreement.localProfileId).existing('Local profile', info);
  }

  @FieldResolver(() => Profile, {
    nullable: true,
    description:
      'The PARTNER profile (the trading partner): one DescribeProfile per profile and request, or one ListProfiles shared by ' +
      'the request for several profiles when only fields ListProfiles carries are selected (as localProfile); null with a ' +
      'NOT_FOUND error when it was deleted.',
  })
  async partnerProfile(@Root() agreement: Agreement, @Ctx() ctx: GatewayContext, @Info() info: GraphQLResolveInfo) {
    return Profile.fromId(ctx, await agreement.partnerProfileId).existing('Partner profile', info);
  }

  @Mutation(() => AgreementPayload, { description: 'Creates an AS2 agreement between a LOCAL and a PARTNER profile on an AS2 server.' })
  createAgreement(
    @Arg('input', { description: 'What to do; the fields of CreateAgreementInput say what each means.' }) input: CreateAgreementInput,
    @Ctx() ctx: GatewayContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return runMutation(input, ctx, info, async () => {
      const ids = new InputIds(
        ctx,
        input,
        { id: input.serverId, also: [input.localProfileId, input.partnerProfileId] },
        { value: input.region, field: ['region'] },
      );
      const { at } = ids;
      const [serverId] = ids.keys(input.serverId, 'Server', ['serverId']);
      const [localProfileId] = ids.keys(input.localProfileId, 'Profile', ['localProfileId']);
      const [partnerProfileId] = ids.keys(input.partnerProfileId, 'Profile', ['partnerProfileId']);
      const command = new CreateAgreementCommand({
        ServerId: serverId,
        LocalProfileId: localProfileId,
        PartnerProfileId: partnerProfileId,
        AccessRole: input.accessRole,
        BaseDirectory: given(input.baseDirectory),
        CustomDirectories: input.customDirectories ? customDirectoriesToAws(input.customDirectories) : undefined,
        Description: given(input.description),
        Status: given(input.status),
        PreserveFilename: given(input.preserveFilename),
        EnforceMessageSigning: given(input.enforceMessageSigning),
        Tags: fromTagInputs(input.tags),
      });
      ids.check(command);
      const created = await createOrPlan(at, command);
      const needs = agreementNeeds({
        AgreementId: created?.AgreementId ?? '(new)',
        LocalProfileId: localProfileId,
        PartnerProfileId: partnerProfileId,
      });
      const fields = [
        ['input', 'partnerProfileId'],
        ['input', 'localProfileId'],
        ['input', 'localProfileId'],
      ];
      const warnings = await warningsAfter(created !== undefined, () =>
        certificateNeedWarnings(
          at,
          needs.map((need, i) => ({ ...need, field: fields[i] })),
        ),
      );
      const agreement = created
        ? Agreement.fromKeys(at, serverId, created.AgreementId!)
        : new Agreement(at, [serverId, ''], undefined, {
            ...command.input,
            Arn: '',
            AgreementId: '',
            // As AWS answers a new agreement: ACTIVE unless given, and the model's DISABLED defaults.
            Status: command.input.Status ?? 'ACTIVE',
            PreserveFilename: command.input.PreserveFilename ?? 'DISABLED',
            EnforceMessageSigning: command.input.EnforceMessageSigning ?? 'DISABLED',
          });
      return { agreement, warnings, createdId: created ? agreement.id : undefined };
    });
  }

  @Mutation(() => AgreementPayload, { description: 'Changes an agreement; fields left out stay as they are.' })
  updateAgreement(
    @Arg('input', { description: 'What to do; the fields of UpdateAgreementInput say what each means.' }) input: UpdateAgreementInput,
    @Ctx() ctx: GatewayContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return runMutation(input, ctx, info, async () => {
      const ids = new InputIds(
        ctx,
        input,
        { id: input.id, also: [input.serverId, input.localProfileId, input.partnerProfileId] },
        { value: input.region, field: ['region'] },
      );
      const { at } = ids;
      const [serverId, agreementId] = ids.keys(input.id, 'Agreement', ['id'], { value: input.serverId, field: ['serverId'] });
      const profileId = (id: string | null | undefined, field: string) => (id ? ids.keys(id, 'Profile', [field])[0] : undefined);
      const command = new UpdateAgreementCommand({
        ServerId: serverId,
        AgreementId: agreementId,
        LocalProfileId: profileId(input.localProfileId, 'localProfileId'),
        PartnerProfileId: profileId(input.partnerProfileId, 'partnerProfileId'),
        AccessRole: given(input.accessRole),
        BaseDirectory: given(input.baseDirectory),
        CustomDirectories: input.customDirectories ? customDirectoriesToAws(input.customDirectories) : undefined,
        Description: given(input.description),
        Status: given(input.status),
        PreserveFilename: given(input.preserveFilename),
        EnforceMessageSigning: given(input.enforceMessageSigning),
      });
      ids.check(command);
      if (!(await writeOrPlan(at, command))) {
        const before = await at.loaders.agreement.load({ serverId, agreementId });
        const changes = Object.fromEntries(Object.entries(command.input).filter(([, v]) => v !== undefined));
        // Giving BaseDirectory or CustomDirectories drops the other (service model docs).
        const switches = command.input.BaseDirectory !== undefined || command.input.CustomDirectories !== undefined;
        const directories = switches
          ? { BaseDirectory: command.input.BaseDirectory, CustomDirectories: command.input.CustomDirectories }
          : {};
        return { agreement: new Agreement(at, [serverId, agreementId], undefined, { ...before, ...changes, ...directories }) };
      }
      at.loaders.agreement.clear({ serverId, agreementId });
      return { agreement: Agreement.fromKeys(at, serverId, agreementId) };
    });
  }

  @Mutation(() => DeleteAgreementPayload, { description: 'Deletes an agreement; its profiles and server stay.' })
  deleteAgreement(
    @Arg('input', { description: 'What to do; the fields of DeleteAgreementInput say what each means.' }) input: DeleteAgreementInput,
    @Ctx() ctx: GatewayContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return runMutation(input, ctx, info, async () => {
      const ids = new InputIds(ctx, input, { id: input.id, also: [input.serverId] }, { value: input.region, field: ['region'] });
      const { at } = ids;
      const [serverId, agreementId] = ids.keys(input.id, 'Agreement', ['id'], { value: input.serverId, field: ['serverId'] });
      ids.check();
      await writeOrPlan(at, new DeleteAgreementCommand({ ServerId: serverId, AgreementId: agreementId }));
      at.loaders.agreement.clear({ serverId, agreementId });
      return { deletedId: toGlobalId({ type: 'Agreement', region: at.region, keys: [serverId, agreementId] }) };
    });
  }
}

@Resolver(() => Profile)
export class ProfileAgreementsResolver {
  @FieldResolver(() => AgreementConnection, {
    description:
      'The agreements that use this profile as their local or partner profile, server by server in AWS list order. AWS has ' +
      'no filter for this: it costs one ListServers call per 1,000 servers plus one ListAgreements call per server (shared ' +
      'by every profile in the same request), and no Describe; the quota of 100 agreements per server bounds it.',
  })
  async agreements(@Root() profile: Profile, @Args() args: ConnectionArguments, @Ctx() ctx: GatewayContext) {
    checkCounts(args);
    const using = await agreementsUsingProfile(ctx, profile.profileId);
    const source = arraySource(`profile-agreements:${profile.profileId}`, using, (a) => `${a.ServerId}/${a.AgreementId}`);
    return connectionOver(source, args, (a) => Agreement.fromSummary(ctx, a));
  }
}
