import 'reflect-metadata'; // the schema classes below are decorated
import {
  CreateConnectorCommand,
  type CreateConnectorRequest,
  CreateProfileCommand,
  DeleteConnectorCommand,
  StartFileTransferCommand,
} from '@aws-sdk/client-transfer';
import { overallStatus } from '../../src/gateway/schema/transfer/transfer.type';
import { certificateFactory } from '../support/certificates';
import { startStack, type TestStack } from '../support/stack';

const gid = (...parts: string[]) => Buffer.from([parts[0], 'us-east-1', ...parts.slice(1)].join(':')).toString('base64url');
const ACCESS_ROLE = 'arn:aws:iam::000000000000:role/connector-access';
const SECRET = 'arn:aws:secretsmanager:us-east-1:000000000000:secret:partner-sftp-AbCdEf';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const TRANSFER_FIELDS = `id connectorId transferId status fileCounts { total queued inProgress completed failed }
  connector { connectorId } files { edges { node { id position filePath status failureCode failureMessage } } }`;
const START = `mutation($input: StartFileTransferInput!) {
  startFileTransfer(input: $input) { clientMutationId userErrors { field message code } fileTransfer { ${TRANSFER_FIELDS} } } }`;

let s: TestStack;
/** Signs and encrypts: the local profile has a signing key, the partner an ENCRYPTION and a SIGNING certificate. */
let secure: string;
/** Asks for encryption, but the partner has no ENCRYPTION certificate. */
let noEncryptionCertificate: string;
/** Its Url host ends in .invalid (RFC 2606), so nothing can connect. */
let unreachable: string;
let sftp: string;

const connector = async (input: Omit<CreateConnectorRequest, 'AccessRole'>) =>
  (await s.client.send(new CreateConnectorCommand({ AccessRole: ACCESS_ROLE, ...input }))).ConnectorId!;
const profile = async (As2Id: string, ProfileType: 'LOCAL' | 'PARTNER', CertificateIds: string[] = []) =>
  (await s.client.send(new CreateProfileCommand({ As2Id, ProfileType, CertificateIds }))).ProfileId!;

/** One file result as the connection shows it. */
const file = (connectorId: string, transferId: string, position: number, filePath: string, status: string, failure?: [string, string]) => ({
  node: {
    id: gid('FileTransferResult', connectorId, transferId, String(position)),
    position,
    filePath,
    status,
    failureCode: failure?.[0] ?? null,
    failureMessage: failure?.[1] ?? null,
  },
});

beforeAll(async () => {
  const [stack, certs] = await Promise.all([startStack(), certificateFactory()]);
  s = stack;
  const [signingKey, partnerEncryption, partnerSigning] = await Promise.all([
    certs.importInto(s.client, 'SIGNING', { withPrivateKey: true }),
    certs.importInto(s.client, 'ENCRYPTION'),
    certs.importInto(s.client, 'SIGNING'),
  ]);
  const local = await profile('OUR-AS2', 'LOCAL', [signingKey]);
  const partner = await profile('ACME-AS2', 'PARTNER', [partnerEncryption, partnerSigning]);
  const bare = await profile('BARE-AS2', 'PARTNER', [partnerSigning]);
  const protectedAs2 = { EncryptionAlgorithm: 'AES256_CBC', SigningAlgorithm: 'SHA256', MdnResponse: 'SYNC' } as const;
  secure = await connector({
    Url: 'https://as2.acme.example',
    As2Config: { LocalProfileId: local, PartnerProfileId: partner, ...protectedAs2 },
  });
  noEncryptionCertificate = await connector({
    Url: 'https://as2.bare.example',
    As2Config: { LocalProfileId: local, PartnerProfileId: bare, ...protectedAs2 },
  });
  unreachable = await connector({ Url: 'https://partner.invalid', As2Config: { LocalProfileId: local, PartnerProfileId: partner } });
  sftp = await connector({
    Url: 'sftp://sftp.acme.example',
    SftpConfig: { UserSecretId: SECRET, TrustedHostKeys: ['ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7'] },
  });
});
afterAll(() => s.close());

