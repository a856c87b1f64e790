import {
  CreateAgreementCommand,
  CreateProfileCommand,
  CreateServerCommand,
  DeleteProfileCommand,
  type ProfileType,
} from '@aws-sdk/client-transfer';
import { createAs2Server } from '../support/as2-server';
import { startStack, type TestStack } from '../support/stack';

const gid = (...parts: string[]) => Buffer.from([parts[0], 'us-east-1', ...parts.slice(1)].join(':')).toString('base64url');
const serverArn = (serverId: string) => `arn:aws:transfer:us-east-1:000000000000:server/${serverId}`;
const agreementArn = (serverId: string, agreementId: string) =>
  `arn:aws:transfer:us-east-1:000000000000:agreement/${serverId}/${agreementId}`;
const ACCESS_ROLE = 'arn:aws:iam::000000000000:role/as2-access';
const OTHER_ROLE = 'arn:aws:iam::000000000000:role/as2-access-v2';
const MISSING_SERVER = 's-0123456789abcdef0';
const MISSING_AGREEMENT = 'a-0123456789abcdef0';
const MISSING_PROFILE = 'p-0123456789abcdef0';
const DIRECTORIES = {
  failedFilesDirectory: '/as2-bucket/failed',
  mdnFilesDirectory: '/as2-bucket/mdn',
  payloadFilesDirectory: '/as2-bucket/payload',
  statusFilesDirectory: '/as2-bucket/status',
  temporaryFilesDirectory: '/as2-bucket/tmp',
};

const FIELDS = `id agreementId serverId arn description status localProfileId partnerProfileId baseDirectory
  customDirectories { failedFilesDirectory mdnFilesDirectory payloadFilesDirectory statusFilesDirectory temporaryFilesDirectory }
  accessRole preserveFilename enforceMessageSigning tags { key value }
  server { serverId protocols } localProfile { profileId as2Id } partnerProfile { profileId as2Id }`;
const CREATE = `mutation($input: CreateAgreementInput!) {
  createAgreement(input: $input) { clientMutationId userErrors { field message code } agreement { ${FIELDS} } } }`;
const UPDATE = `mutation($input: UpdateAgreementInput!) {
  updateAgreement(input: $input) { clientMutationId userErrors { field message code } agreement {
    description status baseDirectory customDirectories { payloadFilesDirectory } accessRole preserveFilename enforceMessageSigning
    partnerProfileId partnerProfile { as2Id } } } }`;
const DELETE = `mutation($input: DeleteAgreementInput!) { deleteAgreement(input: $input) { clientMutationId deletedId userErrors { field message code } } }`;

let s: TestStack;
let serverId: string;
let local: string;
let partner: string;

/** A profile made through the real API. */
const profile = async (As2Id: string, ProfileType: ProfileType) =>
  (await s.client.send(new CreateProfileCommand({ As2Id, ProfileType }))).ProfileId!;

/** An AS2 server made through the real API. */
const as2Server = () => createAs2Server(s.client);

/** An agreement made through the real API. */
const agreement = async (localProfileId: string, partnerProfileId: string, ServerId = serverId) =>
  (
    await s.client.send(
      new CreateAgreementCommand({
        ServerId,
        LocalProfileId: localProfileId,
        PartnerProfileId: partnerProfileId,
        AccessRole: ACCESS_ROLE,
        BaseDirectory: '/as2-bucket/in',
      }),
    )
  ).AgreementId!;

beforeAll(async () => {
  s = await startStack();
  serverId = await as2Server();
  local = await profile('OUR-AS2', 'LOCAL');
  partner = await profile('ACME-AS2', 'PARTNER');
});
afterAll(() => s.close());

