/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A directory per kind of file, each an Amazon S3 path /bucket/prefix. */
export type AgreementCustomDirectoriesInput = {
  /** Where files whose message could not be processed go. */
  failedFilesDirectory: string;
  /** Where the MDNs sent back to the partner go. */
  mdnFilesDirectory: string;
  /** Where the received payload files go. */
  payloadFilesDirectory: string;
  /** Where the JSON status files go. */
  statusFilesDirectory: string;
  /** Where files are kept while being received. */
  temporaryFilesDirectory: string;
};

/** Whether an agreement accepts AS2 messages. */
export type AgreementStatus =
  | 'ACTIVE'
  | 'INACTIVE';

/** ACTIVE: in use; PENDING_ROTATION: will take over when the current one expires; INACTIVE: not usable. */
export type CertificateStatus =
  | 'ACTIVE'
  | 'INACTIVE'
  | 'PENDING_ROTATION';

/** What a certificate is used for in AS2: signing, encryption or TLS. */
export type CertificateUsage =
  | 'ENCRYPTION'
  | 'SIGNING'
  | 'TLS';

/** Whether AS2 messages are compressed. */
export type Compression =
  | 'DISABLED'
  | 'ZLIB';

/** AS2 settings of a connector. On update, members left out keep their current value. */
export type ConnectorAs2ConfigInput = {
  /** Where asynchronous MDNs arrive (replaces the current one whole). */
  asyncMdnConfig?: ConnectorAsyncMdnConfigInput | null | undefined;
  /** Secrets Manager secret with Basic authentication credentials; "" turns Basic auth off. */
  basicAuthSecretId?: string | null | undefined;
  /** ZLIB to compress messages, DISABLED not to. */
  compression?: Compression | null | undefined;
  /** How to encrypt messages; NONE only with an https:// url. */
  encryptionAlgorithm?: EncryptionAlgorithm | null | undefined;
  /** The LOCAL profile to send as (a graph id, AWS id or ARN; required on create). */
  localProfileId?: string | number | null | undefined;
  /** SYNC, ASYNC (needs asyncMdnConfig) or NONE. */
  mdnResponse?: MdnResponse | null | undefined;
  /** How the partner should sign its MDN; DEFAULT means signingAlgorithm. */
  mdnSigningAlgorithm?: MdnSigningAlgorithm | null | undefined;
  /** Subject header of the messages. */
  messageSubject?: string | null | undefined;
  /** The PARTNER profile to send to (a graph id, AWS id or ARN; required on create). */
  partnerProfileId?: string | number | null | undefined;
  /** Whether to keep the file's content type in the message. */
  preserveContentType?: PreserveContentType | null | undefined;
  /** How to sign messages; NONE for unsigned messages. */
  signingAlgorithm?: SigningAlgorithm | null | undefined;
};

/** Where the partner sends asynchronous MDNs. */
export type ConnectorAsyncMdnConfigInput = {
  /** The AS2 servers that receive them (each a graph id, AWS id or ARN; 1–10). */
  serverIds?: Array<string | number> | null | undefined;
  /** URL the partner posts asynchronous MDNs to (at most 255 characters). */
  url?: string | null | undefined;
};

/** How a new SFTP connector reaches a private server. */
export type ConnectorEgressConfigInput = {
  /** The VPC Lattice route. */
  vpcLattice: ConnectorVpcLatticeEgressInput;
};

/** SFTP settings of a connector. On update, members left out keep their current value. */
export type ConnectorSftpConfigInput = {
  /** Most connections to open to the server at once (1–5). */
  maxConcurrentConnections?: number | null | undefined;
  /** Trusted host keys of the server, `[host] key-type key-body` (at most 10). */
  trustedHostKeys?: Array<string> | null | undefined;
  /** Secrets Manager secret with the user name and private key or password (required on create). */
  userSecretId?: string | null | undefined;
};

/** A VPC Lattice route to a private SFTP server. */
export type ConnectorVpcLatticeEgressInput = {
  /** Port of the SFTP server (default 22). */
  portNumber?: number | null | undefined;
  /** ARN of the VPC Lattice resource configuration. */
  resourceConfigurationArn: string;
};

/** A new AS2 agreement on an AS2 server. Give exactly one of baseDirectory or customDirectories. */
export type CreateAgreementInput = {
  /** IAM role ARN the server assumes to write into Amazon S3 and read the certificates. */
  accessRole: string;
  /** Amazon S3 path, /bucket/prefix, for every file of the agreement. */
  baseDirectory?: string | null | undefined;
  /** Any string; echoed back in the payload so a client can match answers to requests. */
  clientMutationId?: string | null | undefined;
  /** A directory per kind of file, instead of baseDirectory. */
  customDirectories?: AgreementCustomDirectoriesInput | null | undefined;
  /** Free-text description (1–200 printable characters). */
  description?: string | null | undefined;
  /** true to check everything the real call would (model constraints, references, quotas, dependents) and answer the payload it would produce and the AWS writes it would make (plannedCalls), writing nothing. Errors come on the same fields with the same codes. */
  dryRun?: boolean | null | undefined;
  /** ENABLED to refuse unsigned messages (default DISABLED). */
  enforceMessageSigning?: EnforceMessageSigning | null | undefined;
  /** The LOCAL profile (a graph id, AWS id or ARN; your side). */
  localProfileId: string | number;
  /** The PARTNER profile (a graph id, AWS id or ARN; the trading partner). */
  partnerProfileId: string | number;
  /** ENABLED to keep the partner's file names (default DISABLED). */
  preserveFilename?: PreserveFilename | null | undefined;
  /** AWS region the bare AWS ids of the input (s-…, p-…, cert-…) are in and the mutation acts in, one of those the gateway serves (TRANSFER_REGIONS); by default the region of the graph ids and ARNs the input names, else the gateway's own. A graph id or ARN of another region is a userError on its field. */
  region?: string | null | undefined;
  /** The AS2 server that receives the messages (a graph id, AWS id or ARN). */
  serverId: string | number;
  /** ACTIVE (the default) or INACTIVE. */
  status?: AgreementStatus | null | undefined;
  /** Tags to set on the agreement. */
  tags?: Array<TagInput> | null | undefined;
};

