import type { DescribedCertificate } from '@aws-sdk/client-transfer';
import type { GatewayContext } from '../../request/context';
import { codeOf } from '../../upstream/errors';
import { rsaKeyBits } from '../certificate/pem';
import { coverage, usableNow } from '../health/certificate-coverage';
import type { CertificateNeed } from '../health/needs';
import { WarningCode } from './mutation';

/** One warning of a payload. */
export interface WarningData {
  code: WarningCode;
  message: string;
  field: string[] | null;
}

/** Algorithms the AS2 guide advises against: SHA1 signatures and 3DES encryption still work, but are weak. */
const WEAK = new Set(['SHA1', 'DES_EDE3_CBC']);

/** WEAK_ALGORITHM for each weak algorithm chosen, on its field. */
export function algorithmWarnings(chosen: Array<{ value: string | null | undefined; field: string[] }>): WarningData[] {
  return chosen
    .filter((c): c is { value: string; field: string[] } => !!c.value && WEAK.has(c.value))
    .map((c) => ({
      code: WarningCode.WEAK_ALGORITHM,
      message: `${c.value} is weak; the AS2 guide advises ${c.value === 'SHA1' ? 'SHA256 or stronger' : 'AES128_CBC or stronger'}`,
      field: c.field,
    }));
}

/**
 * The security strength in bits an RSA key of `bits` gives: NIST SP 800-57 Part 1 Rev. 5, Table 2 (comparable
 * strengths): 2,048 bits 112, 3,072 bits 128, 7,680 bits 192, 15,360 bits 256; a size between two rows gets the lower.
 */
export function rsaStrength(bits: number): number {
  if (bits >= 15_360) return 256;
  if (bits >= 7_680) return 192;
  if (bits >= 3_072) return 128;
  if (bits >= 2_048) return 112;
  return 80;
}

/**
 * The strength an algorithm aims for: an AES key's length; a SHA-2 digest's collision resistance, half its length
 * (NIST SP 800-57 Part 1 Rev. 5, Table 3). The weak ones (SHA1, 3DES) are WEAK_ALGORITHM's; NONE and DEFAULT aim for nothing.
 */
const ALGORITHM_STRENGTH: Record<string, number> = {
  AES128_CBC: 128,
  AES192_CBC: 192,
  AES256_CBC: 256,
  SHA256: 128,
  SHA384: 192,
  SHA512: 256,
};

/** How many bits below the algorithm's strength a key must fall for KEY_TOO_WEAK: RSA-2048 with SHA256 or AES128 (16 below) is the common, sound setup. */
export const KEY_STRENGTH_GAP = 64;

/** The strongest key AWS imports for AS2 (RSA-4,096) gives 128 bits by Table 2: no warning once a key gives that. */
const STRONGEST_IMPORTABLE = rsaStrength(4_096);

/**
 * KEY_TOO_WEAK, on the algorithm's field, for each certificate a connector's algorithm would be used with (the
 * certificates of the need's usage usable now, with their key where one is needed) whose RSA key gives at least
 * KEY_STRENGTH_GAP bits less than the algorithm aims for, while a larger key AWS imports would give more (under
 * RSA-3,072: by Table 2 RSA-4,096 gives no more than RSA-3,072). E.g. RSA-2048 (112) with AES256_CBC or SHA512 (256),
 * or with AES192_CBC or SHA384 (192). Same reads as certificateNeedWarnings, through the same loaders.
 */
