import type { GraphQLResolveInfo } from 'graphql';
import { CreateAgreementCommand, type CustomDirectoriesType, DeleteAgreementCommand, UpdateAgreementCommand } from '@aws-sdk/client-transfer';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Info } from 'type-graphql';
import type { GatewayContext } from '../../context';
import { createOnce } from '../../upstream/create-outcome';
import { codeOf, graphQLError } from '../../upstream/errors';
import { ConnectionArguments } from '../common/connection-args';
import { actingContext, awsIdFromIdOrArn, keysOfInputId, servedRegions } from '../common/ids';
import { runMutation } from '../common/mutation';
import { fromTagInputs } from '../common/tag';
import { Profile } from '../profile/profile.type';
import { arraySource } from '../relay/array-source';
import { connectionOver } from '../relay/connection';
import { fromGlobalId } from '../relay/global-id';
import { walkAll } from '../relay/list-source';
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

const SERVER_ID = /^s-[0-9a-f]{17}$/;
const AGREEMENT_ID = /^a-[0-9a-f]{17}$/;

/** GraphQL leaves absent fields undefined and explicit ones null; AWS wants absent members left out. */
const given = <T>(value: T | null | undefined): T | undefined => value ?? undefined;

/** AWS names the agreement by `AgreementId` and `ServerId` in its messages; the update inputs call it `id`. */
const RENAME_AGREEMENT_KEYS = { AgreementId: 'id', ServerId: 'id' };

/**
 * The server a `server` argument names — its AWS id (s-…, in the gateway's own region), its ARN or its graph id (in
 * their region) — and the context of its region.
 */
function serverOfArgument(ctx: GatewayContext, value: string): { at: GatewayContext; serverId: string } {
  if (value.startsWith('arn:') || SERVER_ID.test(value)) {
    const { at, keys } = awsIdFromIdOrArn(ctx, value, 'server', SERVER_ID);
    return { at, serverId: keys[0] };
  }
  try {
    fromGlobalId(value, 'Server');
  } catch {
    throw graphQLError('BAD_USER_INPUT', `Expected a server id (s-…), ARN or graph id in ${servedRegions(ctx).join(', ')} in \`server\`, got ${JSON.stringify(value.slice(0, 200))}`);
  }
  const at = actingContext(ctx, { id: value });
  return { at, serverId: keysOfInputId(at, value, 'Server', ['server'])[0] };
}

