import { CreateProfileCommand, DeleteCertificateCommand, ImportCertificateCommand } from '@aws-sdk/client-transfer';
import { generateKey, type GeneratedCertificate } from '../../src/emulator/seed/certs';
import { certificateFactory, type CertificateFactory } from '../support/certificates';
import { startStack, type TestStack } from '../support/stack';

const gid = (...parts: string[]) => Buffer.from([parts[0], 'us-east-1', ...parts.slice(1)].join(':')).toString('base64url');
const arnOf = (certificateId: string) => `arn:aws:transfer:us-east-1:000000000000:certificate/${certificateId}`;
const MISSING = 'cert-0123456789abcdef0';

const FIELDS = `id certificateId arn usage status type description activeDate inactiveDate
  certificate certificateChain serial notBeforeDate notAfterDate tags { key value }`;
const IMPORT = `mutation($input: ImportCertificateInput!) {
  importCertificate(input: $input) { clientMutationId userErrors { field message code } certificate { ${FIELDS} } } }`;

let s: TestStack;
let certs: CertificateFactory;
let acme: GeneratedCertificate;

beforeAll(async () => {
  [s, certs] = await Promise.all([startStack(), certificateFactory()]);
  acme = await certs.generate('CN=Acme AS2 signing, O=Acme Corp, C=US');
});
afterAll(() => s.close());

/** The base64 body of a PEM private key: what must never come back. */
const keyBody = (pem: string) => pem.split('\n').slice(1, -2).join('');

describe('importCertificate', () => {
  it('imports a certificate with its private key and returns every field, never the key', async () => {
    const activeDate = new Date(certs.notBefore.getTime() + 86_400_000).toISOString();
    const res = await s.gql(IMPORT, {
      input: {
        clientMutationId: 'i-1',
        usage: 'SIGNING',
        certificate: acme.certificatePem,
        privateKey: acme.privateKeyPem,
        activeDate,
        description: 'Acme signing 2026',
        tags: [{ key: 'partner', value: 'acme' }],
      },
    });
    const certificateId = res.data.importCertificate.certificate.certificateId;
    expect(res.data.importCertificate).toEqual({
      clientMutationId: 'i-1',
      userErrors: [],
      certificate: {
        id: gid('Certificate', certificateId),
        certificateId: expect.stringMatching(/^cert-[0-9a-f]{17}$/),
        arn: arnOf(certificateId),
        usage: 'SIGNING',
        status: 'ACTIVE',
        type: 'CERTIFICATE_WITH_PRIVATE_KEY',
        description: 'Acme signing 2026',
        activeDate,
        inactiveDate: certs.notAfter.toISOString(),
        certificate: acme.certificatePem,
        certificateChain: null,
        serial: acme.serial,
        notBeforeDate: certs.notBefore.toISOString(),
        notAfterDate: certs.notAfter.toISOString(),
        tags: [{ key: 'partner', value: 'acme' }],
      },
    });
    expect(JSON.stringify(res)).not.toContain(keyBody(acme.privateKeyPem).slice(0, 40));
    expect(res.extensions?.cost?.upstream).toEqual({ calls: 2, byOperation: { ImportCertificate: 1, DescribeCertificate: 1 } });
  });

  it('imports a partner certificate without a key as type CERTIFICATE, and a chain as certificateChain', async () => {
    const ca = await certs.generate('CN=Northwind CA');
    const res = await s.gql(IMPORT, {
      input: { usage: 'ENCRYPTION', certificate: acme.certificatePem, certificateChain: ca.certificatePem },
    });
    expect(res.data.importCertificate.certificate).toMatchObject({
      usage: 'ENCRYPTION',
      type: 'CERTIFICATE',
      description: null,
      certificateChain: ca.certificatePem,
      tags: [],
    });
  });

  it('returns a userError with the input field path for a value AWS refuses', async () => {
    const res = await s.gql(IMPORT, {
      input: { usage: 'SIGNING', certificate: acme.certificatePem, description: 'd'.repeat(201) },
    });
    expect(res.data.importCertificate).toEqual({
      clientMutationId: null,
      userErrors: [{ field: ['input', 'description'], message: 'description must have length less than or equal to 200', code: 'INVALID' }],
      certificate: null,
    });
  });

  it('returns a userError for the input as a whole when the key does not match, without quoting the key', async () => {
    const other = await certs.generate('CN=Other');
    const foreignKey = (await generateKey()).privateKeyPem;
    const res = await s.gql(IMPORT, { input: { usage: 'SIGNING', certificate: other.certificatePem, privateKey: foreignKey } });
    expect(res.data.importCertificate.userErrors).toEqual([
      {
        field: ['input', 'privateKey'],
        message: "privateKey does not match the certificate's public key; give the private key the certificate was issued for",
        code: 'INVALID',
      },
    ]);
    expect(JSON.stringify(res)).not.toContain(keyBody(foreignKey).slice(0, 40));
  });

  it('never echoes the private key in a GraphQL error about the input, even though graphql-js quotes the whole input', async () => {
    const res = await s.gql(IMPORT, { input: { usage: 'SIGNING', certificate: 'x', privateKey: acme.privateKeyPem, unknownField: 1 } });
    expect(res.status).toBe(400);
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT' });
    expect(res.errors![0].message).toContain('privateKey: "[redacted]"');
    expect(res.errors![0].message).toContain('Field "unknownField" is not defined by type "ImportCertificateInput".');
    expect(JSON.stringify(res)).not.toContain(keyBody(acme.privateKeyPem).slice(0, 40));
  });

  it('reports every problem AWS finds with the PEM text in one userError', async () => {
    const res = await s.gql(IMPORT, { input: { usage: 'TLS', certificate: 'not a certificate' } });
    expect(res.data.importCertificate.userErrors).toEqual([
      {
        field: ['input', 'certificate'],
        message: 'certificate is not PEM: expected one or more blocks from -----BEGIN CERTIFICATE----- to -----END CERTIFICATE-----',
        code: 'INVALID',
      },
    ]);
  });
});

