import { print } from 'graphql';
import {
  OnboardCreateAgreementDocument,
  OnboardCreateConnectorDocument,
  OnboardCreateProfileDocument,
  OnboardDeleteProfileDocument,
  OnboardImportCertificateDocument,
  OnboardRotateCertificateDocument,
  OnboardStartFileTransferDocument,
} from '../../src/client';
import { certificateFactory } from '../support/certificates';
import { startStack, type TestStack } from '../support/stack';

const ACCESS_ROLE = 'arn:aws:iam::000000000000:role/as2-access';
const WRITE = /^(Create|Update|Delete|Import|Start|Stop|Tag|Untag)/;

let s: TestStack;
beforeAll(async () => {
  s = await startStack({ seed: 'demo' });
}, 60_000);
afterAll(() => s.close());

/** Runs an example operation; in a dry run, checks that the emulator received no write. */
async function run(document: Parameters<typeof print>[0], input: Record<string, unknown>) {
  await s.resetStats();
  const res = await s.gql(print(document), { input });
  expect(res.errors).toBeUndefined();
  const payload = Object.values(res.data as Record<string, any>)[0];
  const writes = Object.keys((await s.stats()).requests).filter((op) => WRITE.test(op));
  if (input.dryRun) expect(writes).toEqual([]);
  return { payload, writes, cost: res.extensions?.cost?.upstream };
}

