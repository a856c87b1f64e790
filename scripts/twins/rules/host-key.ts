import { createHash, createPrivateKey, createPublicKey, randomBytes, type JsonWebKey } from 'node:crypto';

// The model documents HostKeyFingerprint as "the Base64-encoded SHA256 fingerprint of the server's host key ...
// equivalent to the output of ssh-keygen -l -f": SHA256 over the SSH wire encoding of the public key (RFC 4253 §6.6,
// RFC 5656 §3.1, RFC 8709 §4), printed as ssh-keygen prints it, `SHA256:` and unpadded base64.
const fingerprintOf = (publicKeyBlob: Buffer) => `SHA256:${createHash('sha256').update(publicKeyBlob).digest('base64').replace(/=+$/, '')}`;

/** The fingerprint of a host key AWS generated itself: nobody holds that key, so any SHA256 is as plausible. */
export function generatedHostKeyFingerprint(): string {
  return fingerprintOf(randomBytes(64));
}

/** Why a HostKey was refused. */
export const UNSUPPORTED_HOST_KEY =
  'HostKey must be an unencrypted RSA (2048 bits or more), ECDSA (nistp256, nistp384 or nistp521) or ED25519 private key ' +
  'in PEM or OpenSSH format';

/**
 * The fingerprint of a HostKey given to CreateServer or UpdateServer, or undefined for anything the model's
 * documentation does not accept (it asks for RSA of at least 2048 bits, ECDSA 256/384/521 or ED25519, no passphrase).
 */
export function hostKeyFingerprint(hostKey: string): string | undefined {
  const blob = hostKey.includes('BEGIN OPENSSH PRIVATE KEY') ? openSshPublicBlob(hostKey) : pemPublicBlob(hostKey);
  return blob && supported(blob) ? fingerprintOf(blob) : undefined;
}

const sshString = (bytes: Buffer) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(bytes.length);
  return Buffer.concat([length, bytes]);
};

/** An unsigned big-endian integer as an SSH mpint: no leading zeros, one added when the top bit is set. */
const sshMpint = (unsigned: Buffer) => {
  let start = 0;
  while (start < unsigned.length - 1 && unsigned[start] === 0) start++;
  const trimmed = unsigned.subarray(start);
  return sshString(trimmed[0] & 0x80 ? Buffer.concat([Buffer.from([0]), trimmed]) : trimmed);
};

const CURVES: Record<string, string> = { 'P-256': 'nistp256', 'P-384': 'nistp384', 'P-521': 'nistp521' };

/** PKCS#1, SEC1 or PKCS#8 PEM, through node's parser, re-encoded as the SSH public key blob. */
function pemPublicBlob(pem: string): Buffer | undefined {
  let jwk: JsonWebKey;
  try {
    jwk = createPublicKey(createPrivateKey({ key: pem, format: 'pem' })).export({ format: 'jwk' });
  } catch {
    return undefined;
  }
  const bytes = (value: string | undefined) => Buffer.from(value ?? '', 'base64url');
  if (jwk.kty === 'RSA') {
    return Buffer.concat([sshString(Buffer.from('ssh-rsa')), sshMpint(bytes(jwk.e)), sshMpint(bytes(jwk.n))]);
  }
  if (jwk.kty === 'EC' && jwk.crv && CURVES[jwk.crv]) {
    const curve = CURVES[jwk.crv];
    const point = Buffer.concat([Buffer.from([4]), bytes(jwk.x), bytes(jwk.y)]);
    return Buffer.concat([sshString(Buffer.from(`ecdsa-sha2-${curve}`)), sshString(Buffer.from(curve)), sshString(point)]);
  }
  if (jwk.kty === 'OKP' && jwk.crv === 'Ed25519') {
    return Buffer.concat([sshString(Buffer.from('ssh-ed25519')), sshString(bytes(jwk.x))]);
  }
  return undefined;
}

/** Reads length-prefixed SSH fields, or undefined once the data runs short. */
class SshReader {
  private offset = 0;
  constructor(private readonly data: Buffer) {}

  string(): Buffer | undefined {
    if (this.offset + 4 > this.data.length) return undefined;
    const length = this.data.readUInt32BE(this.offset);
    if (this.offset + 4 + length > this.data.length) return undefined;
    const value = this.data.subarray(this.offset + 4, this.offset + 4 + length);
    this.offset += 4 + length;
    return value;
  }

  uint32(): number | undefined {
    if (this.offset + 4 > this.data.length) return undefined;
    const value = this.data.readUInt32BE(this.offset);
    this.offset += 4;
    return value;
  }
}

const OPENSSH_MAGIC = Buffer.from('openssh-key-v1\0');

/** The first public key of an OpenSSH private key file, which the format keeps in the clear (PROTOCOL.key). */
function openSshPublicBlob(text: string): Buffer | undefined {
  const m = /-----BEGIN OPENSSH PRIVATE KEY-----([\s\S]*?)-----END OPENSSH PRIVATE KEY-----/.exec(text);
  if (!m) return undefined;
  const data = Buffer.from(m[1].replace(/\s+/g, ''), 'base64');
  if (!data.subarray(0, OPENSSH_MAGIC.length).equals(OPENSSH_MAGIC)) return undefined;
  const reader = new SshReader(data.subarray(OPENSSH_MAGIC.length));
  const cipher = reader.string();
  reader.string(); // kdf name
  reader.string(); // kdf options
  const keys = reader.uint32();
  // The documentation generates keys with `-N ""`; an encrypted key would be unusable to the service.
  if (cipher?.toString() !== 'none' || keys !== 1) return undefined;
  return reader.string();
}

/** Whether a public key blob is one of the documented host key types and sizes. */
function supported(blob: Buffer): boolean {
  const reader = new SshReader(blob);
  const type = reader.string()?.toString();
  if (type === 'ssh-ed25519') return reader.string()?.length === 32;
  if (type === 'ssh-rsa') {
    reader.string(); // e
    const n = reader.string();
    if (!n) return false;
    const significant = n[0] === 0 ? n.subarray(1) : n;
    return significant.length * 8 - Math.clz32(significant[0]) + 24 >= 2048;
  }
  const ecdsa = /^ecdsa-sha2-(nistp256|nistp384|nistp521)$/.exec(type ?? '');
  return !!ecdsa && reader.string()?.toString() === ecdsa[1];
}
