import { type GraphQLResolveInfo, responsePathAsArray } from 'graphql';
import type { GatewayContext } from '../../request/context';
import { everyRegion } from '../../request/regions';
import { connectionOver, type ConnectionValue } from './connection';
import type { RegionalItem } from './merged-source';
import type { ConnectionArgs } from './paginate';
import { type SortKey, sortedSource } from './sorted-source';

/** A list searched in the gateway: what to read in each region, how to tell items apart and order them. */
export interface Search<T> {
  /** Names the list with its filter and order; cursors of another search are refused. */
  key: string;
  /** The matching items of one region (walking its lists within the AWS quotas). */
  matches(ctx: GatewayContext): Promise<T[]>;
  idOf(item: T): string;
  /** The sort key, when an order was asked for. */
  order?: { keyOf(item: T): SortKey; descending: boolean };
}

/**
 * A connection over a search in every region served: each region's matches read in its own context (its loaders,
 * so the shared cache and DataLoader serve repeated reads), in region order, sorted together when an order is
 * asked for. As with root lists, a region that fails leaves its items out with an error naming it, unless it is
 * the only region or every region failed.
 */
export function searchAcrossRegions<T, N>(
  ctx: GatewayContext,
  args: ConnectionArgs,
  info: GraphQLResolveInfo,
  search: Search<T>,
  toNode: (ctx: GatewayContext, item: T) => N,
  /** The regions to search: every region served unless the search names one (e.g. by its server). */
  contexts: GatewayContext[] = everyRegion(ctx),
): Promise<ConnectionValue<N>> {
  const byRegion = new Map(contexts.map((c) => [c.region, c]));
  const path = responsePathAsArray(info.path);
  const load = async (): Promise<Array<RegionalItem<T>>> => {
    const settled = await Promise.allSettled(contexts.map((c) => search.matches(c)));
    const failed = settled.flatMap((s, i) => (s.status === 'rejected' ? [{ region: contexts[i].region, error: s.reason as unknown }] : []));
    if (failed.length === contexts.length) throw failed[0].error;
    for (const { region, error } of failed) ctx.regions!.fail(region, error, path);
    return settled.flatMap((s, i) => (s.status === 'fulfilled' ? s.value.map((item) => ({ region: contexts[i].region, item })) : []));
  };
  const several = contexts.length > 1;
  const idOf = ({ region, item }: RegionalItem<T>) => (several ? `${region}/${search.idOf(item)}` : search.idOf(item));
  const order = search.order && { keyOf: ({ item }: RegionalItem<T>) => search.order!.keyOf(item), descending: search.order.descending };
  const source = sortedSource(`search(${contexts.map((c) => c.region).join(',')}):${search.key}`, load, idOf, order);
  return connectionOver(source, args, ({ region, item }) => toNode(byRegion.get(region)!, item), info);
}
