import {
  CompressionEnum,
  EncryptionAlg,
  IpAddressType,
  MdnResponse,
  MdnSigningAlg,
  PreserveContentType,
  SigningAlg,
} from '@aws-sdk/client-transfer';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { MutationInput, Payload, CREATE_REGION_DESCRIPTION, ID_REGION_DESCRIPTION } from '../common/mutation';
import { TagInput } from '../common/tag';
import type { FieldAliases } from '../common/user-errors';
import { Connector } from './connector.type';

@InputType({ description: 'Where the partner sends asynchronous MDNs.' })
export class ConnectorAsyncMdnConfigInput {
  @Field(() => String, { nullable: true, description: 'URL the partner posts asynchronous MDNs to (at most 255 characters).' })
  url?: string | null;

  @Field(() => [ID], { nullable: true, description: 'The AS2 servers that receive them (each a graph id, AWS id or ARN; 1–10).' })
  serverIds?: string[] | null;
}

@InputType({ description: 'AS2 settings of a connector. On update, members left out keep their current value.' })
export class ConnectorAs2ConfigInput {
  @Field(() => ID, { nullable: true, description: 'The LOCAL profile to send as (a graph id, AWS id or ARN; required on create).' })
  localProfileId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The PARTNER profile to send to (a graph id, AWS id or ARN; required on create).' })
  partnerProfileId?: string | null;

  @Field(() => String, { nullable: true, description: 'Subject header of the messages.' })
  messageSubject?: string | null;

  @Field(() => CompressionEnum, { nullable: true, description: 'ZLIB to compress messages, DISABLED not to.' })
  compression?: CompressionEnum | null;

  @Field(() => EncryptionAlg, { nullable: true, description: 'How to encrypt messages; NONE only with an https:// url.' })
  encryptionAlgorithm?: EncryptionAlg | null;

  @Field(() => SigningAlg, { nullable: true, description: 'How to sign messages; NONE for unsigned messages.' })
  signingAlgorithm?: SigningAlg | null;

  @Field(() => MdnSigningAlg, { nullable: true, description: 'How the partner should sign its MDN; DEFAULT means signingAlgorithm.' })
  mdnSigningAlgorithm?: MdnSigningAlg | null;

  @Field(() => MdnResponse, { nullable: true, description: 'SYNC, ASYNC (needs asyncMdnConfig) or NONE.' })
  mdnResponse?: MdnResponse | null;

  @Field(() => String, {
    nullable: true,
    description: 'Secrets Manager secret with Basic authentication credentials; "" turns Basic auth off.',
  })
  basicAuthSecretId?: string | null;

  @Field(() => PreserveContentType, { nullable: true, description: "Whether to keep the file's content type in the message." })
  preserveContentType?: PreserveContentType | null;

  @Field(() => ConnectorAsyncMdnConfigInput, {
    nullable: true,
    description: 'Where asynchronous MDNs arrive (replaces the current one whole).',
  })
  asyncMdnConfig?: ConnectorAsyncMdnConfigInput | null;
}

@InputType({ description: 'SFTP settings of a connector. On update, members left out keep their current value.' })
export class ConnectorSftpConfigInput {
  @Field(() => String, {
    nullable: true,
    description: 'Secrets Manager secret with the user name and private key or password (required on create).',
  })
  userSecretId?: string | null;

  @Field(() => [String], { nullable: true, description: 'Trusted host keys of the server, `[host] key-type key-body` (at most 10).' })
  trustedHostKeys?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'Most connections to open to the server at once (1–5).' })
  maxConcurrentConnections?: number | null;
}

@InputType({ description: 'A VPC Lattice route to a private SFTP server.' })
export class ConnectorVpcLatticeEgressInput {
  @Field({ description: 'ARN of the VPC Lattice resource configuration.' })
  resourceConfigurationArn!: string;

  @Field(() => Int, { nullable: true, description: 'Port of the SFTP server (default 22).' })
  portNumber?: number | null;
}

@InputType({ description: 'Changes to a VPC Lattice route.' })
export class UpdateConnectorVpcLatticeEgressInput {
  @Field(() => String, { nullable: true, description: 'New resource configuration ARN.' })
  resourceConfigurationArn?: string | null;

  @Field(() => Int, { nullable: true, description: 'New port of the SFTP server.' })
  portNumber?: number | null;
}

@InputType({ description: 'How a new SFTP connector reaches a private server.' })
export class ConnectorEgressConfigInput {
  @Field(() => ConnectorVpcLatticeEgressInput, { description: 'The VPC Lattice route.' })
  vpcLattice!: ConnectorVpcLatticeEgressInput;
}

