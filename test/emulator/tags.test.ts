import {
  CreateAgreementCommand,
  CreateConnectorCommand,
  CreateProfileCommand,
  CreateServerCommand,
  DescribeAgreementCommand,
  DescribeCertificateCommand,
  DescribeConnectorCommand,
  DescribeProfileCommand,
  DescribeServerCommand,
  ImportCertificateCommand,
  InvalidNextTokenException,
  InvalidRequestException,
  ListTagsForResourceCommand,
  ResourceNotFoundException,
  type Tag,
  TagResourceCommand,
  UntagResourceCommand,
} from '@aws-sdk/client-transfer';
import { generateCertificate, generateKey } from '../../src/emulator/seed/certs';
import { startTestEmulator, type TestEmulator } from '../support/emulator';

const ACCESS_ROLE = 'arn:aws:iam::000000000000:role/connector-access';
const SECRET = 'arn:aws:secretsmanager:us-east-1:000000000000:secret:partner-sftp-AbCdEf';
const DAY = 86_400_000;

let t: TestEmulator;
beforeAll(async () => {
  t = await startTestEmulator();
});
afterAll(() => t.close());

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (e: unknown) => e as Error,
  );
const tags = (n: number, prefix = 'k'): Tag[] => Array.from({ length: n }, (_, i) => ({ Key: `${prefix}${i}`, Value: `v${i}` }));
const tag = (Arn: string, Tags: Tag[]) => t.client.send(new TagResourceCommand({ Arn, Tags }));
const untag = (Arn: string, TagKeys: string[]) => t.client.send(new UntagResourceCommand({ Arn, TagKeys }));
const listTags = (Arn: string, more: { MaxResults?: number; NextToken?: string } = {}) =>
  t.client.send(new ListTagsForResourceCommand({ Arn, ...more }));

/** Each taggable resource this suite covers: how to make one (with an initial tag) and how to read its Tags back. */
interface Taggable {
  kind: string;
  create(initial: Tag[]): Promise<string>;
  describedTags(arn: string): Promise<Tag[] | undefined>;
}
const idOf = (arn: string) => arn.slice(arn.lastIndexOf('/') + 1);

const profile: Taggable = {
  kind: 'profile',
  async create(Tags) {
    const { ProfileId } = await t.client.send(new CreateProfileCommand({ As2Id: 'TAGGED', ProfileType: 'PARTNER', Tags }));
    return (await t.client.send(new DescribeProfileCommand({ ProfileId }))).Profile!.Arn!;
  },
  async describedTags(arn) {
    return (await t.client.send(new DescribeProfileCommand({ ProfileId: idOf(arn) }))).Profile!.Tags;
  },
};

const connector: Taggable = {
  kind: 'connector',
  async create(Tags) {
    const input = { Url: 'sftp://sftp.acme.example', AccessRole: ACCESS_ROLE, SftpConfig: { UserSecretId: SECRET }, Tags };
    const { ConnectorId } = await t.client.send(new CreateConnectorCommand(input));
    return (await t.client.send(new DescribeConnectorCommand({ ConnectorId }))).Connector!.Arn!;
  },
  async describedTags(arn) {
    return (await t.client.send(new DescribeConnectorCommand({ ConnectorId: idOf(arn) }))).Connector!.Tags;
  },
};

const certificate: Taggable = {
  kind: 'certificate',
  async create(Tags) {
    const now = Date.now();
    const cert = await generateCertificate({
      subject: 'CN=Acme AS2 signing',
      key: await generateKey(),
      purpose: 'SIGNING',
      notBefore: new Date(now - DAY),
      notAfter: new Date(now + 300 * DAY),
    });
    const { CertificateId } = await t.client.send(
      new ImportCertificateCommand({ Usage: 'SIGNING', Certificate: cert.certificatePem, Tags }),
    );
    return (await t.client.send(new DescribeCertificateCommand({ CertificateId }))).Certificate!.Arn!;
  },
  async describedTags(arn) {
    return (await t.client.send(new DescribeCertificateCommand({ CertificateId: idOf(arn) }))).Certificate!.Tags;
  },
};

const AS2_SERVER = {
  Protocols: ['AS2' as const],
  EndpointType: 'VPC' as const,
  EndpointDetails: { VpcId: 'vpc-0a1b2c3d', SubnetIds: ['subnet-0a'] },
};

