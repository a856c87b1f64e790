import type { DescribedProfile } from '@aws-sdk/client-transfer';
import { InvalidRequestException, ResourceExistsException } from '@aws-sdk/client-transfer';
import type { GatewayContext } from '../../request/context';
import { operationOf, type OutputOf, type TransferCommand } from '../../upstream/client';
import { createOnce } from '../../writes/create-outcome';
import { fromUpstreamError } from '../../upstream/errors';
import { checkAgainstModel, inputSummary } from '../../upstream/model-check';
import { importProblems } from '../certificate/pem';
import { agreementsOfServer } from './dependents';

/** Whether this request is resolving a dry run (set by runMutation around it). */
export const isDryRun = (ctx: GatewayContext): boolean => ctx.upstream.meter.planned !== undefined;

/** Quotas AWS keeps that a dry run checks itself (AWS Transfer Family AS2 quotas). */
const MAX_CERTIFICATES_PER_PROFILE = 10;
const MAX_AGREEMENTS_PER_SERVER = 100;

const invalid = (violations: string[]): void => {
  if (violations.length)
    throw fromUpstreamError(new InvalidRequestException({ Message: violations.join('; '), message: violations.join('; '), $metadata: {} }));
};

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
  if (ids && ids.length > MAX_CERTIFICATES_PER_PROFILE) {
    invalid([`Quota exceeded: at most ${MAX_CERTIFICATES_PER_PROFILE} certificates per profile; CertificateIds names ${ids.length}`]);
  }
  await Promise.all((ids ?? []).map((id) => at.loaders.certificate.load(id)));
}

function directories(input: { BaseDirectory?: string; CustomDirectories?: object }, required: boolean): string[] {
  const given = (input.BaseDirectory !== undefined ? 1 : 0) + (input.CustomDirectories !== undefined ? 1 : 0);
  if (given === 2) return ['Specify either BaseDirectory or CustomDirectories, not both'];
  if (given === 0 && required) return ['Specify either BaseDirectory or CustomDirectories'];
  return [];
}

/** The members of the write inputs that name what must exist (each only in some operations). */
interface WriteInput {
  CertificateId?: string;
  Certificate?: string;
  PrivateKey?: string;
  ProfileId?: string;
  As2Id?: string;
  CertificateIds?: string[];
  ServerId?: string;
  AgreementId?: string;
  ConnectorId?: string;
  LocalProfileId?: string;
  PartnerProfileId?: string;
  BaseDirectory?: string;
  CustomDirectories?: object;
  As2Config?: ConnectorInput['As2Config'];
}

/** The members of a CreateConnector input its cross-field rules read. */
interface ConnectorInput {
  Url?: string;
  SecurityPolicyName?: string;
  EgressConfig?: object;
  As2Config: {
    LocalProfileId?: string;
    PartnerProfileId?: string;
    EncryptionAlgorithm?: string;
    MdnResponse?: string;
    AsyncMdnConfig?: { Url?: string; ServerIds?: string[] };
  };
}

const schemeOf = (value: string | undefined): string | undefined => {
  try {
    return value ? new URL(value).protocol.slice(0, -1) : undefined;
  } catch {
    return undefined;
  }
};

/** The cross-field rules of a new AS2 connector, as AWS words them (the CreateConnector and As2ConnectorConfig docs). */
function as2ConnectorProblems(c: ConnectorInput): string[] {
  const problems: string[] = [];
  const as2 = c.As2Config;
  const scheme = schemeOf(c.Url);
  if (!c.Url) problems.push('Url is required for an AS2 connector');
  else if (scheme !== 'http' && scheme !== 'https')
    problems.push(`Url of an AS2 connector must be an http:// or https:// URL, got ${JSON.stringify(c.Url)}`);
  if (!as2.LocalProfileId) problems.push('As2Config.LocalProfileId is required for an AS2 connector');
  if (!as2.PartnerProfileId) problems.push('As2Config.PartnerProfileId is required for an AS2 connector');
  // "You can only specify NONE if the URL for your connector uses HTTPS" (As2ConnectorConfig.EncryptionAlgorithm).
  if (as2.EncryptionAlgorithm === 'NONE' && scheme !== 'https') {
    problems.push(`As2Config.EncryptionAlgorithm NONE needs an https:// Url, got ${JSON.stringify(c.Url ?? null)}`);
  }
  if (as2.MdnResponse === 'ASYNC') {
    if (!as2.AsyncMdnConfig?.Url) problems.push('As2Config.MdnResponse ASYNC needs As2Config.AsyncMdnConfig.Url');
    if (!as2.AsyncMdnConfig?.ServerIds?.length) problems.push('As2Config.MdnResponse ASYNC needs As2Config.AsyncMdnConfig.ServerIds');
  }
  const mdnUrl = as2.AsyncMdnConfig?.Url;
  if (mdnUrl && !['http', 'https'].includes(schemeOf(mdnUrl) ?? '')) {
    problems.push(`As2Config.AsyncMdnConfig.Url must be an http:// or https:// URL, got ${JSON.stringify(mdnUrl)}`);
  }
  if (c.SecurityPolicyName) problems.push('SecurityPolicyName applies only to SFTP connectors');
  if (c.EgressConfig) problems.push('EgressConfig applies only to SFTP connectors');
  return problems;
}

