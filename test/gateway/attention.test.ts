import 'reflect-metadata'; // the certificate generator needs it
import { DeleteCertificateCommand } from '@aws-sdk/client-transfer';
import { print } from 'graphql';
import { AttentionDocument, PartnerHealthDocument } from '../../src/client';
import { certificateFactory, type CertificateFactory } from '../support/certificates';
import { partnerFixtures } from '../support/partner-fixtures';
import { startStack, type TestStack } from '../support/stack';

const SECRET = 'arn:aws:secretsmanager:us-east-1:000000000000:secret:partner-sftp-AbCdEf';

let s: TestStack;
let certs: CertificateFactory;
let t0: number;
const { certificate, profile, as2Server, agreement, connector } = partnerFixtures({
  label: 'attention',
  client: () => s.client,
  certs: () => certs,
  t0: () => t0,
});

const ATTENTION = `query($days: Int!) { attention(withinDays: $days) {
  certificate { certificateId usage } daysUntilExpiry profiles { profileId }
  replacements { profile { profileId } certificate { certificateId } } agreements { agreementId } connectors { connectorId } } }`;

// The account: LOCAL profiles ours (long-lived keys) and ours-old (its only signing key expired yesterday);
// PARTNER profiles p1 (signing certificate due in 5 days), p2 (encryption due in 10, replaced from day 9) and p3
// (encryption due in 15); one unused certificate due in 20 days. Two servers (the second without agreements), four
// AS2 connectors and an SFTP one.
let expiredKey: string, due5: string, due10: string, due10Replacement: string, due15: string, due20: string;
let ours: string, oursOld: string, p1: string, p2: string, p3: string;
let server1: string;
let a1: string, a2: string;
let c1: string, c3: string, c4: string;

beforeAll(async () => {
  [s, certs] = await Promise.all([startStack(), certificateFactory()]);
  t0 = Date.now();
  const [ourSigning, ourEncryption, p2Signing] = await Promise.all([
    certificate('SIGNING', { key: true }),
    certificate('ENCRYPTION', { key: true }),
    certificate('SIGNING'),
  ]);
  [expiredKey, due5, due10, due10Replacement, due15, due20] = await Promise.all([
    certificate('SIGNING', { key: true, active: -20, inactive: -1 }),
    certificate('SIGNING', { inactive: 5 }),
    certificate('ENCRYPTION', { inactive: 10 }),
    certificate('ENCRYPTION', { active: 9 }),
    certificate('ENCRYPTION', { inactive: 15 }),
    certificate('SIGNING', { inactive: 20 }),
  ]);
  [ours, oursOld, p1, p2, p3] = await Promise.all([
    profile('OURS', 'LOCAL', [ourSigning, ourEncryption]),
    profile('OURS-OLD', 'LOCAL', [expiredKey]),
    profile('P1', 'PARTNER', [due5]),
    profile('P2', 'PARTNER', [p2Signing, due10, due10Replacement]),
    profile('P3', 'PARTNER', [due15]),
  ]);
  [server1] = await Promise.all([as2Server(), as2Server()]);
  // a3 uses p3, whose due certificate is for encryption, which an agreement does not use.
  [a1, a2] = await Promise.all([agreement(server1, ours, p1), agreement(server1, oursOld, p2), agreement(server1, ours, p3)]);
  // c2 sends to p1 without asking for signed MDNs, so p1's signing certificate does not matter to it.
  [c1, , c3, c4] = await Promise.all([
    connector({
      Url: 'https://p1.example',
      As2Config: { LocalProfileId: ours, PartnerProfileId: p1, SigningAlgorithm: 'SHA256', MdnResponse: 'SYNC' },
    }),
    connector({ Url: 'https://p1.example/plain', As2Config: { LocalProfileId: ours, PartnerProfileId: p1 } }),
    connector({ Url: 'https://p2.example', As2Config: { LocalProfileId: oursOld, PartnerProfileId: p2, SigningAlgorithm: 'SHA256' } }),
    connector({ Url: 'https://p3.example', As2Config: { LocalProfileId: ours, PartnerProfileId: p3, EncryptionAlgorithm: 'AES256_CBC' } }),
    connector({
      Url: 'sftp://sftp.example',
      SftpConfig: { UserSecretId: SECRET, TrustedHostKeys: ['ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7'] },
    }),
  ]);
});
afterAll(() => s.close());

