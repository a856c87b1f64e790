import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  getNamedType,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  isCompositeType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  Lexer,
  type OperationDefinitionNode,
  type SelectionSetNode,
  Source,
  TokenKind,
  type ValueNode,
  valueFromASTUntyped,
} from 'graphql';

/** How a query's cost is counted (GitHub-style: each object and page a query may fetch, multiplied down the tree). */
export interface CostModelOptions {
  /**
   * Weights by `Type` (each object of that type fetched, or each page of that connection type) or by `Type.field`
   * (each time that field resolves), overriding the defaults: 1 per node object and per connection page, 10 per
   * mutation and per reverse link that walks whole lists (Profile.agreements, Profile.connectors, Certificate.profiles),
   * 0 for everything else.
   */
  weights: Record<string, number>;
  /** Page size assumed when a connection is given neither `first` nor `last` (the schema's default). */
  defaultPageSize: number;
  /** Largest page the schema allows; larger `first`/`last` are refused by the resolvers anyway. */
  maxPageSize: number;
  /** Connections an AWS quota keeps shorter than a page, by `Type.field`: a page of them holds at most this many. */
  maxItems: Record<string, number>;
}

export const DEFAULT_COST_MODEL: CostModelOptions = {
  weights: {},
  defaultPageSize: 20,
  maxPageSize: 100,
  // AWS quotas: 10 certificates per profile, 10 files per StartFileTransfer.
  maxItems: { 'Profile.certificates': 10, 'FileTransfer.files': 10 },
};

/** Fields that walk whole AWS lists because AWS has no filter for them (Profile.health finds the profile's users; attention reads every profile). */
const WALKING_FIELDS = ['Profile.agreements', 'Profile.connectors', 'Certificate.profiles', 'Profile.health', 'Query.attention'];

const isConnection = (type: GraphQLNamedType): boolean =>
  isObjectType(type) && type.name.endsWith('Connection') && 'edges' in type.getFields() && 'pageInfo' in type.getFields();

const isNodeType = (type: GraphQLNamedType): boolean =>
  (isInterfaceType(type) && type.name === 'Node') || (isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Node'));

const isList = (field: GraphQLField<unknown, unknown>) =>
  isListType(isNonNullType(field.type) ? field.type.ofType : field.type);

/** The schema's fields with their weights, looked up once per field resolution. */
export class CostModel {
  private readonly fieldWeights = new Map<string, number>();

  constructor(
    readonly schema: GraphQLSchema,
    readonly options: CostModelOptions = DEFAULT_COST_MODEL,
  ) {
    const unknown = Object.keys(options.weights).filter((key) => !this.names().has(key));
    if (unknown.length) throw new Error(`QUERY_COST_WEIGHTS names no type or field of the schema: ${unknown.join(', ')}`);
    const mutation = schema.getMutationType()?.name;
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) && !isInterfaceType(type)) continue;
      for (const field of Object.values(type.getFields())) {
        const key = `${type.name}.${field.name}`;
        const returned = getNamedType(field.type);
        let weight = 0;
        if (type.name === mutation) weight = 10;
        else if (WALKING_FIELDS.includes(key)) weight = 10;
        else if (isConnection(returned) || isNodeType(returned)) weight = 1;
        weight = options.weights[returned.name] ?? weight;
        this.fieldWeights.set(key, options.weights[key] ?? weight);
      }
    }
  }

  /** What one resolution of `parent.field` costs (per item, when it returns a list of nodes). */
  weight(parent: string, field: string): number {
    return this.fieldWeights.get(`${parent}.${field}`) ?? 0;
  }

  private names(): Set<string> {
    const names = new Set<string>();
    for (const type of Object.values(this.schema.getTypeMap())) {
      names.add(type.name);
      if (isObjectType(type) || isInterfaceType(type)) for (const field of Object.keys(type.getFields())) names.add(`${type.name}.${field}`);
    }
    return names;
  }
}

/** Counts the lexical tokens of a query, stopping past `cap`; a lexing error ends the count (parse reports it). */
export function countTokens(query: string, cap: number): number {
  const lexer = new Lexer(new Source(query));
  let count = 0;
  try {
    while (count <= cap && lexer.advance().kind !== TokenKind.EOF) count += 1;
  } catch {
    // A syntax error: the count so far stands, and the parser will say what is wrong.
  }
  return count;
}

/** Counts what an analysis of a document did: one visit per selection it looked at (specs bound it by the document's size). */
export interface AnalysisWork {
  visits: number;
}

/** How many fields of the document carry an alias (every definition once, used or not, fragments not expanded). */
export function countAliases(document: DocumentNode, work: AnalysisWork = { visits: 0 }): number {
  let count = 0;
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      work.visits += 1;
      if (selection.kind === Kind.FIELD && selection.alias) count += 1;
      if (selection.kind !== Kind.FRAGMENT_SPREAD) visit(selection.selectionSet);
    }
  };
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION || definition.kind === Kind.FRAGMENT_DEFINITION) visit(definition.selectionSet);
  }
  return count;
}

const fragmentsOf = (document: DocumentNode) =>
  new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );

/**
 * Each fragment's result, computed once per key however often it is spread (a fragment spreading the next twice would
 * otherwise cost 2^levels walks). A fragment met again while it is being computed, under any key, is a cycle, which
 * validation refuses but checks made before validation see: it counts as `empty`, and the walk ends.
 */
