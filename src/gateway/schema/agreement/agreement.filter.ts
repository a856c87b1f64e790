import { AgreementStatusType, type ListedAgreement } from '@aws-sdk/client-transfer';
import { Field, ID, InputType } from 'type-graphql';
import type { GatewayContext } from '../../request/context';
import { codeOf } from '../../upstream/errors';
import { agreementsOfServer, walkBounded, WALK_BOUNDS } from '../common/dependents';
import { searchKey } from '../common/filters';
import { partnerFilter, partnerMatches } from '../common/partner-filter';
import type { Search } from '../relay/search';

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

/**
 * The search behind `agreements(filter:)` and `agreements` without a server: per region, one ListServers per 1,000
 * servers (unless `serverId` names the one server) and one ListAgreements per server (100 agreements per server is
 * the AWS quota); status and partner come with each agreement's summary.
 */
export function agreementSearch(ctx: GatewayContext, filter: AgreementFilter = {}, serverId?: string): Search<ListedAgreement> {
  const partner = partnerFilter(ctx, 'filter.partnerProfileId', filter.partnerProfileId);
  return {
    key: searchKey('agreements', serverId ?? '*', filter.status ?? null, partner ?? null),
    idOf: (a) => `${a.ServerId}/${a.AgreementId}`,
    async matches(regional: GatewayContext): Promise<ListedAgreement[]> {
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
      return perServer
        .flat()
        .filter((a) => (!filter.status || a.Status === filter.status) && partnerMatches(regional, partner, a.PartnerProfileId));
    },
  };
}
