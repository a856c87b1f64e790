import { CreateConnectorCommand, CreateProfileCommand, CreateServerCommand, type CreateServerCommandInput } from '@aws-sdk/client-transfer';
import { ED25519_OPENSSH } from '../emulator/fixtures/host-keys';
import { startStack, type TestStack } from '../support/stack';

const ROLE = 'arn:aws:iam::000000000000:role/transfer';
const SECRET = 'arn:aws:secretsmanager:us-east-1:000000000000:secret:sftp-user';
const VPC = { vpcId: 'vpc-0123456789abcdef0', subnetIds: ['subnet-0123456789abcdef0'] };
const API_GATEWAY = { url: 'https://idp.example/prod', invocationRole: ROLE };
const PAYLOAD = 'userErrors { field message code } plannedCalls { operation }';
const DOCUMENTS = {
  createServer: `mutation($input: CreateServerInput!) { createServer(input: $input) { ${PAYLOAD} } }`,
  updateServer: `mutation($input: UpdateServerInput!) { updateServer(input: $input) { ${PAYLOAD} } }`,
  stopServer: `mutation($input: ServerIdInput!) { stopServer(input: $input) { ${PAYLOAD} } }`,
  startServer: `mutation($input: ServerIdInput!) { startServer(input: $input) { ${PAYLOAD} } }`,
  testIdentityProvider: `mutation($input: TestIdentityProviderInput!) { testIdentityProvider(input: $input) { ${PAYLOAD} } }`,
  createConnector: `mutation($input: CreateConnectorInput!) { createConnector(input: $input) { ${PAYLOAD} } }`,
  updateConnector: `mutation($input: UpdateConnectorInput!) { updateConnector(input: $input) { ${PAYLOAD} } }`,
};
type Mutation = keyof typeof DOCUMENTS;
const WRITE = /^(Create|Update|Delete|Import|Start|Stop|Tag|Untag|Test)/;

/** What each mutation of DOCUMENTS answers. */
interface Answer {
  userErrors: Array<{ field: string[] | null; message: string; code: string }>;
  plannedCalls: Array<{ operation: string }> | null;
}

/** A userError as both answers carry it. */
type Expected = [field: string[] | null, code: string, message: string];

/**
 * The dry run of `input` on `stack` (its userErrors and the writes the emulator saw), then the real call of the same
 * input (its userErrors).
 */
async function dryThenReal(stack: TestStack, mutation: Mutation, input: Record<string, unknown>) {
  await stack.resetStats();
  const dry = await stack.gql<Record<Mutation, Answer>>(DOCUMENTS[mutation], { input: { ...input, dryRun: true } });
  const writes = Object.keys((await stack.stats()).requests).filter((op) => WRITE.test(op));
  const real = await stack.gql<Record<Mutation, Answer>>(DOCUMENTS[mutation], { input });
  const errors = (answer: typeof dry): Expected[] => answer.data![mutation].userErrors.map((e) => [e.field, e.code, e.message]);
  return { dry: errors(dry), real: errors(real), writes, planned: dry.data![mutation].plannedCalls };
}

let s: TestStack;
let sftpServer: string;
let vpcServer: string;
let directoryServer: string;
let as2Server: string;
let customServer: string;
let sftpConnector: string;
let as2Connector: string;
const server = async (input: CreateServerCommandInput) => (await s.client.send(new CreateServerCommand(input))).ServerId!;

