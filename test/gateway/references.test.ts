import {
  CreateAgreementCommand,
  CreateConnectorCommand,
  CreateProfileCommand,
  DescribeAgreementCommand,
  DescribeProfileCommand,
  type ProfileType,
} from '@aws-sdk/client-transfer';
import { createAs2Server } from '../support/as2-server';
import { certificateFactory, type CertificateFactory } from '../support/certificates';
import { startStack, type TestStack } from '../support/stack';

const gid = (...parts: string[]) => Buffer.from([parts[0], 'us-east-1', ...parts.slice(1)].join(':')).toString('base64url');
const arn = (tail: string) => `arn:aws:transfer:us-east-1:000000000000:${tail}`;
const ACCESS_ROLE = 'arn:aws:iam::000000000000:role/as2-access';

let s: TestStack;
let certs: CertificateFactory;
let serverId: string;

const profile = async (As2Id: string, ProfileType: ProfileType) =>
  (await s.client.send(new CreateProfileCommand({ As2Id, ProfileType }))).ProfileId!;
const agreement = async (LocalProfileId: string, PartnerProfileId: string) =>
  (
    await s.client.send(
      new CreateAgreementCommand({
        ServerId: serverId,
        LocalProfileId,
        PartnerProfileId,
        AccessRole: ACCESS_ROLE,
        BaseDirectory: '/as2-bucket/in',
      }),
    )
  ).AgreementId!;

beforeAll(async () => {
  s = await startStack();
  certs = await certificateFactory();
  serverId = await createAs2Server(s.client);
});
afterAll(() => s.close());

const CREATE_AGREEMENT = `mutation($input: CreateAgreementInput!) {
  createAgreement(input: $input) { userErrors { field message code } agreement { serverId localProfileId partnerProfileId } } }`;

describe('mutation inputs take a graph id, an AWS id or an ARN', () => {
  it('creates an agreement from the AWS ids of its server and profiles', async () => {
    const [local, partner] = [await profile('REF-LOCAL-1', 'LOCAL'), await profile('REF-PARTNER-1', 'PARTNER')];
    const res = await s.gql(CREATE_AGREEMENT, {
      input: { serverId, localProfileId: local, partnerProfileId: partner, accessRole: ACCESS_ROLE, baseDirectory: '/as2-bucket/a' },
    });
    expect(res.data.createAgreement).toEqual({ userErrors: [], agreement: { serverId, localProfileId: local, partnerProfileId: partner } });
  });

  it('creates an agreement from the ARNs of its server and profiles', async () => {
    const [local, partner] = [await profile('REF-LOCAL-2', 'LOCAL'), await profile('REF-PARTNER-2', 'PARTNER')];
    const res = await s.gql(CREATE_AGREEMENT, {
      input: {
        serverId: arn(`server/${serverId}`),
        localProfileId: arn(`profile/${local}`),
        partnerProfileId: gid('Profile', partner),
        accessRole: ACCESS_ROLE,
        baseDirectory: '/as2-bucket/a',
      },
    });
    expect(res.data.createAgreement).toEqual({ userErrors: [], agreement: { serverId, localProfileId: local, partnerProfileId: partner } });
  });

  it('creates a profile with certificates named by AWS id and by ARN', async () => {
    const [first, second] = [await certs.importInto(s.client, 'SIGNING'), await certs.importInto(s.client, 'ENCRYPTION')];
    const res = await s.gql(
      `mutation($input: CreateProfileInput!) { createProfile(input: $input) { userErrors { field message code } profile { certificateIds } } }`,
      { input: { as2Id: 'REF-CERTS', profileType: 'PARTNER', certificateIds: [first, arn(`certificate/${second}`)] } },
    );
    expect(res.data.createProfile).toEqual({ userErrors: [], profile: { certificateIds: [first, second] } });
  });

  it('updates an agreement named by its ARN, and by its AWS id together with serverId', async () => {
    const agreementId = await agreement(await profile('REF-LOCAL-3', 'LOCAL'), await profile('REF-PARTNER-3', 'PARTNER'));
    const update = `mutation($input: UpdateAgreementInput!) { updateAgreement(input: $input) { userErrors { field message code } agreement { agreementId description } } }`;
    const byArn = await s.gql(update, { input: { id: arn(`agreement/${serverId}/${agreementId}`), description: 'by-arn' } });
    const byIds = await s.gql(update, { input: { id: agreementId, serverId, description: 'by-aws-ids' } });
    expect([byArn.data.updateAgreement, byIds.data.updateAgreement]).toEqual([
      { userErrors: [], agreement: { agreementId, description: 'by-arn' } },
      { userErrors: [], agreement: { agreementId, description: 'by-aws-ids' } },
    ]);
    expect(
      (await s.client.send(new DescribeAgreementCommand({ ServerId: serverId, AgreementId: agreementId }))).Agreement?.Description,
    ).toBe('by-aws-ids');
  });

  it("says what is needed when an agreement's AWS id comes without its server", async () => {
    const agreementId = await agreement(await profile('REF-LOCAL-4', 'LOCAL'), await profile('REF-PARTNER-4', 'PARTNER'));
    const res = await s.gql(`mutation($id: ID!) { deleteAgreement(input: { id: $id }) { deletedId userErrors { field message code } } }`, {
      id: agreementId,
    });
    expect(res.data.deleteAgreement).toEqual({
      deletedId: null,
      userErrors: [
        {
          field: ['input', 'id'],
          message:
            "An agreement's AWS id (a-…) is unique only within its server: give its graph id or its ARN " +
            `(arn:aws:transfer:<region>:<account>:agreement/s-…/a-…) in id, or its server in serverId; got "${agreementId}"`,
          code: 'REQUIRED',
        },
      ],
    });
  });

  it('answers the graph id of what it deleted when the input named it by AWS id', async () => {
    const profileId = await profile('REF-DELETE', 'PARTNER');
    const res = await s.gql(`mutation($id: ID!) { deleteProfile(input: { id: $id }) { deletedId userErrors { field message code } } }`, {
      id: profileId,
    });
    expect(res.data.deleteProfile).toEqual({ deletedId: gid('Profile', profileId), userErrors: [] });
  });

  it('tags a profile named by its AWS id and a connector named by its ARN', async () => {
    const [local, partner] = [await profile('REF-LOCAL-5', 'LOCAL'), await profile('REF-PARTNER-5', 'PARTNER')];
    const { ConnectorId } = await s.client.send(
      new CreateConnectorCommand({
        Url: 'https://partner.example.com/as2',
        AccessRole: ACCESS_ROLE,
        As2Config: { LocalProfileId: local, PartnerProfileId: partner },
      }),
    );
    const tag = `mutation($id: ID!) { tagResource(input: { id: $id, tags: [{ key: "k", value: "v" }] }) { userErrors { field message code } node { id } } }`;
    const [a, b] = [await s.gql(tag, { id: partner }), await s.gql(tag, { id: arn(`connector/${ConnectorId}`) })];
    expect([a.data.tagResource, b.data.tagResource]).toEqual([
      { userErrors: [], node: { id: gid('Profile', partner) } },
      { userErrors: [], node: { id: gid('Connector', ConnectorId!) } },
    ]);
    expect((await s.client.send(new DescribeProfileCommand({ ProfileId: partner }))).Profile?.Tags).toEqual([{ Key: 'k', Value: 'v' }]);
  });
});

