import type { DescribedSecurityPolicy } from '@aws-sdk/client-transfer';

/**
 * The security policies AWS publishes, as DescribeSecurityPolicy answers them. Transcribed by hand from the user guide:
 * server policies from the DescribeSecurityPolicy outputs on "Security policies for AWS Transfer Family servers"
 * (https://docs.aws.amazon.com/transfer/latest/userguide/security-policies.html), connector policies from the table on
 * "Security policies for AWS Transfer Family SFTP connectors" (…/security-policies-connectors.html), both as of 2025-07.
 * The pages also list AS2 ContentEncryptionCiphers and HashAlgorithms, which the API model has no member for. See
 * docs/emulator-notes/security-policies.md for what was left out and why.
 */

const TLS_ECDHE = [
  'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256',
  'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
  'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256',
  'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256',
  'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384',
  'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384',
  'TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384',
  'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384',
];
const ETM_MACS = ['hmac-sha2-256-etm@openssh.com', 'hmac-sha2-512-etm@openssh.com'];
const ML_KEM = ['mlkem768x25519-sha256', 'mlkem768nistp256-sha256', 'mlkem1024nistp384-sha384'];
const ECDH = ['ecdh-sha2-nistp256', 'ecdh-sha2-nistp384', 'ecdh-sha2-nistp521'];
const CURVE25519 = ['curve25519-sha256', 'curve25519-sha256@libssh.org'];
const CIPHERS_2024 = ['aes128-gcm@openssh.com', 'aes256-gcm@openssh.com', 'aes128-ctr', 'aes256-ctr', 'aes192-ctr'];
const CIPHERS_2025 = ['aes256-gcm@openssh.com', 'aes128-gcm@openssh.com', 'aes128-ctr', 'aes256-ctr', 'aes192-ctr'];
const CIPHERS_2023 = ['aes256-gcm@openssh.com', 'aes128-gcm@openssh.com', 'aes256-ctr', 'aes192-ctr'];
const CIPHERS_2018 = ['aes128-ctr', 'aes192-ctr', 'aes256-ctr', 'aes128-gcm@openssh.com', 'aes256-gcm@openssh.com'];
const CHACHA20 = 'chacha20-poly1305@openssh.com';
const KEXS_2020 = [
  ...ECDH,
  'diffie-hellman-group-exchange-sha256',
  'diffie-hellman-group16-sha512',
  'diffie-hellman-group18-sha512',
  'diffie-hellman-group14-sha256',
];
const KEXS_2023 = [...CURVE25519, 'diffie-hellman-group16-sha512', 'diffie-hellman-group18-sha512', 'diffie-hellman-group-exchange-sha256'];
const KEXS_2025 = [
  ...ML_KEM,
  ...ECDH,
  ...CURVE25519,
  'diffie-hellman-group16-sha512',
  'diffie-hellman-group18-sha512',
  'diffie-hellman-group-exchange-sha256',
];
const MACS_2020 = ['umac-128-etm@openssh.com', ...ETM_MACS, 'umac-128@openssh.com', 'hmac-sha2-256', 'hmac-sha2-512'];
const MACS_2018 = [
  'umac-64-etm@openssh.com',
  'umac-128-etm@openssh.com',
  ...ETM_MACS,
  'hmac-sha1-etm@openssh.com',
  'umac-64@openssh.com',
  'umac-128@openssh.com',
  'hmac-sha2-256',
  'hmac-sha2-512',
  'hmac-sha1',
];

/** A server policy: SFTP uses its Ssh* lists, FTPS its TlsCiphers (the guide's note on algorithm types). */
function server(
  name: string,
  fips: boolean,
  ssh: { ciphers: string[]; kexs: string[]; macs: string[] },
  tls = TLS_ECDHE,
): DescribedSecurityPolicy {
  return {
    Fips: fips,
    SecurityPolicyName: `TransferSecurityPolicy-${name}`,
    SshCiphers: ssh.ciphers,
    SshKexs: ssh.kexs,
    SshMacs: ssh.macs,
    TlsCiphers: tls,
    Type: 'SERVER',
    Protocols: ['SFTP', 'FTPS'],
  };
}

