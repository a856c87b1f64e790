import { X509Certificate } from 'node:crypto';
import { DAY_MS, daysBetween, inDays } from '../health/certificate-coverage';
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
  if (facts.notAfter.getTime() - now < EXPIRY_WARNING_DAYS * DAY_MS) {
    const days = daysBetween(now, facts.notAfter.getTime());
    return [
      {
        code: WarningCode.EXPIRES_SOON,
        message: `The certificate expires at ${end}, ${inDays(days)}; plan its replacement (rotateCertificate)`,
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
