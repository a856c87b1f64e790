import type { DescribedCertificate, ListedCertificate } from '@aws-sdk/client-transfer';
import { CertificateStatusType, CertificateType, CertificateUsageType } from '@aws-sdk/client-transfer';
import { DateTimeResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import type { GatewayContext } from '../../request/context';
import { Tag, toTags } from '../common/tag';
import { Connection } from '../relay/connection';
import { Entity } from '../relay/entity';
import { Node } from '../relay/node';
import { registerNodeType } from '../relay/registry';

/** The Certificate fields that need no DescribeCertificate (see Entity.listFields); a field resolver defined elsewhere is named here too. */
const CERTIFICATE_LIST_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'certificateId',
  'arn',
  'usage',
  'status',
  'type',
  'description',
  'activeDate',
  'inactiveDate',
  'daysUntilExpiry',
  'usableNow',
  'profiles',
]);

@ObjectType('Certificate', {
  implements: Node,
  description:
    'An X.509 certificate imported for AS2 signing, encryption or TLS. Profiles name the certificates they use. ' +
    'A private key imported with it is kept by AWS and can never be read back; `type` tells whether there is one. ' +
    'certificate, certificateChain, serial, notBeforeDate, notAfterDate and tags cost one DescribeCertificate call per ' +
    'certificate and request; the other fields come free with a list.',
})
export class Certificate extends Entity<ListedCertificate, DescribedCertificate> {
  protected readonly typeName = 'Certificate';
  protected readonly summaryKeys = [
    'Arn',
    'CertificateId',
    'Usage',
    'Status',
    'ActiveDate',
    'InactiveDate',
    'Type',
    'Description',
  ] as const;
  protected override readonly listFields = CERTIFICATE_LIST_FIELDS;

  static fromSummary(ctx: GatewayContext, summary: ListedCertificate): Certificate {
    return new Certificate(ctx, [summary.CertificateId!], summary);
  }

  static fromId(ctx: GatewayContext, certificateId: string): Certificate {
    return new Certificate(ctx, [certificateId]);
  }

  protected load(): Promise<DescribedCertificate> {
    return this.ctx.loaders.certificate.load(this.certificateId);
  }

  protected override loadSummary(): Promise<ListedCertificate> {
    return this.ctx.loaders.certificateSummary.load(this.certificateId);
  }

  @Field(() => String, { description: 'AWS certificate id, e.g. cert-0123456789abcdef0.' })
  get certificateId(): string {
    return this.keys[0];
  }

  @Field(() => String, { description: 'Amazon Resource Name of the certificate.' })
  get arn(): Promise<string> {
    return this.summaryField('Arn') as Promise<string>;
  }

  @Field(() => CertificateUsageType, { description: 'What the certificate is used for: SIGNING, ENCRYPTION or TLS.' })
  get usage(): Promise<CertificateUsageType> {
    return this.summaryField('Usage') as Promise<CertificateUsageType>;
  }

  @Field(() => CertificateStatusType, {
    description: 'ACTIVE between activeDate and inactiveDate, PENDING_ROTATION before activeDate, INACTIVE from inactiveDate on.',
  })
  get status(): Promise<CertificateStatusType> {
    return this.summaryField('Status') as Promise<CertificateStatusType>;
  }

  @Field(() => CertificateType, {
    description: 'CERTIFICATE_WITH_PRIVATE_KEY when a private key was imported with it (needed to sign or decrypt), else CERTIFICATE.',
  })
  get type(): Promise<CertificateType> {
    return this.summaryField('Type') as Promise<CertificateType>;
  }

  @Field(() => String, { nullable: true, description: 'Description given at import or update.' })
  async description(): Promise<string | null> {
    return (await this.summaryField('Description')) ?? null;
  }

  @Field(() => DateTimeResolver, { description: 'From when AWS uses the certificate (defaults to notBeforeDate).' })
  get activeDate(): Promise<Date> {
    return this.summaryField('ActiveDate') as Promise<Date>;
  }

  @Field(() => DateTimeResolver, { description: 'From when AWS no longer uses the certificate (defaults to notAfterDate).' })
  get inactiveDate(): Promise<Date> {
    return this.summaryField('InactiveDate') as Promise<Date>;
  }

  @Field(() => String, { description: 'The certificate as PEM (one `BEGIN CERTIFICATE` block).' })
  get certificate(): Promise<string> {
    return this.fromDescribe('Certificate') as Promise<string>;
  }

  @Field(() => String, {
    nullable: true,
    description: 'The issuing CA certificates as PEM, when it was imported with a chain.',
  })
  async certificateChain(): Promise<string | null> {
    return (await this.fromDescribe('CertificateChain')) ?? null;
  }

  @Field(() => String, { description: 'Serial number of the certificate, in hexadecimal.' })
  get serial(): Promise<string> {
    return this.fromDescribe('Serial') as Promise<string>;
  }

  @Field(() => DateTimeResolver, { description: 'Start of the validity written in the certificate.' })
  get notBeforeDate(): Promise<Date> {
    return this.fromDescribe('NotBeforeDate') as Promise<Date>;
  }

  @Field(() => DateTimeResolver, {
    description: 'End of the validity written in the certificate (its expiry).',
  })
  get notAfterDate(): Promise<Date> {
    return this.fromDescribe('NotAfterDate') as Promise<Date>;
  }

  @Field(() => [Tag], { description: 'Tags on the certificate.' })
  async tags(): Promise<Tag[]> {
    return toTags(await this.fromDescribe('Tags'));
  }
}

export const CertificateConnection = Connection(Certificate, 'Certificate', 'certificate');

registerNodeType('Certificate', (ctx, [certificateId]) => Certificate.fromId(ctx, certificateId));
