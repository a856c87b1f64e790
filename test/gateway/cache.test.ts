import {
  CreateProfileCommand,
  ListAgreementsCommand,
  ListCertificatesCommand,
  ListConnectorsCommand,
  ListProfilesCommand,
  ListServersCommand,
} from '@aws-sdk/client-transfer';
import { startGateway } from '../../src/gateway/http';
import { familiesOfWrite, familyOfRead } from '../../src/gateway/upstream/shared-cache';
import { hasRedisServer, startRedis, type TestRedis } from '../support/redis';
import { startStack, type TestStack } from '../support/stack';

const PROFILES = `{ profiles(first: 100) { edges { node { as2Id certificateIds } } } }`;
const as2Ids = (res: { data?: any }) => res.data.profiles.edges.map((e: any) => e.node.as2Id);

describe('which reads are cached and which writes invalidate what', () => {
  it.each([
    ['DescribeServer', {}, 'servers'],
    ['ListAgreements', {}, 'agreements'],
    ['DescribeProfile', {}, 'profiles'],
    ['ListCertificates', {}, 'certificates'],
    ['DescribeConnector', {}, 'connectors'],
    ['ListTagsForResource', { Arn: 'arn:aws:transfer:us-east-1:000000000000:profile/p-0123456789abcdef0' }, 'profiles'],
    ['ListFileTransferResults', {}, undefined],
    ['TestIdentityProvider', {}, undefined],
  ])('reads %s %j belong to %s', (operation, input, family) => {
    expect(familyOfRead(operation, input)).toBe(family);
  });

  it.each([
    ['CreateServer', {}, ['servers']],
    ['UpdateServer', {}, ['servers']],
    ['StartServer', {}, ['servers']],
    ['StopServer', {}, ['servers']],
    ['DeleteServer', {}, ['servers', 'agreements']],
    ['CreateAgreement', {}, ['agreements']],
    ['UpdateAgreement', {}, ['agreements']],
    ['DeleteAgreement', {}, ['agreements']],
    ['CreateProfile', {}, ['profiles']],
    ['UpdateProfile', {}, ['profiles']],
    ['DeleteProfile', {}, ['profiles']],
    ['ImportCertificate', {}, ['certificates']],
    ['UpdateCertificate', {}, ['certificates']],
    ['DeleteCertificate', {}, ['certificates']],
    ['CreateConnector', {}, ['connectors']],
    ['UpdateConnector', {}, ['connectors']],
    ['DeleteConnector', {}, ['connectors']],
    ['TagResource', { Arn: 'arn:aws:transfer:us-east-1:000000000000:agreement/s-0123456789abcdef0/a-0123456789abcdef0' }, ['agreements']],
    ['UntagResource', { Arn: 'arn:aws:transfer:us-east-1:000000000000:certificate/cert-0123456789abcdef0' }, ['certificates']],
    ['StartFileTransfer', {}, []],
  ])('write %s %j invalidates %j', (operation, input, families) => {
    expect(familiesOfWrite(operation, input)).toEqual(families);
  });
});

describe('the in-process shared cache', () => {
  let s: TestStack;
  beforeAll(async () => {
    s = await startStack({}, { cacheTtlMs: 60_000 });
    for (const As2Id of ['A', 'B']) await s.client.send(new CreateProfileCommand({ As2Id, ProfileType: 'PARTNER' }));
  });
  afterAll(() => s.close());

  it('answers a repeated query without any AWS call', async () => {
    const first = await s.gql(PROFILES);
    expect(first.extensions?.cost?.upstream).toEqual({ calls: 3, byOperation: { ListProfiles: 1, DescribeProfile: 2 } });
    await s.resetStats();
    const second = await s.gql(PROFILES);
    expect(second.data).toEqual(first.data);
    expect(second.extensions?.cost?.upstream).toEqual({ calls: 0, byOperation: {} });
    expect((await s.stats()).total).toBe(0);
  });

  it("forgets what the gateway's own mutation changed before the mutation answers", async () => {
    await s.gql(PROFILES);
    const created = await s.gql(`mutation { createProfile(input: { as2Id: "C", profileType: PARTNER }) { profile { as2Id } } }`);
    expect(created.data.createProfile.profile).toEqual({ as2Id: 'C' });
    expect(as2Ids(await s.gql(PROFILES))).toEqual(['A', 'B', 'C']);
  });

  it('serves 50 concurrent identical queries with the AWS calls of one', async () => {
    // Selecting only userErrors keeps the payload from describing (and so caching) the new profile.
    await s.gql(`mutation { createProfile(input: { as2Id: "D", profileType: PARTNER }) { userErrors { code } } }`);
    await s.resetStats();
    const answers = await Promise.all(Array.from({ length: 50 }, () => s.gql(PROFILES)));
    expect(new Set(answers.map((a) => JSON.stringify(a.data))).size).toBe(1);
    const profiles = answers[0].data.profiles.edges.length;
    expect(profiles).toBeGreaterThanOrEqual(3);
    expect((await s.stats()).requests).toEqual({ ListProfiles: 1, DescribeProfile: profiles });
  });
});

