import type { ListedConnector } from '@aws-sdk/client-transfer';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import type { GatewayContext } from '../../request/context';
import { codeOf } from '../../upstream/errors';
import { walkBounded, WALK_BOUNDS } from '../common/dependents';
import { searchKey, SortDirection, substringFilter } from '../common/filters';
import { as2IdsOfProfiles, partnerFilter, partnerMatches } from '../common/partner-filter';
import type { Search } from '../relay/search';
import type { SortKey } from '../relay/sorted-source';

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

/** What connectors can be ordered by. */
export enum ConnectorOrderField {
  URL = 'URL',
  PARTNER = 'PARTNER',
}
registerEnumType(ConnectorOrderField, {
  name: 'ConnectorOrderField',
  description:
    'URL: by URL, any case (read from ListConnectors); PARTNER: by the as2Id of the partner profile an AS2 connector sends to ' +
    '(one DescribeConnector per connector and one ListProfiles per 1,000 profiles; SFTP connectors and partners that are gone last).',
});

@InputType({ description: 'The order of a list of connectors; ties are broken by connector id, so pages never overlap.' })
export class ConnectorOrder {
  @Field(() => ConnectorOrderField, { description: 'What to order by.' })
  field!: ConnectorOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Ascending (default) or descending.' })
  direction!: SortDirection;
}

/** A connector matched by a search, with its partner profile's id and as2Id when the filter or order needed them. */
export interface ConnectorMatch {
  summary: ListedConnector;
  partnerProfileId?: string;
  partnerAs2Id?: string | null;
}

const keyOf = (field: ConnectorOrderField, m: ConnectorMatch): SortKey =>
  field === ConnectorOrderField.URL ? (m.summary.Url?.toLowerCase() ?? null) : (m.partnerAs2Id ?? null);

/**
 * The search behind `connectors(filter:, orderBy:)`. Per region: one ListConnectors (100 connectors is the AWS quota),
 * which carries the URL; the partner is only in DescribeConnector's As2Config, so `partnerProfileId` and ordering by
 * PARTNER describe each connector the URL filter keeps, through the request's loader (once each for both), and the
 * order adds one ListProfiles per 1,000 profiles for the partners' as2Ids.
 */
export function connectorSearch(ctx: GatewayContext, filter: ConnectorFilter = {}, order?: ConnectorOrder | null): Search<ConnectorMatch> {
  const url = substringFilter('filter.urlContains', filter.urlContains);
  const partner = partnerFilter(ctx, 'filter.partnerProfileId', filter.partnerProfileId);
  const byPartner = order?.field === ConnectorOrderField.PARTNER;
  return {
    key: searchKey('connectors', url ?? null, partner ?? null, order ?? null),
    idOf: (m) => m.summary.ConnectorId!,
    order: order ? { keyOf: (m) => keyOf(order.field, m), descending: order.direction === SortDirection.DESC } : undefined,
    async matches(regional: GatewayContext): Promise<ConnectorMatch[]> {
      const listed = await walkBounded(regional.loaders.connectors(), WALK_BOUNDS.connectors, 'connectors');
      const kept = listed.filter((c) => url === undefined || (c.Url ?? '').toLowerCase().includes(url));
      if (!partner && !byPartner) return kept.map((summary) => ({ summary }));
      if (partner && regional.region !== partner.region) return [];
      const described = await withPartners(regional, kept);
      const matching = described.filter((m) => partnerMatches(regional, partner, m.partnerProfileId));
      if (!byPartner || matching.length === 0) return matching;
      const as2Ids = await as2IdsOfProfiles(regional);
      return matching.map((m) => ({ ...m, partnerAs2Id: as2Ids.get(m.partnerProfileId ?? '') ?? null }));
    },
  };
}

/** Each connector with the partner profile its DescribeConnector names; one deleted since ListConnectors is left out. */
async function withPartners(ctx: GatewayContext, connectors: ListedConnector[]): Promise<ConnectorMatch[]> {
  const described = await Promise.all(
    connectors.map((summary) =>
      ctx.loaders.connector.load(summary.ConnectorId!).then(
        (d): ConnectorMatch => ({ summary, partnerProfileId: d.As2Config?.PartnerProfileId }),
        (error: unknown) => {
          if (codeOf(error) === 'NOT_FOUND') return undefined;
          throw error;
        },
      ),
    ),
  );
  return described.filter((m) => m !== undefined);
}
