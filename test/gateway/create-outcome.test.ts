import { CreateConnectorCommand, CreateProfileCommand, CreateServerCommand, type ProfileType } from '@aws-sdk/client-transfer';
import { startGateway, type RunningGateway } from '../../src/gateway/http';
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
  serverId = (await t.client.send(new CreateServerCommand({ Protocols: ['AS2'], EndpointType: 'VPC', EndpointDetails: { VpcId: 'vpc-0123456789abcdef0', SubnetIds: ['subnet-0123456789abcdef0'] } }))).ServerId!;
  local = await profile('OUR-AS2', 'LOCAL');
  partner = await profile('THEIR-AS2', 'PARTNER');
  connectorId = (await t.client.send(new CreateConnectorCommand({ Url: 'https://as2.partner.example', AccessRole: ACCESS_ROLE, As2Config: { LocalProfileId: local, PartnerProfileId: partner } }))).ConnectorId!;
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
  const res = await fetch(gateway.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return (await res.json()) as { data?: any; errors?: Array<{ message: string; extensions: Record<string, unknown> }>; extensions?: Record<string, any> };
}

const region = () => t.emulator.store.region('us-east-1');

/** Each create of the API: a fresh input for it, and how many resources in the emulator match that input. */
const CREATES = [
  {
    operation: 'CreateProfile',
    mutation: 'mutation($input: CreateProfileInput!) { createProfile(input: $input) { profile { profileId } userErrors { code } } }',
    payload: 'createProfile',
    input: async () => ({ as2Id: `FAULT-${(serial += 1)}`, profileType: 'PARTNER' }),
    made: (input: any) => region().profiles.count((p) => p.described.As2Id === input.as2Id),
  },
  {
    operation: 'CreateAgreement',
    mutation: 'mutation($input: CreateAgreementInput!) { createAgreement(input: $input) { agreement { agreementId } userErrors { code } } }',
    payload: 'createAgreement',
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
    mutation: 'mutation($input: CreateConnectorInput!) { createConnector(input: $input) { connector { connectorId } userErrors { code } } }',
    payload: 'createConnector',
    input: async () => ({
      url: `https://as2-${(serial += 1)}.partner.example`,
      accessRole: ACCESS_ROLE,
      as2Config: { localProfileId: gid('Profile', local), partnerProfileId: gid('Profile', partner), basicAuthSecretId: '' },
    }),
    made: (input: any) => region().connectors.count((c) => c.described.Url === input.url),
  },
  {
    operation: 'ImportCertificate',
    mutation: 'mutation($input: ImportCertificateInput!) { importCertificate(input: $input) { certificate { certificateId } userErrors { code } } }',
    payload: 'importCertificate',
    input: async () => {
      const certificate = await certs.generate(`CN=fault case ${(serial += 1)}`);
      return { usage: 'SIGNING', certificate: certificate.certificatePem, privateKey: certificate.privateKeyPem, description: `case ${serial}` };
    },
    made: (input: any) => region().certificates.count((c) => c.described.Description === input.description),
  },
  {
    operation: 'CreateServer',
    mutation: 'mutation($input: CreateServerInput!) { createServer(input: $input) { server { serverId } userErrors { code } } }',
    payload: 'createServer',
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

describe('StartFileTransfer when AWS misbehaves (AWS cannot list the transfers of a connector)', () => {
  const START = 'mutation($input: StartFileTransferInput!) { startFileTransfer(input: $input) { fileTransfer { transferId } userErrors { code } } }';
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
