import { CreateConnectorCommand, CreateProfileCommand, DeleteProfileCommand } from '@aws-sdk/client-transfer';
import { startStack, type TestStack } from '../support/stack';

const gid = (...parts: string[]) => Buffer.from([parts[0], 'us-east-1', ...parts.slice(1)].join(':')).toString('base64url');
const arnOf = (connectorId: string) => `arn:aws:transfer:us-east-1:000000000000:connector/${connectorId}`;
const ACCESS_ROLE = 'arn:aws:iam::000000000000:role/connector-access';
const LOGGING_ROLE = 'arn:aws:iam::000000000000:role/connector-logging';
const SECRET = 'arn:aws:secretsmanager:us-east-1:000000000000:secret:partner-sftp-AbCdEf';
const RSA_KEY = 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7';
const LATTICE_ARN = 'arn:aws:vpc-lattice:us-east-1:000000000000:resourceconfiguration/rcfg-0123456789abcdef0';
/** The emulator's service-managed egress addresses for account 000000000000 in us-east-1 (TEST-NET-2). */
const EGRESS_IPS = ['198.51.100.14', '198.51.100.15', '198.51.100.16'];
const MISSING = 'c-0123456789abcdef0';

const AS2_FIELDS = `localProfileId partnerProfileId messageSubject compression encryptionAlgorithm signingAlgorithm
  mdnSigningAlgorithm mdnResponse basicAuthSecretId preserveContentType asyncMdnConfig { url serverIds }`;
const FIELDS = `id connectorId arn url as2Config { ${AS2_FIELDS} }
  sftpConfig { userSecretId trustedHostKeys maxConcurrentConnections } accessRole loggingRole
  serviceManagedEgressIpAddresses securityPolicyName egressType egressConfig { vpcLattice { resourceConfigurationArn portNumber } }
  status errorMessage ipAddressType tags { key value } localProfile { profileId as2Id } partnerProfile { profileId as2Id }`;
const CREATE = `mutation($input: CreateConnectorInput!) {
  createConnector(input: $input) { clientMutationId userErrors { field message code } connector { ${FIELDS} } } }`;
const UPDATE = `mutation($input: UpdateConnectorInput!) {
  updateConnector(input: $input) { userErrors { field message code } connector { url accessRole as2Config { ${AS2_FIELDS} } } } }`;
const DELETE = `mutation($input: DeleteConnectorInput!) { deleteConnector(input: $input) { deletedId userErrors { field message code } } }`;

let s: TestStack;
let local: string;
let partner: string;

beforeAll(async () => {
  s = await startStack();
  local = (await s.client.send(new CreateProfileCommand({ As2Id: 'OUR-AS2', ProfileType: 'LOCAL' }))).ProfileId!;
  partner = (await s.client.send(new CreateProfileCommand({ As2Id: 'ACME-AS2', ProfileType: 'PARTNER' }))).ProfileId!;
});
afterAll(() => s.close());

/** An AS2 connector made through the real API. */
const as2Connector = async (localProfileId = local, partnerProfileId = partner, Url = 'https://as2.acme.example/receive') =>
  (
    await s.client.send(
      new CreateConnectorCommand({
        Url,
        AccessRole: ACCESS_ROLE,
        As2Config: { LocalProfileId: localProfileId, PartnerProfileId: partnerProfileId },
      }),
    )
  ).ConnectorId!;