describe('startFileTransfer', () => {
  it('sends files through to COMPLETED and returns the transfer with its files, for one ListFileTransferResults call', async () => {
    await s.resetStats();
    const res = await s.gql(START, {
      input: {
        clientMutationId: 'go',
        connectorId: gid('Connector', secure),
        sendFilePaths: ['/outbox/invoice-1.edi', 'outbox/invoice-2.edi'],
        customHttpHeaders: [{ key: 'X-Batch', value: '42' }],
      },
    });
    const transferId = res.data.startFileTransfer.fileTransfer.transferId;
    expect(transferId).toMatch(UUID);
    expect(res.data.startFileTransfer).toEqual({
      clientMutationId: 'go',
      userErrors: [],
      fileTransfer: {
        id: gid('FileTransfer', secure, transferId),
        connectorId: secure,
        transferId,
        status: 'COMPLETED',
        fileCounts: { total: 2, queued: 0, inProgress: 0, completed: 2, failed: 0 },
        connector: { connectorId: secure },
        files: {
          edges: [
            file(secure, transferId, 1, '/outbox/invoice-1.edi', 'COMPLETED'),
            file(secure, transferId, 2, 'outbox/invoice-2.edi', 'COMPLETED'),
          ],
        },
      },
    });
    const byOperation = { StartFileTransfer: 1, ListFileTransferResults: 1 };
    expect(res.extensions?.cost?.upstream).toEqual({ calls: 2, byOperation });
    expect(await s.stats()).toEqual({ requests: byOperation, total: 2 });
  });

  it('reports FAILED when one file is not an S3 object, with that file failed and the other COMPLETED', async () => {
    const res = await s.gql(START, {
      input: { connectorId: gid('Connector', secure), sendFilePaths: ['/outbox/ok.edi', '/outbox/folder/'] },
    });
    const { transferId } = res.data.startFileTransfer.fileTransfer;
    expect(res.data.startFileTransfer.fileTransfer).toMatchObject({
      status: 'FAILED',
      fileCounts: { total: 2, queued: 0, inProgress: 0, completed: 1, failed: 1 },
      files: {
        edges: [
          file(secure, transferId, 1, '/outbox/ok.edi', 'COMPLETED'),
          file(secure, transferId, 2, '/outbox/folder/', 'FAILED', [
            'SEND_FILE_NOT_FOUND',
            '/outbox/folder/ is not an Amazon S3 object path of the form /bucket/key',
          ]),
        ],
      },
    });
  });

  it('fails every file when the partner profile has no ENCRYPTION certificate', async () => {
    const res = await s.gql(START, { input: { connectorId: gid('Connector', noEncryptionCertificate), sendFilePaths: ['/outbox/a.edi'] } });
    const { transferId } = res.data.startFileTransfer.fileTransfer;
    const [, partnerId] = /partner profile (p-[0-9a-f]{17})/.exec(
      res.data.startFileTransfer.fileTransfer.files.edges[0].node.failureMessage,
    )!;
    expect(res.data.startFileTransfer.fileTransfer).toMatchObject({
      status: 'FAILED',
      files: {
        edges: [
          file(noEncryptionCertificate, transferId, 1, '/outbox/a.edi', 'FAILED', [
            'PARTNER_ENCRYPTION_CERTIFICATE_NOT_FOUND',
            `EncryptionAlgorithm AES256_CBC needs an ENCRYPTION certificate on partner profile ${partnerId}, which has none`,
          ]),
        ],
      },
    });
  });

  it('fails every file with CONNECTION_FAILED when the partner host cannot resolve', async () => {
    const res = await s.gql(START, {
      input: { connectorId: gid('Connector', unreachable), sendFilePaths: ['/outbox/a.edi', '/outbox/b.edi'] },
    });
    expect(res.data.startFileTransfer.fileTransfer).toMatchObject({
      status: 'FAILED',
      fileCounts: { total: 2, queued: 0, inProgress: 0, completed: 0, failed: 2 },
    });
    expect(res.data.startFileTransfer.fileTransfer.files.edges.map((e: any) => e.node.failureCode)).toEqual([
      'CONNECTION_FAILED',
      'CONNECTION_FAILED',
    ]);
  });

  it('retrieves files over SFTP into a local directory, a directory path failing with RETRIEVE_FILE_NOT_FOUND', async () => {
    const res = await s.gql(START, {
      input: {
        connectorId: gid('Connector', sftp),
        retrieveFilePaths: ['/remote/report.csv', '/remote/dir/'],
        localDirectoryPath: '/inbox/reports',
      },
    });
    const { transferId } = res.data.startFileTransfer.fileTransfer;
    expect(res.data.startFileTransfer.fileTransfer.files.edges).toEqual([
      file(sftp, transferId, 1, '/remote/report.csv', 'COMPLETED'),
      file(sftp, transferId, 2, '/remote/dir/', 'FAILED', [
        'RETRIEVE_FILE_NOT_FOUND',
        '/remote/dir/ is a directory on the remote server, not a file',
      ]),
    ]);
  });

  it('returns the AWS direction rules as one userError for the input', async () => {
    const res = await s.gql(START, {
      input: { connectorId: gid('Connector', sftp), retrieveFilePaths: ['/remote/a.csv'], customHttpHeaders: [{ key: 'X-A', value: 'b' }] },
    });
    expect(res.data.startFileTransfer).toEqual({
      clientMutationId: null,
      userErrors: [
        { field: ['input', 'localDirectoryPath'], message: 'localDirectoryPath is required with retrieveFilePaths', code: 'REQUIRED' },
        { field: ['input', 'customHttpHeaders'], message: 'customHttpHeaders applies only to AS2 connectors', code: 'INVALID' },
      ],
      fileTransfer: null,
    });
  });

  it('returns a userError on sendFilePaths when there are more than 10', async () => {
    const sendFilePaths = Array.from({ length: 11 }, (_, i) => `/outbox/${i}.edi`);
    const res = await s.gql(START, { input: { connectorId: gid('Connector', secure), sendFilePaths } });
    expect(res.data.startFileTransfer.userErrors).toEqual([
      { field: ['input', 'sendFilePaths'], message: 'sendFilePaths must have length less than or equal to 10', code: 'INVALID' },
    ]);
  });

  it('returns a NOT_FOUND userError for a connector that does not exist, and a field error for a bad id', async () => {
    const res = await s.gql(
      `mutation($a: StartFileTransferInput!, $b: StartFileTransferInput!) {
      a: startFileTransfer(input: $a) { userErrors { field message code } fileTransfer { id } }
      b: startFileTransfer(input: $b) { userErrors { field message code } fileTransfer { id } } }`,
      {
        a: { connectorId: gid('Connector', 'c-0123456789abcdef0'), sendFilePaths: ['/outbox/a.edi'] },
        b: { connectorId: 'nope', sendFilePaths: ['/outbox/a.edi'] },
      },
    );
    expect(res.data).toEqual({
      a: {
        userErrors: [{ field: ['input', 'connectorId'], message: 'Unknown connector c-0123456789abcdef0', code: 'NOT_FOUND' }],
        fileTransfer: null,
      },
      b: {
        userErrors: [
          {
            field: ['input', 'connectorId'],
            message:
              'Expected a connector in connectorId: its graph id, its AWS id (c-…) or its ARN (arn:aws:transfer:<region>:<account>:connector/c-…); got "nope"',
            code: 'INVALID',
          },
        ],
        fileTransfer: null,
      },
    });
  });
});

