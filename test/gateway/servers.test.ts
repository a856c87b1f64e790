import { CreateServerCommand } from '@aws-sdk/client-transfer';
import { NO_PROVIDER_CALL_MESSAGE } from '../../src/emulator/operations/servers';
import { ED25519_OPENSSH, ED25519_OPENSSH_FINGERPRINT } from '../emulator/fixtures/host-keys';
import { createAs2Server } from '../support/as2-server';
import { startStack, type TestStack } from '../support/stack';

const gid = (...parts: string[]) => Buffer.from([parts[0], 'us-east-1', ...parts.slice(1)].join(':')).toString('base64url');
const arnOf = (serverId: string) => `arn:aws:transfer:us-east-1:000000000000:server/${serverId}`;
const VPC = 'vpc-0123456789abcdef0';
const SUBNETS = ['subnet-0123456789abcdef0', 'subnet-0fedcba9876543210'];
const LOGGING_ROLE = 'arn:aws:iam::000000000000:role/transfer-logging';
const INVOCATION_ROLE = 'arn:aws:iam::000000000000:role/idp-invoke';
const WORKFLOW_ROLE = 'arn:aws:iam::000000000000:role/workflow-exec';
const LOG_GROUP = 'arn:aws:logs:us-east-1:000000000000:log-group:/aws/transfer/as2';
const API_URL = 'https://abc123.execute-api.us-east-1.amazonaws.com/prod';
const MISSING = 's-0123456789abcdef0';
/** Minimal AS2 server settings: AS2 needs a VPC endpoint (and domain S3, the default). */
const AS2 = { protocols: ['AS2'], endpointType: 'VPC', endpointDetails: { vpcId: VPC, subnetIds: SUBNETS } };

const FIELDS = `id serverId arn state protocols domain endpointType
  endpointDetails { vpcId subnetIds addressAllocationIds vpcEndpointId securityGroupIds }
  protocolDetails { as2Transports passiveIp tlsSessionResumptionMode setStatOption proxyConfig { sftpMode } }
  identityProviderType identityProviderDetails { url invocationRole directoryId function sftpAuthenticationMethods }
  loggingRole structuredLogDestinations hostKeyFingerprint certificate preAuthenticationLoginBanner postAuthenticationLoginBanner
  securityPolicyName workflowDetails { onUpload { workflowId executionRole } onPartialUpload { workflowId executionRole } }
  s3StorageOptions { directoryListingOptimization } as2ServiceManagedEgressIpAddresses ipAddressType userCount tags { key value }
  agreements { totalCount edges { node { agreementId } } }`;
const USER_ERRORS = 'clientMutationId userErrors { field message code }';
const CREATE = `mutation($input: CreateServerInput!) { createServer(input: $input) { ${USER_ERRORS} server { ${FIELDS} } } }`;
const UPDATE = `mutation($input: UpdateServerInput!) { updateServer(input: $input) { ${USER_ERRORS} server {
  state protocols loggingRole securityPolicyName protocolDetails { as2Transports tlsSessionResumptionMode setStatOption }
  preAuthenticationLoginBanner ipAddressType hostKeyFingerprint } } }`;
const DELETE = `mutation($input: DeleteServerInput!) { deleteServer(input: $input) { ${USER_ERRORS} deletedId } }`;
const START = `mutation($input: ServerIdInput!) { startServer(input: $input) { ${USER_ERRORS} server { serverId state } } }`;
const STOP = `mutation($input: ServerIdInput!) { stopServer(input: $input) { ${USER_ERRORS} server { serverId state } } }`;
const TEST_IDP = `mutation($input: TestIdentityProviderInput!) {
  testIdentityProvider(input: $input) { ${USER_ERRORS} statusCode message response url } }`;

let s: TestStack;
beforeAll(async () => {
  s = await startStack();
});
afterAll(() => s.close());

/** An AS2 server made through the real API. */
const as2Server = () => createAs2Server(s.client, { EndpointDetails: { VpcId: VPC, SubnetIds: SUBNETS } });

/** An SFTP server with an API Gateway identity provider, made through the real API. */
const customIdpServer = async () =>
  (
    await s.client.send(
      new CreateServerCommand({
        IdentityProviderType: 'API_GATEWAY',
        IdentityProviderDetails: { Url: API_URL, InvocationRole: INVOCATION_ROLE },
      }),
    )
  ).ServerId!;

