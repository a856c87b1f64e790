import type { As2ConnectorConfig, DescribedConnector, ListedConnector } from '@aws-sdk/client-transfer';
import { ConnectorEgressType, ConnectorStatus, IpAddressType } from '@aws-sdk/client-transfer';
import { Field, ObjectType } from 'type-graphql';
import type { GatewayContext } from '../../request/context';
import { Tag, toTags } from '../common/tag';
import { Connection } from '../relay/connection';
import { Entity } from '../relay/entity';
import { Node } from '../relay/node';
import { registerNodeType } from '../relay/registry';
import { ConnectorAs2Config, ConnectorEgressConfig, ConnectorSftpConfig } from './connector-config.type';

/** The Connector fields that need no DescribeConnector (see Entity.listFields); a field resolver defined elsewhere is named here too. */
const CONNECTOR_LIST_FIELDS: ReadonlySet<string> = new Set(['id', 'connectorId', 'arn', 'url']);

@ObjectType('Connector', {
  implements: Node,
  description:
    "An outbound connection to a trading partner's AS2 or SFTP server, used by startFileTransfer. connectorId, arn and " +
    'url come free with a list; every other field costs one DescribeConnector call per connector and request.',
})
export class Connector extends Entity<ListedConnector, DescribedConnector> {
  protected readonly typeName = 'Connector';
  protected readonly summaryKeys = ['Arn', 'ConnectorId', 'Url'] as const;
  protected override readonly listFields = CONNECTOR_LIST_FIELDS;

  static fromSummary(ctx: GatewayContext, summary: ListedConnector): Connector {
    return new Connector(ctx, [summary.ConnectorId!], summary);
  }

  static fromId(ctx: GatewayContext, connectorId: string): Connector {
    return new Connector(ctx, [connectorId]);
  }

  protected load(): Promise<DescribedConnector> {
    return this.ctx.loaders.connector.load(this.connectorId);
  }

  protected override loadSummary(): Promise<ListedConnector> {
    return this.ctx.loaders.connectorSummary.load(this.connectorId);
  }

  /** The AWS AS2 configuration, for the profile links. */
  async as2(): Promise<As2ConnectorConfig | undefined> {
    return this.fromDescribe('As2Config');
  }

  @Field(() => String, { description: 'AWS connector id, e.g. c-0123456789abcdef0.' })
  get connectorId(): string {
    return this.keys[0];
  }

  @Field(() => String, { description: 'Amazon Resource Name of the connector.' })
  get arn(): Promise<string> {
    return this.summaryField('Arn') as Promise<string>;
  }

  @Field(() => String, {
    nullable: true,
    description: "The partner's endpoint: http(s):// for AS2, sftp:// for SFTP; null for SFTP connectors that use VPC Lattice egress.",
  })
  async url(): Promise<string | null> {
    return (await this.summaryField('Url')) ?? null;
  }

  @Field(() => ConnectorAs2Config, { nullable: true, description: 'AS2 settings; null for an SFTP connector.' })
  async as2Config(): Promise<ConnectorAs2Config | null> {
    const as2 = await this.as2();
    return as2 ? ConnectorAs2Config.from(as2) : null;
  }

  @Field(() => ConnectorSftpConfig, { nullable: true, description: 'SFTP settings; null for an AS2 connector.' })
  async sftpConfig(): Promise<ConnectorSftpConfig | null> {
    const sftp = await this.fromDescribe('SftpConfig');
    return sftp ? ConnectorSftpConfig.from(sftp) : null;
  }

  @Field(() => String, { description: 'IAM role the connector uses to read and write the files in Amazon S3.' })
  get accessRole(): Promise<string> {
    return this.fromDescribe('AccessRole') as Promise<string>;
  }

  @Field(() => String, { nullable: true, description: 'IAM role that lets the connector write CloudWatch logs.' })
  async loggingRole(): Promise<string | null> {
    return (await this.fromDescribe('LoggingRole')) ?? null;
  }

  @Field(() => [String], {
    description: 'Addresses the connector connects from (service-managed egress): give them to the partner to allow-list.',
  })
  async serviceManagedEgressIpAddresses(): Promise<string[]> {
    return (await this.fromDescribe('ServiceManagedEgressIpAddresses')) ?? [];
  }

  @Field(() => String, { nullable: true, description: 'Security policy of an SFTP connector (its SSH algorithms).' })
  async securityPolicyName(): Promise<string | null> {
    return (await this.fromDescribe('SecurityPolicyName')) ?? null;
  }

  @Field(() => ConnectorEgressType, { description: 'SERVICE_MANAGED (public internet) or VPC_LATTICE (a private route).' })
  get egressType(): Promise<ConnectorEgressType> {
    return this.fromDescribe('EgressType') as Promise<ConnectorEgressType>;
  }

  @Field(() => ConnectorEgressConfig, { nullable: true, description: 'The private route, for egressType VPC_LATTICE.' })
  async egressConfig(): Promise<ConnectorEgressConfig | null> {
    const egress = await this.fromDescribe('EgressConfig');
    return egress ? ConnectorEgressConfig.from(egress) : null;
  }

  @Field(() => ConnectorStatus, {
    description: 'ACTIVE when the connector can be used; PENDING while being set up; ERRORED (see errorMessage).',
  })
  get status(): Promise<ConnectorStatus> {
    return this.fromDescribe('Status') as Promise<ConnectorStatus>;
  }

  @Field(() => String, { nullable: true, description: 'Why the connector is ERRORED.' })
  async errorMessage(): Promise<string | null> {
    return (await this.fromDescribe('ErrorMessage')) ?? null;
  }

  @Field(() => IpAddressType, { nullable: true, description: 'Whether the connector connects over IPv4 only or IPv4 and IPv6.' })
  async ipAddressType(): Promise<IpAddressType | null> {
    return (await this.fromDescribe('IpAddressType')) ?? null;
  }

  @Field(() => [Tag], { description: 'Tags on the connector.' })
  async tags(): Promise<Tag[]> {
    return toTags(await this.fromDescribe('Tags'));
  }
}

export const ConnectorConnection = Connection(Connector, 'Connector', 'connector');

registerNodeType('Connector', (ctx, [connectorId]) => Connector.fromId(ctx, connectorId));