/** A new connector: give exactly one of as2Config or sftpConfig. */
export type CreateConnectorInput = {
  /** IAM role ARN the connector uses to read and write files in Amazon S3. */
  accessRole: string;
  /** Settings of an AS2 connector. */
  as2Config?: ConnectorAs2ConfigInput | null | undefined;
  /** Any string; echoed back in the payload so a client can match answers to requests. */
  clientMutationId?: string | null | undefined;
  /** true to check everything the real call would (model constraints, references, quotas, dependents) and answer the payload it would produce and the AWS writes it would make (plannedCalls), writing nothing. Errors come on the same fields with the same codes. */
  dryRun?: boolean | null | undefined;
  /** A private route for an SFTP connector (VPC Lattice). */
  egressConfig?: ConnectorEgressConfigInput | null | undefined;
  /** IPV4 (default) or DUALSTACK. */
  ipAddressType?: IpAddressType | null | undefined;
  /** IAM role ARN for CloudWatch logging. */
  loggingRole?: string | null | undefined;
  /** AWS region to create it in, one of those the gateway serves (TRANSFER_REGIONS); by default the region of the ids the input names, else the gateway's own. */
  region?: string | null | undefined;
  /** Security policy of an SFTP connector. */
  securityPolicyName?: string | null | undefined;
  /** Settings of an SFTP connector. */
  sftpConfig?: ConnectorSftpConfigInput | null | undefined;
  /** Tags to set on the connector. */
  tags?: Array<TagInput> | null | undefined;
  /** The partner's endpoint: http(s):// for AS2, sftp:// for SFTP (none with egressConfig). */
  url?: string | null | undefined;
};

/** A new AS2 profile. */
export type CreateProfileInput = {
  /** The AS2 identifier of the party (no spaces). */
  as2Id: string;
  /** The certificates to attach (each a graph id, AWS id or ARN; at most 10). */
  certificateIds?: Array<string | number> | null | undefined;
  /** Any string; echoed back in the payload so a client can match answers to requests. */
  clientMutationId?: string | null | undefined;
  /** true to check everything the real call would (model constraints, references, quotas, dependents) and answer the payload it would produce and the AWS writes it would make (plannedCalls), writing nothing. Errors come on the same fields with the same codes. */
  dryRun?: boolean | null | undefined;
  /** LOCAL for your organisation, PARTNER for a trading partner. */
  profileType: ProfileType;
  /** AWS region to create it in, one of those the gateway serves (TRANSFER_REGIONS); by default the region of the ids the input names, else the gateway's own. */
  region?: string | null | undefined;
  /** Tags to set on the profile. */
  tags?: Array<TagInput> | null | undefined;
};

/** An HTTP header to add to the AS2 messages of one transfer. */
export type CustomHttpHeaderInput = {
  /** Header name: 1–64 letters, digits or hyphens. */
  key: string;
  /** Header value: at most 256 characters of letters, digits, spaces and + - . / : = @ _. */
  value: string;
};

/** A profile to delete. */
export type DeleteProfileInput = {
  /** Any string; echoed back in the payload so a client can match answers to requests. */
  clientMutationId?: string | null | undefined;
  /** true to check everything the real call would (model constraints, references, quotas, dependents) and answer the payload it would produce and the AWS writes it would make (plannedCalls), writing nothing. Errors come on the same fields with the same codes. */
  dryRun?: boolean | null | undefined;
  /** true to delete it even though agreements or connectors use it (they break); by default the delete is refused with IN_USE and the list of them. */
  force?: boolean | null | undefined;
  /** The profile (a graph id, AWS id or ARN). */
  id: string | number;
  /** AWS region the bare AWS ids of the input (s-…, p-…, cert-…) are in and the mutation acts in, one of those the gateway serves (TRANSFER_REGIONS); by default the region of the graph ids and ARNs the input names, else the gateway's own. A graph id or ARN of another region is a userError on its field. */
  region?: string | null | undefined;
};

/** Algorithm used to encrypt AS2 messages. */
export type EncryptionAlgorithm =
  | 'AES128_CBC'
  | 'AES192_CBC'
  | 'AES256_CBC'
  | 'DES_EDE3_CBC'
  | 'NONE';