describe('createServer', () => {
  it('creates an AS2 server and returns every field, with the members AWS fills in', async () => {
    const res = await s.gql(CREATE, {
      input: {
        ...AS2,
        clientMutationId: 'm-1',
        loggingRole: LOGGING_ROLE,
        structuredLogDestinations: [LOG_GROUP],
        tags: [{ key: 'team', value: 'b2b' }],
      },
    });
    const serverId = res.data.createServer.server?.serverId;
    expect(res.data.createServer).toEqual({
      clientMutationId: 'm-1',
      userErrors: [],
      server: {
        id: gid('Server', serverId),
        serverId: expect.stringMatching(/^s-[0-9a-f]{17}$/),
        arn: arnOf(serverId),
        state: 'ONLINE',
        protocols: ['AS2'],
        domain: 'S3',
        endpointType: 'VPC',
        endpointDetails: {
          vpcId: VPC,
          subnetIds: SUBNETS,
          addressAllocationIds: [],
          vpcEndpointId: expect.stringMatching(/^vpce-[0-9a-f]{17}$/),
          securityGroupIds: [],
        },
        protocolDetails: {
          as2Transports: ['HTTP'],
          passiveIp: 'AUTO',
          tlsSessionResumptionMode: 'ENFORCED',
          setStatOption: 'DEFAULT',
          proxyConfig: null,
        },
        identityProviderType: 'SERVICE_MANAGED',
        identityProviderDetails: null,
        loggingRole: LOGGING_ROLE,
        structuredLogDestinations: [LOG_GROUP],
        hostKeyFingerprint: expect.stringMatching(/^SHA256:[A-Za-z0-9+/]{43}$/),
        certificate: null,
        preAuthenticationLoginBanner: null,
        postAuthenticationLoginBanner: null,
        securityPolicyName: 'TransferSecurityPolicy-2024-01',
        workflowDetails: null,
        s3StorageOptions: { directoryListingOptimization: 'DISABLED' },
        as2ServiceManagedEgressIpAddresses: [expect.stringMatching(/^203\.0\.113\.\d+$/), expect.stringMatching(/^203\.0\.113\.\d+$/)],
        ipAddressType: 'IPV4',
        userCount: 0,
        tags: [{ key: 'team', value: 'b2b' }],
        agreements: { totalCount: 0, edges: [] },
      },
    });
  });

  it('creates an SFTP server with a custom identity provider, workflows, banners and a host key', async () => {
    const workflow = { workflowId: 'w-0123456789abcdefg', executionRole: WORKFLOW_ROLE };
    const res = await s.gql(CREATE, {
      input: {
        protocols: ['SFTP'],
        identityProviderType: 'API_GATEWAY',
        identityProviderDetails: { url: API_URL, invocationRole: INVOCATION_ROLE },
        hostKey: ED25519_OPENSSH,
        preAuthenticationLoginBanner: 'Authorised use only',
        postAuthenticationLoginBanner: 'Welcome',
        workflowDetails: { onUpload: [workflow] },
        s3StorageOptions: { directoryListingOptimization: 'ENABLED' },
        protocolDetails: { setStatOption: 'ENABLE_NO_OP' },
      },
    });
    expect(res.data.createServer.userErrors).toEqual([]);
    expect(res.data.createServer.server).toMatchObject({
      protocols: ['SFTP'],
      endpointType: 'PUBLIC',
      endpointDetails: null,
      protocolDetails: {
        as2Transports: [],
        passiveIp: 'AUTO',
        tlsSessionResumptionMode: 'ENFORCED',
        setStatOption: 'ENABLE_NO_OP',
        proxyConfig: null,
      },
      identityProviderType: 'API_GATEWAY',
      identityProviderDetails: {
        url: API_URL,
        invocationRole: INVOCATION_ROLE,
        directoryId: null,
        function: null,
        sftpAuthenticationMethods: 'PUBLIC_KEY_OR_PASSWORD',
      },
      hostKeyFingerprint: ED25519_OPENSSH_FINGERPRINT,
      preAuthenticationLoginBanner: 'Authorised use only',
      postAuthenticationLoginBanner: 'Welcome',
      workflowDetails: { onUpload: [workflow], onPartialUpload: [] },
      s3StorageOptions: { directoryListingOptimization: 'ENABLED' },
      as2ServiceManagedEgressIpAddresses: [],
      loggingRole: null,
      structuredLogDestinations: [],
    });
  });

  it('returns one userError per AWS validation violation in model order, with input field paths down nested lists', async () => {
    const res = await s.gql(CREATE, {
      input: {
        ...AS2,
        structuredLogDestinations: [LOG_GROUP, 'log-group'],
        securityPolicyName: 'Strict',
        workflowDetails: { onUpload: [{ workflowId: 'w-1', executionRole: WORKFLOW_ROLE }] },
      },
    });
    expect(res.data.createServer).toEqual({
      clientMutationId: null,
      server: null,
      userErrors: [
        {
          field: ['input', 'securityPolicyName'],
          message: 'securityPolicyName must satisfy regular expression pattern: Transfer[A-Za-z0-9]*SecurityPolicy-[A-Za-z0-9-]+',
          code: 'INVALID',
        },
        {
          field: ['input', 'workflowDetails', 'onUpload', '0', 'workflowId'],
          message: 'workflowDetails.onUpload.0.workflowId must have length greater than or equal to 19',
          code: 'INVALID',
        },
        {
          field: ['input', 'workflowDetails', 'onUpload', '0', 'workflowId'],
          message: 'workflowDetails.onUpload.0.workflowId must satisfy regular expression pattern: w-([a-z0-9]{17})',
          code: 'INVALID',
        },
        {
          field: ['input', 'structuredLogDestinations'],
          message: 'structuredLogDestinations must have length less than or equal to 1',
          code: 'INVALID',
        },
        {
          field: ['input', 'structuredLogDestinations', '1'],
          message: 'structuredLogDestinations.1 must have length greater than or equal to 20',
          code: 'INVALID',
        },
        {
          field: ['input', 'structuredLogDestinations', '1'],
          message: 'structuredLogDestinations.1 must satisfy regular expression pattern: arn:\\S+',
          code: 'INVALID',
        },
      ],
    });
  });

  it('returns the AWS rules across fields as one userError for the whole input', async () => {
    const res = await s.gql(CREATE, { input: { protocols: ['AS2'], endpointType: 'PUBLIC' } });
    expect(res.data.createServer).toEqual({
      clientMutationId: null,
      server: null,
      userErrors: [
        { field: ['input', 'protocols'], message: 'protocols including AS2 require endpointType VPC, got PUBLIC', code: 'INVALID' },
      ],
    });
  });

  it('refuses an enum value outside the schema before any AWS call', async () => {
    await s.resetStats();
    const res = await s.gql(CREATE, { input: { protocols: ['HTTP'] } });
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await s.stats()).total).toBe(0);
  });
});

