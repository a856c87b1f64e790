import 'reflect-metadata'; // the certificate generator needs it
import { DeleteCertificateCommand, DeleteProfileCommand, StopServerCommand } from '@aws-sdk/client-transfer';
import { certificateFactory, type CertificateFactory } from '../support/certificates';
import { partnerFixtures } from '../support/partner-fixtures';
import { startStack, type TestStack } from '../support/stack';

const gid = (...parts: string[]) => Buffer.from([parts[0], 'us-east-1', ...parts.slice(1)].join(':')).toString('base64url');
const DAY = 86_400_000;
const SECRET = 'arn:aws:secretsmanager:us-east-1:000000000000:secret:partner-sftp-AbCdEf';
const iso = (d: Date) => d.toISOString().replace('.000Z', 'Z');

let s: TestStack;
let certs: CertificateFactory;
let t0: number;
const { at, certificate, profile, as2Server, agreement, connector } = partnerFixtures({
  label: 'health',
  client: () => s.client,
  certs: () => certs,
  t0: () => t0,
});

const HEALTH = `health(expiringWithinDays: $days) { status problems { code severity message node { __typename id } } }`;
const NODE_HEALTH = `query($id: ID!, $days: Int) { node(id: $id) {
  ... on Agreement { ${HEALTH} } ... on Connector { ${HEALTH} } ... on Profile { ${HEALTH} } } }`;

/** The health of the node with this id. */
async function healthOf(id: string, days?: number) {
  const res = await s.gql(NODE_HEALTH, { id, days });
  expect(res.errors).toBeUndefined();
  return res.data.node.health;
}
const node = (type: string, ...keys: string[]) => ({ __typename: type, id: gid(type, ...keys) });

// Certificates
let localSign: string,
  localEncrypt: string,
  signNoKey: string,
  partnerSign: string,
  partnerEncrypt: string,
  partnerSign2: string,
  partnerSign3: string;
let expiring: string,
  rotatingOld: string,
  rotatingNew: string,
  expired: string,
  pending: string,
  gapOld: string,
  gapNew: string,
  deleted: string;
// Profiles
let localGood: string, localNoKey: string, partnerGood: string, partnerExpiring: string, partnerRotating: string, partnerExpired: string;
let partnerPending: string,
  partnerNone: string,
  partnerDangling: string,
  partnerGap: string,
  partnerSignOnly: string,
  partnerGone: string,
  localGone: string;
// Servers, agreements, connectors
let online: string, offline: string;

beforeAll(async () => {
  [s, certs] = await Promise.all([startStack(), certificateFactory()]);
  t0 = Date.now();
  [localSign, localEncrypt, signNoKey, partnerSign, partnerEncrypt, partnerSign2, partnerSign3] = await Promise.all([
    certificate('SIGNING', { key: true }),
    certificate('ENCRYPTION', { key: true }),
    certificate('SIGNING'),
    certificate('SIGNING'),
    certificate('ENCRYPTION'),
    certificate('SIGNING'),
    certificate('SIGNING'),
  ]);
  [expiring, rotatingOld, rotatingNew, expired, pending, gapOld, gapNew, deleted] = await Promise.all([
    certificate('SIGNING', { inactive: 10 }),
    certificate('SIGNING', { inactive: 10 }),
    certificate('SIGNING', { active: 9 }),
    certificate('SIGNING', { active: -20, inactive: -1 }),
    certificate('SIGNING', { active: 5 }),
    certificate('SIGNING', { inactive: 10 }),
    certificate('SIGNING', { active: 15 }),
    certificate('SIGNING'),
  ]);
  [
    localGood,
    localNoKey,
    partnerGood,
    partnerExpiring,
    partnerRotating,
    partnerExpired,
    partnerPending,
    partnerNone,
    partnerDangling,
    partnerGap,
    partnerSignOnly,
    partnerGone,
    localGone,
  ] = await Promise.all([
    profile('OUR-AS2', 'LOCAL', [localSign, localEncrypt]),
    profile('OUR-NOKEY', 'LOCAL', [signNoKey]),
    profile('GOOD', 'PARTNER', [partnerSign, partnerEncrypt]),
    profile('EXPIRING', 'PARTNER', [expiring]),
    profile('ROTATING', 'PARTNER', [rotatingOld, rotatingNew]),
    profile('EXPIRED', 'PARTNER', [expired]),
    profile('PENDING', 'PARTNER', [pending]),
    profile('NONE', 'PARTNER', []),
    profile('DANGLING', 'PARTNER', [partnerSign2, deleted]),
    profile('GAP', 'PARTNER', [gapOld, gapNew]),
    profile('SIGN-ONLY', 'PARTNER', [partnerSign3]),
    profile('GONE', 'PARTNER', []),
    profile('OUR-GONE', 'LOCAL', []),
  ]);
  [online, offline] = await Promise.all([as2Server(), as2Server()]);
  await s.client.send(new StopServerCommand({ ServerId: offline }));
});
afterAll(() => s.close());