/** Whether unsigned AS2 messages are refused. */
export type EnforceMessageSigning =
  | 'DISABLED'
  | 'ENABLED';

/** Progress of one file of a transfer. */
export type FileTransferStatus =
  | 'COMPLETED'
  | 'FAILED'
  | 'IN_PROGRESS'
  | 'QUEUED';

/** What a health check found. Certificate checks apply to each certificate a profile needs: an agreement needs the partner's SIGNING certificate (BROKEN without it: signed messages cannot be verified), a LOCAL SIGNING certificate with its private key (BROKEN: the MDNs cannot be signed) and a LOCAL ENCRYPTION certificate with its private key (WARNING: encrypted messages cannot be decrypted); an AS2 connector needs a LOCAL SIGNING key when it signs, the partner's ENCRYPTION certificate when it encrypts and the partner's SIGNING certificate when it asks for signed MDNs (each BROKEN without). A profile needs what its agreements and connectors need, and at least (WARNING) a SIGNING certificate (LOCAL: with its private key). */
export type HealthProblemCode =
  /** The agreement is INACTIVE, so its server refuses the partner's messages (BROKEN). Node: the agreement. */
  | 'AGREEMENT_INACTIVE'
  /** Every certificate of a needed usage is past its inactiveDate. Node: the one that expired last. */
  | 'CERTIFICATE_EXPIRED'
  /** The last usable certificate of a needed usage goes inactive within the threshold (`expiringWithinDays`) and no other certificate of the profile takes over in time. Always a WARNING. Node: the expiring certificate. */
  | 'CERTIFICATE_EXPIRING'
  /** The profile has no certificate of a usage it needs. Node: the profile. */
  | 'CERTIFICATE_MISSING'
  /** The profile names a certificate id that no longer exists (WARNING). Node: the profile. */
  | 'CERTIFICATE_NOT_FOUND'
  /** No certificate of a needed usage is active now; one waits for its activeDate (a gap in a rotation). Node: the waiting certificate. */
  | 'CERTIFICATE_NOT_YET_ACTIVE'
  /** The connector URL's host is `invalid` or ends in `.invalid`, a name reserved never to resolve (RFC 2606) (BROKEN). Node: the connector. */
  | 'CONNECTOR_HOST_UNRESOLVABLE'
  /** The connector is ERRORED (BROKEN, with AWS's errorMessage) or still PENDING (WARNING). Node: the connector. */
  | 'CONNECTOR_NOT_ACTIVE'
  /** The AS2 connector sends over plain http://: the partner's Basic auth password and the message headers travel unencrypted (WARNING). Node: the connector. */
  | 'CONNECTOR_URL_NOT_HTTPS'
  /** The connector asks for asynchronous MDNs on a server that is not ONLINE or no longer exists, so they are not received (WARNING). Node: the server, or the connector when the server is gone. */
  | 'MDN_SERVER_NOT_ONLINE'
  /** The LOCAL profile has certificates of the usage, but none imported with its private key, which AWS needs to sign or decrypt. Node: the certificate. */
  | 'PRIVATE_KEY_MISSING'
  /** The agreement or connector names a profile that no longer exists (BROKEN). Node: the agreement or connector. */
  | 'PROFILE_NOT_FOUND'
  /** The agreement's server is not ONLINE: BROKEN when OFFLINE, STOPPING or failed, WARNING while STARTING. Node: the server. */
  | 'SERVER_NOT_ONLINE'
  /** The connector signs or asks for MDNs signed with SHA1, or encrypts with DES_EDE3_CBC, which partners increasingly refuse (WARNING). Node: the connector. */
  | 'WEAK_ALGORITHM';

/** How healthy an agreement, connector or profile is: the severity of its worst problem. */
export type HealthStatus =
  /** Some messages fail now. */
  | 'BROKEN'
  /** No problem found. */
  | 'OK'
  /** Works now, but something will break soon or is weaker than it should be. */
  | 'WARNING';

/** An X.509 certificate to import, with its private key when AWS must sign or decrypt with it. */
export type ImportCertificateInput = {
  /** From when AWS uses the certificate (default: its notBeforeDate). */
  activeDate?: string | null | undefined;
  /** The certificate as PEM (`-----BEGIN CERTIFICATE-----` …). */
  certificate: string;
  /** The issuing CA certificates as PEM, leaf issuer first. */
  certificateChain?: string | null | undefined;
  /** Any string; echoed back in the payload so a client can match answers to requests. */
  clientMutationId?: string | null | undefined;
  /** Description (1–200 characters). */
  description?: string | null | undefined;
  /** true to check everything the real call would (model constraints, references, quotas, dependents) and answer the payload it would produce and the AWS writes it would make (plannedCalls), writing nothing. Errors come on the same fields with the same codes. */
  dryRun?: boolean | null | undefined;
  /** From when AWS stops using it (default: its notAfterDate). */
  inactiveDate?: string | null | undefined;
  /** The private key as unencrypted PEM, for a LOCAL profile that signs or decrypts. It is passed to AWS and never stored, logged or returned by this API. */
  privateKey?: string | null | undefined;
  /** AWS region to create it in, one of those the gateway serves (TRANSFER_REGIONS); by default the region of the ids the input names, else the gateway's own. */
  region?: string | null | undefined;
  /** Tags to set on the certificate. */
  tags?: Array<TagInput> | null | undefined;
  /** What the certificate is for: SIGNING, ENCRYPTION or TLS. */
  usage: CertificateUsage;
};

