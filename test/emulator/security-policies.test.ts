import {
  CreateConnectorCommand,
  CreateServerCommand,
  DescribeSecurityPolicyCommand,
  DescribeServerCommand,
  InvalidNextTokenException,
  InvalidRequestException,
  ListSecurityPoliciesCommand,
  ResourceNotFoundException,
  UpdateConnectorCommand,
  UpdateServerCommand,
} from '@aws-sdk/client-transfer';
import { startTestEmulator, type TestEmulator } from '../support/emulator';

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
const ROLE = 'arn:aws:iam::000000000000:role/sftp-connector';

/** The published policies, in the order the user guide lists them (servers, then SFTP connectors). */
const PUBLISHED = [
  'TransferSecurityPolicy-2025-03',
  'TransferSecurityPolicy-FIPS-2025-03',
  'TransferSecurityPolicy-AS2Restricted-2025-07',
  'TransferSecurityPolicy-SshAuditCompliant-2025-02',
  'TransferSecurityPolicy-2024-01',
  'TransferSecurityPolicy-2023-05',
  'TransferSecurityPolicy-2022-03',
  'TransferSecurityPolicy-2020-06',
  'TransferSecurityPolicy-Restricted-2020-06',
  'TransferSecurityPolicy-2018-11',
  'TransferSecurityPolicy-Restricted-2018-11',
  'TransferSecurityPolicy-FIPS-2024-01',
  'TransferSecurityPolicy-FIPS-2024-05',
  'TransferSecurityPolicy-FIPS-2023-05',
  'TransferSecurityPolicy-FIPS-2020-06',
  'TransferSFTPConnectorSecurityPolicy-FIPS-2024-10',
  'TransferSFTPConnectorSecurityPolicy-2024-03',
  'TransferSFTPConnectorSecurityPolicy-2023-07',
];

describe('ListSecurityPolicies', () => {
  it('lists every published server and SFTP connector policy', async () => {
    const { SecurityPolicyNames, NextToken } = await t.client.send(new ListSecurityPoliciesCommand({}));
    expect({ SecurityPolicyNames, NextToken }).toEqual({ SecurityPolicyNames: PUBLISHED, NextToken: undefined });
  });

  it('pages with an opaque NextToken and refuses a forged one with InvalidNextTokenException', async () => {
    const pages: string[][] = [];
    let NextToken: string | undefined;
    do {
      const page = await t.client.send(new ListSecurityPoliciesCommand({ MaxResults: 5, NextToken }));
      pages.push(page.SecurityPolicyNames!);
      NextToken = page.NextToken;
      if (NextToken) expect(NextToken).not.toMatch(/^\d+$/);
    } while (NextToken && pages.length < 10);
    expect(pages.map((p) => p.length)).toEqual([5, 5, 5, 3]);
    expect(pages.flat()).toEqual(PUBLISHED);

    const error = await failure(t.client.send(new ListSecurityPoliciesCommand({ NextToken: 'eyJiIjoieCIsImEiOjV9.c2lnbmF0dXJl' })));
    expect(error).toBeInstanceOf(InvalidNextTokenException);
    expect(error!.message).toBe('The NextToken is invalid, expired, or was issued for other parameters');
  });
});

