import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import type { GatewayContext } from '../../request/context';
import { regionalContext } from '../../request/regions';
import { graphQLError } from '../../upstream/errors';
import { fromGlobalId } from '../relay/global-id';
import { Node } from '../relay/node';
import { nodeFor } from '../relay/registry';

/** The AWS resource a global id names, or null when it does not exist (or lives in a region not served here). */
async function refetch(ctx: GatewayContext, id: string, info: GraphQLResolveInfo): Promise<unknown> {
  const { type, region, keys } = fromGlobalId(id);
  const regional = regionalContext(ctx, region);
  if (!regional) return null;
  return (await nodeFor(regional, type, keys)?.orNull(info)) ?? null;
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Fetches any object by its id; null when it no longer exists.' })
  node(
    @Arg('id', () => ID, { description: 'An id from any `id` field.' }) id: string,
    @Ctx() ctx: GatewayContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return refetch(ctx, id, info);
  }

  @Query(() => [Node], {
    nullable: 'items',
    description:
      'Fetches many objects by id, in the same order; null in the place of each one that does not exist. Each costs a ' +
      'Describe, except that objects of one type whose selected fields all come with their List are read from one List ' +
      'call when they are more than one.',
  })
  nodes(
    @Arg('ids', () => [ID], { description: 'Ids from any `id` fields (at most 100).' }) ids: string[],
    @Ctx() ctx: GatewayContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    if (ids.length > 100) throw graphQLError('BAD_USER_INPUT', `nodes takes at most 100 ids, got ${ids.length}`);
    return ids.map((id) => refetch(ctx, id, info));
  }
}
