import { CreateConnectorCommand, CreateProfileCommand, type ProfileType } from '@aws-sdk/client-transfer';
import { startGateway, type RunningGateway } from '../../src/gateway';
import { createAs2Server } from '../support/as2-server';
import { certificateFactory, type CertificateFactory } from '../support/certificates';
import { startTestEmulator, type TestEmulator } from '../support/emulator';
import { startFaultProxy, type FaultMode, type FaultProxy } from '../support/fault-proxy';
import { securityFrom } from '../support/security';

const gid = (...parts: string[]) => Buffer.from([parts[0], 'us-east-1', ...parts.slice(1)].join(':')).toString('base64url');
const ACCESS_ROLE = 'arn:aws:iam::000000000000:role/as2-access';

let t: TestEmulator;
let proxy: FaultProxy;
let gateway: RunningGateway;
let certs: CertificateFactory;
let serverId: string;
let local: string;
let partner: string;
let connectorId: string;
let serial = 0;

beforeAll(async () => {
  [t, certs] = await Promise.all([startTestEmulator(), certificateFactory()]);
  proxy = await startFaultProxy(t.endpoint);
  gateway = await startGateway(
    {
      upstream: { endpoint: proxy.endpoint, region: 'us-east-1' },
      concurrencyPerRequest: 8,
      concurrencyPerProcess: 16,
      // A call the proxy leaves unanswered gives up after 800 ms; the request has 2 s to find out what it did.
      upstreamTimeoutMs: 800,
      upstreamMaxAttempts: 2,
      logLevel: 'silent',
      log: () => undefined,
      security: securityFrom({ REQUEST_DEADLINE_MS: '2000' }),
    },
    '127.0.0.1',
    0,
  );
  serverId = await createAs2Server(t.client);
  local = await profile('OUR-AS2', 'LOCAL');
  partner = await profile('THEIR-AS2', 'PARTNER');
  connectorId = (
    await t.client.send(
      new CreateConnectorCommand({
        Url: 'https://as2.partner.example',
        AccessRole: ACCESS_ROLE,
        As2Config: { LocalProfileId: local, PartnerProfileId: partner },
      }),
    )
  ).ConnectorId!;
});
afterAll(async () => {
  await gateway.close();
  await proxy.close();
  await t.close();
});

async function profile(As2Id: string, ProfileType: ProfileType) {
  return (await t.client.send(new CreateProfileCommand({ As2Id, ProfileType }))).ProfileId!;
}

