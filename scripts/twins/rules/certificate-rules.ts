/**
 * The rules AWS applies to a certificate's active window in ImportCertificate and UpdateCertificate, as messages.
 * Self-contained: the gateway's dry runs check the same rules with a generated copy (scripts/twins/).
 */

/** The dates of a certificate as it would be kept: its active window and the validity its PEM states. */
export interface CertificateWindow {
  ActiveDate: Date;
  InactiveDate: Date;
  NotBeforeDate: Date;
  NotAfterDate: Date;
}

const iso = (d: Date) => d.toISOString();

/** "Active and Inactive dates must be inside the range between Not Before and Not After" (AS2 guide, rotation). */
export function windowProblems(w: CertificateWindow): string[] {
  const problems: string[] = [];
  const validity = `the certificate's validity, ${iso(w.NotBeforeDate)} to ${iso(w.NotAfterDate)}`;
  for (const member of ['ActiveDate', 'InactiveDate'] as const) {
    const date = w[member];
    if (date < w.NotBeforeDate || date > w.NotAfterDate) {
      problems.push(`${member} ${iso(date)} lies outside ${validity}; give a date within it`);
    }
  }
  if (w.ActiveDate >= w.InactiveDate) {
    problems.push(`ActiveDate ${iso(w.ActiveDate)} must be before InactiveDate ${iso(w.InactiveDate)}`);
  }
  return problems;
}
