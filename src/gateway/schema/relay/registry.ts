import type { GraphQLResolveInfo } from 'graphql';
import type { GatewayContext } from '../../request/context';
import type { NodeTypeName } from './global-id';

interface Refetchable {
  /** The node if it exists; `info` (the field returning it) lets it read only what the selected fields need. */
  orNull(info?: GraphQLResolveInfo): Promise<unknown>;
}

const factories = new Map<NodeTypeName, (ctx: GatewayContext, keys: string[]) => Refetchable>();

/** Lets `node(id:)` make a node of `type` from the AWS keys in its global id. */
export function registerNodeType(type: NodeTypeName, make: (ctx: GatewayContext, keys: string[]) => Refetchable): void {
  factories.set(type, make);
}

/** The node a decoded id names, or undefined for a type no module registered. */
export function nodeFor(ctx: GatewayContext, type: NodeTypeName, keys: string[]): Refetchable | undefined {
  return factories.get(type)?.(ctx, keys);
}