/** A connector's profiles exist and are of the right type, its async-MDN servers exist and speak AS2. */
async function connectorReferences(at: GatewayContext, as2: ConnectorInput['As2Config'] | undefined): Promise<void> {
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
 * they show in extensions.cost): what the input names must exist (NOT_FOUND from the Describe, on the field that
 * named it), profiles must be of the right type, quotas must have room. Each throws what AWS would answer.
 */
async function checkReferences(at: GatewayContext, command: TransferCommand): Promise<void> {
  const input = command.input as WriteInput;
  switch (operationOf(command)) {
    case 'ImportCertificate':
      invalid(importProblems(input.Certificate!, input.PrivateKey));
      return;
    case 'UpdateCertificate':
    case 'DeleteCertificate':
      await at.loaders.certificate.load(input.CertificateId!);
      return;
    case 'CreateProfile':
      if (/\s/.test(input.As2Id!)) invalid([`As2Id must not include spaces, got ${JSON.stringify(input.As2Id)}`]);
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
      const protocols = server.Protocols ?? [];
      const violations = protocols.includes('AS2')
        ? []
        : [`Server ${input.ServerId} does not have AS2 among its Protocols [${protocols.join(', ')}]; agreements need an AS2 server`];
      violations.push(...(await profileOfType(at, 'LocalProfileId', input.LocalProfileId, 'LOCAL')));
      violations.push(...(await profileOfType(at, 'PartnerProfileId', input.PartnerProfileId, 'PARTNER')));
      violations.push(...directories(input, true));
      invalid(violations);
      const agreements = await agreementsOfServer(at, input.ServerId!);
      const twin = agreements.find((a) => a.LocalProfileId === input.LocalProfileId && a.PartnerProfileId === input.PartnerProfileId);
      if (twin) {
        const message = `Server ${input.ServerId} already has agreement ${twin.AgreementId} between local profile ${input.LocalProfileId} and partner profile ${input.PartnerProfileId}`;
        throw fromUpstreamError(
          new ResourceExistsException({ Message: message, message, Resource: twin.AgreementId!, ResourceType: 'Agreement', $metadata: {} }),
        );
      }
      if (agreements.length >= MAX_AGREEMENTS_PER_SERVER)
        invalid([`Quota exceeded: at most ${MAX_AGREEMENTS_PER_SERVER} agreements per server`]);
      return;
    }
    case 'UpdateAgreement':
      await at.loaders.agreement.load({ serverId: input.ServerId!, agreementId: input.AgreementId! });
      invalid([
        ...(await profileOfType(at, 'LocalProfileId', input.LocalProfileId, 'LOCAL')),
        ...(await profileOfType(at, 'PartnerProfileId', input.PartnerProfileId, 'PARTNER')),
        ...directories(input, false),
      ]);
      return;
    case 'DeleteAgreement':
      await at.loaders.agreement.load({ serverId: input.ServerId!, agreementId: input.AgreementId! });
      return;
    case 'CreateConnector':
    case 'UpdateConnector':
      if (input.ConnectorId) await at.loaders.connector.load(input.ConnectorId);
      if (!input.ConnectorId && input.As2Config) invalid(as2ConnectorProblems(input as ConnectorInput));
      await connectorReferences(at, input.As2Config);
      return;
    case 'DeleteConnector':
    case 'StartFileTransfer':
      await at.loaders.connector.load(input.ConnectorId!);
      return;
    case 'UpdateServer':
    case 'DeleteServer':
    case 'StartServer':
    case 'StopServer':
      await at.loaders.server.load(input.ServerId!);
      return;
    default:
      return;
  }
}

/** In a dry run: checks the command as AWS would (model, then references and quotas) and records it as planned. */
async function plan(at: GatewayContext, command: TransferCommand): Promise<void> {
  checkAgainstModel(command);
  await checkReferences(at, command);
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