describe('updateServer', () => {
  it('changes only what is given, merging protocolDetails member by member, and returns the server as it is now', async () => {
    const serverId = await as2Server();
    const res = await s.gql(UPDATE, {
      input: {
        id: gid('Server', serverId),
        clientMutationId: 'u-1',
        loggingRole: LOGGING_ROLE,
        protocols: ['AS2', 'SFTP'],
        protocolDetails: { setStatOption: 'ENABLE_NO_OP' },
        securityPolicyName: 'TransferSecurityPolicy-2023-05',
        hostKey: ED25519_OPENSSH,
      },
    });
    expect(res.data.updateServer).toEqual({
      clientMutationId: 'u-1',
      userErrors: [],
      server: {
        state: 'ONLINE',
        protocols: ['AS2', 'SFTP'],
        loggingRole: LOGGING_ROLE,
        securityPolicyName: 'TransferSecurityPolicy-2023-05',
        protocolDetails: { as2Transports: ['HTTP'], tlsSessionResumptionMode: 'ENFORCED', setStatOption: 'ENABLE_NO_OP' },
        preAuthenticationLoginBanner: null,
        ipAddressType: 'IPV4',
        hostKeyFingerprint: ED25519_OPENSSH_FINGERPRINT,
      },
    });
  });

  it('turns logging off with an empty loggingRole', async () => {
    const { ServerId } = await s.client.send(new CreateServerCommand({ LoggingRole: LOGGING_ROLE }));
    const res = await s.gql(UPDATE, { input: { id: gid('Server', ServerId!), loggingRole: '' } });
    expect(res.data.updateServer.server.loggingRole).toBeNull();
  });

  it('refuses a change AWS allows only on an OFFLINE server, naming the state', async () => {
    const serverId = await as2Server();
    const res = await s.gql(UPDATE, { input: { id: gid('Server', serverId), ipAddressType: 'DUALSTACK' } });
    expect(res.data.updateServer).toEqual({
      clientMutationId: null,
      server: null,
      userErrors: [
        {
          field: ['input', 'ipAddressType'],
          message: 'ipAddressType can only be changed while the server is OFFLINE; it is ONLINE',
          code: 'INVALID',
        },
      ],
    });
  });

  it('redacts the host key from the error graphql-js raises for an incomplete input', async () => {
    const res = await s.gql(UPDATE, { input: { hostKey: 'not-a-pem-but-secret' } });
    expect(res.errors?.map((e) => e.message)).toEqual([
      'Variable "$input" got invalid value { hostKey: "[redacted]" }; Field "id" of required type "ID!" was not provided.',
    ]);
  });

  it('returns a NOT_FOUND userError for a server that does not exist, and a field error for the id of another type', async () => {
    const profileId = gid('Profile', 'p-0123456789abcdef0');
    const res = await s.gql(
      `mutation($a: UpdateServerInput!, $b: UpdateServerInput!) {
      a: updateServer(input: $a) { userErrors { field message code } server { serverId } }
      b: updateServer(input: $b) { userErrors { field message code } server { serverId } } }`,
      {
        a: { id: gid('Server', MISSING), loggingRole: LOGGING_ROLE },
        b: { id: profileId, loggingRole: LOGGING_ROLE },
      },
    );
    expect(res.data).toEqual({
      a: { server: null, userErrors: [{ field: ['input', 'id'], message: `Unknown server ${MISSING}`, code: 'NOT_FOUND' }] },
      b: {
        server: null,
        userErrors: [
          {
            field: ['input', 'id'],
            message: `Expected a server in id: its graph id, its AWS id (s-…) or its ARN (arn:aws:transfer:<region>:<account>:server/s-…); got "${profileId}", which is the graph id of a Profile`,
            code: 'WRONG_TYPE',
          },
        ],
      },
    });
  });
});

