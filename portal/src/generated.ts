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

/** Which agreements to list; every field given must match. Both are read from ListAgreements: no Describe. */
export type AgreementFilter = {
  /** Only agreements with this partner profile: its graph id or ARN (its region), or its AWS id (p-…, the gateway's own region). */
  partnerProfileId?: string | number | null | undefined;
  /** Only ACTIVE or only INACTIVE agreements. */
  status?: AgreementStatus | null | undefined;
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

/** Which connectors to list; every field given must match. */
export type ConnectorFilter = {
  /** Only AS2 connectors that send to this partner profile: its graph id or ARN (its region), or its AWS id (p-…, the gateway's own region). One DescribeConnector per connector left by urlContains. */
  partnerProfileId?: string | number | null | undefined;
  /** Part of the URL, any case (1–256 characters). Read from ListConnectors: costs no Describe. */
  urlContains?: string | null | undefined;
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

/** Whether a connector is ready. */
export type ConnectorStatus =
  | 'ACTIVE'
  | 'ERRORED'
  | 'PENDING';

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

/** Which profiles to list; every field given must match. */
export type ProfileFilter = {
  /** Part of the as2Id, any case (1–256 characters). Read from ListProfiles: costs no Describe. */
  as2IdContains?: string | null | undefined;
  /** Only profiles holding a certificate that goes inactive within this many days from now, or already has (0–3650): one DescribeProfile per profile left by the other fields and one ListCertificates per 1,000 certificates. */
  certificateExpiringWithinDays?: number | null | undefined;
  /** Only LOCAL or only PARTNER profiles (AWS filters this itself). */
  profileType?: ProfileType | null | undefined;
  /** Only profiles with this tag: one DescribeProfile per profile left by the other fields. */
  tag?: TagFilter | null | undefined;
};

/** The order of a list of profiles; ties are broken by profile id, so pages never overlap. */
export type ProfileOrder = {
  /** Ascending (default) or descending. */
  direction?: SortDirection;
  /** What to order by. */
  field: ProfileOrderField;
};

/** AS2_ID: by as2Id; EXPIRY: by the inactiveDate of its certificate that goes inactive first (profiles without certificates last). */
export type ProfileOrderField =
  | 'AS2_ID'
  | 'EXPIRY';

/** Whose AS2 identity a profile describes: LOCAL (yours) or PARTNER (a trading partner). */
export type ProfileType =
  | 'LOCAL'
  | 'PARTNER';

/** What a caller may do: READER runs queries and subscriptions, OPERATOR runs mutations too. */
export type Role =
  | 'OPERATOR'
  | 'READER';

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

/** File transfer protocol a server speaks. */
export type ServerProtocol =
  | 'AS2'
  | 'FTP'
  | 'FTPS'
  | 'SFTP';

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

/** Ascending (A→Z, soonest first) or descending. */
export type SortDirection =
  | 'ASC'
  | 'DESC';

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

/** Resources that carry this tag: the key, and the value too when given. */
export type TagFilter = {
  /** Tag key, exactly (1–128 characters). */
  key: string;
  /** Tag value, exactly; any value when left out. */
  value?: string | null | undefined;
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

export type PortalViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalViewerQuery = { viewer: { principalId: string | null, roles: Array<Role>, canWrite: boolean, region: string, regions: Array<string> } };

export type PortalAttentionQueryVariables = Exact<{
  withinDays: number;
  region: string;
}>;


export type PortalAttentionQuery = { attention: Array<{ daysUntilExpiry: number, certificate: { id: string, arn: string, certificateId: string, usage: CertificateUsage, description: string | null, inactiveDate: string }, profiles: Array<{ id: string, as2Id: string, profileType: ProfileType }>, replacements: Array<{ profile: { id: string, as2Id: string }, certificate: { id: string, certificateId: string, activeDate: string } }>, connectors: Array<{ id: string, connectorId: string, url: string | null }>, agreements: Array<{ id: string, agreementId: string, serverId: string }> }> | null };

export type PortalAttentionItemFragment = { daysUntilExpiry: number, certificate: { id: string, arn: string, certificateId: string, usage: CertificateUsage, description: string | null, inactiveDate: string }, profiles: Array<{ id: string, as2Id: string, profileType: ProfileType }>, replacements: Array<{ profile: { id: string, as2Id: string }, certificate: { id: string, certificateId: string, activeDate: string } }>, connectors: Array<{ id: string, connectorId: string, url: string | null }>, agreements: Array<{ id: string, agreementId: string, serverId: string }> };

export type PortalCertificatesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type PortalCertificatesQuery = { certificates: { edges: Array<{ node: { id: string, arn: string, certificateId: string, usage: CertificateUsage, status: CertificateStatus, description: string | null, activeDate: string, inactiveDate: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type PortalPartnersQueryVariables = Exact<{
  after?: string | null | undefined;
  filter?: ProfileFilter | null | undefined;
  orderBy?: ProfileOrder | null | undefined;
}>;


export type PortalPartnersQuery = { profiles: { totalCount: number, edges: Array<{ node: { id: string, arn: string, as2Id: string, profileId: string, health: { status: HealthStatus }, certificates: { edges: Array<{ node: { id: string, daysUntilExpiry: number, inactiveDate: string } }> } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type PortalGraphQueryVariables = Exact<{
  after?: string | null | undefined;
  server?: string | number | null | undefined;
  agreementFilter?: AgreementFilter | null | undefined;
  connectorFilter?: ConnectorFilter | null | undefined;
}>;


export type PortalGraphQuery = { servers: { edges: Array<{ node: { id: string, arn: string, serverId: string, state: ServerState } }> } | null, agreements: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, arn: string, agreementId: string, serverId: string, status: AgreementStatus, health: { status: HealthStatus }, localProfile: { id: string, as2Id: string, profileType: ProfileType, health: { status: HealthStatus } } | null, partnerProfile: { id: string, as2Id: string, profileType: ProfileType, health: { status: HealthStatus } } | null } }> } | null, connectors: { edges: Array<{ node: { id: string, arn: string, connectorId: string, url: string | null, status: ConnectorStatus, health: { status: HealthStatus }, localProfile: { id: string } | null, partnerProfile: { id: string, as2Id: string, profileType: ProfileType, health: { status: HealthStatus } } | null } }> } | null };

export type PortalPartnerSuggestionsQueryVariables = Exact<{
  as2IdContains: string;
}>;


export type PortalPartnerSuggestionsQuery = { profiles: { edges: Array<{ node: { id: string, as2Id: string } }> } | null };

export type PortalGraphProfileFragment = { id: string, as2Id: string, profileType: ProfileType, health: { status: HealthStatus } };

export type PortalGraphCertificatesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type PortalGraphCertificatesQuery = { nodes: Array<
    | { id: string, certificates: { edges: Array<{ node: { id: string, certificateId: string, usage: CertificateUsage, status: CertificateStatus, daysUntilExpiry: number } }> } }
    | Record<PropertyKey, never>
   | null> };

export type PortalNodeDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type PortalNodeDetailsQuery = { node:
    | { arn: string, agreementId: string, serverId: string, baseDirectory: string | null, id: string, agreementStatus: AgreementStatus, health: { status: HealthStatus, problems: Array<{ code: HealthProblemCode, severity: HealthStatus, message: string }> } }
    | { arn: string, certificateId: string, usage: CertificateUsage, description: string | null, activeDate: string, inactiveDate: string, daysUntilExpiry: number, id: string, certificateStatus: CertificateStatus }
    | { arn: string, connectorId: string, url: string | null, id: string, connectorStatus: ConnectorStatus, health: { status: HealthStatus, problems: Array<{ code: HealthProblemCode, severity: HealthStatus, message: string }> } }
    | { id: string }
    | { id: string }
    | { arn: string, as2Id: string, profileId: string, profileType: ProfileType, id: string, health: { status: HealthStatus, problems: Array<{ code: HealthProblemCode, severity: HealthStatus, message: string }> } }
    | { arn: string, serverId: string, state: ServerState, protocols: Array<ServerProtocol>, id: string }
   | null };

export type PortalHealthFragment = { status: HealthStatus, problems: Array<{ code: HealthProblemCode, severity: HealthStatus, message: string }> };

export type PortalPartnerQueryVariables = Exact<{
  id: string | number;
}>;


export type PortalPartnerQuery = { node:
    | { id: string, arn: string, as2Id: string, profileId: string, profileType: ProfileType, health: { status: HealthStatus }, certificates: { edges: Array<{ node: { id: string, certificateId: string, usage: CertificateUsage, status: CertificateStatus, description: string | null, inactiveDate: string, daysUntilExpiry: number } }> }, agreements: { edges: Array<{ node: { id: string, agreementId: string, serverId: string, status: AgreementStatus } }> }, connectors: { edges: Array<{ node: { id: string, connectorId: string, url: string | null, status: ConnectorStatus } }> } }
    | Record<PropertyKey, never>
   | null };

export type PortalRotateCertificateMutationVariables = Exact<{
  input: RotateCertificateInput;
}>;


export type PortalRotateCertificateMutation = { rotateCertificate: { complete: boolean | null, imported: boolean | null, plannedCalls: Array<{ operation: string, input: unknown }> | null, profiles: Array<{ outcome: RotationOutcome, message: string | null, certificateIds: Array<string>, profile: { id: string, as2Id: string } }> | null, replacement: { certificateId: string, activeDate: string, inactiveDate: string } | null, old: { id: string, certificateId: string, inactiveDate: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }>, warnings: Array<{ code: WarningCode, message: string }> } };

export type PortalRecentTransfersQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type PortalRecentTransfersQuery = { nodes: Array<
    | { id: string, transferId: string, connectorId: string, status: FileTransferStatus | null, fileCounts: { total: number, completed: number, failed: number } }
    | Record<PropertyKey, never>
   | null> };

export type PortalStartTransferMutationVariables = Exact<{
  input: StartFileTransferInput;
}>;


export type PortalStartTransferMutation = { startFileTransfer: { fileTransfer: { id: string, transferId: string, connectorId: string, status: FileTransferStatus | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type PortalFollowTransferSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type PortalFollowTransferSubscription = { fileTransferUpdates: { id: string, transferId: string, connectorId: string, status: FileTransferStatus | null, fileCounts: { total: number, completed: number, failed: number } } | null };

export type PortalDeleteProfileMutationVariables = Exact<{
  input: DeleteProfileInput;
}>;


export type PortalDeleteProfileMutation = { deleteProfile: { deletedId: string | null, dependents: Array<{ id: string, awsId: string, type: string, name: string | null }> | null, plannedCalls: Array<{ operation: string, input: unknown }> | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type PortalOnboardingChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalOnboardingChoicesQuery = { servers: { edges: Array<{ node: { id: string, arn: string, serverId: string, protocols: Array<ServerProtocol> } }> } | null, profiles: { edges: Array<{ node: { id: string, arn: string, as2Id: string } }> } | null };

export type PortalImportCertificateMutationVariables = Exact<{
  input: ImportCertificateInput;
}>;


export type PortalImportCertificateMutation = { importCertificate: { certificate: { id: string, certificateId: string } | null, plannedCalls: Array<{ operation: string, input: unknown }> | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type PortalCreateProfileMutationVariables = Exact<{
  input: CreateProfileInput;
}>;


export type PortalCreateProfileMutation = { createProfile: { profile: { id: string, as2Id: string } | null, plannedCalls: Array<{ operation: string, input: unknown }> | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type PortalCreateAgreementMutationVariables = Exact<{
  input: CreateAgreementInput;
}>;


export type PortalCreateAgreementMutation = { createAgreement: { agreement: { id: string, agreementId: string } | null, plannedCalls: Array<{ operation: string, input: unknown }> | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type PortalCreateConnectorMutationVariables = Exact<{
  input: CreateConnectorInput;
}>;


export type PortalCreateConnectorMutation = { createConnector: { connector: { id: string, connectorId: string } | null, plannedCalls: Array<{ operation: string, input: unknown }> | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export const PortalAttentionItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalAttentionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CertificateAttention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daysUntilExpiry"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"certificateId"}},{"kind":"Field","name":{"kind":"Name","value":"usage"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"inactiveDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"as2Id"}},{"kind":"Field","name":{"kind":"Name","value":"profileType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replacements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"as2Id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"certificateId"}},{"kind":"Field","name":{"kind":"Name","value":"activeDate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"connectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agreementId"}},{"kind":"Field","name":{"kind":"Name","value":"serverId"}}]}}]}}]} as unknown as DocumentNode<PortalAttentionItemFragment, unknown>;
export const PortalGraphProfileFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalGraphProfile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"as2Id"}},{"kind":"Field","name":{"kind":"Name","value":"profileType"}},{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PortalGraphProfileFragment, unknown>;
export const PortalHealthFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalHealth"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Health"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<PortalHealthFragment, unknown>;
export const PortalViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"principalId"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"canWrite"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}}]}}]}}]} as unknown as DocumentNode<PortalViewerQuery, PortalViewerQueryVariables>;
export const PortalAttentionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalAttention"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withinDays"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attention"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"withinDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withinDays"}}},{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalAttentionItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalAttentionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CertificateAttention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daysUntilExpiry"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"certificateId"}},{"kind":"Field","name":{"kind":"Name","value":"usage"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"inactiveDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"as2Id"}},{"kind":"Field","name":{"kind":"Name","value":"profileType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replacements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"as2Id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"certificateId"}},{"kind":"Field","name":{"kind":"Name","value":"activeDate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"connectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agreementId"}},{"kind":"Field","name":{"kind":"Name","value":"serverId"}}]}}]}}]} as unknown as DocumentNode<PortalAttentionQuery, PortalAttentionQueryVariables>;
export const PortalCertificatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalCertificates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"certificateId"}},{"kind":"Field","name":{"kind":"Name","value":"usage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"activeDate"}},{"kind":"Field","name":{"kind":"Name","value":"inactiveDate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PortalCertificatesQuery, PortalCertificatesQueryVariables>;
export const PortalPartnersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalPartners"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProfileFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProfileOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profiles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"profileType"},"value":{"kind":"EnumValue","value":"PARTNER"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"as2Id"}},{"kind":"Field","name":{"kind":"Name","value":"profileId"}},{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"daysUntilExpiry"}},{"kind":"Field","name":{"kind":"Name","value":"inactiveDate"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PortalPartnersQuery, PortalPartnersQueryVariables>;
export const PortalGraphDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalGraph"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"server"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agreementFilter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"connectorFilter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ConnectorFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"servers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"serverId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"server"},"value":{"kind":"Variable","name":{"kind":"Name","value":"server"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agreementFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"agreementId"}},{"kind":"Field","name":{"kind":"Name","value":"serverId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"localProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalGraphProfile"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalGraphProfile"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"connectors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"connectorFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"localProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalGraphProfile"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalGraphProfile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"as2Id"}},{"kind":"Field","name":{"kind":"Name","value":"profileType"}},{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PortalGraphQuery, PortalGraphQueryVariables>;
export const PortalPartnerSuggestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalPartnerSuggestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"as2IdContains"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profiles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"profileType"},"value":{"kind":"EnumValue","value":"PARTNER"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"as2IdContains"},"value":{"kind":"Variable","name":{"kind":"Name","value":"as2IdContains"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"as2Id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PortalPartnerSuggestionsQuery, PortalPartnerSuggestionsQueryVariables>;
export const PortalGraphCertificatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalGraphCertificates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"certificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"certificateId"}},{"kind":"Field","name":{"kind":"Name","value":"usage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"daysUntilExpiry"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PortalGraphCertificatesQuery, PortalGraphCertificatesQueryVariables>;
export const PortalNodeDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalNodeDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Server"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"serverId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"protocols"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"agreementId"}},{"kind":"Field","name":{"kind":"Name","value":"serverId"}},{"kind":"Field","alias":{"kind":"Name","value":"agreementStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"baseDirectory"}},{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalHealth"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"as2Id"}},{"kind":"Field","name":{"kind":"Name","value":"profileId"}},{"kind":"Field","name":{"kind":"Name","value":"profileType"}},{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalHealth"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Certificate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"certificateId"}},{"kind":"Field","name":{"kind":"Name","value":"usage"}},{"kind":"Field","alias":{"kind":"Name","value":"certificateStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"activeDate"}},{"kind":"Field","name":{"kind":"Name","value":"inactiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysUntilExpiry"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Connector"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","alias":{"kind":"Name","value":"connectorStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalHealth"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalHealth"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Health"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<PortalNodeDetailsQuery, PortalNodeDetailsQueryVariables>;
export const PortalPartnerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalPartner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"as2Id"}},{"kind":"Field","name":{"kind":"Name","value":"profileId"}},{"kind":"Field","name":{"kind":"Name","value":"profileType"}},{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"certificateId"}},{"kind":"Field","name":{"kind":"Name","value":"usage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"inactiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysUntilExpiry"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agreementId"}},{"kind":"Field","name":{"kind":"Name","value":"serverId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"connectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PortalPartnerQuery, PortalPartnerQueryVariables>;
export const PortalRotateCertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalRotateCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RotateCertificateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"plannedCalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"input"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"certificateIds"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"as2Id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"replacement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificateId"}},{"kind":"Field","name":{"kind":"Name","value":"activeDate"}},{"kind":"Field","name":{"kind":"Name","value":"inactiveDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"old"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"certificateId"}},{"kind":"Field","name":{"kind":"Name","value":"inactiveDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PortalRotateCertificateMutation, PortalRotateCertificateMutationVariables>;
export const PortalRecentTransfersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalRecentTransfers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileTransfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transferId"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fileCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PortalRecentTransfersQuery, PortalRecentTransfersQueryVariables>;
export const PortalStartTransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalStartTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartFileTransferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startFileTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileTransfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transferId"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PortalStartTransferMutation, PortalStartTransferMutationVariables>;
export const PortalFollowTransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"PortalFollowTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileTransferUpdates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transferId"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fileCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}}]}}]}}]}}]} as unknown as DocumentNode<PortalFollowTransferSubscription, PortalFollowTransferSubscriptionVariables>;
export const PortalDeleteProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalDeleteProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"dependents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"awsId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedCalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"input"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PortalDeleteProfileMutation, PortalDeleteProfileMutationVariables>;
export const PortalOnboardingChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalOnboardingChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"servers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"serverId"}},{"kind":"Field","name":{"kind":"Name","value":"protocols"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"profiles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"profileType"},"value":{"kind":"EnumValue","value":"LOCAL"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"as2Id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PortalOnboardingChoicesQuery, PortalOnboardingChoicesQueryVariables>;
export const PortalImportCertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalImportCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportCertificateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"certificateId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedCalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"input"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PortalImportCertificateMutation, PortalImportCertificateMutationVariables>;
export const PortalCreateProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalCreateProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"as2Id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedCalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"input"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PortalCreateProfileMutation, PortalCreateProfileMutationVariables>;
export const PortalCreateAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalCreateAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agreementId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedCalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"input"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PortalCreateAgreementMutation, PortalCreateAgreementMutationVariables>;
export const PortalCreateConnectorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalCreateConnector"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateConnectorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createConnector"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedCalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"input"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PortalCreateConnectorMutation, PortalCreateConnectorMutationVariables>;