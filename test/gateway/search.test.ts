import 'reflect-metadata'; // the certificate generator needs it
import {
  CreateAgreementCommand,
  CreateConnectorCommand,
  CreateProfileCommand,
  DescribeCertificateCommand,
  ImportCertificateCommand,
} from '@aws-sdk/client-transfer';
import { createAs2Server } from '../support/as2-server';
import { certificateFactory, type CertificateFactory } from '../support/certificates';
import { type GraphQLResponse, startStack, type TestStack } from '../support/stack';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const ACCESS_ROLE = 'arn:aws:iam::000000000000:role/as2-access';
const SFTP_SECRET = 'arn:aws:secretsmanager:us-east-1:000000000000:secret:partner-sftp-AbCdEf';

let s: TestStack;
let certs: CertificateFactory;
let t0: number;
const at = (days: number) => new Date(Math.floor((t0 + days * DAY + HOUR) / 1000) * 1000);

async function certificate(usage: 'SIGNING' | 'ENCRYPTION', inactive: number): Promise<string> {
  const pem = await certs.generate(`CN=search ${usage} ${inactive}, O=transfer-graph tests`);
  const { CertificateId } = await s.client.send(
    new ImportCertificateCommand({ Usage: usage, Certificate: pem.certificatePem, InactiveDate: at(inactive) }),
  );
  return CertificateId!;
}

// Certificates due in 5 (signing), 40 (encryption) and 200 days (signing); profiles ACME-EAST (due 5, tagged
// team=edi), ACME-WEST (due 40), GLOBEX (due 200) and OURS (LOCAL, no certificates). One server with two agreements
// (acme-east ACTIVE "Invoices (east)", globex INACTIVE "archive of globex"), a second server with one (acme-west ACTIVE,
// no description); AS2 connectors to acme-east and globex, and an SFTP connector.
let due5: string, due40: string, due200: string;
let east: string, west: string, globex: string, ours: string;
let s1: string, s2: string;
let a1: string, a2: string, a3: string;
let cEast: string, cGlobex: string, cSftp: string;

beforeAll(async () => {
  [s, certs] = await Promise.all([startStack(), certificateFactory()]);
  t0 = Date.now();
  due5 = await certificate('SIGNING', 5);
  due40 = await certificate('ENCRYPTION', 40);
  due200 = await certificate('SIGNING', 200);
  const profile = async (
    As2Id: string,
    ProfileType: 'LOCAL' | 'PARTNER',
    CertificateIds: string[],
    Tags?: Array<{ Key: string; Value: string }>,
  ) => (await s.client.send(new CreateProfileCommand({ As2Id, ProfileType, CertificateIds, Tags }))).ProfileId!;
  east = await profile('ACME-EAST', 'PARTNER', [due5], [{ Key: 'team', Value: 'edi' }]);
  west = await profile('ACME-WEST', 'PARTNER', [due40]);
  globex = await profile('GLOBEX', 'PARTNER', [due200]);
  ours = await profile('OURS', 'LOCAL', []);
  const server = () => createAs2Server(s.client);
  s1 = await server();
  s2 = await server();
  const agreement = async (ServerId: string, PartnerProfileId: string, Status: 'ACTIVE' | 'INACTIVE', Description?: string) =>
    (
      await s.client.send(
        new CreateAgreementCommand({
          ServerId,
          LocalProfileId: ours,
          PartnerProfileId,
          Status,
          Description,
          AccessRole: ACCESS_ROLE,
          BaseDirectory: '/as2-bucket/in',
        }),
      )
    ).AgreementId!;
  a1 = await agreement(s1, east, 'ACTIVE', 'Invoices (east)');
  a2 = await agreement(s1, globex, 'INACTIVE', 'archive of globex');
  a3 = await agreement(s2, west, 'ACTIVE');
  const connector = async (Url: string, PartnerProfileId: string) =>
    (
      await s.client.send(
        new CreateConnectorCommand({ Url, AccessRole: ACCESS_ROLE, As2Config: { LocalProfileId: ours, PartnerProfileId } }),
      )
    ).ConnectorId!;
  cEast = await connector('https://edi.acme-east.example/as2', east);
  cGlobex = await connector('https://as2.globex.example', globex);
  cSftp = (
    await s.client.send(
      new CreateConnectorCommand({
        Url: 'sftp://Files.example',
        AccessRole: ACCESS_ROLE,
        SftpConfig: { UserSecretId: SFTP_SECRET, TrustedHostKeys: ['ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7'] },
      }),
    )
  ).ConnectorId!;
});
afterAll(() => s.close());

