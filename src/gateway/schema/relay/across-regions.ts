import { type GraphQLResolveInfo, responsePathAsArray } from 'graphql';
import type { GatewayContext } from '../../request/context';
import { everyRegion } from '../../request/regions';
import type { Loaders } from '../../upstream/loaders';
import type { ConnectionArgs } from './paginate';
import { connectionOver, type ConnectionValue } from './connection';
import type { ListSource } from '../../upstream/list-source';
import { mergedSource } from './merged-source';

/**
 * A root connection over one AWS list in every region served. With one region it is exactly that region's list
 * (same calls, same cursors); with several, the regions' lists merged (mergedSource), each node made in its own
 * region's context, and a region that fails leaves its items out with an error naming it (region-failures plugin).
 */
export function acrossRegions<T, N>(
  ctx: GatewayContext,
  args: ConnectionArgs,
  info: GraphQLResolveInfo,
  list: (loaders: Loaders) => ListSource<T>,
  toNode: (ctx: GatewayContext, item: T) => N,
): Promise<ConnectionValue<N>> {
  const contexts = everyRegion(ctx);
  if (contexts.length === 1) return connectionOver(list(ctx.loaders), args, (item) => toNode(ctx, item), info);
  const path = responsePathAsArray(info.path);
  const byRegion = new Map(contexts.map((c) => [c.region, c]));
  const merged = mergedSource(
    list(ctx.loaders).key,
    contexts.map((c) => ({ region: c.region, source: list(c.loaders) })),
    { onFailure: (region, error) => ctx.regions!.fail(region, error, path) },
  );
  return connectionOver(merged, args, ({ region, item }) => toNode(byRegion.get(region)!, item), info);
}