/** IPv4 only, or IPv4 and IPv6. */
export type IpAddressType =
  | 'DUALSTACK'
  | 'IPV4';

/** Whether and how the partner sends a message disposition notification (MDN). */
export type MdnResponse =
  | 'ASYNC'
  | 'NONE'
  | 'SYNC';

/** Algorithm used to sign MDNs; DEFAULT means the signing algorithm. */
export type MdnSigningAlgorithm =
  | 'DEFAULT'
  | 'NONE'
  | 'SHA1'
  | 'SHA256'
  | 'SHA384'
  | 'SHA512';

/** Whether the file's content type is kept in the AS2 message. */
export type PreserveContentType =
  | 'DISABLED'
  | 'ENABLED';

/** Whether received files keep their original names. */
export type PreserveFilename =
  | 'DISABLED'
  | 'ENABLED';

/** Whose AS2 identity a profile describes: LOCAL (yours) or PARTNER (a trading partner). */
export type ProfileType =
  | 'LOCAL'
  | 'PARTNER';

/** A certificate to replace: the replacement as PEM (imported unless one with its serial already is) or by id, and how long both overlap. */
export type RotateCertificateInput = {
  /** The replacement as PEM; give this or replacementId. Imported with the old one's usage. */
  certificate?: string | null | undefined;
  /** The replacement's issuing CA certificates as PEM. */
  certificateChain?: string | null | undefined;
  /** Any string; echoed back in the payload so a client can match answers to requests. */
  clientMutationId?: string | null | undefined;
  /** true to remove the old certificate from the profiles now; by default it stays attached and AWS stops using it at its inactiveDate (see detachOldAfterWindow to remove it then). */
  detachOld?: boolean | null | undefined;
  /** true to remove the old certificate from the profiles once the overlap is over: until its inactiveDate the rotation leaves it attached and answers complete: false with pendingUntil; the same rotation run again after that date detaches it. Not with detachOld. */
  detachOldAfterWindow?: boolean | null | undefined;
  /** true to check everything the real call would (model constraints, references, quotas, dependents) and answer the payload it would produce and the AWS writes it would make (plannedCalls), writing nothing. Errors come on the same fields with the same codes. */
  dryRun?: boolean | null | undefined;
  /** The certificate being replaced (a graph id, AWS id or ARN). */
  id: string | number;
  /** Days both stay active, from the replacement's activeDate to the old one's new inactiveDate (0–365, default 7). */
  overlapDays?: number | null | undefined;
  /** The replacement's private key as unencrypted PEM (for a LOCAL profile's signing or decryption); never stored or returned. */
  privateKey?: string | null | undefined;
  /** AWS region the bare AWS ids of the input (s-…, p-…, cert-…) are in and the mutation acts in, one of those the gateway serves (TRANSFER_REGIONS); by default the region of the graph ids and ARNs the input names, else the gateway's own. A graph id or ARN of another region is a userError on its field. */
  region?: string | null | undefined;
  /** A replacement already imported (a graph id, AWS id or ARN), instead of certificate. */
  replacementId?: string | number | null | undefined;
};

/** What a rotation did to one profile. */
export type RotationOutcome =
  /** It already was as the rotation wants it (a rotation run again). */
  | 'ALREADY_DONE'
  /** Its update failed (see message); it is unchanged. Run the rotation again to finish. */
  | 'FAILED'
  /** A dry run: it would be updated. */
  | 'PLANNED'
  /** It now holds the replacement (and, with detachOld, or detachOldAfterWindow once the window is over, no longer the old one). */
  | 'UPDATED';

/** Lifecycle state of a server. */
export type ServerState =
  | 'OFFLINE'
  | 'ONLINE'
  | 'STARTING'
  | 'START_FAILED'
  | 'STOPPING'
  | 'STOP_FAILED';

/** Algorithm used to sign AS2 messages. */
export type SigningAlgorithm =
  | 'NONE'
  | 'SHA1'
  | 'SHA256'
  | 'SHA384'
  | 'SHA512';

/** Files to send over a connector, or (SFTP only) to retrieve from the remote server. AS2: sendFilePaths. SFTP: either sendFilePaths (with remoteDirectoryPath) or retrieveFilePaths with localDirectoryPath. */
export type StartFileTransferInput = {
  /** Any string; echoed back in the payload so a client can match answers to requests. */
  clientMutationId?: string | null | undefined;
  /** The connector (a graph id, AWS id or ARN). */
  connectorId: string | number;
  /** AS2 only: HTTP headers to add to the messages. */
  customHttpHeaders?: Array<CustomHttpHeaderInput> | null | undefined;
  /** true to check everything the real call would (model constraints, references, quotas, dependents) and answer the payload it would produce and the AWS writes it would make (plannedCalls), writing nothing. Errors come on the same fields with the same codes. */
  dryRun?: boolean | null | undefined;
  /** SFTP only: the /bucket/prefix in Amazon S3 that retrieved files go to. */
  localDirectoryPath?: string | null | undefined;
  /** AWS region the bare AWS ids of the input (s-…, p-…, cert-…) are in and the mutation acts in, one of those the gateway serves (TRANSFER_REGIONS); by default the region of the graph ids and ARNs the input names, else the gateway's own. A graph id or ARN of another region is a userError on its field. */
  region?: string | null | undefined;
  /** SFTP only: the directory on the remote server that sent files go to. */
  remoteDirectoryPath?: string | null | undefined;
  /** SFTP only: files on the remote server to retrieve (1–10). */
  retrieveFilePaths?: Array<string> | null | undefined;
  /** Amazon S3 objects to send, as /bucket/key (1–10). */
  sendFilePaths?: Array<string> | null | undefined;
};