const gid = (...parts: string[]) => Buffer.from([parts[0], 'us-east-1', ...parts.slice(1)].join(':')).toString('base64url');

describe("the shared cache and the gateway's own mutations of each kind (demo data)", () => {
  let s: TestStack;
  beforeAll(async () => {
    s = await startStack({ seed: 'demo' }, { cacheTtlMs: 60_000 });
  }, 60_000);
  afterAll(() => s.close());

  /** Reads twice (the second answer must come from the cache alone), mutates, and reads again. */
  async function readMutateRead(query: string, mutation: string, variables: Record<string, unknown>) {
    const before = await s.gql(query);
    expect(before.errors).toBeUndefined();
    const cached = await s.gql(query);
    expect(cached.extensions?.cost?.upstream).toEqual({ calls: 0, byOperation: {} });
    expect(cached.data).toEqual(before.data);
    const mutated = await s.gql(mutation, variables);
    expect(mutated.errors).toBeUndefined();
    expect(Object.values(mutated.data as Record<string, { userErrors: unknown[] }>)[0].userErrors).toEqual([]);
    const after = await s.gql(query);
    expect(after.errors).toBeUndefined();
    return { before: before.data, after: after.data };
  }

  it('shows a server stopped by stopServer', async () => {
    const [{ ServerId }] = (await s.client.send(new ListServersCommand({}))).Servers!;
    const query = `{ servers(first: 10) { edges { node { serverId state } } } }`;
    const { before, after } = await readMutateRead(query, `mutation($id: ID!) { stopServer(input: { id: $id }) { userErrors { code } } }`, {
      id: gid('Server', ServerId!),
    });
    const stateOf = (data: any) => data.servers.edges.find((e: any) => e.node.serverId === ServerId).node.state;
    expect([stateOf(before), stateOf(after)]).toEqual(['ONLINE', 'OFFLINE']);
  });

  it('shows an agreement description changed by updateAgreement', async () => {
    const [{ ServerId }] = (await s.client.send(new ListServersCommand({}))).Servers!;
    const [{ AgreementId }] = (await s.client.send(new ListAgreementsCommand({ ServerId }))).Agreements!;
    const query = `{ agreement(idOrArn: "${AgreementId}", server: "${ServerId}") { description } }`;
    const { after } = await readMutateRead(
      query,
      `mutation($id: ID!) { updateAgreement(input: { id: $id, description: "Renegotiated terms" }) { userErrors { code } } }`,
      { id: gid('Agreement', ServerId!, AgreementId!) },
    );
    expect(after).toEqual({ agreement: { description: 'Renegotiated terms' } });
  });

  it("shows a profile's certificates replaced by updateProfile", async () => {
    const [{ ProfileId }] = (await s.client.send(new ListProfilesCommand({}))).Profiles!;
    const query = `{ profile(idOrArn: "${ProfileId}") { certificateIds } }`;
    const { before, after } = await readMutateRead(
      query,
      `mutation($id: ID!, $certificateIds: [ID!]!) { updateProfile(input: { id: $id, certificateIds: $certificateIds }) { userErrors { code } } }`,
      { id: gid('Profile', ProfileId!), certificateIds: [] },
    );
    expect((before as any).profile.certificateIds.length).toBeGreaterThan(0);
    expect(after).toEqual({ profile: { certificateIds: [] } });
  });

  it('shows a certificate description changed by updateCertificate', async () => {
    const [{ CertificateId }] = (await s.client.send(new ListCertificatesCommand({}))).Certificates!;
    const query = `{ certificates(first: 100) { edges { node { certificateId description } } } }`;
    const { after } = await readMutateRead(
      query,
      `mutation($id: ID!) { updateCertificate(input: { id: $id, description: "Rotated in by the EDI team" }) { userErrors { code } } }`,
      { id: gid('Certificate', CertificateId!) },
    );
    const changed = (after as any).certificates.edges.find((e: any) => e.node.certificateId === CertificateId).node;
    expect(changed).toEqual({ certificateId: CertificateId, description: 'Rotated in by the EDI team' });
  });

  it('shows a connector URL changed by updateConnector', async () => {
    const [{ ConnectorId }] = (await s.client.send(new ListConnectorsCommand({}))).Connectors!;
    const query = `{ connector(idOrArn: "${ConnectorId}") { url } }`;
    const { after } = await readMutateRead(
      query,
      `mutation($id: ID!) { updateConnector(input: { id: $id, url: "https://as2.moved.example/as2" }) { userErrors { code } } }`,
      { id: gid('Connector', ConnectorId!) },
    );
    expect(after).toEqual({ connector: { url: 'https://as2.moved.example/as2' } });
  });

  it('shows a tag added by tagResource', async () => {
    const profiles = (await s.client.send(new ListProfilesCommand({}))).Profiles!;
    const { ProfileId } = profiles[profiles.length - 1];
    const query = `{ profile(idOrArn: "${ProfileId}") { tags { key value } } }`;
    const { before, after } = await readMutateRead(
      query,
      `mutation($id: ID!) { tagResource(input: { id: $id, tags: [{ key: "cache-test", value: "fresh" }] }) { userErrors { code } } }`,
      { id: gid('Profile', ProfileId!) },
    );
    expect((after as any).profile.tags).toEqual([...(before as any).profile.tags, { key: 'cache-test', value: 'fresh' }]);
  });
});