function memoised<T>(compute: (name: string, key: string) => T, empty: T): (name: string, key?: string) => T {
  const done = new Map<string, T>();
  const running = new Set<string>();
  return (name, key = name) => {
    const known = done.get(key);
    if (known !== undefined) return known;
    if (running.has(name)) return empty;
    running.add(name);
    const result = compute(name, key);
    running.delete(name);
    done.set(key, result);
    return result;
  };
}

/**
 * The deepest field nesting of any operation, fragments expanded; introspection fields (`__schema`, `__type`) do not
 * count, so that tools' introspection queries pass. Linear in the document (each fragment is walked once), and safe on
 * documents not yet validated (fragment cycles are cut).
 */
export function queryDepth(document: DocumentNode, work: AnalysisWork = { visits: 0 }): number {
  const fragments = fragmentsOf(document);
  const depthOf = (set: SelectionSetNode | undefined): number => {
    let deepest = 0;
    for (const selection of set?.selections ?? []) {
      work.visits += 1;
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depthOf(selection.selectionSet));
      } else {
        deepest = Math.max(deepest, fragmentDepth(selection.name.value));
      }
    }
    return deepest;
  };
  const fragmentDepth = memoised((name) => depthOf(fragments.get(name)?.selectionSet), 0);
  return Math.max(
    0,
    ...document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION).map((d) => depthOf(d.selectionSet)),
  );
}

/** An argument's value: a literal, or a variable looked up in `variables`. */
function argumentValue(node: ValueNode | undefined, variables: Record<string, unknown>): unknown {
  if (!node) return undefined;
  switch (node.kind) {
    case Kind.VARIABLE:
      return variables[node.name.value];
    case Kind.INT:
      return Number(node.value);
    case Kind.LIST:
      return node.values.map((v) => argumentValue(v, variables));
    case Kind.NULL:
      return null;
    default:
      return undefined;
  }
}

/**
 * The most an operation can cost, before it runs: each field's weight times the number of times it can resolve,
 * that is the product of the page sizes (`first`/`last`, else the default) of the connections above it and the
 * lengths of list arguments (e.g. `nodes(ids:)`). Every branch of abstract selections is counted (an upper bound).
 * Linear in the document: a fragment is walked once for each distinct multiplier it is spread under.
 */
export function requestedCost(
  model: CostModel,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  given: Record<string, unknown> = {},
  work: AnalysisWork = { visits: 0 },
): number {
  const fragments = fragmentsOf(document);
  const variables: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    variables[name] = Object.hasOwn(given, name) ? given[name] : definition.defaultValue && valueFromASTUntyped(definition.defaultValue);
  }
  const { defaultPageSize, maxPageSize } = model.options;
  const pageSize = (parent: string, field: FieldNode): number => {
    const arg = (name: string) => argumentValue(field.arguments?.find((a) => a.name.value === name)?.value, variables);
    const size = [arg('first'), arg('last')].find((v) => typeof v === 'number' && Number.isInteger(v));
    const bound = Math.min(maxPageSize, model.options.maxItems[`${parent}.${field.name.value}`] ?? maxPageSize);
    return Math.max(0, Math.min(bound, size === undefined ? defaultPageSize : (size as number)));
  };
  const listLength = (field: FieldNode): number => {
    for (const argument of field.arguments ?? []) {
      const value = argumentValue(argument.value, variables);
      if (Array.isArray(value)) return value.length;
    }
    return 1;
  };

  const walk = (set: SelectionSetNode | undefined, parent: GraphQLCompositeType, times: number, page: number): number => {
    let cost = 0;
    for (const selection of set?.selections ?? []) {
      work.visits += 1;
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? model.schema.getType(selection.typeCondition.name.value) : parent;
        if (type && isCompositeType(type)) cost += walk(selection.selectionSet, type, times, page);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        cost += fragmentCost(selection.name.value, `${selection.name.value}|${times}|${page}`);
        continue;
      }
      if (selection.name.value.startsWith('__') || !('getFields' in parent)) continue;
      const field = parent.getFields()[selection.name.value];
      if (!field) continue;
      const returned = getNamedType(field.type);
      // Edges come page by page; any other list of objects is as long as its list argument (nodes(ids:)).
      let count = times;
      if (isConnection(parent) && (field.name === 'edges' || field.name === 'nodes')) count = times * page;
      else if (isList(field) && isCompositeType(returned)) count = times * listLength(selection);
      cost += count * model.weight(parent.name, field.name);
      if (isCompositeType(returned)) cost += walk(selection.selectionSet, returned, count, isConnection(returned) ? pageSize(parent.name, selection) : page);
    }
    return cost;
  };
  // Keyed by the fragment and the multipliers it is spread under, which its cost depends on.
  const fragmentCost = memoised((name, key) => {
    const [, times, page] = key.split('|');
    const fragment = fragments.get(name);
    const type = fragment && model.schema.getType(fragment.typeCondition.name.value);
    return fragment && type && isCompositeType(type) ? walk(fragment.selectionSet, type, Number(times), Number(page)) : 0;
  }, 0);
  const root = model.schema.getRootType(operation.operation);
  return root ? walk(operation.selectionSet, root, 1, defaultPageSize) : 0;
}
