import {
  CreateAgreementCommand,
  CreateConnectorCommand,
  CreateProfileCommand,
  CreateServerCommand,
  DeleteProfileCommand,
  DescribeCertificateCommand,
  DescribeProfileCommand,
  ImportCertificateCommand,
  type ProfileType,
} from '@aws-sdk/client-transfer';
import { webcrypto } from 'node:crypto';
import { generateCertificate, generateKeys } from '../../src/emulator/seed/certs';
import { createContext } from '../../src/gateway/request/context';
import { RegionUpstream } from '../../src/gateway/upstream/client';
import { createAs2Server } from '../support/as2-server';
import { certificateFactory, type CertificateFactory } from '../support/certificates';
import { startStack, type TestStack } from '../support/stack';

const DAY = 86_400_000;
const gid = (...parts: string[]) => Buffer.from([parts[0], 'us-east-1', ...parts.slice(1)].join(':')).toString('base64url');
const ACCESS_ROLE = 'arn:aws:iam::000000000000:role/as2-access';
const PAYLOAD = 'userErrors { field message code } warnings { code message field } plannedCalls { operation input }';
const IMPORT = `mutation($input: ImportCertificateInput!) { importCertificate(input: $input) {
  certificate { id certificateId arn usage status type serial activeDate inactiveDate notAfterDate description } ${PAYLOAD} } }`;
const UPDATE_CERTIFICATE = `mutation($input: UpdateCertificateInput!) { updateCertificate(input: $input) { certificate { certificateId description } ${PAYLOAD} } }`;
const CREATE_PROFILE = `mutation($input: CreateProfileInput!) { createProfile(input: $input) { profile { id profileId as2Id profileType } ${PAYLOAD} } }`;
const UPDATE_PROFILE = `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { profile { profileId certificateIds } ${PAYLOAD} } }`;
const DELETE_PROFILE = `mutation($input: DeleteProfileInput!) { deleteProfile(input: $input) { deletedId dependents { awsId } ${PAYLOAD} } }`;
const CREATE_AGREEMENT = `mutation($input: CreateAgreementInput!) { createAgreement(input: $input) {
  agreement { id agreementId serverId status baseDirectory description } ${PAYLOAD} } }`;
const UPDATE_AGREEMENT = `mutation($input: UpdateAgreementInput!) { updateAgreement(input: $input) { agreement { agreementId } ${PAYLOAD} } }`;
const START_TRANSFER = `mutation($input: StartFileTransferInput!) { startFileTransfer(input: $input) { fileTransfer { transferId } ${PAYLOAD} } }`;
const CREATE_CONNECTOR = `mutation($input: CreateConnectorInput!) { createConnector(input: $input) { connector { connectorId } ${PAYLOAD} } }`;
const UPDATE_CONNECTOR = `mutation($input: UpdateConnectorInput!) { updateConnector(input: $input) { connector { connectorId } ${PAYLOAD} } }`;

let s: TestStack;
let certs: CertificateFactory;
let serverId: string;
let signing: string;
let local: string;
let partner: string;
const profile = async (As2Id: string, ProfileType: ProfileType, CertificateIds?: string[]) =>
  (await s.client.send(new CreateProfileCommand({ As2Id, ProfileType, CertificateIds }))).ProfileId!;
/** The writes the emulator received since the last reset. */
const writes = async () =>
  Object.entries((await s.stats()).requests).filter(([op]) => /^(Create|Update|Delete|Import|Start|Stop|Tag|Untag)/.test(op));