const describeWithRedis = hasRedisServer || process.env.CI ? describe : describe.skip;
describeWithRedis('the Redis shared cache (skipped where no redis-server is installed; .ci/run installs it)', () => {
  let redis: TestRedis;
  let s: TestStack;
  beforeAll(async () => {
    redis = await startRedis();
    s = await startStack({}, { cacheTtlMs: 60_000, redisUrl: redis.url });
    await s.client.send(new CreateProfileCommand({ As2Id: 'R1', ProfileType: 'LOCAL' }));
  });
  afterAll(async () => {
    await s.close();
    await redis.stop();
  });

  it('lets a second replica answer from what the first cached, and see what the second invalidated', async () => {
    const replica = await startGateway(
      { upstream: { endpoint: s.endpoint, region: 'us-east-1' }, concurrencyPerRequest: 8, concurrencyPerProcess: 8, upstreamTimeoutMs: 2000, upstreamMaxAttempts: 1, cacheTtlMs: 60_000, redisUrl: redis.url, log: () => undefined, logLevel: 'silent' },
      '127.0.0.1',
      0,
    );
    try {
      const ask = async (query: string) =>
        (await fetch(replica.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })).json() as Promise<any>;
      await s.gql(PROFILES);
      await s.resetStats();
      const fromReplica = await ask(PROFILES);
      expect(as2Ids(fromReplica)).toEqual(['R1']);
      expect(fromReplica.extensions.cost.upstream.calls).toBe(0);
      await ask(`mutation { createProfile(input: { as2Id: "R2", profileType: LOCAL }) { profile { as2Id } } }`);
      expect(as2Ids(await s.gql(PROFILES))).toEqual(['R1', 'R2']);
    } finally {
      await replica.close();
    }
  });

  it('keeps answering, from AWS, when Redis goes away', async () => {
    await redis.stop();
    await s.resetStats();
    const res = await s.gql(PROFILES);
    expect(res.errors).toBeUndefined();
    expect(as2Ids(res)).toEqual(['R1', 'R2']);
    expect((await s.stats()).requests.ListProfiles).toBe(1);
  });
});
