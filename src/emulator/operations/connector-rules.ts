import { createHash } from 'node:crypto';
import type { As2ConnectorConfig, DescribedConnector, SftpConnectorConfig } from '@aws-sdk/client-transfer';
import type { OperationContext } from '../context';
import { invalidRequest, notFound } from '../errors';
import { securityPolicyProblem } from '../security-policies';
import { mustGet } from './common';

/** Connectors per account and region, SFTP and AS2 together (AWS AS2 quotas: 100, adjustable). */
export const MAX_CONNECTORS = 100;

/** SftpConnectorConfig.MaxConcurrentConnections default; the model gives only min 1, its documentation default 1 and maximum 5. */
export const DEFAULT_MAX_CONCURRENT_CONNECTIONS = 1;
/** SftpConnectorConfig.MaxConcurrentConnections maximum (model documentation). */
export const MAX_CONCURRENT_CONNECTIONS = 5;

/** ConnectorVpcLatticeEgressConfig.PortNumber "defaults to 22 if not specified" (model documentation). */
export const DEFAULT_SFTP_PORT = 22;

// "For the trusted host key, Transfer Family accepts RSA and ECDSA keys" (SftpConnectorConfig.TrustedHostKeys docs).
const HOST_KEY_TYPES = new Set(['ssh-rsa', 'ecdsa-sha2-nistp256', 'ecdsa-sha2-nistp384', 'ecdsa-sha2-nistp521']);