const PROFILES = `query($filter: ProfileFilter, $orderBy: ProfileOrder, $first: Int, $after: String) {
  profiles(filter: $filter, orderBy: $orderBy, first: $first, after: $after) { edges { node { profileId as2Id } } pageInfo { hasNextPage endCursor } } }`;
interface Page {
  edges: Array<{ node: Record<string, string> }>;
  pageInfo: { hasNextPage: boolean; endCursor: string };
}
type Lists = Record<string, Page>;
const ids = (res: GraphQLResponse<Lists>, list: string, key: string): string[] => res.data![list].edges.map((e) => e.node[key]);

describe('profiles(filter:, orderBy:)', () => {
  it('returns the profiles whose as2Id contains the text, any case, from ListProfiles alone', async () => {
    const res = await s.gql<Lists>(PROFILES, { filter: { as2IdContains: 'acme' }, orderBy: { field: 'AS2_ID' } });
    expect(res.errors).toBeUndefined();
    expect(ids(res, 'profiles', 'profileId')).toEqual([east, west]);
    expect(res.extensions?.cost?.upstream).toEqual({ calls: 1, byOperation: { ListProfiles: 1 } });
  });

  it('returns the profiles with a tag, describing each profile once', async () => {
    const res = await s.gql<Lists>(PROFILES, { filter: { tag: { key: 'team', value: 'edi' } } });
    expect(ids(res, 'profiles', 'profileId')).toEqual([east]);
    expect(res.extensions?.cost?.upstream).toEqual({ calls: 5, byOperation: { ListProfiles: 1, DescribeProfile: 4 } });
  });

  it('returns the profiles holding a certificate that goes inactive within N days, soonest first', async () => {
    const res = await s.gql<Lists>(PROFILES, {
      filter: { certificateExpiringWithinDays: 60, profileType: 'PARTNER' },
      orderBy: { field: 'EXPIRY' },
    });
    expect(ids(res, 'profiles', 'profileId')).toEqual([east, west]);
    expect(res.extensions?.cost?.upstream).toEqual({ calls: 5, byOperation: { ListProfiles: 1, ListCertificates: 1, DescribeProfile: 3 } });
  });

  it('orders by as2Id descending and pages with cursors that resume after the last item, profiles without certificates last by expiry', async () => {
    const page1 = await s.gql<Lists>(PROFILES, { orderBy: { field: 'AS2_ID', direction: 'DESC' }, first: 2 });
    expect(ids(page1, 'profiles', 'as2Id')).toEqual(['OURS', 'GLOBEX']);
    expect(page1.data!.profiles.pageInfo.hasNextPage).toBe(true);
    const page2 = await s.gql<Lists>(PROFILES, {
      orderBy: { field: 'AS2_ID', direction: 'DESC' },
      first: 2,
      after: page1.data!.profiles.pageInfo.endCursor,
    });
    expect(ids(page2, 'profiles', 'as2Id')).toEqual(['ACME-WEST', 'ACME-EAST']);
    expect(page2.data!.profiles.pageInfo).toEqual({ hasNextPage: false, endCursor: expect.any(String) as string });
    const byExpiry = await s.gql<Lists>(PROFILES, { orderBy: { field: 'EXPIRY', direction: 'DESC' } });
    expect(ids(byExpiry, 'profiles', 'as2Id')).toEqual(['GLOBEX', 'ACME-WEST', 'ACME-EAST', 'OURS']);
  });

  it('refuses a cursor of another search, and bad filter values, as BAD_USER_INPUT naming the argument', async () => {
    const page1 = await s.gql<Lists>(PROFILES, { orderBy: { field: 'AS2_ID' }, first: 1 });
    const foreign = await s.gql<Lists>(PROFILES, {
      orderBy: { field: 'EXPIRY' },
      first: 1,
      after: page1.data!.profiles.pageInfo.endCursor,
    });
    expect(foreign.errors?.map((e) => [e.extensions?.code as string, e.message])).toEqual([
      ['BAD_USER_INPUT', 'Invalid cursor in `after`: it belongs to another list; use a cursor from this connection'],
    ]);
    const days = await s.gql<Lists>(PROFILES, { filter: { certificateExpiringWithinDays: -1 } });
    expect(days.errors?.map((e) => [e.extensions?.code as string, e.extensions?.argument as string, e.message])).toEqual([
      [
        'BAD_USER_INPUT',
        'filter.certificateExpiringWithinDays',
        '`filter.certificateExpiringWithinDays` must be a whole number of days from 0 to 3650, got -1',
      ],
    ]);
    const empty = await s.gql<Lists>(PROFILES, { filter: { as2IdContains: '' } });
    expect(empty.errors?.map((e) => [e.extensions?.code as string, e.extensions?.argument as string, e.message])).toEqual([
      ['BAD_USER_INPUT', 'filter.as2IdContains', '`filter.as2IdContains` must be 1–256 characters, got 0'],
    ]);
  });
});

