import { buildSubgraphSchema } from '@apollo/subgraph';
import {
  concatAST,
  type ConstDirectiveNode,
  type DocumentNode,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  isObjectType,
  Kind,
  parse,
  printSchema,
  visit,
} from 'graphql';
import { createResolversMap } from 'type-graphql';
import type { GatewayContext } from '../request/context';
import { regionalContext } from '../request/regions';
import { gatewaySchema } from './build';
import { fromGlobalId, NODE_TYPE_NAMES, type NodeTypeName } from './relay/global-id';
import { nodeFor } from './relay/registry';
import { graphQLError } from '../upstream/errors';

/** Federation 2.3: understood by every Federation 2 router and by @apollo/composition. */
const FEDERATION_LINK = parse('extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])');

function directive(name: string, args: Record<string, string> = {}): ConstDirectiveNode {
  return {
    kind: Kind.DIRECTIVE,
    name: { kind: Kind.NAME, value: name },
    arguments: Object.entries(args).map(([arg, value]) => ({
      kind: Kind.ARGUMENT,
      name: { kind: Kind.NAME, value: arg },
      value: { kind: Kind.STRING, value },
    })),
  };
}

/** The node types of `schema`: every object type implementing Node, each an entity keyed on its global id. */
export function entityTypeNames(schema: GraphQLSchema): NodeTypeName[] {
  return Object.values(schema.getTypeMap())
    .filter((type) => isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Node'))
    .map((type) => type.name as NodeTypeName);
}

/**
 * The subgraph's type definitions: the gateway's SDL with `@key(fields: "id")` on every node type and `@shareable`
 * on PageInfo, which every Relay-style subgraph defines alike.
 */
export function subgraphTypeDefs(schema: GraphQLSchema = gatewaySchema()): DocumentNode {
  const entities = new Set<string>(entityTypeNames(schema));
  const typeDefs = visit(parse(printSchema(schema)), {
    ObjectTypeDefinition(node) {
      const added = entities.has(node.name.value)
        ? [directive('key', { fields: 'id' })]
        : node.name.value === 'PageInfo'
          ? [directive('shareable')]
          : [];
      return added.length ? { ...node, directives: [...(node.directives ?? []), ...added] } : undefined;
    },
  });
  return concatAST([FEDERATION_LINK, typeDefs]);
}

/** The entity an `_entities` representation names, read in its region; null when it no longer exists (or its region is not served). */
async function resolveReference(
  type: NodeTypeName,
  reference: { id: string },
  ctx: GatewayContext,
  info: GraphQLResolveInfo,
): Promise<unknown> {
  const { region, keys } = fromGlobalId(reference.id, type);
  const at = regionalContext(ctx, region);
  if (!at) return null;
  return (await nodeFor(at, type, keys)?.orNull(info)) ?? null;
}

/** Most representations one `_entities` call takes, as `nodes(ids:)` takes at most 100 ids: each may cost a Describe. */
export const MAX_REPRESENTATIONS = 100;

/** Refuses an `_entities` call with more than MAX_REPRESENTATIONS representations before any of them is resolved. */
function capRepresentations(schema: GraphQLSchema): void {
  const field = schema.getQueryType()?.getFields()._entities;
  const resolve = field?.resolve;
  if (!field || !resolve) throw new Error('the subgraph schema has no _entities resolver to cap');
  field.resolve = (source, args: { representations?: unknown[] }, context, info) => {
    const count = args.representations?.length ?? 0;
    if (count > MAX_REPRESENTATIONS) {
      throw graphQLError('BAD_USER_INPUT', `_entities takes at most ${MAX_REPRESENTATIONS} representations, got ${count}`, {
        argument: 'representations',
      });
    }
    return resolve(source, args, context, info);
  };
}

let subgraph: GraphQLSchema | undefined;

/**
 * The gateway as an Apollo Federation 2 subgraph: the type-graphql schema's SDL and resolvers, given to
 * buildSubgraphSchema, which adds `_service { sdl }` and `_entities`; references resolve through the node registry.
 */
export function subgraphSchema(): GraphQLSchema {
  if (subgraph) return subgraph;
  const schema = gatewaySchema();
  const resolvers = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  for (const type of entityTypeNames(schema)) {
    if (!NODE_TYPE_NAMES.includes(type)) throw new Error(`node type ${type} has no global id format in relay/global-id.ts`);
    resolvers[type] = {
      ...resolvers[type],
      __resolveReference: (reference: { id: string }, ctx: GatewayContext, info: GraphQLResolveInfo) =>
        resolveReference(type, reference, ctx, info),
    };
  }
  subgraph = buildSubgraphSchema({ typeDefs: subgraphTypeDefs(schema), resolvers: resolvers as never });
  capRepresentations(subgraph);
  return subgraph;
}
