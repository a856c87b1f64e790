import {
  CreateConnectorCommand,
  type CreateConnectorRequest,
  CreateProfileCommand,
  CreateServerCommand,
  DeleteConnectorCommand,
  DeleteProfileCommand,
  DescribeConnectorCommand,
  InvalidNextTokenException,
  InvalidRequestException,
  ListConnectorsCommand,
  ListProfilesCommand,
  ResourceNotFoundException,
  UpdateConnectorCommand,
} from '@aws-sdk/client-transfer';
import { startTestEmulator, type TestEmulator } from '../support/emulator';

const ACCESS_ROLE = 'arn:aws:iam::000000000000:role/connector-access';
const LOGGING_ROLE = 'arn:aws:iam::000000000000:role/connector-logging';
const SECRET = 'arn:aws:secretsmanager:us-east-1:000000000000:secret:partner-sftp-AbCdEf';
const RSA_KEY = 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7';
const LATTICE_ARN = 'arn:aws:vpc-lattice:us-east-1:000000000000:resourceconfiguration/rcfg-0123456789abcdef0';
/** The emulator's service-managed egress addresses for account 000000000000 in us-east-1 (TEST-NET-2). */
const EGRESS_IPS = ['198.51.100.14', '198.51.100.15', '198.51.100.16'];

let t: TestEmulator;
let localProfileId: string;
let partnerProfileId: string;

beforeAll(async () => {
  t = await startTestEmulator();
  localProfileId = (await t.client.send(new CreateProfileCommand({ As2Id: 'OUR-AS2', ProfileType: 'LOCAL' }))).ProfileId!;
  partnerProfileId = (await t.client.send(new CreateProfileCommand({ As2Id: 'ACME-AS2', ProfileType: 'PARTNER' }))).ProfileId!;
});
afterAll(() => t.close());

const create = async (input: Omit<CreateConnectorRequest, 'AccessRole'> & { AccessRole?: string }) =>
  (await t.client.send(new CreateConnectorCommand({ AccessRole: ACCESS_ROLE, ...input }))).ConnectorId!;
const describeConnector = async (ConnectorId: string) => (await t.client.send(new DescribeConnectorCommand({ ConnectorId }))).Connector;
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (e: unknown) => e as Error,
  );
const as2 = () => ({ LocalProfileId: localProfileId, PartnerProfileId: partnerProfileId });
const arnOf = (id: string) => `arn:aws:transfer:us-east-1:000000000000:connector/${id}`;

