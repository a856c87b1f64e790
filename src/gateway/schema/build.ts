import 'reflect-metadata';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { RESOLVERS } from './resolvers';
import { NO_TOPICS } from './transfer/no-topics';
import { resolveInNodeContext } from './relay/node-context';

let schema: GraphQLSchema | undefined;

/** The gateway's schema, built once from the resolver classes. */
export function gatewaySchema(): GraphQLSchema {
  return (schema ??= resolveInNodeContext(buildSchemaSync({ resolvers: RESOLVERS, validate: false, pubSub: NO_TOPICS })));
}

/** The SDL committed as schema.graphql: sorted so that it changes only when the schema does. */
export function printGatewaySchema(): string {
  return `${printSchema(lexicographicSortSchema(gatewaySchema()))}\n`;
}
