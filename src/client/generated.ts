/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

/** A new AS2 profile. */
export type CreateProfileInput = {
  /** The AS2 identifier of the party (no spaces). */
  as2Id: string;
  /** The certificates to attach (each a graph id, AWS id or ARN; at most 10). */
  certificateIds?: Array<string | number> | null | undefined;
  /** Any string; echoed back in the payload so a client can match answers to requests. */
  clientMutationId?: string | null | undefined;
  /** LOCAL for your organisation, PARTNER for a trading partner. */
  profileType: ProfileType;
  /** AWS region to create it in, one of those the gateway serves (TRANSFER_REGIONS); by default the region of the ids the input names, else the gateway's own. */
  region?: string | null | undefined;
  /** Tags to set on the profile. */
  tags?: Array<TagInput> | null | undefined;
};

/** Algorithm used to encrypt AS2 messages. */
export type EncryptionAlgorithm =
  | 'AES128_CBC'
  | 'AES192_CBC'
  | 'AES256_CBC'
  | 'DES_EDE3_CBC'
  | 'NONE';

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

/** Whether and how the partner sends a message disposition notification (MDN). */
export type MdnResponse =
  | 'ASYNC'
  | 'NONE'
  | 'SYNC';

/** Whose AS2 identity a profile describes: LOCAL (yours) or PARTNER (a trading partner). */
export type ProfileType =
  | 'LOCAL'
  | 'PARTNER';

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


export const AttentionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Attention"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withinDays"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attention"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"withinDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withinDays"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daysUntilExpiry"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"certificateId"}},{"kind":"Field","name":{"kind":"Name","value":"usage"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"inactiveDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"as2Id"}},{"kind":"Field","name":{"kind":"Name","value":"profileType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replacements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"as2Id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificateId"}},{"kind":"Field","name":{"kind":"Name","value":"activeDate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agreementId"}},{"kind":"Field","name":{"kind":"Name","value":"serverId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"connectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<AttentionQuery, AttentionQueryVariables>;
export const PartnerHealthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerHealth"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expiringWithinDays"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profiles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"profileType"},"value":{"kind":"EnumValue","value":"PARTNER"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"as2Id"}},{"kind":"Field","name":{"kind":"Name","value":"health"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"expiringWithinDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expiringWithinDays"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnerHealthQuery, PartnerHealthQueryVariables>;
export const ConnectorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Connectors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"as2Config"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"encryptionAlgorithm"}},{"kind":"Field","name":{"kind":"Name","value":"signingAlgorithm"}},{"kind":"Field","name":{"kind":"Name","value":"mdnResponse"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"as2Id"}},{"kind":"Field","name":{"kind":"Name","value":"certificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"notAfterDate"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConnectorsQuery, ConnectorsQueryVariables>;
export const StartFileTransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartFileTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"connectorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sendFilePaths"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startFileTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"connectorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"connectorId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"sendFilePaths"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sendFilePaths"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileTransfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transferId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filePath"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"failureMessage"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<StartFileTransferMutation, StartFileTransferMutationVariables>;
export const FileTransferStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FileTransferStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileTransfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fileCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filePath"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FileTransferStatusQuery, FileTransferStatusQueryVariables>;
export const FileTransferUpdatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"FileTransferUpdates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileTransferUpdates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fileCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filePath"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"failureMessage"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FileTransferUpdatesSubscription, FileTransferUpdatesSubscriptionVariables>;
export const ProfileByAnyIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProfileByAnyId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idOrArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"idOrArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idOrArn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"profileId"}},{"kind":"Field","name":{"kind":"Name","value":"as2Id"}}]}}]}}]} as unknown as DocumentNode<ProfileByAnyIdQuery, ProfileByAnyIdQueryVariables>;
export const CreateProfileFromFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProfileFromForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreateProfileFromFormMutation, CreateProfileFromFormMutationVariables>;
export const DeleteProfileGuardedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteProfileGuarded"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"force"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"force"},"value":{"kind":"Variable","name":{"kind":"Name","value":"force"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"dependents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteProfileGuardedMutation, DeleteProfileGuardedMutationVariables>;
export const PartnerGraphDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerGraph"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"servers"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"5"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agreements"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"servers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"servers"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serverId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agreements"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"localProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"as2Id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"as2Id"}},{"kind":"Field","name":{"kind":"Name","value":"certificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"usage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"notAfterDate"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnerGraphQuery, PartnerGraphQueryVariables>;
export const ProfilesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Profiles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"profileType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProfileType"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profiles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"profileType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"profileType"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"as2Id"}},{"kind":"Field","name":{"kind":"Name","value":"profileType"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProfilesQuery, ProfilesQueryVariables>;
export const CreatePartnerProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePartnerProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"as2Id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"certificateIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"as2Id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"as2Id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"profileType"},"value":{"kind":"EnumValue","value":"PARTNER"}},{"kind":"ObjectField","name":{"kind":"Name","value":"certificateIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"certificateIds"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"profileId"}},{"kind":"Field","name":{"kind":"Name","value":"as2Id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreatePartnerProfileMutation, CreatePartnerProfileMutationVariables>;