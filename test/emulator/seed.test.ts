import {
  DescribeCertificateCommand,
  DescribeConnectorCommand,
  DescribeProfileCommand,
  DescribeServerCommand,
  ListAgreementsCommand,
  ListCertificatesCommand,
  ListConnectorsCommand,
  ListProfilesCommand,
  ListServersCommand,
  type DescribedProfile,
  type ListedCertificate,
} from '@aws-sdk/client-transfer';
import { seedLarge } from '../../src/emulator/seed/large';
import { Store } from '../../src/emulator/store';
import { startTestEmulator, type TestEmulator } from '../support/emulator';

const DAY = 86_400_000;

let t: TestEmulator;
let profiles: Map<string, DescribedProfile>;
let certificates: ListedCertificate[];

beforeAll(async () => {
  t = await startTestEmulator({ seed: 'demo' });
  const listed = (await t.client.send(new ListProfilesCommand({}))).Profiles!;
  const described = await Promise.all(listed.map((p) => t.client.send(new DescribeProfileCommand({ ProfileId: p.ProfileId }))));
  profiles = new Map(described.map(({ Profile }) => [Profile!.ProfileId!, Profile!]));
  certificates = (await t.client.send(new ListCertificatesCommand({}))).Certificates!;
});
afterAll(() => t.close());

const count = <T>(items: T[], key: (item: T) => string) =>
  items.reduce<Record<string, number>>((acc, item) => ({ ...acc, [key(item)]: (acc[key(item)] ?? 0) + 1 }), {});

describe('the demo seed', () => {
  it('makes 3 online AS2 servers in a VPC over S3, tagged', async () => {
    const { Servers } = await t.client.send(new ListServersCommand({}));
    expect(Servers).toHaveLength(3);
    for (const { ServerId } of Servers!) {
      const { Server } = await t.client.send(new DescribeServerCommand({ ServerId }));
      expect(Server).toMatchObject({ Protocols: ['AS2'], EndpointType: 'VPC', Domain: 'S3', State: 'ONLINE' });
      expect(Server!.Tags).toContainEqual({ Key: 'Environment', Value: 'production' });
    }
  });

  it('makes 5 LOCAL and 25 PARTNER profiles with distinct As2Ids', () => {
    const all = [...profiles.values()];
    expect(count(all, (p) => p.ProfileType!)).toEqual({ LOCAL: 5, PARTNER: 25 });
    expect(new Set(all.map((p) => p.As2Id)).size).toBe(30);
  });

  it('makes 50 certificates, those of LOCAL profiles with their private keys', () => {
    expect(certificates).toHaveLength(50);
    expect(count(certificates, (c) => c.Usage!)).toEqual({ SIGNING: 32, ENCRYPTION: 18 });
    expect(count(certificates, (c) => c.Type!)).toEqual({ CERTIFICATE_WITH_PRIVATE_KEY: 13, CERTIFICATE: 37 });
  });

  it('has certificates expiring within 30 days, expired ones and replacements pending rotation', () => {
    const now = Date.now();
    const soon = certificates.filter((c) => c.Status === 'ACTIVE' && c.InactiveDate!.getTime() < now + 30 * DAY);
    expect(count(certificates, (c) => c.Status!)).toEqual({ ACTIVE: 44, INACTIVE: 3, PENDING_ROTATION: 3 });
    expect(soon).toHaveLength(7);
  });

  it('imports partner certificates issued by a CA with their chain', async () => {
    const chained = [];
    for (const { CertificateId } of certificates) {
      const { Certificate } = await t.client.send(new DescribeCertificateCommand({ CertificateId }));
      if (Certificate!.CertificateChain) chained.push(Certificate);
    }
    expect(chained).toHaveLength(6);
  });

  it('names only existing certificates in profiles, each certificate in exactly one profile', () => {
    const named = [...profiles.values()].flatMap((p) => p.CertificateIds!);
    expect(named.sort()).toEqual(certificates.map((c) => c.CertificateId!).sort());
  });

  it('spreads 40 agreements over the servers, each between a LOCAL and a PARTNER profile that exist', async () => {
    const { Servers } = await t.client.send(new ListServersCommand({}));
    const perServer: number[] = [];
    for (const { ServerId } of Servers!) {
      const { Agreements } = await t.client.send(new ListAgreementsCommand({ ServerId }));
      perServer.push(Agreements!.length);
      for (const agreement of Agreements!) {
        expect(profiles.get(agreement.LocalProfileId!)?.ProfileType).toBe('LOCAL');
        expect(profiles.get(agreement.PartnerProfileId!)?.ProfileType).toBe('PARTNER');
      }
    }
    expect(perServer).toEqual([16, 14, 10]);
  });

  it('makes 10 https AS2 connectors from LOCAL to PARTNER profiles with encryption certificates', async () => {
    const { Connectors } = await t.client.send(new ListConnectorsCommand({}));
    expect(Connectors).toHaveLength(10);
    for (const { ConnectorId } of Connectors!) {
      const { Connector } = await t.client.send(new DescribeConnectorCommand({ ConnectorId }));
      expect(Connector!.Url).toMatch(/^https:\/\/as2\.[a-z]+\.example\//);
      expect(profiles.get(Connector!.As2Config!.LocalProfileId!)?.ProfileType).toBe('LOCAL');
      const partner = profiles.get(Connector!.As2Config!.PartnerProfileId!)!;
      const usages = partner.CertificateIds!.map((id) => certificates.find((c) => c.CertificateId === id)!.Usage);
      expect(usages).toContain('ENCRYPTION');
    }
  });

  it('starts file transfers on six connectors', () => {
    expect(t.emulator.store.region('us-east-1').transfers.size).toBe(6);
  });
});

describe('the large seed', () => {
  it('fills an account at the AWS quotas', async () => {
    const store = await Store.open(':memory:');
    const seed = await seedLarge(store, { accountId: '000000000000', behaviour: { stateTransitionMs: 0, transferStepMs: 0 } });
    const region = store.region('us-east-1');
    expect({
      servers: region.servers.size,
      agreements: region.agreements.size,
      profiles: region.profiles.size,
      localProfiles: region.profiles.count((p) => p.described.ProfileType === 'LOCAL'),
      certificates: region.certificates.size,
      connectors: region.connectors.size,
    }).toEqual({ servers: 10, agreements: 1000, profiles: 1000, localProfiles: 10, certificates: 1000, connectors: 100 });
    expect(seed.agreements.filter((a) => a.ServerId === seed.serverIds[3])).toHaveLength(100);
  });
});
