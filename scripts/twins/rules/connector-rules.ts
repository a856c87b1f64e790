/**
 * The rules AWS applies to a connector in CreateConnector and UpdateConnector (AS2 and SFTP), as messages, and the
 * connector a request leaves. Self-contained (types and the modules beside it): the gateway's dry runs check the same
 * rules with a generated copy (scripts/twins/).
 */
import type {
  As2ConnectorConfig,
  ConnectorEgressConfig,
  CreateConnectorRequest,
  DescribedConnector,
  DescribedConnectorEgressConfig,
  SftpConnectorConfig,
  UpdateConnectorEgressConfig,
  UpdateConnectorRequest,
} from '@aws-sdk/client-transfer';
import { compact } from './compact';
import { securityPolicyProblem } from './security-policies';

/** What the rules read of a connector: the stored one, or the settings of a new one before AWS names it. */
export type ConnectorSettings = Partial<DescribedConnector>;

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
export function connectorProblems(c: ConnectorSettings): string[] {
  const problems: string[] = [];
  if (!!c.As2Config === !!c.SftpConfig) {
    problems.push('Specify exactly one of As2Config or SftpConfig');
    return problems;
  }
  if (c.As2Config) as2Problems(c, c.As2Config, problems);
  else sftpProblems(c, c.SftpConfig!, problems);
  return problems;
}

function as2Problems(c: ConnectorSettings, as2: As2ConnectorConfig, problems: string[]): void {
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

function sftpProblems(c: ConnectorSettings, sftp: SftpConnectorConfig, problems: string[]): void {
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

/** An AS2 configuration as stored: the documented API defaults filled in, an empty BasicAuthSecretId meaning none. */
export function storedAs2(as2: As2ConnectorConfig): As2ConnectorConfig {
  return compact({
    ...as2,
    // "The default value for this parameter is null, which indicates that Basic authentication is not enabled";
    // the documented way to turn it off again is BasicAuthSecretId="".
    BasicAuthSecretId: as2.BasicAuthSecretId || undefined,
    // "disabled by default when you create an AS2 connector by calling the API directly".
    PreserveContentType: as2.PreserveContentType ?? 'DISABLED',
  });
}

export function storedSftp(sftp: SftpConnectorConfig): SftpConnectorConfig {
  return compact({ ...sftp, MaxConcurrentConnections: sftp.MaxConcurrentConnections ?? DEFAULT_MAX_CONCURRENT_CONNECTIONS });
}

/** A union with no member set (`{}`) is as malformed as one with two; VpcLattice is the only member today. */
export function egressUnionProblems(egress: ConnectorEgressConfig | UpdateConnectorEgressConfig | undefined): string[] {
  return egress && !egress.VpcLattice ? ['EgressConfig must set VpcLattice'] : [];
}

export function describedEgress(ResourceConfigurationArn: string, PortNumber = DEFAULT_SFTP_PORT): DescribedConnectorEgressConfig {
  return { VpcLattice: { ResourceConfigurationArn, PortNumber } };
}

/** The settings of a new connector that its rules read, as CreateConnector would store them (defaults filled in). */
export function newConnectorSettings(input: CreateConnectorRequest): ConnectorSettings & Pick<DescribedConnector, 'EgressType'> {
  const lattice = input.EgressConfig?.VpcLattice;
  return compact({
    Url: input.Url || undefined,
    As2Config: input.As2Config && storedAs2(input.As2Config),
    SftpConfig: input.SftpConfig && storedSftp(input.SftpConfig),
    SecurityPolicyName: input.SecurityPolicyName,
    EgressConfig: lattice && describedEgress(lattice.ResourceConfigurationArn!, lattice.PortNumber),
    EgressType: lattice ? 'VPC_LATTICE' : 'SERVICE_MANAGED',
  });
}

/** Every rule a CreateConnector request breaks. */
export function createConnectorProblems(input: CreateConnectorRequest): string[] {
  return [...egressUnionProblems(input.EgressConfig), ...connectorProblems(newConnectorSettings(input))];
}

/**
 * The connector an UpdateConnector leaves: only the members given change. As2Config, SftpConfig and
 * EgressConfig.VpcLattice merge member by member (the model documents turning Basic authentication off with
 * `--as2-config 'BasicAuthSecretId=""'`, which only makes sense if the other As2Config members survive); lists and
 * AsyncMdnConfig replace whole.
 */
export function mergedConnector(d: DescribedConnector, input: UpdateConnectorRequest): DescribedConnector {
  const lattice = input.EgressConfig?.VpcLattice;
  const current = d.EgressConfig?.VpcLattice;
  return compact({
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
}

/**
 * Every rule an UpdateConnector request breaks, given the connector before it: first what no update may do (change
 * protocol or egress type); only when it does none of that, the rules the merged connector must pass like a new one.
 */
export function updateConnectorProblems(d: DescribedConnector, input: UpdateConnectorRequest): string[] {
  const problems = egressUnionProblems(input.EgressConfig);
  if (input.As2Config && !d.As2Config) problems.push('As2Config cannot be given for an SFTP connector: a connector cannot change protocol');
  if (input.SftpConfig && !d.SftpConfig)
    problems.push('SftpConfig cannot be given for an AS2 connector: a connector cannot change protocol');
  if (input.EgressConfig?.VpcLattice && d.EgressType !== 'VPC_LATTICE') {
    problems.push(`EgressConfig cannot be given for a ${d.EgressType} connector: the egress type cannot change`);
  }
  return problems.length ? problems : connectorProblems(mergedConnector(d, input));
}
