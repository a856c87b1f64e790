import type { CertificateUsageType, EncryptionAlg, MdnResponse, MdnSigningAlg, SigningAlg } from '@aws-sdk/client-transfer';
import type { Behaviour } from '../context';
import type { Store } from '../store';
import { type SeedCall, seedCaller } from './call';
import { type GeneratedCertificate, generateCertificate, generateKeys, type SeedKey } from './certs';
import {
  AGREEMENTS_PER_SERVER,
  COMPANY,
  CONNECTORS,
  type Partner,
  PARTNER_CAS,
  PARTNERS,
  SERVERS,
  type Unit,
  UNITS,
  type Validity,
} from './demo-data';

const DAY = 86_400_000;
/**
 * Distinct key pairs for the AS2 certificates (the two partner CAs get their own); certificates share them, since RSA
 * key generation is what makes seeding slow: it was most of a first `npm start` with 6, for nothing a demo shows.
 */
const KEY_PAIRS = 2;

/** Seeding time plus `days`, to the whole second as X.509 dates are. */
type At = (days: number) => Date;

function windowOf(validity: Validity, at: At): { notBefore: Date; notAfter: Date } {
  switch (validity.kind) {
    case 'current':
      return { notBefore: at(-120), notAfter: at(245) };
    case 'long':
      return { notBefore: at(-300), notAfter: at(430) };
    case 'expiring':
      return { notBefore: at(validity.inDays - 365), notAfter: at(validity.inDays) };
    case 'expired':
      return { notBefore: at(-400), notAfter: at(-10) };
  }
}

const usageWord = (usage: CertificateUsageType) => usage.toLowerCase();

/** Makes certificates and imports them through ImportCertificate. */
class CertificateImporter {
  private next = 0;

  constructor(
    private readonly call: SeedCall,
    private readonly keys: SeedKey[],
    private readonly cas: Record<keyof typeof PARTNER_CAS, GeneratedCertificate>,
  ) {}

  key(): SeedKey {
    return this.keys[this.next++ % this.keys.length];
  }

  async import(spec: {
    owner: string;
    slug: string;
    country: string;
    usage: 'SIGNING' | 'ENCRYPTION';
    window: { notBefore: Date; notAfter: Date };
    withPrivateKey: boolean;
    issuer?: Partner['issuer'];
    activeDate?: Date;
  }): Promise<string> {
    const generated = await generateCertificate({
      subject: `CN=${spec.owner} AS2 ${usageWord(spec.usage)}, O=${spec.owner}, C=${spec.country}`,
      key: this.key(),
      purpose: spec.usage,
      issuer: spec.issuer && this.cas[spec.issuer.ca],
      ...spec.window,
    });
    const chain = spec.issuer && this.cas[spec.issuer.ca].certificatePem;
    const { CertificateId } = await this.call('ImportCertificate', {
      Usage: spec.usage,
      Certificate: spec.issuer?.chain === 'inline' ? generated.certificatePem + chain : generated.certificatePem,
      CertificateChain: spec.issuer?.chain === 'separate' ? chain : undefined,
      PrivateKey: spec.withPrivateKey ? generated.privateKeyPem : undefined,
      ActiveDate: spec.activeDate,
      Description: `${spec.slug}-${usageWord(spec.usage)}-${spec.window.notBefore.getUTCFullYear()}`,
      Tags: [{ Key: 'Owner', Value: spec.owner }],
    });
    return CertificateId!;
  }
}

