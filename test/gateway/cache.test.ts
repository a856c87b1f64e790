import {
  CreateAgreementCommand,
  CreateProfileCommand,
  CreateServerCommand,
  ImportCertificateCommand,
  ListAgreementsCommand,
  ListCertificatesCommand,
  ListConnectorsCommand,
  ListProfilesCommand,
  ListServersCommand,
  StopServerCommand,
  type ProfileType,
} from '@aws-sdk/client-transfer';
import { familiesOfWrite, familyOfRead } from '../../src/gateway/upstream/shared-cache';
import { createAs2Server } from '../support/as2-server';
import { certificateFactory, type CertificateFactory } from '../support/certificates';
import { scrape } from '../support/metrics';
import { startRedis, type TestRedis } from '../support/redis';
import { startGateway, startStack, type TestStack } from '../support/stack';
import { until } from '../support/until';

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

describe('identical reads in flight, shared by several requests', () => {
  let s: TestStack;
  beforeAll(async () => {
    s = await startStack({}, { cacheTtlMs: 60_000 });
    await s.client.send(new CreateProfileCommand({ As2Id: 'SHARED', ProfileType: 'PARTNER' }));
  });
  afterAll(() => s.close());
  afterEach(() => s.setFaults({ latencyMs: 0 }));

  const LIST = '{ profiles(first: 10) { edges { node { as2Id } } } }';
  const send = (signal?: AbortSignal) =>
    fetch(s.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LIST }),
      signal,
    }).then((r) => r.json() as Promise<any>);
  /** Waits (at most 5 s) until the emulator has received `calls` calls. */
  const reached = (calls: number) =>
    until(async () => (await s.stats()).total >= calls, { what: `the emulator to receive ${calls} calls` });
  const sharedReads = async () => (await scrape(s.gateway.url)).value('transfer_graph_cache_hits_total', { family: 'profiles' });

  it('answers the request still waiting when the one that started the shared call hangs up', async () => {
    await s.resetStats();
    await s.setFaults({ latencyMs: 800 });
    const first = new AbortController();
    const hungUp = send(first.signal).catch((error: Error) => error.name);
    await reached(1);
    const before = await sharedReads();
    const second = send();
    // A read that joins the call in flight counts as a hit of the shared cache.
    await until(async () => (await sharedReads()) === before + 1, { what: 'the second read to join the call in flight' });
    first.abort();
    expect(await hungUp).toBe('AbortError');
    const answer = await second;
    expect({ data: answer.data, errors: answer.errors }).toEqual({
      data: { profiles: { edges: [{ node: { as2Id: 'SHARED' } }] } },
      errors: undefined,
    });
    expect((await s.stats()).requests).toEqual({ ListProfiles: 1 });
  });

  it('gives a read arriving after every waiter left a call of its own, not the abandoned one', async () => {
    await s.gql(`mutation { createProfile(input: { as2Id: "LATER", profileType: PARTNER }) { userErrors { code } } }`);
    await s.resetStats();
    await s.setFaults({ latencyMs: 800 });
    const both = [new AbortController(), new AbortController()];
    const gone = both.map((c) => send(c.signal).catch((error: Error) => error.name));
    await reached(1);
    both.forEach((c) => c.abort());
    expect(await Promise.all(gone)).toEqual(['AbortError', 'AbortError']);
    await s.setFaults({ latencyMs: 0 });
    const answer = await send();
    expect({ data: answer.data, errors: answer.errors }).toEqual({
      data: { profiles: { edges: [{ node: { as2Id: 'SHARED' } }, { node: { as2Id: 'LATER' } }] } },
      errors: undefined,
    });
    expect((await s.stats()).requests).toEqual({ ListProfiles: 2 });
  });
});

const gid = (...parts: string[]) => Buffer.from([parts[0], 'us-east-1', ...parts.slice(1)].join(':')).toString('base64url');

