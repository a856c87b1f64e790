import { CreateProfileCommand, type ProfileType, type TransferClient } from '@aws-sdk/client-transfer';
import { startGateway, type RunningGateway } from '../../src/gateway';
import { createAs2Server } from '../support/as2-server';
import { startTestEmulator, type TestEmulator } from '../support/emulator';

// Issue #14: every input that names resources by id takes a `region` for its bare AWS ids; the lookups take one too;
// every id and format violation of an input is answered at once, before any AWS call.

const ACCESS_ROLE = 'arn:aws:iam::000000000000:role/as2-access';
const USER_ERRORS = 'userErrors { field message code }';
const gid = (type: string, region: string, ...keys: string[]) => Buffer.from([type, region, ...keys].join(':')).toString('base64url');
const arn = (region: string, tail: string) => `arn:aws:transfer:${region}:000000000000:${tail}`;

let east: TestEmulator;
let west: TestEmulator;
let eastClient: TransferClient;
let westClient: TransferClient;
let gateway: RunningGateway;
let eastServer: string;
let westServer: string;
let westLocal: string;
let westPartner: string;
let eastPartner: string;

async function post(query: string, variables?: Record<string, unknown>) {
  const res = await fetch(gateway.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: any; errors?: any[]; extensions?: any };
}
const profile = async (client: TransferClient, As2Id: string, ProfileType: ProfileType) =>
  (await client.send(new CreateProfileCommand({ As2Id, ProfileType }))).ProfileId!;

beforeAll(async () => {
  [east, west] = await Promise.all([startTestEmulator(), startTestEmulator()]);
  eastClient = east.clientFor('us-east-1');
  westClient = west.clientFor('eu-west-1');
  [eastServer, westServer] = await Promise.all([createAs2Server(eastClient), createAs2Server(westClient)]);
  westLocal = await profile(westClient, 'IR-WEST-LOCAL', 'LOCAL');
  westPartner = await profile(westClient, 'IR-WEST-PARTNER', 'PARTNER');
  eastPartner = await profile(eastClient, 'IR-EAST-PARTNER', 'PARTNER');
  gateway = await startGateway(
    {
      upstream: { endpoint: east.endpoint, region: 'us-east-1' },
      regions: ['us-east-1', 'eu-west-1'],
      regionEndpoints: { 'eu-west-1': west.endpoint },
      concurrencyPerRequest: 16,
      concurrencyPerProcess: 64,
      upstreamTimeoutMs: 5000,
      upstreamMaxAttempts: 1,
      logLevel: 'silent',
      log: () => undefined,
    },
    '127.0.0.1',
    0,
  );
});
afterAll(async () => {
  await gateway.close();
  await Promise.all([east.close(), west.close()]);
});

const CREATE_AGREEMENT = `mutation($input: CreateAgreementInput!) { createAgreement(input: $input) { agreement { id } ${USER_ERRORS} } }`;