/** A key-value label to set on an AWS resource. */
export type TagInput = {
  /** Tag key (at most 128 characters). */
  key: string;
  /** Tag value (at most 256 characters). */
  value: string;
};

/** What kind of problem a userError is; stable, for a client to switch on. */
export type UserErrorCode =
  /** It clashes with what exists: the same pair, name or state already there. */
  | 'CONFLICT'
  /** The value breaks a rule: length, pattern, range, or a rule across fields. */
  | 'INVALID'
  /** Other objects use it; the payload lists them, and `force: true` goes ahead anyway. */
  | 'IN_USE'
  /** The field names something that does not exist (or no longer does). */
  | 'NOT_FOUND'
  /** An AWS quota (per account, region or server) is used up. */
  | 'QUOTA_EXCEEDED'
  /** A value is missing: the field, or one of the fields a rule asks for. */
  | 'REQUIRED'
  /** The field names something of the wrong kind: a PARTNER profile where a LOCAL one is needed, a profile id where a server is. */
  | 'WRONG_TYPE';

/** What kind of thing a warning is about; stable, for a client to switch on. */
export type WarningCode =
  /** Another PARTNER profile already has this as2Id: messages from it match either. */
  | 'DUPLICATE_AS2_ID'
  /** The certificate is past its notAfterDate: AWS imports it, but no partner accepts it. */
  | 'EXPIRED'
  /** The certificate expires within 30 days: plan its rotation (rotateCertificate). */
  | 'EXPIRES_SOON'
  /** The RSA key of the certificate the algorithm is used with gives 64 or more bits less security than the algorithm aims for (NIST SP 800-57 Part 1 comparable strengths), and a larger key AWS imports would give more: the key is the weak link. */
  | 'KEY_TOO_WEAK'
  /** A profile it relies on has no usable certificate for the usage it needs, so transfers will fail. */
  | 'NO_USABLE_CERTIFICATE'
  /** The algorithm chosen is one the AS2 guide advises against (SHA1, 3DES). */
  | 'WEAK_ALGORITHM';

export type AttentionQueryVariables = Exact<{
  withinDays: number;
}>;


export type AttentionQuery = { attention: Array<{ daysUntilExpiry: number, certificate: { id: string, certificateId: string, usage: CertificateUsage, description: string | null, inactiveDate: string }, profiles: Array<{ id: string, as2Id: string, profileType: ProfileType }>, replacements: Array<{ profile: { as2Id: string }, certificate: { certificateId: string, activeDate: string } }>, agreements: Array<{ id: string, agreementId: string, serverId: string, description: string | null }>, connectors: Array<{ id: string, connectorId: string, url: string | null }> }> | null };

export type PartnerHealthQueryVariables = Exact<{
  expiringWithinDays?: number | null | undefined;
}>;


export type PartnerHealthQuery = { profiles: { edges: Array<{ node: { id: string, as2Id: string, health: { status: HealthStatus, problems: Array<{ code: HealthProblemCode, severity: HealthStatus, message: string, node:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
             }> } } }> } | null };

export type ConnectorsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ConnectorsQuery = { connectors: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, url: string | null, as2Config: { encryptionAlgorithm: EncryptionAlgorithm | null, signingAlgorithm: SigningAlgorithm | null, mdnResponse: MdnResponse | null } | null, partnerProfile: { as2Id: string, certificates: { edges: Array<{ node: { usage: CertificateUsage, status: CertificateStatus, notAfterDate: string } }> } } | null } }> } | null };

export type StartFileTransferMutationVariables = Exact<{
  connectorId: string | number;
  sendFilePaths: Array<string> | string;
}>;


export type StartFileTransferMutation = { startFileTransfer: { fileTransfer: { id: string, transferId: string, status: FileTransferStatus | null, files: { edges: Array<{ node: { filePath: string, status: FileTransferStatus, failureCode: string | null, failureMessage: string | null } }> } } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type FileTransferStatusQueryVariables = Exact<{
  id: string | number;
}>;


export type FileTransferStatusQuery = { node:
    | { status: FileTransferStatus | null, fileCounts: { total: number, queued: number, inProgress: number, completed: number, failed: number }, files: { edges: Array<{ node: { filePath: string, status: FileTransferStatus, failureCode: string | null } }> } }
    | Record<PropertyKey, never>
   | null };

export type FileTransferUpdatesSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type FileTransferUpdatesSubscription = { fileTransferUpdates: { id: string, status: FileTransferStatus | null, fileCounts: { total: number, queued: number, inProgress: number, completed: number, failed: number }, files: { edges: Array<{ node: { filePath: string, status: FileTransferStatus, failureCode: string | null, failureMessage: string | null } }> } } | null };

type OnboardingOutcome_AgreementPayload_Fragment = { userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }>, warnings: Array<{ code: WarningCode, message: string, field: Array<string> | null }>, plannedCalls: Array<{ operation: string, input: unknown }> | null };

type OnboardingOutcome_CertificatePayload_Fragment = { userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }>, warnings: Array<{ code: WarningCode, message: string, field: Array<string> | null }>, plannedCalls: Array<{ operation: string, input: unknown }> | null };