describe('stopServer and startServer', () => {
  it('stops an ONLINE server and starts it again, each payload showing the new state', async () => {
    const serverId = await as2Server();
    const id = gid('Server', serverId);
    expect((await s.gql(STOP, { input: { id, clientMutationId: 'stop' } })).data.stopServer).toEqual({
      clientMutationId: 'stop',
      userErrors: [],
      server: { serverId, state: 'OFFLINE' },
    });
    expect((await s.gql(`{ server(idOrArn: "${serverId}") { state } }`)).data).toEqual({ server: { state: 'OFFLINE' } });
    expect((await s.gql(START, { input: { id } })).data.startServer).toEqual({
      clientMutationId: null,
      userErrors: [],
      server: { serverId, state: 'ONLINE' },
    });
  });

  it('returns NOT_FOUND userErrors for a server that does not exist', async () => {
    const input = { id: gid('Server', MISSING) };
    const notFound = [{ field: ['input', 'id'], message: `Unknown server ${MISSING}`, code: 'NOT_FOUND' }];
    expect((await s.gql(STOP, { input })).data.stopServer).toEqual({ clientMutationId: null, userErrors: notFound, server: null });
    expect((await s.gql(START, { input })).data.startServer).toEqual({ clientMutationId: null, userErrors: notFound, server: null });
  });

  it('costs the write and one DescribeServer for the state in the payload', async () => {
    const id = gid('Server', await as2Server());
    await s.resetStats();
    const res = await s.gql(STOP, { input: { id } });
    const byOperation = { StopServer: 1, DescribeServer: 1 };
    expect(res.extensions?.cost?.upstream).toEqual({ calls: 2, byOperation });
    expect(await s.stats()).toEqual({ requests: byOperation, total: 2 });
  });
});

