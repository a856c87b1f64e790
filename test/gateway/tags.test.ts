import {
  CreateAgreementCommand,
  CreateConnectorCommand,
  CreateProfileCommand,
  ListTagsForResourceCommand,
  StartFileTransferCommand,
} from '@aws-sdk/client-transfer';
import { createAs2Server } from '../support/as2-server';
import { certificateFactory } from '../support/certificates';
import { startStack, type TestStack } from '../support/stack';

const gid = (...parts: string[]) => Buffer.from([parts[0], 'us-east-1', ...parts.slice(1)].join(':')).toString('base64url');
const ACCESS_ROLE = 'arn:aws:iam::000000000000:role/connector-access';

const TAG = `mutation($input: TagResourceInput!) { tagResource(input: $input) {
  clientMutationId userErrors { field message code }
  node { id ... on Profile { tags { key value } } ... on Certificate { tags { key value } } ... on Connector { tags { key value } } } } }`;
const UNTAG = `mutation($input: UntagResourceInput!) { untagResource(input: $input) {
  userErrors { field message code } node { id ... on Profile { tags { key value } } ... on Connector { tags { key value } } } } }`;

let s: TestStack;
let profileId: string;
let certificateId: string;
let connectorId: string;

beforeAll(async () => {
  const [stack, certs] = await Promise.all([startStack(), certificateFactory()]);
  s = stack;
  profileId = (
    await s.client.send(new CreateProfileCommand({ As2Id: 'OURS', ProfileType: 'LOCAL', Tags: [{ Key: 'team', Value: 'b2b' }] }))
  ).ProfileId!;
  const partnerId = (await s.client.send(new CreateProfileCommand({ As2Id: 'THEIRS', ProfileType: 'PARTNER' }))).ProfileId!;
  certificateId = await certs.importInto(s.client, 'SIGNING');
  connectorId = (
    await s.client.send(
      new CreateConnectorCommand({
        Url: 'https://as2.acme.example',
        AccessRole: ACCESS_ROLE,
        As2Config: { LocalProfileId: profileId, PartnerProfileId: partnerId },
      }),
    )
  ).ConnectorId!;
});
afterAll(() => s.close());

const awsTags = async (arnType: string, id: string) =>
  (await s.client.send(new ListTagsForResourceCommand({ Arn: `arn:aws:transfer:us-east-1:000000000000:${arnType}/${id}` }))).Tags;

