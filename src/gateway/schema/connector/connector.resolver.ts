import type { GraphQLResolveInfo } from 'graphql';
import {
  type As2ConnectorConfig,
  CreateConnectorCommand,
  DeleteConnectorCommand,
  type DescribedConnector,
  type SftpConnectorConfig,
  UpdateConnectorCommand,
  type UpdateConnectorRequest,
} from '@aws-sdk/client-transfer';
import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root, Info } from 'type-graphql';
import type { GatewayContext } from '../../request/context';
import { ConnectionArguments } from '../common/connection-args';
import { InputIds, LOOKUP_REGION_DESCRIPTION, lookUp } from '../common/ids';
import { createOrPlan, isDryRun, writeOrPlan } from '../common/dry-run';
import { algorithmWarnings, certificateNeedWarnings, keyStrengthWarnings, warningsAfter, type WarningData } from '../common/warnings';
import { mergedConnector } from '../../upstream/rules/connector-rules';
import { connectorNeeds } from '../health/needs';
import { runMutation } from '../common/mutation';
import { fromTagInputs } from '../common/tag';
import { connectorsUsingProfile } from '../common/dependents';
import { Profile } from '../profile/profile.type';
import { arraySource } from '../relay/array-source';
import { connectionOver } from '../relay/connection';
import { toGlobalId } from '../relay/global-id';
import { acrossRegions } from '../relay/across-regions';
import { searchAcrossRegions } from '../relay/search';
import { ConnectorFilter, ConnectorOrder, connectorSearch } from './connector.filter';
import { checkCounts } from '../relay/paginate';
import {
  type ConnectorAs2ConfigInput,
  ConnectorPayload,
  type ConnectorSftpConfigInput,
  CreateConnectorInput,
  DeleteConnectorInput,
  DeleteConnectorPayload,
  UpdateConnectorInput,
} from './connector.input';
import { Connector, ConnectorConnection } from './connector.type';
import { given } from '../common/given';

/**
 * The warnings of an AS2 connector's settings as a create or update leaves them: weak algorithms, each certificate a
 * setting needs that its profile lacks (connectorNeeds: the local SIGNING key to sign, the partner's ENCRYPTION
 * certificate to encrypt, the partner's SIGNING certificate to verify signed MDNs), and keys too weak for the
 * algorithm they serve. `written`: AWS carried the write out (a failing read then leaves the reads' warnings out).
 */
async function connectorWarnings(
  at: GatewayContext,
  connectorId: string,
  as2: As2ConnectorConfig | undefined,
  written: boolean,
): Promise<WarningData[]> {
  const field = (name: string) => ['input', 'as2Config', name];
  const needs = connectorNeeds({ ConnectorId: connectorId, As2Config: as2 }).map((need) => ({
    ...need,
    field: field(need.profileId === as2?.LocalProfileId ? 'localProfileId' : 'partnerProfileId'),
  }));
  return [
    ...algorithmWarnings([
      { value: as2?.SigningAlgorithm, field: field('signingAlgorithm') },
      { value: as2?.MdnSigningAlgorithm, field: field('mdnSigningAlgorithm') },
      { value: as2?.EncryptionAlgorithm, field: field('encryptionAlgorithm') },
    ]),
    ...(await warningsAfter(written, async () => [
      ...(await certificateNeedWarnings(at, needs)),
      ...(await keyStrengthWarnings(at, needs, field)),
    ])),
  ];
}

/** The AWS As2Config of an input: its profile and server references resolved, with field paths for errors. */
function as2ConfigToAws(ids: InputIds, input: ConnectorAs2ConfigInput): As2ConnectorConfig {
  const profileId = (id: string | null | undefined, field: string) => (id ? ids.keys(id, 'Profile', ['as2Config', field])[0] : undefined);
  const mdn = input.asyncMdnConfig;
  return {
    LocalProfileId: profileId(input.localProfileId, 'localProfileId'),
    PartnerProfileId: profileId(input.partnerProfileId, 'partnerProfileId'),
    MessageSubject: given(input.messageSubject),
    Compression: given(input.compression),
    EncryptionAlgorithm: given(input.encryptionAlgorithm),
    SigningAlgorithm: given(input.signingAlgorithm),
    MdnSigningAlgorithm: given(input.mdnSigningAlgorithm),
    MdnResponse: given(input.mdnResponse),
    BasicAuthSecretId: given(input.basicAuthSecretId),
    PreserveContentType: given(input.preserveContentType),
    AsyncMdnConfig: mdn
      ? {
          Url: given(mdn.url),
          ServerIds: mdn.serverIds?.map((id, i) => ids.keys(id, 'Server', ['as2Config', 'asyncMdnConfig', 'serverIds', String(i)])[0]),
        }
      : undefined,
  };
}

