import type {
  EndpointDetails,
  IdentityProviderDetails,
  ProtocolDetails,
  S3StorageOptions,
  WorkflowDetail,
  WorkflowDetails,
} from '@aws-sdk/client-transfer';
import {
  As2Transport,
  DirectoryListingOptimization,
  ProxyMode,
  SetStatOption,
  SftpAuthenticationMethods,
  TlsSessionResumptionMode,
} from '@aws-sdk/client-transfer';
import { Field, ObjectType } from 'type-graphql';

@ObjectType('ServerProxyConfig', { description: 'How an SFTP server behind a Network Load Balancer treats PROXY protocol v2 headers.' })
export class ServerProxyConfig {
  @Field(() => ProxyMode, {
    nullable: true,
    description: 'NONE (headers ignored, the default) or PROXY_PROTOCOL_V2_ENFORCED (a header is required).',
  })
  sftpMode!: ProxyMode | null;
}

@ObjectType('ServerProtocolDetails', { description: 'Protocol settings of a server: AS2 transports, and the FTP/FTPS/SFTP knobs.' })
export class ServerProtocolDetails {
  @Field(() => [As2Transport], {
    description: 'Transports AS2 messages arrive over (HTTP, the only one AWS offers); empty for a server without AS2.',
  })
  as2Transports!: As2Transport[];

  @Field(() => String, {
    nullable: true,
    description: 'Passive-mode address FTP/FTPS clients are told to connect to: AUTO or an IPv4 address.',
  })
  passiveIp!: string | null;

  @Field(() => TlsSessionResumptionMode, {
    nullable: true,
    description: "Whether FTPS data connections must resume the control connection's TLS session.",
  })
  tlsSessionResumptionMode!: TlsSessionResumptionMode | null;

  @Field(() => SetStatOption, {
    nullable: true,
    description: 'Whether SETSTAT commands on uploads to Amazon S3 are answered with an error (DEFAULT) or ignored (ENABLE_NO_OP).',
  })
  setStatOption!: SetStatOption | null;

  @Field(() => ServerProxyConfig, { nullable: true, description: 'PROXY protocol settings for SFTP; null when never set.' })
  proxyConfig!: ServerProxyConfig | null;

  /** The AWS structure as GraphQL. */
  static from(d: ProtocolDetails): ServerProtocolDetails {
    return Object.assign(new ServerProtocolDetails(), {
      as2Transports: d.As2Transports ?? [],
      passiveIp: d.PassiveIp ?? null,
      tlsSessionResumptionMode: d.TlsSessionResumptionMode ?? null,
      setStatOption: d.SetStatOption ?? null,
      proxyConfig: d.ProxyConfig ? Object.assign(new ServerProxyConfig(), { sftpMode: d.ProxyConfig.SftpMode ?? null }) : null,
    });
  }
}

@ObjectType('ServerEndpointDetails', {
  description: 'The VPC endpoint of a server (endpointType VPC): where AS2 partners send their messages.',
})
export class ServerEndpointDetails {
  @Field(() => String, { nullable: true, description: 'The VPC the endpoint lives in.' })
  vpcId!: string | null;

  @Field(() => [String], { description: 'Subnets of the endpoint, one per Availability Zone.' })
  subnetIds!: string[];

  @Field(() => [String], {
    description: 'Elastic IP allocations that make the endpoint internet-facing, one per subnet; empty for an internal endpoint.',
  })
  addressAllocationIds!: string[];

  @Field(() => String, { nullable: true, description: 'The VPC endpoint AWS created for the server (vpce-…).' })
  vpcEndpointId!: string | null;

  @Field(() => [String], { description: 'Security groups of the endpoint. DescribeServer does not report them, so this is usually empty.' })
  securityGroupIds!: string[];