describe('createAgreement', () => {
  it('creates an agreement from graph ids and returns every field, with its server and profiles', async () => {
    const res = await s.gql(CREATE, {
      input: {
        clientMutationId: 'm-1',
        serverId: gid('Server', serverId),
        localProfileId: gid('Profile', local),
        partnerProfileId: gid('Profile', partner),
        accessRole: ACCESS_ROLE,
        baseDirectory: '/as2-bucket/acme',
        description: 'Invoices-from-ACME',
        preserveFilename: 'ENABLED',
        tags: [{ key: 'partner', value: 'acme' }],
      },
    });
    const agreementId = res.data.createAgreement.agreement?.agreementId;
    expect(res.data.createAgreement).toEqual({
      clientMutationId: 'm-1',
      userErrors: [],
      agreement: {
        id: gid('Agreement', serverId, agreementId),
        agreementId: expect.stringMatching(/^a-[0-9a-f]{17}$/),
        serverId,
        arn: agreementArn(serverId, agreementId),
        description: 'Invoices-from-ACME',
        status: 'ACTIVE',
        localProfileId: local,
        partnerProfileId: partner,
        baseDirectory: '/as2-bucket/acme',
        customDirectories: null,
        accessRole: ACCESS_ROLE,
        preserveFilename: 'ENABLED',
        enforceMessageSigning: 'DISABLED',
        tags: [{ key: 'partner', value: 'acme' }],
        server: { serverId, protocols: ['AS2'] },
        localProfile: { profileId: local, as2Id: 'OUR-AS2' },
        partnerProfile: { profileId: partner, as2Id: 'ACME-AS2' },
      },
    });
  });

  it('creates an INACTIVE agreement with a directory per kind of file', async () => {
    const res = await s.gql(CREATE, {
      input: {
        serverId: gid('Server', serverId),
        localProfileId: gid('Profile', local),
        partnerProfileId: gid('Profile', await profile('GLOBEX-AS2', 'PARTNER')),
        accessRole: ACCESS_ROLE,
        customDirectories: DIRECTORIES,
        status: 'INACTIVE',
        enforceMessageSigning: 'ENABLED',
      },
    });
    expect(res.data.createAgreement.userErrors).toEqual([]);
    expect(res.data.createAgreement.agreement).toMatchObject({
      status: 'INACTIVE',
      description: null,
      baseDirectory: null,
      customDirectories: DIRECTORIES,
      preserveFilename: 'DISABLED',
      enforceMessageSigning: 'ENABLED',
      tags: [],
    });
  });

  it('returns one userError per AWS validation violation, with input field paths', async () => {
    const res = await s.gql(CREATE, {
      input: {
        serverId: gid('Server', serverId),
        localProfileId: gid('Profile', local),
        partnerProfileId: gid('Profile', partner),
        accessRole: 'role/x',
        description: '',
        customDirectories: { ...DIRECTORIES, failedFilesDirectory: `/${'x'.repeat(1024)}` },
      },
    });
    expect(res.data.createAgreement).toEqual({
      clientMutationId: null,
      agreement: null,
      userErrors: [
        { field: ['input', 'description'], message: 'description must have length greater than or equal to 1', code: 'INVALID' },
        {
          field: ['input', 'description'],
          message: 'description must satisfy regular expression pattern: [\\u0021-\\u007E]+',
          code: 'INVALID',
        },
        { field: ['input', 'accessRole'], message: 'accessRole must have length greater than or equal to 20', code: 'INVALID' },
        { field: ['input', 'accessRole'], message: 'accessRole must satisfy regular expression pattern: arn:.*role/\\S+', code: 'INVALID' },
        {
          field: ['input', 'customDirectories', 'failedFilesDirectory'],
          message: 'customDirectories.failedFilesDirectory must have length less than or equal to 1024',
          code: 'INVALID',
        },
      ],
    });
  });

  it('returns one userError per AWS rule across fields, each on its field with its code', async () => {
    const res = await s.gql(CREATE, {
      input: {
        serverId: gid('Server', serverId),
        localProfileId: gid('Profile', partner),
        partnerProfileId: gid('Profile', partner),
        accessRole: ACCESS_ROLE,
        baseDirectory: '/as2-bucket/in',
        customDirectories: DIRECTORIES,
      },
    });
    expect(res.data.createAgreement.userErrors).toEqual([
      {
        field: ['input', 'localProfileId'],
        message: `localProfileId ${partner} is a PARTNER profile; expected a LOCAL profile`,
        code: 'WRONG_TYPE',
      },
      { field: ['input', 'baseDirectory'], message: 'Specify either baseDirectory or customDirectories, not both', code: 'INVALID' },
    ]);
  });

  it('refuses a server without AS2', async () => {
    const { ServerId } = await s.client.send(new CreateServerCommand({ Protocols: ['SFTP'] }));
    const res = await s.gql(CREATE, {
      input: {
        serverId: gid('Server', ServerId!),
        localProfileId: gid('Profile', local),
        partnerProfileId: gid('Profile', partner),
        accessRole: ACCESS_ROLE,
        baseDirectory: '/b',
      },
    });
    expect(res.data.createAgreement.userErrors).toEqual([
      {
        field: ['input', 'serverId'],
        message: `Server ${ServerId} has protocols [SFTP]; an agreement needs a server with AS2 among its protocols`,
        code: 'INVALID',
      },
    ]);
  });

  it('returns NOT_FOUND userErrors for a server or a profile that does not exist', async () => {
    const input = {
      localProfileId: gid('Profile', local),
      partnerProfileId: gid('Profile', partner),
      accessRole: ACCESS_ROLE,
      baseDirectory: '/b',
    };
    const res = await s.gql(
      `mutation($a: CreateAgreementInput!, $b: CreateAgreementInput!) {
      a: createAgreement(input: $a) { userErrors { field message code } agreement { agreementId } }
      b: createAgreement(input: $b) { userErrors { field message code } agreement { agreementId } } }`,
      {
        a: { ...input, serverId: gid('Server', MISSING_SERVER) },
        b: { ...input, serverId: gid('Server', serverId), partnerProfileId: gid('Profile', MISSING_PROFILE) },
      },
    );
    expect(res.data).toEqual({
      a: {
        agreement: null,
        userErrors: [{ field: ['input', 'serverId'], message: `Unknown server ${MISSING_SERVER}`, code: 'NOT_FOUND' }],
      },
      b: {
        agreement: null,
        userErrors: [{ field: ['input', 'partnerProfileId'], message: `Unknown profile ${MISSING_PROFILE}`, code: 'NOT_FOUND' }],
      },
    });
  });

  it('returns a CONFLICT userError for a second agreement between the same profiles on the same server', async () => {
    const ours = await profile('CONFLICT-LOCAL', 'LOCAL');
    const first = await agreement(ours, partner);
    const res = await s.gql(CREATE, {
      input: {
        serverId: gid('Server', serverId),
        localProfileId: gid('Profile', ours),
        partnerProfileId: gid('Profile', partner),
        accessRole: ACCESS_ROLE,
        baseDirectory: '/b',
      },
    });
    expect(res.data.createAgreement).toEqual({
      clientMutationId: null,
      agreement: null,
      userErrors: [
        {
          field: ['input', 'partnerProfileId'],
          message: `partnerProfileId ${partner} already has agreement ${first} on server ${serverId} with localProfileId ${ours}; a server has one agreement per local and partner profile pair`,
          code: 'CONFLICT',
        },
      ],
    });
  });

  it('points at the id of the wrong type, before any AWS call', async () => {
    await s.resetStats();
    const serverGlobalId = gid('Server', serverId);
    const res = await s.gql(CREATE, {
      input: {
        serverId: serverGlobalId,
        localProfileId: gid('Profile', local),
        partnerProfileId: serverGlobalId,
        accessRole: ACCESS_ROLE,
        baseDirectory: '/b',
      },
    });
    expect(res.data.createAgreement.userErrors).toEqual([
      {
        field: ['input', 'partnerProfileId'],
        message: `Expected a profile in partnerProfileId: its graph id, its AWS id (p-…) or its ARN (arn:aws:transfer:<region>:<account>:profile/p-…); got "${serverGlobalId}", which is the graph id of a Server`,
        code: 'WRONG_TYPE',
      },
    ]);
    expect((await s.stats()).total).toBe(0);
  });
});

