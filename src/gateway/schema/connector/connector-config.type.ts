import type { As2ConnectorConfig, DescribedConnectorEgressConfig, SftpConnectorConfig } from '@aws-sdk/client-transfer';
import { CompressionEnum, EncryptionAlg, MdnResponse, MdnSigningAlg, PreserveContentType, SigningAlg } from '@aws-sdk/client-transfer';
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('ConnectorAsyncMdnConfig', { description: 'Where the partner sends asynchronous MDNs (mdnResponse ASYNC).' })
export class ConnectorAsyncMdnConfig {
  @Field(() => String, { nullable: true, description: 'URL the partner posts asynchronous MDNs to.' })
  url!: string | null;

  @Field(() => [String], { description: 'AWS ids of the AS2 servers (s-…) that receive the asynchronous MDNs.' })
  serverIds!: string[];
}

@ObjectType('ConnectorAs2Config', { description: 'How an AS2 connector packs, signs and encrypts the messages it sends.' })
export class ConnectorAs2Config {
  @Field(() => String, {
    nullable: true,
    description: "AWS id of the LOCAL profile messages are sent as (see the connector's `localProfile`).",
  })
  localProfileId!: string | null;

  @Field(() => String, { nullable: true, description: 'AWS id of the PARTNER profile messages are sent to (see `partnerProfile`).' })
  partnerProfileId!: string | null;

  @Field(() => String, { nullable: true, description: 'Subject header of the AS2 messages.' })
  messageSubject!: string | null;

  @Field(() => CompressionEnum, { nullable: true, description: 'Whether messages are compressed (ZLIB) or not.' })
  compression!: CompressionEnum | null;

  @Field(() => EncryptionAlg, { nullable: true, description: 'How messages are encrypted; NONE only over https.' })
  encryptionAlgorithm!: EncryptionAlg | null;

  @Field(() => SigningAlg, { nullable: true, description: 'How messages are signed; NONE for unsigned messages.' })
  signingAlgorithm!: SigningAlg | null;

  @Field(() => MdnSigningAlg, { nullable: true, description: 'How the partner should sign its MDN; DEFAULT means signingAlgorithm.' })
  mdnSigningAlgorithm!: MdnSigningAlg | null;

  @Field(() => MdnResponse, { nullable: true, description: 'Whether an MDN is requested: SYNC, ASYNC or NONE.' })
  mdnResponse!: MdnResponse | null;

  @Field(() => String, {
    nullable: true,
    description: 'AWS Secrets Manager secret holding Basic authentication credentials; null when Basic auth is off.',
  })
  basicAuthSecretId!: string | null;

  @Field(() => PreserveContentType, { nullable: true, description: "Whether the file's content type is kept in the message." })
  preserveContentType!: PreserveContentType | null;

  @Field(() => ConnectorAsyncMdnConfig, { nullable: true, description: 'Where asynchronous MDNs arrive, when configured.' })
  asyncMdnConfig!: ConnectorAsyncMdnConfig | null;

  /** The AWS configuration as GraphQL. */
  static from(c: As2ConnectorConfig): ConnectorAs2Config {
    return Object.assign(new ConnectorAs2Config(), {
      localProfileId: c.LocalProfileId ?? null,
      partnerProfileId: c.PartnerProfileId ?? null,
      messageSubject: c.MessageSubject ?? null,
      compression: c.Compression ?? null,
      encryptionAlgorithm: c.EncryptionAlgorithm ?? null,
      signingAlgorithm: c.SigningAlgorithm ?? null,
      mdnSigningAlgorithm: c.MdnSigningAlgorithm ?? null,
      mdnResponse: c.MdnResponse ?? null,
      basicAuthSecretId: c.BasicAuthSecretId || null,
      preserveContentType: c.PreserveContentType ?? null,
      asyncMdnConfig: c.AsyncMdnConfig
        ? Object.assign(new ConnectorAsyncMdnConfig(), { url: c.AsyncMdnConfig.Url ?? null, serverIds: c.AsyncMdnConfig.ServerIds ?? [] })
        : null,
    });
  }
}

@ObjectType('ConnectorSftpConfig', { description: 'How an SFTP connector logs in to the remote server.' })
export class ConnectorSftpConfig {
  @Field(() => String, { nullable: true, description: 'AWS Secrets Manager secret with the user name and private key or password.' })
  userSecretId!: string | null;

  @Field(() => [String], { description: 'Host keys of the remote server that are trusted, as `[host] key-type key-body`.' })
  trustedHostKeys!: string[];

  @Field(() => Int, { nullable: true, description: 'How many connections the connector opens to the server at most.' })
  maxConcurrentConnections!: number | null;

  /** The AWS configuration as GraphQL. */
  static from(c: SftpConnectorConfig): ConnectorSftpConfig {
    return Object.assign(new ConnectorSftpConfig(), {
      userSecretId: c.UserSecretId ?? null,
      trustedHostKeys: c.TrustedHostKeys ?? [],
      maxConcurrentConnections: c.MaxConcurrentConnections ?? null,
    });
  }
}

@ObjectType('ConnectorVpcLatticeEgress', {
  description: 'A connector that reaches its SFTP server through a VPC Lattice resource configuration.',
})
export class ConnectorVpcLatticeEgress {
  @Field({ description: 'ARN of the VPC Lattice resource configuration that leads to the server.' })
  resourceConfigurationArn!: string;

  @Field(() => Int, { nullable: true, description: 'Port of the SFTP server.' })
  portNumber!: number | null;
}

@ObjectType('ConnectorEgressConfig', { description: 'How a connector reaches a private server (egressType VPC_LATTICE).' })
export class ConnectorEgressConfig {
  @Field(() => ConnectorVpcLatticeEgress, { nullable: true, description: 'The VPC Lattice route to the server.' })
  vpcLattice!: ConnectorVpcLatticeEgress | null;

  /** The AWS configuration as GraphQL. */
  static from(c: DescribedConnectorEgressConfig): ConnectorEgressConfig {
    const lattice = c.VpcLattice;
    return Object.assign(new ConnectorEgressConfig(), {
      vpcLattice: lattice
        ? Object.assign(new ConnectorVpcLatticeEgress(), {
            resourceConfigurationArn: lattice.ResourceConfigurationArn ?? '',
            portNumber: lattice.PortNumber ?? null,
          })
        : null,
    });
  }
}
