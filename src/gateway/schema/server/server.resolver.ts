import type { GraphQLResolveInfo } from 'graphql';
import {
  CreateServerCommand,
  DeleteServerCommand,
  type EndpointDetails,
  type ProtocolDetails,
  StartServerCommand,
  StopServerCommand,
  TestIdentityProviderCommand,
  UpdateServerCommand,
  type WorkflowDetails,
} from '@aws-sdk/client-transfer';
import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root, Info } from 'type-graphql';
import type { GatewayContext } from '../../request/context';
import { Agreement, AgreementConnection } from '../agreement/agreement.type';
import { ConnectionArguments } from '../common/connection-args';
import { actingContext, InputIds, LOOKUP_REGION_DESCRIPTION, lookUp } from '../common/ids';
import { createOrPlan, writeOrPlan } from '../common/dry-run';
import { runMutation, type MutationInput } from '../common/mutation';
import { agreementsOfServer, dependentOf, refusedInUse } from '../common/dependents';
import { fromTagInputs } from '../common/tag';
import { connectionOver } from '../relay/connection';
import { toGlobalId } from '../relay/global-id';
import { acrossRegions } from '../relay/across-regions';
import {
  CreateServerInput,
  DeleteServerInput,
  DeleteServerPayload,
  type ServerEndpointDetailsInput,
  ServerIdInput,
  ServerPayload,
  type ServerProtocolDetailsInput,
  type ServerWorkflowDetailsInput,
  TestIdentityProviderInput,
  TestIdentityProviderPayload,
  UpdateServerInput,
} from './server.input';
import { Server, ServerConnection } from './server.type';
import { given } from '../common/given';
import type { TransferCommand } from '../../upstream/client';

function protocolDetailsToAws(input: ServerProtocolDetailsInput): ProtocolDetails {
  return {
    As2Transports: given(input.as2Transports),
    PassiveIp: given(input.passiveIp),
    TlsSessionResumptionMode: given(input.tlsSessionResumptionMode),
    SetStatOption: given(input.setStatOption),
  };
}

function endpointDetailsToAws(input: ServerEndpointDetailsInput): EndpointDetails {
  return {
    VpcId: given(input.vpcId),
    SubnetIds: given(input.subnetIds),
    AddressAllocationIds: given(input.addressAllocationIds),
    SecurityGroupIds: given(input.securityGroupIds),
    VpcEndpointId: given(input.vpcEndpointId),
  };
}

function workflowDetailsToAws(input: ServerWorkflowDetailsInput): WorkflowDetails {
  const workflows = (list: ServerWorkflowDetailsInput['onUpload']) =>
    list?.map((w) => ({ WorkflowId: w.workflowId, ExecutionRole: w.executionRole }));
  return { OnUpload: workflows(input.onUpload), OnPartialUpload: workflows(input.onPartialUpload) };
}

/** The members createServer and updateServer share, as AWS request members. */
function settingsToAws(input: CreateServerInput | UpdateServerInput) {
  const idp = input.identityProviderDetails;
  return {
    Protocols: given(input.protocols),
    EndpointType: given(input.endpointType),
    EndpointDetails: input.endpointDetails ? endpointDetailsToAws(input.endpointDetails) : undefined,
    ProtocolDetails: input.protocolDetails ? protocolDetailsToAws(input.protocolDetails) : undefined,
    IdentityProviderType: given(input.identityProviderType),
    IdentityProviderDetails: idp
      ? {
          Url: given(idp.url),
          InvocationRole: given(idp.invocationRole),
          DirectoryId: given(idp.directoryId),
          Function: given(idp.function),
          SftpAuthenticationMethods: given(idp.sftpAuthenticationMethods),
        }
      : undefined,
    LoggingRole: given(input.loggingRole),
    StructuredLogDestinations: given(input.structuredLogDestinations),
    SecurityPolicyName: given(input.securityPolicyName),
    Certificate: given(input.certificate),
    HostKey: given(input.hostKey),
    PreAuthenticationLoginBanner: given(input.preAuthenticationLoginBanner),
    PostAuthenticationLoginBanner: given(input.postAuthenticationLoginBanner),
    WorkflowDetails: input.workflowDetails ? workflowDetailsToAws(input.workflowDetails) : undefined,
    S3StorageOptions: input.s3StorageOptions
      ? { DirectoryListingOptimization: given(input.s3StorageOptions.directoryListingOptimization) }
      : undefined,
    IpAddressType: given(input.ipAddressType),
  };
}

/** Sends one write that changes the server `input.id` names, and answers the server as it is afterwards. */
function changeServer(
  input: MutationInput & { id: string; region?: string | null },
  ctx: GatewayContext,
  info: GraphQLResolveInfo,
  command: (serverId: string) => TransferCommand,
) {
  return runMutation(input, ctx, info, async () => {
    const ids = new InputIds(ctx, input, { id: input.id }, { value: input.region, field: ['region'] });
    const { at } = ids;
    const [serverId] = ids.keys(input.id, 'Server', ['id']);
    const write = command(serverId);
    ids.check(write);
    await writeOrPlan(at, write);
    at.loaders.server.clear(serverId);
    return { server: Server.fromId(at, serverId) };
  });
}

@Resolver(() => Server)
export class ServerResolver {
  @Query(() => ServerConnection, {
    nullable: true,
    description: 'Transfer Family servers of this account (AS2 and others), in AWS list order.',
  })
  servers(@Args() args: ConnectionArguments, @Ctx() ctx: GatewayContext, @Info() info: GraphQLResolveInfo) {
    return acrossRegions(
      ctx,
      args,
      info,
      (loaders) => loaders.servers(),
      (regional, s) => Server.fromSummary(regional, s),
    );
  }