describe('Certificate.daysUntilExpiry and usableNow', () => {
  it('count days to inactiveDate to the nearest whole day (negative once past) and tell whether AWS uses it now, for one ListCertificates call', async () => {
    await s.resetStats();
    const res = await s.gql('{ certificates(first: 100) { edges { node { certificateId status daysUntilExpiry usableNow } } } }');
    const byId = new Map(res.data.certificates.edges.map((e: any) => [e.node.certificateId, e.node]));
    expect([expiring, expired, pending, localSign].map((id) => byId.get(id))).toEqual([
      { certificateId: expiring, status: 'ACTIVE', daysUntilExpiry: 10, usableNow: true },
      { certificateId: expired, status: 'INACTIVE', daysUntilExpiry: -1, usableNow: false },
      {
        certificateId: pending,
        status: 'PENDING_ROTATION',
        daysUntilExpiry: Math.round((certs.notAfter.getTime() - Date.now()) / DAY),
        usableNow: false,
      },
      {
        certificateId: localSign,
        status: 'ACTIVE',
        daysUntilExpiry: Math.round((certs.notAfter.getTime() - Date.now()) / DAY),
        usableNow: true,
      },
    ]);
    expect(res.extensions?.cost?.upstream).toEqual({ calls: 1, byOperation: { ListCertificates: 1 } });
  });
});

describe('Profile.health', () => {
  it('is OK for a LOCAL profile with signing and encryption keys and a PARTNER profile with its certificates', async () => {
    expect(await healthOf(gid('Profile', localGood))).toEqual({ status: 'OK', problems: [] });
    expect(await healthOf(gid('Profile', partnerGood))).toEqual({ status: 'OK', problems: [] });
  });

  it('warns of CERTIFICATE_EXPIRING within the threshold (30 days by default), and not with a shorter one', async () => {
    expect(await healthOf(gid('Profile', partnerExpiring))).toEqual({
      status: 'WARNING',
      problems: [
        {
          code: 'CERTIFICATE_EXPIRING',
          severity: 'WARNING',
          message: `SIGNING certificate ${expiring} of the partner profile EXPIRING (${partnerExpiring}) goes inactive on ${iso(at(10))} (in 10 days) and no other certificate takes over; needed by every PARTNER profile, to verify the partner's signatures`,
          node: node('Certificate', expiring),
        },
      ],
    });
    expect(await healthOf(gid('Profile', partnerExpiring), 10)).toEqual({ status: 'OK', problems: [] });
  });

  it('is OK when a replacement becomes active before the expiring certificate goes inactive', async () => {
    expect(await healthOf(gid('Profile', partnerRotating))).toEqual({ status: 'OK', problems: [] });
  });

  it('warns when the replacement starts only after a gap', async () => {
    expect((await healthOf(gid('Profile', partnerGap))).problems).toEqual([
      {
        code: 'CERTIFICATE_EXPIRING',
        severity: 'WARNING',
        message: `SIGNING certificate ${gapOld} of the partner profile GAP (${partnerGap}) goes inactive on ${iso(at(10))} (in 10 days) and ${gapNew} takes over only on ${iso(at(15))}; needed by every PARTNER profile, to verify the partner's signatures`,
        node: node('Certificate', gapOld),
      },
    ]);
  });

  it('reports CERTIFICATE_EXPIRED, CERTIFICATE_NOT_YET_ACTIVE and CERTIFICATE_MISSING (WARNING for a profile nothing uses)', async () => {
    expect(await healthOf(gid('Profile', partnerExpired))).toEqual({
      status: 'WARNING',
      problems: [
        {
          code: 'CERTIFICATE_EXPIRED',
          severity: 'WARNING',
          message: `SIGNING certificate ${expired} of the partner profile EXPIRED (${partnerExpired}) went inactive on ${iso(at(-1))} and no other takes over; needed by every PARTNER profile, to verify the partner's signatures`,
          node: node('Certificate', expired),
        },
      ],
    });
    expect((await healthOf(gid('Profile', partnerPending))).problems).toEqual([
      {
        code: 'CERTIFICATE_NOT_YET_ACTIVE',
        severity: 'WARNING',
        message: `The partner profile PENDING (${partnerPending}) has no SIGNING certificate active now: ${pending} becomes active only on ${iso(at(5))}; needed by every PARTNER profile, to verify the partner's signatures`,
        node: node('Certificate', pending),
      },
    ]);
    expect((await healthOf(gid('Profile', partnerNone))).problems).toEqual([
      {
        code: 'CERTIFICATE_MISSING',
        severity: 'WARNING',
        message: `The partner profile NONE (${partnerNone}) has no SIGNING certificate, needed by every PARTNER profile, to verify the partner's signatures`,
        node: node('Profile', partnerNone),
      },
    ]);
  });

  it('reports CERTIFICATE_NOT_FOUND for a certificate id whose certificate was deleted', async () => {
    await s.client.send(new DeleteCertificateCommand({ CertificateId: deleted }));
    expect(await healthOf(gid('Profile', partnerDangling))).toEqual({
      status: 'WARNING',
      problems: [
        {
          code: 'CERTIFICATE_NOT_FOUND',
          severity: 'WARNING',
          message: `The partner profile DANGLING (${partnerDangling}) names certificate ${deleted}, which no longer exists`,
          node: node('Profile', partnerDangling),
        },
      ],
    });
  });
});

