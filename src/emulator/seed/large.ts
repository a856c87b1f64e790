import type { Behaviour } from '../context';
import type { Store } from '../store';
import { seedCaller } from './call';
import { generateCertificate, generateKeys, type GeneratedCertificate } from './certs';

/** The AWS AS2 quotas the large set fills (per account, or per server for agreements). */
export const LARGE_SET = {
  servers: 10,
  agreementsPerServer: 100,
  localProfiles: 10,
  profiles: 1000,
  certificates: 1000,
  connectors: 100,
};

/** The ids the large set made, for benchmarks to aim at. */
export interface LargeSeed {
  serverIds: string[];
  profileIds: string[];
  certificateIds: string[];
  agreements: { ServerId: string; AgreementId: string }[];
  connectorIds: string[];
}

const DAY = 86_400_000;
/** Certificate PEMs reused across the set: parsing is cheap, RSA key generation is not. */
const TEMPLATES = 4;

const pad = (n: number) => String(n).padStart(4, '0');

/**
 * Fills an account at the AWS quotas through the real operations, for benchmarks: 10 AS2 servers with 100 agreements
 * each, 1,000 profiles (10 LOCAL) holding one certificate each (1,000 in all), and 100 connectors. A few generated
 * certificate PEMs are imported over and over, so that the whole set takes seconds.
 */
export async function seedLarge(store: Store, options: { accountId: string; behaviour: Behaviour; region?: string }): Promise<LargeSeed> {
  const call = seedCaller(store, options);
  const now = Math.floor(Date.now() / 1000) * 1000;
  const window = { notBefore: new Date(now - 100 * DAY), notAfter: new Date(now + 600 * DAY) };
  const keys = await generateKeys(TEMPLATES);
  const templates: GeneratedCertificate[] = await Promise.all(
    keys.map((key, i) =>
      generateCertificate({ subject: `CN=Bench AS2 ${i}, O=Bench Corp, C=US`, key, purpose: i % 2 ? 'ENCRYPTION' : 'SIGNING', ...window }),
    ),
  );
  const role = (name: string) => `arn:aws:iam::${options.accountId}:role/${name}`;

  const serverIds: string[] = [];
  for (let s = 0; s < LARGE_SET.servers; s++) {
    const { ServerId } = await call('CreateServer', {
      Protocols: ['AS2'],
      EndpointType: 'VPC',
      Domain: 'S3',
      EndpointDetails: {
        VpcId: 'vpc-0be0c000000000001',
        SubnetIds: [`subnet-0be0c00000000${pad(s)}`],
        SecurityGroupIds: ['sg-0be0c0000000001'],
      },
      Tags: [{ Key: 'Name', Value: `bench-as2-${pad(s)}` }],
    });
    serverIds.push(ServerId!);
  }

  const certificateIds: string[] = [];
  const profileIds: string[] = [];
  for (let p = 0; p < LARGE_SET.profiles; p++) {
    const local = p < LARGE_SET.localProfiles;
    const template = templates[p % TEMPLATES];
    const { CertificateId } = await call('ImportCertificate', {
      Usage: p % 2 ? 'ENCRYPTION' : 'SIGNING',
      Certificate: template.certificatePem,
      PrivateKey: local ? template.privateKeyPem : undefined,
      Description: `bench-cert-${pad(p)}`,
    });
    certificateIds.push(CertificateId!);
    const { ProfileId } = await call('CreateProfile', {
      As2Id: local ? `BENCH-LOCAL-${pad(p)}` : `BENCH-PARTNER-${pad(p)}`,
      ProfileType: local ? 'LOCAL' : 'PARTNER',
      CertificateIds: [CertificateId!],
    });
    profileIds.push(ProfileId!);
  }
  const localIds = profileIds.slice(0, LARGE_SET.localProfiles);
  const partnerIds = profileIds.slice(LARGE_SET.localProfiles);

  const agreements: LargeSeed['agreements'] = [];
  for (const [s, ServerId] of serverIds.entries()) {
    for (let a = 0; a < LARGE_SET.agreementsPerServer; a++) {
      const partner = (s * LARGE_SET.agreementsPerServer + a) % partnerIds.length;
      const { AgreementId } = await call('CreateAgreement', {
        ServerId,
        LocalProfileId: localIds[s % localIds.length],
        PartnerProfileId: partnerIds[partner],
        BaseDirectory: `/bench-as2-${pad(s)}/inbound/${pad(partner)}`,
        AccessRole: role('BenchAs2AgreementAccess'),
        Status: 'ACTIVE',
      });
      agreements.push({ ServerId, AgreementId: AgreementId! });
    }
  }

  const connectorIds: string[] = [];
  for (let c = 0; c < LARGE_SET.connectors; c++) {
    const { ConnectorId } = await call('CreateConnector', {
      Url: `https://as2.partner-${pad(c)}.example/as2`,
      As2Config: {
        LocalProfileId: localIds[c % localIds.length],
        PartnerProfileId: partnerIds[c],
        Compression: 'ZLIB',
        EncryptionAlgorithm: 'AES256_CBC',
        SigningAlgorithm: 'SHA256',
        MdnSigningAlgorithm: 'DEFAULT',
        MdnResponse: 'SYNC',
      },
      AccessRole: role('BenchAs2ConnectorAccess'),
    });
    connectorIds.push(ConnectorId!);
  }
  return { serverIds, profileIds, certificateIds, agreements, connectorIds };
}