beforeAll(async () => {
  s = await startStack();
  sftpServer = await server({});
  vpcServer = await server({ EndpointType: 'VPC', EndpointDetails: { VpcId: VPC.vpcId, SubnetIds: VPC.subnetIds } });
  directoryServer = await server({
    IdentityProviderType: 'AWS_DIRECTORY_SERVICE',
    IdentityProviderDetails: { DirectoryId: 'd-0123456789' },
  });
  as2Server = await server({ Protocols: ['AS2'], EndpointType: 'VPC', EndpointDetails: { VpcId: VPC.vpcId, SubnetIds: VPC.subnetIds } });
  customServer = await server({
    Protocols: ['SFTP', 'AS2'],
    EndpointType: 'VPC',
    EndpointDetails: { VpcId: VPC.vpcId, SubnetIds: VPC.subnetIds },
    IdentityProviderType: 'API_GATEWAY',
    IdentityProviderDetails: { Url: API_GATEWAY.url, InvocationRole: ROLE },
  });
  sftpConnector = (
    await s.client.send(
      new CreateConnectorCommand({ Url: 'sftp://files.partner.example', AccessRole: ROLE, SftpConfig: { UserSecretId: SECRET } }),
    )
  ).ConnectorId!;
  const { ProfileId: local } = await s.client.send(new CreateProfileCommand({ As2Id: 'LOCAL', ProfileType: 'LOCAL' }));
  const { ProfileId: partner } = await s.client.send(new CreateProfileCommand({ As2Id: 'PARTNER', ProfileType: 'PARTNER' }));
  as2Connector = (
    await s.client.send(
      new CreateConnectorCommand({
        Url: 'http://as2.partner.example/as2',
        AccessRole: ROLE,
        As2Config: { LocalProfileId: local, PartnerProfileId: partner, EncryptionAlgorithm: 'AES256_CBC', MdnResponse: 'NONE' },
      }),
    )
  ).ConnectorId!;
}, 60_000);
afterAll(() => s.close());

