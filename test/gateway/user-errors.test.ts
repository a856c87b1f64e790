import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CreateConnectorCommand, CreateProfileCommand, type ProfileType } from '@aws-sdk/client-transfer';
import { startGateway, type RunningGateway } from '../../src/gateway';
import { createAs2Server } from '../support/as2-server';
import { startStack, type TestStack } from '../support/stack';

const ACCESS_ROLE = 'arn:aws:iam::000000000000:role/as2-access';
const USER_ERRORS = 'userErrors { field message code }';

let s: TestStack;
let serverId: string;
const profile = async (As2Id: string, ProfileType: ProfileType) =>
  (await s.client.send(new CreateProfileCommand({ As2Id, ProfileType }))).ProfileId!;

beforeAll(async () => {
  s = await startStack();
  serverId = await createAs2Server(s.client);
});
afterAll(() => s.close());

describe('userErrors from AWS validation point at the input field, in the API names, with a code', () => {
  it('answers INVALID on input.as2Id for an AS2 id with a space', async () => {
    const res = await s.gql(`mutation { createProfile(input: { as2Id: "ACME AS2", profileType: PARTNER }) { ${USER_ERRORS} } }`);
    expect(res.data.createProfile.userErrors).toEqual([
      { field: ['input', 'as2Id'], message: 'as2Id must not include spaces, got "ACME AS2"', code: 'INVALID' },
    ]);
  });

  it('answers one userError per violation AWS lists in one message, each with its own field and code', async () => {
    const partner = await profile('UE-PARTNER-1', 'PARTNER');
    const res = await s.gql(`mutation($input: CreateAgreementInput!) { createAgreement(input: $input) { ${USER_ERRORS} } }`, {
      input: { serverId, localProfileId: partner, partnerProfileId: partner, accessRole: ACCESS_ROLE },
    });
    expect(res.data.createAgreement.userErrors).toEqual([
      {
        field: ['input', 'localProfileId'],
        message: `localProfileId ${partner} is a PARTNER profile; expected a LOCAL profile`,
        code: 'WRONG_TYPE',
      },
      { field: ['input', 'baseDirectory'], message: 'Specify either baseDirectory or customDirectories', code: 'REQUIRED' },
    ]);
  });

  it('answers REQUIRED on a nested field that a rule across fields asks for', async () => {
    const local = await profile('UE-LOCAL-2', 'LOCAL');
    const res = await s.gql(`mutation($input: CreateConnectorInput!) { createConnector(input: $input) { ${USER_ERRORS} } }`, {
      input: { url: 'https://partner.example/as2', accessRole: ACCESS_ROLE, as2Config: { localProfileId: local } },
    });
    expect(res.data.createConnector.userErrors).toEqual([
      {
        field: ['input', 'as2Config', 'partnerProfileId'],
        message: 'as2Config.partnerProfileId is required for an AS2 connector',
        code: 'REQUIRED',
      },
    ]);
  });

  it('answers REQUIRED on the member a rule requires, not on the member that asks for it', async () => {
    const res = await s.gql(
      `mutation { createServer(input: { protocols: [SFTP], endpointType: VPC, endpointDetails: { subnetIds: ["subnet-0123456789abcdef0"] } }) { ${USER_ERRORS} } }`,
    );
    expect(res.data.createServer.userErrors).toEqual([
      { field: ['input', 'endpointDetails', 'vpcId'], message: 'endpointType VPC requires endpointDetails.vpcId', code: 'REQUIRED' },
    ]);
  });

  it('answers NOT_FOUND on the field that names what does not exist', async () => {
    const local = await profile('UE-LOCAL-3', 'LOCAL');
    const res = await s.gql(`mutation($input: CreateAgreementInput!) { createAgreement(input: $input) { ${USER_ERRORS} } }`, {
      input: { serverId, localProfileId: local, partnerProfileId: 'p-0123456789abcdef0', accessRole: ACCESS_ROLE, baseDirectory: '/b/in' },
    });
    expect(res.data.createAgreement.userErrors).toEqual([
      { field: ['input', 'partnerProfileId'], message: 'Unknown profile p-0123456789abcdef0', code: 'NOT_FOUND' },
    ]);
  });

  it('answers each model constraint on its field, nested and indexed', async () => {
    const partner = await profile('UE-PARTNER-4', 'PARTNER');
    const res = await s.gql(`mutation($input: TagResourceInput!) { tagResource(input: $input) { ${USER_ERRORS} } }`, {
      input: {
        id: partner,
        tags: [
          { key: 'ok', value: 'v' },
          { key: 'k'.repeat(129), value: 'v' },
        ],
      },
    });
    expect(res.data.tagResource.userErrors).toEqual([
      { field: ['input', 'tags', '1', 'key'], message: 'tags.1.key must have length less than or equal to 128', code: 'INVALID' },
    ]);
  });
});

