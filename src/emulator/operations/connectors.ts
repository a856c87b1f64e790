import type {
  As2ConnectorConfig,
  ConnectorEgressConfig,
  CreateConnectorRequest,
  CreateConnectorResponse,
  DeleteConnectorRequest,
  DescribeConnectorRequest,
  DescribeConnectorResponse,
  DescribedConnector,
  DescribedConnectorEgressConfig,
  ListConnectorsRequest,
  ListConnectorsResponse,
  ListedConnector,
  SftpConnectorConfig,
  UpdateConnectorEgressConfig,
  UpdateConnectorRequest,
  UpdateConnectorResponse,
} from '@aws-sdk/client-transfer';
import type { OperationContext } from '../context';
import { quotaExceeded } from '../errors';
import { arn, newId } from '../ids';
import { page } from '../pagination';
import type { ConnectorRecord } from '../records';
import { compact, mustGet, tagsOrUndefined } from './common';
import {
  checkAs2References,
  connectorProblems,
  DEFAULT_MAX_CONCURRENT_CONNECTIONS,
  DEFAULT_SFTP_PORT,
  MAX_CONNECTORS,
  refuse,
  serviceManagedEgressIps,
} from './connector-rules';

/** An AS2 configuration as stored: the documented API defaults filled in, an empty BasicAuthSecretId meaning none. */
function storedAs2(as2: As2ConnectorConfig): As2ConnectorConfig {
  return compact({
    ...as2,
    // "The default value for this parameter is null, which indicates that Basic authentication is not enabled";
    // the documented way to turn it off again is BasicAuthSecretId="".
    BasicAuthSecretId: as2.BasicAuthSecretId || undefined,
    // "disabled by default when you create an AS2 connector by calling the API directly".
    PreserveContentType: as2.PreserveContentType ?? 'DISABLED',
  });
}

function storedSftp(sftp: SftpConnectorConfig): SftpConnectorConfig {
  return compact({ ...sftp, MaxConcurrentConnections: sftp.MaxConcurrentConnections ?? DEFAULT_MAX_CONCURRENT_CONNECTIONS });
}

/** A union with no member set (`{}`) is as malformed as one with two; VpcLattice is the only member today. */
function egressUnionProblems(egress: ConnectorEgressConfig | UpdateConnectorEgressConfig | undefined): string[] {
  return egress && !egress.VpcLattice ? ['EgressConfig must set VpcLattice'] : [];
}

/** CreateConnector: one AS2 or SFTP connector, checked whole, with the documented defaults filled in. */
export function createConnector(ctx: OperationContext, input: CreateConnectorRequest): CreateConnectorResponse {
  const ConnectorId = newId.connector();
  const lattice = input.EgressConfig?.VpcLattice;
  const described: DescribedConnector = compact({
    Arn: arn.connector(ctx, ConnectorId),
    ConnectorId,
    Url: input.Url || undefined,
    As2Config: input.As2Config && storedAs2(input.As2Config),
    AccessRole: input.AccessRole,
    LoggingRole: input.LoggingRole,
    Tags: tagsOrUndefined(input.Tags),
    SftpConfig: input.SftpConfig && storedSftp(input.SftpConfig),
    ServiceManagedEgressIpAddresses: lattice ? undefined : serviceManagedEgressIps(ctx),
    SecurityPolicyName: input.SecurityPolicyName,
    EgressConfig: lattice && describedEgress(lattice.ResourceConfigurationArn!, lattice.PortNumber),
    EgressType: lattice ? 'VPC_LATTICE' : 'SERVICE_MANAGED',
    // Creation is immediate in the emulator: a connector is never PENDING or ERRORED.
    Status: 'ACTIVE',
    IpAddressType: input.IpAddressType ?? 'IPV4',
  });
  refuse([...egressUnionProblems(input.EgressConfig), ...connectorProblems(described)]);
  if (ctx.state.connectors.size >= MAX_CONNECTORS) throw quotaExceeded('connectors per account', MAX_CONNECTORS);
  checkAs2References(ctx, described.As2Config);
  ctx.store.put(ctx.region, 'connectors', ConnectorId, { seq: ctx.store.nextSeq(), described });
  return { ConnectorId };
}

function describedEgress(ResourceConfigurationArn: string, PortNumber = DEFAULT_SFTP_PORT): DescribedConnectorEgressConfig {
  return { VpcLattice: { ResourceConfigurationArn, PortNumber } };
}