describe('updateAgreement', () => {
  it('changes only what is given, swapping baseDirectory for customDirectories, and returns the agreement as it is now', async () => {
    const ours = await profile('UPDATE-LOCAL', 'LOCAL');
    const newPartner = await profile('INITECH-AS2', 'PARTNER');
    const agreementId = await agreement(ours, partner);
    const res = await s.gql(UPDATE, {
      input: {
        clientMutationId: 'u-1',
        id: gid('Agreement', serverId, agreementId),
        status: 'INACTIVE',
        customDirectories: DIRECTORIES,
        partnerProfileId: gid('Profile', newPartner),
        accessRole: OTHER_ROLE,
      },
    });
    expect(res.data.updateAgreement).toEqual({
      clientMutationId: 'u-1',
      userErrors: [],
      agreement: {
        description: null,
        status: 'INACTIVE',
        baseDirectory: null,
        customDirectories: { payloadFilesDirectory: '/as2-bucket/payload' },
        accessRole: OTHER_ROLE,
        preserveFilename: 'DISABLED',
        enforceMessageSigning: 'DISABLED',
        partnerProfileId: newPartner,
        partnerProfile: { as2Id: 'INITECH-AS2' },
      },
    });
  });

  it('returns a CONFLICT userError when the change would duplicate another agreement', async () => {
    const ours = await profile('UPDATE-CONFLICT', 'LOCAL');
    const other = await profile('UMBRELLA-AS2', 'PARTNER');
    const taken = await agreement(ours, partner);
    const agreementId = await agreement(ours, other);
    const res = await s.gql(UPDATE, { input: { id: gid('Agreement', serverId, agreementId), partnerProfileId: gid('Profile', partner) } });
    expect(res.data.updateAgreement.userErrors).toEqual([
      {
        field: ['input', 'partnerProfileId'],
        message: `partnerProfileId ${partner} already has agreement ${taken} on server ${serverId} with localProfileId ${ours}; a server has one agreement per local and partner profile pair`,
        code: 'CONFLICT',
      },
    ]);
  });

  it('points validation errors at the input fields', async () => {
    const agreementId = await agreement(await profile('UPDATE-BAD', 'LOCAL'), partner);
    const res = await s.gql(UPDATE, { input: { id: gid('Agreement', serverId, agreementId), accessRole: 'nope', description: ' ' } });
    expect(res.data.updateAgreement).toEqual({
      clientMutationId: null,
      agreement: null,
      userErrors: [
        {
          field: ['input', 'description'],
          message: 'description must satisfy regular expression pattern: [\\u0021-\\u007E]+',
          code: 'INVALID',
        },
        { field: ['input', 'accessRole'], message: 'accessRole must have length greater than or equal to 20', code: 'INVALID' },
        { field: ['input', 'accessRole'], message: 'accessRole must satisfy regular expression pattern: arn:.*role/\\S+', code: 'INVALID' },
      ],
    });
  });

  it('returns a NOT_FOUND userError for an agreement that does not exist, and a field error for the id of another type', async () => {
    const res = await s.gql(
      `mutation($a: UpdateAgreementInput!, $b: UpdateAgreementInput!) {
      a: updateAgreement(input: $a) { userErrors { field message code } }
      b: updateAgreement(input: $b) { userErrors { field message code } } }`,
      {
        a: { id: gid('Agreement', serverId, MISSING_AGREEMENT), status: 'ACTIVE' },
        b: { id: gid('Server', serverId), status: 'ACTIVE' },
      },
    );
    expect(res.data).toEqual({
      a: { userErrors: [{ field: ['input', 'id'], message: `Unknown agreement ${MISSING_AGREEMENT}`, code: 'NOT_FOUND' }] },
      b: {
        userErrors: [
          {
            field: ['input', 'id'],
            message: `Expected an agreement in id: its graph id, its AWS id (a-…) or its ARN (arn:aws:transfer:<region>:<account>:agreement/s-…/a-…); got "${gid('Server', serverId)}", which is the graph id of a Server`,
            code: 'WRONG_TYPE',
          },
        ],
      },
    });
  });
});

