import 'reflect-metadata'; // @peculiar/x509 resolves its algorithms through tsyringe, which needs it
import * as x509 from '@peculiar/x509';
import { randomBytes, webcrypto } from 'node:crypto';

x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);

const RSA_2048: RsaHashedKeyGenParams = {
  name: 'RSASSA-PKCS1-v1_5',
  hash: 'SHA-256',
  publicExponent: new Uint8Array([1, 0, 1]),
  modulusLength: 2048,
};
type RsaHashedKeyGenParams = webcrypto.RsaHashedKeyGenParams;

/** An RSA-2048 key pair, with its private key as PKCS#8 PEM. */
export interface SeedKey {
  keys: webcrypto.CryptoKeyPair;
  privateKeyPem: string;
}

/** What a certificate is for: the AS2 usages, or a CA that issues others. */
export type CertificatePurpose = 'SIGNING' | 'ENCRYPTION' | 'TLS' | 'CA';

/** A certificate to make; self-signed unless `issuer` is given. */
export interface CertificateSpec {
  /** Distinguished name, e.g. `CN=Acme AS2 signing, O=Acme Corp, C=US`. */
  subject: string;
  key: SeedKey;
  notBefore: Date;
  notAfter: Date;
  purpose: CertificatePurpose;
  /** The CA that signs the certificate. */
  issuer?: GeneratedCertificate;
}

/** A generated certificate as PEM, with the PKCS#8 PEM of its private key. */
export interface GeneratedCertificate {
  subject: string;
  /** The serial as lowercase hex (16 random bytes, positive, no leading zero byte). */
  serial: string;
  key: SeedKey;
  certificatePem: string;
  privateKeyPem: string;
}

/** Generates one RSA-2048 key pair (the slow part: reuse keys across certificates). */
export async function generateKey(): Promise<SeedKey> {
  const keys = await webcrypto.subtle.generateKey(RSA_2048, true, ['sign', 'verify']);
  const pkcs8 = await webcrypto.subtle.exportKey('pkcs8', keys.privateKey);
  return { keys, privateKeyPem: x509.PemConverter.encode(pkcs8, 'PRIVATE KEY') };
}

/** Generates `count` key pairs concurrently. */
export function generateKeys(count: number): Promise<SeedKey[]> {
  return Promise.all(Array.from({ length: count }, generateKey));
}

/** A random positive 16-byte serial without a leading zero byte, as hex. */
function randomSerial(): string {
  const bytes = randomBytes(16);
  bytes[0] = (bytes[0] & 0x7f) | 0x10;
  return bytes.toString('hex');
}

function extensionsFor(purpose: CertificatePurpose): x509.Extension[] {
  const f = x509.KeyUsageFlags;
  switch (purpose) {
    case 'CA':
      return [new x509.BasicConstraintsExtension(true, 0, true), new x509.KeyUsagesExtension(f.keyCertSign | f.cRLSign, true)];
    case 'SIGNING':
      return [new x509.KeyUsagesExtension(f.digitalSignature | f.nonRepudiation, true)];
    case 'ENCRYPTION':
      return [new x509.KeyUsagesExtension(f.keyEncipherment | f.dataEncipherment, true)];
    case 'TLS':
      return [
        new x509.KeyUsagesExtension(f.digitalSignature | f.keyEncipherment, true),
        new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
      ];
  }
}

/** Generates a real X.509 certificate (SHA-256 with RSA) for `spec`. */
export async function generateCertificate(spec: CertificateSpec): Promise<GeneratedCertificate> {
  const serial = randomSerial();
  const common = {
    serialNumber: serial,
    notBefore: spec.notBefore,
    notAfter: spec.notAfter,
    extensions: extensionsFor(spec.purpose),
  };
  const certificate = spec.issuer
    ? await x509.X509CertificateGenerator.create({
        ...common,
        subject: spec.subject,
        issuer: spec.issuer.subject,
        publicKey: spec.key.keys.publicKey,
        signingKey: spec.issuer.key.keys.privateKey,
      })
    : await x509.X509CertificateGenerator.createSelfSigned({ ...common, name: spec.subject, keys: spec.key.keys });
  return {
    subject: spec.subject,
    serial,
    key: spec.key,
    certificatePem: `${certificate.toString('pem')}\n`,
    privateKeyPem: `${spec.key.privateKeyPem}\n`,
  };
}
