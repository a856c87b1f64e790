import { defaultFieldResolver, type GraphQLField, type GraphQLFieldResolver, isObjectType } from 'graphql';
import type { RequestCost } from '../request/context';
import type { CostModel } from './cost-analysis';

/** The request whose context a resolver runs with: its cost record and the model that weighs its fields. */
interface Counting {
  model: CostModel;
  cost: RequestCost;
}

/** Keyed by the context Apollo gives the resolvers (the request's own, whatever region a node's fields then use). */
const counting = new WeakMap<object, Counting>();
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
    const request = counting.get(context as object);
    const weight = request?.model.weight(typeName, fieldName);
    if (!weight) return resolve(source, args, context, info);
    const perItem = request!.model.weighsPerItem(typeName, fieldName);
    const result = resolve(source, args, context, info);
    whenSettled(result, (value) => {
      if (value === null || value === undefined) return;
      request!.cost.actual += weight * (perItem && Array.isArray(value) ? value.filter((item) => item != null).length : 1);
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

/** From now on, the weighed fields resolved with `context` add to `cost`, by `model`'s weights. */
export function startCounting(context: object, model: CostModel, cost: RequestCost): void {
  counting.set(context, { model, cost });
}
