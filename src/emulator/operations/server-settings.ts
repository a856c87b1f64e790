import { randomBytes } from 'node:crypto';
import type { DescribedServer, ProtocolDetails } from '@aws-sdk/client-transfer';
import { compact } from '../rules/compact';

const hex = (n: number) =>
  randomBytes(Math.ceil(n / 2))
    .toString('hex')
    .slice(0, n);

/** Static egress addresses for a new AS2 server, one per subnet, from TEST-NET-3 (RFC 5737): plainly not real. */
function egressAddresses(count: number): string[] {
  const octets = new Set<number>();
  while (octets.size < Math.max(1, count)) octets.add(1 + (randomBytes(1)[0] % 254));
  return [...octets].map((o) => `203.0.113.${o}`);
}

/**
 * The members AWS fills itself: ProtocolDetails defaults (PassiveIp AUTO, TlsSessionResumptionMode ENFORCED and
 * SetStatOption DEFAULT, as AWS describes a default server; As2Transports HTTP, the only transport, for AS2), SftpAuthenticationMethods PUBLIC_KEY_OR_PASSWORD for custom
 * providers, S3 DirectoryListingOptimization DISABLED ("If using the API or CLI, this is disabled by default"), the VPC
 * endpoint of a VPC server, and static egress addresses for AS2 servers (kept while AS2 stays among the Protocols).
 */
export function withServiceDefaults(d: DescribedServer): DescribedServer {
  const as2 = !!d.Protocols?.includes('AS2');
  const protocolDetails: ProtocolDetails = compact({
    // AUTO for every server: AWS's describe-server of a default SFTP server shows it too, not only FTP/FTPS ones.
    PassiveIp: d.ProtocolDetails?.PassiveIp ?? 'AUTO',
    TlsSessionResumptionMode: d.ProtocolDetails?.TlsSessionResumptionMode ?? 'ENFORCED',
    SetStatOption: d.ProtocolDetails?.SetStatOption ?? 'DEFAULT',
    As2Transports: d.ProtocolDetails?.As2Transports ?? (as2 ? ['HTTP'] : undefined),
  });
  const customIdp = d.IdentityProviderType === 'API_GATEWAY' || d.IdentityProviderType === 'AWS_LAMBDA';
  return compact({
    ...d,
    ProtocolDetails: protocolDetails,
    IdentityProviderDetails:
      customIdp && d.Protocols?.includes('SFTP')
        ? {
            ...d.IdentityProviderDetails,
            SftpAuthenticationMethods: d.IdentityProviderDetails?.SftpAuthenticationMethods ?? 'PUBLIC_KEY_OR_PASSWORD',
          }
        : d.IdentityProviderDetails,
    S3StorageOptions:
      d.Domain === 'S3' ? { DirectoryListingOptimization: d.S3StorageOptions?.DirectoryListingOptimization ?? 'DISABLED' } : undefined,
    EndpointDetails:
      d.EndpointType === 'VPC'
        ? { ...d.EndpointDetails, VpcEndpointId: d.EndpointDetails?.VpcEndpointId ?? `vpce-${hex(17)}` }
        : d.EndpointDetails,
    As2ServiceManagedEgressIpAddresses: as2
      ? (d.As2ServiceManagedEgressIpAddresses ?? egressAddresses(d.EndpointDetails?.SubnetIds?.length ?? 1))
      : undefined,
  });
}
