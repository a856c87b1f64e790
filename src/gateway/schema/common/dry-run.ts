import type {
  CertificateUsageType,
  CreateConnectorRequest,
  CreateServerRequest,
  DescribedProfile,
  DescribedServer,
  StartFileTransferRequest,
  Tag,
  TestIdentityProviderRequest,
  UpdateConnectorRequest,
  UpdateServerRequest,
} from '@aws-sdk/client-transfer';
import { InvalidRequestException, ResourceExistsException } from '@aws-sdk/client-transfer';
import type { GatewayContext } from '../../request/context';
import { operationOf, type OutputOf, type TransferCommand } from '../../upstream/client';
import { createOnce } from '../../writes/create-outcome';
import { fromUpstreamError } from '../../upstream/errors';
import { type ListSource, MAX_AWS_PAGE } from '../../upstream/list-source';
import { checkAgainstModel, inputSummary } from '../../upstream/model-check';
import { inspectCertificatePem } from '../../upstream/rules/certificate-pem';
import { as2ServerProblem, duplicateAgreementMessage } from '../../upstream/rules/agreement-rules';
import { windowProblems } from '../../upstream/rules/certificate-rules';
import { createConnectorProblems, updateConnectorProblems } from '../../upstream/rules/connector-rules';
import {
  type AccountQuota,
  accountQuotaProblem,
  agreementsPerServerProblem,
  certificatesPerProfileProblem,
  taggedWith,
  tagsPerResourceProblem,
} from '../../upstream/rules/quotas';
import {
  createServerViolations,
  startServerProblem,
  stopServerProblem,
  testIdentityProviderProblem,
  updateServerViolations,
} from '../../upstream/rules/server-rules';
import { fileTransferProblems } from '../../upstream/rules/transfer-rules';
import { directories, onTheWire } from './request-rules';
import { agreementsOfServer } from './dependents';

/** Whether this request is resolving a dry run (set by runMutation around it). */
export const isDryRun = (ctx: GatewayContext): boolean => ctx.upstream.meter.planned !== undefined;

const invalid = (violations: string[]): void => {
  if (violations.length)
    throw fromUpstreamError(new InvalidRequestException({ Message: violations.join('; '), message: violations.join('; '), $metadata: {} }));
};

/** The refusal AWS would answer, if the rule (src/gateway/upstream/rules/, the emulator's rules) gives one. */
const refuseIf = (problem: string | undefined): void => invalid(problem ? [problem] : []);

/**
 * Refuses one more item of an account quota when the account's list already holds the quota's worth: one List call
 * of a page of 1,000, as every such quota is at most 1,000 (a NextToken means a full page and more).
 */
async function accountQuota(quota: AccountQuota, list: ListSource<unknown>): Promise<void> {
  const page = await list.fetch(null, MAX_AWS_PAGE);
  refuseIf(accountQuotaProblem(quota, page.nextToken ? MAX_AWS_PAGE + 1 : page.items.length));
}

/**
 * A server as AWS keeps it, from what DescribeServer shows: the model says IdentityProviderDetails "is not populated
 * when the IdentityProviderType of a server is AWS_DIRECTORY_SERVICE", yet AWS holds that server's DirectoryId.
 */
function asKept(server: DescribedServer): DescribedServer {
  if (server.IdentityProviderType !== 'AWS_DIRECTORY_SERVICE' || server.IdentityProviderDetails?.DirectoryId) return server;
  return { ...server, IdentityProviderDetails: { ...server.IdentityProviderDetails, DirectoryId: '(held by AWS)' } };
}

/** The tags the resource an ARN names has now, from its Describe (the request's loader, which found the ARN). */
async function tagsOf(at: GatewayContext, arn: string): Promise<Tag[]> {
  const [, type, first, second] = /:(server|agreement|profile|certificate|connector)\/([^/]+)(?:\/([^/]+))?$/.exec(arn) ?? [];
  const describe: Record<string, () => Promise<{ Tags?: Tag[] }>> = {
    server: () => at.loaders.server.load(first),
    agreement: () => at.loaders.agreement.load({ serverId: first, agreementId: second }),
    profile: () => at.loaders.profile.load(first),
    certificate: () => at.loaders.certificate.load(first),
    connector: () => at.loaders.connector.load(first),
  };
  return type ? ((await describe[type]()).Tags ?? []) : [];
}

/** The profile a member names, and the violation AWS answers when it is of the other type (or NOT_FOUND when none). */
async function profileOfType(
  at: GatewayContext,
  member: string,
  profileId: string | undefined,
  expected: 'LOCAL' | 'PARTNER',
): Promise<string[]> {
  if (profileId === undefined) return [];
  const profile: DescribedProfile = await at.loaders.profile.load(profileId);
  return profile.ProfileType === expected
    ? []
    : [`${member} ${profileId} is a ${profile.ProfileType} profile; expected a ${expected} profile`];
}

async function certificatesExist(at: GatewayContext, ids: string[] | undefined): Promise<void> {
  refuseIf(certificatesPerProfileProblem(ids));
  await Promise.all((ids ?? []).map((id) => at.loaders.certificate.load(id)));
}

