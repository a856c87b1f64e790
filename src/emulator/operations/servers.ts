import type {
  CreateServerRequest,
  CreateServerResponse,
  DeleteServerRequest,
  DescribeServerRequest,
  DescribeServerResponse,
  ListedServer,
  ListServersRequest,
  ListServersResponse,
  StartServerRequest,
  StopServerRequest,
  TestIdentityProviderRequest,
  TestIdentityProviderResponse,
  UpdateServerRequest,
  UpdateServerResponse,
} from '@aws-sdk/client-transfer';
import type { OperationContext } from '../context';
import { invalidRequest, notFound } from '../errors';
import { arn, newId } from '../ids';
import { page } from '../pagination';
import type { ServerRecord } from '../records';
import { compact, mustGet, tagsOrUndefined } from './common';
import { generatedHostKeyFingerprint, hostKeyFingerprint } from '../rules/host-key';
import {
  createDraft,
  createServerViolations,
  startServerProblem,
  stopServerProblem,
  testIdentityProviderProblem,
  updateDraft,
  updateServerViolations,
} from '../rules/server-rules';
import { withServiceDefaults } from './server-settings';
import { presentServer, serverState, settled, transitioned } from './server-state';

/** Every cross-field violation of one request in one InvalidRequestException. */
function refuse(violations: string[]): void {
  if (violations.length) throw invalidRequest(violations.join('; '));
}

/** The fingerprint of a given HostKey (checked already); an undefined HostKey (or "") keeps `current`. */
const fingerprintFor = (hostKey: string | undefined, current: () => string): string =>
  (hostKey && hostKeyFingerprint(hostKey)) || current();

/** CreateServer: the request over AWS defaults, checked across members; answers the new ServerId. */
export function createServer(ctx: OperationContext, input: CreateServerRequest): CreateServerResponse {
  refuse(createServerViolations(input));
  const draft = createDraft(input);
  // AWS generates a host key when none is given; only its fingerprint is ever shown.
  const HostKeyFingerprint = fingerprintFor(input.HostKey, generatedHostKeyFingerprint);
  const ServerId = newId.server();
  const described = compact({
    ...withServiceDefaults(draft),
    Arn: arn.server(ctx, ServerId),
    ServerId,
    HostKeyFingerprint,
    Tags: tagsOrUndefined(input.Tags),
    UserCount: 0,
  });
  // A new server shows STARTING, then ONLINE ("It can take several minutes", AWS B2B guide).
  const record = transitioned(ctx, { seq: ctx.store.nextSeq(), described }, 'STARTING', 'ONLINE');
  ctx.store.put(ctx.region, 'servers', ServerId, record);
  return { ServerId };
}

/** DescribeServer: the stored server with its state as of now. */
export function describeServer(ctx: OperationContext, input: DescribeServerRequest): DescribeServerResponse {
  return { Server: presentServer(mustGet(ctx, 'servers', input.ServerId!), ctx.now()) };
}

/** Domain is not an UpdateServer member, so it cannot change: the model says so and the wire drops it. */
export function updateServer(ctx: OperationContext, input: UpdateServerRequest): UpdateServerResponse {
  const record = settled(mustGet(ctx, 'servers', input.ServerId!), ctx.now());
  const before = record.described;
  refuse(updateServerViolations(before, serverState(record, ctx.now()), input));
  const draft = updateDraft(before, input);
  const HostKeyFingerprint = fingerprintFor(input.HostKey, () => before.HostKeyFingerprint!);
  ctx.store.put(ctx.region, 'servers', input.ServerId!, { ...record, described: { ...withServiceDefaults(draft), HostKeyFingerprint } });
  return { ServerId: input.ServerId };
}

/** An agreement lives under its server, so it goes with it. */
export function deleteServer(ctx: OperationContext, input: DeleteServerRequest): void {
  mustGet(ctx, 'servers', input.ServerId!);
  const agreements = ctx.state.agreements.values().filter((a) => a.described.ServerId === input.ServerId);
  for (const agreement of agreements) ctx.store.remove(ctx.region, 'agreements', agreement.described.AgreementId!);
  ctx.store.remove(ctx.region, 'servers', input.ServerId!);
}