describe('region: the region of the bare AWS ids of an input (TRANSFER_REGIONS=us-east-1,eu-west-1)', () => {
  it('creates an agreement in eu-west-1 from bare eu-west-1 AWS ids when the input says region: "eu-west-1"', async () => {
    const res = await post(CREATE_AGREEMENT, {
      input: {
        serverId: westServer,
        localProfileId: westLocal,
        partnerProfileId: westPartner,
        accessRole: ACCESS_ROLE,
        baseDirectory: '/bucket/in',
        region: 'eu-west-1',
      },
    });
    expect(res.data.createAgreement.userErrors).toEqual([]);
    const [type, region, server] = Buffer.from(res.data.createAgreement.agreement.id, 'base64url').toString('utf8').split(':');
    expect({ type, region, server }).toEqual({ type: 'Agreement', region: 'eu-west-1', server: westServer });
  });

  it('answers a NOT_FOUND for a bare AWS id with the region it searched and how to name another', async () => {
    const res = await post(`mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { ${USER_ERRORS} } }`, {
      input: { id: westPartner, certificateIds: [] },
    });
    expect(res.data.updateProfile.userErrors).toEqual([
      {
        field: ['input', 'id'],
        message: `Unknown profile ${westPartner} (looked up in us-east-1; for eu-west-1, give region, or its ARN or graph id)`,
        code: 'NOT_FOUND',
      },
    ]);
    const found = await post(`mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { profile { id } ${USER_ERRORS} } }`, {
      input: { id: westPartner, certificateIds: [], region: 'eu-west-1' },
    });
    expect(found.data.updateProfile).toEqual({ profile: { id: gid('Profile', 'eu-west-1', westPartner) }, userErrors: [] });
  });

  it('answers createAgreement from bare eu-west-1 ids without region with a NOT_FOUND that says where it looked', async () => {
    const res = await post(CREATE_AGREEMENT, {
      input: {
        serverId: westServer,
        localProfileId: westLocal,
        partnerProfileId: westPartner,
        accessRole: ACCESS_ROLE,
        baseDirectory: '/b/in',
      },
    });
    expect(res.data.createAgreement.userErrors).toEqual([
      {
        field: ['input', 'serverId'],
        message: `Unknown server ${westServer} (looked up in us-east-1; for eu-west-1, give region, or its ARN or graph id)`,
        code: 'NOT_FOUND',
      },
    ]);
  });

  it('answers an id whose region contradicts the input region as a userError naming both fields, before any AWS call', async () => {
    const res = await post(`mutation($input: DeleteProfileInput!) { deleteProfile(input: $input) { deletedId ${USER_ERRORS} } }`, {
      input: { id: arn('eu-west-1', `profile/${westPartner}`), region: 'us-east-1' },
    });
    expect(res.data.deleteProfile).toEqual({
      deletedId: null,
      userErrors: [
        {
          field: ['input', 'id'],
          message: 'id names a profile in eu-west-1, but region is us-east-1: give the region of the id, or leave region out',
          code: 'INVALID',
        },
      ],
    });
    expect(res.extensions!.cost.upstream).toEqual({ calls: 0, byOperation: {} });
  });

  it('refuses a region the gateway does not serve on the region field, as the create inputs do', async () => {
    const res = await post(`mutation($input: ServerIdInput!) { stopServer(input: $input) { ${USER_ERRORS} } }`, {
      input: { id: westServer, region: 'ap-south-1' },
    });
    expect(res.data.stopServer.userErrors).toEqual([
      {
        field: ['input', 'region'],
        message: 'This gateway does not serve region "ap-south-1"; it serves us-east-1, eu-west-1 (TRANSFER_REGIONS)',
        code: 'INVALID',
      },
    ]);
  });
});