const ACCESS_ROLE = 'arn:aws:iam::000000000000:role/cache-test-access';
/** Minimal AS2 server settings: AS2 needs a VPC endpoint. */
const AS2_SERVER = {
  protocols: ['AS2'],
  endpointType: 'VPC',
  endpointDetails: { vpcId: 'vpc-0123456789abcdef0', subnetIds: ['subnet-0123456789abcdef0'] },
};
/** The values of `key` in a connection's nodes. */
const nodeValues = (connection: any, key: string) => connection.edges.map((e: any) => e.node[key]);

describe("the shared cache and the gateway's own mutations of each kind (demo data)", () => {
  let s: TestStack;
  let certs: CertificateFactory;
  let serial = 0;
  beforeAll(async () => {
    [s, certs] = await Promise.all([startStack({ seed: 'demo' }, { cacheTtlMs: 60_000 }), certificateFactory()]);
  }, 60_000);
  afterAll(() => s.close());

  /** Reads twice (the second answer must come from the cache alone), mutates, and reads again; returns the mutation's payload too. */
  async function readMutateRead(query: string, mutation: string, variables: Record<string, unknown>) {
    const before = await s.gql(query);
    expect(before.errors).toBeUndefined();
    const cached = await s.gql(query);
    expect(cached.extensions?.cost?.upstream).toEqual({ calls: 0, byOperation: {} });
    expect(cached.data).toEqual(before.data);
    const mutated = await s.gql(mutation, variables);
    expect(mutated.errors).toBeUndefined();
    const payload = Object.values(mutated.data as Record<string, any>)[0];
    expect(payload.userErrors).toEqual([]);
    const after = await s.gql(query);
    expect(after.errors).toBeUndefined();
    return { before: before.data, after: after.data, payload };
  }

  /** A write through the gateway, for a test's own fixtures: it invalidates like any other, so later reads see it. */
  async function mutate(mutation: string, variables: Record<string, unknown>) {
    const res = await s.gql(mutation, variables);
    expect(res.errors).toBeUndefined();
    const payload = Object.values(res.data as Record<string, any>)[0];
    expect(payload.userErrors).toEqual([]);
    return payload;
  }

  /** A new profile made through the AWS API (no cached read of it exists yet). */
  const awsProfile = async (As2Id: string, ProfileType: ProfileType) =>
    (await s.client.send(new CreateProfileCommand({ As2Id, ProfileType }))).ProfileId!;

  const CREATE_SERVER = `mutation($input: CreateServerInput!) { createServer(input: $input) { userErrors { code } server { serverId state } } }`;
  const CREATE_AGREEMENT = `mutation($input: CreateAgreementInput!) { createAgreement(input: $input) { userErrors { code } agreement { agreementId } } }`;
  const CREATE_PROFILE = `mutation($input: CreateProfileInput!) { createProfile(input: $input) { userErrors { code } profile { profileId } } }`;
  const IMPORT_CERTIFICATE = `mutation($input: ImportCertificateInput!) { importCertificate(input: $input) { userErrors { code } certificate { certificateId } } }`;
  const CREATE_CONNECTOR = `mutation($input: CreateConnectorInput!) { createConnector(input: $input) { userErrors { code } connector { connectorId } } }`;
  const SERVERS = `{ servers(first: 100) { edges { node { serverId } } } }`;
  const PROFILE_LIST = `{ profiles(first: 100) { edges { node { profileId as2Id } } } }`;
  const CERTIFICATES = `{ certificates(first: 100) { edges { node { certificateId } } } }`;
  const CONNECTORS = `{ connectors(first: 100) { edges { node { connectorId } } } }`;
  const agreementsOf = (serverId: string) => `{ agreements(server: "${serverId}", first: 100) { edges { node { agreementId } } } }`;

  /** The third demo AS2 server (ListServers answers in creation order; the stopServer test stops the first). */
  const demoServer = async () => (await s.client.send(new ListServersCommand({}))).Servers![2].ServerId!;

  /** An AS2 agreement made through the gateway between two new profiles, on one of the demo servers. */
  async function newAgreement(name: string) {
    const ServerId = await demoServer();
    const [local, partner] = await Promise.all([awsProfile(`${name}-LOCAL`, 'LOCAL'), awsProfile(`${name}-PARTNER`, 'PARTNER')]);
    const { agreement } = await mutate(CREATE_AGREEMENT, {
      input: {
        serverId: gid('Server', ServerId),
        localProfileId: gid('Profile', local),
        partnerProfileId: gid('Profile', partner),
        accessRole: ACCESS_ROLE,
        baseDirectory: '/as2-bucket/cache-test',
      },
    });
    return { serverId: ServerId, agreementId: agreement.agreementId as string };
  }

  /** A new certificate's PEM (a real X.509 certificate). */
  const newPem = async () => (await certs.generate(`CN=cache test certificate ${(serial += 1)}, O=transfer-graph tests`)).certificatePem;

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
    expect(before.profile.certificateIds.length).toBeGreaterThan(0);
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
    const changed = after.certificates.edges.find((e: any) => e.node.certificateId === CertificateId).node;
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
    expect(after.profile.tags).toEqual([...before.profile.tags, { key: 'cache-test', value: 'fresh' }]);
  });

  it('shows a server made by createServer in the server list', async () => {
    const { before, after, payload } = await readMutateRead(SERVERS, CREATE_SERVER, { input: AS2_SERVER });
    const created = payload.server.serverId;
    expect(nodeValues(before.servers, 'serverId')).not.toContain(created);
    expect(nodeValues(after.servers, 'serverId')).toEqual(expect.arrayContaining([...nodeValues(before.servers, 'serverId'), created]));
  });

  it('shows a logging role changed by updateServer', async () => {
    const ServerId = await demoServer();
    const role = `arn:aws:iam::000000000000:role/cache-test-logging-${Date.now()}`;
    const { before, after } = await readMutateRead(
      `{ server(idOrArn: "${ServerId}") { loggingRole } }`,
      `mutation($id: ID!, $role: String!) { updateServer(input: { id: $id, loggingRole: $role }) { userErrors { code } } }`,
      { id: gid('Server', ServerId), role },
    );
    expect(before).not.toEqual({ server: { loggingRole: role } });
    expect(after).toEqual({ server: { loggingRole: role } });
  });

  it('shows a stopped server started by startServer', async () => {
    const ServerId = await createAs2Server(s.client);
    await s.client.send(new StopServerCommand({ ServerId }));
    const { before, after } = await readMutateRead(
      `{ server(idOrArn: "${ServerId}") { state } }`,
      `mutation($id: ID!) { startServer(input: { id: $id }) { userErrors { code } } }`,
      { id: gid('Server', ServerId) },
    );
    expect([before, after]).toEqual([{ server: { state: 'OFFLINE' } }, { server: { state: 'ONLINE' } }]);
  });

  it('drops a server deleted by deleteServer (forced, as it has an agreement) from the server list, and its agreements with it', async () => {
    const { server } = await mutate(CREATE_SERVER, { input: AS2_SERVER });
    const [local, partner] = await Promise.all([
      awsProfile('DELETED-SERVER-LOCAL', 'LOCAL'),
      awsProfile('DELETED-SERVER-PARTNER', 'PARTNER'),
    ]);
    const { AgreementId } = await s.client.send(
      new CreateAgreementCommand({
        ServerId: server.serverId,
        LocalProfileId: local,
        PartnerProfileId: partner,
        AccessRole: ACCESS_ROLE,
        BaseDirectory: '/as2-bucket/in',
      }),
    );
    const query = `{ servers(first: 100) { edges { node { serverId } } } agreement(idOrArn: "${AgreementId}", server: "${server.serverId}") { agreementId } }`;
    const { before, after } = await readMutateRead(
      query,
      `mutation($id: ID!) { deleteServer(input: { id: $id, force: true }) { userErrors { code } } }`,
      {
        id: gid('Server', server.serverId),
      },
    );
    expect(nodeValues(before.servers, 'serverId')).toContain(server.serverId);
    expect(before.agreement).toEqual({ agreementId: AgreementId });
    expect(nodeValues(after.servers, 'serverId')).not.toContain(server.serverId);
    expect(after.agreement).toBeNull();
  });

  it("shows an agreement made by createAgreement in its server's agreement list", async () => {
    const ServerId = await demoServer();
    const [local, partner] = await Promise.all([
      awsProfile('CREATED-AGREEMENT-LOCAL', 'LOCAL'),
      awsProfile('CREATED-AGREEMENT-PARTNER', 'PARTNER'),
    ]);
    const { before, after, payload } = await readMutateRead(agreementsOf(ServerId), CREATE_AGREEMENT, {
      input: {
        serverId: gid('Server', ServerId),
        localProfileId: gid('Profile', local),
        partnerProfileId: gid('Profile', partner),
        accessRole: ACCESS_ROLE,
        baseDirectory: '/as2-bucket/cache-test',
      },
    });
    const created = payload.agreement.agreementId;
    expect(created).toMatch(/^a-[0-9a-f]{17}$/);
    expect(nodeValues(before.agreements, 'agreementId')).not.toContain(created);
    expect(nodeValues(after.agreements, 'agreementId')).toEqual(
      expect.arrayContaining([...nodeValues(before.agreements, 'agreementId'), created]),
    );
  });

  it("drops an agreement deleted by deleteAgreement from its server's agreement list", async () => {
    const { serverId, agreementId } = await newAgreement('DELETED-AGREEMENT');
    const { before, after } = await readMutateRead(
      agreementsOf(serverId),
      `mutation($id: ID!) { deleteAgreement(input: { id: $id }) { userErrors { code } } }`,
      { id: gid('Agreement', serverId, agreementId) },
    );
    expect(nodeValues(before.agreements, 'agreementId')).toContain(agreementId);
    expect(nodeValues(after.agreements, 'agreementId')).toEqual(
      nodeValues(before.agreements, 'agreementId').filter((id: string) => id !== agreementId),
    );
  });

  it('shows a profile made by createProfile in the profile list', async () => {
    const { before, after, payload } = await readMutateRead(PROFILE_LIST, CREATE_PROFILE, {
      input: { as2Id: 'CACHE-CREATED-PARTNER', profileType: 'PARTNER' },
    });
    const created = { profileId: payload.profile.profileId, as2Id: 'CACHE-CREATED-PARTNER' };
    expect(nodeValues(before.profiles, 'as2Id')).not.toContain('CACHE-CREATED-PARTNER');
    expect(after.profiles.edges.map((e: any) => e.node)).toEqual(
      expect.arrayContaining([...before.profiles.edges.map((e: any) => e.node), created]),
    );
  });

  it('drops a profile deleted by deleteProfile from the profile list', async () => {
    const { profile } = await mutate(CREATE_PROFILE, { input: { as2Id: 'CACHE-DELETED-PARTNER', profileType: 'PARTNER' } });
    const { before, after } = await readMutateRead(
      PROFILE_LIST,
      `mutation($id: ID!) { deleteProfile(input: { id: $id }) { userErrors { code } } }`,
      {
        id: gid('Profile', profile.profileId),
      },
    );
    expect(nodeValues(before.profiles, 'profileId')).toContain(profile.profileId);
    expect(nodeValues(after.profiles, 'profileId')).toEqual(
      nodeValues(before.profiles, 'profileId').filter((id: string) => id !== profile.profileId),
    );
  });

  it('shows a certificate imported by importCertificate in the certificate list', async () => {
    const { before, after, payload } = await readMutateRead(CERTIFICATES, IMPORT_CERTIFICATE, {
      input: { usage: 'SIGNING', certificate: await newPem(), description: 'Imported by the cache test' },
    });
    const created = payload.certificate.certificateId;
    expect(created).toMatch(/^cert-[0-9a-f]{17}$/);
    expect(nodeValues(before.certificates, 'certificateId')).not.toContain(created);
    expect(nodeValues(after.certificates, 'certificateId')).toEqual(
      expect.arrayContaining([...nodeValues(before.certificates, 'certificateId'), created]),
    );
  });

  it('drops a certificate deleted by deleteCertificate from the certificate list', async () => {
    const { certificate } = await mutate(IMPORT_CERTIFICATE, { input: { usage: 'ENCRYPTION', certificate: await newPem() } });
    const { before, after } = await readMutateRead(
      CERTIFICATES,
      `mutation($id: ID!) { deleteCertificate(input: { id: $id }) { userErrors { code } } }`,
      {
        id: gid('Certificate', certificate.certificateId),
      },
    );
    expect(nodeValues(before.certificates, 'certificateId')).toContain(certificate.certificateId);
    expect(nodeValues(after.certificates, 'certificateId')).toEqual(
      nodeValues(before.certificates, 'certificateId').filter((id: string) => id !== certificate.certificateId),
    );
  });

  it('shows a connector made by createConnector in the connector list', async () => {
    const [local, partner] = await Promise.all([
      awsProfile('CREATED-CONNECTOR-LOCAL', 'LOCAL'),
      awsProfile('CREATED-CONNECTOR-PARTNER', 'PARTNER'),
    ]);
    const { before, after, payload } = await readMutateRead(CONNECTORS, CREATE_CONNECTOR, {
      input: {
        url: 'https://as2.created.example/receive',
        accessRole: ACCESS_ROLE,
        as2Config: { localProfileId: gid('Profile', local), partnerProfileId: gid('Profile', partner) },
      },
    });
    const created = payload.connector.connectorId;
    expect(created).toMatch(/^c-[0-9a-f]{17}$/);
    expect(nodeValues(before.connectors, 'connectorId')).not.toContain(created);
    expect(nodeValues(after.connectors, 'connectorId')).toEqual(
      expect.arrayContaining([...nodeValues(before.connectors, 'connectorId'), created]),
    );
  });

  it('drops a connector deleted by deleteConnector from the connector list', async () => {
    const [local, partner] = await Promise.all([
      awsProfile('DELETED-CONNECTOR-LOCAL', 'LOCAL'),
      awsProfile('DELETED-CONNECTOR-PARTNER', 'PARTNER'),
    ]);
    const { connector } = await mutate(CREATE_CONNECTOR, {
      input: {
        url: 'https://as2.deleted.example/receive',
        accessRole: ACCESS_ROLE,
        as2Config: { localProfileId: gid('Profile', local), partnerProfileId: gid('Profile', partner) },
      },
    });
    const { before, after } = await readMutateRead(
      CONNECTORS,
      `mutation($id: ID!) { deleteConnector(input: { id: $id }) { userErrors { code } } }`,
      {
        id: gid('Connector', connector.connectorId),
      },
    );
    expect(nodeValues(before.connectors, 'connectorId')).toContain(connector.connectorId);
    expect(nodeValues(after.connectors, 'connectorId')).toEqual(
      nodeValues(before.connectors, 'connectorId').filter((id: string) => id !== connector.connectorId),
    );
  });

  it('shows a tag removed by untagResource', async () => {
    const { CertificateId } = await s.client.send(
      new ImportCertificateCommand({
        Usage: 'SIGNING',
        Certificate: await newPem(),
        Tags: [
          { Key: 'keep', Value: '1' },
          { Key: 'drop', Value: '2' },
        ],
      }),
    );
    const { before, after } = await readMutateRead(
      `{ certificate(idOrArn: "${CertificateId}") { tags { key value } } }`,
      `mutation($id: ID!) { untagResource(input: { id: $id, tagKeys: ["drop"] }) { userErrors { code } } }`,
      { id: gid('Certificate', CertificateId!) },
    );
    expect(before).toEqual({
      certificate: {
        tags: [
          { key: 'keep', value: '1' },
          { key: 'drop', value: '2' },
        ],
      },
    });
    expect(after).toEqual({ certificate: { tags: [{ key: 'keep', value: '1' }] } });
  });

  it('keeps the cache across startFileTransfer, and reads the transfer from AWS every time', async () => {
    const connectors = (await s.client.send(new ListConnectorsCommand({}))).Connectors!;
    const connector = gid('Connector', connectors[connectors.length - 1].ConnectorId!);
    const query = `query($c: ID!) { node(id: $c) { ... on Connector { url status } } }`;
    const before = await s.gql(query, { c: connector });
    expect(before.errors).toBeUndefined();
    const { fileTransfer } = await mutate(
      `mutation($c: ID!) { startFileTransfer(input: { connectorId: $c, sendFilePaths: ["/meridian-as2-outbound/cache-test/PO-1.edi"] }) { userErrors { code } fileTransfer { transferId } } }`,
      { c: connector },
    );
    const after = await s.gql(query, { c: connector });
    expect(after.extensions?.cost?.upstream).toEqual({ calls: 0, byOperation: {} });
    expect(after.data).toEqual(before.data);
    for (let read = 0; read < 2; read += 1) {
      const transfer = await s.gql(`query($c: ID!, $t: String!) { fileTransfer(connector: $c, transferId: $t) { transferId status } }`, {
        c: connector,
        t: fileTransfer.transferId,
      });
      expect(transfer.data.fileTransfer).toEqual({ transferId: fileTransfer.transferId, status: expect.any(String) });
      expect(transfer.extensions?.cost?.upstream?.byOperation.ListFileTransferResults).toBe(1);
    }
  });

  it('keeps the cache across testIdentityProvider, and asks AWS every time', async () => {
    const url = 'https://abc123.execute-api.us-east-1.amazonaws.com/prod';
    const { ServerId } = await s.client.send(
      new CreateServerCommand({
        IdentityProviderType: 'API_GATEWAY',
        IdentityProviderDetails: { Url: url, InvocationRole: 'arn:aws:iam::000000000000:role/idp-invoke' },
      }),
    );
    const query = `{ server(idOrArn: "${ServerId}") { identityProviderType identityProviderDetails { url } } }`;
    const before = await s.gql(query);
    expect(before.data).toEqual({ server: { identityProviderType: 'API_GATEWAY', identityProviderDetails: { url } } });
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const res = await s.gql(
        `mutation($id: ID!) { testIdentityProvider(input: { serverId: $id, userName: "alice", userPassword: "secret" }) { userErrors { code } statusCode url } }`,
        { id: gid('Server', ServerId!) },
      );
      expect(res.data.testIdentityProvider).toEqual({ userErrors: [], statusCode: 200, url });
      expect(res.extensions?.cost?.upstream?.byOperation.TestIdentityProvider).toBe(1);
    }
    const after = await s.gql(query);
    expect(after.extensions?.cost?.upstream).toEqual({ calls: 0, byOperation: {} });
    expect(after.data).toEqual(before.data);
  });
});

describe('the Redis shared cache', () => {
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
      {
        upstream: { endpoint: s.endpoint, region: 'us-east-1' },
        concurrencyPerRequest: 8,
        concurrencyPerProcess: 8,
        upstreamTimeoutMs: 2000,
        upstreamMaxAttempts: 1,
        cacheTtlMs: 60_000,
        redisUrl: redis.url,
        log: () => undefined,
        logLevel: 'silent',
      },
      '127.0.0.1',
      0,
    );
    try {
      const ask = async (query: string) =>
        (
          await fetch(replica.graphqlUrl, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query }),
          })
        ).json() as Promise<any>;
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
