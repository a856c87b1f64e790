import type {
  CreateConnectorRequest,
  CreateConnectorResponse,
  DeleteConnectorRequest,
  DescribeConnectorRequest,
  DescribeConnectorResponse,
  DescribedConnector,
  ListConnectorsRequest,
  ListConnectorsResponse,
  ListedConnector,
  UpdateConnectorRequest,
  UpdateConnectorResponse,
} from '@aws-sdk/client-transfer';
import type { OperationContext } from '../context';
import { refuseIf } from '../errors';
import { arn, newId } from '../ids';
import { page } from '../pagination';
import type { ConnectorRecord } from '../records';
import { createConnectorProblems, mergedConnector, newConnectorSettings, updateConnectorProblems } from '../rules/connector-rules';
import { accountQuotaProblem } from '../rules/quotas';
import { compact, mustGet, tagsOrUndefined } from './common';
import { checkAs2References, refuse, serviceManagedEgressIps } from './connector-rules';

/** CreateConnector: one AS2 or SFTP connector, checked whole, with the documented defaults filled in. */
export function createConnector(ctx: OperationContext, input: CreateConnectorRequest): CreateConnectorResponse {
  refuse(createConnectorProblems(input));
  refuseIf(accountQuotaProblem('connectorsPerAccount', ctx.state.connectors.size));
  checkAs2References(ctx, input.As2Config);
  const ConnectorId = newId.connector();
  const settings = newConnectorSettings(input);
  const described: DescribedConnector = compact({
    Arn: arn.connector(ctx, ConnectorId),
    ConnectorId,
    ...settings,
    AccessRole: input.AccessRole,
    LoggingRole: input.LoggingRole,
    Tags: tagsOrUndefined(input.Tags),
    ServiceManagedEgressIpAddresses: settings.EgressType === 'VPC_LATTICE' ? undefined : serviceManagedEgressIps(ctx),
    // Creation is immediate in the emulator: a connector is never PENDING or ERRORED.
    Status: 'ACTIVE',
    IpAddressType: input.IpAddressType ?? 'IPV4',
  });
  ctx.store.put(ctx.region, 'connectors', ConnectorId, { seq: ctx.store.nextSeq(), described });
  return { ConnectorId };
}

/** DescribeConnector: the stored connector, unset optional members omitted. */
export function describeConnector(ctx: OperationContext, input: DescribeConnectorRequest): DescribeConnectorResponse {
  return { Connector: mustGet(ctx, 'connectors', input.ConnectorId!).described };
}

/**
 * Changes only the members given (rules/connector-rules.ts: mergedConnector). The merged connector must pass the
 * same rules as a new one; a connector cannot change protocol or egress type.
 */
export function updateConnector(ctx: OperationContext, input: UpdateConnectorRequest): UpdateConnectorResponse {
  const record = mustGet(ctx, 'connectors', input.ConnectorId!);
  refuse(updateConnectorProblems(record.described, input));
  checkAs2References(ctx, input.As2Config);
  ctx.store.put(ctx.region, 'connectors', input.ConnectorId!, { ...record, described: mergedConnector(record.described, input) });
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