@InputType({ description: "Changes to a connector's private route." })
export class UpdateConnectorEgressConfigInput {
  @Field(() => UpdateConnectorVpcLatticeEgressInput, { description: 'Changes to the VPC Lattice route.' })
  vpcLattice!: UpdateConnectorVpcLatticeEgressInput;
}

@InputType({ description: 'A new connector: give exactly one of as2Config or sftpConfig.' })
export class CreateConnectorInput extends MutationInput {
  @Field(() => String, {
    nullable: true,
    description: "The partner's endpoint: http(s):// for AS2, sftp:// for SFTP (none with egressConfig).",
  })
  url?: string | null;

  @Field(() => ConnectorAs2ConfigInput, { nullable: true, description: 'Settings of an AS2 connector.' })
  as2Config?: ConnectorAs2ConfigInput | null;

  @Field(() => ConnectorSftpConfigInput, { nullable: true, description: 'Settings of an SFTP connector.' })
  sftpConfig?: ConnectorSftpConfigInput | null;

  @Field({ description: 'IAM role ARN the connector uses to read and write files in Amazon S3.' })
  accessRole!: string;

  @Field(() => String, { nullable: true, description: 'IAM role ARN for CloudWatch logging.' })
  loggingRole?: string | null;

  @Field(() => String, { nullable: true, description: 'Security policy of an SFTP connector.' })
  securityPolicyName?: string | null;

  @Field(() => ConnectorEgressConfigInput, { nullable: true, description: 'A private route for an SFTP connector (VPC Lattice).' })
  egressConfig?: ConnectorEgressConfigInput | null;

  @Field(() => IpAddressType, { nullable: true, description: 'IPV4 (default) or DUALSTACK.' })
  ipAddressType?: IpAddressType | null;

  @Field(() => [TagInput], { nullable: true, description: 'Tags to set on the connector.' })
  tags?: TagInput[] | null;

  @Field(() => String, { nullable: true, description: CREATE_REGION_DESCRIPTION })
  region?: string | null;
}

@InputType({ description: 'Changes to a connector; fields left out stay as they are. A connector cannot change protocol.' })
export class UpdateConnectorInput extends MutationInput {
  static override readonly awsNames: FieldAliases = { ConnectorId: ['id'] };

  @Field(() => ID, { description: 'The connector (a graph id, AWS id or ARN).' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'New endpoint URL.' })
  url?: string | null;

  @Field(() => ConnectorAs2ConfigInput, { nullable: true, description: 'AS2 settings to change (member by member).' })
  as2Config?: ConnectorAs2ConfigInput | null;

  @Field(() => ConnectorSftpConfigInput, { nullable: true, description: 'SFTP settings to change (member by member).' })
  sftpConfig?: ConnectorSftpConfigInput | null;

  @Field(() => String, { nullable: true, description: 'New IAM access role ARN.' })
  accessRole?: string | null;

  @Field(() => String, { nullable: true, description: 'New IAM logging role ARN.' })
  loggingRole?: string | null;

  @Field(() => String, { nullable: true, description: 'New security policy of an SFTP connector.' })
  securityPolicyName?: string | null;

  @Field(() => UpdateConnectorEgressConfigInput, { nullable: true, description: 'Changes to the private route.' })
  egressConfig?: UpdateConnectorEgressConfigInput | null;

  @Field(() => IpAddressType, { nullable: true, description: 'New IP address type.' })
  ipAddressType?: IpAddressType | null;

  @Field(() => String, { nullable: true, description: ID_REGION_DESCRIPTION })
  region?: string | null;
}

@InputType({ description: 'A connector to delete.' })
export class DeleteConnectorInput extends MutationInput {
  static override readonly awsNames: FieldAliases = { ConnectorId: ['id'] };

  @Field(() => ID, { description: 'The connector (a graph id, AWS id or ARN).' })
  id!: string;

  @Field(() => String, { nullable: true, description: ID_REGION_DESCRIPTION })
  region?: string | null;
}

@ObjectType({ implements: Payload, description: 'Result of createConnector / updateConnector.' })
export class ConnectorPayload extends Payload {
  @Field(() => Connector, { nullable: true, description: 'The connector as it is now; null when userErrors is not empty.' })
  connector?: Connector | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Id of the connector createConnector made, given as soon as AWS has made it, even when reading it back fails (the connector is then null with ' +
      'an error at its path: it exists, do not create it again); null for updateConnector, and when userErrors is not empty.',
  })
  createdId?: string | null;
}

@ObjectType({ implements: Payload, description: 'Result of deleteConnector.' })
export class DeleteConnectorPayload extends Payload {
  @Field(() => ID, {
    nullable: true,
    description: 'Graph id of the deleted connector, whichever form the input named it by; null when userErrors is not empty.',
  })
  deletedId?: string | null;
}
