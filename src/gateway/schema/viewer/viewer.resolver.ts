import { Ctx, Query, Resolver } from 'type-graphql';
import type { GatewayContext } from '../../request/context';
import { servedRegions } from '../common/ids';
import { Viewer } from './viewer.type';

@Resolver()
export class ViewerResolver {
  @Query(() => Viewer, {
    description: 'The caller (principal and roles: whether it may write) and the regions served. Costs no AWS call.',
  })
  viewer(@Ctx() ctx: GatewayContext): Viewer {
    return new Viewer(ctx.principal, servedRegions(ctx));
  }
}