/** ResourceExistsException when another agreement of the server joins the same local and partner profiles. */
function refuseDuplicate(
  serverId: string,
  self: string | undefined,
  local: string,
  partner: string,
  agreements: ReadonlyArray<{ AgreementId?: string; LocalProfileId?: string; PartnerProfileId?: string }>,
): void {
  const twin = agreements.find((a) => a.AgreementId !== self && a.LocalProfileId === local && a.PartnerProfileId === partner);
  if (!twin) return;
  const message = duplicateAgreementMessage(serverId, twin.AgreementId!, local, partner);
  throw fromUpstreamError(
    new ResourceExistsException({ Message: message, message, Resource: twin.AgreementId!, ResourceType: 'Agreement', $metadata: {} }),
  );
}

/** The members of the write inputs that name what must exist (each only in some operations). */
interface WriteInput {
  CertificateId?: string;
  Certificate?: string;
  PrivateKey?: string;
  ActiveDate?: Date;
  InactiveDate?: Date;
  ProfileId?: string;
  As2Id?: string;
  CertificateIds?: string[];
  ServerId?: string;
  AgreementId?: string;
  ConnectorId?: string;
  Usage?: CertificateUsageType;
  CertificateChain?: string;
  LocalProfileId?: string;
  PartnerProfileId?: string;
  BaseDirectory?: string;
  CustomDirectories?: object;
  As2Config?: As2References;
  Arn?: string;
  Tags?: Tag[];
}

/** What an AS2 configuration names: its profiles and its async-MDN servers. */
interface As2References {
  LocalProfileId?: string;
  PartnerProfileId?: string;
  AsyncMdnConfig?: { ServerIds?: string[] };
}

/** A connector's profiles exist and are of the right type, its async-MDN servers exist and speak AS2. */
async function connectorReferences(at: GatewayContext, as2: As2References | undefined): Promise<void> {
  if (!as2) return;
  for (const [member, id, type] of [
    ['LocalProfileId', as2.LocalProfileId, 'LOCAL'],
    ['PartnerProfileId', as2.PartnerProfileId, 'PARTNER'],
  ] as const) {
    if (!id) continue;
    const actual = (await at.loaders.profile.load(id)).ProfileType;
    if (actual !== type) invalid([`As2Config.${member} must name a ${type} profile, but ${id} is a ${actual} profile`]);
  }
  for (const serverId of as2.AsyncMdnConfig?.ServerIds ?? []) {
    const protocols = (await at.loaders.server.load(serverId)).Protocols;
    if (protocols && !protocols.includes('AS2')) {
      invalid([`As2Config.AsyncMdnConfig.ServerIds: server ${serverId} must have the AS2 protocol, has ${protocols.join(', ')}`]);
    }
  }
}

/**
 * The checks AWS makes beyond the model before it writes, made by reading instead (through the request's loaders, so
 * they show in extensions.cost), in the order the emulator makes them: what the input names must exist (NOT_FOUND from
 * the Describe, on the field that named it), profiles must be of the right type, quotas must have room, a server's or
 * connector's settings (new, or as an update would leave them) must keep the rules. Quotas and settings rules are the
 * emulator's own (src/gateway/upstream/rules/ is generated from src/emulator/rules/). Each throws what AWS would answer.
 */