describe('deleteServer', () => {
  it('deletes a server, after which node(id:) and server(idOrArn:) answer null', async () => {
    const serverId = await as2Server();
    const id = gid('Server', serverId);
    expect((await s.gql(DELETE, { input: { id, clientMutationId: 'd' } })).data.deleteServer).toEqual({
      clientMutationId: 'd',
      userErrors: [],
      deletedId: id,
    });
    const res = await s.gql(`query($id: ID!) { node(id: $id) { id } server(idOrArn: "${serverId}") { serverId } }`, { id });
    expect(res.data).toEqual({ node: null, server: null });
  });

  it('returns a NOT_FOUND userError for a server that does not exist', async () => {
    expect((await s.gql(DELETE, { input: { id: gid('Server', MISSING) } })).data.deleteServer).toEqual({
      clientMutationId: null,
      deletedId: null,
      userErrors: [{ field: ['input', 'id'], message: `Unknown server ${MISSING}`, code: 'NOT_FOUND' }],
    });
  });
});

describe('testIdentityProvider', () => {
  it("returns the provider's answer for a server with a custom identity provider", async () => {
    const serverId = await customIdpServer();
    const res = await s.gql(TEST_IDP, {
      input: {
        clientMutationId: 't',
        serverId: gid('Server', serverId),
        userName: 'alice',
        userPassword: 'secret',
        serverProtocol: 'SFTP',
        sourceIp: '192.0.2.10',
      },
    });
    expect(res.data.testIdentityProvider).toEqual({
      clientMutationId: 't',
      userErrors: [],
      statusCode: 200,
      message: `${NO_PROVIDER_CALL_MESSAGE}; nothing was sent to ${API_URL}`,
      response: '{}',
      url: API_URL,
    });
  });

  it('returns a userError for an AS2 server, which has no identity provider to test', async () => {
    const serverId = await as2Server();
    const res = await s.gql(TEST_IDP, { input: { serverId: gid('Server', serverId), userName: 'alice' } });
    expect(res.data.testIdentityProvider).toEqual({
      clientMutationId: null,
      statusCode: null,
      message: null,
      response: null,
      url: null,
      userErrors: [{ field: ['input', 'serverId'], message: `${serverId} not configured for external auth`, code: 'INVALID' }],
    });
  });

  it('points at the fields AWS refuses, and never echoes the password', async () => {
    const serverId = await customIdpServer();
    const res = await s.gql(TEST_IDP, { input: { serverId: gid('Server', serverId), userName: 'al', userPassword: 'x'.repeat(1025) } });
    expect(res.data.testIdentityProvider.userErrors).toEqual([
      { field: ['input', 'userName'], message: 'userName must have length greater than or equal to 3', code: 'INVALID' },
      { field: ['input', 'userName'], message: 'userName must satisfy regular expression pattern: [\\w][\\w@.-]{2,99}', code: 'INVALID' },
      { field: ['input', 'userPassword'], message: 'userPassword must have length less than or equal to 1024', code: 'INVALID' },
    ]);
    expect(JSON.stringify(res)).not.toContain('xxxx');
  });

  it('redacts the password from the error graphql-js raises for an incomplete input, which quotes the whole input', async () => {
    const res = await s.gql(TEST_IDP, { input: { serverId: gid('Server', MISSING), userPassword: 'hunter2' } });
    expect(res.errors?.map((e) => e.message)).toEqual([
      `Variable "$input" got invalid value { serverId: "${gid('Server', MISSING)}", userPassword: "[redacted]" }; Field "userName" of required type "String!" was not provided.`,
    ]);
  });

  it('returns a NOT_FOUND userError for a server that does not exist, and a field error for a malformed id', async () => {
    const res = await s.gql(
      `mutation($a: TestIdentityProviderInput!, $b: TestIdentityProviderInput!) {
      a: testIdentityProvider(input: $a) { userErrors { field message code } }
      b: testIdentityProvider(input: $b) { userErrors { field message code } } }`,
      {
        a: { serverId: gid('Server', MISSING), userName: 'alice' },
        b: { serverId: 'nope', userName: 'alice' },
      },
    );
    expect(res.data).toEqual({
      a: { userErrors: [{ field: ['input', 'serverId'], message: `Unknown server ${MISSING}`, code: 'NOT_FOUND' }] },
      b: {
        userErrors: [
          {
            field: ['input', 'serverId'],
            message:
              'Expected a server in serverId: its graph id, its AWS id (s-…) or its ARN (arn:aws:transfer:<region>:<account>:server/s-…); got "nope"',
            code: 'INVALID',
          },
        ],
      },
    });
  });
});