describe('a reference that fits none of the forms', () => {
  it('answers one message naming the three forms on each field that fits none, all at once', async () => {
    const res = await s.gql(CREATE_AGREEMENT, {
      input: { serverId: 'nope', localProfileId: 'p-1', partnerProfileId: 'p-2', accessRole: ACCESS_ROLE, baseDirectory: '/b/a' },
    });
    expect(res.data.createAgreement).toEqual({
      agreement: null,
      userErrors: [
        {
          field: ['input', 'serverId'],
          message:
            'Expected a server in serverId: its graph id, its AWS id (s-…) or its ARN (arn:aws:transfer:<region>:<account>:server/s-…); got "nope"',
          code: 'INVALID',
        },
        {
          field: ['input', 'localProfileId'],
          message:
            'Expected a profile in localProfileId: its graph id, its AWS id (p-…) or its ARN (arn:aws:transfer:<region>:<account>:profile/p-…); got "p-1"',
          code: 'INVALID',
        },
        {
          field: ['input', 'partnerProfileId'],
          message:
            'Expected a profile in partnerProfileId: its graph id, its AWS id (p-…) or its ARN (arn:aws:transfer:<region>:<account>:profile/p-…); got "p-2"',
          code: 'INVALID',
        },
      ],
    });
  });

  it('answers WRONG_TYPE, with the same message and what the value is, for the id of another type', async () => {
    const local = await profile('REF-LOCAL-6', 'LOCAL');
    const res = await s.gql(CREATE_AGREEMENT, {
      input: { serverId: local, localProfileId: local, partnerProfileId: local, accessRole: ACCESS_ROLE, baseDirectory: '/b/a' },
    });
    expect(res.data.createAgreement.userErrors).toEqual([
      {
        field: ['input', 'serverId'],
        message: `Expected a server in serverId: its graph id, its AWS id (s-…) or its ARN (arn:aws:transfer:<region>:<account>:server/s-…); got "${local}", which is the AWS id of a Profile`,
        code: 'WRONG_TYPE',
      },
    ]);
  });
});

describe('lookups take a graph id, an AWS id or an ARN', () => {
  it('finds a profile by its graph id, AWS id and ARN alike', async () => {
    const profileId = await profile('REF-LOOKUP', 'PARTNER');
    const res = await s.gql(
      `query($a: String!, $b: String!, $c: String!) {
      a: profile(idOrArn: $a) { profileId } b: profile(idOrArn: $b) { profileId } c: profile(idOrArn: $c) { profileId } }`,
      {
        a: gid('Profile', profileId),
        b: profileId,
        c: arn(`profile/${profileId}`),
      },
    );
    expect(res).toEqual({ status: 200, data: { a: { profileId }, b: { profileId }, c: { profileId } }, extensions: expect.anything() });
  });

  it('finds a file transfer by the AWS id of its connector', async () => {
    const res = await s.gql(`{ fileTransfer(connector: "c-0123456789abcdef0", transferId: "t-1") { transferId } }`);
    expect([res.data, res.errors]).toEqual([{ fileTransfer: null }, undefined]);
  });

  it('refuses what fits none of the forms with the one message, naming the argument', async () => {
    const res = await s.gql(`{ certificate(idOrArn: "cert-nope") { certificateId } }`);
    expect(res.errors).toEqual([
      {
        message:
          'Expected a certificate in idOrArn: its graph id, its AWS id (cert-…) or its ARN (arn:aws:transfer:<region>:<account>:certificate/cert-…); got "cert-nope"',
        locations: [{ line: 1, column: 3 }],
        path: ['certificate'],
        extensions: { code: 'BAD_USER_INPUT', field: ['idOrArn'] },
      },
    ]);
  });
});
