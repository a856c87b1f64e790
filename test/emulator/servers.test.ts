import { generateKeyPairSync } from 'node:crypto';
import {
  CreateAgreementCommand,
  CreateProfileCommand,
  CreateServerCommand,
  type CreateServerRequest,
  DeleteServerCommand,
  DescribeServerCommand,
  InvalidNextTokenException,
  InvalidRequestException,
  ListAgreementsCommand,
  ListServersCommand,
  ResourceNotFoundException,
  StartServerCommand,
  StopServerCommand,
  TestIdentityProviderCommand,
  type TransferClient,
  UntagResourceCommand,
  UpdateServerCommand,
} from '@aws-sdk/client-transfer';
import { fakeClock } from '../support/clock';
import { startTestEmulator, type TestEmulator } from '../support/emulator';
import { ECDSA_P256_PEM, ECDSA_P256_PEM_FINGERPRINT, ED25519_OPENSSH, ED25519_OPENSSH_FINGERPRINT } from './fixtures/host-keys';

const ACCOUNT = '000000000000';
const ROLE = `arn:aws:iam::${ACCOUNT}:role/transfer-logging`;
const INVOKE_ROLE = `arn:aws:iam::${ACCOUNT}:role/idp-invocation`;
const LAMBDA = `arn:aws:lambda:us-east-1:${ACCOUNT}:function:transfer-idp`;
const API_URL = 'https://abc123.execute-api.us-east-1.amazonaws.com/prod';
const CERTIFICATE = `arn:aws:acm:us-east-1:${ACCOUNT}:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b`;
const VPC = { VpcId: 'vpc-0a1b2c3d', SubnetIds: ['subnet-0a', 'subnet-0b'] };
const FINGERPRINT = /^SHA256:[A-Za-z0-9+/]{43}$/;
const VPC_ENDPOINT_ID = /^vpce-[0-9a-f]{17}$/;
const EGRESS_IP = /^203\.0\.113\.\d{1,3}$/;
const AS2_SERVER: CreateServerRequest = { Protocols: ['AS2'], EndpointType: 'VPC', EndpointDetails: VPC };

let t: TestEmulator;
beforeAll(async () => {
  t = await startTestEmulator();
});
afterAll(() => t.close());

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (e: unknown) => e as Error & Record<string, unknown>,
  );
const create = async (input: CreateServerRequest = {}, client: TransferClient = t.client) =>
  (await client.send(new CreateServerCommand(input))).ServerId!;
const described = async (ServerId: string, client: TransferClient = t.client) =>
  (await client.send(new DescribeServerCommand({ ServerId }))).Server!;
const serverArn = (id: string) => `arn:aws:transfer:us-east-1:${ACCOUNT}:server/${id}`;