/** Model: OFFLINE -> STARTING -> ONLINE; "no impact on a server that is already ONLINE" (nor on one STARTING). */
export function startServer(ctx: OperationContext, input: StartServerRequest): void {
  const record = settled(mustGet(ctx, 'servers', input.ServerId!), ctx.now());
  const state = serverState(record, ctx.now());
  const problem = startServerProblem(input.ServerId!, state);
  if (problem) throw invalidRequest(problem);
  if (state === 'ONLINE' || state === 'STARTING') return;
  ctx.store.put(ctx.region, 'servers', input.ServerId!, transitioned(ctx, record, 'STARTING', 'ONLINE'));
}

/** Model: ONLINE -> STOPPING -> OFFLINE; the emulator lets a stop of an OFFLINE or STOPPING server pass quietly too. */
export function stopServer(ctx: OperationContext, input: StopServerRequest): void {
  const record = settled(mustGet(ctx, 'servers', input.ServerId!), ctx.now());
  const state = serverState(record, ctx.now());
  const problem = stopServerProblem(input.ServerId!, state);
  if (problem) throw invalidRequest(problem);
  if (state === 'OFFLINE' || state === 'STOPPING') return;
  ctx.store.put(ctx.region, 'servers', input.ServerId!, transitioned(ctx, record, 'STOPPING', 'OFFLINE'));
}

/** ListServers: ListedServer summaries in creation order, paged. */
export function listServers(ctx: OperationContext, input: ListServersRequest): ListServersResponse {
  const { items, NextToken } = page({
    secret: ctx.store.tokenSecret,
    operation: 'ListServers',
    region: ctx.region,
    params: {},
    collection: ctx.state.servers,
    maxResults: input.MaxResults,
    nextToken: input.NextToken,
  });
  const now = ctx.now();
  return compact({ Servers: items.map((r) => listedServer(r, now)), NextToken });
}

function listedServer(record: ServerRecord, now: number): ListedServer {
  const d = record.described;
  return compact({
    Arn: d.Arn,
    Domain: d.Domain,
    IdentityProviderType: d.IdentityProviderType,
    EndpointType: d.EndpointType,
    LoggingRole: d.LoggingRole,
    ServerId: d.ServerId,
    State: serverState(record, now),
    UserCount: d.UserCount,
  });
}

/** What TestIdentityProvider says instead of a provider's answer: the emulator never calls out. */
export const NO_PROVIDER_CALL_MESSAGE =
  'The Transfer Family emulator does not invoke external identity providers, so it authenticated nobody';

/**
 * Messages as AWS sends them (model docs of TestIdentityProvider): "Unknown server" and "<id> not configured for
 * external auth". For a custom provider the emulator answers 200 with the provider's location and an empty JSON
 * object as the provider's Response, which in the custom identity provider contract means "not authenticated".
 */
export function testIdentityProvider(ctx: OperationContext, input: TestIdentityProviderRequest): TestIdentityProviderResponse {
  const server = ctx.state.servers.get(input.ServerId!)?.described;
  if (!server) throw notFound('Server', input.ServerId!, 'Unknown server');
  const problem = testIdentityProviderProblem(server, input);
  if (problem) throw invalidRequest(problem);
  const details = server.IdentityProviderDetails ?? {};
  const Url = details.Url ?? details.Function ?? details.DirectoryId ?? '';
  return { StatusCode: 200, Url, Response: '{}', Message: `${NO_PROVIDER_CALL_MESSAGE}; nothing was sent to ${Url}` };
}

/** The server wire actions, by operation name. */
export const serverOperations = {
  CreateServer: createServer,
  DescribeServer: describeServer,
  UpdateServer: updateServer,
  DeleteServer: deleteServer,
  StartServer: startServer,
  StopServer: stopServer,
  ListServers: listServers,
  TestIdentityProvider: testIdentityProvider,
};