  /** The AWS structure as GraphQL. */
  static from(d: EndpointDetails): ServerEndpointDetails {
    return Object.assign(new ServerEndpointDetails(), {
      vpcId: d.VpcId ?? null,
      subnetIds: d.SubnetIds ?? [],
      addressAllocationIds: d.AddressAllocationIds ?? [],
      vpcEndpointId: d.VpcEndpointId ?? null,
      securityGroupIds: d.SecurityGroupIds ?? [],
    });
  }
}

@ObjectType('IdentityProviderDetails', {
  description: 'Where a server with a custom identity provider authenticates its SFTP/FTP users (AS2 does not use it).',
})
export class ServerIdentityProviderDetails {
  @Field(() => String, { nullable: true, description: 'API Gateway URL of the provider (identityProviderType API_GATEWAY).' })
  url!: string | null;

  @Field(() => String, { nullable: true, description: 'IAM role the server assumes to invoke the API Gateway provider.' })
  invocationRole!: string | null;

  @Field(() => String, { nullable: true, description: 'AWS Directory Service directory (d-…) of an AWS_DIRECTORY_SERVICE server.' })
  directoryId!: string | null;

  @Field(() => String, { nullable: true, description: 'ARN of the Lambda function of an AWS_LAMBDA server.' })
  function!: string | null;

  @Field(() => SftpAuthenticationMethods, { nullable: true, description: 'Which credentials SFTP users must present.' })
  sftpAuthenticationMethods!: SftpAuthenticationMethods | null;

  /** The AWS structure as GraphQL. */
  static from(d: IdentityProviderDetails): ServerIdentityProviderDetails {
    return Object.assign(new ServerIdentityProviderDetails(), {
      url: d.Url ?? null,
      invocationRole: d.InvocationRole ?? null,
      directoryId: d.DirectoryId ?? null,
      function: d.Function ?? null,
      sftpAuthenticationMethods: d.SftpAuthenticationMethods ?? null,
    });
  }
}

@ObjectType('WorkflowDetail', { description: 'A managed workflow attached to a server, with the role it runs as.' })
export class ServerWorkflowDetail {
  @Field({ description: 'The workflow (w-…).' })
  workflowId!: string;

  @Field({ description: 'IAM role the workflow runs as.' })
  executionRole!: string;

  /** The AWS structure as GraphQL. */
  static from(d: WorkflowDetail): ServerWorkflowDetail {
    return Object.assign(new ServerWorkflowDetail(), { workflowId: d.WorkflowId ?? '', executionRole: d.ExecutionRole ?? '' });
  }
}

@ObjectType('WorkflowDetails', { description: 'Workflows a server runs on uploads. AS2 messages do not run them.' })
export class ServerWorkflowDetails {
  @Field(() => [ServerWorkflowDetail], { description: 'Runs when an upload completes (at most one).' })
  onUpload!: ServerWorkflowDetail[];

  @Field(() => [ServerWorkflowDetail], { description: 'Runs when an upload is interrupted (at most one).' })
  onPartialUpload!: ServerWorkflowDetail[];

  /** The AWS structure as GraphQL. */
  static from(d: WorkflowDetails): ServerWorkflowDetails {
    return Object.assign(new ServerWorkflowDetails(), {
      onUpload: (d.OnUpload ?? []).map((w) => ServerWorkflowDetail.from(w)),
      onPartialUpload: (d.OnPartialUpload ?? []).map((w) => ServerWorkflowDetail.from(w)),
    });
  }
}

@ObjectType('S3StorageOptions', { description: 'How a server with domain S3 presents its bucket.' })
export class ServerS3StorageOptions {
  @Field(() => DirectoryListingOptimization, {
    nullable: true,
    description: 'Whether directory listings are optimised (ENABLED) or not (DISABLED, the API default).',
  })
  directoryListingOptimization!: DirectoryListingOptimization | null;

  /** The AWS structure as GraphQL. */
  static from(d: S3StorageOptions): ServerS3StorageOptions {
    return Object.assign(new ServerS3StorageOptions(), { directoryListingOptimization: d.DirectoryListingOptimization ?? null });
  }
}
