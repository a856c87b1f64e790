import { DeleteCertificateCommand, DeleteConnectorCommand, DeleteProfileCommand, TagResourceCommand } from '@aws-sdk/client-transfer';
import { type LargeSeed, seedLarge } from '../../src/emulator/seed/large';
import { certificateFactory, type CertificateFactory } from '../support/certificates';
import { securityFrom } from '../support/security';
import { startStack, type TestStack } from '../support/stack';

const ROLE = 'arn:aws:iam::000000000000:role/as2-access';
const PAYLOAD = 'userErrors { field message code } plannedCalls { operation }';
const DOCUMENTS = {
  importCertificate: `mutation($input: ImportCertificateInput!) { importCertificate(input: $input) { ${PAYLOAD} } }`,
  createProfile: `mutation($input: CreateProfileInput!) { createProfile(input: $input) { ${PAYLOAD} } }`,
  updateProfile: `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { ${PAYLOAD} } }`,
  createConnector: `mutation($input: CreateConnectorInput!) { createConnector(input: $input) { ${PAYLOAD} } }`,
  createAgreement: `mutation($input: CreateAgreementInput!) { createAgreement(input: $input) { ${PAYLOAD} } }`,
  tagResource: `mutation($input: TagResourceInput!) { tagResource(input: $input) { ${PAYLOAD} } }`,
};
type Mutation = keyof typeof DOCUMENTS;
/** What each mutation of DOCUMENTS answers. */
interface Answer {
  userErrors: Array<{ field: string[] | null; message: string; code: string }>;
  plannedCalls: Array<{ operation: string }> | null;
}
const WRITE = /^(Create|Update|Delete|Import|Start|Stop|Tag|Untag|Test)/;

let s: TestStack;
let seed: LargeSeed;
let certs: CertificateFactory;
let pem: string;

beforeAll(async () => {
  // With the query limits on, so that each answer carries its requested cost.
  s = await startStack({}, { security: securityFrom() });
  // Every quota full, through the emulator's own operations: 1,000 certificates and profiles, 100 connectors, 10
  // servers of 100 agreements.
  seed = await seedLarge(s.emulator.store, { accountId: '000000000000', behaviour: { stateTransitionMs: 0, transferStepMs: 0 } });
  certs = await certificateFactory();
  pem = (await certs.generate('CN=one too many, O=transfer-graph tests')).certificatePem;
}, 120_000);
afterAll(() => s.close());

/**
 * The dry run of `input` (what it answered, the AWS calls the emulator saw, whether they stayed within the cost it
 * requested, the mutation's declared worst case), then the real call of the same input (what it answered).
 */
async function dryThenReal(mutation: Mutation, input: Record<string, unknown>) {
  await s.resetStats();
  const dry = await s.gql<Record<Mutation, Answer>>(DOCUMENTS[mutation], { input: { ...input, dryRun: true } });
  const seen = (await s.stats()).requests;
  const real = await s.gql<Record<Mutation, Answer>>(DOCUMENTS[mutation], { input });
  const { requested, upstream } = dry.extensions!.cost as unknown as { requested: number; upstream: { calls: number } };
  return {
    dry: dry.data![mutation],
    real: real.data![mutation],
    seen,
    writes: Object.keys(seen).filter((op) => WRITE.test(op)),
    withinCost: upstream.calls <= requested,
  };
}

const refused = (field: string[] | null, message: string) => ({
  userErrors: [{ field, message, code: 'QUOTA_EXCEEDED' }],
  plannedCalls: null,
});

