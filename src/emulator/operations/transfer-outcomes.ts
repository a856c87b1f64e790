import type { DescribedConnector } from '@aws-sdk/client-transfer';
import type { OperationContext } from '../context';
import type { TransferFileRecord } from '../records';
import { parseUrl } from '../rules/connector-rules';

/**
 * FailureCodes the emulator gives. AWS documents only RETRIEVE_FILE_NOT_FOUND (ConnectorFileTransferResult); the
 * others are the emulator's own, named in the same style, each triggered by a rule an operator can set up on purpose.
 */
export const FAILURE = {
  connection: 'CONNECTION_FAILED',
  profileNotFound: 'PROFILE_NOT_FOUND',
  partnerEncryptionCertificate: 'PARTNER_ENCRYPTION_CERTIFICATE_NOT_FOUND',
  localSigningCertificate: 'LOCAL_SIGNING_CERTIFICATE_NOT_FOUND',
  partnerSigningCertificate: 'PARTNER_SIGNING_CERTIFICATE_NOT_FOUND',
  sendFileNotFound: 'SEND_FILE_NOT_FOUND',
  retrieveFileNotFound: 'RETRIEVE_FILE_NOT_FOUND',
} as const;

type Failure = Pick<TransferFileRecord, 'FailureCode' | 'FailureMessage'>;
const fail = (FailureCode: string, FailureMessage: string): Failure => ({ FailureCode, FailureMessage });

// An S3 object as `/bucket/key` (the AccessRole docs) or `bucket/key` (the SendFilePaths docs): a valid bucket name
// and a key that does not end in `/`, since a folder cannot be sent.
const S3_OBJECT_PATH = /^\/?([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])\/(.*[^/])$/;

/** Whether StartFileTransfer sends files (AS2 or SFTP) or retrieves them (SFTP). */
export type Direction = 'SEND' | 'RETRIEVE';

/** The outcome of every file of a transfer, decided when it starts, so that reads only replay it. */
export function decideOutcomes(
  ctx: OperationContext,
  connector: DescribedConnector,
  direction: Direction,
  paths: string[],
): TransferFileRecord[] {
  const whole = connectionFailure(connector) ?? as2Failure(ctx, connector);
  return paths.map((FilePath) => {
    const failure = whole ?? fileFailure(direction, FilePath);
    return failure ? { FilePath, outcome: 'FAILED', ...failure } : { FilePath, outcome: 'COMPLETED' };
  });
}

/** Host names under `.invalid` (RFC 2606) can never resolve: every file fails to connect. */
function connectionFailure(connector: DescribedConnector): Failure | undefined {
  const host = parseUrl(connector.Url)?.host.toLowerCase().replace(/\.$/, '');
  if (host === 'invalid' || host?.endsWith('.invalid')) {
    return fail(FAILURE.connection, `Could not connect to ${connector.Url}: host ${host} does not resolve`);
  }
  return undefined;
}

/**
 * AS2 needs the partner's ENCRYPTION certificate to encrypt, the local profile's SIGNING certificate with its private
 * key to sign, and the partner's SIGNING certificate to verify a signed MDN. An algorithm that is unset is not checked
 * (AWS documents no default), NONE needs no certificate, and MdnSigningAlgorithm DEFAULT or unset means the
 * SigningAlgorithm (As2ConnectorConfig.MdnSigningAlgorithm docs).
 */
function as2Failure(ctx: OperationContext, connector: DescribedConnector): Failure | undefined {
  const as2 = connector.As2Config;
  if (!as2) return undefined;
  const local = ctx.state.profiles.get(as2.LocalProfileId!);
  const partner = ctx.state.profiles.get(as2.PartnerProfileId!);
  if (!local || !partner) {
    const missing = !local ? `local profile ${as2.LocalProfileId}` : `partner profile ${as2.PartnerProfileId}`;
    return fail(FAILURE.profileNotFound, `The connector's ${missing} no longer exists`);
  }
  const has = (certificateIds: string[] | undefined, usage: string, withKey = false) =>
    (certificateIds ?? []).some((id) => {
      const c = ctx.state.certificates.get(id)?.described;
      return c?.Usage === usage && (!withKey || c.Type === 'CERTIFICATE_WITH_PRIVATE_KEY');
    });
  const encryption = as2.EncryptionAlgorithm;
  if (encryption && encryption !== 'NONE' && !has(partner.described.CertificateIds, 'ENCRYPTION')) {
    return fail(
      FAILURE.partnerEncryptionCertificate,
      `EncryptionAlgorithm ${encryption} needs an ENCRYPTION certificate on partner profile ${as2.PartnerProfileId}, which has none`,
    );
  }
  const signing = as2.SigningAlgorithm;
  if (signing && signing !== 'NONE' && !has(local.described.CertificateIds, 'SIGNING', true)) {
    return fail(
      FAILURE.localSigningCertificate,
      `SigningAlgorithm ${signing} needs a SIGNING certificate with its private key on local profile ${as2.LocalProfileId}, which has none`,
    );
  }
  const mdnSigning = !as2.MdnSigningAlgorithm || as2.MdnSigningAlgorithm === 'DEFAULT' ? signing : as2.MdnSigningAlgorithm;
  const mdnRequested = as2.MdnResponse === 'SYNC' || as2.MdnResponse === 'ASYNC';
  if (mdnRequested && mdnSigning && mdnSigning !== 'NONE' && !has(partner.described.CertificateIds, 'SIGNING')) {
    return fail(
      FAILURE.partnerSigningCertificate,
      `A signed MDN (${mdnSigning}) cannot be verified: partner profile ${as2.PartnerProfileId} has no SIGNING certificate`,
    );
  }
  return undefined;
}

function fileFailure(direction: Direction, path: string): Failure | undefined {
  if (direction === 'SEND' && !S3_OBJECT_PATH.test(path)) {
    return fail(FAILURE.sendFileNotFound, `${path} is not an Amazon S3 object path of the form /bucket/key`);
  }
  if (direction === 'RETRIEVE' && path.endsWith('/')) {
    return fail(FAILURE.retrieveFileNotFound, `${path} is a directory on the remote server, not a file`);
  }
  return undefined;
}
