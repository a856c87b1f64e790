import type { CertificateUsageType, ListedCertificate } from '@aws-sdk/client-transfer';

export const DAY_MS = 86_400_000;

/** The certificate members health reads; List summaries and Describe results both carry them. */
export type CertificateFacts = Pick<ListedCertificate, 'CertificateId' | 'Usage' | 'Status' | 'ActiveDate' | 'InactiveDate' | 'Type'>;

/**
 * Days from `now` until the certificate goes inactive, to the nearest whole day, as a person counts them: a certificate
 * good for 10 more days less the minutes since its import says 10, not 9. So 0 means within 12 hours of it either side,
 * and a negative number more than 12 hours past it (`status` says whether it is inactive yet). AWS's DaysUntilExpiry
 * metric is likewise counted from InactiveDate, not notAfterDate. Every day count of the gateway uses this rule.
 */
export function daysUntilExpiry(inactiveDate: Date, now: number): number {
  return daysBetween(now, inactiveDate.getTime());
}

/** Whole days from `from` to `to` (ms), to the nearest day (0, never -0). */
export function daysBetween(from: number, to: number): number {
  return Math.round((to - from) / DAY_MS) || 0;
}

/** A day count of daysUntilExpiry in words: "within a day" (0), "in 1 day", "in 10 days". */
export const inDays = (days: number): string => (days === 0 ? 'within a day' : days === 1 ? 'in 1 day' : `in ${days} days`);

/** Usable now: AWS reports it ACTIVE and `now` lies within [ActiveDate, InactiveDate). */
export function usableNow(c: CertificateFacts, now: number): boolean {
  return c.Status === 'ACTIVE' && c.ActiveDate!.getTime() <= now && now < c.InactiveDate!.getTime();
}

/** What a profile's certificates give for one usage. */
export type Coverage =
  | { kind: 'missing' }
  | { kind: 'no-private-key'; certificate: CertificateFacts }
  | { kind: 'expired'; certificate: CertificateFacts }
  | { kind: 'not-yet-active'; certificate: CertificateFacts }
  /** Usable now and, through certificates taking over one from another, until `last` goes inactive; `next` starts only after a gap. */
  | { kind: 'covered'; last: CertificateFacts; next?: CertificateFacts };

const time = (d: Date | undefined) => d!.getTime();
const latestInactive = (cs: CertificateFacts[]) => cs.reduce((a, b) => (time(b.InactiveDate) > time(a.InactiveDate) ? b : a));
const earliestActive = (cs: CertificateFacts[]) => cs.reduce((a, b) => (time(b.ActiveDate) < time(a.ActiveDate) ? b : a));

/**
 * How long `certificates` (a profile's) keep a usage usable. AWS uses whichever attached certificate of the usage is
 * active, so a replacement whose activeDate falls before the current one's inactiveDate takes over without a gap
 * (the rotation the AS2 guide describes).
 */
export function coverage(certificates: CertificateFacts[], usage: CertificateUsageType, privateKey: boolean, now: number): Coverage {
  const ofUsage = certificates.filter((c) => c.Usage === usage);
  if (!ofUsage.length) return { kind: 'missing' };
  const candidates = privateKey ? ofUsage.filter((c) => c.Type === 'CERTIFICATE_WITH_PRIVATE_KEY') : ofUsage;
  if (!candidates.length) return { kind: 'no-private-key', certificate: ofUsage[0] };
  const usable = candidates.filter((c) => usableNow(c, now));
  if (!usable.length) {
    const waiting = candidates.filter((c) => time(c.ActiveDate) > now);
    return waiting.length
      ? { kind: 'not-yet-active', certificate: earliestActive(waiting) }
      : { kind: 'expired', certificate: latestInactive(candidates) };
  }
  let last = latestInactive(usable);
  for (;;) {
    const takesOver = candidates.filter(
      (c) => time(c.ActiveDate) <= time(last.InactiveDate) && time(c.InactiveDate) > time(last.InactiveDate),
    );
    if (!takesOver.length) break;
    last = latestInactive(takesOver);
  }
  const later = candidates.filter((c) => time(c.ActiveDate) > time(last.InactiveDate));
  return later.length ? { kind: 'covered', last, next: earliestActive(later) } : { kind: 'covered', last };
}

/**
 * The certificate of the same profile that takes over from `expiring` when it goes inactive (or, when it already
 * has, that serves now): same usage, a private key if `expiring` has one, active by then and inactive later.
 * Undefined when nothing does.
 */
export function replacementOf(
  expiring: CertificateFacts,
  profileCertificates: CertificateFacts[],
  now: number,
): CertificateFacts | undefined {
  const end = Math.max(time(expiring.InactiveDate), now);
  const takers = profileCertificates.filter(
    (c) =>
      c.CertificateId !== expiring.CertificateId &&
      c.Usage === expiring.Usage &&
      (expiring.Type !== 'CERTIFICATE_WITH_PRIVATE_KEY' || c.Type === 'CERTIFICATE_WITH_PRIVATE_KEY') &&
      time(c.ActiveDate) <= end &&
      time(c.InactiveDate) > end,
  );
  return takers.length ? latestInactive(takers) : undefined;
}