function sftpConfigToAws(input: ConnectorSftpConfigInput): SftpConnectorConfig {
  return {
    UserSecretId: given(input.userSecretId),
    TrustedHostKeys: given(input.trustedHostKeys),
    MaxConcurrentConnections: given(input.maxConcurrentConnections),
  };
}

@Resolver(() => Connector)
export class ConnectorResolver {
  @Query(() => ConnectorConnection, {
    nullable: true,
    description:
      'AS2 and SFTP connectors of this account, in AWS list order (one ListConnectors per page). With `filter` or `orderBy` the gateway ' +
      'walks the whole list (AWS has no such filter; the quota of 100 connectors bounds it) and pages what matches.',
  })
  connectors(
    @Args() args: ConnectionArguments,
    @Arg('filter', () => ConnectorFilter, { nullable: true, description: 'Only the connectors that match every field given.' })
    filter: ConnectorFilter | null,
    @Arg('orderBy', () => ConnectorOrder, { nullable: true, description: 'The order; AWS list order when left out.' })
    orderBy: ConnectorOrder | null,
    @Ctx() ctx: GatewayContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    if (filter || orderBy) {
      return searchAcrossRegions(ctx, args, info, connectorSearch(ctx, filter ?? {}, orderBy), (regional, m) =>
        Connector.fromSummary(regional, m.summary),
      );
    }
    return acrossRegions(
      ctx,
      args,
      info,
      (loaders) => loaders.connectors(),
      (regional, c) => Connector.fromSummary(regional, c),
    );
  }

  @Query(() => Connector, { nullable: true, description: 'A connector by its graph id, AWS id (c-…) or ARN; null when there is none.' })
  connector(
    @Arg('idOrArn', { description: 'The connector: its graph id, AWS id (c-…) or ARN.' }) idOrArn: string,
    @Arg('region', () => String, { nullable: true, description: LOOKUP_REGION_DESCRIPTION }) region: string | null | undefined,
    @Ctx() ctx: GatewayContext,
  ) {
    const { at, keys } = lookUp(ctx, idOrArn, 'Connector', ['idOrArn'], undefined, { value: region, field: ['region'] });
    return Connector.fromId(at, keys[0]).orNull();
  }

  @FieldResolver(() => Profile, {
    nullable: true,
    description: 'The LOCAL profile an AS2 connector sends as; null for SFTP, and null with a NOT_FOUND error when it was deleted.',
  })
  async localProfile(@Root() connector: Connector, @Ctx() ctx: GatewayContext, @Info() info: GraphQLResolveInfo) {
    const profileId = (await connector.as2())?.LocalProfileId;
    return profileId ? Profile.fromId(ctx, profileId).existing('Local profile', info) : null;
  }

  @FieldResolver(() => Profile, {
    nullable: true,
    description: 'The PARTNER profile an AS2 connector sends to; null for SFTP, and null with a NOT_FOUND error when it was deleted.',
  })
  async partnerProfile(@Root() connector: Connector, @Ctx() ctx: GatewayContext, @Info() info: GraphQLResolveInfo) {
    const profileId = (await connector.as2())?.PartnerProfileId;
    return profileId ? Profile.fromId(ctx, profileId).existing('Partner profile', info) : null;
  }

  @Mutation(() => ConnectorPayload, { description: 'Creates an AS2 or SFTP connector.' })
  createConnector(
    @Arg('input', { description: 'What to do; the fields of CreateConnectorInput say what each means.' }) input: CreateConnectorInput,
    @Ctx() ctx: GatewayContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return runMutation(input, ctx, info, async () => {
      const ids = new InputIds(
        ctx,
        input,
        {
          id: input.as2Config?.localProfileId,
          also: [input.as2Config?.partnerProfileId, ...(input.as2Config?.asyncMdnConfig?.serverIds ?? [])],
        },
        { value: input.region, field: ['region'] },
      );
      const { at } = ids;
      const lattice = input.egressConfig?.vpcLattice;
      const command = new CreateConnectorCommand({
        Url: given(input.url),
        As2Config: input.as2Config ? as2ConfigToAws(ids, input.as2Config) : undefined,
        SftpConfig: input.sftpConfig ? sftpConfigToAws(input.sftpConfig) : undefined,
        AccessRole: input.accessRole,
        LoggingRole: given(input.loggingRole),
        SecurityPolicyName: given(input.securityPolicyName),
        EgressConfig: lattice
          ? { VpcLattice: { ResourceConfigurationArn: lattice.resourceConfigurationArn, PortNumber: given(lattice.portNumber) } }
          : undefined,
        IpAddressType: given(input.ipAddressType),
        Tags: fromTagInputs(input.tags),
      });
      ids.check(command);
      const created = await createOrPlan(at, command);
      const warnings = await connectorWarnings(at, created?.ConnectorId ?? '(new)', command.input.As2Config, created !== undefined);
      // A dry run's connector as Describe would answer it, without the id and ARN AWS assigns.
      const planned = () => new Connector(at, [''], undefined, { ...command.input, Arn: '', ConnectorId: '' } as DescribedConnector);
      const connector = created ? Connector.fromId(at, created.ConnectorId!) : planned();
      return { connector, warnings, createdId: created ? connector.id : undefined };
    });
  }