/** DescribeConnector: the stored connector, unset optional members omitted. */
export function describeConnector(ctx: OperationContext, input: DescribeConnectorRequest): DescribeConnectorResponse {
  return { Connector: mustGet(ctx, 'connectors', input.ConnectorId!).described };
}

/**
 * Changes only the members given. As2Config, SftpConfig and EgressConfig.VpcLattice merge member by member (the
 * model documents turning Basic authentication off with `--as2-config 'BasicAuthSecretId=""'`, which only makes
 * sense if the other As2Config members survive); lists and AsyncMdnConfig replace whole. The merged connector must
 * pass the same rules as a new one; a connector cannot change protocol or egress type.
 */
export function updateConnector(ctx: OperationContext, input: UpdateConnectorRequest): UpdateConnectorResponse {
  const record = mustGet(ctx, 'connectors', input.ConnectorId!);
  const d = record.described;
  const problems = egressUnionProblems(input.EgressConfig);
  if (input.As2Config && !d.As2Config) problems.push('As2Config cannot be given for an SFTP connector: a connector cannot change protocol');
  if (input.SftpConfig && !d.SftpConfig) problems.push('SftpConfig cannot be given for an AS2 connector: a connector cannot change protocol');
  if (input.EgressConfig?.VpcLattice && d.EgressType !== 'VPC_LATTICE') {
    problems.push(`EgressConfig cannot be given for a ${d.EgressType} connector: the egress type cannot change`);
  }
  refuse(problems);

  const lattice = input.EgressConfig?.VpcLattice;
  const current = d.EgressConfig?.VpcLattice;
  const merged: DescribedConnector = compact({
    ...d,
    Url: input.Url === undefined ? d.Url : input.Url || undefined,
    As2Config: input.As2Config && d.As2Config ? storedAs2({ ...d.As2Config, ...input.As2Config }) : d.As2Config,
    AccessRole: input.AccessRole ?? d.AccessRole,
    LoggingRole: input.LoggingRole ?? d.LoggingRole,
    SftpConfig: input.SftpConfig && d.SftpConfig ? storedSftp({ ...d.SftpConfig, ...input.SftpConfig }) : d.SftpConfig,
    SecurityPolicyName: input.SecurityPolicyName ?? d.SecurityPolicyName,
    EgressConfig:
      lattice && current
        ? describedEgress(lattice.ResourceConfigurationArn ?? current.ResourceConfigurationArn!, lattice.PortNumber ?? current.PortNumber)
        : d.EgressConfig,
    IpAddressType: input.IpAddressType ?? d.IpAddressType,
  });
  refuse(connectorProblems(merged));
  checkAs2References(ctx, input.As2Config);
  ctx.store.put(ctx.region, 'connectors', input.ConnectorId!, { ...record, described: merged });
  return { ConnectorId: input.ConnectorId };
}

/** Deleting a connector also forgets its transfers: their results are listed through the connector. */
export function deleteConnector(ctx: OperationContext, input: DeleteConnectorRequest): void {
  mustGet(ctx, 'connectors', input.ConnectorId!);
  ctx.store.remove(ctx.region, 'connectors', input.ConnectorId!);
  const transfers = ctx.state.transfers.values().filter((t) => t.connectorId === input.ConnectorId);
  for (const transfer of transfers) ctx.store.remove(ctx.region, 'transfers', transfer.transferId);
}

/** ListConnectors: the ListedConnector projection, paged in creation order. */
export function listConnectors(ctx: OperationContext, input: ListConnectorsRequest): ListConnectorsResponse {
  const { items, NextToken } = page({
    secret: ctx.store.tokenSecret,
    operation: 'ListConnectors',
    region: ctx.region,
    params: {},
    collection: ctx.state.connectors,
    maxResults: input.MaxResults,
    nextToken: input.NextToken,
  });
  return compact({ Connectors: items.map(listedConnector), NextToken });
}

function listedConnector({ described: d }: ConnectorRecord): ListedConnector {
  return compact({ Arn: d.Arn, ConnectorId: d.ConnectorId, Url: d.Url });
}

/** The connector wire actions, by operation name. */
export const connectorOperations = {
  CreateConnector: createConnector,
  DescribeConnector: describeConnector,
  UpdateConnector: updateConnector,
  DeleteConnector: deleteConnector,
  ListConnectors: listConnectors,
};