describe('deleteAgreement', () => {
  it('deletes an agreement, after which node(id:) answers null and its profiles stay', async () => {
    const ours = await profile('DELETE-LOCAL', 'LOCAL');
    const id = gid('Agreement', serverId, await agreement(ours, partner));
    expect((await s.gql(DELETE, { input: { id, clientMutationId: 'd' } })).data.deleteAgreement).toEqual({
      clientMutationId: 'd',
      deletedId: id,
      userErrors: [],
    });
    const res = await s.gql(`query($id: ID!) { node(id: $id) { id } profile(idOrArn: "${ours}") { as2Id } }`, { id });
    expect(res.data).toEqual({ node: null, profile: { as2Id: 'DELETE-LOCAL' } });
  });

  it('returns a NOT_FOUND userError for an agreement that does not exist', async () => {
    expect((await s.gql(DELETE, { input: { id: gid('Agreement', serverId, MISSING_AGREEMENT) } })).data.deleteAgreement).toEqual({
      clientMutationId: null,
      deletedId: null,
      userErrors: [{ field: ['input', 'id'], message: `Unknown agreement ${MISSING_AGREEMENT}`, code: 'NOT_FOUND' }],
    });
  });
});

describe('agreement lookups', () => {
  let agreementId: string;
  beforeAll(async () => {
    agreementId = await agreement(await profile('LOOKUP-LOCAL', 'LOCAL'), partner);
  });

  it('finds an agreement by its ARN, or by its id with the server as AWS id, ARN or graph id', async () => {
    const res = await s.gql(
      `query($arn: String!, $id: String!, $s1: ID, $s2: ID, $s3: ID) {
      a: agreement(idOrArn: $arn) { agreementId serverId }
      b: agreement(idOrArn: $id, server: $s1) { agreementId }
      c: agreement(idOrArn: $id, server: $s2) { agreementId }
      d: agreement(idOrArn: $id, server: $s3) { agreementId }
      e: agreement(idOrArn: $arn, server: $s1) { agreementId }
      f: agreement(idOrArn: "${MISSING_AGREEMENT}", server: $s1) { agreementId } }`,
      {
        arn: agreementArn(serverId, agreementId),
        id: agreementId,
        s1: serverId,
        s2: serverArn(serverId),
        s3: gid('Server', serverId),
      },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      a: { agreementId, serverId },
      b: { agreementId },
      c: { agreementId },
      d: { agreementId },
      e: { agreementId },
      f: null,
    });
  });

  it('refuses a bare agreement id without its server, and an ARN whose server contradicts `server`', async () => {
    const res = await s.gql(
      `query($arn: String!, $id: String!) {
      a: agreement(idOrArn: $id) { agreementId }
      b: agreement(idOrArn: $arn, server: "${MISSING_SERVER}") { agreementId }
      c: agreement(idOrArn: $id, server: "nope") { agreementId } }`,
      { arn: agreementArn(serverId, agreementId), id: agreementId },
    );
    expect(res.data).toEqual({ a: null, b: null, c: null });
    expect(res.errors?.map(({ path, message, extensions }) => ({ path, message, extensions }))).toEqual([
      {
        path: ['a'],
        message:
          "An agreement's AWS id (a-…) is unique only within its server: give its graph id or its ARN " +
          `(arn:aws:transfer:<region>:<account>:agreement/s-…/a-…) in idOrArn, or its server in server; got "${agreementId}"`,
        extensions: { code: 'BAD_USER_INPUT', field: ['idOrArn'] },
      },
      {
        path: ['b'],
        message: `idOrArn names an agreement of server ${serverId}, but server names ${MISSING_SERVER}`,
        extensions: { code: 'BAD_USER_INPUT', field: ['server'] },
      },
      {
        path: ['c'],
        message:
          'Expected a server in server: its graph id, its AWS id (s-…) or its ARN (arn:aws:transfer:<region>:<account>:server/s-…); got "nope"',
        extensions: { code: 'BAD_USER_INPUT', field: ['server'] },
      },
    ]);
  });

  it('refetches an agreement by its composite node id for one DescribeAgreement', async () => {
    const id = gid('Agreement', serverId, agreementId);
    await s.resetStats();
    const res = await s.gql(
      `query($id: ID!) { node(id: $id) { id ... on Agreement { agreementId serverId baseDirectory accessRole status } } }`,
      { id },
    );
    expect(res.data).toEqual({
      node: { id, agreementId, serverId, baseDirectory: '/as2-bucket/in', accessRole: ACCESS_ROLE, status: 'ACTIVE' },
    });
    expect(res.extensions?.cost?.upstream).toEqual({ calls: 1, byOperation: { DescribeAgreement: 1 } });
    expect(await s.stats()).toEqual({ requests: { DescribeAgreement: 1 }, total: 1 });
  });

  it("lists a server's agreements by the server's AWS id or graph id, and answers null with NOT_FOUND for a missing server", async () => {
    const other = await as2Server();
    const first = await agreement(local, partner, other);
    const res = await s.gql(
      `query($graphId: ID!) {
      a: agreements(server: "${other}") { totalCount edges { node { agreementId serverId } } }
      b: agreements(server: $graphId) { edges { node { agreementId } } }
      c: agreements(server: "${MISSING_SERVER}") { totalCount } }`,
      { graphId: gid('Server', other) },
    );
    expect(res.data).toEqual({
      a: { totalCount: 1, edges: [{ node: { agreementId: first, serverId: other } }] },
      b: { edges: [{ node: { agreementId: first } }] },
      c: null,
    });
    expect(res.errors).toEqual([
      {
        message: `Unknown server ${MISSING_SERVER}`,
        locations: expect.any(Array),
        path: ['c'],
        extensions: { code: 'NOT_FOUND', awsError: 'ResourceNotFoundException', awsResource: MISSING_SERVER },
      },
    ]);
  });
});