  @Query(() => Server, {
    nullable: true,
    description:
      'A server by its graph id, AWS id (s-…) or ARN; null when there is none. Costs one DescribeServer, which later fields share.',
  })
  server(
    @Arg('idOrArn', { description: 'The server: its graph id, AWS id (s-…) or ARN.' }) idOrArn: string,
    @Arg('region', () => String, { nullable: true, description: LOOKUP_REGION_DESCRIPTION }) region: string | null | undefined,
    @Ctx() ctx: GatewayContext,
  ) {
    const { at, keys } = lookUp(ctx, idOrArn, 'Server', ['idOrArn'], undefined, { value: region, field: ['region'] });
    return Server.fromId(at, keys[0]).orNull();
  }

  @FieldResolver(() => AgreementConnection, {
    description:
      "The server's AS2 agreements, in AWS list order: one ListAgreements call per page; every summary field of an agreement comes with it.",
  })
  agreements(@Root() server: Server, @Args() args: ConnectionArguments, @Ctx() ctx: GatewayContext, @Info() info: GraphQLResolveInfo) {
    return connectionOver(ctx.loaders.agreements(server.serverId), args, (a) => Agreement.fromSummary(ctx, a), info);
  }

  @Mutation(() => ServerPayload, { description: 'Creates a server; it starts on its own (state STARTING, then ONLINE).' })
  createServer(
    @Arg('input', { description: 'What to do; the fields of CreateServerInput say what each means.' }) input: CreateServerInput,
    @Ctx() ctx: GatewayContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return runMutation(input, ctx, info, async () => {
      const at = actingContext(ctx, undefined, { value: input.region, field: ['region'] });
      const created = await createOrPlan(
        at,
        new CreateServerCommand({ ...settingsToAws(input), Domain: given(input.domain), Tags: fromTagInputs(input.tags) }),
      );
      const server = created ? Server.fromId(at, created.ServerId!) : null;
      return { server, createdId: server?.id };
    });
  }

  @Mutation(() => ServerPayload, { description: 'Changes a server; nested settings merge member by member. Its domain cannot change.' })
  updateServer(
    @Arg('input', { description: 'What to do; the fields of UpdateServerInput say what each means.' }) input: UpdateServerInput,
    @Ctx() ctx: GatewayContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return changeServer(input, ctx, info, (ServerId) => new UpdateServerCommand({ ...settingsToAws(input), ServerId }));
  }

  @Mutation(() => DeleteServerPayload, {
    description:
      'Deletes a server, unless it has agreements: then it is refused with IN_USE and the list of them (costs one ListAgreements). ' +
      'With force: true it is deleted together with its agreements.',
  })
  deleteServer(
    @Arg('input', { description: 'What to do; the fields of DeleteServerInput say what each means.' }) input: DeleteServerInput,
    @Ctx() ctx: GatewayContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return runMutation(input, ctx, info, async () => {
      const ids = new InputIds(ctx, input, { id: input.id }, { value: input.region, field: ['region'] });
      const { at } = ids;
      const [serverId] = ids.keys(input.id, 'Server', ['id']);
      ids.check();
      if (!input.force) {
        const agreements = await agreementsOfServer(at, serverId);
        if (agreements.length)
          return refusedInUse(
            `Server ${serverId}`,
            agreements.map((a) => dependentOf.agreement(at, a)),
          );
      }
      await writeOrPlan(at, new DeleteServerCommand({ ServerId: serverId }));
      at.loaders.server.clear(serverId);
      return { deletedId: toGlobalId({ type: 'Server', region: at.region, keys: [serverId] }), dependents: input.force ? null : [] };
    });
  }

  @Mutation(() => ServerPayload, { description: 'Starts an OFFLINE server (STARTING, then ONLINE); an ONLINE one stays as it is.' })
  startServer(
    @Arg('input', { description: 'What to do; the fields of ServerIdInput say what each means.' }) input: ServerIdInput,
    @Ctx() ctx: GatewayContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return changeServer(input, ctx, info, (ServerId) => new StartServerCommand({ ServerId }));
  }

  @Mutation(() => ServerPayload, { description: 'Stops an ONLINE server (STOPPING, then OFFLINE); a stopped server is still billed.' })
  stopServer(
    @Arg('input', { description: 'What to do; the fields of ServerIdInput say what each means.' }) input: ServerIdInput,
    @Ctx() ctx: GatewayContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return changeServer(input, ctx, info, (ServerId) => new StopServerCommand({ ServerId }));
  }

  @Mutation(() => TestIdentityProviderPayload, {
    description:
      'Tries a sign-in against the custom identity provider of an SFTP/FTP server (AS2 servers have none). Sent once, never retried.',
  })
  testIdentityProvider(
    @Arg('input', { description: 'What to do; the fields of TestIdentityProviderInput say what each means.' })
    input: TestIdentityProviderInput,
    @Ctx() ctx: GatewayContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return runMutation(input, ctx, info, async () => {
      const ids = new InputIds(ctx, input, { id: input.serverId }, { value: input.region, field: ['region'] });
      const { at } = ids;
      const [serverId] = ids.keys(input.serverId, 'Server', ['serverId']);
      const command = new TestIdentityProviderCommand({
        ServerId: serverId,
        UserName: input.userName,
        UserPassword: given(input.userPassword),
        ServerProtocol: given(input.serverProtocol),
        SourceIp: given(input.sourceIp),
      });
      ids.check(command);
      const answer = await writeOrPlan(at, command);
      return {
        statusCode: answer?.StatusCode ?? null,
        message: answer?.Message ?? null,
        response: answer?.Response ?? null,
        url: answer?.Url ?? null,
      };
    });
  }
}
