import {
  As2Transport,
  DirectoryListingOptimization,
  Domain,
  EndpointType,
  IdentityProviderType,
  IpAddressType,
  Protocol,
  SetStatOption,
  SftpAuthenticationMethods,
  TlsSessionResumptionMode,
} from '@aws-sdk/client-transfer';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { MutationInput, Payload, CREATE_REGION_DESCRIPTION, ID_REGION_DESCRIPTION } from '../common/mutation';
import { TagInput } from '../common/tag';
import type { FieldAliases } from '../common/user-errors';
import { Dependent } from '../common/dependents';
import { Server } from './server.type';

@InputType({ description: 'Protocol settings. On update, members left out keep their current value.' })
export class ServerProtocolDetailsInput {
  @Field(() => [As2Transport], { nullable: true, description: 'Transports for AS2 messages: [HTTP], the only one AWS offers.' })
  as2Transports?: As2Transport[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'FTP/FTPS passive-mode address: AUTO or an IPv4 address (changing it needs a stop and start).',
  })
  passiveIp?: string | null;

  @Field(() => TlsSessionResumptionMode, {
    nullable: true,
    description: 'FTPS TLS session resumption: DISABLED, ENABLED or ENFORCED (the default).',
  })
  tlsSessionResumptionMode?: TlsSessionResumptionMode | null;

  @Field(() => SetStatOption, { nullable: true, description: 'DEFAULT, or ENABLE_NO_OP to ignore SETSTAT on uploads to Amazon S3.' })
  setStatOption?: SetStatOption | null;
}

@InputType({
  description: 'The VPC endpoint of a server (endpointType VPC, required for AS2). On update, members left out keep their value.',
})
export class ServerEndpointDetailsInput {
  @Field(() => String, { nullable: true, description: 'The VPC to create the endpoint in (required for VPC).' })
  vpcId?: string | null;

  @Field(() => [String], { nullable: true, description: 'Subnets of the endpoint (required for VPC).' })
  subnetIds?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description:
      'Elastic IP allocations, one per subnet, to make the endpoint internet-facing: only through updateServer, on an OFFLINE server that already has subnets.',
  })
  addressAllocationIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Security groups; only when switching endpointType to VPC.' })
  securityGroupIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'An existing VPC endpoint, for the retired VPC_ENDPOINT type only.' })
  vpcEndpointId?: string | null;
}

@InputType({ description: 'Where a custom identity provider lives; give the members its identityProviderType uses.' })
export class ServerIdentityProviderDetailsInput {
  @Field(() => String, { nullable: true, description: 'API Gateway URL (API_GATEWAY).' })
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'IAM role to invoke the API Gateway provider with (API_GATEWAY).' })
  invocationRole?: string | null;

  @Field(() => String, { nullable: true, description: 'Directory Service directory id, d-… (AWS_DIRECTORY_SERVICE).' })
  directoryId?: string | null;

  @Field(() => String, { nullable: true, description: 'Lambda function ARN (AWS_LAMBDA).' })
  function?: string | null;

  @Field(() => SftpAuthenticationMethods, { nullable: true, description: 'Which credentials SFTP users must present.' })
  sftpAuthenticationMethods?: SftpAuthenticationMethods | null;
}

@InputType({ description: 'A workflow to attach, with the role it runs as.' })
export class ServerWorkflowDetailInput {
  @Field({ description: 'The workflow (w-…).' })
  workflowId!: string;

  @Field({ description: 'IAM role ARN the workflow runs as.' })
  executionRole!: string;
}

@InputType({ description: 'Workflows to run on uploads. On update, an empty list detaches that workflow.' })
export class ServerWorkflowDetailsInput {
  @Field(() => [ServerWorkflowDetailInput], { nullable: true, description: 'Runs when an upload completes (at most one).' })
  onUpload?: ServerWorkflowDetailInput[] | null;