describe('examples/onboarding.graphql, run in order on the demo data', () => {
  it('onboards a partner: certificates, profile, agreement, connector, a transfer, a rotation, and a guarded delete', async () => {
    const found = await s.gql(
      `{ servers(first: 1) { edges { node { serverId } } } profiles(profileType: LOCAL, first: 1) { edges { node { profileId } } } }`,
    );
    const serverId = found.data.servers.edges[0].node.serverId;
    const localProfileId = found.data.profiles.edges[0].node.profileId;
    const certs = await certificateFactory();
    const signing = await certs.generate('CN=onboarding partner signing, O=Partner');
    const encryption = await certs.generate('CN=onboarding partner encryption, O=Partner');

    // 1. Certificates: a dry run first, then the two imports.
    const dryImport = await run(OnboardImportCertificateDocument, { usage: 'SIGNING', certificate: signing.certificatePem, dryRun: true });
    expect(dryImport.payload.certificate).toMatchObject({
      id: '',
      certificateId: '',
      usage: 'SIGNING',
      status: 'ACTIVE',
      serial: signing.serial,
    });
    expect(dryImport.payload.plannedCalls).toEqual([{ operation: 'ImportCertificate', input: { Usage: 'SIGNING', Certificate: '***' } }]);
    const imported = await run(OnboardImportCertificateDocument, { usage: 'SIGNING', certificate: signing.certificatePem });
    expect(imported.writes).toEqual(['ImportCertificate']);
    const signingId = imported.payload.certificate.certificateId;
    const encryptionId = (await run(OnboardImportCertificateDocument, { usage: 'ENCRYPTION', certificate: encryption.certificatePem }))
      .payload.certificate.certificateId;

    // 2. The PARTNER profile.
    const profileInput = { as2Id: 'ONBOARDED-PARTNER', profileType: 'PARTNER', certificateIds: [signingId, encryptionId] };
    const dryProfile = await run(OnboardCreateProfileDocument, { ...profileInput, dryRun: true });
    expect(dryProfile.payload).toMatchObject({
      userErrors: [],
      warnings: [],
      profile: { id: '', profileId: '', certificateIds: [signingId, encryptionId] },
    });
    const created = await run(OnboardCreateProfileDocument, profileInput);
    const partnerProfileId = created.payload.profile.profileId;

    // 3. The agreement, checked first: the demo LOCAL profile and server pass, and nothing is written.
    const agreementInput = {
      serverId,
      localProfileId,
      partnerProfileId,
      accessRole: ACCESS_ROLE,
      baseDirectory: '/onboarding/in',
      description: 'Onboarded partner',
    };
    const dryAgreement = await run(OnboardCreateAgreementDocument, { ...agreementInput, dryRun: true });
    expect(dryAgreement.payload.userErrors).toEqual([]);
    expect(dryAgreement.payload.plannedCalls.map((c: any) => c.operation)).toEqual(['CreateAgreement']);
    const agreement = await run(OnboardCreateAgreementDocument, agreementInput);
    expect(agreement.payload.agreement.status).toBe('ACTIVE');

    // 4. The connector.
    const connectorInput = {
      url: 'https://onboarded.example/as2',
      accessRole: ACCESS_ROLE,
      // AES128_CBC: what the partner's RSA-2048 certificate matches (AES256_CBC over it warns KEY_TOO_WEAK).
      as2Config: { localProfileId, partnerProfileId, signingAlgorithm: 'SHA256', encryptionAlgorithm: 'AES128_CBC', mdnResponse: 'SYNC' },
    };
    const dryConnector = await run(OnboardCreateConnectorDocument, { ...connectorInput, dryRun: true });
    expect(dryConnector.payload).toMatchObject({
      userErrors: [],
      warnings: [],
      connector: { id: '', connectorId: '', url: 'https://onboarded.example/as2' },
    });
    const connector = await run(OnboardCreateConnectorDocument, connectorInput);
    const connectorId = connector.payload.connector.connectorId;

    // 5. A first transfer.
    const transfer = await run(OnboardStartFileTransferDocument, {
      connectorId,
      sendFilePaths: ['/meridian-outbound/invoices/INV-1001.edi'],
    });
    expect(transfer.payload.userErrors).toEqual([]);
    expect(transfer.writes).toEqual(['StartFileTransfer']);

    // 6. The partner's signing certificate is rotated: the plan first, then the rotation.
    const replacement = await certs.generate('CN=onboarding partner signing 2, O=Partner');
    const rotateInput = { id: signingId, certificate: replacement.certificatePem, overlapDays: 14 };
    const dryRotation = await run(OnboardRotateCertificateDocument, { ...rotateInput, dryRun: true });
    expect(dryRotation.payload.plannedCalls.map((c: any) => c.operation)).toEqual([
      'ImportCertificate',
      'UpdateProfile',
      'UpdateCertificate',
    ]);
    const rotation = await run(OnboardRotateCertificateDocument, rotateInput);
    const replacementId = rotation.payload.replacement.certificateId;
    expect(rotation.payload.profiles).toEqual([
      {
        profile: { profileId: partnerProfileId },
        outcome: 'UPDATED',
        certificateIds: [signingId, encryptionId, replacementId],
        message: null,
      },
    ]);
    expect(rotation.payload.complete).toBe(true);
    expect(rotation.writes).toEqual(['ImportCertificate', 'UpdateProfile', 'UpdateCertificate']);

    // 7. The guarded delete: refused while the agreement and the connector use the profile.
    const refused = await run(OnboardDeleteProfileDocument, { id: partnerProfileId, dryRun: true });
    expect(refused.payload.dependents.map((d: any) => [d.type, d.awsId])).toEqual([
      ['Agreement', agreement.payload.agreement.agreementId],
      ['Connector', connectorId],
    ]);
    expect(refused.payload.userErrors.map((e: any) => e.code)).toEqual(['IN_USE']);
    const forced = await run(OnboardDeleteProfileDocument, { id: partnerProfileId, force: true, dryRun: true });
    expect(forced.payload.plannedCalls).toEqual([{ operation: 'DeleteProfile', input: { ProfileId: partnerProfileId } }]);
    // A page of certificates: the count the quota of 1,000 per account needs.
    expect(dryImport.cost).toEqual({ calls: 1, byOperation: { ListCertificates: 1 } });
    // The AWS calls behind each check (extensions.cost) on the demo data (30 profiles, 3 servers, 10 connectors, 34 certificates before).
    expect(dryAgreement.cost).toEqual({
      calls: 9,
      byOperation: { DescribeServer: 1, DescribeProfile: 2, ListAgreements: 1, DescribeCertificate: 5 },
    });
    // Each certificate described once for its serial; `old { inactiveDate }` then comes from the ListCertificates page read.
    expect(dryRotation.cost).toEqual({
      calls: 67,
      byOperation: { DescribeCertificate: 34, ListCertificates: 1, ListProfiles: 1, DescribeProfile: 31 },
    });
    expect(rotation.cost).toEqual({
      calls: 71,
      byOperation: {
        DescribeCertificate: 35,
        ListCertificates: 1,
        ImportCertificate: 1,
        ListProfiles: 1,
        DescribeProfile: 31,
        UpdateProfile: 1,
        UpdateCertificate: 1,
      },
    });
    expect(refused.cost).toEqual({
      calls: 16,
      byOperation: { ListServers: 1, ListConnectors: 1, ListAgreements: 3, DescribeConnector: 11 },
    });
  });
});