describe('profile links of an agreement', () => {
  it('answers null with a NOT_FOUND error on partnerProfile when the partner profile was deleted, and keeps the rest', async () => {
    const ours = await profile('LINK-LOCAL', 'LOCAL');
    const doomed = await profile('GONE-AS2', 'PARTNER');
    const agreementId = await agreement(ours, doomed);
    await s.client.send(new DeleteProfileCommand({ ProfileId: doomed }));
    const res = await s.gql(`{ agreement(idOrArn: "${agreementArn(serverId, agreementId)}") {
      agreementId baseDirectory partnerProfileId localProfile { as2Id } partnerProfile { as2Id } server { serverId } } }`);
    expect(res.data).toEqual({
      agreement: {
        agreementId,
        baseDirectory: '/as2-bucket/in',
        partnerProfileId: doomed,
        localProfile: { as2Id: 'LINK-LOCAL' },
        partnerProfile: null,
        server: { serverId },
      },
    });
    expect(res.errors).toEqual([
      {
        message: `Partner profile ${doomed} no longer exists`,
        locations: expect.any(Array),
        path: ['agreement', 'partnerProfile'],
        extensions: { code: 'NOT_FOUND', awsError: 'ResourceNotFoundException' },
      },
    ]);
  });

  it('nulls only the deleted profile inside a list, with the error on that edge', async () => {
    const listed = await as2Server();
    const doomed = await profile('GONE-TOO', 'PARTNER');
    const kept = await agreement(local, partner, listed);
    const orphaned = await agreement(local, doomed, listed);
    await s.client.send(new DeleteProfileCommand({ ProfileId: doomed }));
    const res = await s.gql(
      `{ server(idOrArn: "${listed}") { serverId agreements { edges { node { agreementId partnerProfile { as2Id } } } } } }`,
    );
    expect(res.data).toEqual({
      server: {
        serverId: listed,
        agreements: {
          edges: [
            { node: { agreementId: kept, partnerProfile: { as2Id: 'ACME-AS2' } } },
            { node: { agreementId: orphaned, partnerProfile: null } },
          ],
        },
      },
    });
    expect(res.errors).toEqual([
      {
        message: `Partner profile ${doomed} no longer exists`,
        locations: expect.any(Array),
        path: ['server', 'agreements', 'edges', 1, 'node', 'partnerProfile'],
        extensions: { code: 'NOT_FOUND', awsError: 'ResourceNotFoundException' },
      },
    ]);
  });
});

