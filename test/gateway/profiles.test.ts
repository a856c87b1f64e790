import { CreateProfileCommand, DeleteProfileCommand } from '@aws-sdk/client-transfer';
import { startStack, type TestStack } from '../support/stack';

let s: TestStack;
beforeAll(async () => {
  s = await startStack();
});
afterAll(() => s.close());

const PROFILE_FIELDS = 'id profileId arn as2Id profileType certificateIds tags { key value }';

describe('createProfile', () => {
  it('creates a profile and returns it with the clientMutationId', async () => {
    const res = await s.gql(
      `mutation($input: CreateProfileInput!) { createProfile(input: $input) { clientMutationId userErrors { field message code } profile { ${PROFILE_FIELDS} } } }`,
      { input: { as2Id: 'ACME-AS2', profileType: 'PARTNER', clientMutationId: 'c-1', tags: [{ key: 'team', value: 'b2b' }] } },
    );
    const profile = res.data.createProfile.profile;
    expect(res.data.createProfile).toEqual({
      clientMutationId: 'c-1',
      userErrors: [],
      profile: {
        id: Buffer.from(`Profile:us-east-1:${profile.profileId}`).toString('base64url'),
        profileId: expect.stringMatching(/^p-[0-9a-f]{17}$/),
        arn: `arn:aws:transfer:us-east-1:000000000000:profile/${profile.profileId}`,
        as2Id: 'ACME-AS2',
        profileType: 'PARTNER',
        certificateIds: [],
        tags: [{ key: 'team', value: 'b2b' }],
      },
    });
  });

  it('returns one userError per AWS validation violation, with the input field path', async () => {
    const res = await s.gql(
      `mutation { createProfile(input: { as2Id: "", profileType: LOCAL }) { userErrors { field message code } profile { id } } }`,
    );
    expect(res.data.createProfile).toEqual({
      userErrors: [{ field: ['input', 'as2Id'], message: 'as2Id must have length greater than or equal to 1', code: 'INVALID' }],
      profile: null,
    });
  });

  it('points at the certificate id that is malformed, before any AWS call', async () => {
    await s.resetStats();
    const res = await s.gql(
      `mutation { createProfile(input: { as2Id: "X", profileType: LOCAL, certificateIds: ["nope"] }) { userErrors { field message code } } }`,
    );
    expect(res.data.createProfile.userErrors).toEqual([
      {
        field: ['input', 'certificateIds', '0'],
        message:
          'Expected a certificate in certificateIds.0: its graph id, its AWS id (cert-…) or its ARN (arn:aws:transfer:<region>:<account>:certificate/cert-…); got "nope"',
        code: 'INVALID',
      },
    ]);
    expect((await s.stats()).total).toBe(0);
  });

  it('refuses the id of another type in certificateIds', async () => {
    const { ProfileId } = await s.client.send(new CreateProfileCommand({ As2Id: 'other', ProfileType: 'LOCAL' }));
    const profileGlobalId = Buffer.from(`Profile:us-east-1:${ProfileId}`).toString('base64url');
    const res = await s.gql(
      `mutation($ids: [ID!]) { createProfile(input: { as2Id: "X", profileType: LOCAL, certificateIds: $ids }) { userErrors { field message code } } }`,
      { ids: [profileGlobalId] },
    );
    expect(res.data.createProfile.userErrors).toEqual([
      {
        field: ['input', 'certificateIds', '0'],
        message: `Expected a certificate in certificateIds.0: its graph id, its AWS id (cert-…) or its ARN (arn:aws:transfer:<region>:<account>:certificate/cert-…); got "${profileGlobalId}", which is the graph id of a Profile`,
        code: 'WRONG_TYPE',
      },
    ]);
  });
});