const CERTIFICATES = `query($filter: CertificateFilter, $orderBy: CertificateOrder) {
  certificates(filter: $filter, orderBy: $orderBy) { edges { node { certificateId } } } }`;

describe('certificates(filter:, orderBy:)', () => {
  it('returns certificates by usage and expiry window from ListCertificates alone, latest first', async () => {
    const res = await s.gql<Lists>(CERTIFICATES, {
      filter: { usage: 'SIGNING', status: 'ACTIVE', inactiveWithinDays: 365 },
      orderBy: { field: 'EXPIRY', direction: 'DESC' },
    });
    expect(ids(res, 'certificates', 'certificateId')).toEqual([due200, due5]);
    expect(res.extensions?.cost?.upstream).toEqual({ calls: 1, byOperation: { ListCertificates: 1 } });
  });

  it('returns the certificate with a serial, in any case and with or without colons', async () => {
    const { Certificate } = await s.client.send(new DescribeCertificateCommand({ CertificateId: due40 }));
    const serial = Certificate!
      .Serial!.replace(/:/g, '')
      .toUpperCase()
      .replace(/(..)(?=.)/g, '$1:');
    const res = await s.gql<Lists>(CERTIFICATES, { filter: { serial } });
    expect(ids(res, 'certificates', 'certificateId')).toEqual([due40]);
    expect(res.extensions?.cost?.upstream).toEqual({ calls: 4, byOperation: { ListCertificates: 1, DescribeCertificate: 3 } });
  });

  it('refuses a serial that is not hex, naming the argument', async () => {
    const res = await s.gql<Lists>(CERTIFICATES, { filter: { serial: 'not-a-serial' } });
    expect(res.errors?.map((e) => [e.extensions?.code as string, e.extensions?.argument as string, e.message])).toEqual([
      [
        'BAD_USER_INPUT',
        'filter.serial',
        '`filter.serial` must be a serial number in hex (colons allowed between digits), at most 128 characters',
      ],
    ]);
  });
});

