import 'reflect-metadata'; // the certificate generator needs it
import {
  CreateAgreementCommand,
  CreateConnectorCommand,
  CreateProfileCommand,
  DescribeProfileCommand,
  ImportCertificateCommand,
  ListProfilesCommand,
  ListTagsForResourceCommand,
  StartFileTransferCommand,
  type TransferClient,
} from '@aws-sdk/client-transfer';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { createServer } from 'node:net';
import { startGateway, type RunningGateway } from '../../src/gateway';
import { createAs2Server } from '../support/as2-server';
import { certificateFactory } from '../support/certificates';
import { startTestEmulator, type TestEmulator } from '../support/emulator';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const ACCESS_ROLE = 'arn:aws:iam::000000000000:role/as2-access';
const gid = (type: string, region: string, ...keys: string[]) => Buffer.from([type, region, ...keys].join(':')).toString('base64url');
const regionOf = (id: string) => Buffer.from(id, 'base64url').toString('utf8').split(':')[1];

/** A gateway serving us-east-1 from `east` and eu-west-1 from `westEndpoint`. */
async function gatewayOver(east: TestEmulator, westEndpoint: string): Promise<RunningGateway> {
  return startGateway(
    {
      upstream: { endpoint: east.endpoint, region: 'us-east-1' },
      regions: ['us-east-1', 'eu-west-1'],
      regionEndpoints: { 'eu-west-1': westEndpoint },
      concurrencyPerRequest: 16,
      concurrencyPerProcess: 64,
      upstreamTimeoutMs: 5000,
      upstreamMaxAttempts: 1,
      logLevel: 'silent',
      log: () => undefined,
      subscriptions: { pollIntervalMs: 25 },
    },
    '127.0.0.1',
    0,
  );
}