const server: Taggable = {
  kind: 'server',
  async create(Tags) {
    const { ServerId } = await t.client.send(new CreateServerCommand({ Tags }));
    return (await t.client.send(new DescribeServerCommand({ ServerId }))).Server!.Arn!;
  },
  async describedTags(arn) {
    return (await t.client.send(new DescribeServerCommand({ ServerId: idOf(arn) }))).Server!.Tags;
  },
};

const agreement: Taggable = {
  kind: 'agreement',
  async create(Tags) {
    const { ServerId } = await t.client.send(new CreateServerCommand(AS2_SERVER));
    const profiles = await Promise.all(
      (['LOCAL', 'PARTNER'] as const).map((ProfileType) => t.client.send(new CreateProfileCommand({ As2Id: ProfileType, ProfileType }))),
    );
    const { AgreementId } = await t.client.send(
      new CreateAgreementCommand({
        ServerId,
        LocalProfileId: profiles[0].ProfileId,
        PartnerProfileId: profiles[1].ProfileId,
        BaseDirectory: '/as2-inbox/acme',
        AccessRole: ACCESS_ROLE,
        Tags,
      }),
    );
    return (await t.client.send(new DescribeAgreementCommand({ ServerId, AgreementId }))).Agreement!.Arn!;
  },
  async describedTags(arn) {
    const [ServerId, AgreementId] = arn.split('/').slice(-2);
    return (await t.client.send(new DescribeAgreementCommand({ ServerId, AgreementId }))).Agreement!.Tags;
  },
};

describe.each([profile, connector, certificate, server, agreement])('tags on a $kind', (resource) => {
  it('adds tags, overwrites the value of an existing key, and shows them in Describe and ListTagsForResource', async () => {
    const arn = await resource.create([{ Key: 'team', Value: 'b2b' }]);
    await tag(arn, [
      { Key: 'team', Value: 'edi' },
      { Key: 'cost-centre', Value: '' },
    ]);
    const expected = [
      { Key: 'team', Value: 'edi' },
      { Key: 'cost-centre', Value: '' },
    ];
    expect(await resource.describedTags(arn)).toEqual(expected);
    const listed = await listTags(arn);
    expect({ Arn: listed.Arn, Tags: listed.Tags, NextToken: listed.NextToken }).toEqual({ Arn: arn, Tags: expected, NextToken: undefined });
  });

  it('removes the keys given, ignores unknown ones, and omits Tags from Describe once none are left', async () => {
    const arn = await resource.create(tags(3));
    await untag(arn, ['k1', 'not-there']);
    expect(await resource.describedTags(arn)).toEqual([
      { Key: 'k0', Value: 'v0' },
      { Key: 'k2', Value: 'v2' },
    ]);
    await untag(arn, ['k0', 'k2']);
    expect(await resource.describedTags(arn)).toBeUndefined();
    expect((await listTags(arn)).Tags).toEqual([]);
  });
});

describe('the 50-tag limit', () => {
  it('accepts exactly 50 tags and refuses a call that would leave more, changing nothing', async () => {
    const arn = await connector.create(tags(30));
    await tag(arn, tags(20, 'more'));
    expect(await connector.describedTags(arn)).toHaveLength(50);
    await tag(arn, [{ Key: 'k0', Value: 'replaced' }]);
    const error = await failure(tag(arn, tags(5, 'extra')));
    expect(error).toBeInstanceOf(InvalidRequestException);
    expect(error!.message).toBe('Quota exceeded: at most 50 tags per resource (the resource would have 55 Tags)');
    const after = await connector.describedTags(arn);
    expect(after).toHaveLength(50);
    expect(after![0]).toEqual({ Key: 'k0', Value: 'replaced' });
  });

  it('refuses 51 tags in one call with the model constraint', async () => {
    const arn = await profile.create(tags(1));
    const error = await failure(tag(arn, tags(51)));
    expect(error).toBeInstanceOf(InvalidRequestException);
    expect(error!.message).toMatch(
      /^1 validation error detected: Value '.*' at 'Tags' failed to satisfy constraint: Member must have length less than or equal to 50$/,
    );
  });
});