describe('fileTransfer and node', () => {
  let transferId: string;
  beforeAll(async () => {
    ({ TransferId: transferId } = (await s.client.send(
      new StartFileTransferCommand({ ConnectorId: secure, SendFilePaths: ['/outbox/x.edi', '/outbox/x.edi'] }),
    )) as { TransferId: string });
  });

  it('finds a transfer by connector id and transfer id, for one ListFileTransferResults call', async () => {
    await s.resetStats();
    const res = await s.gql(`query($c: ID!, $t: String!) { fileTransfer(connector: $c, transferId: $t) { ${TRANSFER_FIELDS} } }`, {
      c: gid('Connector', secure),
      t: transferId,
    });
    expect(res.data.fileTransfer).toEqual({
      id: gid('FileTransfer', secure, transferId),
      connectorId: secure,
      transferId,
      status: 'COMPLETED',
      fileCounts: { total: 2, queued: 0, inProgress: 0, completed: 2, failed: 0 },
      connector: { connectorId: secure },
      files: {
        edges: [file(secure, transferId, 1, '/outbox/x.edi', 'COMPLETED'), file(secure, transferId, 2, '/outbox/x.edi', 'COMPLETED')],
      },
    });
    expect(res.extensions?.cost?.upstream).toEqual({ calls: 1, byOperation: { ListFileTransferResults: 1 } });
    expect(await s.stats()).toEqual({ requests: { ListFileTransferResults: 1 }, total: 1 });
  });

  it('answers null for a transfer id the connector never had', async () => {
    const res = await s.gql(
      `query($c: ID!) { fileTransfer(connector: $c, transferId: "00000000-0000-4000-8000-000000000000") { status } }`,
      { c: gid('Connector', secure) },
    );
    expect(res).toMatchObject({ data: { fileTransfer: null } });
    expect(res.errors).toBeUndefined();
  });

  it('refuses a malformed transfer id and a connector id of another type', async () => {
    const profileId = gid('Profile', 'p-0123456789abcdef0');
    const res = await s.gql(
      `query($c: ID!, $p: ID!) { a: fileTransfer(connector: $c, transferId: "no spaces allowed") { status } b: fileTransfer(connector: $p, transferId: "x") { status } }`,
      {
        c: gid('Connector', secure),
        p: profileId,
      },
    );
    expect(res.data).toEqual({ a: null, b: null });
    expect(res.errors).toEqual([
      expect.objectContaining({
        path: ['a'],
        message: `Expected an AWS transfer id (1–512 letters, digits, '.', '/' or '-'), got "no spaces allowed"`,
        extensions: { code: 'BAD_USER_INPUT' },
      }),
      expect.objectContaining({
        path: ['b'],
        message: `Expected a connector in connector: its graph id, its AWS id (c-…) or its ARN (arn:aws:transfer:<region>:<account>:connector/c-…); got "${profileId}", which is the graph id of a Profile`,
        extensions: { code: 'BAD_USER_INPUT', field: ['connector'] },
      }),
    ]);
  });

  it('refetches a file transfer and one of its files with node(id:), and a missing file position as null', async () => {
    const transfer = gid('FileTransfer', secure, transferId);
    const second = gid('FileTransferResult', secure, transferId, '2');
    const third = gid('FileTransferResult', secure, transferId, '3');
    await s.resetStats();
    const res = await s.gql(
      `query($ids: [ID!]!) { nodes(ids: $ids) { id
      ... on FileTransfer { transferId overall: status }
      ... on FileTransferResult { position filePath status fileTransfer { transferId } } } }`,
      { ids: [transfer, second, third] },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      nodes: [
        { id: transfer, transferId, overall: 'COMPLETED' },
        { id: second, position: 2, filePath: '/outbox/x.edi', status: 'COMPLETED', fileTransfer: { transferId } },
        null,
      ],
    });
    expect(await s.stats()).toEqual({ requests: { ListFileTransferResults: 1 }, total: 1 });
  });

  it("answers null once the connector is deleted, since AWS deletes the connector's transfer results with it", async () => {
    const doomed = await connector({
      Url: 'sftp://sftp.doomed.example',
      SftpConfig: { UserSecretId: SECRET, TrustedHostKeys: ['ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7'] },
    });
    const { TransferId } = await s.client.send(new StartFileTransferCommand({ ConnectorId: doomed, SendFilePaths: ['/outbox/a.edi'] }));
    await s.client.send(new DeleteConnectorCommand({ ConnectorId: doomed }));
    const id = gid('FileTransfer', doomed, TransferId!);
    const res = await s.gql(
      `query($c: ID!, $t: String!, $id: ID!) { fileTransfer(connector: $c, transferId: $t) { status } node(id: $id) { id } }`,
      {
        c: gid('Connector', doomed),
        t: TransferId,
        id,
      },
    );
    expect(res.data).toEqual({ fileTransfer: null, node: null });
    expect(res.errors).toBeUndefined();
  });
});