async function post(gateway: RunningGateway, query: string, variables?: Record<string, unknown>) {
  const res = await fetch(gateway.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: any; errors?: any[]; extensions?: any };
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

let east: TestEmulator;
let west: TestEmulator;
let eastClient: TransferClient;
let westClient: TransferClient;
let gateway: RunningGateway;
const profiles: Record<string, string> = {};
let westServer: string;
let westAgreement: string;
let eastDue: string;
let westDue: string;

beforeAll(async () => {
  const [a, b, certs] = await Promise.all([startTestEmulator(), startTestEmulator(), certificateFactory()]);
  [east, west] = [a, b];
  eastClient = east.clientFor('us-east-1');
  westClient = west.clientFor('eu-west-1');
  const now = Date.now();
  const due = async (client: TransferClient, days: number) => {
    const pem = await certs.generate(`CN=regions ${days}, O=transfer-graph tests`);
    const input = {
      Usage: 'SIGNING' as const,
      Certificate: pem.certificatePem,
      InactiveDate: new Date(Math.floor((now + days * DAY + HOUR) / 1000) * 1000),
    };
    return (await client.send(new ImportCertificateCommand(input))).CertificateId!;
  };
  [eastDue, westDue] = await Promise.all([due(eastClient, 5), due(westClient, 3)]);
  const profile = async (client: TransferClient, As2Id: string, ProfileType: 'LOCAL' | 'PARTNER', CertificateIds: string[] = []) => {
    profiles[As2Id] = (await client.send(new CreateProfileCommand({ As2Id, ProfileType, CertificateIds }))).ProfileId!;
  };
  // In creation order, so that each region's list order is known.
  await profile(eastClient, 'EAST-1', 'LOCAL');
  await profile(eastClient, 'EAST-2', 'PARTNER', [eastDue]);
  await profile(eastClient, 'EAST-3', 'PARTNER');
  await profile(westClient, 'WEST-1', 'LOCAL');
  await profile(westClient, 'WEST-2', 'PARTNER', [westDue]);
  westServer = await createAs2Server(westClient);
  westAgreement = (
    await westClient.send(
      new CreateAgreementCommand({
        ServerId: westServer,
        LocalProfileId: profiles['WEST-1'],
        PartnerProfileId: profiles['WEST-2'],
        AccessRole: ACCESS_ROLE,
        BaseDirectory: '/b/in',
      }),
    )
  ).AgreementId!;
  gateway = await gatewayOver(east, west.endpoint);
});
afterAll(async () => {
  await gateway.close();
  await Promise.all([east.close(), west.close()]);
});
beforeEach(() => west.setFaults({ errorPercent: 0 }));

const PROFILES = `query($after: String) { profiles(first: 2, after: $after) { edges { cursor node { id as2Id } } pageInfo { hasNextPage endCursor } } }`;

describe('TRANSFER_REGIONS=us-east-1,eu-west-1', () => {
  it('merges a root list of both regions into one connection, one List call per region, each node id carrying its region', async () => {
    const res = await post(gateway, '{ profiles(first: 10) { totalCount edges { node { id as2Id profileId } } } }');
    expect(res.errors).toBeUndefined();
    expect(res.data.profiles.edges.map((e: any) => e.node)).toEqual(
      ['EAST-1', 'WEST-1', 'EAST-2', 'WEST-2', 'EAST-3'].map((as2Id) => {
        const region = as2Id.startsWith('EAST') ? 'us-east-1' : 'eu-west-1';
        return { id: gid('Profile', region, profiles[as2Id]), as2Id, profileId: profiles[as2Id] };
      }),
    );
    expect(res.data.profiles.totalCount).toBe(5);
    // The page of 10 read both lists whole, so totalCount cost nothing more.
    expect(res.extensions.cost.upstream).toEqual({ calls: 2, byOperation: { ListProfiles: 2 } });
  });

  it("pages with cursors that hold each region's position: the third page reads only the region that has more", async () => {
    const pages: Array<{ names: string[]; hasNextPage: boolean; calls: unknown }> = [];
    let after: string | null = null;
    for (let i = 0; i < 5 && (i === 0 || pages[i - 1].hasNextPage); i += 1) {
      const res = await post(gateway, PROFILES, { after });
      expect(res.errors).toBeUndefined();
      pages.push({
        names: res.data.profiles.edges.map((e: any) => e.node.as2Id),
        hasNextPage: res.data.profiles.pageInfo.hasNextPage,
        calls: res.extensions.cost.upstream.byOperation,
      });
      after = res.data.profiles.pageInfo.endCursor;
    }
    expect(pages).toEqual([
      { names: ['EAST-1', 'WEST-1'], hasNextPage: true, calls: { ListProfiles: 2 } },
      { names: ['EAST-2', 'WEST-2'], hasNextPage: true, calls: { ListProfiles: 2 } },
      { names: ['EAST-3'], hasNextPage: false, calls: { ListProfiles: 1 } },
    ]);
  });

  it('pages backwards over the merged list too', async () => {
    const res = await post(gateway, '{ profiles(last: 2) { edges { node { as2Id } } pageInfo { hasPreviousPage hasNextPage } } }');
    expect(res.data.profiles).toEqual({
      edges: [{ node: { as2Id: 'WEST-2' } }, { node: { as2Id: 'EAST-3' } }],
      pageInfo: { hasPreviousPage: true, hasNextPage: false },
    });
  });

  it('routes node(id:) to the region in the id, and resolves the links of a node in its own region', async () => {
    const res = await post(
      gateway,
      `query($east: ID!, $west: ID!) {
        east: node(id: $east) { id ... on Profile { as2Id } }
        west: node(id: $west) { id ... on Server { serverId agreements { edges { node { id partnerProfile { id as2Id } health { status } } } } } }
      }`,
      { east: gid('Profile', 'us-east-1', profiles['EAST-2']), west: gid('Server', 'eu-west-1', westServer) },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      east: { id: gid('Profile', 'us-east-1', profiles['EAST-2']), as2Id: 'EAST-2' },
      west: {
        id: gid('Server', 'eu-west-1', westServer),
        serverId: westServer,
        agreements: {
          edges: [
            {
              node: {
                id: gid('Agreement', 'eu-west-1', westServer, westAgreement),
                partnerProfile: { id: gid('Profile', 'eu-west-1', profiles['WEST-2']), as2Id: 'WEST-2' },
                // WEST-1 has no signing key, WEST-2's signing certificate goes inactive in 3 days.
                health: { status: 'BROKEN' },
              },
            },
          ],
        },
      },
    });
  });

  it('lists what needs attention in both regions, most urgent first', async () => {
    const res = await post(
      gateway,
      '{ attention(withinDays: 30) { certificate { id certificateId } daysUntilExpiry profiles { id as2Id } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.attention).toEqual([
      {
        certificate: { id: gid('Certificate', 'eu-west-1', westDue), certificateId: westDue },
        daysUntilExpiry: 3,
        profiles: [{ id: gid('Profile', 'eu-west-1', profiles['WEST-2']), as2Id: 'WEST-2' }],
      },
      {
        certificate: { id: gid('Certificate', 'us-east-1', eastDue), certificateId: eastDue },
        daysUntilExpiry: 5,
        profiles: [{ id: gid('Profile', 'us-east-1', profiles['EAST-2']), as2Id: 'EAST-2' }],
      },
    ]);
  });

  it('lists what needs attention in the one region asked for, calling no other region, and names the regions served for one it does not serve', async () => {
    const query =
      'query($region: String) { attention(withinDays: 30, region: $region) { certificate { certificateId } profiles { as2Id } } }';
    await west.setFaults({ errorPercent: 100 });
    const eastOnly = await post(gateway, query, { region: 'us-east-1' });
    expect({ data: eastOnly.data, errors: eastOnly.errors }).toEqual({
      data: { attention: [{ certificate: { certificateId: eastDue }, profiles: [{ as2Id: 'EAST-2' }] }] },
      errors: undefined,
    });
    await west.setFaults({ errorPercent: 0 });
    const westOnly = await post(gateway, query, { region: 'eu-west-1' });
    expect({ data: westOnly.data, errors: westOnly.errors }).toEqual({
      data: { attention: [{ certificate: { certificateId: westDue }, profiles: [{ as2Id: 'WEST-2' }] }] },
      errors: undefined,
    });
    const unserved = await post(gateway, query, { region: 'ap-south-1' });
    expect({ data: unserved.data, errors: unserved.errors }).toEqual({
      data: { attention: null },
      errors: [
        {
          message: '`region` is "ap-south-1", which this gateway does not serve; it serves us-east-1, eu-west-1 (TRANSFER_REGIONS)',
          locations: [{ line: 1, column: 26 }],
          path: ['attention'],
          extensions: { code: 'BAD_USER_INPUT', argument: 'region' },
        },
      ],
    });
  });

  it('follows a transfer of the other region over a subscription, its connector read there too', async () => {
    const { ConnectorId } = await westClient.send(
      new CreateConnectorCommand({
        Url: 'https://west.example',
        AccessRole: ACCESS_ROLE,
        As2Config: { LocalProfileId: profiles['WEST-1'], PartnerProfileId: profiles['WEST-2'] },
      }),
    );
    const { TransferId } = await westClient.send(new StartFileTransferCommand({ ConnectorId, SendFilePaths: ['/outbox/a.edi'] }));
    const client = createClient({ url: gateway.graphqlUrl.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0 });
    try {
      const id = gid('FileTransfer', 'eu-west-1', ConnectorId!, TransferId!);
      const events: unknown[] = [];
      await new Promise<void>((resolve, reject) =>
        client.subscribe(
          { query: 'subscription($id: ID!) { fileTransferUpdates(id: $id) { id status connector { id url } } }', variables: { id } },
          { next: (event) => events.push(event.data), error: reject, complete: resolve },
        ),
      );
      expect(events).toEqual([
        {
          fileTransferUpdates: {
            id,
            status: 'COMPLETED',
            connector: { id: gid('Connector', 'eu-west-1', ConnectorId!), url: 'https://west.example' },
          },
        },
      ]);
    } finally {
      await client.dispose();
    }
  });

  it("gives the other region's data and an error naming the region when one region fails", async () => {
    await west.setFaults({ errorPercent: 100 });
    const res = await post(
      gateway,
      '{ profiles(first: 10) { totalCount edges { node { as2Id } } } attention(withinDays: 30) { certificate { certificateId } } }',
    );
    expect(res.data).toEqual({
      profiles: { totalCount: 3, edges: [{ node: { as2Id: 'EAST-1' } }, { node: { as2Id: 'EAST-2' } }, { node: { as2Id: 'EAST-3' } }] },
      attention: [{ certificate: { certificateId: eastDue } }],
    });
    const failure = (path: string) => ({
      message: expect.stringMatching(/^Region eu-west-1 did not answer, so the list leaves out its items: An internal error occurred/),
      path: [path],
      extensions: { code: 'UPSTREAM_UNAVAILABLE', awsError: 'InternalServiceError', region: 'eu-west-1' },
    });
    expect(res.errors).toEqual([failure('profiles'), failure('attention')]);
  });

  it('gives the same when a region cannot be reached at all', async () => {
    const unreachable = await gatewayOver(east, `http://127.0.0.1:${await closedPort()}`);
    try {
      const res = await post(unreachable, '{ servers { edges { node { id } } } profiles { edges { node { as2Id } } } }');
      expect(res.data).toEqual({
        servers: { edges: [] },
        profiles: { edges: [{ node: { as2Id: 'EAST-1' } }, { node: { as2Id: 'EAST-2' } }, { node: { as2Id: 'EAST-3' } }] },
      });
      expect(res.errors).toEqual(
        ['servers', 'profiles'].map((path) => ({
          message:
            'Region eu-west-1 did not answer, so the list leaves out its items: The Transfer Family endpoint did not answer (ECONNREFUSED)',
          path: [path],
          extensions: { code: 'UPSTREAM_UNAVAILABLE', region: 'eu-west-1' },
        })),
      );
    } finally {
      await unreachable.close();
    }
  });

  it('fails the field, naming both, when no region answers', async () => {
    await west.setFaults({ errorPercent: 100 });
    await east.setFaults({ errorPercent: 100 });
    try {
      const res = await post(gateway, '{ certificates { edges { node { certificateId } } } }');
      expect(res.data).toEqual({ certificates: null });
      expect(res.errors).toEqual([
        expect.objectContaining({
          message: expect.stringMatching(
            /^No region answered: us-east-1: An internal error occurred.*; eu-west-1: An internal error occurred/,
          ),
          path: ['certificates'],
          extensions: { code: 'UPSTREAM_UNAVAILABLE', regions: ['us-east-1', 'eu-west-1'] },
        }),
      ]);
    } finally {
      await east.setFaults({ errorPercent: 0 });
    }
  });
});