describe('CreateConnector and DescribeConnector', () => {
  it('returns every member of an AS2 connector as given, with EgressType, Status and egress IPs filled in', async () => {
    const ConnectorId = await create({
      Url: 'https://as2.acme.example/receive',
      As2Config: {
        ...as2(),
        MessageSubject: 'Invoices from us',
        Compression: 'ZLIB',
        EncryptionAlgorithm: 'AES256_CBC',
        SigningAlgorithm: 'SHA256',
        MdnSigningAlgorithm: 'SHA512',
        MdnResponse: 'SYNC',
        BasicAuthSecretId: 'acme-basic-auth',
        PreserveContentType: 'ENABLED',
      },
      LoggingRole: LOGGING_ROLE,
      IpAddressType: 'DUALSTACK',
      Tags: [{ Key: 'partner', Value: 'acme' }],
    });
    expect(ConnectorId).toMatch(/^c-[0-9a-f]{17}$/);
    expect(await describeConnector(ConnectorId)).toEqual({
      Arn: arnOf(ConnectorId),
      ConnectorId,
      Url: 'https://as2.acme.example/receive',
      As2Config: {
        ...as2(),
        MessageSubject: 'Invoices from us',
        Compression: 'ZLIB',
        EncryptionAlgorithm: 'AES256_CBC',
        SigningAlgorithm: 'SHA256',
        MdnSigningAlgorithm: 'SHA512',
        MdnResponse: 'SYNC',
        BasicAuthSecretId: 'acme-basic-auth',
        PreserveContentType: 'ENABLED',
      },
      AccessRole: ACCESS_ROLE,
      LoggingRole: LOGGING_ROLE,
      Tags: [{ Key: 'partner', Value: 'acme' }],
      ServiceManagedEgressIpAddresses: EGRESS_IPS,
      EgressType: 'SERVICE_MANAGED',
      Status: 'ACTIVE',
      IpAddressType: 'DUALSTACK',
    });
  });

  it('fills the API defaults PreserveContentType DISABLED and IpAddressType IPV4 when an AS2 connector gives only the profiles', async () => {
    const ConnectorId = await create({ Url: 'http://as2.acme.example', As2Config: { ...as2(), BasicAuthSecretId: '' } });
    expect(await describeConnector(ConnectorId)).toEqual({
      Arn: arnOf(ConnectorId),
      ConnectorId,
      Url: 'http://as2.acme.example',
      As2Config: { ...as2(), PreserveContentType: 'DISABLED' },
      AccessRole: ACCESS_ROLE,
      ServiceManagedEgressIpAddresses: EGRESS_IPS,
      EgressType: 'SERVICE_MANAGED',
      Status: 'ACTIVE',
      IpAddressType: 'IPV4',
    });
  });

  it('returns every member of an SFTP connector, with MaxConcurrentConnections defaulting to 1', async () => {
    const ConnectorId = await create({
      Url: 'sftp://sftp.acme.example:2222',
      SftpConfig: { UserSecretId: SECRET, TrustedHostKeys: [`sftp.acme.example ${RSA_KEY}`, 'ecdsa-sha2-nistp256 AAAAE2VjZHNh'] },
      SecurityPolicyName: 'TransferSFTPConnectorSecurityPolicy-2024-03',
    });
    expect(await describeConnector(ConnectorId)).toEqual({
      Arn: arnOf(ConnectorId),
      ConnectorId,
      Url: 'sftp://sftp.acme.example:2222',
      SftpConfig: {
        UserSecretId: SECRET,
        TrustedHostKeys: [`sftp.acme.example ${RSA_KEY}`, 'ecdsa-sha2-nistp256 AAAAE2VjZHNh'],
        MaxConcurrentConnections: 1,
      },
      AccessRole: ACCESS_ROLE,
      SecurityPolicyName: 'TransferSFTPConnectorSecurityPolicy-2024-03',
      ServiceManagedEgressIpAddresses: EGRESS_IPS,
      EgressType: 'SERVICE_MANAGED',
      Status: 'ACTIVE',
      IpAddressType: 'IPV4',
    });
  });

  it('describes a VPC_LATTICE connector without Url or egress IPs, its port defaulting to 22', async () => {
    const ConnectorId = await create({
      SftpConfig: { UserSecretId: SECRET, TrustedHostKeys: [RSA_KEY], MaxConcurrentConnections: 5 },
      EgressConfig: { VpcLattice: { ResourceConfigurationArn: LATTICE_ARN } },
    });
    expect(await describeConnector(ConnectorId)).toEqual({
      Arn: arnOf(ConnectorId),
      ConnectorId,
      SftpConfig: { UserSecretId: SECRET, TrustedHostKeys: [RSA_KEY], MaxConcurrentConnections: 5 },
      AccessRole: ACCESS_ROLE,
      EgressConfig: { VpcLattice: { ResourceConfigurationArn: LATTICE_ARN, PortNumber: 22 } },
      EgressType: 'VPC_LATTICE',
      Status: 'ACTIVE',
      IpAddressType: 'IPV4',
    });
  });

  it('reports every model violation of one request in one InvalidRequestException', async () => {
    const error = await failure(
      t.client.send(
        new CreateConnectorCommand({
          Url: `https://${'a'.repeat(250)}`,
          As2Config: { EncryptionAlgorithm: 'ROT13' as never, MessageSubject: '' },
          AccessRole: 'role/x',
          SftpConfig: { MaxConcurrentConnections: 0 },
        }),
      ),
    );
    expect(error).toBeInstanceOf(InvalidRequestException);
    expect(error!.message).toBe(
      `7 validation errors detected: Value 'https://${'a'.repeat(69)}...' at 'Url' failed to satisfy constraint: Member must have length less than or equal to 255; ` +
        "Value '***' at 'As2Config.MessageSubject' failed to satisfy constraint: Member must have length greater than or equal to 1; " +
        "Value '***' at 'As2Config.MessageSubject' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\u0020-\\u007E\\t]+; " +
        "Value 'ROT13' at 'As2Config.EncryptionAlgorithm' failed to satisfy constraint: Member must satisfy enum value set: [AES128_CBC, AES192_CBC, AES256_CBC, DES_EDE3_CBC, NONE]; " +
        "Value 'role/x' at 'AccessRole' failed to satisfy constraint: Member must have length greater than or equal to 20; " +
        "Value 'role/x' at 'AccessRole' failed to satisfy constraint: Member must satisfy regular expression pattern: arn:.*role/\\S+; " +
        "Value '0' at 'SftpConfig.MaxConcurrentConnections' failed to satisfy constraint: Member must have value greater than or equal to 1",
    );
  });
});