describe('agreements without a server, and agreements(filter:)', () => {
  const AGREEMENTS = `query($filter: AgreementFilter) { agreements(filter: $filter) { edges { node { agreementId } } } }`;

  it("returns every server's agreements, server by server, for one ListServers and one ListAgreements per server", async () => {
    const res = await s.gql<Lists>(AGREEMENTS, {});
    expect(ids(res, 'agreements', 'agreementId')).toEqual([a1, a2, a3]);
    expect(res.extensions?.cost?.upstream).toEqual({ calls: 3, byOperation: { ListServers: 1, ListAgreements: 2 } });
  });

  it('returns the agreements by status and partner (any id form) across servers', async () => {
    expect(ids(await s.gql<Lists>(AGREEMENTS, { filter: { status: 'ACTIVE' } }), 'agreements', 'agreementId')).toEqual([a1, a3]);
    const arn = `arn:aws:transfer:us-east-1:000000000000:profile/${west}`;
    expect(ids(await s.gql<Lists>(AGREEMENTS, { filter: { partnerProfileId: arn } }), 'agreements', 'agreementId')).toEqual([a3]);
  });

  it('refuses a partner that is not a profile id, naming the argument (extensions.argument, as every filter error) and the three forms', async () => {
    const res = await s.gql<Lists>(AGREEMENTS, { filter: { partnerProfileId: 'acme' } });
    expect(res.errors?.map((e) => e.extensions)).toEqual([{ code: 'BAD_USER_INPUT', argument: 'filter.partnerProfileId' }]);
    expect(res.errors?.map((e) => [e.extensions?.code as string, e.message])).toEqual([
      [
        'BAD_USER_INPUT',
        'Expected a profile in filter.partnerProfileId: its graph id, its AWS id (p-…) or its ARN (arn:aws:transfer:<region>:<account>:profile/p-…); got "acme"',
      ],
    ]);
  });
});

describe('agreements(orderBy:)', () => {
  const AGREEMENTS = `query($server: ID, $filter: AgreementFilter, $orderBy: AgreementOrder, $first: Int, $after: String) {
    agreements(server: $server, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      edges { node { agreementId } } pageInfo { hasNextPage endCursor } } }`;
  // Ties are broken by server id, then agreement id.
  const byServer = (...pairs: Array<[server: string, agreement: string]>) =>
    pairs.sort(([sa, aa], [sb, ab]) => (`${sa}/${aa}` < `${sb}/${ab}` ? -1 : 1)).map(([, a]) => a);

  it("orders every server's agreements by their partner's as2Id and pages them with cursors, for one ListProfiles more", async () => {
    const page1 = await s.gql<Lists>(AGREEMENTS, { orderBy: { field: 'PARTNER' }, first: 2 });
    expect(ids(page1, 'agreements', 'agreementId')).toEqual([a1, a3]); // ACME-EAST, ACME-WEST
    expect(page1.data!.agreements.pageInfo.hasNextPage).toBe(true);
    expect(page1.extensions?.cost?.upstream).toEqual({ calls: 4, byOperation: { ListServers: 1, ListAgreements: 2, ListProfiles: 1 } });
    const page2 = await s.gql<Lists>(AGREEMENTS, {
      orderBy: { field: 'PARTNER' },
      first: 2,
      after: page1.data!.agreements.pageInfo.endCursor,
    });
    expect(ids(page2, 'agreements', 'agreementId')).toEqual([a2]); // GLOBEX
    expect(page2.data!.agreements.pageInfo).toEqual({ hasNextPage: false, endCursor: expect.any(String) as string });
  });

  it('orders by status, INACTIVE first when descending, ties by server and agreement id, from the lists alone', async () => {
    const res = await s.gql<Lists>(AGREEMENTS, { orderBy: { field: 'STATUS', direction: 'DESC' } });
    expect(ids(res, 'agreements', 'agreementId')).toEqual([a2, ...byServer([s1, a1], [s2, a3])]);
    expect(res.extensions?.cost?.upstream).toEqual({ calls: 3, byOperation: { ListServers: 1, ListAgreements: 2 } });
  });

  it('orders by description in any case, agreements without one last in either direction', async () => {
    const asc = await s.gql<Lists>(AGREEMENTS, { orderBy: { field: 'DESCRIPTION' } });
    expect(ids(asc, 'agreements', 'agreementId')).toEqual([a2, a1, a3]); // "archive of globex", "Invoices (east)", none
    const desc = await s.gql<Lists>(AGREEMENTS, { orderBy: { field: 'DESCRIPTION', direction: 'DESC' } });
    expect(ids(desc, 'agreements', 'agreementId')).toEqual([a1, a2, a3]);
  });

  it("orders one server's agreements, filtered too, for its one ListAgreements and one ListProfiles", async () => {
    const res = await s.gql<Lists>(AGREEMENTS, {
      server: s1,
      filter: { status: 'ACTIVE' },
      orderBy: { field: 'PARTNER', direction: 'DESC' },
    });
    expect(ids(res, 'agreements', 'agreementId')).toEqual([a1]);
    const all = await s.gql<Lists>(AGREEMENTS, { server: s1, orderBy: { field: 'PARTNER', direction: 'DESC' } });
    expect(ids(all, 'agreements', 'agreementId')).toEqual([a2, a1]); // GLOBEX, ACME-EAST
    expect(all.extensions?.cost?.upstream).toEqual({ calls: 2, byOperation: { ListAgreements: 1, ListProfiles: 1 } });
  });

  it('refuses a cursor of another order as BAD_USER_INPUT', async () => {
    const page1 = await s.gql<Lists>(AGREEMENTS, { orderBy: { field: 'PARTNER' }, first: 1 });
    const foreign = await s.gql<Lists>(AGREEMENTS, {
      orderBy: { field: 'STATUS' },
      first: 1,
      after: page1.data!.agreements.pageInfo.endCursor,
    });
    expect(foreign.errors?.map((e) => [e.extensions?.code as string, e.message])).toEqual([
      ['BAD_USER_INPUT', 'Invalid cursor in `after`: it belongs to another list; use a cursor from this connection'],
    ]);
  });
});

