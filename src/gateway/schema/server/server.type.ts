import type { DescribedServer, ListedServer } from '@aws-sdk/client-transfer';
import { Domain, EndpointType, IdentityProviderType, IpAddressType, Protocol, State } from '@aws-sdk/client-transfer';
import { Field, Int, ObjectType } from 'type-graphql';
import type { GatewayContext } from '../../request/context';
import { Tag, toTags } from '../common/tag';
import { Connection } from '../relay/connection';
import { Entity } from '../relay/entity';
import { Node } from '../relay/node';
import { registerNodeType } from '../relay/registry';
import {
  ServerEndpointDetails,
  ServerIdentityProviderDetails,
  ServerProtocolDetails,
  ServerS3StorageOptions,
  ServerWorkflowDetails,
} from './server-details.type';

/** The Server fields that need no DescribeServer (see Entity.listFields); a field resolver defined elsewhere is named here too. */
const SERVER_LIST_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'serverId',
  'arn',
  'state',
  'domain',
  'endpointType',
  'identityProviderType',
  'loggingRole',
  'userCount',
  'agreements',
]);

@ObjectType('Server', {
  implements: Node,
  description:
    'A Transfer Family server; with AS2 among its protocols it receives AS2 messages from trading partners under its ' +
    'agreements. serverId, arn, state, domain, endpointType, identityProviderType, loggingRole and userCount come free ' +
    'with a list; every other field costs one DescribeServer call per server and request.',
})
export class Server extends Entity<ListedServer, DescribedServer> {
  protected readonly typeName = 'Server';
  protected readonly summaryKeys = [
    'Arn',
    'Domain',
    'IdentityProviderType',
    'EndpointType',
    'LoggingRole',
    'ServerId',
    'State',
    'UserCount',
  ] as const;
  protected override readonly listFields = SERVER_LIST_FIELDS;

  static fromSummary(ctx: GatewayContext, summary: ListedServer): Server {
    return new Server(ctx, [summary.ServerId!], summary);
  }

  static fromId(ctx: GatewayContext, serverId: string): Server {
    return new Server(ctx, [serverId]);
  }

  protected load(): Promise<DescribedServer> {
    return this.ctx.loaders.server.load(this.serverId);
  }

  protected override loadSummary(): Promise<ListedServer> {
    return this.ctx.loaders.serverSummary.load(this.serverId);
  }

  @Field(() => String, { description: 'AWS server id, e.g. s-0123456789abcdef0.' })
  get serverId(): string {
    return this.keys[0];
  }

  @Field(() => String, { description: 'Amazon Resource Name of the server.' })
  get arn(): Promise<string> {
    return this.summaryField('Arn') as Promise<string>;
  }

  @Field(() => State, { description: 'Lifecycle state: ONLINE servers accept connections; STARTING and STOPPING are on their way.' })
  get state(): Promise<State> {
    return this.summaryField('State') as Promise<State>;
  }

  @Field(() => [Protocol], { description: 'Protocols the server speaks; an AS2 server has AS2 among them.' })
  async protocols(): Promise<Protocol[]> {
    return (await this.fromDescribe('Protocols')) ?? [];
  }

  @Field(() => Domain, { description: 'Storage behind the server: S3 (the only one AS2 supports) or EFS.' })
  get domain(): Promise<Domain> {
    return this.summaryField('Domain') as Promise<Domain>;
  }

  @Field(() => EndpointType, { description: 'How the server is reached: PUBLIC, or VPC (required for AS2).' })
  get endpointType(): Promise<EndpointType> {
    return this.summaryField('EndpointType') as Promise<EndpointType>;
  }

  @Field(() => ServerEndpointDetails, { nullable: true, description: 'The VPC endpoint; null for a PUBLIC server.' })
  async endpointDetails(): Promise<ServerEndpointDetails | null> {
    const details = await this.fromDescribe('EndpointDetails');
    return details ? ServerEndpointDetails.from(details) : null;
  }

  @Field(() => ServerProtocolDetails, { description: 'Protocol settings, including the AS2 transports.' })
  async protocolDetails(): Promise<ServerProtocolDetails> {
    return ServerProtocolDetails.from((await this.fromDescribe('ProtocolDetails')) ?? {});
  }