describe('CreateServer and DescribeServer', () => {
  it('describes a server created with no members with the defaults AWS documents', async () => {
    const ServerId = await create();
    expect(ServerId).toMatch(/^s-[0-9a-f]{17}$/);
    expect(await described(ServerId)).toEqual({
      Arn: serverArn(ServerId),
      ServerId,
      Domain: 'S3',
      Protocols: ['SFTP'],
      EndpointType: 'PUBLIC',
      IdentityProviderType: 'SERVICE_MANAGED',
      ProtocolDetails: { PassiveIp: 'AUTO', TlsSessionResumptionMode: 'ENFORCED', SetStatOption: 'DEFAULT' },
      SecurityPolicyName: 'TransferSecurityPolicy-2024-01',
      S3StorageOptions: { DirectoryListingOptimization: 'DISABLED' },
      IpAddressType: 'IPV4',
      HostKeyFingerprint: expect.stringMatching(FINGERPRINT),
      State: 'ONLINE',
      UserCount: 0,
    });
  });

  it('round-trips every member of an SFTP server with a Lambda identity provider, showing only the host key fingerprint', async () => {
    const workflow = { WorkflowId: 'w-0123456789abcdefg', ExecutionRole: ROLE };
    const ServerId = await create({
      Domain: 'EFS',
      Protocols: ['SFTP'],
      EndpointType: 'PUBLIC',
      HostKey: ED25519_OPENSSH,
      IdentityProviderType: 'AWS_LAMBDA',
      IdentityProviderDetails: { Function: LAMBDA, SftpAuthenticationMethods: 'PASSWORD' },
      LoggingRole: ROLE,
      PreAuthenticationLoginBanner: 'Authorised use only.',
      PostAuthenticationLoginBanner: 'Welcome.',
      ProtocolDetails: { SetStatOption: 'ENABLE_NO_OP', TlsSessionResumptionMode: 'DISABLED' },
      SecurityPolicyName: 'TransferSecurityPolicy-2023-05',
      WorkflowDetails: { OnUpload: [workflow], OnPartialUpload: [workflow] },
      StructuredLogDestinations: [`arn:aws:logs:us-east-1:${ACCOUNT}:log-group:transfer:*`],
      IpAddressType: 'DUALSTACK',
      Tags: [{ Key: 'team', Value: 'b2b' }],
    });
    expect(await described(ServerId)).toEqual({
      Arn: serverArn(ServerId),
      ServerId,
      Domain: 'EFS',
      Protocols: ['SFTP'],
      EndpointType: 'PUBLIC',
      HostKeyFingerprint: ED25519_OPENSSH_FINGERPRINT,
      IdentityProviderType: 'AWS_LAMBDA',
      IdentityProviderDetails: { Function: LAMBDA, SftpAuthenticationMethods: 'PASSWORD' },
      LoggingRole: ROLE,
      PreAuthenticationLoginBanner: 'Authorised use only.',
      PostAuthenticationLoginBanner: 'Welcome.',
      ProtocolDetails: { PassiveIp: 'AUTO', SetStatOption: 'ENABLE_NO_OP', TlsSessionResumptionMode: 'DISABLED' },
      SecurityPolicyName: 'TransferSecurityPolicy-2023-05',
      WorkflowDetails: { OnUpload: [workflow], OnPartialUpload: [workflow] },
      StructuredLogDestinations: [`arn:aws:logs:us-east-1:${ACCOUNT}:log-group:transfer:*`],
      IpAddressType: 'DUALSTACK',
      Tags: [{ Key: 'team', Value: 'b2b' }],
      State: 'ONLINE',
      UserCount: 0,
    });
  });

  it('describes an FTPS server in a VPC with its VPC endpoint, PassiveIp AUTO and no security groups', async () => {
    const ServerId = await create({
      Protocols: ['FTPS'],
      Certificate: CERTIFICATE,
      EndpointType: 'VPC',
      EndpointDetails: { ...VPC, SecurityGroupIds: ['sg-0123456789abcdef0'] },
      IdentityProviderType: 'API_GATEWAY',
      IdentityProviderDetails: { Url: API_URL, InvocationRole: INVOKE_ROLE },
      S3StorageOptions: { DirectoryListingOptimization: 'ENABLED' },
    });
    expect(await described(ServerId)).toEqual({
      Arn: serverArn(ServerId),
      ServerId,
      Domain: 'S3',
      Protocols: ['FTPS'],
      Certificate: CERTIFICATE,
      EndpointType: 'VPC',
      // The model: SecurityGroupIds "is not populated in DescribeServer responses".
      EndpointDetails: { ...VPC, VpcEndpointId: expect.stringMatching(VPC_ENDPOINT_ID) },
      IdentityProviderType: 'API_GATEWAY',
      IdentityProviderDetails: { Url: API_URL, InvocationRole: INVOKE_ROLE },
      ProtocolDetails: { PassiveIp: 'AUTO', TlsSessionResumptionMode: 'ENFORCED', SetStatOption: 'DEFAULT' },
      SecurityPolicyName: 'TransferSecurityPolicy-2024-01',
      S3StorageOptions: { DirectoryListingOptimization: 'ENABLED' },
      IpAddressType: 'IPV4',
      HostKeyFingerprint: expect.stringMatching(FINGERPRINT),
      State: 'ONLINE',
      UserCount: 0,
    });
  });

  it('gives an AS2 server the HTTP transport and one static egress address per subnet', async () => {
    const ServerId = await create(AS2_SERVER);
    const server = await described(ServerId);
    expect(server).toEqual({
      Arn: serverArn(ServerId),
      ServerId,
      Domain: 'S3',
      Protocols: ['AS2'],
      EndpointType: 'VPC',
      EndpointDetails: { ...VPC, VpcEndpointId: expect.stringMatching(VPC_ENDPOINT_ID) },
      IdentityProviderType: 'SERVICE_MANAGED',
      ProtocolDetails: { PassiveIp: 'AUTO', TlsSessionResumptionMode: 'ENFORCED', SetStatOption: 'DEFAULT', As2Transports: ['HTTP'] },
      SecurityPolicyName: 'TransferSecurityPolicy-2024-01',
      S3StorageOptions: { DirectoryListingOptimization: 'DISABLED' },
      IpAddressType: 'IPV4',
      As2ServiceManagedEgressIpAddresses: [expect.stringMatching(EGRESS_IP), expect.stringMatching(EGRESS_IP)],
      HostKeyFingerprint: expect.stringMatching(FINGERPRINT),
      State: 'ONLINE',
      UserCount: 0,
    });
    expect(new Set(server.As2ServiceManagedEgressIpAddresses).size).toBe(2);
  });

  it('does not describe the IdentityProviderDetails of a directory service server', async () => {
    const ServerId = await create({
      IdentityProviderType: 'AWS_DIRECTORY_SERVICE',
      IdentityProviderDetails: { DirectoryId: 'd-0123456789' },
    });
    const server = await described(ServerId);
    expect(server.IdentityProviderType).toBe('AWS_DIRECTORY_SERVICE');
    expect(server).not.toHaveProperty('IdentityProviderDetails');
  });

  it('fingerprints an ECDSA PEM host key as ssh-keygen -l does', async () => {
    const ServerId = await create({ HostKey: ECDSA_P256_PEM });
    expect((await described(ServerId)).HostKeyFingerprint).toBe(ECDSA_P256_PEM_FINGERPRINT);
  });

  it('refuses a host key that is not a private key, or an RSA key shorter than 2048 bits', async () => {
    const shortRsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
    for (const HostKey of ['not a key', shortRsa]) {
      const error = await failure(create({ HostKey }));
      expect(error).toBeInstanceOf(InvalidRequestException);
      expect(error!.message).toBe(
        'HostKey must be an unencrypted RSA (2048 bits or more), ECDSA (nistp256, nistp384 or nistp521) or ED25519 private key in PEM or OpenSSH format',
      );
    }
  });

  it('answers ResourceNotFoundException naming the server when it does not exist', async () => {
    const error = await failure(described('s-0123456789abcdef0'));
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect(error).toMatchObject({ message: 'Unknown server', Resource: 's-0123456789abcdef0', ResourceType: 'Server' });
  });
});

