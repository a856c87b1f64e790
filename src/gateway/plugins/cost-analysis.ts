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

/**
 * Root lists that walk the whole AWS list when searched (`filter`/`orderBy`, or `agreements` without `server`): they
 * cost as a walking field, their worst case being the quotas (1,000 profiles or certificates with a Describe each,
 * 100 connectors, 100 agreements per server).
 */
const SEARCHED_LISTS = ['Query.profiles', 'Query.certificates', 'Query.agreements', 'Query.connectors'];
const WALK_WEIGHT = 10;
const searches = (key: string, field: FieldNode): boolean =>
  SEARCHED_LISTS.includes(key) &&
  ((field.arguments ?? []).some((a) => (a.name.value === 'filter' || a.name.value === 'orderBy') && a.value.kind !== Kind.NULL) ||
    (key === 'Query.agreements' && !(field.arguments ?? []).some((a) => a.name.value === 'server' && a.value.kind !== Kind.NULL)));

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

/** How many fields of the document carry an alias (every definition, used or not). */
export function countAliases(document: DocumentNode): number {
  let count = 0;
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
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
 * The deepest field nesting of any operation, fragments expanded; introspection fields (`__schema`, `__type`) do not
 * count, so that tools' introspection queries pass. Safe on documents not yet validated (fragment cycles are cut).
 */
export function queryDepth(document: DocumentNode): number {
  const fragments = fragmentsOf(document);
  const depthOf = (set: SelectionSetNode | undefined, active: Set<string>): number => {
    let deepest = 0;
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, active));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depthOf(selection.selectionSet, active));
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || active.has(name)) continue;
        deepest = Math.max(deepest, depthOf(fragment.selectionSet, new Set([...active, name])));
      }
    }
    return deepest;
  };
  return Math.max(
    0,
    ...document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION).map((d) => depthOf(d.selectionSet, new Set())),
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
 */
export function requestedCost(model: CostModel, document: DocumentNode, operation: OperationDefinitionNode, given: Record<string, unknown> = {}): number {
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

  const walk = (set: SelectionSetNode | undefined, parent: GraphQLCompositeType, times: number, page: number, active: Set<string>): number => {
    let cost = 0;
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? model.schema.getType(selection.typeCondition.name.value) : parent;
        if (type && isCompositeType(type)) cost += walk(selection.selectionSet, type, times, page, active);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        const type = fragment && model.schema.getType(fragment.typeCondition.name.value);
        if (fragment && type && isCompositeType(type) && !active.has(name)) {
          cost += walk(fragment.selectionSet, type, times, page, new Set([...active, name]));
        }
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
      const weight = model.weight(parent.name, field.name);
      cost += count * (searches(`${parent.name}.${field.name}`, selection) ? Math.max(weight, WALK_WEIGHT) : weight);
      if (isCompositeType(returned)) cost += walk(selection.selectionSet, returned, count, isConnection(returned) ? pageSize(parent.name, selection) : page, active);
    }
    return cost;
  };
  const root = model.schema.getRootType(operation.operation);
  return root ? walk(operation.selectionSet, root, 1, defaultPageSize, new Set()) : 0;
}