  @Mutation(() => ConnectorPayload, { description: 'Changes a connector; AS2 and SFTP settings merge member by member.' })
  updateConnector(
    @Arg('input', { description: 'What to do; the fields of UpdateConnectorInput say what each means.' }) input: UpdateConnectorInput,
    @Ctx() ctx: GatewayContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return runMutation(input, ctx, info, async () => {
      const as2 = input.as2Config;
      const ids = new InputIds(
        ctx,
        input,
        { id: input.id, also: [as2?.localProfileId, as2?.partnerProfileId, ...(as2?.asyncMdnConfig?.serverIds ?? [])] },
        { value: input.region, field: ['region'] },
      );
      const { at } = ids;
      const [connectorId] = ids.keys(input.id, 'Connector', ['id']);
      const lattice = input.egressConfig?.vpcLattice;
      const command = new UpdateConnectorCommand({
        ConnectorId: connectorId,
        Url: given(input.url),
        As2Config: input.as2Config ? as2ConfigToAws(ids, input.as2Config) : undefined,
        SftpConfig: input.sftpConfig ? sftpConfigToAws(input.sftpConfig) : undefined,
        AccessRole: given(input.accessRole),
        LoggingRole: given(input.loggingRole),
        SecurityPolicyName: given(input.securityPolicyName),
        EgressConfig: lattice
          ? { VpcLattice: { ResourceConfigurationArn: given(lattice.resourceConfigurationArn), PortNumber: given(lattice.portNumber) } }
          : undefined,
        IpAddressType: given(input.ipAddressType),
      });
      ids.check(command);
      await writeOrPlan(at, command);
      at.loaders.connector.clear(connectorId);
      // Warnings only when the AS2 settings change: of the settings as the update leaves them (in a dry run, as it
      // would: the connector it checked merged with the input), which costs the real update one DescribeConnector.
      let warnings: WarningData[] = [];
      if (command.input.As2Config) {
        const dryRun = isDryRun(at);
        const after = async () =>
          dryRun
            ? mergedConnector(
                await at.loaders.connector.load(connectorId),
                JSON.parse(JSON.stringify(command.input)) as UpdateConnectorRequest,
              )
            : at.loaders.connector.load(connectorId);
        warnings = await warningsAfter(!dryRun, async () => connectorWarnings(at, connectorId, (await after()).As2Config, !dryRun));
      }
      return { connector: Connector.fromId(at, connectorId), warnings };
    });
  }

  @Mutation(() => DeleteConnectorPayload, { description: 'Deletes a connector, and with it the results of its file transfers.' })
  deleteConnector(
    @Arg('input', { description: 'What to do; the fields of DeleteConnectorInput say what each means.' }) input: DeleteConnectorInput,
    @Ctx() ctx: GatewayContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return runMutation(input, ctx, info, async () => {
      const ids = new InputIds(ctx, input, { id: input.id }, { value: input.region, field: ['region'] });
      const { at } = ids;
      const [connectorId] = ids.keys(input.id, 'Connector', ['id']);
      ids.check();
      await writeOrPlan(at, new DeleteConnectorCommand({ ConnectorId: connectorId }));
      at.loaders.connector.clear(connectorId);
      return { deletedId: toGlobalId({ type: 'Connector', region: at.region, keys: [connectorId] }) };
    });
  }
}

@Resolver(() => Profile)
export class ProfileConnectorsResolver {
  @FieldResolver(() => ConnectorConnection, {
    description:
      'The AS2 connectors that send as or to this profile. AWS has no filter for this: it costs one ListConnectors call ' +
      'plus one DescribeConnector per connector (shared by every profile in the same request); the quota of 100 ' +
      'connectors per account bounds it.',
  })
  async connectors(@Root() profile: Profile, @Args() args: ConnectionArguments, @Ctx() ctx: GatewayContext) {
    checkCounts(args);
    const using = await connectorsUsingProfile(ctx, profile.profileId);
    const source = arraySource(`profile-connectors:${profile.profileId}`, using, (c) => c.ConnectorId!);
    return connectionOver(source, args, (c) => Connector.fromSummary(ctx, c));
  }
}