export async function keyStrengthWarnings(
  ctx: GatewayContext,
  needs: Array<CertificateNeed & { field: string[] }>,
  fieldOf: (setting: NonNullable<CertificateNeed['algorithm']>['setting']) => string[],
): Promise<WarningData[]> {
  const now = Date.now();
  const perNeed = await Promise.all(
    needs.map(async (need): Promise<WarningData[]> => {
      const aim = need.algorithm && ALGORITHM_STRENGTH[need.algorithm.value];
      if (!need.algorithm || !aim) return [];
      const profile = await ctx.loaders.profile.load(need.profileId).catch(() => undefined);
      const found = await Promise.all((profile?.CertificateIds ?? []).map((id) => ctx.loaders.certificate.load(id).catch(() => undefined)));
      const used = found.filter(
        (c): c is DescribedCertificate =>
          c !== undefined && c.Usage === need.usage && (!need.privateKey || c.Type === 'CERTIFICATE_WITH_PRIVATE_KEY') && usableNow(c, now),
      );
      const { setting, value } = need.algorithm;
      return used.flatMap((c) => {
        const bits = rsaKeyBits(c.Certificate);
        if (!bits) return [];
        const strength = rsaStrength(bits);
        if (aim - strength < KEY_STRENGTH_GAP || strength >= STRONGEST_IMPORTABLE) return [];
        // A connector needs the partner's certificates without their key, its local profile's with it.
        const partner = !need.privateKey;
        // The strongest algorithm of the same kind (AES or SHA) this key would not be warned about.
        const matching = Object.entries(ALGORITHM_STRENGTH)
          .filter(([name, s]) => s - strength < KEY_STRENGTH_GAP && name.slice(0, 3) === value.slice(0, 3))
          .map(([name]) => name)
          .at(-1);
        const remedy = partner
          ? 'ask the partner for a certificate with a 3072- or 4096-bit key'
          : 'rotate it to one with a 3072- or 4096-bit key (rotateCertificate)';
        return [
          {
            code: WarningCode.KEY_TOO_WEAK,
            message:
              `${need.usage} certificate ${c.CertificateId} of profile ${need.profileId} has an RSA-${bits} key (${strength}-bit security, NIST SP 800-57), ` +
              `${aim - strength} bits below the ${aim} that ${setting} ${value} aims for: the key is the weak link. ` +
              `To get ${value}'s strength, ${remedy}${matching ? `; ${matching} matches the key as it is` : ''}`,
            field: fieldOf(setting),
          },
        ];
      });
    }),
  );
  return perNeed.flat();
}

/**
 * NO_USABLE_CERTIFICATE for each need (health/needs.ts: what an agreement or connector needs of its profiles) that the
 * profile's certificates do not meet now: one DescribeProfile per profile and one DescribeCertificate per certificate,
 * through the request's loaders (so a dry run's checks share them).
 */
export async function certificateNeedWarnings(
  ctx: GatewayContext,
  needs: Array<CertificateNeed & { field: string[] }>,
): Promise<WarningData[]> {
  const now = Date.now();
  const warnings = await Promise.all(
    needs.map(async (need): Promise<WarningData | undefined> => {
      const profile = await ctx.loaders.profile.load(need.profileId).catch((error: unknown) => {
        if (codeOf(error) === 'NOT_FOUND') return undefined;
        throw error;
      });
      if (!profile) return undefined;
      const found = await Promise.all((profile.CertificateIds ?? []).map((id) => ctx.loaders.certificate.load(id).catch(() => undefined)));
      const certificates = found.filter((c): c is DescribedCertificate => c !== undefined);
      const covered = coverage(certificates, need.usage, need.privateKey, now);
      if (covered.kind === 'covered') return undefined;
      const why = {
        missing: 'none',
        'no-private-key': 'none with its private key',
        expired: 'only expired ones',
        'not-yet-active': 'none active yet',
      }[covered.kind];
      return {
        code: WarningCode.NO_USABLE_CERTIFICATE,
        // need.reason reads "agreement a-… to verify the partner's signed messages" (health/needs.ts).
        message: `Profile ${need.profileId} has ${why} of usage ${need.usage}; the ${need.reason.split(' ')[0]} needs one to ${need.reason.replace(/^\S+ \S+ to /, '')}`,
        field: need.field,
      };
    }),
  );
  return warnings.filter((w): w is WarningData => w !== undefined);
}

/**
 * The warnings of a payload, computed with reads of their own. After a write AWS carried out, a failing read (a
 * throttled Describe) leaves the warnings out rather than the answer that carries what was made.
 */
export async function warningsAfter(written: boolean, compute: () => Promise<WarningData[]>): Promise<WarningData[]> {
  if (!written) return compute();
  return compute().catch(() => []);
}
