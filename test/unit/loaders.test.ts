import { ResourceNotFoundException, ThrottlingException } from '@aws-sdk/client-transfer';
import { createLoaders } from '../../src/gateway/upstream/loaders';
import { fakeAws, type AwsAnswers } from './support/fake-aws';
import { inProcessGateway } from './support/in-process';

const P1 = 'p-00000000000000001';
const P2 = 'p-00000000000000002';
const C1 = 'cert-00000000000000001';
const C2 = 'cert-00000000000000002';
const arn = (path: string) => `arn:aws:transfer:us-east-1:000000000000:${path}`;

/** A small AWS account: two partner profiles sharing one of their certificates. */
const ACCOUNT: AwsAnswers = {
  ListProfiles: () => ({
    Profiles: [P1, P2].map((ProfileId, i) => ({
      ProfileId,
      As2Id: `PARTNER-${i + 1}`,
      ProfileType: 'PARTNER',
      Arn: arn(`profile/${ProfileId}`),
    })),
  }),
  DescribeProfile: ({ ProfileId }: { ProfileId: string }) => {
    if (![P1, P2].includes(ProfileId))
      throw new ResourceNotFoundException({
        message: 'Unknown profile',
        Message: 'Unknown profile',
        $metadata: {},
        Resource: ProfileId,
        ResourceType: 'Profile',
      });
    return {
      Profile: {
        ProfileId,
        As2Id: ProfileId === P1 ? 'PARTNER-1' : 'PARTNER-2',
        ProfileType: 'PARTNER',
        Arn: arn(`profile/${ProfileId}`),
        CertificateIds: ProfileId === P1 ? [C1, C2] : [C2],
      },
    };
  },
  DescribeCertificate: ({ CertificateId }: { CertificateId: string }) => ({
    Certificate: { CertificateId, Usage: 'SIGNING', Status: 'ACTIVE', Arn: arn(`certificate/${CertificateId}`) },
  }),
  ListCertificates: () => ({
    Certificates: [C1, C2].map((CertificateId) => ({
      CertificateId,
      Usage: 'SIGNING',
      Status: 'ACTIVE',
      Arn: arn(`certificate/${CertificateId}`),
    })),
  }),
};

describe('the per-request loaders (DataLoader over the Describe and List calls)', () => {
  it('describe every key asked for in one turn in one batch, each distinct key once', async () => {
    const aws = fakeAws(ACCOUNT);
    const loaders = createLoaders(aws.upstream);
    const profiles = await Promise.all([P1, P2, P1].map((id) => loaders.profile.load(id)));
    expect(profiles.map((p) => p.As2Id)).toEqual(['PARTNER-1', 'PARTNER-2', 'PARTNER-1']);
    expect(aws.batches).toEqual([
      [
        ['DescribeProfile', { ProfileId: P1 }],
        ['DescribeProfile', { ProfileId: P2 }],
      ],
    ]);
  });

  it('keep what they described for the rest of the request: a later load of the same key makes no call', async () => {
    const aws = fakeAws(ACCOUNT);
    const loaders = createLoaders(aws.upstream);
    await loaders.profile.load(P1);
    await loaders.profile.load(P1);
    expect(aws.calls()).toEqual([['DescribeProfile', { ProfileId: P1 }]]);
  });

  it('fail only the key AWS refused, with its stable code, and answer the others', async () => {
    const aws = fakeAws(ACCOUNT);
    const loaders = createLoaders(aws.upstream);
    const missing = 'p-0000000000000000f';
    const [found, refused] = await Promise.allSettled([loaders.profile.load(P1), loaders.profile.load(missing)]);
    expect(found).toMatchObject({ status: 'fulfilled', value: { ProfileId: P1 } });
    expect(refused.status === 'rejected' && { message: refused.reason.message, extensions: refused.reason.extensions }).toEqual({
      message: `Unknown profile ${missing}`,
      extensions: { code: 'NOT_FOUND', awsError: 'ResourceNotFoundException', awsResource: missing },
    });
  });

  it('key agreements by their server and their own id', async () => {
    const aws = fakeAws({
      DescribeAgreement: ({ ServerId, AgreementId }: Record<string, string>) => ({ Agreement: { ServerId, AgreementId } }),
    });
    const loaders = createLoaders(aws.upstream);
    const s1 = 's-00000000000000001';
    const s2 = 's-00000000000000002';
    const a1 = 'a-00000000000000001';
    await Promise.all([
      loaders.agreement.load({ serverId: s1, agreementId: a1 }),
      loaders.agreement.load({ serverId: s1, agreementId: a1 }),
      loaders.agreement.load({ serverId: s2, agreementId: a1 }),
    ]);
    expect(aws.batches).toEqual([
      [
        ['DescribeAgreement', { ServerId: s1, AgreementId: a1 }],
        ['DescribeAgreement', { ServerId: s2, AgreementId: a1 }],
      ],
    ]);
  });

  it('read a list page at most once per request, whoever asks for it, and a failed page fails every asker alike', async () => {
    const aws = fakeAws({
      ...ACCOUNT,
      ListCertificates: () => {
        throw new ThrottlingException({ message: 'Rate exceeded', $metadata: {} });
      },
    });
    const loaders = createLoaders(aws.upstream);
    const [a, b] = await Promise.all([loaders.profiles('PARTNER').fetch(null, 20), loaders.profiles('PARTNER').fetch(null, 20)]);
    expect(a).toBe(b);
    const failed = await Promise.allSettled([loaders.certificates().fetch(null, 20), loaders.certificates().fetch(null, 20)]);
    expect(failed.map((f) => f.status === 'rejected' && f.reason.extensions)).toEqual([
      { code: 'THROTTLED', awsError: 'ThrottlingException' },
      { code: 'THROTTLED', awsError: 'ThrottlingException' },
    ]);
    expect(aws.calls()).toEqual([
      ['ListProfiles', { ProfileType: 'PARTNER', MaxResults: 20 }],
      ['ListCertificates', { MaxResults: 20 }],
    ]);
  });
});

describe('the batches a query makes (in process, executeOperation)', () => {
  it('reads a list of profiles and their certificates in three batches: the list, every profile, one page of certificates (their ids are List members)', async () => {
    const g = await inProcessGateway({ answers: ACCOUNT });
    try {
      const { body, aws } = await g.execute(
        '{ profiles(first: 10) { edges { node { as2Id certificates { edges { node { certificateId } } } } } } }',
      );
      const certificates = (...ids: string[]) => ({ edges: ids.map((certificateId) => ({ node: { certificateId } })) });
      expect(body).toEqual({
        data: {
          profiles: {
            edges: [
              { node: { as2Id: 'PARTNER-1', certificates: certificates(C1, C2) } },
              { node: { as2Id: 'PARTNER-2', certificates: certificates(C2) } },
            ],
          },
        },
        extensions: { cost: { upstream: { calls: 4, byOperation: { ListProfiles: 1, DescribeProfile: 2, ListCertificates: 1 } } } },
      });
      expect(aws.batches).toEqual([
        [['ListProfiles', { MaxResults: 10 }]],
        [
          ['DescribeProfile', { ProfileId: P1 }],
          ['DescribeProfile', { ProfileId: P2 }],
        ],
        [['ListCertificates', { MaxResults: 1000 }]],
      ]);
    } finally {
      await g.close();
    }
  });
});