/** The [serverId, agreementId] an `agreement` lookup names (an agreement ARN, or a bare agreement id with its server), and their region's context. */
function agreementOfLookup(ctx: GatewayContext, idOrArn: string, server: string | null | undefined): { at: GatewayContext; keys: [string, string] } {
  const { at, keys } = awsIdFromIdOrArn(ctx, idOrArn, 'agreement', AGREEMENT_ID);
  const named = server ? serverOfArgument(ctx, server) : undefined;
  if (keys.length === 1) {
    if (!named) {
      throw graphQLError('BAD_USER_INPUT', `An agreement id is unique only within its server: give \`server\` with ${keys[0]}, or the agreement's ARN`);
    }
    return { at: named.at, keys: [named.serverId, keys[0]] };
  }
  if (keys.length !== 2 || !SERVER_ID.test(keys[0])) {
    throw graphQLError('BAD_USER_INPUT', `Expected an agreement ARN ending in agreement/s-…/a-…, got ${JSON.stringify(idOrArn.slice(0, 200))}`);
  }
  if (named && (named.serverId !== keys[0] || named.at.region !== at.region)) {
    const where = (region: string) => (named.at.region === at.region ? '' : ` in ${region}`);
    throw graphQLError('BAD_USER_INPUT', `The ARN names an agreement of server ${keys[0]}${where(at.region)}, but \`server\` names ${named.serverId}${where(named.at.region)}`);
  }
  return { at, keys: [keys[0], keys[1]] };
}

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
    description: "A server's AS2 agreements, in AWS list order (one ListAgreements call per page); null with a NOT_FOUND error when the server does not exist.",
  })
  agreements(
    @Arg('server', () => ID, { description: 'The server: its AWS id (s-…), its ARN or its graph id.' }) server: string,
    @Args() args: ConnectionArguments,
    @Ctx() ctx: GatewayContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const { at, serverId } = serverOfArgument(ctx, server);
    return connectionOver(at.loaders.agreements(serverId), args, (a) => Agreement.fromSummary(at, a), info);
  }

  @Query(() => Agreement, {
    nullable: true,
    description:
      'An agreement by its ARN (…:agreement/s-…/a-…, which names its server), or by its AWS id (a-…) together with `server`; ' +
      'null when there is none. Costs one DescribeAgreement, which later fields share.',
  })
  agreement(
    @Arg('idOrArn', { description: 'The agreement ARN, or its AWS id (a-…) when `server` is given too.' }) idOrArn: string,
    @Arg('server', () => ID, { nullable: true, description: 'The server of a bare agreement id: its AWS id (s-…), ARN or graph id.' })
    server: string | null,
    @Ctx() ctx: GatewayContext,
  ) {
    const { at, keys } = agreementOfLookup(ctx, idOrArn, server);
    return Agreement.fromKeys(at, keys[0], keys[1]).orNull();
  }

  @FieldResolver(() => Server, {
    nullable: true,
    description:
      'The server the agreement belongs to. Free by itself (an agreement is deleted together with its server); its fields ' +
      'beyond serverId cost one DescribeServer per server and request.',
  })
  server(@Root() agreement: Agreement, @Ctx() ctx: GatewayContext) {
    return Server.fromId(ctx, agreement.serverId);
  }

  @FieldResolver(() => Profile, {
    nullable: true,
    description: 'The LOCAL profile (your side): one DescribeProfile per profile and request; null with a NOT_FOUND error when it was deleted.',
  })
  async localProfile(@Root() agreement: Agreement, @Ctx() ctx: GatewayContext) {
    return Profile.fromId(ctx, await agreement.localProfileId).existing('Local profile');
  }

  @FieldResolver(() => Profile, {
    nullable: true,
    description: 'The PARTNER profile (the trading partner): one DescribeProfile per profile and request; null with a NOT_FOUND error when it was deleted.',
  })
  async partnerProfile(@Root() agreement: Agreement, @Ctx() ctx: GatewayContext) {
    return Profile.fromId(ctx, await agreement.partnerProfileId).existing('Partner profile');
  }

  @Mutation(() => AgreementPayload, { description: 'Creates an AS2 agreement between a LOCAL and a PARTNER profile on an AS2 server.' })
  createAgreement(@Arg('input', { description: 'What to do; the fields of CreateAgreementInput say what each means.' }) input: CreateAgreementInput, @Ctx() ctx: GatewayContext) {
    return runMutation(input, async () => {
      const at = actingContext(ctx, { id: input.serverId });
      const [serverId] = keysOfInputId(at, input.serverId, 'Server', ['serverId']);
      const [localProfileId] = keysOfInputId(at, input.localProfileId, 'Profile', ['localProfileId']);
      const [partnerProfileId] = keysOfInputId(at, input.partnerProfileId, 'Profile', ['partnerProfileId']);
      const { AgreementId } = await createOnce(
        at,
        new CreateAgreementCommand({
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
        }),
      );
      const agreement = Agreement.fromKeys(at, serverId, AgreementId!);
      return { agreement, createdId: agreement.id };
    });
  }

  @Mutation(() => AgreementPayload, { description: 'Changes an agreement; fields left out stay as they are.' })
  updateAgreement(@Arg('input', { description: 'What to do; the fields of UpdateAgreementInput say what each means.' }) input: UpdateAgreementInput, @Ctx() ctx: GatewayContext) {
    return runMutation(
      input,
      async () => {
        const at = actingContext(ctx, { id: input.id });
        const [serverId, agreementId] = keysOfInputId(at, input.id, 'Agreement', ['id']);
        const profileId = (id: string | null | undefined, field: string) => (id ? keysOfInputId(at, id, 'Profile', [field])[0] : undefined);
        await at.upstream.write(
          new UpdateAgreementCommand({
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
          }),
        );
        at.loaders.agreement.clear({ serverId, agreementId });
        return { agreement: Agreement.fromKeys(at, serverId, agreementId) };
      },
      RENAME_AGREEMENT_KEYS,
    );
  }

  @Mutation(() => DeleteAgreementPayload, { description: 'Deletes an agreement; its profiles and server stay.' })
  deleteAgreement(@Arg('input', { description: 'What to do; the fields of DeleteAgreementInput say what each means.' }) input: DeleteAgreementInput, @Ctx() ctx: GatewayContext) {
    return runMutation(
      input,
      async () => {
        const at = actingContext(ctx, { id: input.id });
        const [serverId, agreementId] = keysOfInputId(at, input.id, 'Agreement', ['id']);
        await at.upstream.write(new DeleteAgreementCommand({ ServerId: serverId, AgreementId: agreementId }));
        at.loaders.agreement.clear({ serverId, agreementId });
        return { deletedId: input.id };
      },
      RENAME_AGREEMENT_KEYS,
    );
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
    const servers = await walkAll(ctx.loaders.servers());
    const perServer = await Promise.all(
      servers.map(({ item }) =>
        walkAll(ctx.loaders.agreements(item.ServerId!)).catch((error: unknown) => {
          // A server deleted between ListServers and ListAgreements has no agreements any more.
          if (codeOf(error) === 'NOT_FOUND') return [];
          throw error;
        }),
      ),
    );
    const using = perServer
      .flat()
      .map(({ item }) => item)
      .filter((a) => a.LocalProfileId === profile.profileId || a.PartnerProfileId === profile.profileId);
    const source = arraySource(`profile-agreements:${profile.profileId}`, using, (a) => `${a.ServerId}/${a.AgreementId}`);
    return connectionOver(source, args, (a) => Agreement.fromSummary(ctx, a));
  }
}
