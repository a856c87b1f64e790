import { type DescribedProfile, type ListedProfile, ProfileType } from '@aws-sdk/client-transfer';
import { Field, InputType, Int, registerEnumType } from 'type-graphql';
import type { GatewayContext } from '../../request/context';
import { codeOf, graphQLError } from '../../upstream/errors';
import { walkBounded, WALK_BOUNDS } from '../common/dependents';
import { checkTagFilter, hasTag, horizonOf, searchKey, SortDirection, substringFilter, TagFilter } from '../common/filters';
import type { Search } from '../relay/search';

@InputType({ description: 'Which profiles to list; every field given must match.' })
export class ProfileFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Part of the as2Id, any case (1–256 characters). Read from ListProfiles: costs no Describe.',
  })
  as2IdContains?: string | null;

  @Field(() => ProfileType, { nullable: true, description: 'Only LOCAL or only PARTNER profiles (AWS filters this itself).' })
  profileType?: ProfileType | null;

  @Field(() => TagFilter, {
    nullable: true,
    description: 'Only profiles with this tag: one DescribeProfile per profile left by the other fields.',
  })
  tag?: TagFilter | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Only profiles holding a certificate that goes inactive within this many days from now, or already has (0–3650): one ' +
      'DescribeProfile per profile left by the other fields and one ListCertificates per 1,000 certificates.',
  })
  certificateExpiringWithinDays?: number | null;
}

/** What profiles can be ordered by. */
export enum ProfileOrderField {
  AS2_ID = 'AS2_ID',
  EXPIRY = 'EXPIRY',
}
registerEnumType(ProfileOrderField, {
  name: 'ProfileOrderField',
  description:
    'AS2_ID: by as2Id; EXPIRY: by the inactiveDate of its certificate that goes inactive first (profiles without certificates last).',
});

@InputType({ description: 'The order of a list of profiles; ties are broken by profile id, so pages never overlap.' })
export class ProfileOrder {
  @Field(() => ProfileOrderField, { description: 'What to order by.' })
  field!: ProfileOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Ascending (default) or descending.' })
  direction!: SortDirection;
}

/** A profile matched by a search, with the expiry of its first certificate to go inactive when it was needed. */
export interface ProfileMatch {
  summary: ListedProfile;
  expiry?: number | null;
}

const DESCRIBE_NOT_NEEDED = (filter: ProfileFilter, order: ProfileOrder | null | undefined) =>
  !filter.tag && (filter.certificateExpiringWithinDays ?? null) === null && order?.field !== ProfileOrderField.EXPIRY;

/**
 * The search behind `profiles(filter:, orderBy:)`. Per region: one ListProfiles per 1,000 profiles (by profileType
 * when given, as AWS filters that itself); as2IdContains from the summaries; tag, certificateExpiringWithinDays and
 * ordering by EXPIRY add one DescribeProfile per profile still in (the only call that names a profile's tags and
 * certificates) and, for the last two, one ListCertificates per 1,000 certificates (ListCertificates carries the
 * inactive dates). Bad values are BAD_USER_INPUT naming the argument.
 */
export function profileSearch(
  filter: ProfileFilter = {},
  order: ProfileOrder | null | undefined,
  profileType: ProfileType | null | undefined,
): Search<ProfileMatch> {
  const now = Date.now();
  const as2Id = substringFilter('filter.as2IdContains', filter.as2IdContains);
  const tag = checkTagFilter('filter.tag', filter.tag);
  const horizon = horizonOf('filter.certificateExpiringWithinDays', filter.certificateExpiringWithinDays, now);
  if (profileType && filter.profileType && profileType !== filter.profileType) {
    throw graphQLError(
      'BAD_USER_INPUT',
      `\`filter.profileType\` is ${filter.profileType} but \`profileType\` is ${profileType}; give one of them`,
      {
        argument: 'filter.profileType',
      },
    );
  }
  const type = filter.profileType ?? profileType ?? undefined;
  const needsExpiry = horizon !== undefined || order?.field === ProfileOrderField.EXPIRY;
  return {
    key: searchKey('profiles', { ...filter, profileType: type }, order ?? null),
    idOf: (m) => m.summary.ProfileId!,
    order: order
      ? {
          keyOf: (m) => (order.field === ProfileOrderField.AS2_ID ? (m.summary.As2Id ?? null) : (m.expiry ?? null)),
          descending: order.direction === SortDirection.DESC,
        }
      : undefined,
    async matches(ctx: GatewayContext): Promise<ProfileMatch[]> {
      const listed = await walkBounded(ctx.loaders.profiles(type), WALK_BOUNDS.profiles, 'profiles');
      const named = listed.filter((p) => as2Id === undefined || (p.As2Id ?? '').toLowerCase().includes(as2Id));
      if (DESCRIBE_NOT_NEEDED(filter, order)) return named.map((summary) => ({ summary }));
      const inactive = needsExpiry
        ? new Map(
            (await walkBounded(ctx.loaders.certificates(), WALK_BOUNDS.certificates, 'certificates')).map((c) => [
              c.CertificateId!,
              c.InactiveDate?.getTime(),
            ]),
          )
        : new Map<string, number | undefined>();
      const described = await Promise.all(
        named.map((summary) =>
          ctx.loaders.profile.load(summary.ProfileId!).then(
            (profile: DescribedProfile) => ({ summary, profile }),
            (error: unknown) => {
              if (codeOf(error) === 'NOT_FOUND') return undefined; // deleted since ListProfiles
              throw error;
            },
          ),
        ),
      );
      return described.flatMap((d) => {
        if (!d || (tag && !hasTag(d.profile.Tags, tag))) return [];
        const dates = (d.profile.CertificateIds ?? []).flatMap((id) => inactive.get(id) ?? []);
        const expiry = dates.length ? Math.min(...dates) : null;
        if (horizon !== undefined && (expiry === null || expiry >= horizon)) return [];
        return [{ summary: d.summary, expiry }];
      });
    },
  };
}
