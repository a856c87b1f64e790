import { defaultFieldResolver, type GraphQLField, type GraphQLFieldResolver, isObjectType } from 'graphql';
import type { GatewayContext } from '../request/context';
import type { CostModel } from './cost-analysis';

/** Fields already wrapped: several gateways of one process share the schema, each with its own model. */
const wrapped = new WeakSet<GraphQLField<unknown, unknown>>();

const isThenable = (value: unknown): value is PromiseLike<unknown> => typeof (value as PromiseLike<unknown> | null)?.then === 'function';

/** Calls `done` with what `result` settles to (a list of promises as the list of their values); never on failure. */
function whenSettled(result: unknown, done: (value: unknown) => void): void {
  if (isThenable(result))
    result.then(
      (value) => whenSettled(value, done),
      () => undefined,
    );
  else if (Array.isArray(result) && result.some(isThenable)) Promise.all(result).then(done, () => undefined);
  else done(result);
}

function counted(
  typeName: string,
  fieldName: string,
  resolve: GraphQLFieldResolver<unknown, unknown>,
): GraphQLFieldResolver<unknown, unknown> {
  return (source, args, context, info) => {
    // The request's own cost record, once query-limits has weighed the operation (the context Apollo gives every
    // resolver; region copies share the record).
    const cost = (context as Partial<GatewayContext> | undefined)?.cost;
    const weight = cost?.weights.weight(typeName, fieldName);
    if (!cost || !weight) return resolve(source, args, context, info);
    const perItem = cost.weights.weighsPerItem(typeName, fieldName);
    const result = resolve(source, args, context, info);
    whenSettled(result, (value) => {
      if (value === null || value === undefined) return;
      cost.actual += weight * (perItem && Array.isArray(value) ? value.filter((item) => item != null).length : 1);
    });
    return result;
  };
}

/**
 * Makes the resolvers of the fields `model` weighs add their weight to the actual cost of the request they resolve
 * for (each resolution, or each item of a list of nodes, once it resolved to something). Only those fields are
 * wrapped: a plugin's willResolveField would make Apollo wrap every resolver of the schema for every request.
 */
export function countActualCost(model: CostModel): void {
  for (const type of Object.values(model.schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (wrapped.has(field) || !model.weight(type.name, field.name)) continue;
      field.resolve = counted(type.name, field.name, field.resolve ?? defaultFieldResolver);
      wrapped.add(field);
    }
  }
}