const REFUSED: Array<{ name: string; mutation: Mutation; input: () => Record<string, unknown>; refused: () => Expected[] }> = [
  {
    name: 'createServer: identityProviderDetails without identityProviderType',
    mutation: 'createServer',
    input: () => ({ identityProviderDetails: API_GATEWAY }),
    refused: () => [[['input', 'identityProviderType'], 'REQUIRED', 'Must specify identityProviderType with identityProviderDetails']],
  },
  {
    name: 'createServer: identityProviderDetails with SERVICE_MANAGED',
    mutation: 'createServer',
    input: () => ({ identityProviderType: 'SERVICE_MANAGED', identityProviderDetails: API_GATEWAY }),
    refused: () => [
      [
        ['input', 'identityProviderDetails'],
        'INVALID',
        'identityProviderDetails cannot be specified when identityProviderType is SERVICE_MANAGED',
      ],
    ],
  },
  {
    name: 'createServer: the retired VPC_ENDPOINT',
    mutation: 'createServer',
    input: () => ({ endpointType: 'VPC_ENDPOINT', endpointDetails: { vpcEndpointId: 'vpce-0123456789abcdef0' } }),
    refused: () => [
      [['input', 'endpointType'], 'INVALID', 'endpointType VPC_ENDPOINT is no longer available (retired on 2021-05-19); use VPC'],
    ],
  },
  {
    name: 'createServer: endpointDetails on a PUBLIC server',
    mutation: 'createServer',
    input: () => ({ endpointType: 'PUBLIC', endpointDetails: VPC }),
    refused: () => [[['input', 'endpointDetails'], 'INVALID', 'endpointDetails can only be set when endpointType is VPC']],
  },
  {
    name: 'createServer: vpcEndpointId with VPC',
    mutation: 'createServer',
    input: () => ({ endpointType: 'VPC', endpointDetails: { ...VPC, vpcEndpointId: 'vpce-0123456789abcdef0' } }),
    refused: () => [
      [
        ['input', 'endpointDetails', 'vpcEndpointId'],
        'INVALID',
        'endpointDetails.vpcEndpointId can only be set when endpointType is VPC_ENDPOINT',
      ],
    ],
  },
  {
    name: 'createServer: a security policy AWS does not publish',
    mutation: 'createServer',
    input: () => ({ securityPolicyName: 'TransferSecurityPolicy-1999-01' }),
    refused: () => [
      [
        ['input', 'securityPolicyName'],
        'INVALID',
        'securityPolicyName TransferSecurityPolicy-1999-01 is not a published server security policy (ListSecurityPolicies lists them)',
      ],
    ],
  },
  {
    name: 'createServer: an SFTP connector security policy',
    mutation: 'createServer',
    input: () => ({ securityPolicyName: 'TransferSFTPConnectorSecurityPolicy-2024-03' }),
    refused: () => [
      [
        ['input', 'securityPolicyName'],
        'INVALID',
        'securityPolicyName TransferSFTPConnectorSecurityPolicy-2024-03 is an SFTP connector security policy; a server takes a server security policy',
      ],
    ],
  },
  {
    name: 'createServer: addressAllocationIds (only updateServer sets them)',
    mutation: 'createServer',
    input: () => ({ endpointType: 'VPC', endpointDetails: { ...VPC, addressAllocationIds: ['eipalloc-0123456789abcdef0'] } }),
    refused: () => [
      [
        ['input', 'endpointDetails', 'addressAllocationIds'],
        'INVALID',
        'endpointDetails.addressAllocationIds can only be set by UpdateServer, on an OFFLINE server that already has SubnetIds',
      ],
    ],
  },
  {
    name: 'createServer: a protocol twice',
    mutation: 'createServer',
    input: () => ({ protocols: ['SFTP', 'SFTP'] }),
    refused: () => [[['input', 'protocols'], 'INVALID', 'protocols must not name a protocol twice, got [SFTP, SFTP]']],
  },
  {
    name: 'createServer: AS2 on a PUBLIC endpoint',
    mutation: 'createServer',
    input: () => ({ protocols: ['AS2'] }),
    refused: () => [[['input', 'protocols'], 'INVALID', 'protocols including AS2 require endpointType VPC, got PUBLIC']],
  },
  {
    name: 'createServer: AS2 on EFS',
    mutation: 'createServer',
    input: () => ({ protocols: ['AS2'], endpointType: 'VPC', endpointDetails: VPC, domain: 'EFS' }),
    refused: () => [[['input', 'protocols'], 'INVALID', 'protocols including AS2 require domain S3, got EFS']],
  },
  {
    name: 'createServer: FTPS without a certificate',
    mutation: 'createServer',
    input: () => ({
      protocols: ['FTPS'],
      endpointType: 'VPC',
      endpointDetails: VPC,
      identityProviderType: 'API_GATEWAY',
      identityProviderDetails: API_GATEWAY,
    }),
    refused: () => [[['input', 'protocols'], 'INVALID', 'protocols including FTPS require a certificate (the ARN of an ACM certificate)']],
  },
  {
    name: 'createServer: FTP on a PUBLIC endpoint with SERVICE_MANAGED users',
    mutation: 'createServer',
    input: () => ({ protocols: ['FTP'] }),
    refused: () => [
      [['input', 'protocols'], 'INVALID', 'protocols including FTP or FTPS require endpointType VPC, got PUBLIC'],
      [
        ['input', 'protocols'],
        'INVALID',
        'protocols including FTP or FTPS require identityProviderType AWS_DIRECTORY_SERVICE, AWS_LAMBDA or API_GATEWAY, got SERVICE_MANAGED',
      ],
    ],
  },
  {
    name: 'createServer: API_GATEWAY without its url and role',
    mutation: 'createServer',
    input: () => ({ identityProviderType: 'API_GATEWAY' }),
    refused: () => [
      [['input', 'identityProviderDetails', 'url'], 'REQUIRED', 'identityProviderType API_GATEWAY requires identityProviderDetails.url'],
      [
        ['input', 'identityProviderDetails', 'invocationRole'],
        'REQUIRED',
        'identityProviderType API_GATEWAY requires identityProviderDetails.invocationRole',
      ],
    ],
  },
  {
    name: 'createServer: AWS_LAMBDA with a directoryId and no function',
    mutation: 'createServer',
    input: () => ({ identityProviderType: 'AWS_LAMBDA', identityProviderDetails: { directoryId: 'd-0123456789' } }),
    refused: () => [
      [
        ['input', 'identityProviderDetails', 'function'],
        'REQUIRED',
        'identityProviderType AWS_LAMBDA requires identityProviderDetails.function',
      ],
      [
        ['input', 'identityProviderDetails', 'directoryId'],
        'INVALID',
        'identityProviderDetails.directoryId does not apply to identityProviderType AWS_LAMBDA',
      ],
    ],
  },
  {
    name: 'createServer: VPC without vpcId and subnetIds',
    mutation: 'createServer',
    input: () => ({ endpointType: 'VPC' }),
    refused: () => [
      [['input', 'endpointDetails', 'vpcId'], 'REQUIRED', 'endpointType VPC requires endpointDetails.vpcId'],
      [['input', 'endpointDetails', 'subnetIds'], 'REQUIRED', 'endpointType VPC requires endpointDetails.subnetIds'],
    ],
  },
  {
    name: 'createServer: a passiveIp that is neither AUTO nor IPv4',
    mutation: 'createServer',
    input: () => ({ protocolDetails: { passiveIp: '300.1.1.1' } }),
    refused: () => [
      [
        ['input', 'protocolDetails', 'passiveIp'],
        'INVALID',
        'protocolDetails.passiveIp must be AUTO or a dotted-quad IPv4 address, got "300.1.1.1"',
      ],
    ],
  },
  {
    name: 'createServer: s3StorageOptions on EFS',
    mutation: 'createServer',
    input: () => ({ domain: 'EFS', s3StorageOptions: { directoryListingOptimization: 'ENABLED' } }),
    refused: () => [[['input', 's3StorageOptions'], 'INVALID', 's3StorageOptions apply only to servers with domain S3, got EFS']],
  },
  {
    name: 'createServer: a structured log destination that is not a log group',
    mutation: 'createServer',
    input: () => ({ structuredLogDestinations: ['arn:aws:s3:::not-a-log-group'] }),
    refused: () => [
      [
        ['input', 'structuredLogDestinations', '0'],
        'INVALID',
        'structuredLogDestinations.0 must be the ARN of a CloudWatch Logs log group, got "arn:aws:s3:::not-a-log-group"',
      ],
    ],
  },
  {
    name: 'createServer: a host key AWS does not accept',
    mutation: 'createServer',
    input: () => ({ hostKey: '-----BEGIN OPENSSH PRIVATE KEY-----\nbm90IGEga2V5\n-----END OPENSSH PRIVATE KEY-----' }),
    refused: () => [
      [
        ['input', 'hostKey'],
        'INVALID',
        'hostKey must be an unencrypted RSA (2048 bits or more), ECDSA (nistp256, nistp384 or nistp521) or ED25519 private key in PEM or OpenSSH format',
      ],
    ],
  },
  {
    name: 'updateServer: identityProviderDetails on a SERVICE_MANAGED server without a type',
    mutation: 'updateServer',
    input: () => ({ id: sftpServer, identityProviderDetails: API_GATEWAY }),
    refused: () => [[['input', 'identityProviderType'], 'REQUIRED', 'Must specify identityProviderType with identityProviderDetails']],
  },
  {
    name: 'updateServer: securityGroupIds on a server that stays VPC',
    mutation: 'updateServer',
    input: () => ({ id: vpcServer, endpointDetails: { securityGroupIds: ['sg-0123456789abcdef0'] } }),
    refused: () => [
      [
        ['input', 'endpointDetails', 'securityGroupIds'],
        'INVALID',
        'endpointDetails.securityGroupIds can only be set when changing endpointType to VPC; afterwards use EC2 ModifyVpcEndpoint',
      ],
    ],
  },
  {
    name: 'updateServer: addressAllocationIds on an ONLINE server, with subnetIds in the same call',
    mutation: 'updateServer',
    input: () => ({ id: vpcServer, endpointDetails: { subnetIds: VPC.subnetIds, addressAllocationIds: ['eipalloc-0123456789abcdef0'] } }),
    refused: () => [
      [
        ['input', 'endpointDetails', 'addressAllocationIds'],
        'INVALID',
        'endpointDetails.addressAllocationIds can only be changed while the server is OFFLINE; it is ONLINE',
      ],
      [
        ['input', 'endpointDetails', 'addressAllocationIds'],
        'INVALID',
        'endpointDetails.addressAllocationIds can only be set on a server that already has SubnetIds, not in the same call',
      ],
    ],
  },
  {
    name: 'updateServer: ipAddressType on an ONLINE server',
    mutation: 'updateServer',
    input: () => ({ id: vpcServer, ipAddressType: 'DUALSTACK' }),
    refused: () => [[['input', 'ipAddressType'], 'INVALID', 'ipAddressType can only be changed while the server is OFFLINE; it is ONLINE']],
  },
  {
    name: 'updateServer: AS2 added to a PUBLIC server (the merged settings)',
    mutation: 'updateServer',
    input: () => ({ id: sftpServer, protocols: ['SFTP', 'AS2'] }),
    refused: () => [[['input', 'protocols'], 'INVALID', 'protocols including AS2 require endpointType VPC, got PUBLIC']],
  },
  {
    name: 'updateServer: API_GATEWAY without its url and role (the merged settings)',
    mutation: 'updateServer',
    input: () => ({ id: sftpServer, identityProviderType: 'API_GATEWAY' }),
    refused: () => [
      [['input', 'identityProviderDetails', 'url'], 'REQUIRED', 'identityProviderType API_GATEWAY requires identityProviderDetails.url'],
      [
        ['input', 'identityProviderDetails', 'invocationRole'],
        'REQUIRED',
        'identityProviderType API_GATEWAY requires identityProviderDetails.invocationRole',
      ],
    ],
  },
  {
    name: 'updateServer: a Lambda function on an AWS_DIRECTORY_SERVICE server',
    mutation: 'updateServer',
    input: () => ({ id: directoryServer, identityProviderDetails: { function: 'arn:aws:lambda:us-east-1:000000000000:function:idp' } }),
    refused: () => [
      [
        ['input', 'identityProviderDetails', 'function'],
        'INVALID',
        'identityProviderDetails.function does not apply to identityProviderType AWS_DIRECTORY_SERVICE',
      ],
    ],
  },
  {
    name: 'updateServer: a host key AWS does not accept',
    mutation: 'updateServer',
    input: () => ({ id: sftpServer, hostKey: '-----BEGIN OPENSSH PRIVATE KEY-----\nbm90IGEga2V5\n-----END OPENSSH PRIVATE KEY-----' }),
    refused: () => [
      [
        ['input', 'hostKey'],
        'INVALID',
        'hostKey must be an unencrypted RSA (2048 bits or more), ECDSA (nistp256, nistp384 or nistp521) or ED25519 private key in PEM or OpenSSH format',
      ],
    ],
  },
  {
    name: 'testIdentityProvider: an AS2 server, which has no identity provider',
    mutation: 'testIdentityProvider',
    input: () => ({ serverId: as2Server, userName: 'alice' }),
    refused: () => [[['input', 'serverId'], 'INVALID', `${as2Server} not configured for external auth`]],
  },
  {
    name: 'testIdentityProvider: a protocol the server does not speak',
    mutation: 'testIdentityProvider',
    input: () => ({ serverId: customServer, userName: 'alice', serverProtocol: 'FTP' }),
    refused: () => [[['input', 'serverProtocol'], 'INVALID', "serverProtocol FTP is not among the server's Protocols [SFTP, AS2]"]],
  },
  {
    name: 'testIdentityProvider: AS2, which signs nobody in',
    mutation: 'testIdentityProvider',
    input: () => ({ serverId: customServer, userName: 'alice', serverProtocol: 'AS2' }),
    refused: () => [
      [['input', 'serverProtocol'], 'INVALID', 'serverProtocol AS2 does not authenticate users through an identity provider'],
    ],
  },
  {
    name: 'createConnector: both as2Config and sftpConfig',
    mutation: 'createConnector',
    input: () => ({
      url: 'sftp://files.example',
      accessRole: ROLE,
      as2Config: { mdnResponse: 'NONE' },
      sftpConfig: { userSecretId: SECRET },
    }),
    refused: () => [[['input', 'as2Config'], 'INVALID', 'Specify exactly one of as2Config or sftpConfig']],
  },
  {
    name: 'createConnector: neither as2Config nor sftpConfig',
    mutation: 'createConnector',
    input: () => ({ url: 'sftp://files.example', accessRole: ROLE }),
    refused: () => [[['input', 'as2Config'], 'INVALID', 'Specify exactly one of as2Config or sftpConfig']],
  },
  {
    name: 'createConnector: SFTP to an https:// URL',
    mutation: 'createConnector',
    input: () => ({ url: 'https://files.example', accessRole: ROLE, sftpConfig: { userSecretId: SECRET } }),
    refused: () => [[['input', 'url'], 'INVALID', 'url of an SFTP connector must be an sftp:// URL, got "https://files.example"']],
  },
  {
    name: 'createConnector: SFTP with no URL and no egressConfig',
    mutation: 'createConnector',
    input: () => ({ accessRole: ROLE, sftpConfig: { userSecretId: SECRET } }),
    refused: () => [[['input', 'url'], 'REQUIRED', 'url is required for an SFTP connector without egressConfig']],
  },
  {
    name: 'createConnector: SFTP over VPC Lattice with a URL',
    mutation: 'createConnector',
    input: () => ({
      url: 'sftp://files.example',
      accessRole: ROLE,
      sftpConfig: { userSecretId: SECRET },
      egressConfig: {
        vpcLattice: { resourceConfigurationArn: 'arn:aws:vpc-lattice:us-east-1:000000000000:resourceconfiguration/rcfg-0123456789abcdef0' },
      },
    }),
    refused: () => [[['input', 'url'], 'INVALID', 'url must not be set for a connector with a VPC_LATTICE egressConfig']],
  },
  {
    name: 'createConnector: SFTP without userSecretId',
    mutation: 'createConnector',
    input: () => ({ url: 'sftp://files.example', accessRole: ROLE, sftpConfig: { maxConcurrentConnections: 2 } }),
    refused: () => [[['input', 'sftpConfig', 'userSecretId'], 'REQUIRED', 'sftpConfig.userSecretId is required for an SFTP connector']],
  },
  {
    name: 'createConnector: SFTP with a connector security policy AWS does not publish',
    mutation: 'createConnector',
    input: () => ({
      url: 'sftp://files.example',
      accessRole: ROLE,
      sftpConfig: { userSecretId: SECRET },
      securityPolicyName: 'TransferSFTPConnectorSecurityPolicy-2099-01',
    }),
    refused: () => [
      [
        ['input', 'securityPolicyName'],
        'INVALID',
        'securityPolicyName TransferSFTPConnectorSecurityPolicy-2099-01 is not a published SFTP connector security policy (ListSecurityPolicies lists them)',
      ],
    ],
  },
  {
    name: 'createConnector: SFTP with 6 concurrent connections',
    mutation: 'createConnector',
    input: () => ({ url: 'sftp://files.example', accessRole: ROLE, sftpConfig: { userSecretId: SECRET, maxConcurrentConnections: 6 } }),
    refused: () => [
      [['input', 'sftpConfig', 'maxConcurrentConnections'], 'INVALID', 'sftpConfig.maxConcurrentConnections must be at most 5, got 6'],
    ],
  },
  {
    name: 'createConnector: SFTP trusting a DSA host key and a key without a type',
    mutation: 'createConnector',
    input: () => ({
      url: 'sftp://files.example',
      accessRole: ROLE,
      sftpConfig: { userSecretId: SECRET, trustedHostKeys: ['files.example ssh-dss AAAAB3NzaC1kc3M', 'AAAAC3NzaC1lZDI1NTE5'] },
    }),
    refused: () => [
      [
        ['input', 'sftpConfig', 'trustedHostKeys', '0'],
        'INVALID',
        'sftpConfig.trustedHostKeys.0 must be an RSA or ECDSA key (ssh-rsa, ecdsa-sha2-nistp256, ecdsa-sha2-nistp384, ecdsa-sha2-nistp521), got key type "ssh-dss"',
      ],
      [
        ['input', 'sftpConfig', 'trustedHostKeys', '1'],
        'INVALID',
        'sftpConfig.trustedHostKeys.1 must have the form [host] key-type key-body',
      ],
    ],
  },
  {
    name: 'createConnector: AS2 with an SFTP security policy',
    mutation: 'createConnector',
    input: () => ({
      url: 'https://as2.example/as2',
      accessRole: ROLE,
      as2Config: { mdnResponse: 'NONE' },
      securityPolicyName: 'TransferSFTPConnectorSecurityPolicy-2024-03',
    }),
    refused: () => [
      [['input', 'as2Config', 'localProfileId'], 'REQUIRED', 'as2Config.localProfileId is required for an AS2 connector'],
      [['input', 'as2Config', 'partnerProfileId'], 'REQUIRED', 'as2Config.partnerProfileId is required for an AS2 connector'],
      [['input', 'securityPolicyName'], 'INVALID', 'securityPolicyName applies only to SFTP connectors'],
    ],
  },
  {
    name: 'updateConnector: as2Config for an SFTP connector',
    mutation: 'updateConnector',
    input: () => ({ id: sftpConnector, as2Config: { mdnResponse: 'NONE' } }),
    refused: () => [
      [['input', 'as2Config'], 'INVALID', 'as2Config cannot be given for an SFTP connector: a connector cannot change protocol'],
    ],
  },
  {
    name: 'updateConnector: sftpConfig for an AS2 connector',
    mutation: 'updateConnector',
    input: () => ({ id: as2Connector, sftpConfig: { maxConcurrentConnections: 2 } }),
    refused: () => [
      [['input', 'sftpConfig'], 'INVALID', 'sftpConfig cannot be given for an AS2 connector: a connector cannot change protocol'],
    ],
  },
  {
    name: 'updateConnector: egressConfig for a SERVICE_MANAGED connector',
    mutation: 'updateConnector',
    input: () => ({ id: sftpConnector, egressConfig: { vpcLattice: { portNumber: 2222 } } }),
    refused: () => [
      [['input', 'egressConfig'], 'INVALID', 'egressConfig cannot be given for a SERVICE_MANAGED connector: the egress type cannot change'],
    ],
  },
  {
    name: 'updateConnector: an SFTP connector moved to an https:// URL (the merged connector)',
    mutation: 'updateConnector',
    input: () => ({ id: sftpConnector, url: 'https://files.example' }),
    refused: () => [[['input', 'url'], 'INVALID', 'url of an SFTP connector must be an sftp:// URL, got "https://files.example"']],
  },
  {
    name: 'updateConnector: encryption NONE on an http:// AS2 connector (the merged connector)',
    mutation: 'updateConnector',
    input: () => ({ id: as2Connector, as2Config: { encryptionAlgorithm: 'NONE' } }),
    refused: () => [
      [
        ['input', 'as2Config', 'encryptionAlgorithm'],
        'INVALID',
        'as2Config.encryptionAlgorithm NONE needs an https:// url, got "http://as2.partner.example/as2"',
      ],
    ],
  },
  {
    name: 'updateConnector: 6 concurrent connections on an SFTP connector (the merged connector)',
    mutation: 'updateConnector',
    input: () => ({ id: sftpConnector, sftpConfig: { maxConcurrentConnections: 6 } }),
    refused: () => [
      [['input', 'sftpConfig', 'maxConcurrentConnections'], 'INVALID', 'sftpConfig.maxConcurrentConnections must be at most 5, got 6'],
    ],
  },
];