describe('Agreement.health', () => {
  let good: string, inactive: string, onOfflineServer: string, noKeys: string, gonePartner: string;
  beforeAll(async () => {
    [good, inactive, onOfflineServer, noKeys, gonePartner] = await Promise.all([
      agreement(online, localGood, partnerGood),
      agreement(online, localGood, partnerRotating, 'INACTIVE'),
      agreement(offline, localGood, partnerGood),
      agreement(online, localNoKey, partnerExpired),
      agreement(online, localGood, partnerGone),
    ]);
    await s.client.send(new DeleteProfileCommand({ ProfileId: partnerGone }));
  });

  it('is OK for an ACTIVE agreement on an ONLINE server whose profiles have what it needs', async () => {
    expect(await healthOf(gid('Agreement', online, good))).toEqual({ status: 'OK', problems: [] });
  });

  it('is BROKEN when INACTIVE (AGREEMENT_INACTIVE) or when its server is not ONLINE (SERVER_NOT_ONLINE)', async () => {
    expect(await healthOf(gid('Agreement', online, inactive))).toEqual({
      status: 'BROKEN',
      problems: [
        {
          code: 'AGREEMENT_INACTIVE',
          severity: 'BROKEN',
          message: `Agreement ${inactive} is INACTIVE: server ${online} refuses the partner's messages`,
          node: node('Agreement', online, inactive),
        },
      ],
    });
    expect(await healthOf(gid('Agreement', offline, onOfflineServer))).toEqual({
      status: 'BROKEN',
      problems: [
        {
          code: 'SERVER_NOT_ONLINE',
          severity: 'BROKEN',
          message: `Server ${offline} of agreement ${onOfflineServer} is OFFLINE, not ONLINE`,
          node: node('Server', offline),
        },
      ],
    });
  });

  it("checks the local keys and the partner's signing certificate: PRIVATE_KEY_MISSING, CERTIFICATE_MISSING, CERTIFICATE_EXPIRED", async () => {
    expect(await healthOf(gid('Agreement', online, noKeys))).toEqual({
      status: 'BROKEN',
      problems: [
        {
          code: 'PRIVATE_KEY_MISSING',
          severity: 'BROKEN',
          message: `The local profile OUR-NOKEY (${localNoKey}) has SIGNING certificate ${signNoKey} without its private key, which AWS must hold; needed by agreement ${noKeys} to sign the MDNs it returns`,
          node: node('Certificate', signNoKey),
        },
        {
          code: 'CERTIFICATE_EXPIRED',
          severity: 'BROKEN',
          message: `SIGNING certificate ${expired} of the partner profile EXPIRED (${partnerExpired}) went inactive on ${iso(at(-1))} and no other takes over; needed by agreement ${noKeys} to verify the partner's signed messages`,
          node: node('Certificate', expired),
        },
        {
          code: 'CERTIFICATE_MISSING',
          severity: 'WARNING',
          message: `The local profile OUR-NOKEY (${localNoKey}) has no ENCRYPTION certificate, needed by agreement ${noKeys} to decrypt encrypted messages`,
          node: node('Profile', localNoKey),
        },
      ],
    });
  });

  it('is BROKEN with PROFILE_NOT_FOUND when a profile was deleted', async () => {
    expect(await healthOf(gid('Agreement', online, gonePartner))).toEqual({
      status: 'BROKEN',
      problems: [
        {
          code: 'PROFILE_NOT_FOUND',
          severity: 'BROKEN',
          message: `The partner profile ${partnerGone} of agreement ${gonePartner} no longer exists`,
          node: node('Agreement', online, gonePartner),
        },
      ],
    });
  });

  it("costs one ListServers and one ListCertificates for all of a server's agreements, plus the DescribeProfile of each profile once", async () => {
    await s.resetStats();
    const res = await s.gql(
      `query($server: ID!) { agreements(server: $server, first: 10) { edges { node { agreementId health { status } } } } }`,
      { server: online },
    );
    expect(res.data.agreements.edges.map((e: any) => [e.node.agreementId, e.node.health.status])).toEqual([
      [good, 'OK'],
      [inactive, 'BROKEN'],
      [noKeys, 'BROKEN'],
      [gonePartner, 'BROKEN'],
    ]);
    // OUR-AS2, GOOD, ROTATING, OUR-NOKEY, EXPIRED and the deleted partner profile; no server or certificate is described.
    const byOperation = { ListAgreements: 1, ListServers: 1, ListCertificates: 1, DescribeProfile: 6 };
    expect(res.extensions?.cost?.upstream).toEqual({ calls: 9, byOperation });
  });
});

