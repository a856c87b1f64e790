import type { ListedConnector } from '@aws-sdk/client-transfer';
import { Field, ID, InputType } from 'type-graphql';
import type { GatewayContext } from '../../request/context';
import { describedUsing, walkBounded, WALK_BOUNDS } from '../common/dependents';
import { searchKey, substringFilter } from '../common/filters';
import { partnerFilter, partnerMatches } from '../common/partner-filter';
import type { Search } from '../relay/search';

@InputType({ description: 'Which connectors to list; every field given must match.' })
export class ConnectorFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Part of the URL, any case (1–256 characters). Read from ListConnectors: costs no Describe.',
  })
  urlContains?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "Only AS2 connectors that send to this partner profile: its graph id or ARN (its region), or its AWS id (p-…, the gateway's " +
      'own region). One DescribeConnector per connector left by urlContains.',
  })
  partnerProfileId?: string | null;
}

/**
 * The search behind `connectors(filter:)`. Per region: one ListConnectors (100 connectors is the AWS quota), which
 * carries the URL; the partner is only in DescribeConnector's As2Config, so `partnerProfileId` describes each connector
 * the URL filter keeps, through the request's loader.
 */
export function connectorSearch(ctx: GatewayContext, filter: ConnectorFilter = {}): Search<ListedConnector> {
  const url = substringFilter('filter.urlContains', filter.urlContains);
  const partner = partnerFilter(ctx, 'filter.partnerProfileId', filter.partnerProfileId);
  return {
    key: searchKey('connectors', url ?? null, partner ?? null),
    idOf: (c) => c.ConnectorId!,
    async matches(regional: GatewayContext): Promise<ListedConnector[]> {
      const listed = await walkBounded(regional.loaders.connectors(), WALK_BOUNDS.connectors, 'connectors');
      const kept = listed.filter((c) => url === undefined || (c.Url ?? '').toLowerCase().includes(url));
      if (!partner) return kept;
      if (regional.region !== partner.region) return [];
      return describedUsing(
        kept,
        (c) => regional.loaders.connector.load(c.ConnectorId!),
        (d) => partnerMatches(regional, partner, d.As2Config?.PartnerProfileId),
      );
    },
  };
}