describe('connectors(filter:)', () => {
  const CONNECTORS = `query($filter: ConnectorFilter) { connectors(filter: $filter) { edges { node { connectorId } } } }`;

  it('returns the connectors whose URL contains the text, from ListConnectors alone', async () => {
    const res = await s.gql<Lists>(CONNECTORS, { filter: { urlContains: 'GLOBEX' } });
    expect(ids(res, 'connectors', 'connectorId')).toEqual([cGlobex]);
    expect(res.extensions?.cost?.upstream).toEqual({ calls: 1, byOperation: { ListConnectors: 1 } });
  });

  it('returns the connectors to a partner, describing each connector once', async () => {
    const res = await s.gql<Lists>(CONNECTORS, { filter: { partnerProfileId: east } });
    expect(ids(res, 'connectors', 'connectorId')).toEqual([cEast]);
    expect(res.extensions?.cost?.upstream).toEqual({ calls: 4, byOperation: { ListConnectors: 1, DescribeConnector: 3 } });
  });
});

describe('connectors(orderBy:)', () => {
  const CONNECTORS = `query($filter: ConnectorFilter, $orderBy: ConnectorOrder, $first: Int, $after: String) {
    connectors(filter: $filter, orderBy: $orderBy, first: $first, after: $after) { edges { node { connectorId } } pageInfo { hasNextPage endCursor } } }`;

  it('orders by URL in any case from ListConnectors alone', async () => {
    const res = await s.gql<Lists>(CONNECTORS, { orderBy: { field: 'URL' } });
    // https://as2.globex.example, https://edi.acme-east.example/as2, sftp://Files.example
    expect(ids(res, 'connectors', 'connectorId')).toEqual([cGlobex, cEast, cSftp]);
    expect(res.extensions?.cost?.upstream).toEqual({ calls: 1, byOperation: { ListConnectors: 1 } });
  });

  it("orders by the partner's as2Id, SFTP connectors last, and pages with cursors, describing each connector once", async () => {
    const page1 = await s.gql<Lists>(CONNECTORS, { orderBy: { field: 'PARTNER', direction: 'DESC' }, first: 2 });
    expect(ids(page1, 'connectors', 'connectorId')).toEqual([cGlobex, cEast]);
    expect(page1.extensions?.cost?.upstream).toEqual({
      calls: 5,
      byOperation: { ListConnectors: 1, DescribeConnector: 3, ListProfiles: 1 },
    });
    const page2 = await s.gql<Lists>(CONNECTORS, {
      orderBy: { field: 'PARTNER', direction: 'DESC' },
      first: 2,
      after: page1.data!.connectors.pageInfo.endCursor,
    });
    expect(ids(page2, 'connectors', 'connectorId')).toEqual([cSftp]);
    expect(page2.data!.connectors.pageInfo.hasNextPage).toBe(false);
  });

  it('describes a connector once when filtered and ordered by partner together', async () => {
    const res = await s.gql<Lists>(CONNECTORS, { filter: { urlContains: 'https' }, orderBy: { field: 'PARTNER' } });
    expect(ids(res, 'connectors', 'connectorId')).toEqual([cEast, cGlobex]);
    expect(res.extensions?.cost?.upstream).toEqual({
      calls: 4,
      byOperation: { ListConnectors: 1, DescribeConnector: 2, ListProfiles: 1 },
    });
    const one = await s.gql<Lists>(CONNECTORS, { filter: { partnerProfileId: globex }, orderBy: { field: 'PARTNER' } });
    expect(ids(one, 'connectors', 'connectorId')).toEqual([cGlobex]);
    expect(one.extensions?.cost?.upstream).toEqual({
      calls: 5,
      byOperation: { ListConnectors: 1, DescribeConnector: 3, ListProfiles: 1 },
    });
  });
});

