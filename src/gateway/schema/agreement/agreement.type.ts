import type { CustomDirectoriesType, DescribedAgreement, ListedAgreement } from '@aws-sdk/client-transfer';
import { AgreementStatusType, EnforceMessageSigningType, PreserveFilenameType } from '@aws-sdk/client-transfer';
import { Field, ObjectType } from 'type-graphql';
import type { GatewayContext } from '../../request/context';
import { Tag, toTags } from '../common/tag';
import { Connection } from '../relay/connection';
import { Entity } from '../relay/entity';
import { Node } from '../relay/node';
import { registerNodeType } from '../relay/registry';

@ObjectType('AgreementCustomDirectories', {
  description: 'Where an agreement stores each kind of file it receives or produces, in Amazon S3.',
})
export class AgreementCustomDirectories {
  @Field({ description: 'Files whose AS2 message could not be processed.' })
  failedFilesDirectory!: string;

  @Field({ description: 'MDNs (message disposition notifications) sent back to the partner.' })
  mdnFilesDirectory!: string;

  @Field({ description: 'The received payload files.' })
  payloadFilesDirectory!: string;

  @Field({ description: 'JSON status files of each message.' })
  statusFilesDirectory!: string;

  @Field({ description: 'Files while they are being received.' })
  temporaryFilesDirectory!: string;

  /** The AWS structure as GraphQL. */
  static from(d: CustomDirectoriesType): AgreementCustomDirectories {
    return Object.assign(new AgreementCustomDirectories(), {
      failedFilesDirectory: d.FailedFilesDirectory ?? '',
      mdnFilesDirectory: d.MdnFilesDirectory ?? '',
      payloadFilesDirectory: d.PayloadFilesDirectory ?? '',
      statusFilesDirectory: d.StatusFilesDirectory ?? '',
      temporaryFilesDirectory: d.TemporaryFilesDirectory ?? '',
    });
  }
}

/** The Agreement fields that need no DescribeAgreement (see Entity.listFields); a field resolver defined elsewhere is named here too. */
const AGREEMENT_LIST_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'agreementId',
  'serverId',
  'arn',
  'description',
  'status',
  'localProfileId',
  'partnerProfileId',
  'localProfile',
  'partnerProfile',
  'server',
]);

@ObjectType('Agreement', {
  implements: Node,
  description:
    'An AS2 trading partnership on a server: messages from the partner profile to the local profile are accepted and ' +
    'stored in Amazon S3. agreementId, serverId, arn, description, status and the profile ids come free with a list; ' +
    'every other field costs one DescribeAgreement call per agreement and request.',
})
export class Agreement extends Entity<ListedAgreement, DescribedAgreement> {
  protected readonly typeName = 'Agreement';
  protected readonly summaryKeys = [
    'Arn',
    'AgreementId',
    'Description',
    'Status',
    'ServerId',
    'LocalProfileId',
    'PartnerProfileId',
  ] as const;
  protected override readonly listFields = AGREEMENT_LIST_FIELDS;

  static fromSummary(ctx: GatewayContext, summary: ListedAgreement): Agreement {
    return new Agreement(ctx, [summary.ServerId!, summary.AgreementId!], summary);
  }

  static fromKeys(ctx: GatewayContext, serverId: string, agreementId: string): Agreement {
    return new Agreement(ctx, [serverId, agreementId]);
  }

  protected load(): Promise<DescribedAgreement> {
    return this.ctx.loaders.agreement.load({ serverId: this.serverId, agreementId: this.agreementId });
  }

  protected override loadSummary(): Promise<ListedAgreement> {
    return this.ctx.loaders.agreementSummary.load({ serverId: this.serverId, agreementId: this.agreementId });
  }

  @Field(() => String, { description: 'AWS agreement id, e.g. a-0123456789abcdef0; unique only together with serverId.' })
  get agreementId(): string {
    return this.keys[1];
  }

  @Field(() => String, { description: 'AWS id of the server the agreement belongs to (see `server`).' })
  get serverId(): string {
    return this.keys[0];
  }

  @Field(() => String, { description: 'Amazon Resource Name of the agreement; it carries the server id: …:agreement/s-…/a-….' })
  get arn(): Promise<string> {
    return this.summaryField('Arn') as Promise<string>;
  }

  @Field(() => String, { nullable: true, description: 'Free-text description of the agreement.' })
  async description(): Promise<string | null> {
    return (await this.summaryField('Description')) ?? null;
  }

  @Field(() => AgreementStatusType, { description: 'ACTIVE agreements accept messages; INACTIVE ones refuse them.' })
  get status(): Promise<AgreementStatusType> {
    return this.summaryField('Status') as Promise<AgreementStatusType>;
  }

  @Field(() => String, { description: 'AWS id of the LOCAL profile (your side; see `localProfile`).' })
  get localProfileId(): Promise<string> {
    return this.summaryField('LocalProfileId') as Promise<string>;
  }

  @Field(() => String, { description: 'AWS id of the PARTNER profile (the trading partner; see `partnerProfile`).' })
  get partnerProfileId(): Promise<string> {
    return this.summaryField('PartnerProfileId') as Promise<string>;
  }

  @Field(() => String, {
    nullable: true,
    description: 'Amazon S3 path, /bucket/prefix, where received files go; null when the agreement uses customDirectories.',
  })
  async baseDirectory(): Promise<string | null> {
    return (await this.fromDescribe('BaseDirectory')) ?? null;
  }

  @Field(() => AgreementCustomDirectories, {
    nullable: true,
    description: 'A directory per kind of file; null when the agreement uses baseDirectory.',
  })
  async customDirectories(): Promise<AgreementCustomDirectories | null> {
    const directories = await this.fromDescribe('CustomDirectories');
    return directories ? AgreementCustomDirectories.from(directories) : null;
  }

  @Field(() => String, { description: 'IAM role the server assumes to write the files into Amazon S3 and read the certificates.' })
  get accessRole(): Promise<string> {
    return this.fromDescribe('AccessRole') as Promise<string>;
  }

  @Field(() => PreserveFilenameType, {
    nullable: true,
    description: 'ENABLED: received files keep the name the partner gave; DISABLED (the default): AWS appends a unique string.',
  })
  async preserveFilename(): Promise<PreserveFilenameType | null> {
    return (await this.fromDescribe('PreserveFilename')) ?? null;
  }

  @Field(() => EnforceMessageSigningType, {
    nullable: true,
    description: 'ENABLED: unsigned messages are refused; DISABLED (the default): they are accepted.',
  })
  async enforceMessageSigning(): Promise<EnforceMessageSigningType | null> {
    return (await this.fromDescribe('EnforceMessageSigning')) ?? null;
  }

  @Field(() => [Tag], { description: 'Tags on the agreement.' })
  async tags(): Promise<Tag[]> {
    return toTags(await this.fromDescribe('Tags'));
  }
}

export const AgreementConnection = Connection(Agreement, 'Agreement', 'agreement');

registerNodeType('Agreement', (ctx, [serverId, agreementId]) => Agreement.fromKeys(ctx, serverId, agreementId));