describe('attention(withinDays:)', () => {
  it('lists the certificates to rotate, those that break something first and then by inactiveDate, with what each would break', async () => {
    await s.resetStats();
    const res = await s.gql(ATTENTION, { days: 30 });
    expect(res.errors).toBeUndefined();
    const none = { profiles: [], replacements: [], agreements: [], connectors: [] };
    expect(res.data.attention).toEqual([
      {
        ...none,
        certificate: { certificateId: expiredKey, usage: 'SIGNING' },
        daysUntilExpiry: -1,
        profiles: [{ profileId: oursOld }],
        agreements: [{ agreementId: a2 }],
        connectors: [{ connectorId: c3 }],
      },
      {
        ...none,
        certificate: { certificateId: due5, usage: 'SIGNING' },
        daysUntilExpiry: 5,
        profiles: [{ profileId: p1 }],
        agreements: [{ agreementId: a1 }],
        connectors: [{ connectorId: c1 }],
      },
      {
        ...none,
        certificate: { certificateId: due15, usage: 'ENCRYPTION' },
        daysUntilExpiry: 15,
        profiles: [{ profileId: p3 }],
        connectors: [{ connectorId: c4 }],
      },
      {
        ...none,
        certificate: { certificateId: due10, usage: 'ENCRYPTION' },
        daysUntilExpiry: 10,
        replacements: [{ profile: { profileId: p2 }, certificate: { certificateId: due10Replacement } }],
      },
      { ...none, certificate: { certificateId: due20, usage: 'SIGNING' }, daysUntilExpiry: 20 },
    ]);
    // The lower bound: 1 ListCertificates + 1 ListProfiles + 5 DescribeProfile (profiles name their certificates only
    // there) + 1 ListServers + 2 ListAgreements (one per server; summaries name the profiles) + 1 ListConnectors +
    // 4 DescribeConnector (the AS2 ones; the SFTP connector is told apart by its URL). No Describe of a certificate,
    // server or agreement.
    const byOperation = {
      ListCertificates: 1,
      ListProfiles: 1,
      DescribeProfile: 5,
      ListServers: 1,
      ListAgreements: 2,
      ListConnectors: 1,
      DescribeConnector: 4,
    };
    expect(res.extensions?.cost?.upstream).toEqual({ calls: 15, byOperation });
    expect(await s.stats()).toEqual({ requests: byOperation, total: 15 });
  });

  it('reads no agreement or connector when they are not asked for', async () => {
    const res = await s.gql('{ attention(withinDays: 30) { certificate { certificateId } profiles { as2Id } } }');
    expect(res.data.attention.map((a: any) => [a.certificate.certificateId, a.profiles.map((p: any) => p.as2Id)])).toEqual([
      [expiredKey, ['OURS-OLD']],
      [due5, ['P1']],
      [due15, ['P3']],
      [due10, []],
      [due20, []],
    ]);
    expect(res.extensions?.cost?.upstream).toEqual({ calls: 7, byOperation: { ListCertificates: 1, ListProfiles: 1, DescribeProfile: 5 } });
  });

  it('narrows to the window: 7 days leave the expired certificate and the one due in 5', async () => {
    const res = await s.gql('{ attention(withinDays: 7) { certificate { certificateId } daysUntilExpiry } }');
    expect(res.data.attention).toEqual([
      { certificate: { certificateId: expiredKey }, daysUntilExpiry: -1 },
      { certificate: { certificateId: due5 }, daysUntilExpiry: 5 },
    ]);
  });

  it('answers the Attention and PartnerHealth examples (examples/attention.graphql)', async () => {
    const attention = await s.gql(print(AttentionDocument), { withinDays: 30 });
    expect(attention.errors).toBeUndefined();
    expect(
      attention.data.attention.map((a: any) => [a.certificate.certificateId, a.profiles.map((p: any) => p.as2Id), a.connectors.length]),
    ).toEqual([
      [expiredKey, ['OURS-OLD'], 1],
      [due5, ['P1'], 1],
      [due15, ['P3'], 1],
      [due10, [], 0],
      [due20, [], 0],
    ]);
    const health = await s.gql(print(PartnerHealthDocument));
    expect(health.errors).toBeUndefined();
    expect(
      health.data.profiles.edges.map((e: any) => [e.node.as2Id, e.node.health.status, e.node.health.problems.map((p: any) => p.code)]),
    ).toEqual([
      ['P1', 'WARNING', ['CERTIFICATE_EXPIRING']],
      ['P2', 'OK', []],
      ['P3', 'BROKEN', ['CERTIFICATE_MISSING', 'CERTIFICATE_EXPIRING']],
    ]);
  });

  it('costs one ListCertificates call when nothing is due', async () => {
    await s.client.send(new DeleteCertificateCommand({ CertificateId: expiredKey }));
    const res = await s.gql(ATTENTION, { days: 3 });
    expect(res.data.attention).toEqual([]);
    expect(res.extensions?.cost?.upstream).toEqual({ calls: 1, byOperation: { ListCertificates: 1 } });
  });

  it('refuses a negative window', async () => {
    const res = await s.gql(ATTENTION, { days: -1 });
    expect(res.data).toEqual({ attention: null });
    expect(res.errors).toEqual([
      expect.objectContaining({
        message: '`withinDays` must be a whole number of days from 0 to 3650, got -1',
        extensions: { code: 'BAD_USER_INPUT', argument: 'withinDays' },
      }),
    ]);
  });
});