describe('updateCertificate', () => {
  const UPDATE = `mutation($input: UpdateCertificateInput!) { updateCertificate(input: $input) {
    userErrors { field message code } certificate { description activeDate inactiveDate status } } }`;

  it('changes the description and the active window and returns the certificate as it is now', async () => {
    const certificateId = await certs.importInto(s.client, 'SIGNING');
    const before = await s.gql(`{ certificate(idOrArn: "${certificateId}") { description } }`);
    expect(before.data.certificate).toEqual({ description: null });
    const inactiveDate = new Date(certs.notAfter.getTime() - 86_400_000).toISOString();
    await s.resetStats();
    const res = await s.gql(UPDATE, { input: { id: gid('Certificate', certificateId), description: 'rotated', inactiveDate } });
    expect(res.data.updateCertificate).toEqual({
      userErrors: [],
      certificate: { description: 'rotated', activeDate: certs.notBefore.toISOString(), inactiveDate, status: 'ACTIVE' },
    });
    expect(await s.stats()).toEqual({ requests: { UpdateCertificate: 1, DescribeCertificate: 1 }, total: 2 });
  });

  it('returns a NOT_FOUND userError for a certificate that does not exist', async () => {
    const res = await s.gql(UPDATE, { input: { id: gid('Certificate', MISSING), description: 'x' } });
    expect(res.data.updateCertificate).toEqual({
      userErrors: [{ field: ['input', 'id'], message: `Unknown certificate ${MISSING}`, code: 'NOT_FOUND' }],
      certificate: null,
    });
  });

  it('points at `id` when it is not a certificate id, before any AWS call', async () => {
    await s.resetStats();
    const profileId = gid('Profile', 'p-0123456789abcdef0');
    const res = await s.gql(UPDATE, { input: { id: profileId, description: 'x' } });
    expect(res.data.updateCertificate.userErrors).toEqual([
      {
        field: ['input', 'id'],
        message: `Expected a certificate in id: its graph id, its AWS id (cert-…) or its ARN (arn:aws:transfer:<region>:<account>:certificate/cert-…); got "${profileId}", which is the graph id of a Profile`,
        code: 'WRONG_TYPE',
      },
    ]);
    expect((await s.stats()).total).toBe(0);
  });

  it('returns the AWS rule as a userError when the window leaves the validity', async () => {
    const certificateId = await certs.importInto(s.client, 'SIGNING');
    const late = new Date(certs.notAfter.getTime() + 86_400_000);
    const res = await s.gql(UPDATE, { input: { id: gid('Certificate', certificateId), inactiveDate: late.toISOString() } });
    expect(res.data.updateCertificate.userErrors).toEqual([
      {
        field: ['input', 'inactiveDate'],
        message:
          `inactiveDate ${late.toISOString()} lies outside the certificate's validity, ` +
          `${certs.notBefore.toISOString()} to ${certs.notAfter.toISOString()}; give a date within it`,
        code: 'INVALID',
      },
    ]);
  });
});