async function checkBeyondModel(at: GatewayContext, command: TransferCommand): Promise<void> {
  const input = command.input as WriteInput;
  switch (operationOf(command)) {
    case 'ImportCertificate': {
      const { facts, problems } = inspectCertificatePem({
        certificate: input.Certificate!,
        chain: input.CertificateChain,
        privateKey: input.PrivateKey,
        usage: input.Usage,
      });
      if (facts) {
        problems.push(
          ...windowProblems({
            ActiveDate: input.ActiveDate ?? facts.notBefore,
            InactiveDate: input.InactiveDate ?? facts.notAfter,
            NotBeforeDate: facts.notBefore,
            NotAfterDate: facts.notAfter,
          }),
        );
      }
      invalid(problems);
      await accountQuota('certificatesPerAccount', at.loaders.certificates());
      return;
    }
    case 'UpdateCertificate': {
      const before = await at.loaders.certificate.load(input.CertificateId!);
      invalid(
        windowProblems({
          ActiveDate: input.ActiveDate ?? before.ActiveDate!,
          InactiveDate: input.InactiveDate ?? before.InactiveDate!,
          NotBeforeDate: before.NotBeforeDate!,
          NotAfterDate: before.NotAfterDate!,
        }),
      );
      return;
    }
    case 'DeleteCertificate':
      await at.loaders.certificate.load(input.CertificateId!);
      return;
    case 'CreateProfile':
      if (/\s/.test(input.As2Id!)) invalid([`As2Id must not include spaces, got ${JSON.stringify(input.As2Id)}`]);
      await accountQuota('profilesPerAccount', at.loaders.profiles());
      await certificatesExist(at, input.CertificateIds);
      return;
    case 'UpdateProfile':
      await at.loaders.profile.load(input.ProfileId!);
      await certificatesExist(at, input.CertificateIds);
      return;
    case 'DeleteProfile':
      await at.loaders.profile.load(input.ProfileId!);
      return;
    case 'CreateAgreement': {
      const server = await at.loaders.server.load(input.ServerId!);
      const notAs2 = as2ServerProblem(input.ServerId!, server.Protocols ?? []);
      const violations = notAs2 ? [notAs2] : [];
      violations.push(...(await profileOfType(at, 'LocalProfileId', input.LocalProfileId, 'LOCAL')));
      violations.push(...(await profileOfType(at, 'PartnerProfileId', input.PartnerProfileId, 'PARTNER')));
      violations.push(...directories(input, true));
      invalid(violations);
      const agreements = await agreementsOfServer(at, input.ServerId!);
      refuseDuplicate(input.ServerId!, undefined, input.LocalProfileId!, input.PartnerProfileId!, agreements);
      refuseIf(agreementsPerServerProblem(input.ServerId!, agreements.length));
      return;
    }
    case 'UpdateAgreement': {
      const before = await at.loaders.agreement.load({ serverId: input.ServerId!, agreementId: input.AgreementId! });
      invalid([
        ...(await profileOfType(at, 'LocalProfileId', input.LocalProfileId, 'LOCAL')),
        ...(await profileOfType(at, 'PartnerProfileId', input.PartnerProfileId, 'PARTNER')),
        ...directories(input, false),
      ]);
      if (input.LocalProfileId === undefined && input.PartnerProfileId === undefined) return;
      refuseDuplicate(
        input.ServerId!,
        input.AgreementId,
        input.LocalProfileId ?? before.LocalProfileId!,
        input.PartnerProfileId ?? before.PartnerProfileId!,
        await agreementsOfServer(at, input.ServerId!),
      );
      return;
    }
    case 'DeleteAgreement':
      await at.loaders.agreement.load({ serverId: input.ServerId!, agreementId: input.AgreementId! });
      return;
    case 'CreateConnector':
      invalid(createConnectorProblems(onTheWire(command.input as CreateConnectorRequest)));
      await accountQuota('connectorsPerAccount', at.loaders.connectors());
      await connectorReferences(at, input.As2Config);
      return;
    case 'UpdateConnector': {
      const before = await at.loaders.connector.load(input.ConnectorId!);
      invalid(updateConnectorProblems(before, onTheWire(command.input as UpdateConnectorRequest)));
      await connectorReferences(at, input.As2Config);
      return;
    }
    case 'DeleteConnector':
      await at.loaders.connector.load(input.ConnectorId!);
      return;
    case 'StartFileTransfer': {
      const connector = await at.loaders.connector.load(input.ConnectorId!);
      invalid(fileTransferProblems(onTheWire(command.input as StartFileTransferRequest), !!connector.As2Config));
      return;
    }
    case 'CreateServer':
      invalid(createServerViolations(onTheWire(command.input as CreateServerRequest)));
      return;
    case 'UpdateServer': {
      const before = await at.loaders.server.load(input.ServerId!);
      invalid(updateServerViolations(asKept(before), before.State!, onTheWire(command.input as UpdateServerRequest)));
      return;
    }
    case 'StartServer':
      refuseIf(startServerProblem(input.ServerId!, (await at.loaders.server.load(input.ServerId!)).State!));
      return;
    case 'StopServer':
      refuseIf(stopServerProblem(input.ServerId!, (await at.loaders.server.load(input.ServerId!)).State!));
      return;
    case 'DeleteServer':
      await at.loaders.server.load(input.ServerId!);
      return;
    case 'TestIdentityProvider': {
      const server = await at.loaders.server.load(input.ServerId!);
      refuseIf(testIdentityProviderProblem(server, command.input as TestIdentityProviderRequest));
      return;
    }
    case 'TagResource':
      refuseIf(tagsPerResourceProblem(taggedWith(await tagsOf(at, input.Arn!), input.Tags ?? []).length));
      return;
    default:
      return;
  }
}

/** In a dry run: checks the command as AWS would (model, then references and quotas) and records it as planned. */
async function plan(at: GatewayContext, command: TransferCommand): Promise<void> {
  checkAgainstModel(command);
  await checkBeyondModel(at, command);
  at.upstream.meter.planned!.push({ operation: operationOf(command), input: inputSummary(command) });
}

/** Sends a write, or in a dry run checks and plans it (undefined: nothing was sent). */
export async function writeOrPlan<C extends TransferCommand>(at: GatewayContext, command: C): Promise<OutputOf<C> | undefined> {
  if (!isDryRun(at)) return at.upstream.write(command);
  await plan(at, command);
  return undefined;
}

/** Sends a create once (createOnce), or in a dry run checks and plans it (undefined: nothing was made). */
export async function createOrPlan<C extends TransferCommand>(at: GatewayContext, command: C): Promise<OutputOf<C> | undefined> {
  if (!isDryRun(at)) return createOnce(at, command);
  await plan(at, command);
  return undefined;
}
