import { AgreementStatusType, type ListedAgreement } from '@aws-sdk/client-transfer';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import type { GatewayContext } from '../../request/context';
import { codeOf } from '../../upstream/errors';
import { agreementsOfServer, walkBounded, WALK_BOUNDS } from '../common/dependents';
import { searchKey, SortDirection } from '../common/filters';
import { as2IdsOfProfiles, partnerFilter, partnerMatches } from '../common/partner-filter';
import type { Search } from '../relay/search';
import type { SortKey } from '../relay/sorted-source';

@InputType({ description: 'Which agreements to list; every field given must match. Both are read from ListAgreements: no Describe.' })
export class AgreementFilter {
  @Field(() => AgreementStatusType, { nullable: true, description: 'Only ACTIVE or only INACTIVE agreements.' })
  status?: AgreementStatusType | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "Only agreements with this partner profile: its graph id or ARN (its region), or its AWS id (p-…, the gateway's own region).",
  })
  partnerProfileId?: string | null;
}

/** What agreements can be ordered by. */
export enum AgreementOrderField {
  PARTNER = 'PARTNER',
  STATUS = 'STATUS',
  DESCRIPTION = 'DESCRIPTION',
}
registerEnumType(AgreementOrderField, {
  name: 'AgreementOrderField',
  description:
    "PARTNER: by the partner profile's as2Id (adds one ListProfiles per 1,000 profiles; a partner that is gone sorts last); " +
    'STATUS: ACTIVE before INACTIVE; DESCRIPTION: by description, any case (agreements without one last).',
});

@InputType({ description: 'The order of a list of agreements; ties are broken by server id and agreement id, so pages never overlap.' })
export class AgreementOrder {
  @Field(() => AgreementOrderField, { description: 'What to order by.' })
  field!: AgreementOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Ascending (default) or descending.' })
  direction!: SortDirection;
}

/** An agreement matched by a search, with its partner's as2Id when the order needed it. */
export interface AgreementMatch {
  summary: ListedAgreement;
  partnerAs2Id?: string | null;
}

function keyOf(field: AgreementOrderField, m: AgreementMatch): SortKey {
  if (field === AgreementOrderField.PARTNER) return m.partnerAs2Id ?? null;
  if (field === AgreementOrderField.STATUS) return m.summary.Status ?? null;
  return m.summary.Description?.toLowerCase() ?? null;
}

/**
 * The search behind `agreements(filter:, orderBy:)` and `agreements` without a server: per region, one ListServers per
 * 1,000 servers (unless `serverId` names the one server) and one ListAgreements per server (100 agreements per server
 * is the AWS quota); status, partner and description come with each agreement's summary. Ordering by PARTNER adds
 * one ListProfiles per 1,000 profiles of the region, for the partners' as2Ids.
 */
export function agreementSearch(
  ctx: GatewayContext,
  filter: AgreementFilter = {},
  order: AgreementOrder | null | undefined,
  serverId?: string,
): Search<AgreementMatch> {
  const partner = partnerFilter(ctx, 'filter.partnerProfileId', filter.partnerProfileId);
  return {
    key: searchKey('agreements', serverId ?? '*', filter.status ?? null, partner ?? null, order ?? null),
    idOf: (m) => `${m.summary.ServerId}/${m.summary.AgreementId}`,
    order: order ? { keyOf: (m) => keyOf(order.field, m), descending: order.direction === SortDirection.DESC } : undefined,
    async matches(regional: GatewayContext): Promise<AgreementMatch[]> {
      const perServer = serverId
        ? [await agreementsOfServer(regional, serverId)]
        : await Promise.all(
            (await walkBounded(regional.loaders.servers(), WALK_BOUNDS.servers, 'servers')).map((server) =>
              agreementsOfServer(regional, server.ServerId!).catch((error: unknown) => {
                // A server deleted between ListServers and ListAgreements has no agreements any more.
                if (codeOf(error) === 'NOT_FOUND') return [];
                throw error;
              }),
            ),
          );
      const kept = perServer
        .flat()
        .filter((a) => (!filter.status || a.Status === filter.status) && partnerMatches(regional, partner, a.PartnerProfileId));
      if (order?.field !== AgreementOrderField.PARTNER || kept.length === 0) return kept.map((summary) => ({ summary }));
      const as2Ids = await as2IdsOfProfiles(regional);
      return kept.map((summary) => ({ summary, partnerAs2Id: as2Ids.get(summary.PartnerProfileId ?? '') ?? null }));
    },
  };
}