describe('Server.agreements', () => {
  const PARTNERS = 5;
  const LOCALS = 8;
  let bigServer: string;
  let partners: string[];
  let locals: string[];
  /** The 40 agreements in creation order, with their profiles. */
  let made: Array<{ agreementId: string; local: string; partner: string }>;

  beforeAll(async () => {
    bigServer = await as2Server();
    partners = await Promise.all(Array.from({ length: PARTNERS }, (_, i) => profile(`PARTNER-${i}`, 'PARTNER')));
    locals = await Promise.all(Array.from({ length: LOCALS }, (_, i) => profile(`LOCAL-${i}`, 'LOCAL')));
    made = [];
    for (const l of locals) {
      for (const p of partners) made.push({ agreementId: await agreement(l, p, bigServer), local: l, partner: p });
    }
  });

  it('answers 40 agreements with their partner profiles for 1 DescribeServer, 1 ListAgreements and 1 ListProfiles (as2Id is in its summary)', async () => {
    await s.resetStats();
    const res = await s.gql(
      `{ server(idOrArn: "${bigServer}") { agreements(first: 50) { edges { node { partnerProfile { as2Id } } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.server.agreements.edges).toEqual(
      made.map((a) => ({ node: { partnerProfile: { as2Id: `PARTNER-${partners.indexOf(a.partner)}` } } })),
    );
    const byOperation = { DescribeServer: 1, ListAgreements: 1, ListProfiles: 1 };
    expect(res.extensions?.cost?.upstream).toEqual({ calls: 3, byOperation });
    expect(await s.stats()).toEqual({ requests: byOperation, total: 3 });
  });

  it('describes each distinct partner once instead when a field only DescribeProfile carries is selected', async () => {
    await s.resetStats();
    const res = await s.gql(
      `{ server(idOrArn: "${bigServer}") { agreements(first: 50) { edges { node { partnerProfile { as2Id certificateIds } } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.server.agreements.edges).toEqual(
      made.map((a) => ({ node: { partnerProfile: { as2Id: `PARTNER-${partners.indexOf(a.partner)}`, certificateIds: [] } } })),
    );
    const byOperation = { DescribeServer: 1, ListAgreements: 1, DescribeProfile: PARTNERS };
    expect(res.extensions?.cost?.upstream).toEqual({ calls: 2 + PARTNERS, byOperation });
    expect(await s.stats()).toEqual({ requests: byOperation, total: 2 + PARTNERS });
  });

  it('answers every summary field, both profiles and the server from the list, without describing any agreement', async () => {
    await s.resetStats();
    const res = await s.gql(`{ agreements(server: "${bigServer}", first: 50) { edges { node {
      id agreementId serverId arn description status localProfileId partnerProfileId
      localProfile { profileId } partnerProfile { profileId } server { serverId } } } } }`);
    const [first] = made;
    expect(res.data.agreements.edges).toHaveLength(LOCALS * PARTNERS);
    expect(res.data.agreements.edges[0]).toEqual({
      node: {
        id: gid('Agreement', bigServer, first.agreementId),
        agreementId: first.agreementId,
        serverId: bigServer,
        arn: agreementArn(bigServer, first.agreementId),
        description: null,
        status: 'ACTIVE',
        localProfileId: first.local,
        partnerProfileId: first.partner,
        localProfile: { profileId: first.local },
        partnerProfile: { profileId: first.partner },
        server: { serverId: bigServer },
      },
    });
    // The 13 profiles' existence from one ListProfiles instead of 13 DescribeProfile.
    const byOperation = { ListAgreements: 1, ListProfiles: 1 };
    expect(res.extensions?.cost?.upstream).toEqual({ calls: 2, byOperation });
    expect(await s.stats()).toEqual({ requests: byOperation, total: 2 });
  });

  it('pages forward from a cursor with one ListAgreements call per page', async () => {
    const page = `query($after: String) { server(idOrArn: "${bigServer}") { agreements(first: 30, after: $after) {
      pageInfo { hasNextPage endCursor } edges { node { agreementId } } } } }`;
    const one = (await s.gql(page)).data.server.agreements;
    await s.resetStats();
    const res = await s.gql(page, { after: one.pageInfo.endCursor });
    const two = res.data.server.agreements;
    expect(one.pageInfo.hasNextPage).toBe(true);
    expect([...one.edges, ...two.edges].map((e: any) => e.node.agreementId)).toEqual(made.map((a) => a.agreementId));
    expect(two.pageInfo.hasNextPage).toBe(false);
    expect(await s.stats()).toEqual({ requests: { DescribeServer: 1, ListAgreements: 1 }, total: 2 });
  });
});

describe('Profile.agreements', () => {
  it('lists the agreements that use a profile as local or partner across servers, for one ListAgreements per server and no Describe', async () => {
    const hub = await profile('HUB-LOCAL', 'LOCAL');
    const spoke = await profile('SPOKE-AS2', 'PARTNER');
    const east = await as2Server();
    const west = await as2Server();
    const onEast = await agreement(hub, spoke, east);
    const onWest = await agreement(hub, spoke, west);
    const hubOnly = await agreement(hub, partner, west);
    const serverCount = (await s.gql(`{ servers(first: 100) { totalCount } }`)).data.servers.totalCount;
    await s.resetStats();
    const res = await s.gql(`{
      hub: profile(idOrArn: "${hub}") { agreements { totalCount edges { node { agreementId serverId } } } }
      spoke: profile(idOrArn: "${spoke}") { agreements(first: 1) { pageInfo { hasNextPage } edges { node { agreementId localProfile { as2Id } } } } }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      hub: {
        agreements: {
          totalCount: 3,
          edges: [
            { node: { agreementId: onEast, serverId: east } },
            { node: { agreementId: onWest, serverId: west } },
            { node: { agreementId: hubOnly, serverId: west } },
          ],
        },
      },
      spoke: {
        agreements: { pageInfo: { hasNextPage: true }, edges: [{ node: { agreementId: onEast, localProfile: { as2Id: 'HUB-LOCAL' } } }] },
      },
    });
    // The two root lookups describe their profiles; the walk is shared by both profiles; localProfile reuses `hub`.
    const byOperation = { DescribeProfile: 2, ListServers: 1, ListAgreements: serverCount };
    expect(res.extensions?.cost?.upstream).toEqual({ calls: 3 + serverCount, byOperation });
    expect(await s.stats()).toEqual({ requests: byOperation, total: 3 + serverCount });
  });

  it('refuses a bad page size before walking anything', async () => {
    await s.resetStats();
    const res = await s.gql(`{ profile(idOrArn: "${partner}") { agreements(first: 0) { totalCount } } }`);
    expect(res.errors?.map((e) => ({ path: e.path, message: e.message, code: e.extensions?.code }))).toEqual([
      { path: ['profile', 'agreements'], message: '`first` must be between 1 and 100, got 0', code: 'BAD_USER_INPUT' },
    ]);
    expect(await s.stats()).toEqual({ requests: { DescribeProfile: 1 }, total: 1 });
  });
});