describe('CreateServer validation', () => {
  it('reports every model constraint violation in one InvalidRequestException', async () => {
    const error = await failure(
      create({
        Protocols: ['SFTP', 'SCP' as never],
        SecurityPolicyName: 'Default',
        HostKey: 'k'.repeat(4097),
        ProtocolDetails: { As2Transports: ['HTTP', 'HTTP'] as never },
      }),
    );
    expect(error).toBeInstanceOf(InvalidRequestException);
    expect(error!.message).toBe(
      "4 validation errors detected: Value '***' at 'HostKey' failed to satisfy constraint: Member must have length less than or equal to 4096; " +
        "Value 'SCP' at 'Protocols[1]' failed to satisfy constraint: Member must satisfy enum value set: [SFTP, FTP, FTPS, AS2]; " +
        'Value \'["HTTP","HTTP"]\' at \'ProtocolDetails.As2Transports\' failed to satisfy constraint: Member must have length less than or equal to 1; ' +
        "Value 'Default' at 'SecurityPolicyName' failed to satisfy constraint: Member must satisfy regular expression pattern: Transfer[A-Za-z0-9]*SecurityPolicy-[A-Za-z0-9-]+",
    );
  });

  it('reports every rule across members that a request breaks in one InvalidRequestException', async () => {
    const error = await failure(create({ Protocols: ['FTP', 'FTPS', 'AS2'], Domain: 'EFS' }));
    expect(error).toBeInstanceOf(InvalidRequestException);
    expect(error!.message).toBe(
      [
        'Protocols including AS2 require EndpointType VPC, got PUBLIC',
        'Protocols including AS2 require Domain S3, got EFS',
        'Protocols including FTPS require a Certificate (the ARN of an ACM certificate)',
        'Protocols including FTP or FTPS require EndpointType VPC, got PUBLIC',
        'Protocols including FTP or FTPS require IdentityProviderType AWS_DIRECTORY_SERVICE, AWS_LAMBDA or API_GATEWAY, got SERVICE_MANAGED',
      ].join('; '),
    );
  });

  it('refuses IdentityProviderDetails without IdentityProviderType with the message AWS sends', async () => {
    const error = await failure(create({ IdentityProviderDetails: { Function: LAMBDA } }));
    expect(error).toBeInstanceOf(InvalidRequestException);
    expect(error!.message).toBe('Must specify IdentityProviderType with IdentityProviderDetails');
  });

  it('refuses identity provider details that are missing or belong to another provider type', async () => {
    const error = await failure(
      create({ IdentityProviderType: 'API_GATEWAY', IdentityProviderDetails: { Url: API_URL, Function: LAMBDA } }),
    );
    expect(error!.message).toBe(
      'IdentityProviderType API_GATEWAY requires IdentityProviderDetails.InvocationRole; ' +
        'IdentityProviderDetails.Function does not apply to IdentityProviderType API_GATEWAY',
    );
    expect((await failure(create({ IdentityProviderType: 'SERVICE_MANAGED', IdentityProviderDetails: { Url: API_URL } })))!.message).toBe(
      'IdentityProviderDetails cannot be specified when IdentityProviderType is SERVICE_MANAGED',
    );
  });

  it('refuses endpoint settings that do not fit the endpoint type', async () => {
    expect((await failure(create({ EndpointDetails: VPC })))!.message).toBe('EndpointDetails can only be set when EndpointType is VPC');
    expect((await failure(create({ EndpointType: 'VPC' })))!.message).toBe(
      'EndpointType VPC requires EndpointDetails.VpcId; EndpointType VPC requires EndpointDetails.SubnetIds',
    );
    expect((await failure(create({ EndpointType: 'VPC_ENDPOINT' })))!.message).toBe(
      'EndpointType VPC_ENDPOINT is no longer available (retired on 2021-05-19); use VPC',
    );
    expect(
      (await failure(create({ EndpointType: 'VPC', EndpointDetails: { ...VPC, AddressAllocationIds: ['eipalloc-1', 'eipalloc-2'] } })))!
        .message,
    ).toBe('EndpointDetails.AddressAllocationIds can only be set by UpdateServer, on an OFFLINE server that already has SubnetIds');
  });

  it('refuses a PassiveIp that is neither AUTO nor an IPv4 address, and S3 options on an EFS server', async () => {
    const error = await failure(
      create({ Domain: 'EFS', ProtocolDetails: { PassiveIp: '300.1.1.1' }, S3StorageOptions: { DirectoryListingOptimization: 'ENABLED' } }),
    );
    expect(error!.message).toBe(
      'ProtocolDetails.PassiveIp must be AUTO or a dotted-quad IPv4 address, got "300.1.1.1"; S3StorageOptions apply only to servers with Domain S3, got EFS',
    );
  });
});