describe('a dry run refuses a server or connector setting the real call refuses, on the same fields with the same codes, writing nothing', () => {
  it.each(REFUSED)('refuses $name', async ({ mutation, input, refused }) => {
    expect(await dryThenReal(s, mutation, input())).toEqual({ dry: refused(), real: refused(), writes: [], planned: null });
  });
});

describe('a dry run lets through the settings the real call takes', () => {
  const passes = async (mutation: Mutation, input: Record<string, unknown>, operation: string) =>
    expect(await dryThenReal(s, mutation, input)).toEqual({ dry: [], real: [], writes: [], planned: [{ operation }] });

  it('plans an SFTP server with its own ED25519 host key', () => passes('createServer', { hostKey: ED25519_OPENSSH }, 'CreateServer'));

  it('plans a change to an AWS_DIRECTORY_SERVICE server, whose DirectoryId AWS keeps though DescribeServer does not show it', () =>
    passes('updateServer', { id: directoryServer, loggingRole: ROLE }, 'UpdateServer'));

  it('plans an SFTP connector change within the rules, merged into what the connector has', () =>
    passes('updateConnector', { id: sftpConnector, sftpConfig: { maxConcurrentConnections: 3 } }, 'UpdateConnector'));

  it('plans a sign-in test on a server with a custom identity provider', () =>
    passes('testIdentityProvider', { serverId: customServer, userName: 'alice', serverProtocol: 'SFTP' }, 'TestIdentityProvider'));
});

describe('a dry run refuses a state change the server is not ready for, as the real call does', () => {
  let slow: TestStack;
  let starting: string;
  beforeAll(async () => {
    // Servers stay STARTING for ten minutes, far longer than this test runs.
    slow = await startStack({ stateTransitionMs: 600_000 });
    starting = (await slow.client.send(new CreateServerCommand({}))).ServerId!;
  });
  afterAll(() => slow.close());

  it('refuses to stop a STARTING server, and plans a start of it, which changes nothing', async () => {
    expect(await dryThenReal(slow, 'stopServer', { id: starting })).toEqual({
      dry: [[['input', 'id'], 'INVALID', `Server ${starting} is STARTING; stop it once it is ONLINE`]],
      real: [[['input', 'id'], 'INVALID', `Server ${starting} is STARTING; stop it once it is ONLINE`]],
      writes: [],
      planned: null,
    });
    expect(await dryThenReal(slow, 'startServer', { id: starting })).toEqual({
      dry: [],
      real: [],
      writes: [],
      planned: [{ operation: 'StartServer' }],
    });
  });
});
