import 'reflect-metadata';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { RESOLVERS } from './resolvers';
import { NO_TOPICS } from './transfer/no-topics';
import { resolveInNodeContext } from './relay/node-context';

let schema: GraphQLSchema | undefined;

/** What the root types say in the schema (type-graphql's buildSchema has no option for root type descriptions). */
export const ROOT_DESCRIPTIONS = {
  query:
    'Reads of the AS2 resources of every region served: root lists are Relay connections (filter and orderBy walk the ' +
    'whole AWS list), single lookups take a graph id, an AWS id or an ARN. Costs are in extensions.cost.',
  mutation:
    'Writes to AWS Transfer Family, one AWS write per mutation unless its description says more. Validation and AWS ' +
    'refusals come back as userErrors on the payload; every mutation is written to the audit trail (AUDIT_LOG).',
  subscription: 'Live updates over graphql-ws (the /graphql WebSocket): the progress of file transfers, polled from AWS.',
} as const;

function describeRoots(built: GraphQLSchema): GraphQLSchema {
  const query = built.getQueryType();
  const mutation = built.getMutationType();
  const subscription = built.getSubscriptionType();
  if (query) query.description = ROOT_DESCRIPTIONS.query;
  if (mutation) mutation.description = ROOT_DESCRIPTIONS.mutation;
  if (subscription) subscription.description = ROOT_DESCRIPTIONS.subscription;
  return built;
}

/** The gateway's schema, built once from the resolver classes. */
export function gatewaySchema(): GraphQLSchema {
  // skipCheck: type-graphql would run a whole introspection query over the new schema (a quarter of the gateway's
  // start-up); Apollo validates the schema as it starts, and the schema tests introspect it.
  return (schema ??= describeRoots(
    resolveInNodeContext(buildSchemaSync({ resolvers: RESOLVERS, validate: false, pubSub: NO_TOPICS, skipCheck: true })),
  ));
}

/** The SDL committed as schema.graphql: sorted so that it changes only when the schema does. */
export function printGatewaySchema(): string {
  return `${printSchema(lexicographicSortSchema(gatewaySchema()))}\n`;
}