describe('UpdateServer', () => {
  it('changes only the members given and clears optional members given empty', async () => {
    const ServerId = await create({
      LoggingRole: ROLE,
      PreAuthenticationLoginBanner: 'Before',
      PostAuthenticationLoginBanner: 'After',
      ProtocolDetails: { TlsSessionResumptionMode: 'ENABLED' },
      WorkflowDetails: { OnUpload: [{ WorkflowId: 'w-0123456789abcdefg', ExecutionRole: ROLE }] },
      Tags: [{ Key: 'keep', Value: 'me' }],
    });
    const before = await described(ServerId);
    const { ServerId: returned } = await t.client.send(
      new UpdateServerCommand({
        ServerId,
        LoggingRole: '',
        PreAuthenticationLoginBanner: 'Changed',
        ProtocolDetails: { SetStatOption: 'ENABLE_NO_OP' },
        WorkflowDetails: { OnUpload: [] },
        SecurityPolicyName: 'TransferSecurityPolicy-2025-03',
      }),
    );
    expect(returned).toBe(ServerId);
    expect(await described(ServerId)).toEqual({
      Arn: serverArn(ServerId),
      ServerId,
      Domain: 'S3',
      Protocols: ['SFTP'],
      EndpointType: 'PUBLIC',
      IdentityProviderType: 'SERVICE_MANAGED',
      PreAuthenticationLoginBanner: 'Changed',
      PostAuthenticationLoginBanner: 'After',
      ProtocolDetails: { PassiveIp: 'AUTO', TlsSessionResumptionMode: 'ENABLED', SetStatOption: 'ENABLE_NO_OP' },
      SecurityPolicyName: 'TransferSecurityPolicy-2025-03',
      S3StorageOptions: { DirectoryListingOptimization: 'DISABLED' },
      IpAddressType: 'IPV4',
      HostKeyFingerprint: before.HostKeyFingerprint,
      Tags: [{ Key: 'keep', Value: 'me' }],
      State: 'ONLINE',
      UserCount: 0,
    });
  });

  it('keeps Domain, which UpdateServer has no member for, even when a raw request sends one', async () => {
    const ServerId = await create();
    const response = await fetch(t.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'TransferService.UpdateServer' },
      body: JSON.stringify({ ServerId, Domain: 'EFS' }),
    });
    expect(response.status).toBe(200);
    expect((await described(ServerId)).Domain).toBe('S3');
  });

  it('replaces the host key fingerprint when a new host key is given', async () => {
    const ServerId = await create({ HostKey: ED25519_OPENSSH });
    await t.client.send(new UpdateServerCommand({ ServerId, HostKey: ECDSA_P256_PEM }));
    expect((await described(ServerId)).HostKeyFingerprint).toBe(ECDSA_P256_PEM_FINGERPRINT);
  });

  it('adds AS2 to a VPC server with egress addresses, and refuses it on a public or EFS server', async () => {
    const ServerId = await create({ EndpointType: 'VPC', EndpointDetails: VPC });
    await t.client.send(new UpdateServerCommand({ ServerId, Protocols: ['SFTP', 'AS2'] }));
    const server = await described(ServerId);
    expect(server.Protocols).toEqual(['SFTP', 'AS2']);
    expect(server.ProtocolDetails).toEqual({
      PassiveIp: 'AUTO',
      TlsSessionResumptionMode: 'ENFORCED',
      SetStatOption: 'DEFAULT',
      As2Transports: ['HTTP'],
    });
    expect(server.As2ServiceManagedEgressIpAddresses).toEqual([expect.stringMatching(EGRESS_IP), expect.stringMatching(EGRESS_IP)]);

    const efs = await create({ Domain: 'EFS' });
    const error = await failure(t.client.send(new UpdateServerCommand({ ServerId: efs, Protocols: ['AS2'] })));
    expect(error).toBeInstanceOf(InvalidRequestException);
    expect(error!.message).toBe(
      'Protocols including AS2 require EndpointType VPC, got PUBLIC; Protocols including AS2 require Domain S3, got EFS',
    );
  });

  it('moves a public server into a VPC with security groups, which only that change accepts', async () => {
    const ServerId = await create();
    await t.client.send(
      new UpdateServerCommand({ ServerId, EndpointType: 'VPC', EndpointDetails: { ...VPC, SecurityGroupIds: ['sg-0123456789abcdef0'] } }),
    );
    const server = await described(ServerId);
    expect(server.EndpointType).toBe('VPC');
    expect(server.EndpointDetails).toEqual({ ...VPC, VpcEndpointId: expect.stringMatching(VPC_ENDPOINT_ID) });
    const error = await failure(
      t.client.send(new UpdateServerCommand({ ServerId, EndpointDetails: { SecurityGroupIds: ['sg-0123456789abcdef1'] } })),
    );
    expect(error!.message).toBe(
      'EndpointDetails.SecurityGroupIds can only be set when changing EndpointType to VPC; afterwards use EC2 ModifyVpcEndpoint',
    );
    await t.client.send(new UpdateServerCommand({ ServerId, EndpointType: 'PUBLIC' }));
    expect(await described(ServerId)).not.toHaveProperty('EndpointDetails');
  });

  it('sets AddressAllocationIds and IpAddressType only while the server is OFFLINE', async () => {
    const ServerId = await create({ EndpointType: 'VPC', EndpointDetails: VPC });
    const eips = ['eipalloc-0a', 'eipalloc-0b'];
    const online = await failure(
      t.client.send(new UpdateServerCommand({ ServerId, EndpointDetails: { AddressAllocationIds: eips }, IpAddressType: 'DUALSTACK' })),
    );
    expect(online!.message).toBe(
      'EndpointDetails.AddressAllocationIds can only be changed while the server is OFFLINE; it is ONLINE; ' +
        'IpAddressType can only be changed while the server is OFFLINE; it is ONLINE; ' +
        'EndpointDetails.AddressAllocationIds cannot be used with IpAddressType DUALSTACK',
    );
    await t.client.send(new StopServerCommand({ ServerId }));
    const mismatched = await failure(
      t.client.send(new UpdateServerCommand({ ServerId, EndpointDetails: { AddressAllocationIds: ['eipalloc-0a'] } })),
    );
    expect(mismatched!.message).toBe('EndpointDetails.AddressAllocationIds must name one allocation per subnet: got 1 for 2 SubnetIds');
    await t.client.send(new UpdateServerCommand({ ServerId, EndpointDetails: { AddressAllocationIds: eips } }));
    expect((await described(ServerId)).EndpointDetails).toEqual({
      ...VPC,
      AddressAllocationIds: eips,
      VpcEndpointId: expect.stringMatching(VPC_ENDPOINT_ID),
    });
  });

  it('switches identity provider type, needing the details of the new type', async () => {
    const ServerId = await create({ IdentityProviderType: 'AWS_LAMBDA', IdentityProviderDetails: { Function: LAMBDA } });
    const error = await failure(t.client.send(new UpdateServerCommand({ ServerId, IdentityProviderType: 'API_GATEWAY' })));
    expect(error!.message).toBe(
      'IdentityProviderType API_GATEWAY requires IdentityProviderDetails.Url; IdentityProviderType API_GATEWAY requires IdentityProviderDetails.InvocationRole',
    );
    await t.client.send(
      new UpdateServerCommand({
        ServerId,
        IdentityProviderType: 'API_GATEWAY',
        IdentityProviderDetails: { Url: API_URL, InvocationRole: INVOKE_ROLE },
      }),
    );
    const server = await described(ServerId);
    expect(server.IdentityProviderDetails).toEqual({
      Url: API_URL,
      InvocationRole: INVOKE_ROLE,
      SftpAuthenticationMethods: 'PUBLIC_KEY_OR_PASSWORD',
    });
    await t.client.send(new UpdateServerCommand({ ServerId, IdentityProviderType: 'SERVICE_MANAGED' }));
    expect(await described(ServerId)).not.toHaveProperty('IdentityProviderDetails');
  });

  it('answers ResourceNotFoundException for an unknown server', async () => {
    const error = await failure(t.client.send(new UpdateServerCommand({ ServerId: 's-0123456789abcdef0' })));
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect(error).toMatchObject({ Resource: 's-0123456789abcdef0', ResourceType: 'Server' });
  });
});

