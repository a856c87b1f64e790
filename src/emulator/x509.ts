import { invalidRequest, type AwsError } from './errors';
import { type CertificateFacts, type CertificatePem, inspectCertificatePem } from './rules/certificate-pem';

export { type CertificateFacts, type CertificatePem, inspectCertificatePem } from './rules/certificate-pem';

/** One InvalidRequestException listing every problem, in the form validation errors take. */
export function problemsError(problems: string[]): AwsError {
  const n = problems.length;
  return invalidRequest(`${n} validation error${n === 1 ? '' : 's'} detected: ${problems.join('; ')}`);
}

/** Like `inspectCertificatePem`, but throws one InvalidRequestException listing every problem. */
export function parseCertificatePem(pem: CertificatePem): CertificateFacts {
  const { facts, problems } = inspectCertificatePem(pem);
  if (!facts || problems.length) throw problemsError(problems);
  return facts;
}