describe('connector rules across members', () => {
  it('refuses a connector with both As2Config and SftpConfig, or with neither', async () => {
    for (const input of [
      { Url: 'https://x.example', As2Config: as2(), SftpConfig: { UserSecretId: SECRET } },
      { Url: 'https://x.example' },
    ]) {
      const error = await failure(create(input));
      expect(error).toBeInstanceOf(InvalidRequestException);
      expect(error!.message).toBe('Specify exactly one of As2Config or SftpConfig');
    }
  });

  it('names every broken AS2 rule in one InvalidRequestException', async () => {
    const error = await failure(
      create({
        As2Config: { EncryptionAlgorithm: 'NONE', MdnResponse: 'ASYNC' },
        SecurityPolicyName: 'TransferSFTPConnectorSecurityPolicy-2024-03',
        EgressConfig: { VpcLattice: { ResourceConfigurationArn: LATTICE_ARN } },
      }),
    );
    expect(error).toBeInstanceOf(InvalidRequestException);
    expect(error!.message).toBe(
      [
        'Url is required for an AS2 connector',
        'As2Config.LocalProfileId is required for an AS2 connector',
        'As2Config.PartnerProfileId is required for an AS2 connector',
        'As2Config.EncryptionAlgorithm NONE needs an https:// Url, got null',
        'As2Config.MdnResponse ASYNC needs As2Config.AsyncMdnConfig.Url',
        'As2Config.MdnResponse ASYNC needs As2Config.AsyncMdnConfig.ServerIds',
        'SecurityPolicyName applies only to SFTP connectors',
        'EgressConfig applies only to SFTP connectors',
      ].join('; '),
    );
  });

  it('allows EncryptionAlgorithm NONE with an https Url only', async () => {
    const error = await failure(create({ Url: 'http://as2.acme.example', As2Config: { ...as2(), EncryptionAlgorithm: 'NONE' } }));
    expect(error).toBeInstanceOf(InvalidRequestException);
    expect(error!.message).toBe('As2Config.EncryptionAlgorithm NONE needs an https:// Url, got "http://as2.acme.example"');
    const ConnectorId = await create({ Url: 'https://as2.acme.example', As2Config: { ...as2(), EncryptionAlgorithm: 'NONE' } });
    expect((await describeConnector(ConnectorId))!.As2Config!.EncryptionAlgorithm).toBe('NONE');
  });

  it('refuses an AS2 Url that is not http or https, and an async MDN Url likewise', async () => {
    const error = await failure(
      create({
        Url: 'sftp://as2.acme.example',
        As2Config: { ...as2(), AsyncMdnConfig: { Url: 'mailto:mdn@acme.example', ServerIds: ['s-0123456789abcdef0'] } },
      }),
    );
    expect(error).toBeInstanceOf(InvalidRequestException);
    expect(error!.message).toBe(
      'Url of an AS2 connector must be an http:// or https:// URL, got "sftp://as2.acme.example"; ' +
        'As2Config.AsyncMdnConfig.Url must be an http:// or https:// URL, got "mailto:mdn@acme.example"',
    );
  });

  it('answers ResourceNotFoundException naming a profile that does not exist', async () => {
    const error = await failure(create({ Url: 'https://x.example', As2Config: { ...as2(), PartnerProfileId: 'p-0123456789abcdef0' } }));
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect(error).toMatchObject({ message: 'Unknown profile', Resource: 'p-0123456789abcdef0', ResourceType: 'Profile' });
  });

  it('refuses a PARTNER profile as LocalProfileId and a LOCAL profile as PartnerProfileId', async () => {
    const swapped = { LocalProfileId: partnerProfileId, PartnerProfileId: localProfileId };
    const error = await failure(create({ Url: 'https://x.example', As2Config: swapped }));
    expect(error).toBeInstanceOf(InvalidRequestException);
    expect(error!.message).toBe(`As2Config.LocalProfileId must name a LOCAL profile, but ${partnerProfileId} is a PARTNER profile`);
    const partnerAsPartner = await failure(create({ Url: 'https://x.example', As2Config: { ...as2(), PartnerProfileId: localProfileId } }));
    expect(partnerAsPartner!.message).toBe(
      `As2Config.PartnerProfileId must name a PARTNER profile, but ${localProfileId} is a LOCAL profile`,
    );
  });

  it('answers ResourceNotFoundException for an async-MDN server that does not exist', async () => {
    const error = await failure(
      create({
        Url: 'https://x.example',
        As2Config: { ...as2(), MdnResponse: 'ASYNC', AsyncMdnConfig: { Url: 'https://mdn.example', ServerIds: ['s-0123456789abcdef0'] } },
      }),
    );
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect(error).toMatchObject({ Resource: 's-0123456789abcdef0', ResourceType: 'Server' });
  });

  it('round-trips an AS2 connector that asks for asynchronous MDNs at an AS2 server', async () => {
    const { ServerId } = await t.client.send(
      new CreateServerCommand({
        Protocols: ['AS2'],
        EndpointType: 'VPC',
        EndpointDetails: { VpcId: 'vpc-0a1b2c3d', SubnetIds: ['subnet-0a'] },
      }),
    );
    const AsyncMdnConfig = { Url: 'https://mdn.our.example/as2', ServerIds: [ServerId!] };
    const ConnectorId = await create({ Url: 'https://as2.acme.example', As2Config: { ...as2(), MdnResponse: 'ASYNC', AsyncMdnConfig } });
    expect(await describeConnector(ConnectorId)).toEqual({
      Arn: arnOf(ConnectorId),
      ConnectorId,
      Url: 'https://as2.acme.example',
      As2Config: { ...as2(), MdnResponse: 'ASYNC', AsyncMdnConfig, PreserveContentType: 'DISABLED' },
      AccessRole: ACCESS_ROLE,
      ServiceManagedEgressIpAddresses: EGRESS_IPS,
      EgressType: 'SERVICE_MANAGED',
      Status: 'ACTIVE',
      IpAddressType: 'IPV4',
    });
  });

  it('refuses an async-MDN server that does not speak AS2', async () => {
    const { ServerId } = await t.client.send(new CreateServerCommand({}));
    const error = await failure(
      create({
        Url: 'https://x.example',
        As2Config: { ...as2(), MdnResponse: 'ASYNC', AsyncMdnConfig: { Url: 'https://mdn.example', ServerIds: [ServerId!] } },
      }),
    );
    expect(error).toBeInstanceOf(InvalidRequestException);
    expect(error!.message).toBe(`As2Config.AsyncMdnConfig.ServerIds: server ${ServerId} must have the AS2 protocol, has SFTP`);
  });

  it('names every broken SFTP rule in one InvalidRequestException', async () => {
    const error = await failure(
      create({
        Url: 'https://sftp.acme.example',
        SftpConfig: { MaxConcurrentConnections: 6, TrustedHostKeys: ['ssh-dss AAAAB3NzaC1kc3M', 'just-one-word'] },
      }),
    );
    expect(error).toBeInstanceOf(InvalidRequestException);
    expect(error!.message).toBe(
      [
        'Url of an SFTP connector must be an sftp:// URL, got "https://sftp.acme.example"',
        'SftpConfig.UserSecretId is required for an SFTP connector',
        'SftpConfig.MaxConcurrentConnections must be at most 5, got 6',
        'SftpConfig.TrustedHostKeys[0] must be an RSA or ECDSA key (ssh-rsa, ecdsa-sha2-nistp256, ecdsa-sha2-nistp384, ecdsa-sha2-nistp521), got key type "ssh-dss"',
        'SftpConfig.TrustedHostKeys[1] must have the form [host] key-type key-body',
      ].join('; '),
    );
  });

  it('requires a Url for a service-managed SFTP connector and forbids one, and host names in keys, with VPC_LATTICE', async () => {
    const missing = await failure(create({ SftpConfig: { UserSecretId: SECRET } }));
    expect(missing!.message).toBe('Url is required for an SFTP connector without EgressConfig');
    const lattice = await failure(
      create({
        Url: 'sftp://sftp.acme.example',
        SftpConfig: { UserSecretId: SECRET, TrustedHostKeys: [`sftp.acme.example ${RSA_KEY}`] },
        EgressConfig: { VpcLattice: { ResourceConfigurationArn: LATTICE_ARN } },
      }),
    );
    expect(lattice).toBeInstanceOf(InvalidRequestException);
    expect(lattice!.message).toBe(
      'Url must not be set for a connector with a VPC_LATTICE EgressConfig; SftpConfig.TrustedHostKeys[0] must have the form key-type key-body',
    );
  });

  it('refuses an EgressConfig with no member set', async () => {
    const error = await failure(create({ SftpConfig: { UserSecretId: SECRET }, EgressConfig: {} as never }));
    expect(error).toBeInstanceOf(InvalidRequestException);
    expect(error!.message).toBe('EgressConfig must set VpcLattice; Url is required for an SFTP connector without EgressConfig');
  });
});