async function seedUnits(importer: CertificateImporter, call: SeedCall, at: At): Promise<Map<string, string>> {
  const profiles = new Map<string, string>();
  for (const unit of UNITS) {
    const certificateIds: string[] = [];
    for (const usage of ['SIGNING', 'ENCRYPTION'] as const) {
      const rotation = unit.rotating.find((r) => r.usage === usage);
      const owner = { owner: unit.name, slug: unit.key, country: 'US', usage, withPrivateKey: true };
      if (!rotation) {
        certificateIds.push(await importer.import({ ...owner, window: windowOf({ kind: 'long' }, at) }));
        continue;
      }
      // The old certificate runs out within 30 days; its successor takes over the day before.
      certificateIds.push(await importer.import({ ...owner, window: windowOf({ kind: 'expiring', inDays: rotation.expiresInDays }, at) }));
      certificateIds.push(
        await importer.import({ ...owner, window: { notBefore: at(-5), notAfter: at(725) }, activeDate: at(rotation.expiresInDays - 1) }),
      );
    }
    const { ProfileId } = await call('CreateProfile', {
      As2Id: unit.as2Id,
      ProfileType: 'LOCAL',
      CertificateIds: certificateIds,
      Tags: [
        { Key: 'Company', Value: COMPANY },
        { Key: 'BusinessUnit', Value: unit.name },
      ],
    });
    profiles.set(unit.key, ProfileId!);
  }
  return profiles;
}

async function seedPartners(importer: CertificateImporter, call: SeedCall, at: At): Promise<Map<string, string>> {
  const profiles = new Map<string, string>();
  for (const partner of PARTNERS) {
    const usages = partner.certificates === 'signing' ? (['SIGNING'] as const) : (['SIGNING', 'ENCRYPTION'] as const);
    const certificateIds: string[] = [];
    for (const usage of usages) {
      certificateIds.push(
        await importer.import({
          owner: partner.name,
          slug: partner.slug,
          country: partner.country,
          usage,
          window: windowOf(partner.validity, at),
          withPrivateKey: false,
          issuer: partner.issuer,
        }),
      );
    }
    const { ProfileId } = await call('CreateProfile', {
      As2Id: partner.as2Id,
      ProfileType: 'PARTNER',
      CertificateIds: certificateIds,
      Tags: [
        { Key: 'Partner', Value: partner.name },
        { Key: 'Country', Value: partner.country },
      ],
    });
    profiles.set(partner.slug, ProfileId!);
  }
  return profiles;
}

const role = (accountId: string, name: string) => `arn:aws:iam::${accountId}:role/${name}`;

async function seedServers(call: SeedCall, accountId: string): Promise<string[]> {
  const ids: string[] = [];
  for (const server of SERVERS) {
    const { ServerId } = await call('CreateServer', {
      Protocols: ['AS2'],
      ProtocolDetails: { As2Transports: ['HTTP'] },
      EndpointType: 'VPC',
      Domain: 'S3',
      EndpointDetails: { VpcId: server.vpcId, SubnetIds: server.subnetIds, SecurityGroupIds: server.securityGroupIds },
      LoggingRole: role(accountId, 'MeridianTransferLogging'),
      Tags: [
        { Key: 'Name', Value: server.name },
        { Key: 'Environment', Value: 'production' },
        { Key: 'CostCenter', Value: 'CC-4410' },
      ],
    });
    if (server.addressAllocationIds) {
      // Elastic IPs make the endpoint internet-facing; AWS takes them only through UpdateServer on a stopped server.
      await call('StopServer', { ServerId });
      await call('UpdateServer', { ServerId, EndpointDetails: { AddressAllocationIds: server.addressAllocationIds } });
      await call('StartServer', { ServerId });
    }
    ids.push(ServerId!);
  }
  return ids;
}

async function seedAgreements(
  call: SeedCall,
  accountId: string,
  serverIds: string[],
  units: Map<string, string>,
  partners: Map<string, string>,
): Promise<void> {
  let i = 0;
  for (const [s, count] of AGREEMENTS_PER_SERVER.entries()) {
    for (let n = 0; n < count; n++, i++) {
      const partner = PARTNERS[i % PARTNERS.length];
      const unit: Unit = UNITS[(i + Math.floor(i / PARTNERS.length)) % UNITS.length];
      await call('CreateAgreement', {
        ServerId: serverIds[s],
        LocalProfileId: units.get(unit.key),
        PartnerProfileId: partners.get(partner.slug),
        BaseDirectory: `/${SERVERS[s].bucket}/inbound/${partner.slug}`,
        AccessRole: role(accountId, 'MeridianAs2AgreementAccess'),
        // A partner whose certificates have expired is switched off until it sends new ones.
        Status: partner.validity.kind === 'expired' ? 'INACTIVE' : 'ACTIVE',
        Description: `${partner.slug}-to-${unit.key}`,
        Tags: [{ Key: 'Department', Value: unit.name }],
      });
    }
  }
}