describe('status of a transfer in the first moments', () => {
  let slow: TestStack;
  beforeAll(async () => {
    // Each file stays QUEUED for an hour: the state right after StartFileTransfer, held still for the test.
    slow = await startStack({ transferStepMs: 3_600_000 });
  });
  afterAll(() => slow.close());

  it('reads QUEUED, without failure details, until the files start', async () => {
    const connectorId = (
      await slow.client.send(
        new CreateConnectorCommand({
          AccessRole: ACCESS_ROLE,
          Url: 'sftp://sftp.acme.example',
          SftpConfig: { UserSecretId: SECRET, TrustedHostKeys: ['ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7'] },
        }),
      )
    ).ConnectorId!;
    const res = await slow.gql(START, {
      input: {
        connectorId: gid('Connector', connectorId),
        retrieveFilePaths: ['/remote/a.csv', '/remote/dir/'],
        localDirectoryPath: '/inbox',
      },
    });
    const { transferId } = res.data.startFileTransfer.fileTransfer;
    expect(res.data.startFileTransfer.fileTransfer).toMatchObject({
      status: 'QUEUED',
      fileCounts: { total: 2, queued: 2, inProgress: 0, completed: 0, failed: 0 },
      files: {
        edges: [file(connectorId, transferId, 1, '/remote/a.csv', 'QUEUED'), file(connectorId, transferId, 2, '/remote/dir/', 'QUEUED')],
      },
    });
  });
});

describe('overallStatus', () => {
  it.each([
    [[], null],
    [['QUEUED', 'QUEUED'], 'QUEUED'],
    [['QUEUED', 'COMPLETED'], 'IN_PROGRESS'],
    [['IN_PROGRESS', 'FAILED'], 'IN_PROGRESS'],
    [['COMPLETED', 'COMPLETED'], 'COMPLETED'],
    [['COMPLETED', 'FAILED'], 'FAILED'],
    [['FAILED'], 'FAILED'],
  ] as const)('derives %j as %s', (files, expected) => {
    expect(overallStatus(files)).toBe(expected);
  });
});