/** The URL's scheme and host, or undefined when it does not parse as an absolute URL with a host. */
export function parseUrl(value: string | undefined): { scheme: string; host: string } | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.hostname ? { scheme: url.protocol.slice(0, -1), host: url.hostname } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Cross-field rules on a whole connector as it would be stored (after defaults, or after an update's merge).
 * Returns every broken rule, so that one InvalidRequestException can name them all.
 */
export function connectorProblems(c: DescribedConnector): string[] {
  const problems: string[] = [];
  if (!!c.As2Config === !!c.SftpConfig) {
    problems.push('Specify exactly one of As2Config or SftpConfig');
    return problems;
  }
  if (c.As2Config) as2Problems(c, c.As2Config, problems);
  else sftpProblems(c, c.SftpConfig!, problems);
  return problems;
}

function as2Problems(c: DescribedConnector, as2: As2ConnectorConfig, problems: string[]): void {
  const url = parseUrl(c.Url);
  if (!c.Url) problems.push('Url is required for an AS2 connector');
  else if (!url || (url.scheme !== 'http' && url.scheme !== 'https')) {
    problems.push(`Url of an AS2 connector must be an http:// or https:// URL, got ${JSON.stringify(c.Url)}`);
  }
  if (!as2.LocalProfileId) problems.push('As2Config.LocalProfileId is required for an AS2 connector');
  if (!as2.PartnerProfileId) problems.push('As2Config.PartnerProfileId is required for an AS2 connector');
  // "You can only specify NONE if the URL for your connector uses HTTPS" (As2ConnectorConfig.EncryptionAlgorithm).
  if (as2.EncryptionAlgorithm === 'NONE' && url?.scheme !== 'https') {
    problems.push(`As2Config.EncryptionAlgorithm NONE needs an https:// Url, got ${JSON.stringify(c.Url ?? null)}`);
  }
  if (as2.MdnResponse === 'ASYNC') {
    const mdn = as2.AsyncMdnConfig;
    if (!mdn?.Url) problems.push('As2Config.MdnResponse ASYNC needs As2Config.AsyncMdnConfig.Url');
    if (!mdn?.ServerIds?.length) problems.push('As2Config.MdnResponse ASYNC needs As2Config.AsyncMdnConfig.ServerIds');
  }
  const mdnUrl = as2.AsyncMdnConfig?.Url;
  if (mdnUrl && !['http', 'https'].includes(parseUrl(mdnUrl)?.scheme ?? '')) {
    problems.push(`As2Config.AsyncMdnConfig.Url must be an http:// or https:// URL, got ${JSON.stringify(mdnUrl)}`);
  }
  if (c.SecurityPolicyName) problems.push('SecurityPolicyName applies only to SFTP connectors');
  if (c.EgressConfig) problems.push('EgressConfig applies only to SFTP connectors');
}

function sftpProblems(c: DescribedConnector, sftp: SftpConnectorConfig, problems: string[]): void {
  const lattice = c.EgressType === 'VPC_LATTICE';
  if (lattice && c.Url) problems.push('Url must not be set for a connector with a VPC_LATTICE EgressConfig');
  if (!lattice) {
    const url = parseUrl(c.Url);
    if (!c.Url) problems.push('Url is required for an SFTP connector without EgressConfig');
    else if (url?.scheme !== 'sftp') problems.push(`Url of an SFTP connector must be an sftp:// URL, got ${JSON.stringify(c.Url)}`);
  }
  if (!sftp.UserSecretId) problems.push('SftpConfig.UserSecretId is required for an SFTP connector');
  const policy = c.SecurityPolicyName && securityPolicyProblem(c.SecurityPolicyName, 'CONNECTOR');
  if (policy) problems.push(policy);
  const connections = sftp.MaxConcurrentConnections;
  if (connections !== undefined && connections > MAX_CONCURRENT_CONNECTIONS) {
    problems.push(`SftpConfig.MaxConcurrentConnections must be at most ${MAX_CONCURRENT_CONNECTIONS}, got ${connections}`);
  }
  (sftp.TrustedHostKeys ?? []).forEach((key, i) => {
    const problem = hostKeyProblem(key, lattice);
    if (problem) problems.push(`SftpConfig.TrustedHostKeys[${i}] ${problem}`);
  });
}

/** A trusted host key is `[host] key-type key-body`; VPC Lattice connectors take no host name. */
function hostKeyProblem(key: string, lattice: boolean): string | undefined {
  const parts = key.trim().split(/\s+/);
  const typeAt = parts.length === 3 && !lattice ? 1 : 0;
  const shape = lattice ? 'key-type key-body' : '[host] key-type key-body';
  if (parts.length !== typeAt + 2) return `must have the form ${shape}`;
  if (!HOST_KEY_TYPES.has(parts[typeAt])) {
    return `must be an RSA or ECDSA key (${[...HOST_KEY_TYPES].join(', ')}), got key type ${JSON.stringify(parts[typeAt])}`;
  }
  return undefined;
}

/** Throws one InvalidRequestException naming every problem, if there are any. */
export function refuse(problems: string[]): void {
  if (problems.length) throw invalidRequest(problems.join('; '));
}

/**
 * The referential rules of an AS2 configuration: profiles exist and have the right type, async-MDN servers exist
 * and speak AS2. Only the members given are checked, so that an update need not revisit what it leaves alone.
 */
export function checkAs2References(ctx: OperationContext, as2: As2ConnectorConfig | undefined): void {
  if (!as2) return;
  checkProfile(ctx, 'LocalProfileId', as2.LocalProfileId, 'LOCAL');
  checkProfile(ctx, 'PartnerProfileId', as2.PartnerProfileId, 'PARTNER');
  for (const serverId of as2.AsyncMdnConfig?.ServerIds ?? []) {
    const server = ctx.state.servers.get(serverId);
    if (!server) throw notFound('Server', serverId);
    const protocols = server.described.Protocols;
    if (protocols && !protocols.includes('AS2')) {
      throw invalidRequest(`As2Config.AsyncMdnConfig.ServerIds: server ${serverId} must have the AS2 protocol, has ${protocols.join(', ')}`);
    }
  }
}

function checkProfile(ctx: OperationContext, member: string, id: string | undefined, type: 'LOCAL' | 'PARTNER'): void {
  if (!id) return;
  const actual = mustGet(ctx, 'profiles', id).described.ProfileType;
  if (actual !== type) throw invalidRequest(`As2Config.${member} must name a ${type} profile, but ${id} is a ${actual} profile`);
}

/**
 * The static egress IPs of service-managed connectors: the emulator gives every connector of one account and region
 * the same three addresses, taken from TEST-NET-2 (RFC 5737) so that they can never be mistaken for real ones.
 */
export function serviceManagedEgressIps(ctx: OperationContext): string[] {
  const base = 1 + (createHash('sha256').update(`${ctx.accountId}:${ctx.region}`).digest().readUInt8(0) % 250);
  return [0, 1, 2].map((i) => `198.51.100.${base + i}`);
}