  @Field(() => [ServerWorkflowDetailInput], { nullable: true, description: 'Runs when an upload is interrupted (at most one).' })
  onPartialUpload?: ServerWorkflowDetailInput[] | null;
}

@InputType({ description: 'Amazon S3 presentation options.' })
export class ServerS3StorageOptionsInput {
  @Field(() => DirectoryListingOptimization, { nullable: true, description: 'ENABLED to optimise directory listings.' })
  directoryListingOptimization?: DirectoryListingOptimization | null;
}

/** The settings createServer and updateServer share; inherited by both (never emitted itself). */
@InputType('ServerSettingsInputBase')
abstract class ServerSettingsInput extends MutationInput {
  @Field(() => [Protocol], { nullable: true, description: 'Protocols to speak (1–4). AS2 needs endpointType VPC and domain S3.' })
  protocols?: Protocol[] | null;

  @Field(() => EndpointType, { nullable: true, description: 'PUBLIC (SFTP only) or VPC (required for AS2).' })
  endpointType?: EndpointType | null;

  @Field(() => ServerEndpointDetailsInput, { nullable: true, description: 'The VPC endpoint (required with endpointType VPC).' })
  endpointDetails?: ServerEndpointDetailsInput | null;

  @Field(() => ServerProtocolDetailsInput, { nullable: true, description: 'Protocol settings, including the AS2 transports.' })
  protocolDetails?: ServerProtocolDetailsInput | null;

  @Field(() => IdentityProviderType, {
    nullable: true,
    description: 'How SFTP/FTP users authenticate (SERVICE_MANAGED by default; AS2 ignores it).',
  })
  identityProviderType?: IdentityProviderType | null;

  @Field(() => ServerIdentityProviderDetailsInput, {
    nullable: true,
    description: 'The custom identity provider; needs identityProviderType.',
  })
  identityProviderDetails?: ServerIdentityProviderDetailsInput | null;

  @Field(() => String, { nullable: true, description: 'IAM role ARN for CloudWatch logging; "" turns logging off.' })
  loggingRole?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'CloudWatch Logs log group ARNs for structured logs (at most one); [] removes it.',
  })
  structuredLogDestinations?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Security policy, e.g. TransferSecurityPolicy-2024-01 (the default).' })
  securityPolicyName?: string | null;

  @Field(() => String, { nullable: true, description: 'ARN of an ACM certificate (required for FTPS).' })
  certificate?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'SSH private host key for SFTP, PEM; AWS generates one when none is given. Never shown again.',
  })
  hostKey?: string | null;

  @Field(() => String, { nullable: true, description: 'Text shown to SFTP/FTP users before they authenticate.' })
  preAuthenticationLoginBanner?: string | null;

  @Field(() => String, { nullable: true, description: 'Text shown to SFTP/FTP users after they authenticate.' })
  postAuthenticationLoginBanner?: string | null;

  @Field(() => ServerWorkflowDetailsInput, { nullable: true, description: 'Workflows to run on uploads (not run for AS2 messages).' })
  workflowDetails?: ServerWorkflowDetailsInput | null;

  @Field(() => ServerS3StorageOptionsInput, { nullable: true, description: 'Amazon S3 presentation options (domain S3 only).' })
  s3StorageOptions?: ServerS3StorageOptionsInput | null;

  @Field(() => IpAddressType, {
    nullable: true,
    description: 'IPV4 (the default) or DUALSTACK; can change only while the server is OFFLINE.',
  })
  ipAddressType?: IpAddressType | null;
}

@InputType({
  description: 'A new server. For AS2: protocols [AS2], endpointType VPC and endpointDetails with vpcId and subnetIds.',
})
export class CreateServerInput extends ServerSettingsInput {
  @Field(() => Domain, { nullable: true, description: 'S3 (the default, and the only one AS2 supports) or EFS; cannot change later.' })
  domain?: Domain | null;

  @Field(() => [TagInput], { nullable: true, description: 'Tags to set on the server.' })
  tags?: TagInput[] | null;