type OnboardingOutcome_ConnectorPayload_Fragment = { userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }>, warnings: Array<{ code: WarningCode, message: string, field: Array<string> | null }>, plannedCalls: Array<{ operation: string, input: unknown }> | null };

type OnboardingOutcome_DeleteAgreementPayload_Fragment = { userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }>, warnings: Array<{ code: WarningCode, message: string, field: Array<string> | null }>, plannedCalls: Array<{ operation: string, input: unknown }> | null };

type OnboardingOutcome_DeleteCertificatePayload_Fragment = { userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }>, warnings: Array<{ code: WarningCode, message: string, field: Array<string> | null }>, plannedCalls: Array<{ operation: string, input: unknown }> | null };

type OnboardingOutcome_DeleteConnectorPayload_Fragment = { userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }>, warnings: Array<{ code: WarningCode, message: string, field: Array<string> | null }>, plannedCalls: Array<{ operation: string, input: unknown }> | null };

type OnboardingOutcome_DeleteProfilePayload_Fragment = { userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }>, warnings: Array<{ code: WarningCode, message: string, field: Array<string> | null }>, plannedCalls: Array<{ operation: string, input: unknown }> | null };

type OnboardingOutcome_DeleteServerPayload_Fragment = { userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }>, warnings: Array<{ code: WarningCode, message: string, field: Array<string> | null }>, plannedCalls: Array<{ operation: string, input: unknown }> | null };

type OnboardingOutcome_ProfilePayload_Fragment = { userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }>, warnings: Array<{ code: WarningCode, message: string, field: Array<string> | null }>, plannedCalls: Array<{ operation: string, input: unknown }> | null };

type OnboardingOutcome_RotateCertificatePayload_Fragment = { userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }>, warnings: Array<{ code: WarningCode, message: string, field: Array<string> | null }>, plannedCalls: Array<{ operation: string, input: unknown }> | null };

type OnboardingOutcome_ServerPayload_Fragment = { userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }>, warnings: Array<{ code: WarningCode, message: string, field: Array<string> | null }>, plannedCalls: Array<{ operation: string, input: unknown }> | null };

type OnboardingOutcome_StartFileTransferPayload_Fragment = { userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }>, warnings: Array<{ code: WarningCode, message: string, field: Array<string> | null }>, plannedCalls: Array<{ operation: string, input: unknown }> | null };

type OnboardingOutcome_TagsPayload_Fragment = { userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }>, warnings: Array<{ code: WarningCode, message: string, field: Array<string> | null }>, plannedCalls: Array<{ operation: string, input: unknown }> | null };

type OnboardingOutcome_TestIdentityProviderPayload_Fragment = { userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }>, warnings: Array<{ code: WarningCode, message: string, field: Array<string> | null }>, plannedCalls: Array<{ operation: string, input: unknown }> | null };

export type OnboardingOutcomeFragment =
  | OnboardingOutcome_AgreementPayload_Fragment
  | OnboardingOutcome_CertificatePayload_Fragment
  | OnboardingOutcome_ConnectorPayload_Fragment
  | OnboardingOutcome_DeleteAgreementPayload_Fragment
  | OnboardingOutcome_DeleteCertificatePayload_Fragment
  | OnboardingOutcome_DeleteConnectorPayload_Fragment
  | OnboardingOutcome_DeleteProfilePayload_Fragment
  | OnboardingOutcome_DeleteServerPayload_Fragment
  | OnboardingOutcome_ProfilePayload_Fragment
  | OnboardingOutcome_RotateCertificatePayload_Fragment
  | OnboardingOutcome_ServerPayload_Fragment
  | OnboardingOutcome_StartFileTransferPayload_Fragment
  | OnboardingOutcome_TagsPayload_Fragment
  | OnboardingOutcome_TestIdentityProviderPayload_Fragment
;

export type OnboardImportCertificateMutationVariables = Exact<{
  input: ImportCertificateInput;
}>;


export type OnboardImportCertificateMutation = { importCertificate: { certificate: { id: string, certificateId: string, usage: CertificateUsage, status: CertificateStatus, serial: string, notAfterDate: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }>, warnings: Array<{ code: WarningCode, message: string, field: Array<string> | null }>, plannedCalls: Array<{ operation: string, input: unknown }> | null } };

export type OnboardCreateProfileMutationVariables = Exact<{
  input: CreateProfileInput;
}>;


export type OnboardCreateProfileMutation = { createProfile: { profile: { id: string, profileId: string, as2Id: string, profileType: ProfileType, certificateIds: Array<string> } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }>, warnings: Array<{ code: WarningCode, message: string, field: Array<string> | null }>, plannedCalls: Array<{ operation: string, input: unknown }> | null } };