describe('StartServer and StopServer (no transition time)', () => {
  it('stops an ONLINE server to OFFLINE and starts it again', async () => {
    const ServerId = await create();
    await t.client.send(new StopServerCommand({ ServerId }));
    expect((await described(ServerId)).State).toBe('OFFLINE');
    await t.client.send(new StopServerCommand({ ServerId }));
    expect((await described(ServerId)).State).toBe('OFFLINE');
    await t.client.send(new StartServerCommand({ ServerId }));
    expect((await described(ServerId)).State).toBe('ONLINE');
    await t.client.send(new StartServerCommand({ ServerId }));
    expect((await described(ServerId)).State).toBe('ONLINE');
  });

  it('answers ResourceNotFoundException for an unknown server', async () => {
    for (const command of [
      new StartServerCommand({ ServerId: 's-0123456789abcdef0' }),
      new StopServerCommand({ ServerId: 's-0123456789abcdef0' }),
    ]) {
      await expect(t.client.send(command as never)).rejects.toBeInstanceOf(ResourceNotFoundException);
    }
  });
});

describe('server lifecycle with a transition time (on a fake clock)', () => {
  const clock = fakeClock();
  let slow: TestEmulator;
  beforeAll(async () => {
    slow = await startTestEmulator({ stateTransitionMs: 1000, now: clock.now });
  });
  afterAll(() => slow.close());

  const state = async (ServerId: string) => (await described(ServerId, slow.client)).State;

  it('shows STARTING right after CreateServer, in DescribeServer and ListServers', async () => {
    const ServerId = await create({}, slow.client);
    expect(await state(ServerId)).toBe('STARTING');
    const { Servers } = await slow.client.send(new ListServersCommand({}));
    expect(Servers!.find((s) => s.ServerId === ServerId)!.State).toBe('STARTING');
  });

  it('leaves a STARTING server STARTING on StartServer and refuses to stop it', async () => {
    const ServerId = await create({}, slow.client);
    await slow.client.send(new StartServerCommand({ ServerId }));
    expect(await state(ServerId)).toBe('STARTING');
    const error = await failure(slow.client.send(new StopServerCommand({ ServerId })));
    expect(error).toBeInstanceOf(InvalidRequestException);
    expect(error!.message).toBe(`Server ${ServerId} is STARTING; stop it once it is ONLINE`);
  });

  it('goes STARTING to ONLINE after CreateServer, ONLINE to STOPPING to OFFLINE after StopServer, and back after StartServer, each once its time is up', async () => {
    const ServerId = await create({}, slow.client);
    const seen = [await state(ServerId)];
    const after = async (ms: number) => {
      clock.advance(ms);
      seen.push(await state(ServerId));
    };
    await after(999);
    await after(1);
    await slow.client.send(new StopServerCommand({ ServerId }));
    seen.push(await state(ServerId));
    await after(1000);
    await slow.client.send(new StartServerCommand({ ServerId }));
    seen.push(await state(ServerId));
    await after(1000);
    expect(seen).toEqual(['STARTING', 'STARTING', 'ONLINE', 'STOPPING', 'OFFLINE', 'STARTING', 'ONLINE']);
  });
});