describe('the connector quota', () => {
  it('refuses the 101st connector of an account in a region', async () => {
    const client = t.clientFor('ap-south-1');
    const input = { Url: 'sftp://sftp.acme.example', AccessRole: ACCESS_ROLE, SftpConfig: { UserSecretId: SECRET } };
    for (let i = 0; i < 100; i++) await client.send(new CreateConnectorCommand(input));
    const error = await failure(client.send(new CreateConnectorCommand(input)));
    expect(error).toBeInstanceOf(InvalidRequestException);
    expect(error!.message).toBe('Quota exceeded: at most 100 connectors per account');
    expect((await client.send(new ListConnectorsCommand({}))).Connectors).toHaveLength(100);
  });
});

describe('UpdateConnector', () => {
  it('changes only the members given, merging As2Config member by member', async () => {
    const ConnectorId = await create({
      Url: 'https://as2.acme.example',
      As2Config: { ...as2(), MessageSubject: 'old', SigningAlgorithm: 'SHA256', BasicAuthSecretId: 'acme-basic-auth' },
      Tags: [{ Key: 'partner', Value: 'acme' }],
    });
    const before = await describeConnector(ConnectorId);
    const { ConnectorId: updated } = await t.client.send(
      new UpdateConnectorCommand({ ConnectorId, As2Config: { MessageSubject: 'new', Compression: 'ZLIB' }, LoggingRole: LOGGING_ROLE }),
    );
    expect(updated).toBe(ConnectorId);
    expect(await describeConnector(ConnectorId)).toEqual({
      ...before,
      As2Config: { ...before!.As2Config, MessageSubject: 'new', Compression: 'ZLIB' },
      LoggingRole: LOGGING_ROLE,
    });
  });

  it('turns Basic authentication off when BasicAuthSecretId is the empty string, as the model documents', async () => {
    const ConnectorId = await create({ Url: 'https://as2.acme.example', As2Config: { ...as2(), BasicAuthSecretId: 'acme-basic-auth' } });
    await t.client.send(new UpdateConnectorCommand({ ConnectorId, As2Config: { BasicAuthSecretId: '' } }));
    expect((await describeConnector(ConnectorId))!.As2Config).toEqual({ ...as2(), PreserveContentType: 'DISABLED' });
  });

  it('merges SftpConfig, replacing TrustedHostKeys whole, and updates Url, roles, policy and IpAddressType', async () => {
    const ConnectorId = await create({
      Url: 'sftp://old.acme.example',
      SftpConfig: { UserSecretId: SECRET, TrustedHostKeys: [RSA_KEY, 'ecdsa-sha2-nistp384 AAAAE2'], MaxConcurrentConnections: 3 },
    });
    await t.client.send(
      new UpdateConnectorCommand({
        ConnectorId,
        Url: 'sftp://new.acme.example',
        AccessRole: LOGGING_ROLE,
        SftpConfig: { TrustedHostKeys: ['ecdsa-sha2-nistp521 AAAAE2'] },
        SecurityPolicyName: 'TransferSFTPConnectorSecurityPolicy-FIPS-2024-10',
        IpAddressType: 'DUALSTACK',
      }),
    );
    expect(await describeConnector(ConnectorId)).toEqual({
      Arn: arnOf(ConnectorId),
      ConnectorId,
      Url: 'sftp://new.acme.example',
      SftpConfig: { UserSecretId: SECRET, TrustedHostKeys: ['ecdsa-sha2-nistp521 AAAAE2'], MaxConcurrentConnections: 3 },
      AccessRole: LOGGING_ROLE,
      SecurityPolicyName: 'TransferSFTPConnectorSecurityPolicy-FIPS-2024-10',
      ServiceManagedEgressIpAddresses: EGRESS_IPS,
      EgressType: 'SERVICE_MANAGED',
      Status: 'ACTIVE',
      IpAddressType: 'DUALSTACK',
    });
  });

  it('merges the VPC_LATTICE egress settings', async () => {
    const ConnectorId = await create({
      SftpConfig: { UserSecretId: SECRET },
      EgressConfig: { VpcLattice: { ResourceConfigurationArn: LATTICE_ARN, PortNumber: 2222 } },
    });
    await t.client.send(new UpdateConnectorCommand({ ConnectorId, EgressConfig: { VpcLattice: { PortNumber: 22 } } }));
    expect((await describeConnector(ConnectorId))!.EgressConfig).toEqual({
      VpcLattice: { ResourceConfigurationArn: LATTICE_ARN, PortNumber: 22 },
    });
  });

  it('checks the merged connector against the same rules and leaves it unchanged when it fails', async () => {
    const ConnectorId = await create({ Url: 'https://as2.acme.example', As2Config: { ...as2(), EncryptionAlgorithm: 'NONE' } });
    const before = await describeConnector(ConnectorId);
    const error = await failure(t.client.send(new UpdateConnectorCommand({ ConnectorId, Url: 'http://as2.acme.example' })));
    expect(error).toBeInstanceOf(InvalidRequestException);
    expect(error!.message).toBe('As2Config.EncryptionAlgorithm NONE needs an https:// Url, got "http://as2.acme.example"');
    const async = await failure(t.client.send(new UpdateConnectorCommand({ ConnectorId, As2Config: { MdnResponse: 'ASYNC' } })));
    expect(async!.message).toBe(
      'As2Config.MdnResponse ASYNC needs As2Config.AsyncMdnConfig.Url; As2Config.MdnResponse ASYNC needs As2Config.AsyncMdnConfig.ServerIds',
    );
    expect(await describeConnector(ConnectorId)).toEqual(before);
  });

  it('checks the profiles an update names', async () => {
    const ConnectorId = await create({ Url: 'https://as2.acme.example', As2Config: as2() });
    const error = await failure(
      t.client.send(new UpdateConnectorCommand({ ConnectorId, As2Config: { LocalProfileId: partnerProfileId } })),
    );
    expect(error).toBeInstanceOf(InvalidRequestException);
    expect(error!.message).toBe(`As2Config.LocalProfileId must name a LOCAL profile, but ${partnerProfileId} is a PARTNER profile`);
  });

  it('refuses to change a connector protocol or egress type', async () => {
    const sftp = await create({ Url: 'sftp://sftp.acme.example', SftpConfig: { UserSecretId: SECRET } });
    const error = await failure(
      t.client.send(
        new UpdateConnectorCommand({
          ConnectorId: sftp,
          As2Config: as2(),
          EgressConfig: { VpcLattice: { ResourceConfigurationArn: LATTICE_ARN } },
        }),
      ),
    );
    expect(error).toBeInstanceOf(InvalidRequestException);
    expect(error!.message).toBe(
      'As2Config cannot be given for an SFTP connector: a connector cannot change protocol; ' +
        'EgressConfig cannot be given for a SERVICE_MANAGED connector: the egress type cannot change',
    );
    const as2Connector = await create({ Url: 'https://as2.acme.example', As2Config: as2() });
    const other = await failure(
      t.client.send(new UpdateConnectorCommand({ ConnectorId: as2Connector, SftpConfig: { UserSecretId: SECRET } })),
    );
    expect(other!.message).toBe('SftpConfig cannot be given for an AS2 connector: a connector cannot change protocol');
  });
});