export type OnboardCreateAgreementMutationVariables = Exact<{
  input: CreateAgreementInput;
}>;


export type OnboardCreateAgreementMutation = { createAgreement: { agreement: { id: string, agreementId: string, status: AgreementStatus, baseDirectory: string | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }>, warnings: Array<{ code: WarningCode, message: string, field: Array<string> | null }>, plannedCalls: Array<{ operation: string, input: unknown }> | null } };

export type OnboardCreateConnectorMutationVariables = Exact<{
  input: CreateConnectorInput;
}>;


export type OnboardCreateConnectorMutation = { createConnector: { connector: { id: string, connectorId: string, url: string | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }>, warnings: Array<{ code: WarningCode, message: string, field: Array<string> | null }>, plannedCalls: Array<{ operation: string, input: unknown }> | null } };

export type OnboardStartFileTransferMutationVariables = Exact<{
  input: StartFileTransferInput;
}>;


export type OnboardStartFileTransferMutation = { startFileTransfer: { fileTransfer: { id: string, transferId: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }>, warnings: Array<{ code: WarningCode, message: string, field: Array<string> | null }>, plannedCalls: Array<{ operation: string, input: unknown }> | null } };

export type OnboardRotateCertificateMutationVariables = Exact<{
  input: RotateCertificateInput;
}>;


export type OnboardRotateCertificateMutation = { rotateCertificate: { imported: boolean | null, complete: boolean | null, replacement: { certificateId: string, serial: string, activeDate: string } | null, old: { certificateId: string, inactiveDate: string } | null, profiles: Array<{ outcome: RotationOutcome, certificateIds: Array<string>, message: string | null, profile: { profileId: string } }> | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }>, warnings: Array<{ code: WarningCode, message: string, field: Array<string> | null }>, plannedCalls: Array<{ operation: string, input: unknown }> | null } };

export type OnboardDeleteProfileMutationVariables = Exact<{
  input: DeleteProfileInput;
}>;


export type OnboardDeleteProfileMutation = { deleteProfile: { deletedId: string | null, dependents: Array<{ type: string, id: string, awsId: string, name: string | null }> | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }>, warnings: Array<{ code: WarningCode, message: string, field: Array<string> | null }>, plannedCalls: Array<{ operation: string, input: unknown }> | null } };

export type ProfileByAnyIdQueryVariables = Exact<{
  idOrArn: string;
}>;


export type ProfileByAnyIdQuery = { profile: { id: string, profileId: string, as2Id: string } | null };

export type CreateProfileFromFormMutationVariables = Exact<{
  input: CreateProfileInput;
}>;