describe('ARNs that name nothing taggable here', () => {
  it('answers ResourceNotFoundException naming an unknown ARN on tag and untag', async () => {
    const arn = 'arn:aws:transfer:us-east-1:000000000000:connector/c-0123456789abcdef0';
    for (const call of [tag(arn, tags(1)), untag(arn, ['k0'])]) {
      const error = await failure(call);
      expect(error).toBeInstanceOf(ResourceNotFoundException);
      expect(error).toMatchObject({ message: `Unknown resource ${arn}`, Resource: arn, ResourceType: 'Arn' });
    }
  });

  it('answers InvalidRequestException naming an unknown ARN on ListTagsForResource, whose model declares no ResourceNotFoundException', async () => {
    const arn = 'arn:aws:transfer:us-east-1:000000000000:connector/c-0123456789abcdef0';
    const error = await failure(listTags(arn));
    expect(error).toBeInstanceOf(InvalidRequestException);
    expect(error!.message).toBe(`Unknown resource ${arn}`);
    expect(error).not.toHaveProperty('Resource');
  });

  it('answers ResourceNotFoundException for the ARN of a resource in another region', async () => {
    const arn = await profile.create(tags(1));
    const elsewhere = t.clientFor('eu-central-1');
    const error = await failure(elsewhere.send(new TagResourceCommand({ Arn: arn, Tags: tags(1, 'x') })));
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    const renamed = arn.replace(':us-east-1:', ':eu-central-1:');
    expect(await failure(untag(renamed, ['k0']))).toBeInstanceOf(ResourceNotFoundException);
    expect(await profile.describedTags(arn)).toEqual(tags(1));
  });

  it('answers ResourceNotFoundException when the ARN type does not match the id it carries', async () => {
    const arn = await profile.create(tags(1));
    const wrongType = arn.replace(':profile/', ':connector/');
    expect(await failure(untag(wrongType, ['k0']))).toBeInstanceOf(ResourceNotFoundException);
  });

  it('refuses an ARN of another service with InvalidRequestException', async () => {
    const arn = 'arn:aws:s3:::amzn-s3-demo-bucket/key';
    const error = await failure(listTags(arn));
    expect(error).toBeInstanceOf(InvalidRequestException);
    expect(error!.message).toBe(`Arn ${arn} is not the ARN of a Transfer server, agreement, profile, certificate or connector`);
  });
});

describe('ListTagsForResource paging', () => {
  it('pages the tags in the order they were set', async () => {
    const arn = await connector.create(tags(5));
    const first = await listTags(arn, { MaxResults: 2 });
    expect(first.Tags).toEqual(tags(5).slice(0, 2));
    const second = await listTags(arn, { MaxResults: 2, NextToken: first.NextToken });
    expect(second.Tags).toEqual(tags(5).slice(2, 4));
    const third = await listTags(arn, { MaxResults: 2, NextToken: second.NextToken });
    expect(third.Tags).toEqual(tags(5).slice(4));
    expect(third.NextToken).toBeUndefined();
  });

  it('refuses a string that is not a token and a token issued for another resource', async () => {
    const arn = await connector.create(tags(3));
    const other = await connector.create(tags(3));
    const { NextToken } = await listTags(arn, { MaxResults: 1 });
    expect(await failure(listTags(arn, { NextToken: 'not-a-token' }))).toBeInstanceOf(InvalidNextTokenException);
    expect(await failure(listTags(other, { NextToken }))).toBeInstanceOf(InvalidNextTokenException);
  });

  // Known defect: tags.ts encodes its token as unsigned base64url JSON, so anyone can mint one, and base64url decoding
  // skips stray characters, so a damaged token still works. CONVENTIONS asks for forged tokens to be refused, as
  // pagination.ts does for every other list. Turn this into `it` once tags.ts signs its tokens.
  it('refuses a well-formed token that the emulator never issued, and a damaged one', async () => {
    const arn = await connector.create(tags(3));
    const forged = Buffer.from(JSON.stringify({ arn, at: 1 })).toString('base64url');
    expect(await failure(listTags(arn, { NextToken: forged }))).toBeInstanceOf(InvalidNextTokenException);
    const { NextToken } = await listTags(arn, { MaxResults: 1 });
    expect(await failure(listTags(arn, { NextToken: `${NextToken}!` }))).toBeInstanceOf(InvalidNextTokenException);
  });
});