describe('DescribeSecurityPolicy', () => {
  it("answers the server policy's ciphers, key exchanges, MACs and TLS ciphers as the user guide publishes them", async () => {
    const { SecurityPolicy } = await t.client.send(
      new DescribeSecurityPolicyCommand({ SecurityPolicyName: 'TransferSecurityPolicy-2024-01' }),
    );
    expect(SecurityPolicy).toEqual({
      Fips: false,
      SecurityPolicyName: 'TransferSecurityPolicy-2024-01',
      SshCiphers: ['aes128-gcm@openssh.com', 'aes256-gcm@openssh.com', 'aes128-ctr', 'aes256-ctr', 'aes192-ctr'],
      SshKexs: [
        'ecdh-sha2-nistp256',
        'ecdh-sha2-nistp384',
        'ecdh-sha2-nistp521',
        'curve25519-sha256',
        'curve25519-sha256@libssh.org',
        'diffie-hellman-group18-sha512',
        'diffie-hellman-group16-sha512',
        'diffie-hellman-group-exchange-sha256',
      ],
      SshMacs: ['hmac-sha2-256-etm@openssh.com', 'hmac-sha2-512-etm@openssh.com'],
      TlsCiphers: [
        'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256',
        'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
        'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256',
        'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256',
        'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384',
        'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384',
        'TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384',
        'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384',
      ],
      Type: 'SERVER',
      Protocols: ['SFTP', 'FTPS'],
    });
  });

  it('answers an SFTP connector policy with its host key algorithms and no TLS ciphers', async () => {
    const { SecurityPolicy } = await t.client.send(
      new DescribeSecurityPolicyCommand({ SecurityPolicyName: 'TransferSFTPConnectorSecurityPolicy-FIPS-2024-10' }),
    );
    expect(SecurityPolicy).toEqual({
      Fips: true,
      SecurityPolicyName: 'TransferSFTPConnectorSecurityPolicy-FIPS-2024-10',
      SshCiphers: ['aes128-gcm@openssh.com', 'aes256-gcm@openssh.com'],
      SshKexs: ['ecdh-sha2-nistp256', 'ecdh-sha2-nistp384', 'ecdh-sha2-nistp521'],
      SshMacs: ['hmac-sha2-512', 'hmac-sha2-256'],
      SshHostKeyAlgorithms: ['rsa-sha2-256', 'rsa-sha2-512', 'ecdsa-sha2-nistp256'],
      Type: 'CONNECTOR',
      Protocols: ['SFTP'],
    });
  });

  it('answers ResourceNotFoundException for a name AWS does not publish', async () => {
    const error = await failure(t.client.send(new DescribeSecurityPolicyCommand({ SecurityPolicyName: 'TransferSecurityPolicy-1999-01' })));
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect(error).toMatchObject({
      message: 'Unknown security policy TransferSecurityPolicy-1999-01',
      Resource: 'TransferSecurityPolicy-1999-01',
      ResourceType: 'SecurityPolicy',
    });
  });
});

describe('SecurityPolicyName on servers and connectors', () => {
  it('refuses CreateServer and UpdateServer with a name that fits the pattern but is not published', async () => {
    const created = await failure(t.client.send(new CreateServerCommand({ SecurityPolicyName: 'TransferSecurityPolicy-1999-01' })));
    expect(created).toBeInstanceOf(InvalidRequestException);
    expect(created!.message).toBe(
      'SecurityPolicyName TransferSecurityPolicy-1999-01 is not a published server security policy (ListSecurityPolicies lists them)',
    );
    const { ServerId } = await t.client.send(new CreateServerCommand({ SecurityPolicyName: 'TransferSecurityPolicy-FIPS-2024-05' }));
    const updated = await failure(
      t.client.send(new UpdateServerCommand({ ServerId, SecurityPolicyName: 'TransferMadeUpSecurityPolicy-x' })),
    );
    expect(updated).toBeInstanceOf(InvalidRequestException);
    expect(updated!.message).toBe(
      'SecurityPolicyName TransferMadeUpSecurityPolicy-x is not a published server security policy (ListSecurityPolicies lists them)',
    );
    const { Server } = await t.client.send(new DescribeServerCommand({ ServerId }));
    expect(Server!.SecurityPolicyName).toBe('TransferSecurityPolicy-FIPS-2024-05');
  });

  it("refuses an SFTP connector policy on a server, which the server's pattern admits", async () => {
    const error = await failure(
      t.client.send(new CreateServerCommand({ SecurityPolicyName: 'TransferSFTPConnectorSecurityPolicy-2024-03' })),
    );
    expect(error).toBeInstanceOf(InvalidRequestException);
    expect(error!.message).toBe(
      'SecurityPolicyName TransferSFTPConnectorSecurityPolicy-2024-03 is an SFTP connector security policy; a server takes a server security policy',
    );
  });

  it('refuses CreateConnector and UpdateConnector with an SFTP connector policy that is not published', async () => {
    const sftp = { Url: 'sftp://files.example.com', AccessRole: ROLE, SftpConfig: { UserSecretId: 'sftp-secret' } };
    const message =
      'SecurityPolicyName TransferSFTPConnectorSecurityPolicy-2099-01 is not a published SFTP connector security policy (ListSecurityPolicies lists them)';
    const created = await failure(
      t.client.send(new CreateConnectorCommand({ ...sftp, SecurityPolicyName: 'TransferSFTPConnectorSecurityPolicy-2099-01' })),
    );
    expect(created).toBeInstanceOf(InvalidRequestException);
    expect(created!.message).toBe(message);
    const { ConnectorId } = await t.client.send(
      new CreateConnectorCommand({ ...sftp, SecurityPolicyName: 'TransferSFTPConnectorSecurityPolicy-2023-07' }),
    );
    const updated = await failure(
      t.client.send(new UpdateConnectorCommand({ ConnectorId, SecurityPolicyName: 'TransferSFTPConnectorSecurityPolicy-2099-01' })),
    );
    expect(updated).toBeInstanceOf(InvalidRequestException);
    expect(updated!.message).toBe(message);
  });
});