describe('createConnector', () => {
  it('creates an AS2 connector from global profile ids and returns every field, with its profiles', async () => {
    const res = await s.gql(CREATE, {
      input: {
        clientMutationId: 'c-1',
        url: 'https://as2.acme.example/receive',
        accessRole: ACCESS_ROLE,
        loggingRole: LOGGING_ROLE,
        ipAddressType: 'DUALSTACK',
        tags: [{ key: 'partner', value: 'acme' }],
        as2Config: {
          localProfileId: gid('Profile', local),
          partnerProfileId: gid('Profile', partner),
          messageSubject: 'Invoices from us',
          compression: 'ZLIB',
          encryptionAlgorithm: 'AES256_CBC',
          signingAlgorithm: 'SHA256',
          mdnSigningAlgorithm: 'SHA512',
          mdnResponse: 'SYNC',
          basicAuthSecretId: 'acme-basic-auth',
          preserveContentType: 'ENABLED',
        },
      },
    });
    const connectorId = res.data.createConnector.connector.connectorId;
    expect(res.data.createConnector).toEqual({
      clientMutationId: 'c-1',
      userErrors: [],
      connector: {
        id: gid('Connector', connectorId),
        connectorId: expect.stringMatching(/^c-[0-9a-f]{17}$/),
        arn: arnOf(connectorId),
        url: 'https://as2.acme.example/receive',
        as2Config: {
          localProfileId: local,
          partnerProfileId: partner,
          messageSubject: 'Invoices from us',
          compression: 'ZLIB',
          encryptionAlgorithm: 'AES256_CBC',
          signingAlgorithm: 'SHA256',
          mdnSigningAlgorithm: 'SHA512',
          mdnResponse: 'SYNC',
          basicAuthSecretId: 'acme-basic-auth',
          preserveContentType: 'ENABLED',
          asyncMdnConfig: null,
        },
        sftpConfig: null,
        accessRole: ACCESS_ROLE,
        loggingRole: LOGGING_ROLE,
        serviceManagedEgressIpAddresses: EGRESS_IPS,
        securityPolicyName: null,
        egressType: 'SERVICE_MANAGED',
        egressConfig: null,
        status: 'ACTIVE',
        errorMessage: null,
        ipAddressType: 'DUALSTACK',
        tags: [{ key: 'partner', value: 'acme' }],
        localProfile: { profileId: local, as2Id: 'OUR-AS2' },
        partnerProfile: { profileId: partner, as2Id: 'ACME-AS2' },
      },
    });
  });

  it('creates an SFTP connector, whose profile links are null without an error', async () => {
    const res = await s.gql(CREATE, {
      input: {
        url: 'sftp://sftp.acme.example:2222',
        accessRole: ACCESS_ROLE,
        securityPolicyName: 'TransferSFTPConnectorSecurityPolicy-2024-03',
        sftpConfig: { userSecretId: SECRET, trustedHostKeys: [`sftp.acme.example ${RSA_KEY}`] },
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.createConnector.connector).toMatchObject({
      url: 'sftp://sftp.acme.example:2222',
      as2Config: null,
      sftpConfig: { userSecretId: SECRET, trustedHostKeys: [`sftp.acme.example ${RSA_KEY}`], maxConcurrentConnections: 1 },
      securityPolicyName: 'TransferSFTPConnectorSecurityPolicy-2024-03',
      ipAddressType: 'IPV4',
      localProfile: null,
      partnerProfile: null,
    });
  });

  it('creates a VPC Lattice SFTP connector, which has no url and no egress addresses', async () => {
    const res = await s.gql(CREATE, {
      input: {
        accessRole: ACCESS_ROLE,
        sftpConfig: { userSecretId: SECRET, trustedHostKeys: [RSA_KEY], maxConcurrentConnections: 5 },
        egressConfig: { vpcLattice: { resourceConfigurationArn: LATTICE_ARN } },
      },
    });
    expect(res.data.createConnector.connector).toMatchObject({
      url: null,
      serviceManagedEgressIpAddresses: [],
      egressType: 'VPC_LATTICE',
      egressConfig: { vpcLattice: { resourceConfigurationArn: LATTICE_ARN, portNumber: 22 } },
    });
  });

  it('returns one userError per AWS validation violation, with input field paths', async () => {
    const res = await s.gql(CREATE, {
      input: {
        url: 'https://x.example',
        accessRole: 'role/x',
        as2Config: { localProfileId: gid('Profile', local), partnerProfileId: gid('Profile', partner), messageSubject: '' },
      },
    });
    expect(res.data.createConnector).toEqual({
      clientMutationId: null,
      connector: null,
      userErrors: [
        {
          field: ['input', 'as2Config', 'messageSubject'],
          message: 'as2Config.messageSubject must have length greater than or equal to 1',
          code: 'INVALID',
        },
        {
          field: ['input', 'as2Config', 'messageSubject'],
          message: 'as2Config.messageSubject must satisfy regular expression pattern: [\\u0020-\\u007E\\t]+',
          code: 'INVALID',
        },
        { field: ['input', 'accessRole'], message: 'accessRole must have length greater than or equal to 20', code: 'INVALID' },
        { field: ['input', 'accessRole'], message: 'accessRole must satisfy regular expression pattern: arn:.*role/\\S+', code: 'INVALID' },
      ],
    });
  });

  it('returns the AWS cross-field rule as one userError for the input', async () => {
    const res = await s.gql(CREATE, {
      input: {
        url: 'https://x.example',
        accessRole: ACCESS_ROLE,
        as2Config: { localProfileId: gid('Profile', local), partnerProfileId: gid('Profile', partner) },
        sftpConfig: { userSecretId: SECRET },
      },
    });
    expect(res.data.createConnector.userErrors).toEqual([
      { field: ['input', 'as2Config'], message: 'Specify exactly one of as2Config or sftpConfig', code: 'INVALID' },
    ]);
  });

  it('returns a NOT_FOUND userError for a profile that does not exist', async () => {
    const res = await s.gql(CREATE, {
      input: {
        url: 'https://x.example',
        accessRole: ACCESS_ROLE,
        as2Config: { localProfileId: gid('Profile', local), partnerProfileId: gid('Profile', 'p-0123456789abcdef0') },
      },
    });
    expect(res.data.createConnector.userErrors).toEqual([
      { field: ['input', 'as2Config', 'partnerProfileId'], message: 'Unknown profile p-0123456789abcdef0', code: 'NOT_FOUND' },
    ]);
  });

  it('points at the profile id that is not a profile id, before any AWS call', async () => {
    await s.resetStats();
    const certificateId = gid('Certificate', 'cert-0123456789abcdef0');
    const res = await s.gql(CREATE, {
      input: {
        url: 'https://x.example',
        accessRole: ACCESS_ROLE,
        as2Config: { localProfileId: gid('Profile', local), partnerProfileId: certificateId },
      },
    });
    expect(res.data.createConnector.userErrors).toEqual([
      {
        field: ['input', 'as2Config', 'partnerProfileId'],
        message: `Expected a profile in as2Config.partnerProfileId: its graph id, its AWS id (p-…) or its ARN (arn:aws:transfer:<region>:<account>:profile/p-…); got "${certificateId}", which is the graph id of a Certificate`,
        code: 'WRONG_TYPE',
      },
    ]);
    expect((await s.stats()).total).toBe(0);
  });

  it('points at the async-MDN server id that is malformed', async () => {
    const res = await s.gql(CREATE, {
      input: {
        url: 'https://x.example',
        accessRole: ACCESS_ROLE,
        as2Config: {
          localProfileId: gid('Profile', local),
          partnerProfileId: gid('Profile', partner),
          asyncMdnConfig: { url: 'https://mdn.example', serverIds: ['nope'] },
        },
      },
    });
    expect(res.data.createConnector.userErrors).toEqual([
      {
        field: ['input', 'as2Config', 'asyncMdnConfig', 'serverIds', '0'],
        message:
          'Expected a server in as2Config.asyncMdnConfig.serverIds.0: its graph id, its AWS id (s-…) or its ARN (arn:aws:transfer:<region>:<account>:server/s-…); got "nope"',
        code: 'INVALID',
      },
    ]);
  });
});

describe('updateConnector', () => {
  it('changes only what is given, merging as2Config member by member, and returns the connector as it is now', async () => {
    const connectorId = await as2Connector();
    const res = await s.gql(UPDATE, {
      input: {
        id: gid('Connector', connectorId),
        url: 'https://as2.acme.example/v2',
        as2Config: { messageSubject: 'New subject', compression: 'ZLIB' },
      },
    });
    expect(res.data.updateConnector).toEqual({
      userErrors: [],
      connector: {
        url: 'https://as2.acme.example/v2',
        accessRole: ACCESS_ROLE,
        as2Config: {
          localProfileId: local,
          partnerProfileId: partner,
          messageSubject: 'New subject',
          compression: 'ZLIB',
          encryptionAlgorithm: null,
          signingAlgorithm: null,
          mdnSigningAlgorithm: null,
          mdnResponse: null,
          basicAuthSecretId: null,
          preserveContentType: 'DISABLED',
          asyncMdnConfig: null,
        },
      },
    });
  });

  it('refuses to turn an AS2 connector into an SFTP one', async () => {
    const res = await s.gql(UPDATE, { input: { id: gid('Connector', await as2Connector()), sftpConfig: { userSecretId: SECRET } } });
    expect(res.data.updateConnector).toEqual({
      userErrors: [
        {
          field: ['input', 'sftpConfig'],
          message: 'sftpConfig cannot be given for an AS2 connector: a connector cannot change protocol',
          code: 'INVALID',
        },
      ],
      connector: null,
    });
  });

  it('returns a NOT_FOUND userError for a connector that does not exist, and a field error for a bad id', async () => {
    const res = await s.gql(
      `mutation($a: UpdateConnectorInput!, $b: UpdateConnectorInput!) {
      a: updateConnector(input: $a) { userErrors { field message code } }
      b: updateConnector(input: $b) { userErrors { field message code } } }`,
      {
        a: { id: gid('Connector', MISSING), url: 'https://x.example' },
        b: { id: gid('Profile', local), url: 'https://x.example' },
      },
    );
    expect(res.data).toEqual({
      a: { userErrors: [{ field: ['input', 'id'], message: 'Unknown connector c-0123456789abcdef0', code: 'NOT_FOUND' }] },
      b: {
        userErrors: [
          {
            field: ['input', 'id'],
            message: `Expected a connector in id: its graph id, its AWS id (c-…) or its ARN (arn:aws:transfer:<region>:<account>:connector/c-…); got "${gid('Profile', local)}", which is the graph id of a Profile`,
            code: 'WRONG_TYPE',
          },
        ],
      },
    });
  });
});

describe('deleteConnector', () => {
  it('deletes a connector, after which node(id:) answers null', async () => {
    const id = gid('Connector', await as2Connector());
    expect((await s.gql(DELETE, { input: { id, clientMutationId: 'd' } })).data.deleteConnector).toEqual({ deletedId: id, userErrors: [] });
    expect((await s.gql(`query($id: ID!) { node(id: $id) { id } }`, { id })).data).toEqual({ node: null });
  });

  it('returns a NOT_FOUND userError for a connector that does not exist', async () => {
    expect((await s.gql(DELETE, { input: { id: gid('Connector', MISSING) } })).data.deleteConnector).toEqual({
      deletedId: null,
      userErrors: [{ field: ['input', 'id'], message: 'Unknown connector c-0123456789abcdef0', code: 'NOT_FOUND' }],
    });
  });
});

describe('connector lookups', () => {
  it('finds a connector by AWS id and by ARN, and answers null for one that does not exist', async () => {
    const connectorId = await as2Connector();
    const res = await s.gql(
      `query($a: String!, $b: String!) { a: connector(idOrArn: $a) { connectorId } b: connector(idOrArn: $b) { connectorId } c: connector(idOrArn: "${MISSING}") { connectorId } }`,
      {
        a: connectorId,
        b: arnOf(connectorId),
      },
    );
    expect(res.data).toEqual({ a: { connectorId }, b: { connectorId }, c: null });
  });

  it('refuses the ARN of another resource type', async () => {
    const res = await s.gql(`{ connector(idOrArn: "arn:aws:transfer:us-east-1:000000000000:profile/p-0123456789abcdef0") { url } }`);
    expect(res.errors).toEqual([
      expect.objectContaining({
        path: ['connector'],
        message:
          'Expected a connector in idOrArn: its graph id, its AWS id (c-…) or its ARN (arn:aws:transfer:<region>:<account>:connector/c-…); got "arn:aws:transfer:us-east-1:000000000000:profile/p-0123456789abcdef0", which is the ARN of a Profile',
        extensions: { code: 'BAD_USER_INPUT', field: ['idOrArn'] },
      }),
    ]);
  });

  it('refetches a connector with node(id:)', async () => {
    const connectorId = await as2Connector();
    const id = gid('Connector', connectorId);
    const res = await s.gql(`query($id: ID!) { node(id: $id) { id ... on Connector { connectorId status partnerProfile { as2Id } } } }`, {
      id,
    });
    expect(res.data).toEqual({ node: { id, connectorId, status: 'ACTIVE', partnerProfile: { as2Id: 'ACME-AS2' } } });
  });

  it('lists connectors with summary fields for exactly one ListConnectors call', async () => {
    await s.resetStats();
    const res = await s.gql(`{ connectors(first: 100) { edges { node { id connectorId arn url } } } }`);
    expect(res.data.connectors.edges.length).toBeGreaterThan(3);
    expect(res.extensions?.cost?.upstream).toEqual({ calls: 1, byOperation: { ListConnectors: 1 } });
    expect(await s.stats()).toEqual({ requests: { ListConnectors: 1 }, total: 1 });
  });
});

describe('profile links of a connector', () => {
  it('answers null with a NOT_FOUND error on partnerProfile when the partner profile was deleted, and keeps the rest', async () => {
    const doomed = (await s.client.send(new CreateProfileCommand({ As2Id: 'GONE-AS2', ProfileType: 'PARTNER' }))).ProfileId!;
    const connectorId = await as2Connector(local, doomed);
    await s.client.send(new DeleteProfileCommand({ ProfileId: doomed }));
    const res = await s.gql(
      `{ connector(idOrArn: "${connectorId}") { connectorId url localProfile { as2Id } partnerProfile { as2Id } as2Config { partnerProfileId } } }`,
    );
    expect(res.data).toEqual({
      connector: {
        connectorId,
        url: 'https://as2.acme.example/receive',
        localProfile: { as2Id: 'OUR-AS2' },
        partnerProfile: null,
        as2Config: { partnerProfileId: doomed },
      },
    });
    expect(res.errors).toEqual([
      {
        message: `Partner profile ${doomed} no longer exists`,
        locations: expect.any(Array),
        path: ['connector', 'partnerProfile'],
        extensions: { code: 'NOT_FOUND', awsError: 'ResourceNotFoundException' },
      },
    ]);
  });
});

describe('Profile.connectors', () => {
  it('lists the AS2 connectors that send as or to a profile, describing each connector once per request', async () => {
    const ours = (await s.client.send(new CreateProfileCommand({ As2Id: 'HUB', ProfileType: 'LOCAL' }))).ProfileId!;
    const theirs = (await s.client.send(new CreateProfileCommand({ As2Id: 'SPOKE', ProfileType: 'PARTNER' }))).ProfileId!;
    const first = await as2Connector(ours, partner);
    const second = await as2Connector(ours, theirs);
    const connectorCount = (await s.gql(`{ connectors(first: 100) { totalCount } }`)).data.connectors.totalCount;
    await s.resetStats();
    const res = await s.gql(`{
      ours: profile(idOrArn: "${ours}") { connectors { totalCount edges { node { connectorId } } } }
      theirs: profile(idOrArn: "${theirs}") { connectors { edges { node { connectorId url } } } }
    }`);
    expect(res.data).toEqual({
      ours: { connectors: { totalCount: 2, edges: [{ node: { connectorId: first } }, { node: { connectorId: second } }] } },
      theirs: { connectors: { edges: [{ node: { connectorId: second, url: 'https://as2.acme.example/receive' } }] } },
    });
    const byOperation = { DescribeProfile: 2, ListConnectors: 1, DescribeConnector: connectorCount };
    expect(res.extensions?.cost?.upstream).toEqual({ calls: 3 + connectorCount, byOperation });
    expect(await s.stats()).toEqual({ requests: byOperation, total: 3 + connectorCount });
  });
});
