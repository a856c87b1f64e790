import type { DescribedCertificate } from '@aws-sdk/client-transfer';
import type { GatewayContext } from '../../request/context';
import { codeOf } from '../../upstream/errors';
import { coverage } from '../health/certificate-coverage';
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