describe('searches on a warm shared cache', () => {
  it('cost no AWS call when the same search runs again within CACHE_TTL_MS', async () => {
    const cached = await startStack({}, { cacheTtlMs: 60_000 });
    try {
      await cached.client.send(
        new CreateProfileCommand({ As2Id: 'CACHED', ProfileType: 'PARTNER', Tags: [{ Key: 'team', Value: 'edi' }] }),
      );
      const query = PROFILES;
      const variables = { filter: { tag: { key: 'team', value: 'edi' } } };
      expect((await cached.gql<Lists>(query, variables)).extensions?.cost?.upstream).toEqual({
        calls: 2,
        byOperation: { ListProfiles: 1, DescribeProfile: 1 },
      });
      const warm = await cached.gql<Lists>(query, variables);
      expect(ids(warm, 'profiles', 'as2Id')).toEqual(['CACHED']);
      expect(warm.extensions?.cost?.upstream).toEqual({ calls: 0, byOperation: {} });
    } finally {
      await cached.close();
    }
  });
});

describe('searches across every region served (TRANSFER_REGIONS)', () => {
  it('sorts the matches of every region together and pages them with cursors', async () => {
    const both = await startStack({}, { regions: ['us-east-1', 'eu-west-1'] });
    try {
      const create = (region: string, As2Id: string) =>
        both.clientFor(region).send(new CreateProfileCommand({ As2Id, ProfileType: 'PARTNER' }));
      await create('us-east-1', 'BRAVO');
      await create('eu-west-1', 'ALPHA');
      await create('eu-west-1', 'CHARLIE');
      await create('us-east-1', 'XRAY');
      const query = `query($after: String) { profiles(filter: { as2IdContains: "a" }, orderBy: { field: AS2_ID }, first: 2, after: $after) {
        edges { node { as2Id } } pageInfo { hasNextPage endCursor } } }`;
      const page1 = await both.gql<{
        profiles: { edges: Array<{ node: { as2Id: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string } };
      }>(query);
      expect(page1.data!.profiles.edges.map((e) => e.node)).toEqual([{ as2Id: 'ALPHA' }, { as2Id: 'BRAVO' }]);
      expect(page1.extensions?.cost?.upstream).toEqual({ calls: 2, byOperation: { ListProfiles: 2 } });
      const page2 = await both.gql<typeof page1.data>(query, { after: page1.data!.profiles.pageInfo.endCursor });
      expect(page2.data!.profiles.edges.map((e) => e.node)).toEqual([{ as2Id: 'CHARLIE' }, { as2Id: 'XRAY' }]);
      expect(page2.data!.profiles.pageInfo.hasNextPage).toBe(false);
    } finally {
      await both.close();
    }
  });
});
