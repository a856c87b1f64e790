import {
  CreateAgreementCommand,
  CreateConnectorCommand,
  CreateProfileCommand,
  ImportCertificateCommand,
  type CreateConnectorRequest,
  type TransferClient,
} from '@aws-sdk/client-transfer';
import { createAs2Server } from './as2-server';
import type { CertificateFactory } from './certificates';

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** The access role of the agreements and connectors made here. */
export const FIXTURE_ACCESS_ROLE = 'arn:aws:iam::000000000000:role/as2-access';

/** What a spec file's set-up provides once its beforeAll ran: read when a fixture is made, not when it is declared. */
export interface FixtureSources {
  /** Names the file's certificates (their subjects), e.g. `health`. */
  label: string;
  client: () => TransferClient;
  certs: () => CertificateFactory;
  /** When the spec's clock starts (dates are counted in days from it). */
  t0: () => number;
}

/**
 * A partner set-up made through the real API, for the specs of certificate dates (health, attention): certificates
 * with active windows in days from t0, profiles, AS2 servers, agreements and connectors.
 */
export function partnerFixtures({ label, client, certs, t0 }: FixtureSources) {
  let serial = 0;
  /** `days` from t0, an hour later so that whole-day counts do not move while the specs run; whole seconds, as X.509 has. */
  const at = (days: number) => new Date(Math.floor((t0() + days * DAY + HOUR) / 1000) * 1000);
  return {
    at,
    /** Imports a real certificate with the given usage, private key and active window (in days from t0). */
    certificate: async (
      usage: 'SIGNING' | 'ENCRYPTION',
      options: { key?: boolean; active?: number; inactive?: number } = {},
    ): Promise<string> => {
      const pem = await certs().generate(`CN=${label} ${usage} ${(serial += 1)}, O=transfer-graph tests`);
      const { CertificateId } = await client().send(
        new ImportCertificateCommand({
          Usage: usage,
          Certificate: pem.certificatePem,
          PrivateKey: options.key ? pem.privateKeyPem : undefined,
          ActiveDate: options.active === undefined ? undefined : at(options.active),
          InactiveDate: options.inactive === undefined ? undefined : at(options.inactive),
        }),
      );
      return CertificateId!;
    },
    profile: async (As2Id: string, ProfileType: 'LOCAL' | 'PARTNER', CertificateIds: string[]) =>
      (await client().send(new CreateProfileCommand({ As2Id, ProfileType, CertificateIds }))).ProfileId!,
    as2Server: () => createAs2Server(client()),
    agreement: async (ServerId: string, LocalProfileId: string, PartnerProfileId: string, Status?: 'ACTIVE' | 'INACTIVE') =>
      (
        await client().send(
          new CreateAgreementCommand({
            ServerId,
            LocalProfileId,
            PartnerProfileId,
            AccessRole: FIXTURE_ACCESS_ROLE,
            BaseDirectory: '/as2-bucket/in',
            Status,
          }),
        )
      ).AgreementId!,
    connector: async (input: Omit<CreateConnectorRequest, 'AccessRole'>) =>
      (await client().send(new CreateConnectorCommand({ AccessRole: FIXTURE_ACCESS_ROLE, ...input }))).ConnectorId!,
  };
}
