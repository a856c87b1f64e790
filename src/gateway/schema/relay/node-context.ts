import { type GraphQLSchema, isObjectType } from 'graphql';
import { Entity } from './entity';

/**
 * Makes every field of a node resolve with its node's context instead of the request's. A node carries the
 * context of its AWS region, so `@Ctx()` in a field resolver (Server.agreements, Agreement.partnerProfile, …)
 * reaches that region's loaders wherever the node came from. With one region the two are the same object.
 */
export function resolveInNodeContext(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      if (resolve) field.resolve = (root, args, ctx, info) => resolve(root, args, root instanceof Entity ? root.context : ctx, info);
    }
  }
  return schema;
}
