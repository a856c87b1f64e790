import type {
  DescribedAgreement,
  DescribedCertificate,
  DescribedConnector,
  DescribedProfile,
  DescribedServer,
  State,
  TransferTableStatus,
} from '@aws-sdk/client-transfer';

/** Every stored record carries its creation sequence number: the stable sort key of List* paging. */
export interface Sequenced {
  seq: number;
}

export interface ServerRecord extends Sequenced {
  described: DescribedServer;
  /** A state change under way: `described.State` reads as `to` from `at` (epoch ms) on. */
  transition?: { to: State; at: number };
}
export interface AgreementRecord extends Sequenced {
  described: DescribedAgreement;
}
export interface ProfileRecord extends Sequenced {
  described: DescribedProfile;
}
export interface CertificateRecord extends Sequenced {
  /** The private key itself is never stored: only `Type` tells that one was imported. */
  described: DescribedCertificate;
}
export interface ConnectorRecord extends Sequenced {
  described: DescribedConnector;
}
export interface TransferFileRecord {
  FilePath: string;
  outcome: Extract<TransferTableStatus, 'COMPLETED' | 'FAILED'>;
  FailureCode?: string;
  FailureMessage?: string;
}
export interface TransferRecord extends Sequenced {
  transferId: string;
  connectorId: string;
  /** Epoch ms of StartFileTransfer; each file's status is derived from the time since. */
  startedAt: number;
  files: TransferFileRecord[];
}

export interface RecordsByKind {
  servers: ServerRecord;
  agreements: AgreementRecord;
  profiles: ProfileRecord;
  certificates: CertificateRecord;
  connectors: ConnectorRecord;
  transfers: TransferRecord;
}
export type Kind = keyof RecordsByKind;
export const KINDS: readonly Kind[] = ['servers', 'agreements', 'profiles', 'certificates', 'connectors', 'transfers'];