describe('region on the lookups that take a bare AWS id', () => {
  it('finds a bare eu-west-1 id with region: "eu-west-1", and none without it (the gateway\'s own region)', async () => {
    const query = `query($id: String!, $region: String) { profile(idOrArn: $id, region: $region) { id as2Id } }`;
    expect((await post(query, { id: westPartner })).data).toEqual({ profile: null });
    expect((await post(query, { id: westPartner, region: 'eu-west-1' })).data).toEqual({
      profile: { id: gid('Profile', 'eu-west-1', westPartner), as2Id: 'IR-WEST-PARTNER' },
    });
  });

  it('lists the agreements of a bare eu-west-1 server id with agreements(server:, region:)', async () => {
    const res = await post(`{ agreements(server: "${westServer}", region: "eu-west-1") { edges { node { serverId } } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.agreements.edges.map((e: any) => e.node.serverId)).toEqual([westServer]);
  });

  it('refuses a graph id whose region contradicts region, naming both arguments', async () => {
    const res = await post(`{ server(idOrArn: "${gid('Server', 'eu-west-1', westServer)}", region: "us-east-1") { id } }`);
    expect(res.errors!.map((e) => ({ message: e.message, extensions: e.extensions }))).toEqual([
      {
        message: 'idOrArn names a server in eu-west-1, but region is us-east-1: give the region of the id, or leave region out',
        extensions: { code: 'BAD_USER_INPUT', field: ['idOrArn'] },
      },
    ]);
  });
});

describe('every id and format violation of an input at once, before any AWS call', () => {
  it('answers a server id given as a profile together with the model violations of the rest of the input', async () => {
    const res = await post(CREATE_AGREEMENT, {
      input: {
        serverId: eastServer,
        localProfileId: eastPartner,
        partnerProfileId: eastServer,
        accessRole: 'not-a-role',
        baseDirectory: '/b/in',
        description: 'd'.repeat(201),
      },
    });
    expect(res.data.createAgreement.userErrors).toEqual([
      {
        field: ['input', 'partnerProfileId'],
        message:
          'Expected a profile in partnerProfileId: its graph id, its AWS id (p-…) or its ARN (arn:aws:transfer:<region>:<account>:profile/p-…); ' +
          `got "${eastServer}", which is the AWS id of a Server`,
        code: 'WRONG_TYPE',
      },
      { field: ['input', 'description'], message: 'description must have length less than or equal to 200', code: 'INVALID' },
      { field: ['input', 'accessRole'], message: 'accessRole must have length greater than or equal to 20', code: 'INVALID' },
      { field: ['input', 'accessRole'], message: 'accessRole must satisfy regular expression pattern: arn:.*role/\\S+', code: 'INVALID' },
    ]);
    expect(res.extensions!.cost.upstream).toEqual({ calls: 0, byOperation: {} });
  });

  it('answers a bad id with the rules AWS tells from the request alone; what needs a read comes once the ids are good', async () => {
    const input = { serverId: eastServer, localProfileId: eastPartner, partnerProfileId: eastServer, accessRole: ACCESS_ROLE };
    const first = await post(CREATE_AGREEMENT, { input });
    expect(first.data.createAgreement.userErrors).toEqual([
      {
        field: ['input', 'partnerProfileId'],
        message: expect.stringContaining(`got "${eastServer}", which is the AWS id of a Server`),
        code: 'WRONG_TYPE',
      },
      { field: ['input', 'baseDirectory'], message: 'Specify either baseDirectory or customDirectories', code: 'REQUIRED' },
    ]);
    expect(first.extensions!.cost.upstream).toEqual({ calls: 0, byOperation: {} });
    // A PARTNER profile as localProfileId takes a DescribeProfile (AWS's own check) to tell.
    const second = await post(CREATE_AGREEMENT, { input: { ...input, partnerProfileId: eastPartner } });
    expect(second.data.createAgreement.userErrors).toEqual([
      {
        field: ['input', 'localProfileId'],
        message: `localProfileId ${eastPartner} is a PARTNER profile; expected a LOCAL profile`,
        code: 'WRONG_TYPE',
      },
      { field: ['input', 'baseDirectory'], message: 'Specify either baseDirectory or customDirectories', code: 'REQUIRED' },
    ]);
  });

  it('answers each bad id of an input on its own field', async () => {
    const res = await post(`mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { ${USER_ERRORS} } }`, {
      input: {
        id: 'nope',
        certificateIds: ['cert-00000000000000000', eastServer, arn('eu-west-1', 'certificate/cert-11111111111111111')],
        region: 'us-east-1',
      },
    });
    expect(res.data.updateProfile.userErrors).toEqual([
      {
        field: ['input', 'id'],
        message:
          'Expected a profile in id: its graph id, its AWS id (p-…) or its ARN (arn:aws:transfer:<region>:<account>:profile/p-…); got "nope"',
        code: 'INVALID',
      },
      {
        field: ['input', 'certificateIds', '1'],
        message:
          'Expected a certificate in certificateIds.1: its graph id, its AWS id (cert-…) or its ARN ' +
          `(arn:aws:transfer:<region>:<account>:certificate/cert-…); got "${eastServer}", which is the AWS id of a Server`,
        code: 'WRONG_TYPE',
      },
      {
        field: ['input', 'certificateIds', '2'],
        message:
          'certificateIds.2 names a certificate in eu-west-1, but region is us-east-1: give the region of the id, or leave region out',
        code: 'INVALID',
      },
    ]);
    expect(res.extensions!.cost.upstream).toEqual({ calls: 0, byOperation: {} });
  });

  it('answers as2Id: "", a tag key too long and a bad certificate id of one createProfile together', async () => {
    const res = await post(`mutation($input: CreateProfileInput!) { createProfile(input: $input) { ${USER_ERRORS} } }`, {
      input: { as2Id: '', profileType: 'PARTNER', certificateIds: ['x'], tags: [{ key: 'k'.repeat(129), value: 'v' }] },
    });
    expect(res.data.createProfile.userErrors).toEqual([
      {
        field: ['input', 'certificateIds', '0'],
        message:
          'Expected a certificate in certificateIds.0: its graph id, its AWS id (cert-…) or its ARN ' +
          '(arn:aws:transfer:<region>:<account>:certificate/cert-…); got "x"',
        code: 'INVALID',
      },
      { field: ['input', 'as2Id'], message: 'as2Id must have length greater than or equal to 1', code: 'INVALID' },
      { field: ['input', 'tags', '0', 'key'], message: 'tags.0.key must have length less than or equal to 128', code: 'INVALID' },
    ]);
    expect(res.extensions!.cost.upstream).toEqual({ calls: 0, byOperation: {} });
  });

  it('answers a bad id with the bad tags of the same input', async () => {
    const res = await post(`mutation($input: TagResourceInput!) { tagResource(input: $input) { ${USER_ERRORS} } }`, {
      input: { id: 'p-123', tags: [{ key: 'k'.repeat(129), value: 'v' }] },
    });
    expect(res.data.tagResource.userErrors).toEqual([
      {
        field: ['input', 'id'],
        message: expect.stringMatching(/^Expected a server, an agreement, a profile, a certificate or a connector in id: /),
        code: 'INVALID',
      },
      { field: ['input', 'tags', '0', 'key'], message: 'tags.0.key must have length less than or equal to 128', code: 'INVALID' },
    ]);
    expect(res.extensions!.cost.upstream).toEqual({ calls: 0, byOperation: {} });
  });
});
