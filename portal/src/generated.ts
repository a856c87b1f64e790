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

export type PortalAttentionQueryVariables = Exact<{
  withinDays: number;
}>;


export type PortalAttentionQuery = { attention: Array<{ daysUntilExpiry: number, certificate: { id: string, certificateId: string, usage: CertificateUsage, description: string | null, inactiveDate: string }, profiles: Array<{ id: string, as2Id: string, profileType: ProfileType }>, replacements: Array<{ profile: { id: string, as2Id: string }, certificate: { id: string, certificateId: string, activeDate: string } }>, agreements: Array<{ id: string, agreementId: string, serverId: string }>, connectors: Array<{ id: string, connectorId: string, url: string | null }> }> | null };

export type PortalCertificatesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type PortalCertificatesQuery = { certificates: { edges: Array<{ node: { id: string, certificateId: string, usage: CertificateUsage, status: CertificateStatus, description: string | null, activeDate: string, inactiveDate: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type PortalPartnersQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type PortalPartnersQuery = { profiles: { totalCount: number, edges: Array<{ node: { id: string, as2Id: string, profileId: string, health: { status: HealthStatus }, certificates: { edges: Array<{ node: { id: string, daysUntilExpiry: number, inactiveDate: string } }> } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type PortalGraphQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalGraphQuery = { servers: { edges: Array<{ node: { id: string, serverId: string, state: ServerState, agreements: { edges: Array<{ node: { id: string, agreementId: string, status: AgreementStatus, health: { status: HealthStatus }, localProfile: { id: string, as2Id: string } | null, partnerProfile: { id: string, as2Id: string, health: { status: HealthStatus } } | null } }> } } }> } | null };

export type PortalPartnerQueryVariables = Exact<{
  id: string | number;
}>;


export type PortalPartnerQuery = { node:
    | { id: string, as2Id: string, profileId: string, profileType: ProfileType, certificates: { edges: Array<{ node: { id: string, certificateId: string, usage: CertificateUsage, status: CertificateStatus, daysUntilExpiry: number } }> }, agreements: { edges: Array<{ node: { id: string, agreementId: string, serverId: string, status: AgreementStatus } }> }, connectors: { edges: Array<{ node: { id: string, connectorId: string, url: string | null, status: ConnectorStatus } }> } }
    | Record<PropertyKey, never>
   | null };

export type PortalStartTransferMutationVariables = Exact<{
  input: StartFileTransferInput;
}>;


export type PortalStartTransferMutation = { startFileTransfer: { fileTransfer: { id: string, transferId: string, status: FileTransferStatus | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type PortalFollowTransferSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type PortalFollowTransferSubscription = { fileTransferUpdates: { id: string, transferId: string, status: FileTransferStatus | null } | null };

export type PortalDeleteProfileMutationVariables = Exact<{
  input: DeleteProfileInput;
}>;


export type PortalDeleteProfileMutation = { deleteProfile: { deletedId: string | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type PortalOnboardingChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalOnboardingChoicesQuery = { servers: { edges: Array<{ node: { id: string, serverId: string, protocols: Array<ServerProtocol> } }> } | null, profiles: { edges: Array<{ node: { id: string, as2Id: string } }> } | null };

export type PortalImportCertificateMutationVariables = Exact<{
  input: ImportCertificateInput;
}>;


export type PortalImportCertificateMutation = { importCertificate: { certificate: { id: string, certificateId: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type PortalCreateProfileMutationVariables = Exact<{
  input: CreateProfileInput;
}>;


export type PortalCreateProfileMutation = { createProfile: { profile: { id: string, as2Id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type PortalCreateAgreementMutationVariables = Exact<{
  input: CreateAgreementInput;
}>;


export type PortalCreateAgreementMutation = { createAgreement: { agreement: { id: string, agreementId: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type PortalCreateConnectorMutationVariables = Exact<{
  input: CreateConnectorInput;
}>;


export type PortalCreateConnectorMutation = { createConnector: { connector: { id: string, connectorId: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };


export const PortalAttentionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalAttention"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withinDays"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attention"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"withinDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withinDays"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daysUntilExpiry"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"certificateId"}},{"kind":"Field","name":{"kind":"Name","value":"usage"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"inactiveDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"as2Id"}},{"kind":"Field","name":{"kind":"Name","value":"profileType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replacements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"as2Id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"certificateId"}},{"kind":"Field","name":{"kind":"Name","value":"activeDate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agreementId"}},{"kind":"Field","name":{"kind":"Name","value":"serverId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"connectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<PortalAttentionQuery, PortalAttentionQueryVariables>;
export const PortalCertificatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalCertificates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"certificateId"}},{"kind":"Field","name":{"kind":"Name","value":"usage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"activeDate"}},{"kind":"Field","name":{"kind":"Name","value":"inactiveDate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PortalCertificatesQuery, PortalCertificatesQueryVariables>;
export const PortalPartnersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalPartners"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profiles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"profileType"},"value":{"kind":"EnumValue","value":"PARTNER"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"as2Id"}},{"kind":"Field","name":{"kind":"Name","value":"profileId"}},{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"daysUntilExpiry"}},{"kind":"Field","name":{"kind":"Name","value":"inactiveDate"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PortalPartnersQuery, PortalPartnersQueryVariables>;
export const PortalGraphDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalGraph"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"servers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serverId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agreementId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"localProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"as2Id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"as2Id"}},{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PortalGraphQuery, PortalGraphQueryVariables>;
export const PortalPartnerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalPartner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"as2Id"}},{"kind":"Field","name":{"kind":"Name","value":"profileId"}},{"kind":"Field","name":{"kind":"Name","value":"profileType"}},{"kind":"Field","name":{"kind":"Name","value":"certificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"certificateId"}},{"kind":"Field","name":{"kind":"Name","value":"usage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"daysUntilExpiry"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agreementId"}},{"kind":"Field","name":{"kind":"Name","value":"serverId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"connectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PortalPartnerQuery, PortalPartnerQueryVariables>;
export const PortalStartTransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalStartTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartFileTransferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startFileTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileTransfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transferId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PortalStartTransferMutation, PortalStartTransferMutationVariables>;
export const PortalFollowTransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"PortalFollowTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileTransferUpdates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transferId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PortalFollowTransferSubscription, PortalFollowTransferSubscriptionVariables>;
export const PortalDeleteProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalDeleteProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PortalDeleteProfileMutation, PortalDeleteProfileMutationVariables>;
export const PortalOnboardingChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalOnboardingChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"servers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serverId"}},{"kind":"Field","name":{"kind":"Name","value":"protocols"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"profiles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"profileType"},"value":{"kind":"EnumValue","value":"LOCAL"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"as2Id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PortalOnboardingChoicesQuery, PortalOnboardingChoicesQueryVariables>;
export const PortalImportCertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalImportCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportCertificateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"certificateId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PortalImportCertificateMutation, PortalImportCertificateMutationVariables>;
export const PortalCreateProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalCreateProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"as2Id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PortalCreateProfileMutation, PortalCreateProfileMutationVariables>;
export const PortalCreateAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalCreateAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agreementId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PortalCreateAgreementMutation, PortalCreateAgreementMutationVariables>;
export const PortalCreateConnectorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalCreateConnector"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateConnectorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createConnector"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PortalCreateConnectorMutation, PortalCreateConnectorMutationVariables>;