describe('Connector.health', () => {
  const signed = { SigningAlgorithm: 'SHA256', EncryptionAlgorithm: 'AES256_CBC', MdnResponse: 'SYNC' } as const;
  let good: string,
    plainHttp: string,
    unresolvable: string,
    weak: string,
    noEncryption: string,
    asyncMdn: string,
    localDeleted: string,
    sftp: string;
  beforeAll(async () => {
    [good, plainHttp, unresolvable, weak, noEncryption, asyncMdn, localDeleted, sftp] = await Promise.all([
      connector({ Url: 'https://as2.good.example', As2Config: { LocalProfileId: localGood, PartnerProfileId: partnerGood, ...signed } }),
      connector({ Url: 'http://as2.good.example', As2Config: { LocalProfileId: localGood, PartnerProfileId: partnerGood } }),
      connector({ Url: 'https://partner.invalid/as2', As2Config: { LocalProfileId: localGood, PartnerProfileId: partnerGood } }),
      connector({
        Url: 'https://as2.good.example',
        As2Config: {
          LocalProfileId: localGood,
          PartnerProfileId: partnerGood,
          SigningAlgorithm: 'SHA1',
          EncryptionAlgorithm: 'DES_EDE3_CBC',
          MdnResponse: 'NONE',
        },
      }),
      connector({
        Url: 'https://as2.signonly.example',
        As2Config: { LocalProfileId: localGood, PartnerProfileId: partnerSignOnly, EncryptionAlgorithm: 'AES256_CBC' },
      }),
      connector({
        Url: 'https://as2.good.example',
        As2Config: {
          LocalProfileId: localGood,
          PartnerProfileId: partnerGood,
          MdnResponse: 'ASYNC',
          AsyncMdnConfig: { Url: 'https://mdn.example', ServerIds: [offline] },
        },
      }),
      connector({ Url: 'https://as2.good.example', As2Config: { LocalProfileId: localGone, PartnerProfileId: partnerGood } }),
      connector({
        Url: 'sftp://sftp.good.example',
        SftpConfig: { UserSecretId: SECRET, TrustedHostKeys: ['ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7'] },
      }),
    ]);
    await s.client.send(new DeleteProfileCommand({ ProfileId: localGone }));
  });

  it('is OK for an https connector that signs, encrypts and asks for signed MDNs with the certificates for it, and for an SFTP connector', async () => {
    expect(await healthOf(gid('Connector', good))).toEqual({ status: 'OK', problems: [] });
    expect(await healthOf(gid('Connector', sftp))).toEqual({ status: 'OK', problems: [] });
  });

  it('warns of plain HTTP (CONNECTOR_URL_NOT_HTTPS) and weak algorithms (WEAK_ALGORITHM)', async () => {
    expect(await healthOf(gid('Connector', plainHttp))).toEqual({
      status: 'WARNING',
      problems: [
        {
          code: 'CONNECTOR_URL_NOT_HTTPS',
          severity: 'WARNING',
          message: `connector ${plainHttp} sends to http://as2.good.example over plain HTTP; use https://`,
          node: node('Connector', plainHttp),
        },
      ],
    });
    expect((await healthOf(gid('Connector', weak))).problems).toEqual([
      {
        code: 'WEAK_ALGORITHM',
        severity: 'WARNING',
        message: `connector ${weak} uses SigningAlgorithm SHA1 and EncryptionAlgorithm DES_EDE3_CBC; prefer SHA256 or stronger and AES`,
        node: node('Connector', weak),
      },
    ]);
  });

  it('is BROKEN when the host can never resolve (CONNECTOR_HOST_UNRESOLVABLE)', async () => {
    expect((await healthOf(gid('Connector', unresolvable))).problems).toEqual([
      {
        code: 'CONNECTOR_HOST_UNRESOLVABLE',
        severity: 'BROKEN',
        message: `The URL https://partner.invalid/as2 of connector ${unresolvable} names partner.invalid, which never resolves (RFC 2606)`,
        node: node('Connector', unresolvable),
      },
    ]);
  });

  it("is BROKEN when it encrypts and the partner has no ENCRYPTION certificate, and the partner profile's health says so too", async () => {
    const missing = {
      code: 'CERTIFICATE_MISSING',
      severity: 'BROKEN',
      message: `The partner profile SIGN-ONLY (${partnerSignOnly}) has no ENCRYPTION certificate, needed by connector ${noEncryption} to encrypt with AES256_CBC`,
      node: node('Profile', partnerSignOnly),
    };
    expect(await healthOf(gid('Connector', noEncryption))).toEqual({ status: 'BROKEN', problems: [missing] });
    expect(await healthOf(gid('Profile', partnerSignOnly))).toEqual({ status: 'BROKEN', problems: [missing] });
  });

  it('warns when asynchronous MDNs go to a server that is not ONLINE (MDN_SERVER_NOT_ONLINE)', async () => {
    expect((await healthOf(gid('Connector', asyncMdn))).problems).toEqual([
      {
        code: 'MDN_SERVER_NOT_ONLINE',
        severity: 'WARNING',
        message: `Server ${offline}, where connector ${asyncMdn} receives asynchronous MDNs, is OFFLINE`,
        node: node('Server', offline),
      },
    ]);
  });

  it('is BROKEN with PROFILE_NOT_FOUND when its local profile was deleted', async () => {
    expect((await healthOf(gid('Connector', localDeleted))).problems).toEqual([
      {
        code: 'PROFILE_NOT_FOUND',
        severity: 'BROKEN',
        message: `The local profile ${localGone} of connector ${localDeleted} no longer exists`,
        node: node('Connector', localDeleted),
      },
    ]);
  });

  it("a LOCAL profile's health takes in every agreement and connector that uses it", async () => {
    expect(await healthOf(gid('Profile', localNoKey))).toEqual({
      status: 'BROKEN',
      problems: [
        expect.objectContaining({ code: 'PRIVATE_KEY_MISSING', severity: 'BROKEN', node: node('Certificate', signNoKey) }),
        expect.objectContaining({ code: 'CERTIFICATE_MISSING', severity: 'WARNING', node: node('Profile', localNoKey) }),
      ],
    });
  });

  it("every profile's health costs one ListServers, a ListAgreements per server, one ListConnectors, a DescribeConnector per AS2 connector and one ListCertificates", async () => {
    await s.resetStats();
    const res = await s.gql('{ profiles(first: 100) { edges { node { as2Id health { status } } } } }');
    expect(Object.fromEntries(res.data.profiles.edges.map((e: any) => [e.node.as2Id, e.node.health.status]))).toEqual({
      'OUR-AS2': 'OK',
      'OUR-NOKEY': 'BROKEN',
      GOOD: 'OK',
      EXPIRING: 'WARNING',
      ROTATING: 'OK',
      EXPIRED: 'BROKEN',
      PENDING: 'WARNING',
      NONE: 'WARNING',
      DANGLING: 'WARNING',
      GAP: 'WARNING',
      'SIGN-ONLY': 'BROKEN',
    });
    // 11 profiles, 2 servers, 7 AS2 connectors (the SFTP one, told apart by its URL, is not described).
    const byOperation = {
      ListProfiles: 1,
      DescribeProfile: 11,
      ListCertificates: 1,
      ListServers: 1,
      ListAgreements: 2,
      ListConnectors: 1,
      DescribeConnector: 7,
    };
    expect(res.extensions?.cost?.upstream).toEqual({ calls: 24, byOperation });
  });
});

describe('health arguments', () => {
  it('refuses a threshold outside 0–3650 days', async () => {
    const res = await s.gql(NODE_HEALTH, { id: gid('Profile', localGood), days: -1 });
    expect(res.errors).toEqual([
      expect.objectContaining({
        message: '`expiringWithinDays` must be a whole number of days from 0 to 3650, got -1',
        extensions: { code: 'BAD_USER_INPUT', argument: 'expiringWithinDays' },
      }),
    ]);
  });
});
