import type {
  CertificateStatusType,
  DeleteCertificateRequest,
  DescribeCertificateRequest,
  DescribeCertificateResponse,
  DescribedCertificate,
  ImportCertificateRequest,
  ImportCertificateResponse,
  ListCertificatesRequest,
  ListCertificatesResponse,
  ListedCertificate,
  UpdateCertificateRequest,
  UpdateCertificateResponse,
} from '@aws-sdk/client-transfer';
import type { OperationContext } from '../context';
import { refuseIf } from '../errors';
import { arn, newId } from '../ids';
import { page } from '../pagination';
import type { CertificateRecord } from '../records';
import { inspectCertificatePem, problemsError } from '../x509';
import { type CertificateWindow, windowProblems } from '../rules/certificate-rules';
import { accountQuotaProblem } from '../rules/quotas';
import { compact, mustGet, tagsOrUndefined } from './common';

/**
 * Status as of `now`, derived on every read: INACTIVE from InactiveDate on, PENDING_ROTATION before ActiveDate
 * (a certificate waiting to replace one that expires), ACTIVE in between.
 */
export function certificateStatus(d: DescribedCertificate, now: number): CertificateStatusType {
  if (now >= d.InactiveDate!.getTime()) return 'INACTIVE';
  if (now < d.ActiveDate!.getTime()) return 'PENDING_ROTATION';
  return 'ACTIVE';
}

function withStatus(record: CertificateRecord, now: number): DescribedCertificate {
  return { ...record.described, Status: certificateStatus(record.described, now) };
}

export function importCertificate(ctx: OperationContext, input: ImportCertificateRequest): ImportCertificateResponse {
  const { facts, problems } = inspectCertificatePem({
    certificate: input.Certificate!,
    chain: input.CertificateChain,
    privateKey: input.PrivateKey,
    usage: input.Usage,
  });
  if (!facts) throw problemsError(problems);
  const window: CertificateWindow = {
    ActiveDate: input.ActiveDate ?? facts.notBefore,
    InactiveDate: input.InactiveDate ?? facts.notAfter,
    NotBeforeDate: facts.notBefore,
    NotAfterDate: facts.notAfter,
  };
  problems.push(...windowProblems(window));
  if (problems.length) throw problemsError(problems);
  refuseIf(accountQuotaProblem('certificatesPerAccount', ctx.state.certificates.size));

  const CertificateId = newId.certificate();
  const record: CertificateRecord = {
    seq: ctx.store.nextSeq(),
    // The private key is checked against the certificate and then dropped: nothing answers it back.
    described: compact({
      Arn: arn.certificate(ctx, CertificateId),
      CertificateId,
      Usage: input.Usage,
      Certificate: facts.certificate,
      CertificateChain: facts.chain,
      ...window,
      Serial: facts.serial,
      Type: input.PrivateKey === undefined ? 'CERTIFICATE' : 'CERTIFICATE_WITH_PRIVATE_KEY',
      Description: input.Description,
      Tags: tagsOrUndefined(input.Tags),
    }),
  };
  ctx.store.put(ctx.region, 'certificates', CertificateId, record);
  return { CertificateId };
}

export function describeCertificate(ctx: OperationContext, input: DescribeCertificateRequest): DescribeCertificateResponse {
  return { Certificate: withStatus(mustGet(ctx, 'certificates', input.CertificateId!), ctx.now()) };
}

/** Changes only the members given; the dates that result must obey the same rules as on import. */
export function updateCertificate(ctx: OperationContext, input: UpdateCertificateRequest): UpdateCertificateResponse {
  const record = mustGet(ctx, 'certificates', input.CertificateId!);
  const d = record.described;
  const window: CertificateWindow = {
    ActiveDate: input.ActiveDate ?? d.ActiveDate!,
    InactiveDate: input.InactiveDate ?? d.InactiveDate!,
    NotBeforeDate: d.NotBeforeDate!,
    NotAfterDate: d.NotAfterDate!,
  };
  const problems = windowProblems(window);
  if (problems.length) throw problemsError(problems);
  const described = compact({ ...d, ...window, Description: input.Description ?? d.Description });
  ctx.store.put(ctx.region, 'certificates', input.CertificateId!, { ...record, described });
  return { CertificateId: input.CertificateId };
}

/** AWS declares no conflict error here: profiles that name the certificate keep a dangling id, as for profiles. */
export function deleteCertificate(ctx: OperationContext, input: DeleteCertificateRequest): void {
  mustGet(ctx, 'certificates', input.CertificateId!);
  ctx.store.remove(ctx.region, 'certificates', input.CertificateId!);
}

export function listCertificates(ctx: OperationContext, input: ListCertificatesRequest): ListCertificatesResponse {
  const { items, NextToken } = page({
    secret: ctx.store.tokenSecret,
    operation: 'ListCertificates',
    region: ctx.region,
    params: {},
    collection: ctx.state.certificates,
    maxResults: input.MaxResults,
    nextToken: input.NextToken,
  });
  const now = ctx.now();
  return compact({ Certificates: items.map((r) => listedCertificate(r, now)), NextToken });
}

function listedCertificate(record: CertificateRecord, now: number): ListedCertificate {
  const d = record.described;
  return compact({
    Arn: d.Arn,
    CertificateId: d.CertificateId,
    Usage: d.Usage,
    Status: certificateStatus(d, now),
    ActiveDate: d.ActiveDate,
    InactiveDate: d.InactiveDate,
    Type: d.Type,
    Description: d.Description,
  });
}

export const certificateOperations = {
  ImportCertificate: importCertificate,
  DescribeCertificate: describeCertificate,
  UpdateCertificate: updateCertificate,
  DeleteCertificate: deleteCertificate,
  ListCertificates: listCertificates,
};