describe('unknown and deleted connectors', () => {
  it('answers ResourceNotFoundException for an unknown connector on describe, update and delete', async () => {
    const ConnectorId = 'c-0123456789abcdef0';
    for (const command of [
      new DescribeConnectorCommand({ ConnectorId }),
      new UpdateConnectorCommand({ ConnectorId, Url: 'https://x.example' }),
      new DeleteConnectorCommand({ ConnectorId }),
    ]) {
      const error = await failure(t.client.send(command as never));
      expect(error).toBeInstanceOf(ResourceNotFoundException);
      expect(error).toMatchObject({ message: 'Unknown connector', Resource: ConnectorId, ResourceType: 'Connector' });
    }
  });

  it('deletes a connector', async () => {
    const ConnectorId = await create({ Url: 'https://as2.acme.example', As2Config: as2() });
    await t.client.send(new DeleteConnectorCommand({ ConnectorId }));
    expect(await failure(describeConnector(ConnectorId))).toBeInstanceOf(ResourceNotFoundException);
  });

  it('keeps a connector whose profile was deleted, as AWS declares no conflict', async () => {
    const { ProfileId } = await t.client.send(new CreateProfileCommand({ As2Id: 'SHORT-LIVED', ProfileType: 'PARTNER' }));
    const ConnectorId = await create({ Url: 'https://as2.acme.example', As2Config: { ...as2(), PartnerProfileId: ProfileId } });
    await t.client.send(new DeleteProfileCommand({ ProfileId }));
    expect((await describeConnector(ConnectorId))!.As2Config!.PartnerProfileId).toBe(ProfileId);
  });
});