/** A connector policy: SFTP only, with the host key algorithms it accepts from the remote server and no TLS ciphers. */
function connector(
  name: string,
  fips: boolean,
  ssh: { ciphers: string[]; kexs: string[]; macs: string[]; hostKeys: string[] },
): DescribedSecurityPolicy {
  return {
    Fips: fips,
    SecurityPolicyName: `TransferSFTPConnectorSecurityPolicy-${name}`,
    SshCiphers: ssh.ciphers,
    SshKexs: ssh.kexs,
    SshMacs: ssh.macs,
    SshHostKeyAlgorithms: ssh.hostKeys,
    Type: 'CONNECTOR',
    Protocols: ['SFTP'],
  };
}

const HOST_KEYS = ['rsa-sha2-256', 'rsa-sha2-512', 'ecdsa-sha2-nistp256', 'ecdsa-sha2-nistp384', 'ecdsa-sha2-nistp521'];

/** Every published policy, in the order the user guide lists them: servers, then SFTP connectors. */
export const SECURITY_POLICIES: readonly DescribedSecurityPolicy[] = [
  server('2025-03', false, { ciphers: CIPHERS_2025, kexs: KEXS_2025, macs: ETM_MACS }),
  server('FIPS-2025-03', true, {
    ciphers: ['aes256-gcm@openssh.com', 'aes128-gcm@openssh.com', 'aes256-ctr', 'aes192-ctr', 'aes128-ctr'],
    kexs: [...ML_KEM, ...ECDH, 'diffie-hellman-group-exchange-sha256', 'diffie-hellman-group16-sha512', 'diffie-hellman-group18-sha512'],
    macs: ['hmac-sha2-512-etm@openssh.com', 'hmac-sha2-256-etm@openssh.com'],
  }),
  server('AS2Restricted-2025-07', false, { ciphers: CIPHERS_2025, kexs: KEXS_2025, macs: ETM_MACS }),
  server('SshAuditCompliant-2025-02', false, {
    ciphers: CIPHERS_2024,
    kexs: [...CURVE25519, 'diffie-hellman-group18-sha512', 'diffie-hellman-group16-sha512', 'diffie-hellman-group-exchange-sha256'],
    macs: ETM_MACS,
  }),
  server('2024-01', false, {
    ciphers: CIPHERS_2024,
    kexs: [
      ...ECDH,
      ...CURVE25519,
      'diffie-hellman-group18-sha512',
      'diffie-hellman-group16-sha512',
      'diffie-hellman-group-exchange-sha256',
    ],
    macs: ETM_MACS,
  }),
  server('2023-05', false, {
    ciphers: CIPHERS_2023,
    kexs: KEXS_2023,
    macs: ['hmac-sha2-512-etm@openssh.com', 'hmac-sha2-256-etm@openssh.com'],
  }),
  server('2022-03', false, {
    ciphers: CIPHERS_2023,
    kexs: KEXS_2023,
    macs: ['hmac-sha2-512-etm@openssh.com', 'hmac-sha2-256-etm@openssh.com', 'hmac-sha2-512', 'hmac-sha2-256'],
  }),
  server('2020-06', false, { ciphers: [CHACHA20, ...CIPHERS_2018], kexs: KEXS_2020, macs: MACS_2020 }),
  // "identical, except that the restricted policy doesn't support the chacha20-poly1305@openssh.com cipher"
  server('Restricted-2020-06', false, { ciphers: CIPHERS_2018, kexs: KEXS_2020, macs: MACS_2020 }),
  server(
    '2018-11',
    false,
    { ciphers: [CHACHA20, ...CIPHERS_2018], kexs: [...CURVE25519, ...KEXS_2020, 'diffie-hellman-group14-sha1'], macs: MACS_2018 },
    [...TLS_ECDHE, 'TLS_RSA_WITH_AES_128_CBC_SHA256', 'TLS_RSA_WITH_AES_256_CBC_SHA256'],
  ),
  server(
    'Restricted-2018-11',
    false,
    { ciphers: CIPHERS_2018, kexs: [...CURVE25519, ...KEXS_2020, 'diffie-hellman-group14-sha1'], macs: MACS_2018 },
    [...TLS_ECDHE, 'TLS_RSA_WITH_AES_128_CBC_SHA256', 'TLS_RSA_WITH_AES_256_CBC_SHA256'],
  ),
  // FIPS-2024-01 and FIPS-2024-05 differ only in the ssh-rsa host key algorithm, which the API does not describe.
  ...['FIPS-2024-01', 'FIPS-2024-05'].map((name) =>
    server(name, true, {
      ciphers: CIPHERS_2024,
      kexs: [...ECDH, 'diffie-hellman-group18-sha512', 'diffie-hellman-group16-sha512', 'diffie-hellman-group-exchange-sha256'],
      macs: ETM_MACS,
    }),
  ),
  server('FIPS-2023-05', true, {
    ciphers: CIPHERS_2023,
    kexs: ['diffie-hellman-group16-sha512', 'diffie-hellman-group18-sha512', 'diffie-hellman-group-exchange-sha256'],
    macs: ETM_MACS,
  }),
  server('FIPS-2020-06', true, { ciphers: CIPHERS_2018, kexs: KEXS_2020, macs: [...ETM_MACS, 'hmac-sha2-256', 'hmac-sha2-512'] }),
  connector('FIPS-2024-10', true, {
    ciphers: ['aes128-gcm@openssh.com', 'aes256-gcm@openssh.com'],
    kexs: ECDH,
    macs: ['hmac-sha2-512', 'hmac-sha2-256'],
    hostKeys: ['rsa-sha2-256', 'rsa-sha2-512', 'ecdsa-sha2-nistp256'],
  }),
  connector('2024-03', false, {
    ciphers: ['aes128-gcm@openssh.com', 'aes192-ctr', 'aes256-ctr', 'aes256-gcm@openssh.com'],
    kexs: [...CURVE25519, 'diffie-hellman-group16-sha512', 'diffie-hellman-group18-sha512', 'diffie-hellman-group-exchange-sha256'],
    macs: ['hmac-sha2-512-etm@openssh.com', 'hmac-sha2-256-etm@openssh.com', 'hmac-sha2-512', 'hmac-sha2-256'],
    hostKeys: HOST_KEYS,
  }),
  connector('2023-07', false, {
    ciphers: ['aes128-ctr', 'aes128-gcm@openssh.com', 'aes192-ctr', 'aes256-ctr', 'aes256-gcm@openssh.com'],
    kexs: [
      ...CURVE25519,
      'diffie-hellman-group14-sha1',
      'diffie-hellman-group16-sha512',
      'diffie-hellman-group18-sha512',
      'diffie-hellman-group-exchange-sha256',
    ],
    macs: ['hmac-sha2-512-etm@openssh.com', 'hmac-sha2-256-etm@openssh.com', 'hmac-sha2-512', 'hmac-sha2-256', 'hmac-sha1', 'hmac-sha1-96'],
    hostKeys: [...HOST_KEYS, 'ssh-rsa'],
  }),
];

const BY_NAME = new Map(SECURITY_POLICIES.map((p) => [p.SecurityPolicyName!, p]));

/** The published policy of that name, or undefined. */
export function securityPolicy(name: string): DescribedSecurityPolicy | undefined {
  return BY_NAME.get(name);
}

/**
 * Why `name` cannot be set on a resource of `type`, or undefined when it can: AWS accepts only the policies it
 * publishes, and a server's pattern also admits the connector family's names.
 */
export function securityPolicyProblem(name: string, type: 'SERVER' | 'CONNECTOR'): string | undefined {
  const policy = BY_NAME.get(name);
  if (policy?.Type === type) return undefined;
  if (policy) return `SecurityPolicyName ${name} is an SFTP connector security policy; a server takes a server security policy`;
  const family = type === 'SERVER' ? 'server' : 'SFTP connector';
  return `SecurityPolicyName ${name} is not a published ${family} security policy (ListSecurityPolicies lists them)`;
}