describe('deleteCertificate', () => {
  const DELETE = `mutation($input: DeleteCertificateInput!) { deleteCertificate(input: $input) { deletedId userErrors { field message code } } }`;

  it('deletes a certificate, after which node(id:) answers null', async () => {
    const id = gid('Certificate', await certs.importInto(s.client, 'ENCRYPTION'));
    expect((await s.gql(DELETE, { input: { id } })).data.deleteCertificate).toEqual({ deletedId: id, userErrors: [] });
    expect((await s.gql(`query($id: ID!) { node(id: $id) { id } }`, { id })).data).toEqual({ node: null });
  });

  it('returns a NOT_FOUND userError for a certificate that does not exist', async () => {
    const res = await s.gql(DELETE, { input: { id: gid('Certificate', MISSING) } });
    expect(res.data.deleteCertificate).toEqual({
      deletedId: null,
      userErrors: [{ field: ['input', 'id'], message: `Unknown certificate ${MISSING}`, code: 'NOT_FOUND' }],
    });
  });

  it('points at `id` when it is malformed', async () => {
    const res = await s.gql(DELETE, { input: { id: 'nope' } });
    expect(res.data.deleteCertificate.userErrors).toEqual([
      {
        field: ['input', 'id'],
        message:
          'Expected a certificate in id: its graph id, its AWS id (cert-…) or its ARN (arn:aws:transfer:<region>:<account>:certificate/cert-…); got "nope"',
        code: 'INVALID',
      },
    ]);
  });
});

describe('certificate lookups', () => {
  it('finds a certificate by AWS id and by ARN, and answers null for one that does not exist', async () => {
    const certificateId = await certs.importInto(s.client, 'TLS');
    const res = await s.gql(
      `query($a: String!, $b: String!) { a: certificate(idOrArn: $a) { usage } b: certificate(idOrArn: $b) { usage } c: certificate(idOrArn: "${MISSING}") { usage } }`,
      {
        a: certificateId,
        b: arnOf(certificateId),
      },
    );
    expect(res.data).toEqual({ a: { usage: 'TLS' }, b: { usage: 'TLS' }, c: null });
  });

  it('refuses a value that is neither a certificate id nor a certificate ARN', async () => {
    const res = await s.gql(`{ certificate(idOrArn: "p-0123456789abcdef0") { usage } }`);
    expect(res.data).toEqual({ certificate: null });
    expect(res.errors).toEqual([
      expect.objectContaining({
        path: ['certificate'],
        message:
          'Expected a certificate in idOrArn: its graph id, its AWS id (cert-…) or its ARN (arn:aws:transfer:<region>:<account>:certificate/cert-…); got "p-0123456789abcdef0", which is the AWS id of a Profile',
        extensions: { code: 'BAD_USER_INPUT', field: ['idOrArn'] },
      }),
    ]);
  });

  it('refetches a certificate with node(id:)', async () => {
    const certificateId = await certs.importInto(s.client, 'SIGNING', { withPrivateKey: true });
    const id = gid('Certificate', certificateId);
    const res = await s.gql(`query($id: ID!) { node(id: $id) { id ... on Certificate { certificateId type notAfterDate } } }`, { id });
    expect(res.data).toEqual({
      node: { id, certificateId, type: 'CERTIFICATE_WITH_PRIVATE_KEY', notAfterDate: certs.notAfter.toISOString() },
    });
  });

  it('lists certificates with summary fields for exactly one ListCertificates call', async () => {
    await s.resetStats();
    const res = await s.gql(
      `{ certificates(first: 100) { edges { node { certificateId usage status type description activeDate inactiveDate } } } }`,
    );
    expect(res.data.certificates.edges.length).toBeGreaterThan(3);
    expect(res.extensions?.cost?.upstream).toEqual({ calls: 1, byOperation: { ListCertificates: 1 } });
    expect(await s.stats()).toEqual({ requests: { ListCertificates: 1 }, total: 1 });
  });

  it('refuses a bad page size on certificates', async () => {
    const res = await s.gql(`{ certificates(first: 0) { totalCount } }`);
    expect(res.errors).toEqual([
      expect.objectContaining({
        message: '`first` must be between 1 and 100, got 0',
        extensions: { code: 'BAD_USER_INPUT', argument: 'first' },
      }),
    ]);
  });
});