describe('ListServers', () => {
  it('lists ListedServer summaries across many pages, each server exactly once in creation order', async () => {
    const own = await startTestEmulator();
    try {
      const ids: string[] = [];
      for (let i = 0; i < 7; i++) ids.push(await create({ LoggingRole: ROLE }, own.client));
      const seen: string[] = [];
      let NextToken: string | undefined;
      let pages = 0;
      do {
        const result = await own.client.send(new ListServersCommand({ MaxResults: 2, NextToken }));
        pages++;
        seen.push(...result.Servers!.map((s) => s.ServerId!));
        if (pages === 1) {
          expect(result.Servers![0]).toEqual({
            Arn: serverArn(ids[0]),
            ServerId: ids[0],
            Domain: 'S3',
            IdentityProviderType: 'SERVICE_MANAGED',
            EndpointType: 'PUBLIC',
            LoggingRole: ROLE,
            State: 'ONLINE',
            UserCount: 0,
          });
        }
        NextToken = result.NextToken;
      } while (NextToken && pages < 10);
      expect(pages).toBe(4);
      expect(seen).toEqual(ids);
    } finally {
      await own.close();
    }
  });

  it('refuses a NextToken issued by another listing', async () => {
    const server = await create(AS2_SERVER);
    const local = (await t.client.send(new CreateProfileCommand({ As2Id: 'servers-local', ProfileType: 'LOCAL' }))).ProfileId;
    const partners = await Promise.all(
      [1, 2].map(
        async (i) => (await t.client.send(new CreateProfileCommand({ As2Id: `servers-partner-${i}`, ProfileType: 'PARTNER' }))).ProfileId,
      ),
    );
    for (const PartnerProfileId of partners) {
      await t.client.send(
        new CreateAgreementCommand({
          ServerId: server,
          LocalProfileId: local,
          PartnerProfileId,
          AccessRole: ROLE,
          BaseDirectory: '/bucket/in',
        }),
      );
    }
    const { NextToken } = await t.client.send(new ListAgreementsCommand({ ServerId: server, MaxResults: 1 }));
    await expect(t.client.send(new ListServersCommand({ NextToken }))).rejects.toBeInstanceOf(InvalidNextTokenException);
  });
});