/** Imports a self-signed certificate with an RSA-4096 key, the largest AWS imports. */
async function importWith4096Key(usage: 'SIGNING' | 'ENCRYPTION'): Promise<string> {
  const keys = await webcrypto.subtle.generateKey(
    { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256', publicExponent: new Uint8Array([1, 0, 1]), modulusLength: 4096 },
    true,
    ['sign', 'verify'],
  );
  const pkcs8 = Buffer.from(await webcrypto.subtle.exportKey('pkcs8', keys.privateKey)).toString('base64');
  const key = { keys, privateKeyPem: `-----BEGIN PRIVATE KEY-----\n${pkcs8.replace(/.{64}/g, '$&\n')}\n-----END PRIVATE KEY-----\n` };
  const certificate = await generateCertificate({
    subject: 'CN=rsa-4096',
    key,
    purpose: 'SIGNING',
    notBefore: certs.notBefore,
    notAfter: certs.notAfter,
  });
  return (await s.client.send(new ImportCertificateCommand({ Usage: usage, Certificate: certificate.certificatePem }))).CertificateId!;
}

beforeAll(async () => {
  s = await startStack();
  certs = await certificateFactory();
  signing = await certs.importInto(s.client, 'SIGNING', { withPrivateKey: true });
  local = await profile('DRY-LOCAL', 'LOCAL', [signing]);
  partner = await profile('DRY-PARTNER', 'PARTNER');
  serverId = await createAs2Server(s.client);
}, 60_000);
afterAll(() => s.close());
beforeEach(() => s.resetStats());

describe('a dry run answers the payload the real call would produce, and writes nothing', () => {
  it('answers the certificate an import would make, with no id, and the ImportCertificate it would send with the key as ***, reading one page of certificates for the quota', async () => {
    const pem = await certs.generate('CN=dry import, O=transfer-graph tests');
    const input = { usage: 'SIGNING', certificate: pem.certificatePem, privateKey: pem.privateKeyPem, description: 'dry', dryRun: true };
    const res = await s.gql(IMPORT, { input });
    expect(res.errors).toBeUndefined();
    expect(res.data.importCertificate).toEqual({
      certificate: {
        id: '',
        certificateId: '',
        arn: '',
        usage: 'SIGNING',
        status: 'ACTIVE',
        type: 'CERTIFICATE_WITH_PRIVATE_KEY',
        serial: pem.serial,
        activeDate: certs.notBefore.toISOString(),
        inactiveDate: certs.notAfter.toISOString(),
        notAfterDate: certs.notAfter.toISOString(),
        description: 'dry',
      },
      userErrors: [],
      warnings: [],
      plannedCalls: [
        {
          operation: 'ImportCertificate',
          input: {
            Usage: 'SIGNING',
            // The model marks Certificate sensitive too.
            Certificate: '***',
            PrivateKey: '***',
            Description: 'dry',
          },
        },
      ],
    });
    expect(JSON.stringify(res)).not.toContain(pem.privateKeyPem.slice(40, 80));
    expect(await s.stats()).toEqual({ requests: { ListCertificates: 1 }, total: 1 });
  });

  it('answers a profile update as it would leave the profile, reading it once and writing nothing', async () => {
    const res = await s.gql(UPDATE_PROFILE, { input: { id: local, certificateIds: [], dryRun: true } });
    expect(res.data.updateProfile).toEqual({
      profile: { profileId: local, certificateIds: [] },
      userErrors: [],
      warnings: [],
      plannedCalls: [{ operation: 'UpdateProfile', input: { ProfileId: local, CertificateIds: [] } }],
    });
    expect(await s.stats()).toEqual({ requests: { DescribeProfile: 1 }, total: 1 });
    expect((await s.client.send(new DescribeProfileCommand({ ProfileId: local }))).Profile?.CertificateIds).toEqual([signing]);
  });

  it('answers a certificate update with the new description while AWS keeps the old one', async () => {
    const res = await s.gql(UPDATE_CERTIFICATE, { input: { id: signing, description: 'renamed', dryRun: true } });
    expect(res.data.updateCertificate).toEqual({
      certificate: { certificateId: signing, description: 'renamed' },
      userErrors: [],
      warnings: [],
      plannedCalls: [{ operation: 'UpdateCertificate', input: { CertificateId: signing, Description: 'renamed' } }],
    });
    expect(await writes()).toEqual([]);
    expect((await s.client.send(new DescribeCertificateCommand({ CertificateId: signing }))).Certificate?.Description).toBeUndefined();
  });

  it('answers the agreement a create would make, with no agreementId, for the reads its checks need', async () => {
    const input = {
      serverId,
      localProfileId: local,
      partnerProfileId: partner,
      accessRole: ACCESS_ROLE,
      baseDirectory: '/b/in',
      description: 'Dry agreement',
      dryRun: true,
    };
    const res = await s.gql(CREATE_AGREEMENT, { input });
    expect(res.errors).toBeUndefined();
    expect(res.data.createAgreement.agreement).toEqual({
      id: '',
      agreementId: '',
      serverId,
      status: 'ACTIVE',
      baseDirectory: '/b/in',
      description: 'Dry agreement',
    });
    expect(res.data.createAgreement.userErrors).toEqual([]);
    expect(res.data.createAgreement.plannedCalls).toEqual([
      {
        operation: 'CreateAgreement',
        input: {
          ServerId: serverId,
          LocalProfileId: local,
          PartnerProfileId: partner,
          AccessRole: ACCESS_ROLE,
          BaseDirectory: '/b/in',
          Description: 'Dry agreement',
        },
      },
    ]);
    expect(await writes()).toEqual([]);
    expect(res.extensions?.cost?.upstream).toEqual({
      calls: 5,
      byOperation: { DescribeServer: 1, DescribeProfile: 2, ListAgreements: 1, DescribeCertificate: 1 },
    });
  });

  it('answers an agreement update as it would leave the agreement, and AWS keeps it as it was', async () => {
    const other = await profile('DRY-UPDATED', 'PARTNER');
    const ours = await profile('DRY-LOCAL-2', 'LOCAL');
    const input = {
      serverId,
      localProfileId: ours,
      partnerProfileId: other,
      accessRole: ACCESS_ROLE,
      baseDirectory: '/b/before',
      description: 'Before',
    };
    const made = await s.gql(CREATE_AGREEMENT, { input });
    const { id, agreementId } = made.data.createAgreement.agreement;
    await s.resetStats();
    const res = await s.gql(
      `mutation($input: UpdateAgreementInput!) { updateAgreement(input: $input) { agreement { agreementId description baseDirectory status } ${PAYLOAD} } }`,
      { input: { id, description: 'After', status: 'INACTIVE', dryRun: true } },
    );
    expect(res.data.updateAgreement).toEqual({
      agreement: { agreementId, description: 'After', baseDirectory: '/b/before', status: 'INACTIVE' },
      userErrors: [],
      warnings: [],
      plannedCalls: [
        { operation: 'UpdateAgreement', input: { ServerId: serverId, AgreementId: agreementId, Description: 'After', Status: 'INACTIVE' } },
      ],
    });
    expect(await writes()).toEqual([]);
    const after = await s.gql(`query($id: ID!) { node(id: $id) { ... on Agreement { description status } } }`, { id });
    expect(after.data.node).toEqual({ description: 'Before', status: 'ACTIVE' });
  });

  it('never quotes a password it would send: a dry-run testIdentityProvider plans the call with UserPassword as ***', async () => {
    const { ServerId: sftpServer } = await s.client.send(
      new CreateServerCommand({
        Protocols: ['SFTP'],
        IdentityProviderType: 'API_GATEWAY',
        IdentityProviderDetails: { Url: 'https://idp.example/prod', InvocationRole: 'arn:aws:iam::000000000000:role/idp' },
      }),
    );
    await s.resetStats();
    const res = await s.gql(
      `mutation($input: TestIdentityProviderInput!) { testIdentityProvider(input: $input) { statusCode ${PAYLOAD} } }`,
      { input: { serverId: sftpServer, userName: 'alice', userPassword: 'hunter2-secret', dryRun: true } },
    );
    expect(res.data.testIdentityProvider).toEqual({
      statusCode: null,
      userErrors: [],
      warnings: [],
      plannedCalls: [{ operation: 'TestIdentityProvider', input: { ServerId: sftpServer, UserName: 'alice', UserPassword: '***' } }],
    });
    expect(JSON.stringify(res)).not.toContain('hunter2');
    expect(await s.stats()).toEqual({ requests: { DescribeServer: 1 }, total: 1 });
  });

  it('plans the delete of a profile nothing uses, answering the deletedId it would have', async () => {
    const res = await s.gql(DELETE_PROFILE, { input: { id: local, dryRun: true } });
    expect(res.data.deleteProfile).toEqual({
      deletedId: gid('Profile', local),
      dependents: [],
      userErrors: [],
      warnings: [],
      plannedCalls: [{ operation: 'DeleteProfile', input: { ProfileId: local } }],
    });
    expect(await writes()).toEqual([]);
  });

  it('refuses the delete of a profile an agreement uses with IN_USE, as the real one does', async () => {
    const used = await profile('DRY-USED', 'PARTNER');
    const made = await s.gql(CREATE_AGREEMENT, {
      input: { serverId, localProfileId: local, partnerProfileId: used, accessRole: ACCESS_ROLE, baseDirectory: '/b/used' },
    });
    const agreementId = made.data.createAgreement.agreement.agreementId;
    await s.resetStats();
    const res = await s.gql(DELETE_PROFILE, { input: { id: used, dryRun: true } });
    expect(res.data.deleteProfile).toEqual({
      deletedId: null,
      dependents: [{ awsId: agreementId }],
      userErrors: [
        {
          field: ['input', 'id'],
          message: `Profile ${used} is used by 1 agreement; change or delete them first, or give force: true to delete it anyway`,
          code: 'IN_USE',
        },
      ],
      warnings: [],
      plannedCalls: null,
    });
    expect(await writes()).toEqual([]);
  });
});

describe('a dry run refuses what the real call refuses, on the same fields with the same codes', () => {
  /** The userErrors of a dry run, then of the real call, of the same input. */
  const both = async (document: string, field: string, input: Record<string, unknown>) => {
    await s.resetStats();
    const dry = await s.gql(document, { input: { ...input, dryRun: true } });
    expect(await writes()).toEqual([]);
    const real = await s.gql(document, { input });
    return { dry: dry.data[field].userErrors, real: real.data[field].userErrors };
  };

  it('refuses model violations: an as2Id too long and a tag key too long', async () => {
    const { dry, real } = await both(CREATE_PROFILE, 'createProfile', {
      as2Id: 'x'.repeat(129),
      profileType: 'PARTNER',
      tags: [{ key: 'k'.repeat(129), value: 'v' }],
    });
    expect(dry).toEqual(real);
    expect(dry.map((e: any) => [e.field, e.code])).toEqual([
      [['input', 'as2Id'], 'INVALID'],
      [['input', 'tags', '0', 'key'], 'INVALID'],
    ]);
  });

  it('refuses an as2Id with spaces', async () => {
    const { dry, real } = await both(CREATE_PROFILE, 'createProfile', { as2Id: 'has space', profileType: 'PARTNER' });
    expect(dry).toEqual(real);
    expect(dry).toEqual([{ field: ['input', 'as2Id'], message: 'as2Id must not include spaces, got "has space"', code: 'INVALID' }]);
  });

  it('refuses a certificate that does not exist, on the field that named it', async () => {
    const missing = 'cert-00000000000000000';
    const { dry, real } = await both(CREATE_PROFILE, 'createProfile', {
      as2Id: 'DRY-NONE',
      profileType: 'PARTNER',
      certificateIds: [signing, missing],
    });
    expect(dry).toEqual(real);
    expect(dry).toEqual([{ field: ['input', 'certificateIds', '1'], message: `Unknown certificate ${missing}`, code: 'NOT_FOUND' }]);
  });

  it('refuses profiles of the wrong type in an agreement with WRONG_TYPE on each field', async () => {
    const input = { serverId, localProfileId: partner, partnerProfileId: local, accessRole: ACCESS_ROLE, baseDirectory: '/b/in' };
    const { dry, real } = await both(CREATE_AGREEMENT, 'createAgreement', input);
    expect(dry).toEqual(real);
    expect(dry.map((e: any) => [e.field, e.code])).toEqual([
      [['input', 'localProfileId'], 'WRONG_TYPE'],
      [['input', 'partnerProfileId'], 'WRONG_TYPE'],
    ]);
  });

  it('refuses an eleventh certificate on a profile with QUOTA_EXCEEDED', async () => {
    const eleven = Array.from({ length: 11 }, () => signing);
    const { dry, real } = await both(UPDATE_PROFILE, 'updateProfile', { id: local, certificateIds: eleven });
    expect(dry).toEqual(real);
    expect(dry).toEqual([
      {
        field: ['input', 'certificateIds'],
        message: 'Quota exceeded: at most 10 certificates per profile (certificateIds names 11)',
        code: 'QUOTA_EXCEEDED',
      },
    ]);
  });

  it('refuses a second agreement for the same pair with CONFLICT', async () => {
    const input = { serverId, localProfileId: local, partnerProfileId: partner, accessRole: ACCESS_ROLE, baseDirectory: '/b/pair' };
    expect((await s.gql(CREATE_AGREEMENT, { input })).data.createAgreement.userErrors).toEqual([]);
    await s.resetStats();
    const { dry, real } = await both(CREATE_AGREEMENT, 'createAgreement', input);
    expect(dry).toEqual(real);
    expect(dry.map((e: any) => e.code)).toEqual(['CONFLICT']);
  });

  it("refuses an AS2 connector's cross-field rules, then profiles of the wrong type, as the real call does", async () => {
    const rules = await both(CREATE_CONNECTOR, 'createConnector', {
      url: 'ftp://partner.example/as2',
      accessRole: ACCESS_ROLE,
      as2Config: { localProfileId: local, encryptionAlgorithm: 'NONE', mdnResponse: 'ASYNC' },
    });
    expect(rules.dry).toEqual(rules.real);
    expect(rules.dry.map((e: any) => [e.field, e.code])).toEqual([
      [['input', 'url'], 'INVALID'],
      [['input', 'as2Config', 'partnerProfileId'], 'REQUIRED'],
      [['input', 'as2Config', 'encryptionAlgorithm'], 'INVALID'],
      [['input', 'as2Config', 'asyncMdnConfig', 'url'], 'REQUIRED'],
      [['input', 'as2Config', 'asyncMdnConfig', 'serverIds'], 'REQUIRED'],
    ]);
    const swapped = await both(CREATE_CONNECTOR, 'createConnector', {
      url: 'https://partner.example/as2',
      accessRole: ACCESS_ROLE,
      as2Config: { localProfileId: partner, partnerProfileId: local },
    });
    expect(swapped.dry).toEqual(swapped.real);
    expect(swapped.dry).toEqual([
      {
        field: ['input', 'as2Config', 'localProfileId'],
        message: `as2Config.localProfileId must name a LOCAL profile, but ${partner} is a PARTNER profile`,
        code: 'WRONG_TYPE',
      },
    ]);
  });

  it('refuses a certificate that is not PEM, and a private key that does not match, as the real import does', async () => {
    const garbage = await both(IMPORT, 'importCertificate', { usage: 'SIGNING', certificate: 'not a certificate' });
    expect(garbage.dry).toEqual(garbage.real);
    expect(garbage.dry).toEqual([
      {
        field: ['input', 'certificate'],
        message: 'certificate is not PEM: expected one or more blocks from -----BEGIN CERTIFICATE----- to -----END CERTIFICATE-----',
        code: 'INVALID',
      },
    ]);
    const [otherKey] = await generateKeys(1);
    const pem = await certs.generate('CN=mismatched, O=transfer-graph tests');
    const mismatched = await both(IMPORT, 'importCertificate', {
      usage: 'SIGNING',
      certificate: pem.certificatePem,
      privateKey: otherKey.privateKeyPem,
    });
    expect(mismatched.dry).toEqual(mismatched.real);
    expect(mismatched.dry).toEqual([
      {
        field: ['input', 'privateKey'],
        message: "privateKey does not match the certificate's public key; give the private key the certificate was issued for",
        code: 'INVALID',
      },
    ]);
  });

  it("refuses an active window outside the certificate's validity, on import and on update, on each date's field", async () => {
    const pem = await certs.generate('CN=dry window, O=transfer-graph tests');
    const before = new Date(certs.notBefore.getTime() - DAY);
    const after = new Date(certs.notAfter.getTime() + DAY);
    const validity = `the certificate's validity, ${certs.notBefore.toISOString()} to ${certs.notAfter.toISOString()}`;
    const imported = await both(IMPORT, 'importCertificate', {
      usage: 'SIGNING',
      certificate: pem.certificatePem,
      activeDate: before.toISOString(),
      inactiveDate: after.toISOString(),
    });
    expect(imported.dry).toEqual(imported.real);
    expect(imported.dry).toEqual([
      {
        field: ['input', 'activeDate'],
        message: `activeDate ${before.toISOString()} lies outside ${validity}; give a date within it`,
        code: 'INVALID',
      },
      {
        field: ['input', 'inactiveDate'],
        message: `inactiveDate ${after.toISOString()} lies outside ${validity}; give a date within it`,
        code: 'INVALID',
      },
    ]);
    const active = new Date(certs.notBefore.getTime() + 2 * DAY);
    const inactive = new Date(certs.notBefore.getTime() + DAY);
    const updated = await both(UPDATE_CERTIFICATE, 'updateCertificate', {
      id: signing,
      activeDate: active.toISOString(),
      inactiveDate: inactive.toISOString(),
    });
    expect(updated.dry).toEqual(updated.real);
    expect(updated.dry).toEqual([
      {
        field: ['input', 'activeDate'],
        message: `activeDate ${active.toISOString()} must be before inactiveDate ${inactive.toISOString()}`,
        code: 'INVALID',
      },
    ]);
  });

  it('refuses a second agreement for the same pair on an update too, with CONFLICT on partnerProfileId', async () => {
    const other = await profile('DRY-OTHER-PARTNER', 'PARTNER');
    const agreement = async (PartnerProfileId: string, BaseDirectory: string) =>
      (
        await s.client.send(
          new CreateAgreementCommand({
            ServerId: serverId,
            LocalProfileId: local,
            PartnerProfileId,
            AccessRole: ACCESS_ROLE,
            BaseDirectory,
          }),
        )
      ).AgreementId!;
    const taken = await agreement(other, '/b/taken');
    const moving = await agreement(await profile('DRY-MOVING-PARTNER', 'PARTNER'), '/b/moving');
    const { dry, real } = await both(UPDATE_AGREEMENT, 'updateAgreement', {
      id: gid('Agreement', serverId, moving),
      partnerProfileId: other,
    });
    expect(dry).toEqual(real);
    expect(dry).toEqual([
      {
        field: ['input', 'partnerProfileId'],
        message: `partnerProfileId ${other} already has agreement ${taken} on server ${serverId} with localProfileId ${local}; a server has one agreement per local and partner profile pair`,
        code: 'CONFLICT',
      },
    ]);
  });

  it("refuses a file transfer's paths that do not fit its connector: retrieveFilePaths on an AS2 connector", async () => {
    const { ConnectorId } = await s.client.send(
      new CreateConnectorCommand({
        Url: 'https://partner.example/as2',
        AccessRole: ACCESS_ROLE,
        As2Config: { LocalProfileId: local, PartnerProfileId: partner },
      }),
    );
    const { dry, real } = await both(START_TRANSFER, 'startFileTransfer', {
      connectorId: ConnectorId,
      sendFilePaths: ['/a'],
      retrieveFilePaths: ['/b'],
    });
    expect(dry).toEqual(real);
    expect(dry).toEqual([
      { field: ['input', 'retrieveFilePaths'], message: 'retrieveFilePaths applies only to SFTP connectors', code: 'INVALID' },
    ]);
  });

  it("refuses a TLS certificate's rules (no private key, self-signed, no chain) as the real import does", async () => {
    const pem = await certs.generate('CN=dry tls, O=transfer-graph tests');
    const { dry, real } = await both(IMPORT, 'importCertificate', {
      usage: 'TLS',
      certificate: pem.certificatePem,
      privateKey: pem.privateKeyPem,
      certificateChain: pem.certificatePem,
    });
    expect(dry).toEqual(real);
    expect(dry).toEqual([
      {
        field: ['input', 'privateKey'],
        message: "privateKey must be left out for a TLS certificate: it is imported as a partner's public certificate",
        code: 'INVALID',
      },
      {
        field: ['input', 'certificateChain'],
        message:
          'certificateChain must be left out for a TLS certificate, which is self-signed (and so is any chain after it in certificate)',
        code: 'INVALID',
      },
    ]);
  });

  it('refuses a delete of what does not exist with NOT_FOUND on input.id', async () => {
    const { dry, real } = await both(DELETE_PROFILE, 'deleteProfile', { id: 'p-00000000000000000', force: true });
    expect(dry).toEqual(real);
    expect(dry).toEqual([{ field: ['input', 'id'], message: 'Unknown profile p-00000000000000000', code: 'NOT_FOUND' }]);
  });
});

describe('payloads warn of what is legal but probably wrong', () => {
  it('warns of importing an expired certificate and one that expires within 30 days, counting days to the nearest (10, not 9, for 10 days less a minute)', async () => {
    const [key] = await generateKeys(1);
    const now = Date.now();
    const second = (ms: number) => new Date(Math.floor(ms / 1000) * 1000);
    const expired = await generateCertificate({
      subject: 'CN=expired',
      key,
      purpose: 'SIGNING',
      notBefore: second(now - 400 * DAY),
      notAfter: second(now - DAY),
    });
    const soon = await generateCertificate({
      subject: 'CN=soon',
      key,
      purpose: 'SIGNING',
      notBefore: second(now - 300 * DAY),
      notAfter: second(now + 10 * DAY - 60_000),
    });
    const a = await s.gql(IMPORT, { input: { usage: 'SIGNING', certificate: expired.certificatePem } });
    expect(a.data.importCertificate.warnings).toEqual([
      {
        code: 'EXPIRED',
        message: `The certificate expired at ${second(now - DAY).toISOString()}; partners will refuse what it signs or encrypts`,
        field: ['input', 'certificate'],
      },
    ]);
    const b = await s.gql(IMPORT, { input: { usage: 'SIGNING', certificate: soon.certificatePem, dryRun: true } });
    expect(b.data.importCertificate.warnings).toEqual([
      {
        code: 'EXPIRES_SOON',
        message: `The certificate expires at ${second(now + 10 * DAY - 60_000).toISOString()}, in 10 days; plan its replacement (rotateCertificate)`,
        field: ['input', 'certificate'],
      },
    ]);
  });

  it('warns of a partner as2Id another PARTNER profile already has', async () => {
    const res = await s.gql(CREATE_PROFILE, { input: { as2Id: 'DRY-PARTNER', profileType: 'PARTNER' } });
    expect(res.data.createProfile.userErrors).toEqual([]);
    expect(res.data.createProfile.warnings).toEqual([
      {
        code: 'DUPLICATE_AS2_ID',
        message: `PARTNER profile ${partner} already has as2Id "DRY-PARTNER"; messages from that partner would match either`,
        field: ['input', 'as2Id'],
      },
    ]);
  });

  it('warns of an agreement whose partner has no SIGNING certificate to verify its messages', async () => {
    const bare = await profile('DRY-BARE', 'PARTNER');
    const input = {
      serverId,
      localProfileId: local,
      partnerProfileId: bare,
      accessRole: ACCESS_ROLE,
      baseDirectory: '/b/in',
      dryRun: true,
    };
    const res = await s.gql(CREATE_AGREEMENT, { input });
    expect(res.data.createAgreement.userErrors).toEqual([]);
    expect(res.data.createAgreement.warnings.map((w: any) => [w.code, w.field, w.message])).toEqual([
      [
        'NO_USABLE_CERTIFICATE',
        ['input', 'partnerProfileId'],
        `Profile ${bare} has none of usage SIGNING; the agreement needs one to verify the partner's signed messages`,
      ],
      [
        'NO_USABLE_CERTIFICATE',
        ['input', 'localProfileId'],
        `Profile ${local} has none of usage ENCRYPTION; the agreement needs one to decrypt encrypted messages`,
      ],
    ]);
  });

  it('warns of SHA1 signing on a connector; SHA256 with an RSA-2048 key is fine', async () => {
    const as2 = { localProfileId: local, partnerProfileId: partner, signingAlgorithm: 'SHA1', mdnResponse: 'NONE' };
    const input = { url: 'https://partner.example/as2', accessRole: ACCESS_ROLE, as2Config: as2, dryRun: true };
    const weak = await s.gql(CREATE_CONNECTOR, { input });
    expect(weak.data.createConnector.warnings).toEqual([
      {
        code: 'WEAK_ALGORITHM',
        message: 'SHA1 is weak; the AS2 guide advises SHA256 or stronger',
        field: ['input', 'as2Config', 'signingAlgorithm'],
      },
    ]);
    const strong = await s.gql(CREATE_CONNECTOR, { input: { ...input, as2Config: { ...as2, signingAlgorithm: 'SHA256' } } });
    expect(strong.data.createConnector.warnings).toEqual([]);
    expect(await writes()).toEqual([]);
  });

  it('warns of signing with SHA512 on an RSA-2048 key: 112-bit security against the 256 SHA512 aims for', async () => {
    const as2 = { localProfileId: local, partnerProfileId: partner, signingAlgorithm: 'SHA512', mdnResponse: 'NONE' };
    const res = await s.gql(CREATE_CONNECTOR, {
      input: { url: 'https://partner.example/as2', accessRole: ACCESS_ROLE, as2Config: as2, dryRun: true },
    });
    expect(res.data.createConnector.warnings).toEqual([
      {
        code: 'KEY_TOO_WEAK',
        message:
          `SIGNING certificate ${signing} of profile ${local} has an RSA-2048 key (112-bit security, NIST SP 800-57), 144 bits below the 256 ` +
          "that signingAlgorithm SHA512 aims for: the key is the weak link. To get SHA512's strength, rotate it to one with a 3072- or " +
          '4096-bit key (rotateCertificate); SHA256 matches the key as it is',
        field: ['input', 'as2Config', 'signingAlgorithm'],
      },
    ]);
  });

  it("warns of encrypting with AES256 to a partner's RSA-2048 certificate, not with AES128, nor with AES256 to an RSA-4096 one", async () => {
    const encryption2048 = await certs.importInto(s.client, 'ENCRYPTION');
    const p2048 = await profile('DRY-ENC-2048', 'PARTNER', [encryption2048]);
    const encryption4096 = await importWith4096Key('ENCRYPTION');
    const p4096 = await profile('DRY-ENC-4096', 'PARTNER', [encryption4096]);
    await s.resetStats();
    const create = (partnerProfileId: string, encryptionAlgorithm: string) =>
      s.gql(CREATE_CONNECTOR, {
        input: {
          url: 'https://partner.example/as2',
          accessRole: ACCESS_ROLE,
          as2Config: { localProfileId: local, partnerProfileId, encryptionAlgorithm, mdnResponse: 'NONE' },
          dryRun: true,
        },
      });
    expect((await create(p2048, 'AES256_CBC')).data.createConnector.warnings).toEqual([
      {
        code: 'KEY_TOO_WEAK',
        message:
          `ENCRYPTION certificate ${encryption2048} of profile ${p2048} has an RSA-2048 key (112-bit security, NIST SP 800-57), 144 bits ` +
          "below the 256 that encryptionAlgorithm AES256_CBC aims for: the key is the weak link. To get AES256_CBC's strength, ask the " +
          'partner for a certificate with a 3072- or 4096-bit key; AES128_CBC matches the key as it is',
        field: ['input', 'as2Config', 'encryptionAlgorithm'],
      },
    ]);
    expect((await create(p2048, 'AES192_CBC')).data.createConnector.warnings.map((w: any) => [w.code, w.field])).toEqual([
      ['KEY_TOO_WEAK', ['input', 'as2Config', 'encryptionAlgorithm']],
    ]);
    expect((await create(p2048, 'AES128_CBC')).data.createConnector.warnings).toEqual([]);
    // The largest key AWS imports: a bigger one cannot be had, so AES256 over it is no mistake.
    expect((await create(p4096, 'AES256_CBC')).data.createConnector.warnings).toEqual([]);
    expect(await writes()).toEqual([]);
  });

  it('warns of each certificate a connector to a partner without any needs: ENCRYPTION to encrypt, SIGNING to verify signed MDNs', async () => {
    const bare = await profile('DRY-CONNECTOR-BARE', 'PARTNER');
    const as2 = {
      localProfileId: local,
      partnerProfileId: bare,
      signingAlgorithm: 'SHA256',
      encryptionAlgorithm: 'AES128_CBC',
      mdnResponse: 'SYNC',
    };
    const input = { url: 'https://partner.example/as2', accessRole: ACCESS_ROLE, as2Config: as2, dryRun: true };
    const res = await s.gql(CREATE_CONNECTOR, { input });
    expect(res.data.createConnector.warnings).toEqual([
      {
        code: 'NO_USABLE_CERTIFICATE',
        message: `Profile ${bare} has none of usage ENCRYPTION; the connector needs one to encrypt with AES128_CBC`,
        field: ['input', 'as2Config', 'partnerProfileId'],
      },
      {
        code: 'NO_USABLE_CERTIFICATE',
        message: `Profile ${bare} has none of usage SIGNING; the connector needs one to verify SHA256-signed MDNs`,
        field: ['input', 'as2Config', 'partnerProfileId'],
      },
    ]);
    // Without an MDN nothing signed comes back, so the partner's SIGNING certificate is not needed.
    const noMdn = await s.gql(CREATE_CONNECTOR, { input: { ...input, as2Config: { ...as2, mdnResponse: 'NONE' } } });
    expect(noMdn.data.createConnector.warnings.map((w: any) => w.message)).toEqual([
      `Profile ${bare} has none of usage ENCRYPTION; the connector needs one to encrypt with AES128_CBC`,
    ]);
  });

  it('warns on updateConnector of the settings as the update leaves them, in a dry run and for real', async () => {
    const create = await s.gql(CREATE_CONNECTOR, {
      input: {
        url: 'https://partner.example/as2',
        accessRole: ACCESS_ROLE,
        as2Config: { localProfileId: local, partnerProfileId: partner, signingAlgorithm: 'SHA256', mdnResponse: 'NONE' },
      },
    });
    expect(create.data.createConnector.warnings).toEqual([]);
    const id = create.data.createConnector.connector.connectorId;
    const expected = [
      {
        code: 'KEY_TOO_WEAK',
        message: expect.stringMatching(
          /^SIGNING certificate cert-\w+ of profile p-\w+ has an RSA-2048 key .* signingAlgorithm SHA384 aims for/,
        ),
        field: ['input', 'as2Config', 'signingAlgorithm'],
      },
    ];
    const dry = await s.gql(UPDATE_CONNECTOR, { input: { id, as2Config: { signingAlgorithm: 'SHA384' }, dryRun: true } });
    expect(dry.data.updateConnector.warnings).toEqual(expected);
    const real = await s.gql(UPDATE_CONNECTOR, { input: { id, as2Config: { signingAlgorithm: 'SHA384' } } });
    expect(real.data.updateConnector.warnings).toEqual(expected);
    // An update that leaves the AS2 settings alone checks nothing.
    const url = await s.gql(UPDATE_CONNECTOR, { input: { id, url: 'https://partner.example/as2b' } });
    expect(url.data.updateConnector.warnings).toEqual([]);
  });
});

describe('the last guard: no write leaves the gateway during a dry run', () => {
  it('refuses, without sending, a write that reaches the AWS client while a dry run is being planned', async () => {
    const upstream = new RegionUpstream(
      { region: 'us-east-1', endpoint: s.endpoint },
      { concurrencyPerProcess: 4, upstreamTimeoutMs: 1000, upstreamMaxAttempts: 1 },
    );
    try {
      const ctx = createContext(upstream, 4);
      ctx.upstream.meter.planned = [];
      await expect(ctx.upstream.write(new DeleteProfileCommand({ ProfileId: local }))).rejects.toThrow(
        'A dry run tried to send DeleteProfile',
      );
      expect(await s.stats()).toEqual({ requests: {}, total: 0 });
    } finally {
      upstream.destroy();
    }
  });
});