  @Field(() => IdentityProviderType, { description: 'How SFTP/FTP users are authenticated; SERVICE_MANAGED for AS2-only servers.' })
  get identityProviderType(): Promise<IdentityProviderType> {
    return this.summaryField('IdentityProviderType') as Promise<IdentityProviderType>;
  }

  @Field(() => ServerIdentityProviderDetails, {
    nullable: true,
    description: 'The custom identity provider; null for SERVICE_MANAGED and AWS_DIRECTORY_SERVICE servers (AWS does not return it).',
  })
  async identityProviderDetails(): Promise<ServerIdentityProviderDetails | null> {
    const details = await this.fromDescribe('IdentityProviderDetails');
    return details ? ServerIdentityProviderDetails.from(details) : null;
  }

  @Field(() => String, { nullable: true, description: 'IAM role that lets the server write CloudWatch logs; null when logging is off.' })
  async loggingRole(): Promise<string | null> {
    return (await this.summaryField('LoggingRole')) || null;
  }

  @Field(() => [String], { description: 'CloudWatch Logs log groups the server writes structured JSON logs to.' })
  async structuredLogDestinations(): Promise<string[]> {
    return (await this.fromDescribe('StructuredLogDestinations')) ?? [];
  }

  @Field(() => String, { nullable: true, description: "SHA256 fingerprint of the server's SSH host key, as SFTP clients see it." })
  async hostKeyFingerprint(): Promise<string | null> {
    return (await this.fromDescribe('HostKeyFingerprint')) ?? null;
  }

  @Field(() => String, { nullable: true, description: 'ARN of the ACM certificate an FTPS server presents; null without FTPS.' })
  async certificate(): Promise<string | null> {
    return (await this.fromDescribe('Certificate')) ?? null;
  }

  @Field(() => String, { nullable: true, description: 'Text SFTP/FTP users see before they authenticate.' })
  async preAuthenticationLoginBanner(): Promise<string | null> {
    return (await this.fromDescribe('PreAuthenticationLoginBanner')) ?? null;
  }

  @Field(() => String, { nullable: true, description: 'Text SFTP/FTP users see after they authenticate.' })
  async postAuthenticationLoginBanner(): Promise<string | null> {
    return (await this.fromDescribe('PostAuthenticationLoginBanner')) ?? null;
  }

  @Field(() => String, { nullable: true, description: 'Security policy: the ciphers and algorithms the server accepts.' })
  async securityPolicyName(): Promise<string | null> {
    return (await this.fromDescribe('SecurityPolicyName')) ?? null;
  }

  @Field(() => ServerWorkflowDetails, { nullable: true, description: 'Workflows run on uploads; null when none are attached.' })
  async workflowDetails(): Promise<ServerWorkflowDetails | null> {
    const details = await this.fromDescribe('WorkflowDetails');
    return details ? ServerWorkflowDetails.from(details) : null;
  }

  @Field(() => ServerS3StorageOptions, { nullable: true, description: 'Amazon S3 presentation options; null for an EFS server.' })
  async s3StorageOptions(): Promise<ServerS3StorageOptions | null> {
    const options = await this.fromDescribe('S3StorageOptions');
    return options ? ServerS3StorageOptions.from(options) : null;
  }

  @Field(() => [String], {
    description: 'Static addresses an AS2 server sends asynchronous MDNs from: give them to partners to allow-list. Empty without AS2.',
  })
  async as2ServiceManagedEgressIpAddresses(): Promise<string[]> {
    return (await this.fromDescribe('As2ServiceManagedEgressIpAddresses')) ?? [];
  }

  @Field(() => IpAddressType, { nullable: true, description: 'Whether the endpoint serves IPv4 only or IPv4 and IPv6.' })
  async ipAddressType(): Promise<IpAddressType | null> {
    return (await this.fromDescribe('IpAddressType')) ?? null;
  }

  @Field(() => Int, { description: 'How many SFTP/FTP users the server has (AS2 has no users).' })
  async userCount(): Promise<number> {
    return (await this.summaryField('UserCount')) ?? 0;
  }

  @Field(() => [Tag], { description: 'Tags on the server.' })
  async tags(): Promise<Tag[]> {
    return toTags(await this.fromDescribe('Tags'));
  }
}

export const ServerConnection = Connection(Server, 'Server', 'server');

registerNodeType('Server', (ctx, [serverId]) => Server.fromId(ctx, serverId));