describe('DeleteServer', () => {
  it('deletes the server and the agreements that live under it', async () => {
    const ServerId = await create(AS2_SERVER);
    const LocalProfileId = (await t.client.send(new CreateProfileCommand({ As2Id: 'delete-local', ProfileType: 'LOCAL' }))).ProfileId;
    const PartnerProfileId = (await t.client.send(new CreateProfileCommand({ As2Id: 'delete-partner', ProfileType: 'PARTNER' }))).ProfileId;
    const { AgreementId } = await t.client.send(
      new CreateAgreementCommand({ ServerId, LocalProfileId, PartnerProfileId, AccessRole: ROLE, BaseDirectory: '/bucket/in' }),
    );
    await t.client.send(new DeleteServerCommand({ ServerId }));
    await expect(described(ServerId)).rejects.toBeInstanceOf(ResourceNotFoundException);
    const agreementArn = `arn:aws:transfer:us-east-1:${ACCOUNT}:agreement/${ServerId}/${AgreementId}`;
    await expect(t.client.send(new UntagResourceCommand({ Arn: agreementArn, TagKeys: ['k'] }))).rejects.toBeInstanceOf(
      ResourceNotFoundException,
    );
    await expect(t.client.send(new DeleteServerCommand({ ServerId }))).rejects.toBeInstanceOf(ResourceNotFoundException);
  });
});