async function gql(query: string, variables: Record<string, unknown>) {
  const res = await fetch(gateway.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as {
    data?: any;
    errors?: Array<{ message: string; extensions: Record<string, unknown> }>;
    extensions?: Record<string, any>;
  };
}

const region = () => t.emulator.store.region('us-east-1');

/** Each create of the API: a fresh input for it, and how many resources in the emulator match that input. */
const CREATES = [
  {
    operation: 'CreateProfile',
    mutation: 'mutation($input: CreateProfileInput!) { createProfile(input: $input) { profile { profileId } userErrors { code } } }',
    payload: 'createProfile',
    object: 'profile',
    read: 'DescribeProfile',
    input: async () => ({ as2Id: `FAULT-${(serial += 1)}`, profileType: 'PARTNER' }),
    made: (input: any) => region().profiles.count((p) => p.described.As2Id === input.as2Id),
  },
  {
    operation: 'CreateAgreement',
    mutation:
      'mutation($input: CreateAgreementInput!) { createAgreement(input: $input) { agreement { agreementId } userErrors { code } } }',
    payload: 'createAgreement',
    object: 'agreement',
    read: 'DescribeAgreement',
    input: async () => ({
      serverId: gid('Server', serverId),
      localProfileId: gid('Profile', local),
      partnerProfileId: gid('Profile', await profile(`PARTNER-${(serial += 1)}`, 'PARTNER')),
      accessRole: ACCESS_ROLE,
      baseDirectory: '/as2-bucket/in',
    }),
    made: (input: any) => region().agreements.count((a) => gid('Profile', a.described.PartnerProfileId!) === input.partnerProfileId),
  },
  {
    operation: 'CreateConnector',
    mutation:
      'mutation($input: CreateConnectorInput!) { createConnector(input: $input) { connector { connectorId } userErrors { code } } }',
    payload: 'createConnector',
    object: 'connector',
    read: 'DescribeConnector',
    input: async () => ({
      url: `https://as2-${(serial += 1)}.partner.example`,
      accessRole: ACCESS_ROLE,
      as2Config: { localProfileId: gid('Profile', local), partnerProfileId: gid('Profile', partner), basicAuthSecretId: '' },
    }),
    made: (input: any) => region().connectors.count((c) => c.described.Url === input.url),
  },
  {
    operation: 'ImportCertificate',
    mutation:
      'mutation($input: ImportCertificateInput!) { importCertificate(input: $input) { certificate { certificateId } userErrors { code } } }',
    payload: 'importCertificate',
    object: 'certificate',
    read: 'DescribeCertificate',
    input: async () => {
      const certificate = await certs.generate(`CN=fault case ${(serial += 1)}`);
      return {
        usage: 'SIGNING',
        certificate: certificate.certificatePem,
        privateKey: certificate.privateKeyPem,
        description: `case ${serial}`,
      };
    },
    made: (input: any) => region().certificates.count((c) => c.described.Description === input.description),
  },
  {
    operation: 'CreateServer',
    mutation: 'mutation($input: CreateServerInput!) { createServer(input: $input) { server { serverId } userErrors { code } } }',
    payload: 'createServer',
    object: 'server',
    read: 'DescribeServer',
    input: async () => ({
      protocols: ['AS2'],
      endpointType: 'VPC',
      endpointDetails: { vpcId: 'vpc-0123456789abcdef0', subnetIds: ['subnet-0123456789abcdef0'] },
      tags: [{ key: 'case', value: String((serial += 1)) }],
    }),
    made: (input: any) => region().servers.count((s) => s.described.Tags?.[0]?.Value === input.tags[0].value),
  },
];

describe.each(CREATES)('$operation when AWS misbehaves', ({ operation, mutation, payload, input, made }) => {
  /** Runs the create with `faults` queued for its AWS call; answers the response, the matching resources and the calls sent. */
  async function createWith(...faults: FaultMode[]) {
    const given = await input();
    for (const mode of faults) proxy.failNext(operation, mode);
    const before = proxy.calls[operation] ?? 0;
    const res = await gql(mutation, { input: given });
    return { res, made: made(given), sent: (proxy.calls[operation] ?? 0) - before };
  }
  const idOf = (res: any) => Object.values(res.data[payload]).find((v) => v && typeof v === 'object') as Record<string, string>;

  it('sends it again after throttling (AWS refused it before doing anything): one resource', async () => {
    const { res, made: count, sent } = await createWith('throttle');
    expect(res.data[payload].userErrors).toEqual([]);
    expect(res.extensions!.writes).toEqual([{ operation, outcome: 'APPLIED', attempts: 2, because: 'ThrottlingException' }]);
    expect({ count, sent }).toEqual({ count: 1, sent: 2 });
  });

  it('answers with what it made when AWS made it but answered 500: found, not sent again', async () => {
    const { res, made: count, sent } = await createWith('error-after');
    const id = Object.values(idOf(res))[0];
    expect(res.extensions!.writes).toEqual([{ operation, outcome: 'FOUND', attempts: 1, id, because: 'InternalServiceError' }]);
    expect({ count, sent }).toEqual({ count: 1, sent: 1 });
  });

  it('sends it again when AWS answered 500 and nothing was made (checked first): one resource', async () => {
    const { res, made: count, sent } = await createWith('error-before');
    expect(res.data[payload].userErrors).toEqual([]);
    expect(res.extensions!.writes).toEqual([{ operation, outcome: 'APPLIED', attempts: 2, because: 'InternalServiceError' }]);
    expect({ count, sent }).toEqual({ count: 1, sent: 2 });
  });

  it('answers with what it made when the call got no answer but was carried out: found, not sent again', async () => {
    const { res, made: count, sent } = await createWith('silence-after');
    const id = Object.values(idOf(res))[0];
    expect(res.extensions!.writes).toEqual([{ operation, outcome: 'FOUND', attempts: 1, id, because: 'AbortError' }]);
    expect({ count, sent }).toEqual({ count: 1, sent: 1 });
  });

  it('says WRITE_OUTCOME_UNKNOWN, and does not send it again, when the call got no answer and nothing appeared', async () => {
    const { res, made: count, sent } = await createWith('silence-before');
    expect(res.data).toBeNull();
    expect(res.errors).toEqual([
      {
        message: `${operation} was sent but its outcome is unknown (AbortError): no such ${operation === 'ImportCertificate' ? 'certificate' : operation.replace('Create', '').toLowerCase()} has appeared yet, but the call may still be carried out: look for it before creating it again`,
        locations: expect.any(Array),
        path: [payload],
        extensions: { code: 'WRITE_OUTCOME_UNKNOWN', operation, because: 'AbortError' },
      },
    ]);
    expect({ count, sent }).toEqual({ count: 0, sent: 1 });
  });
});

describe.each(CREATES)('$operation when reading back what it made fails', ({ operation, mutation, payload, object, read, input, made }) => {
  it(`answers the new id (createdId) and extensions.writes when ${read} is throttled after a throttled then applied create`, async () => {
    const given = await input();
    proxy.failNext(operation, 'throttle');
    // The gateway's reads try twice: both attempts of the read back are throttled.
    proxy.failNext(read, 'throttle');
    proxy.failNext(read, 'throttle');
    const res = await gql(mutation.replace(/\{ (\w+) \{ (\w+) \} userErrors/, '{ createdId $1 { $2 arn } userErrors'), { input: given });
    const createdId = res.data[payload].createdId;
    expect(res.data).toEqual({ [payload]: { createdId: expect.stringMatching(/^[\w-]+$/), [object]: null, userErrors: [] } });
    expect(res.errors).toEqual([
      {
        message: 'Rate exceeded (injected by the test proxy)',
        locations: expect.any(Array),
        path: [payload, object, 'arn'],
        extensions: { code: 'THROTTLED', awsError: 'ThrottlingException' },
      },
    ]);
    expect(res.extensions!.writes).toEqual([{ operation, outcome: 'APPLIED', attempts: 2, because: 'ThrottlingException' }]);
    expect(made(given)).toBe(1);
    // The id is the one of what was made: it answers node(id:) once reads go through again.
    expect((await gql('query($id: ID!) { node(id: $id) { id } }', { id: createdId })).data).toEqual({ node: { id: createdId } });
  });
});

describe('startFileTransfer when reading the new transfer back fails', () => {
  it('answers the new id (createdId) when ListFileTransferResults is throttled', async () => {
    proxy.failNext('ListFileTransferResults', 'throttle');
    proxy.failNext('ListFileTransferResults', 'throttle');
    const res = await gql(
      'mutation($input: StartFileTransferInput!) { startFileTransfer(input: $input) { createdId fileTransfer { transferId status } userErrors { code } } }',
      {
        input: { connectorId: gid('Connector', connectorId), sendFilePaths: ['/outbox/read-back.edi'] },
      },
    );
    const { createdId, fileTransfer } = res.data.startFileTransfer;
    expect(createdId).toBe(gid('FileTransfer', connectorId, fileTransfer.transferId));
    expect(res.data.startFileTransfer).toEqual({
      createdId,
      fileTransfer: { transferId: expect.stringMatching(/^[0-9a-f-]{36}$/), status: null },
      userErrors: [],
    });
    expect(res.errors!.map((e) => [e.extensions.code, (e as any).path])).toEqual([
      ['THROTTLED', ['startFileTransfer', 'fileTransfer', 'status']],
    ]);
  });
});

describe('a create in the second region of TRANSFER_REGIONS', () => {
  it('reports extensions.writes for a throttled then applied createProfile in eu-west-1', async () => {
    const both = await startGateway(
      {
        upstream: { endpoint: proxy.endpoint, region: 'us-east-1' },
        regions: ['us-east-1', 'eu-west-1'],
        concurrencyPerRequest: 4,
        concurrencyPerProcess: 8,
        upstreamTimeoutMs: 800,
        upstreamMaxAttempts: 2,
        logLevel: 'silent',
        log: () => undefined,
        security: securityFrom({ REQUEST_DEADLINE_MS: '2000' }),
      },
      '127.0.0.1',
      0,
    );
    try {
      proxy.failNext('CreateProfile', 'throttle');
      const res = await fetch(both.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query:
            'mutation { createProfile(input: { as2Id: "WEST-WRITE", profileType: PARTNER, region: "eu-west-1" }) { profile { profileId } userErrors { code } } }',
        }),
      });
      const body = (await res.json()) as any;
      expect(body.data.createProfile.userErrors).toEqual([]);
      expect(body.extensions.writes).toEqual([
        { operation: 'CreateProfile', outcome: 'APPLIED', attempts: 2, because: 'ThrottlingException' },
      ]);
      expect(t.emulator.store.region('eu-west-1').profiles.count((p) => p.described.As2Id === 'WEST-WRITE')).toBe(1);
    } finally {
      await both.close();
    }
  });
});