describe('server lookups', () => {
  it('finds a server by AWS id and by ARN, and answers null for one that does not exist', async () => {
    const serverId = await as2Server();
    const res = await s.gql(
      `query($a: String!, $b: String!) {
      a: server(idOrArn: $a) { serverId } b: server(idOrArn: $b) { serverId } c: server(idOrArn: "${MISSING}") { serverId } }`,
      {
        a: serverId,
        b: arnOf(serverId),
      },
    );
    expect(res.data).toEqual({ a: { serverId }, b: { serverId }, c: null });
  });

  it('refuses the ARN of another resource type, and a server of another region', async () => {
    const res = await s.gql(`{
      a: server(idOrArn: "arn:aws:transfer:us-east-1:000000000000:profile/p-0123456789abcdef0") { serverId }
      b: server(idOrArn: "arn:aws:transfer:eu-west-1:000000000000:server/${MISSING}") { serverId } }`);
    expect(res.data).toEqual({ a: null, b: null });
    expect(res.errors).toEqual([
      expect.objectContaining({
        path: ['a'],
        message:
          'Expected a server in idOrArn: its graph id, its AWS id (s-…) or its ARN (arn:aws:transfer:<region>:<account>:server/s-…); got "arn:aws:transfer:us-east-1:000000000000:profile/p-0123456789abcdef0", which is the ARN of a Profile',
        extensions: { code: 'BAD_USER_INPUT', field: ['idOrArn'] },
      }),
      expect.objectContaining({
        path: ['b'],
        message: 'idOrArn names a server in eu-west-1; this gateway serves us-east-1',
        extensions: { code: 'BAD_USER_INPUT', field: ['idOrArn'] },
      }),
    ]);
  });

  it('refetches a server with node(id:) for one DescribeServer, shared by all its fields', async () => {
    const serverId = await as2Server();
    const id = gid('Server', serverId);
    await s.resetStats();
    const res = await s.gql(
      `query($id: ID!) { node(id: $id) { id ... on Server { serverId state protocols endpointType securityPolicyName } } }`,
      { id },
    );
    expect(res.data).toEqual({
      node: {
        id,
        serverId,
        state: 'ONLINE',
        protocols: ['AS2'],
        endpointType: 'VPC',
        securityPolicyName: 'TransferSecurityPolicy-2024-01',
      },
    });
    expect(res.extensions?.cost?.upstream).toEqual({ calls: 1, byOperation: { DescribeServer: 1 } });
    expect(await s.stats()).toEqual({ requests: { DescribeServer: 1 }, total: 1 });
  });

  it('lists servers with every summary field for exactly one ListServers call', async () => {
    const serverId = await as2Server();
    await s.resetStats();
    const res = await s.gql(`{ servers(first: 100) { totalCount edges { node {
      id serverId arn state domain endpointType identityProviderType loggingRole userCount } } } }`);
    const edges = res.data.servers.edges;
    expect(edges.length).toBe(res.data.servers.totalCount);
    expect(edges.find((e: any) => e.node.serverId === serverId)).toEqual({
      node: {
        id: gid('Server', serverId),
        serverId,
        arn: arnOf(serverId),
        state: 'ONLINE',
        domain: 'S3',
        endpointType: 'VPC',
        identityProviderType: 'SERVICE_MANAGED',
        loggingRole: null,
        userCount: 0,
      },
    });
    expect(res.extensions?.cost?.upstream).toEqual({ calls: 1, byOperation: { ListServers: 1 } });
    expect(await s.stats()).toEqual({ requests: { ListServers: 1 }, total: 1 });
  });

  it('describes each listed server once for a Describe-only field', async () => {
    const count = (await s.gql(`{ servers(first: 100) { totalCount } }`)).data.servers.totalCount;
    await s.resetStats();
    const res = await s.gql(`{ servers(first: 100) { edges { node { protocols tags { key } } } } }`);
    expect(res.data.servers.edges).toHaveLength(count);
    const byOperation = { ListServers: 1, DescribeServer: count };
    expect(res.extensions?.cost?.upstream).toEqual({ calls: 1 + count, byOperation });
    expect(await s.stats()).toEqual({ requests: byOperation, total: 1 + count });
  });
});