describe('tagResource', () => {
  it('adds tags to a profile, overwriting the value of a key it has, and returns the node with its tags now', async () => {
    const id = gid('Profile', profileId);
    await s.resetStats();
    const res = await s.gql(TAG, {
      input: {
        clientMutationId: 't',
        id,
        tags: [
          { key: 'team', value: 'edi' },
          { key: 'env', value: 'prod' },
        ],
      },
    });
    expect(res.data.tagResource).toEqual({
      clientMutationId: 't',
      userErrors: [],
      node: {
        id,
        tags: [
          { key: 'team', value: 'edi' },
          { key: 'env', value: 'prod' },
        ],
      },
    });
    // One Describe for the ARN, the write, and one Describe again for the tags as they are now.
    const byOperation = { DescribeProfile: 2, TagResource: 1 };
    expect(res.extensions?.cost?.upstream).toEqual({ calls: 3, byOperation });
    expect(await s.stats()).toEqual({ requests: byOperation, total: 3 });
    expect(await awsTags('profile', profileId)).toEqual([
      { Key: 'team', Value: 'edi' },
      { Key: 'env', Value: 'prod' },
    ]);
  });

  it('tags a certificate and a connector', async () => {
    const certificate = gid('Certificate', certificateId);
    const connector = gid('Connector', connectorId);
    const res = await s.gql(
      `mutation($a: TagResourceInput!, $b: TagResourceInput!) {
      a: tagResource(input: $a) { userErrors { code } node { id ... on Certificate { certificateId tags { key value } } } }
      b: tagResource(input: $b) { userErrors { code } node { id ... on Connector { connectorId tags { key value } } } } }`,
      {
        a: { id: certificate, tags: [{ key: 'usage', value: 'signing' }] },
        b: { id: connector, tags: [{ key: 'partner', value: 'acme' }] },
      },
    );
    expect(res.data).toEqual({
      a: { userErrors: [], node: { id: certificate, certificateId, tags: [{ key: 'usage', value: 'signing' }] } },
      b: { userErrors: [], node: { id: connector, connectorId, tags: [{ key: 'partner', value: 'acme' }] } },
    });
  });

  it('tags a server and an agreement (whose id carries its server)', async () => {
    const ServerId = await createAs2Server(s.client);
    const partnerId = (await s.client.send(new CreateProfileCommand({ As2Id: 'AGREED', ProfileType: 'PARTNER' }))).ProfileId!;
    const { AgreementId } = await s.client.send(
      new CreateAgreementCommand({
        ServerId,
        LocalProfileId: profileId,
        PartnerProfileId: partnerId,
        AccessRole: ACCESS_ROLE,
        BaseDirectory: '/as2-bucket/in',
      }),
    );
    const server = gid('Server', ServerId);
    const agreement = gid('Agreement', ServerId, AgreementId!);
    await s.resetStats();
    const res = await s.gql(
      `mutation($a: TagResourceInput!, $b: TagResourceInput!) {
      a: tagResource(input: $a) { userErrors { code } node { id ... on Server { tags { key value } } } }
      b: tagResource(input: $b) { userErrors { code } node { id ... on Agreement { tags { key value } } } } }`,
      {
        a: { id: server, tags: [{ key: 'site', value: 'eu' }] },
        b: { id: agreement, tags: [{ key: 'flow', value: 'invoices' }] },
      },
    );
    expect(res.data).toEqual({
      a: { userErrors: [], node: { id: server, tags: [{ key: 'site', value: 'eu' }] } },
      b: { userErrors: [], node: { id: agreement, tags: [{ key: 'flow', value: 'invoices' }] } },
    });
    const byOperation = { DescribeServer: 2, DescribeAgreement: 2, TagResource: 2 };
    expect(await s.stats()).toEqual({ requests: byOperation, total: 6 });
    expect(await awsTags('agreement', `${ServerId}/${AgreementId}`)).toEqual([{ Key: 'flow', Value: 'invoices' }]);
  });

  it('refuses the id of something AWS cannot tag, before any AWS call', async () => {
    const { TransferId } = await s.client.send(
      new StartFileTransferCommand({ ConnectorId: connectorId, SendFilePaths: ['/outbox/a.edi'] }),
    );
    await s.resetStats();
    const res = await s.gql(TAG, { input: { id: gid('FileTransfer', connectorId, TransferId!), tags: [{ key: 'a', value: 'b' }] } });
    expect(res.data.tagResource).toEqual({
      clientMutationId: null,
      userErrors: [
        {
          field: ['input', 'id'],
          message: `Expected a server, an agreement, a profile, a certificate or a connector in id: its graph id, its AWS id or its ARN; got "${gid('FileTransfer', connectorId, TransferId!).slice(0, 100)}…", which is the graph id of a FileTransfer`,
          code: 'WRONG_TYPE',
        },
      ],
      node: null,
    });
    expect((await s.stats()).total).toBe(0);
  });

  it('points at `id` when it is malformed or of another region', async () => {
    const foreign = Buffer.from(`Profile:eu-west-1:${profileId}`).toString('base64url');
    const res = await s.gql(
      `mutation($a: TagResourceInput!, $b: TagResourceInput!) {
      a: tagResource(input: $a) { userErrors { field message code } }
      b: tagResource(input: $b) { userErrors { field message code } } }`,
      {
        a: { id: 'nope', tags: [{ key: 'a', value: 'b' }] },
        b: { id: foreign, tags: [{ key: 'a', value: 'b' }] },
      },
    );
    expect(res.data).toEqual({
      a: {
        userErrors: [
          {
            field: ['input', 'id'],
            message:
              'Expected a server, an agreement, a profile, a certificate or a connector in id: its graph id, its AWS id or its ARN; got "nope"',
            code: 'INVALID',
          },
        ],
      },
      b: {
        userErrors: [
          { field: ['input', 'id'], message: 'id names a profile in eu-west-1; this gateway serves us-east-1', code: 'INVALID' },
        ],
      },
    });
  });

  it('returns a NOT_FOUND userError for a resource that does not exist', async () => {
    const res = await s.gql(TAG, { input: { id: gid('Connector', 'c-0123456789abcdef0'), tags: [{ key: 'a', value: 'b' }] } });
    expect(res.data.tagResource).toEqual({
      clientMutationId: null,
      userErrors: [{ field: ['input', 'id'], message: 'Unknown connector c-0123456789abcdef0', code: 'NOT_FOUND' }],
      node: null,
    });
  });

  it('returns AWS validation as userErrors on `tags`', async () => {
    const res = await s.gql(TAG, { input: { id: gid('Profile', profileId), tags: [] } });
    expect(res.data.tagResource.userErrors).toEqual([
      { field: ['input', 'tags'], message: 'tags must have length greater than or equal to 1', code: 'INVALID' },
    ]);
  });

  it('returns the 50-tag limit as a userError, for one call and for the tags a resource would end up with', async () => {
    const tags = (from: number, count: number) => Array.from({ length: count }, (_, i) => ({ key: `k${from + i}`, value: 'v' }));
    const { ProfileId } = await s.client.send(new CreateProfileCommand({ As2Id: 'UNTAGGED', ProfileType: 'PARTNER' }));
    const id = gid('Profile', ProfileId!);
    const res = await s.gql(
      `mutation($a: TagResourceInput!, $b: TagResourceInput!, $c: TagResourceInput!) {
      a: tagResource(input: $a) { userErrors { field message code } }
      b: tagResource(input: $b) { userErrors { field message code } }
      c: tagResource(input: $c) { userErrors { field message code } } }`,
      {
        a: { id, tags: tags(0, 51) },
        b: { id, tags: tags(0, 49) },
        c: { id, tags: tags(49, 2) },
      },
    );
    expect(res.data).toEqual({
      a: { userErrors: [{ field: ['input', 'tags'], message: 'tags must have length less than or equal to 50', code: 'INVALID' }] },
      b: { userErrors: [] },
      c: {
        userErrors: [
          {
            field: ['input', 'tags'],
            message: 'Quota exceeded: at most 50 tags per resource (the resource would have 51 tags)',
            code: 'QUOTA_EXCEEDED',
          },
        ],
      },
    });
  });
});