describe('StartFileTransfer when AWS misbehaves (AWS cannot list the transfers of a connector)', () => {
  const START =
    'mutation($input: StartFileTransferInput!) { startFileTransfer(input: $input) { fileTransfer { transferId } userErrors { code } } }';
  const start = async (...faults: FaultMode[]) => {
    for (const mode of faults) proxy.failNext('StartFileTransfer', mode);
    const transfers = region().transfers.count();
    const calls = proxy.calls.StartFileTransfer ?? 0;
    const res = await gql(START, { input: { connectorId: gid('Connector', connectorId), sendFilePaths: ['/outbox/invoice.edi'] } });
    return { res, started: region().transfers.count() - transfers, sent: (proxy.calls.StartFileTransfer ?? 0) - calls };
  };

  it('sends it again after throttling: one transfer', async () => {
    const { res, started, sent } = await start('throttle');
    expect(res.data.startFileTransfer.fileTransfer.transferId).toMatch(/^[0-9a-f-]{36}$/);
    expect({ started, sent }).toEqual({ started: 1, sent: 2 });
  });

  it.each([
    ['error-after', 'InternalServiceError', 1],
    ['error-before', 'InternalServiceError', 0],
    ['silence-after', 'AbortError', 1],
  ] as const)('never sends it again after %s: WRITE_OUTCOME_UNKNOWN, and at most one transfer', async (mode, because, transfers) => {
    const { res, started, sent } = await start(mode);
    expect(res.errors).toEqual([
      {
        message: `StartFileTransfer was sent but its outcome is unknown (${because}): AWS offers no call that lists the transfers of a connector, so there is no way to check`,
        locations: expect.any(Array),
        path: ['startFileTransfer'],
        extensions: { code: 'WRITE_OUTCOME_UNKNOWN', operation: 'StartFileTransfer', because },
      },
    ]);
    expect({ started, sent }).toEqual({ started: transfers, sent: 1 });
  });
});