describe('Profile.certificates and Certificate.profiles', () => {
  it("lists a profile's certificates in order and leaves out one deleted since, which certificateIds still names", async () => {
    const [signing, encryption, gone] = await Promise.all([
      certs.importInto(s.client, 'SIGNING', { withPrivateKey: true }),
      certs.importInto(s.client, 'ENCRYPTION'),
      certs.importInto(s.client, 'ENCRYPTION'),
    ]);
    const { ProfileId } = await s.client.send(
      new CreateProfileCommand({ As2Id: 'OURS', ProfileType: 'LOCAL', CertificateIds: [encryption, gone, signing] }),
    );
    await s.client.send(new DeleteCertificateCommand({ CertificateId: gone }));
    const res = await s.gql(
      `{ profile(idOrArn: "${ProfileId}") { certificateIds certificates { totalCount edges { node { certificateId usage } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.profile).toEqual({
      certificateIds: [encryption, gone, signing],
      certificates: {
        totalCount: 2,
        edges: [{ node: { certificateId: encryption, usage: 'ENCRYPTION' } }, { node: { certificateId: signing, usage: 'SIGNING' } }],
      },
    });
  });

  it('pages certificates of a profile with cursors', async () => {
    const ids = [];
    for (let i = 0; i < 3; i += 1) ids.push(await certs.importInto(s.client, 'SIGNING'));
    const { ProfileId } = await s.client.send(new CreateProfileCommand({ As2Id: 'PAGED', ProfileType: 'PARTNER', CertificateIds: ids }));
    const page = (after: string | null) =>
      s.gql(
        `query($after: String) { profile(idOrArn: "${ProfileId}") { certificates(first: 2, after: $after) { pageInfo { hasNextPage endCursor } edges { node { certificateId } } } } }`,
        { after },
      );
    const first = (await page(null)).data.profile.certificates;
    const second = (await page(first.pageInfo.endCursor)).data.profile.certificates;
    expect([first.edges, second.edges].map((edges) => edges.map((e: any) => e.node.certificateId))).toEqual([[ids[0], ids[1]], [ids[2]]]);
    expect([first.pageInfo.hasNextPage, second.pageInfo.hasNextPage]).toEqual([true, false]);
  });

  it('lists the profiles that use a certificate, walking the profiles once for every certificate of the request', async () => {
    const [shared, lonely] = await Promise.all([certs.importInto(s.client, 'SIGNING'), certs.importInto(s.client, 'ENCRYPTION')]);
    const a = (await s.client.send(new CreateProfileCommand({ As2Id: 'USER-A', ProfileType: 'PARTNER', CertificateIds: [shared] })))
      .ProfileId!;
    const b = (await s.client.send(new CreateProfileCommand({ As2Id: 'USER-B', ProfileType: 'LOCAL', CertificateIds: [lonely, shared] })))
      .ProfileId!;
    const profileCount = (await s.gql(`{ profiles(first: 100) { totalCount } }`)).data.profiles.totalCount;
    await s.resetStats();
    const res = await s.gql(`{
      shared: certificate(idOrArn: "${shared}") { profiles { totalCount edges { node { profileId as2Id } } } }
      lonely: certificate(idOrArn: "${lonely}") { profiles { edges { node { profileId as2Id } } } }
    }`);
    expect(res.data).toEqual({
      shared: {
        profiles: { totalCount: 2, edges: [{ node: { profileId: a, as2Id: 'USER-A' } }, { node: { profileId: b, as2Id: 'USER-B' } }] },
      },
      lonely: { profiles: { edges: [{ node: { profileId: b, as2Id: 'USER-B' } }] } },
    });
    const expected = { DescribeCertificate: 2, ListProfiles: 1, DescribeProfile: profileCount };
    expect(res.extensions?.cost?.upstream).toEqual({ calls: 3 + profileCount, byOperation: expected });
    expect(await s.stats()).toEqual({ requests: expected, total: 3 + profileCount });
  });
});

describe('call counts of certificates under many profiles', () => {
  let many: TestStack;
  beforeAll(async () => {
    many = await startStack();
    const shared: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      const pem = await certs.generate(`CN=shared ${i}`);
      shared.push(
        (await many.client.send(new ImportCertificateCommand({ Usage: 'SIGNING', Certificate: pem.certificatePem }))).CertificateId!,
      );
    }
    for (let i = 0; i < 30; i += 1) {
      const CertificateIds = [shared[i % 5], shared[(i + 1) % 5]];
      await many.client.send(new CreateProfileCommand({ As2Id: `PARTNER-${i}`, ProfileType: 'PARTNER', CertificateIds }));
    }
  });
  afterAll(() => many.close());

  it('costs 1 ListProfiles + 30 DescribeProfile + 5 DescribeCertificate for 30 profiles sharing 5 certificates', async () => {
    await many.resetStats();
    const res = await many.gql(`{ profiles(first: 30) { edges { node { certificates { edges { node { notAfterDate } } } } } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.profiles.edges).toHaveLength(30);
    expect(res.data.profiles.edges.every((e: any) => e.node.certificates.edges.length === 2)).toBe(true);
    const byOperation = { ListProfiles: 1, DescribeProfile: 30, DescribeCertificate: 5 };
    expect(res.extensions?.cost?.upstream).toEqual({ calls: 36, byOperation });
    expect(await many.stats()).toEqual({ requests: byOperation, total: 36 });
  });
});