export type CreateProfileFromFormMutation = { createProfile: { profile: { id: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type DeleteProfileGuardedMutationVariables = Exact<{
  id: string | number;
  force?: boolean | null | undefined;
}>;


export type DeleteProfileGuardedMutation = { deleteProfile: { deletedId: string | null, dependents: Array<{ type: string, id: string, name: string | null }> | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type PartnerGraphQueryVariables = Exact<{
  servers?: number | null | undefined;
  agreements?: number | null | undefined;
}>;


export type PartnerGraphQuery = { servers: { edges: Array<{ node: { id: string, serverId: string, state: ServerState, agreements: { totalCount: number, edges: Array<{ node: { id: string, description: string | null, status: AgreementStatus, localProfile: { as2Id: string } | null, partnerProfile: { id: string, as2Id: string, certificates: { edges: Array<{ node: { id: string, usage: CertificateUsage, status: CertificateStatus, notAfterDate: string } }> } } | null } }> } } }> } | null };

export type ProfilesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  profileType?: ProfileType | null | undefined;
}>;


export type ProfilesQuery = { profiles: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, as2Id: string, profileType: ProfileType } }> } | null };

export type CreatePartnerProfileMutationVariables = Exact<{
  as2Id: string;
  certificateIds?: Array<string | number> | string | number | null | undefined;
}>;


export type CreatePartnerProfileMutation = { createProfile: { profile: { id: string, profileId: string, as2Id: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export const OnboardingOutcomeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OnboardingOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedCalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"input"}}]}}]}}]} as unknown as DocumentNode<OnboardingOutcomeFragment, unknown>;
export const AttentionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Attention"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withinDays"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attention"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"withinDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withinDays"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daysUntilExpiry"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"certificateId"}},{"kind":"Field","name":{"kind":"Name","value":"usage"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"inactiveDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"as2Id"}},{"kind":"Field","name":{"kind":"Name","value":"profileType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replacements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"as2Id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificateId"}},{"kind":"Field","name":{"kind":"Name","value":"activeDate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agreementId"}},{"kind":"Field","name":{"kind":"Name","value":"serverId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"connectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<AttentionQuery, AttentionQueryVariables>;
export const PartnerHealthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerHealth"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expiringWithinDays"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profiles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"profileType"},"value":{"kind":"EnumValue","value":"PARTNER"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"as2Id"}},{"kind":"Field","name":{"kind":"Name","value":"health"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"expiringWithinDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expiringWithinDays"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnerHealthQuery, PartnerHealthQueryVariables>;
export const ConnectorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Connectors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"as2Config"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"encryptionAlgorithm"}},{"kind":"Field","name":{"kind":"Name","value":"signingAlgorithm"}},{"kind":"Field","name":{"kind":"Name","value":"mdnResponse"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"as2Id"}},{"kind":"Field","name":{"kind":"Name","value":"certificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"notAfterDate"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConnectorsQuery, ConnectorsQueryVariables>;
export const StartFileTransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartFileTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"connectorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sendFilePaths"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startFileTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"connectorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"connectorId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"sendFilePaths"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sendFilePaths"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileTransfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transferId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filePath"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"failureMessage"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<StartFileTransferMutation, StartFileTransferMutationVariables>;
export const FileTransferStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FileTransferStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileTransfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fileCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filePath"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FileTransferStatusQuery, FileTransferStatusQueryVariables>;
export const FileTransferUpdatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"FileTransferUpdates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileTransferUpdates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fileCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filePath"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"failureMessage"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FileTransferUpdatesSubscription, FileTransferUpdatesSubscriptionVariables>;
export const OnboardImportCertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OnboardImportCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportCertificateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"certificateId"}},{"kind":"Field","name":{"kind":"Name","value":"usage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"notAfterDate"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OnboardingOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OnboardingOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedCalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"input"}}]}}]}}]} as unknown as DocumentNode<OnboardImportCertificateMutation, OnboardImportCertificateMutationVariables>;
export const OnboardCreateProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OnboardCreateProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"profileId"}},{"kind":"Field","name":{"kind":"Name","value":"as2Id"}},{"kind":"Field","name":{"kind":"Name","value":"profileType"}},{"kind":"Field","name":{"kind":"Name","value":"certificateIds"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OnboardingOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OnboardingOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedCalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"input"}}]}}]}}]} as unknown as DocumentNode<OnboardCreateProfileMutation, OnboardCreateProfileMutationVariables>;
export const OnboardCreateAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OnboardCreateAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agreementId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"baseDirectory"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OnboardingOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OnboardingOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedCalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"input"}}]}}]}}]} as unknown as DocumentNode<OnboardCreateAgreementMutation, OnboardCreateAgreementMutationVariables>;
export const OnboardCreateConnectorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OnboardCreateConnector"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateConnectorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createConnector"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OnboardingOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OnboardingOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedCalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"input"}}]}}]}}]} as unknown as DocumentNode<OnboardCreateConnectorMutation, OnboardCreateConnectorMutationVariables>;
export const OnboardStartFileTransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OnboardStartFileTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartFileTransferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startFileTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileTransfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transferId"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OnboardingOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OnboardingOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedCalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"input"}}]}}]}}]} as unknown as DocumentNode<OnboardStartFileTransferMutation, OnboardStartFileTransferMutationVariables>;
export const OnboardRotateCertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OnboardRotateCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RotateCertificateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replacement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificateId"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"activeDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"old"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificateId"}},{"kind":"Field","name":{"kind":"Name","value":"inactiveDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profileId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"certificateIds"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OnboardingOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OnboardingOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedCalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"input"}}]}}]}}]} as unknown as DocumentNode<OnboardRotateCertificateMutation, OnboardRotateCertificateMutationVariables>;
export const OnboardDeleteProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OnboardDeleteProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"dependents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"awsId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OnboardingOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OnboardingOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedCalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"input"}}]}}]}}]} as unknown as DocumentNode<OnboardDeleteProfileMutation, OnboardDeleteProfileMutationVariables>;
export const ProfileByAnyIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProfileByAnyId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idOrArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"idOrArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idOrArn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"profileId"}},{"kind":"Field","name":{"kind":"Name","value":"as2Id"}}]}}]}}]} as unknown as DocumentNode<ProfileByAnyIdQuery, ProfileByAnyIdQueryVariables>;
export const CreateProfileFromFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProfileFromForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreateProfileFromFormMutation, CreateProfileFromFormMutationVariables>;
export const DeleteProfileGuardedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteProfileGuarded"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"force"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"force"},"value":{"kind":"Variable","name":{"kind":"Name","value":"force"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"dependents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteProfileGuardedMutation, DeleteProfileGuardedMutationVariables>;
export const PartnerGraphDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerGraph"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"servers"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"5"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agreements"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"servers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"servers"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serverId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agreements"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"localProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"as2Id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"as2Id"}},{"kind":"Field","name":{"kind":"Name","value":"certificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"usage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"notAfterDate"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnerGraphQuery, PartnerGraphQueryVariables>;
export const ProfilesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Profiles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"profileType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProfileType"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profiles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"profileType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"profileType"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"as2Id"}},{"kind":"Field","name":{"kind":"Name","value":"profileType"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProfilesQuery, ProfilesQueryVariables>;
export const CreatePartnerProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePartnerProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"as2Id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"certificateIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"as2Id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"as2Id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"profileType"},"value":{"kind":"EnumValue","value":"PARTNER"}},{"kind":"ObjectField","name":{"kind":"Name","value":"certificateIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"certificateIds"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"profileId"}},{"kind":"Field","name":{"kind":"Name","value":"as2Id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreatePartnerProfileMutation, CreatePartnerProfileMutationVariables>;