const ENCRYPTION: EncryptionAlg[] = ['AES256_CBC', 'AES128_CBC', 'AES192_CBC'];
const SIGNING: SigningAlg[] = ['SHA256', 'SHA384', 'SHA512', 'SHA1'];
const MDN_SIGNING: MdnSigningAlg[] = ['DEFAULT', 'SHA256'];

async function seedConnectors(
  call: SeedCall,
  accountId: string,
  units: Map<string, string>,
  partners: Map<string, string>,
): Promise<string[]> {
  const ids: string[] = [];
  for (const [i, c] of CONNECTORS.entries()) {
    const partner = PARTNERS.find((p) => p.slug === c.partner)!;
    const { ConnectorId } = await call('CreateConnector', {
      Url: `https://as2.${partner.slug}.example${c.path}`,
      As2Config: {
        LocalProfileId: units.get(c.unit),
        PartnerProfileId: partners.get(partner.slug),
        MessageSubject: c.subject,
        Compression: i % 3 === 0 ? 'DISABLED' : 'ZLIB',
        EncryptionAlgorithm: ENCRYPTION[i % ENCRYPTION.length],
        SigningAlgorithm: SIGNING[i % SIGNING.length],
        MdnSigningAlgorithm: MDN_SIGNING[i % MDN_SIGNING.length],
        MdnResponse: (i === 7 ? 'NONE' : 'SYNC') as MdnResponse,
      },
      AccessRole: role(accountId, 'MeridianAs2ConnectorAccess'),
      LoggingRole: role(accountId, 'MeridianTransferLogging'),
      Tags: [{ Key: 'Partner', Value: partner.name }],
    });
    ids.push(ConnectorId!);
  }
  return ids;
}

async function seedTransfers(call: SeedCall, connectorIds: string[]): Promise<void> {
  for (const [i, connectorId] of connectorIds.slice(0, 6).entries()) {
    const partner = CONNECTORS[i].partner;
    const files = Array.from(
      { length: 1 + (i % 3) },
      (_, f) => `/meridian-as2-outbound/${partner}/PO-2025-${String(4100 + i * 10 + f).padStart(6, '0')}.edi`,
    );
    await call('StartFileTransfer', { ConnectorId: connectorId, SendFilePaths: files });
  }
}

/**
 * Loads the demo partner setup of "Meridian Supply Co." through the real operations: 3 AS2 servers, 5 LOCAL and
 * 25 PARTNER profiles, 50 real X.509 certificates (some expiring within 30 days, some expired, some waiting in
 * PENDING_ROTATION), 40 agreements, 10 connectors and a few file transfers.
 */
export async function seedDemo(store: Store, options: { accountId: string; behaviour: Behaviour }): Promise<void> {
  const call = seedCaller(store, options);
  const now = Date.now();
  const at: At = (days) => new Date(Math.floor((now + days * DAY) / 1000) * 1000);
  const [lamnaKey, woodgroveKey, ...keys] = await generateKeys(KEY_PAIRS + 2);
  const ca = (subject: string, key: SeedKey) =>
    generateCertificate({ subject, key, purpose: 'CA', notBefore: at(-900), notAfter: at(2700) });
  const cas = { lamna: await ca(PARTNER_CAS.lamna, lamnaKey), woodgrove: await ca(PARTNER_CAS.woodgrove, woodgroveKey) };
  const importer = new CertificateImporter(call, keys, cas);

  const serverIds = await seedServers(call, options.accountId);
  const units = await seedUnits(importer, call, at);
  const partners = await seedPartners(importer, call, at);
  await seedAgreements(call, options.accountId, serverIds, units, partners);
  const connectorIds = await seedConnectors(call, options.accountId, units, partners);
  await seedTransfers(call, connectorIds);
}