describe('a dry run refuses what a used-up quota refuses, as the real call does, writing nothing', () => {
  it('refuses a 1,001st certificate: QUOTA_EXCEEDED on no field (the account is full, not the input), after one ListCertificates', async () => {
    const run = await dryThenReal('importCertificate', { usage: 'SIGNING', certificate: pem });
    expect(run.dry).toEqual(refused(null, 'Quota exceeded: at most 1000 certificates per account'));
    expect(run.real).toEqual(run.dry);
    expect(run).toMatchObject({ seen: { ListCertificates: 1 }, writes: [], withinCost: true });
  });

  it('refuses a 1,001st profile after one ListProfiles, before it looks at the certificates the profile names', async () => {
    const run = await dryThenReal('createProfile', {
      as2Id: 'ONE-TOO-MANY',
      profileType: 'PARTNER',
      certificateIds: seed.certificateIds.slice(0, 11),
    });
    expect(run.dry).toEqual(refused(null, 'Quota exceeded: at most 1000 profiles per account'));
    expect(run.real).toEqual(run.dry);
    expect(run).toMatchObject({ seen: { ListProfiles: 1 }, writes: [], withinCost: true });
  });

  it('refuses a 101st connector after its own rules and one ListConnectors, before it describes its profiles', async () => {
    const as2Config = { localProfileId: seed.profileIds[0], partnerProfileId: seed.profileIds[500], mdnResponse: 'NONE' };
    const run = await dryThenReal('createConnector', { url: 'https://as2.one-too-many.example/as2', accessRole: ROLE, as2Config });
    expect(run.dry).toEqual(refused(null, 'Quota exceeded: at most 100 connectors per account'));
    expect(run.real).toEqual(run.dry);
    expect(run).toMatchObject({ seen: { ListConnectors: 1 }, writes: [], withinCost: true });
  });

  it('refuses a 101st agreement on a server with QUOTA_EXCEEDED on serverId', async () => {
    const serverId = seed.serverIds[0];
    const input = {
      serverId,
      localProfileId: seed.profileIds[0],
      partnerProfileId: seed.profileIds[600],
      accessRole: ROLE,
      baseDirectory: '/bench-as2-0000/inbound/one-too-many',
    };
    const run = await dryThenReal('createAgreement', input);
    expect(run.dry).toEqual(
      refused(['input', 'serverId'], `Quota exceeded: at most 100 agreements per server (serverId ${serverId} has 100 agreements)`),
    );
    expect(run.real).toEqual(run.dry);
    expect(run).toMatchObject({
      seen: { DescribeServer: 1, DescribeProfile: 2, ListAgreements: 1 },
      writes: [],
      withinCost: true,
    });
  });

  it('refuses an eleventh certificate on a profile with QUOTA_EXCEEDED on certificateIds, before it looks any up', async () => {
    const run = await dryThenReal('updateProfile', { id: seed.profileIds[20], certificateIds: seed.certificateIds.slice(100, 111) });
    expect(run.dry).toEqual(
      refused(['input', 'certificateIds'], 'Quota exceeded: at most 10 certificates per profile (certificateIds names 11)'),
    );
    expect(run.real).toEqual(run.dry);
    expect(run).toMatchObject({ seen: { DescribeProfile: 1 }, writes: [], withinCost: true });
  });

  it('refuses a 51st tag on a resource with QUOTA_EXCEEDED on tags, counting the tags it has from its Describe', async () => {
    const serverId = seed.serverIds[1];
    const arn = `arn:aws:transfer:us-east-1:000000000000:server/${serverId}`;
    // The seed gave the server its Name tag; 49 more make 50.
    await s.client.send(new TagResourceCommand({ Arn: arn, Tags: Array.from({ length: 49 }, (_, i) => ({ Key: `k${i}`, Value: 'v' })) }));
    const run = await dryThenReal('tagResource', { id: serverId, tags: [{ key: 'one-too-many', value: 'v' }] });
    expect(run.dry).toEqual(refused(['input', 'tags'], 'Quota exceeded: at most 50 tags per resource (the resource would have 51 tags)'));
    expect(run.real).toEqual(run.dry);
    expect(run).toMatchObject({ seen: { DescribeServer: 1 }, writes: [], withinCost: true });
  });

  it('lets a tag change that keeps 50 tags through: a key the resource has replaces its value', async () => {
    const run = await dryThenReal('tagResource', { id: seed.serverIds[1], tags: [{ key: 'k0', value: 'changed' }] });
    expect(run.dry).toEqual({ userErrors: [], plannedCalls: [{ operation: 'TagResource' }] });
    expect(run.real).toEqual({ userErrors: [], plannedCalls: null });
    expect(run).toMatchObject({ writes: [], withinCost: true });
  });
});

describe('a dry run lets the create through once the account has room again, as the real call does', () => {
  it('plans a certificate import, a profile and a connector once one of each is deleted', async () => {
    await s.client.send(new DeleteCertificateCommand({ CertificateId: seed.certificateIds[999] }));
    await s.client.send(new DeleteProfileCommand({ ProfileId: seed.profileIds[999] }));
    await s.client.send(new DeleteConnectorCommand({ ConnectorId: seed.connectorIds[99] }));
    const as2Config = { localProfileId: seed.profileIds[0], partnerProfileId: seed.profileIds[500], mdnResponse: 'NONE' };
    const runs = [
      await dryThenReal('importCertificate', { usage: 'SIGNING', certificate: pem }),
      await dryThenReal('createProfile', { as2Id: 'ROOM-AGAIN', profileType: 'PARTNER' }),
      await dryThenReal('createConnector', { url: 'https://as2.room-again.example/as2', accessRole: ROLE, as2Config }),
    ];
    expect(runs.map((r) => r.dry)).toEqual([
      { userErrors: [], plannedCalls: [{ operation: 'ImportCertificate' }] },
      { userErrors: [], plannedCalls: [{ operation: 'CreateProfile' }] },
      { userErrors: [], plannedCalls: [{ operation: 'CreateConnector' }] },
    ]);
    expect(runs.map((r) => r.real)).toEqual([
      { userErrors: [], plannedCalls: null },
      { userErrors: [], plannedCalls: null },
      { userErrors: [], plannedCalls: null },
    ]);
    expect(runs.map((r) => [r.writes, r.withinCost])).toEqual([
      [[], true],
      [[], true],
      [[], true],
    ]);
  });
});
