import type { DescribedConnector, ListedAgreement, ProfileType } from '@aws-sdk/client-transfer';
import { HealthStatus } from './health.type';

/** A certificate some profile must have for an agreement or connector (or, at least, for itself) to work. */
export interface CertificateNeed {
  profileId: string;
  usage: 'SIGNING' | 'ENCRYPTION';
  /** AWS signs or decrypts with it, so it must have been imported with its private key. */
  privateKey: boolean;
  /** How bad it is to go without. */
  severity: HealthStatus.WARNING | HealthStatus.BROKEN;
  /** Who needs it for what, for messages: "agreement a-… to verify the partner's signed messages". */
  reason: string;
  /** The connector setting this need serves and the algorithm it names (a connector's needs only): KEY_TOO_WEAK compares them. */
  algorithm?: { setting: 'signingAlgorithm' | 'encryptionAlgorithm' | 'mdnSigningAlgorithm'; value: string };
}

const set = (algorithm: string | undefined): algorithm is string => algorithm !== undefined && algorithm !== 'NONE';

/**
 * An agreement receives the partner's messages: it verifies their signatures with the partner's SIGNING certificate,
 * decrypts them with the local ENCRYPTION key and signs the MDNs it returns with the local SIGNING key. All of it
 * comes from the List summary: no DescribeAgreement needed.
 */
export function agreementNeeds(a: Pick<ListedAgreement, 'AgreementId' | 'LocalProfileId' | 'PartnerProfileId'>): CertificateNeed[] {
  const who = `agreement ${a.AgreementId}`;
  return [
    {
      profileId: a.PartnerProfileId!,
      usage: 'SIGNING',
      privateKey: false,
      severity: HealthStatus.BROKEN,
      reason: `${who} to verify the partner's signed messages`,
    },
    {
      profileId: a.LocalProfileId!,
      usage: 'SIGNING',
      privateKey: true,
      severity: HealthStatus.BROKEN,
      reason: `${who} to sign the MDNs it returns`,
    },
    {
      profileId: a.LocalProfileId!,
      usage: 'ENCRYPTION',
      privateKey: true,
      severity: HealthStatus.WARNING,
      reason: `${who} to decrypt encrypted messages`,
    },
  ];
}

/**
 * An AS2 connector sends: it signs with the local SIGNING key when SigningAlgorithm is set, encrypts to the partner's
 * ENCRYPTION certificate when EncryptionAlgorithm is set, and verifies signed MDNs (MdnSigningAlgorithm, or
 * SigningAlgorithm when DEFAULT or unset) with the partner's SIGNING certificate. An algorithm left unset or NONE
 * needs nothing. SFTP connectors need no certificates.
 */
export function connectorNeeds(c: Pick<DescribedConnector, 'ConnectorId' | 'As2Config'>): CertificateNeed[] {
  const as2 = c.As2Config;
  if (!as2?.LocalProfileId || !as2.PartnerProfileId) return [];
  const who = `connector ${c.ConnectorId}`;
  const needs: CertificateNeed[] = [];
  if (set(as2.SigningAlgorithm)) {
    needs.push({
      profileId: as2.LocalProfileId,
      usage: 'SIGNING',
      privateKey: true,
      severity: HealthStatus.BROKEN,
      reason: `${who} to sign with ${as2.SigningAlgorithm}`,
      algorithm: { setting: 'signingAlgorithm', value: as2.SigningAlgorithm },
    });
  }
  if (set(as2.EncryptionAlgorithm)) {
    needs.push({
      profileId: as2.PartnerProfileId,
      usage: 'ENCRYPTION',
      privateKey: false,
      severity: HealthStatus.BROKEN,
      reason: `${who} to encrypt with ${as2.EncryptionAlgorithm}`,
      algorithm: { setting: 'encryptionAlgorithm', value: as2.EncryptionAlgorithm },
    });
  }
  const mdnExplicit = !!as2.MdnSigningAlgorithm && as2.MdnSigningAlgorithm !== 'DEFAULT';
  const mdnSigning = mdnExplicit ? as2.MdnSigningAlgorithm : as2.SigningAlgorithm;
  if ((as2.MdnResponse === 'SYNC' || as2.MdnResponse === 'ASYNC') && set(mdnSigning)) {
    needs.push({
      profileId: as2.PartnerProfileId,
      usage: 'SIGNING',
      privateKey: false,
      severity: HealthStatus.BROKEN,
      reason: `${who} to verify ${mdnSigning}-signed MDNs`,
      algorithm: { setting: mdnExplicit ? 'mdnSigningAlgorithm' : 'signingAlgorithm', value: mdnSigning },
    });
  }
  return needs;
}

/** What any AS2 profile needs, used or not: a SIGNING certificate, with its private key for a LOCAL profile. */
export function baselineNeeds(profileId: string, profileType: ProfileType): CertificateNeed[] {
  const local = profileType === 'LOCAL';
  return [
    {
      profileId,
      usage: 'SIGNING',
      privateKey: local,
      severity: HealthStatus.WARNING,
      reason: local ? 'every LOCAL profile, to sign' : "every PARTNER profile, to verify the partner's signatures",
    },
  ];
}
