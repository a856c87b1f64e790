import { CertificateStatusType, CertificateUsageType, type ListedCertificate } from '@aws-sdk/client-transfer';
import { Field, InputType, Int, registerEnumType } from 'type-graphql';
import type { GatewayContext } from '../../request/context';
import { graphQLError } from '../../upstream/errors';
import { describedUsing, walkBounded, WALK_BOUNDS } from '../common/dependents';
import { horizonOf, searchKey, SortDirection } from '../common/filters';
import type { Search } from '../relay/search';

@InputType({ description: 'Which certificates to list; every field given must match.' })
export class CertificateFilter {
  @Field(() => CertificateStatusType, { nullable: true, description: 'Only certificates in this status. Read from ListCertificates.' })
  status?: CertificateStatusType | null;

  @Field(() => CertificateUsageType, { nullable: true, description: 'Only certificates for this usage. Read from ListCertificates.' })
  usage?: CertificateUsageType | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Only certificates that go inactive within this many days from now, or already have (0–3650). Read from ListCertificates.',
  })
  inactiveWithinDays?: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Only the certificate with this serial number, in hex, any case, colons optional: one DescribeCertificate per certificate left by the other fields.',
  })
  serial?: string | null;
}

/** What certificates can be ordered by. */
export enum CertificateOrderField {
  EXPIRY = 'EXPIRY',
}
registerEnumType(CertificateOrderField, { name: 'CertificateOrderField', description: 'EXPIRY: by inactiveDate.' });

@InputType({ description: 'The order of a list of certificates; ties are broken by certificate id, so pages never overlap.' })
export class CertificateOrder {
  @Field(() => CertificateOrderField, { description: 'What to order by.' })
  field!: CertificateOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Ascending (default: soonest first) or descending.' })
  direction!: SortDirection;
}

/** A serial as AWS's DescribeCertificate gives it may carry colons; compare bare lower-case hex. */
const bareSerial = (serial: string) => serial.replace(/:/g, '').toLowerCase();

/** Checks a serial filter: hex digits, optionally in colon-separated pairs, at most 128 characters. */
function serialFilter(serial: string | null | undefined): string | undefined {
  if (serial === null || serial === undefined) return undefined;
  if (serial.length > 128 || !/^[0-9a-fA-F]+(?::?[0-9a-fA-F]+)*$/.test(serial)) {
    throw graphQLError(
      'BAD_USER_INPUT',
      '`filter.serial` must be a serial number in hex (colons allowed between digits), at most 128 characters',
      {
        argument: 'filter.serial',
      },
    );
  }
  return bareSerial(serial);
}

/**
 * The search behind `certificates(filter:, orderBy:)`. Per region: one ListCertificates per 1,000 certificates, which
 * carries status, usage and inactiveDate; `serial` adds one DescribeCertificate per certificate the other fields keep
 * (only DescribeCertificate carries the serial).
 */
export function certificateSearch(filter: CertificateFilter = {}, order: CertificateOrder | null | undefined): Search<ListedCertificate> {
  const horizon = horizonOf('filter.inactiveWithinDays', filter.inactiveWithinDays, Date.now());
  const serial = serialFilter(filter.serial);
  return {
    key: searchKey('certificates', filter, order ?? null),
    idOf: (c) => c.CertificateId!,
    order: order ? { keyOf: (c) => c.InactiveDate?.getTime() ?? null, descending: order.direction === SortDirection.DESC } : undefined,
    async matches(ctx: GatewayContext): Promise<ListedCertificate[]> {
      const listed = await walkBounded(ctx.loaders.certificates(), WALK_BOUNDS.certificates, 'certificates');
      const kept = listed.filter(
        (c) =>
          (!filter.status || c.Status === filter.status) &&
          (!filter.usage || c.Usage === filter.usage) &&
          (horizon === undefined || (c.InactiveDate !== undefined && c.InactiveDate.getTime() < horizon)),
      );
      if (serial === undefined) return kept;
      return describedUsing(
        kept,
        (c) => ctx.loaders.certificate.load(c.CertificateId!),
        (d) => d.Serial !== undefined && bareSerial(d.Serial) === serial,
      );
    },
  };
}