  @Field(() => String, { nullable: true, description: CREATE_REGION_DESCRIPTION })
  region?: string | null;
}

@InputType({ description: 'Changes to a server; fields left out stay as they are.' })
export class UpdateServerInput extends ServerSettingsInput {
  static override readonly awsNames: FieldAliases = { ServerId: ['id'] };

  @Field(() => ID, { description: 'The server (a graph id, AWS id or ARN).' })
  id!: string;

  @Field(() => String, { nullable: true, description: ID_REGION_DESCRIPTION })
  region?: string | null;
}

@InputType({ description: 'A server to delete, start or stop.' })
export class ServerIdInput extends MutationInput {
  static override readonly awsNames: FieldAliases = { ServerId: ['id'] };

  @Field(() => ID, { description: 'The server (a graph id, AWS id or ARN).' })
  id!: string;

  @Field(() => String, { nullable: true, description: ID_REGION_DESCRIPTION })
  region?: string | null;
}

@InputType({ description: 'A sign-in to try against the identity provider of a server.' })
export class TestIdentityProviderInput extends MutationInput {
  @Field(() => ID, { description: 'The server whose provider to test (a graph id, AWS id or ARN).' })
  serverId!: string;

  @Field(() => String, { description: 'User name to sign in as.' })
  userName!: string;

  @Field(() => String, { nullable: true, description: 'Password to sign in with; never echoed back.' })
  userPassword?: string | null;

  @Field(() => Protocol, { nullable: true, description: 'Protocol to test the sign-in for (SFTP by default).' })
  serverProtocol?: Protocol | null;

  @Field(() => String, { nullable: true, description: 'Client IP address the sign-in should appear to come from.' })
  sourceIp?: string | null;

  @Field(() => String, { nullable: true, description: ID_REGION_DESCRIPTION })
  region?: string | null;
}

@InputType({ description: 'A server to delete.' })
export class DeleteServerInput extends ServerIdInput {
  @Field(() => Boolean, {
    nullable: true,
    description:
      'true to delete it even though agreements use it (they break); by default the delete is refused with IN_USE and the list of them.',
  })
  force?: boolean | null;
}

@ObjectType({ implements: Payload, description: 'Result of createServer / updateServer / startServer / stopServer.' })
export class ServerPayload extends Payload {
  @Field(() => Server, { nullable: true, description: 'The server as it is now; null when userErrors is not empty.' })
  server?: Server | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Id of the server createServer made, given as soon as AWS has made it, even when reading it back fails (the server is then null with ' +
      'an error at its path: it exists, do not create it again); null for the other server mutations, and when userErrors is not empty.',
  })
  createdId?: string | null;
}

@ObjectType({ implements: Payload, description: 'Result of deleteServer.' })
export class DeleteServerPayload extends Payload {
  @Field(() => ID, {
    nullable: true,
    description:
      'Graph id of the deleted server (its agreements went with it), whichever form the input named it by; null when userErrors is not empty.',
  })
  deletedId?: string | null;

  @Field(() => [Dependent], {
    nullable: true,
    description:
      'What uses it: the reason for an IN_USE refusal; empty when it was deleted after the check, null when force skipped the check.',
  })
  dependents?: Dependent[] | null;
}

@ObjectType({
  implements: Payload,
  description: "Result of testIdentityProvider: the provider's answer. All null when userErrors is not empty.",
})
export class TestIdentityProviderPayload extends Payload {
  @Field(() => Int, {
    nullable: true,
    description: 'HTTP status the provider answered with; 200 means it answered (not that the user was accepted).',
  })
  statusCode?: number | null;

  @Field(() => String, { nullable: true, description: 'What went wrong or what happened, in words.' })
  message?: string | null;

  @Field(() => String, { nullable: true, description: "The provider's response body, as it came." })
  response?: string | null;

  @Field(() => String, { nullable: true, description: 'Where the provider was reached: its URL, function or directory.' })
  url?: string | null;
}