describe('mutations and lookups act in the region of what they name (one emulator, its regions kept apart)', () => {
  let emulator: TestEmulator;
  let gw: RunningGateway;
  let eu: TransferClient;
  let us: TransferClient;
  let euCertificate: string;
  let euServer: string;
  const euProfiles: Record<string, string> = {};
  let usProfile: string;

  const as2IdsIn = async (client: TransferClient) => {
    return ((await client.send(new ListProfilesCommand({}))).Profiles ?? []).map((p) => p.As2Id).sort();
  };

  beforeAll(async () => {
    const [started, certs] = await Promise.all([startTestEmulator(), certificateFactory()]);
    emulator = started;
    eu = emulator.clientFor('eu-west-1');
    us = emulator.clientFor('us-east-1');
    const pem = await certs.generate('CN=eu signing, O=transfer-graph tests');
    euCertificate = (await eu.send(new ImportCertificateCommand({ Usage: 'SIGNING', Certificate: pem.certificatePem }))).CertificateId!;
    for (const [As2Id, ProfileType] of [
      ['EU-A', 'LOCAL'],
      ['EU-B', 'PARTNER'],
    ] as const) {
      euProfiles[As2Id] = (await eu.send(new CreateProfileCommand({ As2Id, ProfileType }))).ProfileId!;
    }
    usProfile = (await us.send(new CreateProfileCommand({ As2Id: 'US-A', ProfileType: 'LOCAL' }))).ProfileId!;
    euServer = await createAs2Server(eu);
    gw = await gatewayOver(emulator, emulator.endpoint);
  });
  afterAll(async () => {
    await gw.close();
    await emulator.close();
  });

  it("creates in the region the input names, else in the gateway's own", async () => {
    const create = `mutation($input: CreateProfileInput!) { createProfile(input: $input) { profile { id as2Id } userErrors { field message } } }`;
    const inEu = await post(gw, create, { input: { as2Id: 'EU-NEW', profileType: 'PARTNER', region: 'eu-west-1' } });
    expect(inEu.data.createProfile.userErrors).toEqual([]);
    expect(regionOf(inEu.data.createProfile.profile.id)).toBe('eu-west-1');
    const inOwn = await post(gw, create, { input: { as2Id: 'US-NEW', profileType: 'PARTNER' } });
    expect(regionOf(inOwn.data.createProfile.profile.id)).toBe('us-east-1');
    expect(await as2IdsIn(eu)).toEqual(['EU-A', 'EU-B', 'EU-NEW']);
    expect(await as2IdsIn(us)).toEqual(['US-A', 'US-NEW']);
  });

  it('creates in the region of the ids the input names: a profile with certificates there, an agreement on a server there', async () => {
    const profile = await post(
      gw,
      `mutation($c: ID!) { createProfile(input: { as2Id: "EU-SIGNED", profileType: LOCAL, certificateIds: [$c] }) { profile { id certificates { edges { node { certificateId } } } } userErrors { message } } }`,
      {
        c: gid('Certificate', 'eu-west-1', euCertificate),
      },
    );
    expect(profile.data.createProfile).toEqual({
      profile: { id: expect.any(String), certificates: { edges: [{ node: { certificateId: euCertificate } }] } },
      userErrors: [],
    });
    expect(regionOf(profile.data.createProfile.profile.id)).toBe('eu-west-1');

    const agreement = await post(
      gw,
      `mutation($input: CreateAgreementInput!) { createAgreement(input: $input) { agreement { id server { serverId } partnerProfile { as2Id } } userErrors { message } } }`,
      {
        input: {
          serverId: gid('Server', 'eu-west-1', euServer),
          localProfileId: gid('Profile', 'eu-west-1', euProfiles['EU-A']),
          partnerProfileId: gid('Profile', 'eu-west-1', euProfiles['EU-B']),
          accessRole: ACCESS_ROLE,
          baseDirectory: '/eu/in',
        },
      },
    );
    expect(agreement.data.createAgreement).toEqual({
      agreement: { id: expect.any(String), server: { serverId: euServer }, partnerProfile: { as2Id: 'EU-B' } },
      userErrors: [],
    });
    expect(regionOf(agreement.data.createAgreement.agreement.id)).toBe('eu-west-1');
  });

  it('changes, tags and deletes an object of another region by its graph id, there', async () => {
    const id = gid('Profile', 'eu-west-1', euProfiles['EU-B']);
    const update = await post(
      gw,
      `mutation($id: ID!, $c: ID!) { updateProfile(input: { id: $id, certificateIds: [$c] }) { profile { certificateIds } userErrors { message } } }`,
      {
        id,
        c: gid('Certificate', 'eu-west-1', euCertificate),
      },
    );
    expect(update.data.updateProfile).toEqual({ profile: { certificateIds: [euCertificate] }, userErrors: [] });
    const tag = await post(
      gw,
      `mutation($id: ID!) { tagResource(input: { id: $id, tags: [{ key: "team", value: "eu" }] }) { userErrors { message } } }`,
      { id },
    );
    expect(tag.data.tagResource.userErrors).toEqual([]);
    const arn = (await eu.send(new DescribeProfileCommand({ ProfileId: euProfiles['EU-B'] }))).Profile!.Arn!;
    expect((await eu.send(new ListTagsForResourceCommand({ Arn: arn }))).Tags).toEqual([{ Key: 'team', Value: 'eu' }]);

    const scratch = (await eu.send(new CreateProfileCommand({ As2Id: 'EU-SCRATCH', ProfileType: 'PARTNER' }))).ProfileId!;
    const deleted = await post(gw, `mutation($id: ID!) { deleteProfile(input: { id: $id }) { deletedId userErrors { message } } }`, {
      id: gid('Profile', 'eu-west-1', scratch),
    });
    expect(deleted.data.deleteProfile).toEqual({ deletedId: gid('Profile', 'eu-west-1', scratch), userErrors: [] });
    expect(await as2IdsIn(eu)).not.toContain('EU-SCRATCH');
  });

  it("takes bare AWS ids in the input's region, and in the region of an ARN the input names", async () => {
    const create = `mutation($input: CreateAgreementInput!) { createAgreement(input: $input) { agreement { id } userErrors { field message code } } }`;
    const euArn = (tail: string) => `arn:aws:transfer:eu-west-1:000000000000:${tail}`;
    const partner = (await eu.send(new CreateProfileCommand({ As2Id: 'EU-BY-ARN', ProfileType: 'PARTNER' }))).ProfileId!;
    const res = await post(gw, create, {
      input: {
        serverId: euArn(`server/${euServer}`),
        localProfileId: euProfiles['EU-A'],
        partnerProfileId: partner,
        accessRole: ACCESS_ROLE,
        baseDirectory: '/eu/arn',
      },
    });
    expect(res.data.createAgreement.userErrors).toEqual([]);
    expect(regionOf(res.data.createAgreement.agreement.id)).toBe('eu-west-1');
    const profile = await post(
      gw,
      `mutation($c: ID!) { createProfile(input: { as2Id: "EU-BY-AWS-ID", profileType: LOCAL, certificateIds: [$c], region: "eu-west-1" }) { profile { id certificateIds } userErrors { message } } }`,
      {
        c: euCertificate,
      },
    );
    expect(profile.data.createProfile).toEqual({ profile: { id: expect.any(String), certificateIds: [euCertificate] }, userErrors: [] });
    expect(regionOf(profile.data.createProfile.profile.id)).toBe('eu-west-1');
  });

  it('refuses an input whose ids are of two regions, saying which field and why, before any AWS call', async () => {
    await emulator.resetStats();
    const res = await post(
      gw,
      `mutation($input: CreateAgreementInput!) { createAgreement(input: $input) { agreement { id } userErrors { field message code } } }`,
      {
        input: {
          serverId: gid('Server', 'eu-west-1', euServer),
          localProfileId: gid('Profile', 'us-east-1', usProfile),
          partnerProfileId: gid('Profile', 'eu-west-1', euProfiles['EU-B']),
          accessRole: ACCESS_ROLE,
        },
      },
    );
    expect(res.data.createAgreement).toEqual({
      agreement: null,
      userErrors: [
        {
          field: ['input', 'localProfileId'],
          message: 'localProfileId names a profile in us-east-1; this acts in eu-west-1, and AWS links nothing across regions',
          code: 'INVALID',
        },
        // With it, the rest of what the input breaks that needs no AWS call.
        { field: ['input', 'baseDirectory'], message: 'Specify either baseDirectory or customDirectories', code: 'REQUIRED' },
      ],
    });
    expect((await emulator.stats()).total).toBe(0);
  });

  it('refuses a region it does not serve, naming those it does', async () => {
    const res = await post(
      gw,
      `mutation { createProfile(input: { as2Id: "AP-1", profileType: LOCAL, region: "ap-south-1" }) { profile { id } userErrors { field message code } } }`,
    );
    expect(res.data.createProfile).toEqual({
      profile: null,
      userErrors: [
        {
          field: ['input', 'region'],
          message: 'This gateway does not serve region "ap-south-1"; it serves us-east-1, eu-west-1 (TRANSFER_REGIONS)',
          code: 'INVALID',
        },
      ],
    });
  });

  it("looks up by ARN in the ARN's region, and lists a server's agreements by its graph id there", async () => {
    const arn = (await eu.send(new DescribeProfileCommand({ ProfileId: euProfiles['EU-A'] }))).Profile!.Arn!;
    const server = await createAs2Server(eu);
    const link = {
      ServerId: server,
      LocalProfileId: euProfiles['EU-A'],
      PartnerProfileId: euProfiles['EU-B'],
      AccessRole: ACCESS_ROLE,
      BaseDirectory: '/eu/b',
    };
    await eu.send(new CreateAgreementCommand(link));
    const res = await post(
      gw,
      `query($arn: String!, $server: ID!) { profile(idOrArn: $arn) { id as2Id } agreements(server: $server) { edges { node { localProfile { as2Id } } } } }`,
      {
        arn,
        server: gid('Server', 'eu-west-1', server),
      },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      profile: { id: gid('Profile', 'eu-west-1', euProfiles['EU-A']), as2Id: 'EU-A' },
      agreements: { edges: [{ node: { localProfile: { as2Id: 'EU-A' } } }] },
    });
    // A bare AWS id is looked up in the gateway's own region, where EU-A is not.
    expect((await post(gw, `query($id: String!) { profile(idOrArn: $id) { as2Id } }`, { id: euProfiles['EU-A'] })).data).toEqual({
      profile: null,
    });
  });
});