describe('updateProfile and deleteProfile', () => {
  it('answers NOT_FOUND as a userError for a profile that does not exist', async () => {
    const id = Buffer.from('Profile:us-east-1:p-0123456789abcdef0').toString('base64url');
    const res = await s.gql(`mutation($id: ID!) { deleteProfile(input: { id: $id }) { deletedId userErrors { field message code } } }`, {
      id,
    });
    expect(res.data.deleteProfile).toEqual({
      deletedId: null,
      userErrors: [{ field: ['input', 'id'], message: 'Unknown profile p-0123456789abcdef0', code: 'NOT_FOUND' }],
    });
  });

  it('deletes a profile, after which node(id:) is null', async () => {
    const { ProfileId } = await s.client.send(new CreateProfileCommand({ As2Id: 'doomed', ProfileType: 'LOCAL' }));
    const id = Buffer.from(`Profile:us-east-1:${ProfileId}`).toString('base64url');
    const res = await s.gql(`mutation($id: ID!) { deleteProfile(input: { id: $id }) { deletedId userErrors { code } } }`, { id });
    expect(res.data.deleteProfile).toEqual({ deletedId: id, userErrors: [] });
    expect((await s.gql(`query($id: ID!) { node(id: $id) { id } }`, { id })).data).toEqual({ node: null });
  });
});

describe('profile lookups', () => {
  it('finds a profile by AWS id and by ARN, and answers null for one that does not exist', async () => {
    const { ProfileId } = await s.client.send(new CreateProfileCommand({ As2Id: 'lookup', ProfileType: 'PARTNER' }));
    const arn = `arn:aws:transfer:us-east-1:000000000000:profile/${ProfileId}`;
    const res = await s.gql(
      `query($a: String!, $b: String!) { a: profile(idOrArn: $a) { as2Id } b: profile(idOrArn: $b) { as2Id } c: profile(idOrArn: "p-0123456789abcdef0") { as2Id } }`,
      { a: ProfileId, b: arn },
    );
    expect(res.data).toEqual({ a: { as2Id: 'lookup' }, b: { as2Id: 'lookup' }, c: null });
  });

  it('refuses a value that is neither a profile id nor a profile ARN of this region', async () => {
    const res = await s.gql(`{ profile(idOrArn: "arn:aws:transfer:eu-west-1:000000000000:profile/p-0123456789abcdef0") { as2Id } }`);
    expect(res.errors).toEqual([
      expect.objectContaining({
        message: 'idOrArn names a profile in eu-west-1; this gateway serves us-east-1',
        extensions: { code: 'BAD_USER_INPUT', field: ['idOrArn'] },
      }),
    ]);
  });

  it('costs exactly one ListProfiles call when only summary fields are selected', async () => {
    await s.resetStats();
    const res = await s.gql(`{ profiles(first: 100) { edges { node { as2Id profileType } } } }`);
    expect(res.extensions?.cost?.upstream).toEqual({ calls: 1, byOperation: { ListProfiles: 1 } });
    expect(await s.stats()).toEqual({ requests: { ListProfiles: 1 }, total: 1 });
  });
});

describe('node and nodes', () => {
  it('refetches profiles in the order asked, with null for a miss and an error for a malformed id', async () => {
    const { ProfileId } = await s.client.send(new CreateProfileCommand({ As2Id: 'refetch', ProfileType: 'LOCAL' }));
    const { ProfileId: goneId } = await s.client.send(new CreateProfileCommand({ As2Id: 'gone', ProfileType: 'LOCAL' }));
    await s.client.send(new DeleteProfileCommand({ ProfileId: goneId }));
    const id = Buffer.from(`Profile:us-east-1:${ProfileId}`).toString('base64url');
    const gone = Buffer.from(`Profile:us-east-1:${goneId}`).toString('base64url');
    const res = await s.gql(`query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Profile { as2Id } } }`, { ids: [gone, id, 'x', id] });
    expect(res.data).toEqual({ nodes: [null, { id, as2Id: 'refetch' }, null, { id, as2Id: 'refetch' }] });
    expect(res.errors).toEqual([
      expect.objectContaining({
        path: ['nodes', 2],
        message: 'Invalid id "x": not an id issued by this API',
        extensions: { code: 'BAD_USER_INPUT' },
      }),
    ]);
  });

  it('answers null for an id of another region', async () => {
    const id = Buffer.from('Profile:eu-west-1:p-0123456789abcdef0').toString('base64url');
    expect((await s.gql(`query($id: ID!) { node(id: $id) { id } }`, { id })).data).toEqual({ node: null });
  });
});