describe('TestIdentityProvider', () => {
  const test = (ServerId: string, extra: { ServerProtocol?: 'SFTP' | 'FTP' | 'FTPS' | 'AS2' } = {}) =>
    t.client.send(new TestIdentityProviderCommand({ ServerId, UserName: 'alice', UserPassword: 'secret', ...extra }));
  const emulatorMessage = (url: string) =>
    `The Transfer Family emulator does not invoke external identity providers, so it authenticated nobody; nothing was sent to ${url}`;

  it('answers ResourceNotFoundException "Unknown server" for a server that does not exist', async () => {
    const error = await failure(test('s-0123456789abcdef0'));
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect(error).toMatchObject({ message: 'Unknown server', Resource: 's-0123456789abcdef0', ResourceType: 'Server' });
  });

  it('answers "<id> not configured for external auth" for service-managed and AS2-only servers', async () => {
    for (const ServerId of [await create(), await create(AS2_SERVER)]) {
      const error = await failure(test(ServerId));
      expect(error).toBeInstanceOf(InvalidRequestException);
      expect(error!.message).toBe(`${ServerId} not configured for external auth`);
    }
  });

  it('answers 200 with the API Gateway URL and an empty provider response, calling nobody', async () => {
    const ServerId = await create({
      IdentityProviderType: 'API_GATEWAY',
      IdentityProviderDetails: { Url: API_URL, InvocationRole: INVOKE_ROLE },
    });
    const { $metadata, ...result } = await test(ServerId, { ServerProtocol: 'SFTP' });
    expect(result).toEqual({ StatusCode: 200, Url: API_URL, Response: '{}', Message: emulatorMessage(API_URL) });
  });

  it('answers 200 with the Lambda function ARN as the Url', async () => {
    const ServerId = await create({ IdentityProviderType: 'AWS_LAMBDA', IdentityProviderDetails: { Function: LAMBDA } });
    const { $metadata, ...result } = await test(ServerId);
    expect(result).toEqual({ StatusCode: 200, Url: LAMBDA, Response: '{}', Message: emulatorMessage(LAMBDA) });
  });

  it('answers 200 with the directory id as the Url for a directory service server', async () => {
    const ServerId = await create({
      IdentityProviderType: 'AWS_DIRECTORY_SERVICE',
      IdentityProviderDetails: { DirectoryId: 'd-0123456789' },
    });
    const { $metadata, ...result } = await test(ServerId);
    expect(result).toEqual({ StatusCode: 200, Url: 'd-0123456789', Response: '{}', Message: emulatorMessage('d-0123456789') });
  });

  it('refuses a ServerProtocol the server does not speak', async () => {
    const ServerId = await create({ IdentityProviderType: 'AWS_LAMBDA', IdentityProviderDetails: { Function: LAMBDA } });
    const error = await failure(test(ServerId, { ServerProtocol: 'FTP' }));
    expect(error).toBeInstanceOf(InvalidRequestException);
    expect(error!.message).toBe("ServerProtocol FTP is not among the server's Protocols [SFTP]");
  });
});
