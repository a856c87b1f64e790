import {
  CreateProfileCommand,
  DeleteProfileCommand,
  DescribeProfileCommand,
  InvalidNextTokenException,
  InvalidRequestException,
  ListProfilesCommand,
  ResourceNotFoundException,
  UpdateProfileCommand,
} from '@aws-sdk/client-transfer';
import { certificateFactory } from '../support/certificates';
import { startTestEmulator, type TestEmulator } from '../support/emulator';

let t: TestEmulator;
beforeAll(async () => {
  t = await startTestEmulator();
});
afterAll(() => t.close());

describe('profiles', () => {
  it('creates a profile and describes it with its ARN, type, As2Id and tags', async () => {
    const { ProfileId } = await t.client.send(
      new CreateProfileCommand({ As2Id: 'ACME-AS2', ProfileType: 'PARTNER', Tags: [{ Key: 'team', Value: 'b2b' }] }),
    );
    expect(ProfileId).toMatch(/^p-[0-9a-f]{17}$/);
    const { Profile } = await t.client.send(new DescribeProfileCommand({ ProfileId }));
    expect(Profile).toEqual({
      Arn: `arn:aws:transfer:us-east-1:000000000000:profile/${ProfileId}`,
      ProfileId,
      ProfileType: 'PARTNER',
      As2Id: 'ACME-AS2',
      CertificateIds: [],
      Tags: [{ Key: 'team', Value: 'b2b' }],
    });
  });

  it('reports every violation of one request in one InvalidRequestException', async () => {
    const error = await t.client
      .send(new CreateProfileCommand({ As2Id: '', ProfileType: 'FRIEND' as never, CertificateIds: ['nope'] }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidRequestException);
    expect((error as Error).message).toBe(
      "4 validation errors detected: Value '' at 'As2Id' failed to satisfy constraint: Member must have length greater than or equal to 1; " +
        "Value 'FRIEND' at 'ProfileType' failed to satisfy constraint: Member must satisfy enum value set: [LOCAL, PARTNER]; " +
        "Value 'nope' at 'CertificateIds[0]' failed to satisfy constraint: Member must have length greater than or equal to 22; " +
        "Value 'nope' at 'CertificateIds[0]' failed to satisfy constraint: Member must satisfy regular expression pattern: cert-([0-9a-f]{17})",
    );
  });

  it('refuses an As2Id with spaces, which the model documentation forbids', async () => {
    await expect(t.client.send(new CreateProfileCommand({ As2Id: 'ACME AS2', ProfileType: 'LOCAL' }))).rejects.toThrow(
      'As2Id must not include spaces, got "ACME AS2"',
    );
  });

  it('refuses certificates that do not exist with ResourceNotFoundException naming the certificate', async () => {
    const error = await t.client
      .send(new CreateProfileCommand({ As2Id: 'X', ProfileType: 'LOCAL', CertificateIds: ['cert-0123456789abcdef0'] }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect(error).toMatchObject({ Resource: 'cert-0123456789abcdef0', ResourceType: 'Certificate' });
  });

  it('answers ResourceNotFoundException for an unknown profile on describe, update and delete', async () => {
    const ProfileId = 'p-0123456789abcdef0';
    for (const command of [
      new DescribeProfileCommand({ ProfileId }),
      new UpdateProfileCommand({ ProfileId, CertificateIds: [] }),
      new DeleteProfileCommand({ ProfileId }),
    ]) {
      await expect(t.client.send(command as never)).rejects.toBeInstanceOf(ResourceNotFoundException);
    }
  });

  it('deletes a profile', async () => {
    const { ProfileId } = await t.client.send(new CreateProfileCommand({ As2Id: 'gone', ProfileType: 'LOCAL' }));
    await t.client.send(new DeleteProfileCommand({ ProfileId }));
    await expect(t.client.send(new DescribeProfileCommand({ ProfileId }))).rejects.toBeInstanceOf(ResourceNotFoundException);
  });

  it('pages by ProfileType and refuses a token reused with another ProfileType', async () => {
    for (let i = 0; i < 5; i++) await t.client.send(new CreateProfileCommand({ As2Id: `local-${i}`, ProfileType: 'LOCAL' }));
    const first = await t.client.send(new ListProfilesCommand({ ProfileType: 'LOCAL', MaxResults: 2 }));
    expect(first.Profiles).toHaveLength(2);
    expect(first.Profiles!.every((p) => p.ProfileType === 'LOCAL')).toBe(true);
    expect(first.NextToken).toEqual(expect.any(String));
    await expect(t.client.send(new ListProfilesCommand({ ProfileType: 'PARTNER', NextToken: first.NextToken }))).rejects.toBeInstanceOf(
      InvalidNextTokenException,
    );
    await expect(t.client.send(new ListProfilesCommand({ ProfileType: 'LOCAL', NextToken: `${first.NextToken}x` }))).rejects.toBeInstanceOf(
      InvalidNextTokenException,
    );
  });
});

describe('the certificates-per-profile quota ("up to 10 certificates per partner profile: not adjustable")', () => {
  let certificateIds: string[];
  beforeAll(async () => {
    const certs = await certificateFactory();
    certificateIds = [];
    for (let i = 0; i < 11; i++) certificateIds.push(await certs.importInto(t.client, 'SIGNING'));
  });
  const QUOTA_MESSAGE = 'Quota exceeded: at most 10 certificates per profile (CertificateIds names 11)';

  it('refuses CreateProfile with 11 certificates and creates one with 10', async () => {
    const error = await t.client
      .send(new CreateProfileCommand({ As2Id: 'ELEVEN', ProfileType: 'PARTNER', CertificateIds: certificateIds }))
      .catch((e: unknown) => e as Error);
    expect(error).toBeInstanceOf(InvalidRequestException);
    expect((error as Error).message).toBe(QUOTA_MESSAGE);
    const { ProfileId } = await t.client.send(
      new CreateProfileCommand({ As2Id: 'TEN', ProfileType: 'PARTNER', CertificateIds: certificateIds.slice(0, 10) }),
    );
    const { Profile } = await t.client.send(new DescribeProfileCommand({ ProfileId }));
    expect(Profile!.CertificateIds).toEqual(certificateIds.slice(0, 10));
  });

  it('refuses UpdateProfile to 11 certificates, local profiles too, and keeps the profile as it was', async () => {
    const { ProfileId } = await t.client.send(
      new CreateProfileCommand({ As2Id: 'LOCAL-TEN', ProfileType: 'LOCAL', CertificateIds: certificateIds.slice(0, 2) }),
    );
    const error = await t.client
      .send(new UpdateProfileCommand({ ProfileId, CertificateIds: certificateIds }))
      .catch((e: unknown) => e as Error);
    expect(error).toBeInstanceOf(InvalidRequestException);
    expect((error as Error).message).toBe(QUOTA_MESSAGE);
    const { Profile } = await t.client.send(new DescribeProfileCommand({ ProfileId }));
    expect(Profile!.CertificateIds).toEqual(certificateIds.slice(0, 2));
  });
});