describe('untagResource', () => {
  it('removes tags by key, ignoring keys the resource does not have', async () => {
    const id = gid('Connector', connectorId);
    await s.gql(TAG, {
      input: {
        id,
        tags: [
          { key: 'keep', value: '1' },
          { key: 'drop', value: '2' },
        ],
      },
    });
    const res = await s.gql(UNTAG, { input: { id, tagKeys: ['drop', 'never-there'] } });
    expect(res.data.untagResource).toEqual({
      userErrors: [],
      node: {
        id,
        tags: [
          { key: 'partner', value: 'acme' },
          { key: 'keep', value: '1' },
        ],
      },
    });
    expect(await awsTags('connector', connectorId)).toEqual([
      { Key: 'partner', Value: 'acme' },
      { Key: 'keep', Value: '1' },
    ]);
  });

  it('returns a NOT_FOUND userError for a resource that does not exist, and a field error for a bad id', async () => {
    const res = await s.gql(
      `mutation($a: UntagResourceInput!, $b: UntagResourceInput!) {
      a: untagResource(input: $a) { userErrors { field message code } node { id } }
      b: untagResource(input: $b) { userErrors { field message code } node { id } } }`,
      {
        a: { id: gid('Profile', 'p-0123456789abcdef0'), tagKeys: ['a'] },
        b: { id: 'x', tagKeys: ['a'] },
      },
    );
    expect(res.data).toEqual({
      a: { userErrors: [{ field: ['input', 'id'], message: 'Unknown profile p-0123456789abcdef0', code: 'NOT_FOUND' }], node: null },
      b: {
        userErrors: [
          {
            field: ['input', 'id'],
            message:
              'Expected a server, an agreement, a profile, a certificate or a connector in id: its graph id, its AWS id or its ARN; got "x"',
            code: 'INVALID',
          },
        ],
        node: null,
      },
    });
  });
});
