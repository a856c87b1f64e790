import { createPrivateKey, X509Certificate } from 'node:crypto';
import { DAY_MS } from '../health/certificate-coverage';
import { WarningCode } from '../common/mutation';

/** What a PEM certificate says of itself: its serial as AWS answers it (lowercase hex pairs) and its validity. */
export interface PemFacts {
  serial: string;
  notBefore: Date;
  notAfter: Date;
}

/** The facts of the first certificate of a PEM text, or undefined when it cannot be read (AWS then refuses the import). */
export function readPem(pem: string): PemFacts | undefined {
  // Bounded by the model's 16,384 characters for a Certificate, checked before this is reached.
  const block = /-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----/.exec(pem.slice(0, 20_000));
  if (!block) return undefined;
  try {
    const certificate = new X509Certificate(block[0]);
    const hex = certificate.serialNumber.toLowerCase();
    return {
      serial: hex.length % 2 ? `0${hex}` : hex,
      notBefore: new Date(certificate.validFrom),
      notAfter: new Date(certificate.validTo),
    };
  } catch {
    return undefined;
  }
}

/** The modulus length of the RSA key of a PEM certificate's first certificate; undefined when it has no readable RSA key. */
export function rsaKeyBits(pem: string | undefined): number | undefined {
  const block = pem && /-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----/.exec(pem.slice(0, 20_000));
  if (!block) return undefined;
  try {
    const key = new X509Certificate(block[0]).publicKey;
    return key.asymmetricKeyType === 'rsa' || key.asymmetricKeyType === 'rsa-pss' ? key.asymmetricKeyDetails?.modulusLength : undefined;
  } catch {
    return undefined;
  }
}

/** The days before expiry from which an import is warned about (EXPIRES_SOON). */
export const EXPIRY_WARNING_DAYS = 30;

/** EXPIRED or EXPIRES_SOON for a certificate whose notAfter is past or within 30 days of `now`. */
export function expiryWarnings(facts: PemFacts | undefined, now: number, field: string[]) {
  if (!facts) return [];
  const end = facts.notAfter.toISOString();
  if (facts.notAfter.getTime() <= now) {
    return [
      { code: WarningCode.EXPIRED, message: `The certificate expired at ${end}; partners will refuse what it signs or encrypts`, field },
    ];
  }
  const days = Math.floor((facts.notAfter.getTime() - now) / DAY_MS);
  if (days < EXPIRY_WARNING_DAYS) {
    return [
      {
        code: WarningCode.EXPIRES_SOON,
        message: `The certificate expires at ${end}, in ${days} days; plan its replacement (rotateCertificate)`,
        field,
      },
    ];
  }
  return [];
}

/** AWS's status of a certificate with this active window at `now`. */
export function statusAt(active: Date, inactive: Date, now: number): 'ACTIVE' | 'PENDING_ROTATION' | 'INACTIVE' {
  if (now < active.getTime()) return 'PENDING_ROTATION';
  return now < inactive.getTime() ? 'ACTIVE' : 'INACTIVE';
}

/** AWS's key rule for AS2 certificates: RSA of 2,048 to 4,096 bits. */
const KEY_BITS = { min: 2048, max: 4096 };

/**
 * The most common reasons AWS refuses an ImportCertificate's PEM, worded as AWS words them, for a dry run: a
 * certificate that is not PEM or not X.509, a key outside the AS2 rule, a private key that is encrypted or does not
 * match. (The rarer ones, such as a TLS certificate's rules or a chain's shape, are left to the real call.) Nothing
 * derived from the key is quoted.
 */
export function importProblems(certificate: string, privateKey: string | undefined): string[] {
  const blocks = [...certificate.slice(0, 20_000).matchAll(/-----BEGIN ([A-Z0-9 ]+)-----[^-]*-----END \1-----/g)];
  if (!blocks.length) {
    return ['Certificate is not PEM: expected one or more blocks from -----BEGIN CERTIFICATE----- to -----END CERTIFICATE-----'];
  }
  let leaf: X509Certificate;
  try {
    leaf = new X509Certificate(blocks[0][0]);
  } catch {
    return [`Certificate block 1 of ${blocks.length} is not a valid X.509 certificate (its base64 body does not decode to DER)`];
  }
  const problems: string[] = [];
  const key = leaf.publicKey;
  const range = `the key length for AS2 certificates must be ${KEY_BITS.min} to ${KEY_BITS.max} bits`;
  if (key.asymmetricKeyType === 'rsa' || key.asymmetricKeyType === 'rsa-pss') {
    const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
    if (bits < KEY_BITS.min || bits > KEY_BITS.max) problems.push(`Certificate has a ${bits}-bit RSA key; ${range}`);
  } else {
    const curve = key.asymmetricKeyDetails?.namedCurve;
    problems.push(
      `Certificate has a key of type ${(key.asymmetricKeyType ?? 'unknown').toUpperCase()}${curve ? ` ${curve}` : ''}; ${range}, which takes an RSA key`,
    );
  }
  if (privateKey !== undefined) {
    if (/-----BEGIN ENCRYPTED PRIVATE KEY-----|Proc-Type:\s*4,ENCRYPTED/.test(privateKey)) {
      problems.push('PrivateKey is encrypted; import it unencrypted (for example `openssl pkey -in key.pem -out key-plain.pem`)');
    } else {
      try {
        if (!leaf.checkPrivateKey(createPrivateKey(privateKey))) {
          problems.push("PrivateKey does not match the certificate's public key; give the private key the certificate was issued for");
        }
      } catch {
        problems.push('PrivateKey is not a valid PRIVATE KEY PEM block');
      }
    }
  }
  return problems;
}