describe('QUOTA_EXCEEDED', () => {
  let q: TestStack;
  beforeAll(async () => {
    q = await startStack();
  });
  afterAll(() => q.close());

  it('answers QUOTA_EXCEEDED when the 100 connectors of an account are there', async () => {
    const sftp = {
      Url: 'sftp://partner.example',
      AccessRole: ACCESS_ROLE,
      SftpConfig: { UserSecretId: 'arn:aws:secretsmanager:us-east-1:000000000000:secret:sftp' },
    };
    for (let i = 0; i < 100; i += 1) await q.client.send(new CreateConnectorCommand(sftp));
    const res = await q.gql(`mutation($input: CreateConnectorInput!) { createConnector(input: $input) { ${USER_ERRORS} } }`, {
      input: { url: sftp.Url, accessRole: ACCESS_ROLE, sftpConfig: { userSecretId: sftp.SftpConfig.UserSecretId } },
    });
    expect(res.data.createConnector.userErrors).toEqual([
      { field: null, message: 'Quota exceeded: at most 100 connectors per account', code: 'QUOTA_EXCEEDED' },
    ]);
  });
});

describe('messages in the shape real AWS sends', () => {
  let fake: Server;
  let gateway: RunningGateway;
  let answer: { __type: string; Message: string };
  beforeAll(async () => {
    // Stands in for AWS: every call is refused with `answer`, as a 400 in the awsJson1_1 error shape.
    fake = createServer((req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(400, { 'content-type': 'application/x-amz-json-1.1' }).end(JSON.stringify(answer)));
    });
    await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
    const endpoint = `http://127.0.0.1:${(fake.address() as AddressInfo).port}`;
    gateway = await startGateway(
      {
        upstream: { endpoint, region: 'us-east-1' },
        concurrencyPerRequest: 4,
        concurrencyPerProcess: 8,
        upstreamTimeoutMs: 2000,
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
    await new Promise((resolve) => fake.close(resolve));
  });
  const createProfile = async () => {
    const res = await fetch(gateway.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation { createProfile(input: { as2Id: "X", profileType: LOCAL }) { ${USER_ERRORS} } }` }),
    });
    return ((await res.json()) as any).data.createProfile.userErrors;
  };

  it('places a model violation that names a lower-case member', async () => {
    answer = {
      __type: 'ValidationException',
      Message:
        "1 validation error detected: Value 'X' at 'as2Id' failed to satisfy constraint: Member must have length greater than or equal to 2",
    };
    expect(await createProfile()).toEqual([
      { field: ['input', 'as2Id'], message: 'as2Id must have length greater than or equal to 2', code: 'INVALID' },
    ]);
  });

  it('answers a message it cannot place with field null and code INVALID', async () => {
    answer = { __type: 'InvalidRequestException', Message: 'The request could not be processed; please try again' };
    expect(await createProfile()).toEqual([
      { field: null, message: 'The request could not be processed; please try again', code: 'INVALID' },
    ]);
  });
});