describe('ListConnectors', () => {
  it('pages the Arn, ConnectorId and Url of every connector in creation order', async () => {
    const client = t.clientFor('eu-west-3');
    const ids: string[] = [];
    for (const host of ['one', 'two', 'three']) {
      const input = { Url: `sftp://${host}.example`, AccessRole: ACCESS_ROLE, SftpConfig: { UserSecretId: SECRET } };
      ids.push((await client.send(new CreateConnectorCommand(input))).ConnectorId!);
    }
    const first = await client.send(new ListConnectorsCommand({ MaxResults: 2 }));
    const arn = (id: string) => `arn:aws:transfer:eu-west-3:000000000000:connector/${id}`;
    expect(first.Connectors).toEqual([
      { Arn: arn(ids[0]), ConnectorId: ids[0], Url: 'sftp://one.example' },
      { Arn: arn(ids[1]), ConnectorId: ids[1], Url: 'sftp://two.example' },
    ]);
    const second = await client.send(new ListConnectorsCommand({ MaxResults: 2, NextToken: first.NextToken }));
    expect(second.Connectors).toEqual([{ Arn: arn(ids[2]), ConnectorId: ids[2], Url: 'sftp://three.example' }]);
    expect(second.NextToken).toBeUndefined();
  });

  it('omits Url for a VPC_LATTICE connector', async () => {
    const client = t.clientFor('eu-north-1');
    const { ConnectorId } = await client.send(
      new CreateConnectorCommand({
        AccessRole: ACCESS_ROLE,
        SftpConfig: { UserSecretId: SECRET },
        EgressConfig: { VpcLattice: { ResourceConfigurationArn: LATTICE_ARN } },
      }),
    );
    expect((await client.send(new ListConnectorsCommand({}))).Connectors).toEqual([
      { Arn: `arn:aws:transfer:eu-north-1:000000000000:connector/${ConnectorId}`, ConnectorId },
    ]);
  });

  it('refuses a forged NextToken and one from another operation', async () => {
    const forged = await failure(t.client.send(new ListConnectorsCommand({ NextToken: 'eyJiIjoieCIsImEiOjF9.c2lnbmF0dXJl' })));
    expect(forged).toBeInstanceOf(InvalidNextTokenException);
    const profiles = await t.client.send(new ListProfilesCommand({ MaxResults: 1 }));
    const foreign = await failure(t.client.send(new ListConnectorsCommand({ NextToken: profiles.NextToken })));
    expect(foreign).toBeInstanceOf(InvalidNextTokenException);
  });
});
