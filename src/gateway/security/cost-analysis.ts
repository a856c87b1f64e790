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
  isUnionType,
  Kind,
  Lexer,
  type OperationDefinitionNode,
  type SelectionSetNode,
  Source,
  TokenKind,
  type ValueNode,
  valueFromASTUntyped,
} from 'graphql';
import { QUOTAS } from '../upstream/rules/quotas';

/** How a query's cost is counted (GitHub-style: each object and page a query may fetch, multiplied down the tree). */
export interface CostModelOptions {
  /**
   * Weights by `Type` (each object of that type fetched, or each page of that connection type) or by `Type.field`
   * (each time that field resolves, or each item for a list of nodes), overriding the defaults: 1 per node object and
   * per connection page, 10 per mutation and per field that walks whole AWS lists (Profile.agreements,
   * Profile.connectors, Certificate.profiles, Profile.health, Query.attention), 0 for everything else.
   */
  weights: Record<string, number>;
  /** Page size assumed when a connection is given neither `first` nor `last` (the schema's default). */
  defaultPageSize: number;
  /** Largest page the schema allows; larger `first`/`last` are refused by the resolvers anyway. */
  maxPageSize: number;
  /**
   * The most items a list field can hold for one parent, by `Type.field`, and the connections an AWS quota keeps
   * shorter than a page. Every list that can lead to a weighted field must have one (the model refuses to start without).
   */
  maxItems: Record<string, number>;
  /**
   * The most items a list field can yield in one response at one place of the query, across all its parents, by
   * `Type.field`: only for lists whose parents are distinct objects that AWS quotas bound together (each attention
   * entry is a distinct certificate, and each profile holds at most 10 of them).
   */
  maxTotal: Record<string, number>;
  /**
   * Regions served (TRANSFER_REGIONS): the account-wide counts above hold per region, so they grow with each, except
   * below a root field given a `region` argument (`attention(region:)`), which reads that region only.
   */
  regions: number;
}

// AWS Transfer Family quotas (the emulator's, src/gateway/upstream/rules/quotas.ts): 100 agreements per server, 100
// connectors, 1,000 profiles and 1,000 certificates per account and region; 10 certificates per profile; 10 files per
// StartFileTransfer; 10 async-MDN servers per connector. Servers are not in the AS2 quota table: the service quota is
// 50 per account and region (adjustable).
const PROFILES = QUOTAS.profilesPerAccount.limit;
const CERTIFICATES = QUOTAS.certificatesPerAccount.limit;
const CONNECTORS = QUOTAS.connectorsPerAccount.limit;
const SERVERS = 50;
const AGREEMENTS = SERVERS * QUOTAS.agreementsPerServer.limit;
const CERTIFICATES_PER_PROFILE = QUOTAS.certificatesPerProfile.limit;
/** One List call of a page of 1,000 tells whether an account quota has room (every such quota is at most 1,000). */
const QUOTA_PAGE = 1;

export const DEFAULT_COST_MODEL: CostModelOptions = {
  weights: {},
  defaultPageSize: 20,
  maxPageSize: 100,
  maxItems: {
    'Profile.certificates': CERTIFICATES_PER_PROFILE,
    'FileTransfer.files': 10,
    'Query.attention': CERTIFICATES,
    'CertificateAttention.profiles': PROFILES,
    'CertificateAttention.replacements': PROFILES,
    'CertificateAttention.agreements': AGREEMENTS,
    'CertificateAttention.connectors': CONNECTORS,
    // One problem per certificate usage a profile needs (at most 6 groups) and per certificate id it names that is
    // gone (10), for each of an agreement's or connector's two profiles, plus 4 checks of the object and 10 MDN servers.
    'Health.problems': 2 * (6 + CERTIFICATES_PER_PROFILE) + 4 + 10,
    // A certificate may be held by every profile of the account.
    'RotateCertificatePayload.profiles': PROFILES,
  },
  maxTotal: {
    // An entry per certificate; a profile appears under the entries of its own certificates only.
    'CertificateAttention.profiles': PROFILES * CERTIFICATES_PER_PROFILE,
    'CertificateAttention.replacements': PROFILES * CERTIFICATES_PER_PROFILE,
    // An agreement or connector appears under the certificates of its two profiles only.
    'CertificateAttention.agreements': AGREEMENTS * 2 * CERTIFICATES_PER_PROFILE,
    'CertificateAttention.connectors': CONNECTORS * 2 * CERTIFICATES_PER_PROFILE,
  },
  regions: 1,
};

/**
 * Mutations that walk lists AWS cannot filter. Guarded deletes look for what still uses the object first (unless
 * `force`): a certificate's profiles (ListProfiles + a DescribeProfile each), a profile's agreements and connectors
 * (ListServers, a ListAgreements per server, ListConnectors + a DescribeConnector each), a server's agreements (one
 * ListAgreements). A rotation finds the replacement by serial (ListCertificates + a DescribeCertificate each), the
 * profiles holding the old one (ListProfiles + a DescribeProfile each), updates each, and imports and dates the two.
 * A dry-run create counts what its quota counts: a page of the account's certificates, profiles or connectors, or of
 * the server's agreements (which the check for an agreement of the same pair reads too).
 */
const LIST_WALKING_MUTATIONS: Record<string, number> = {
  'Mutation.importCertificate': 10 + QUOTA_PAGE,
  'Mutation.createProfile': 10 + QUOTA_PAGE,
  'Mutation.createConnector': 10 + QUOTA_PAGE,
  'Mutation.createAgreement': 10 + QUOTA_PAGE,
  'Mutation.deleteCertificate': 10 + 1 + PROFILES,
  'Mutation.deleteProfile': 10 + 1 + SERVERS + 1 + CONNECTORS,
  'Mutation.deleteServer': 10 + 1,
  'Mutation.rotateCertificate': 10 + 1 + CERTIFICATES + 1 + 2 * PROFILES + 2,
};

/** Fields that walk whole AWS lists because AWS has no filter for them (Profile.health finds the profile's users; attention reads every profile). */
const WALKING_FIELDS = ['Profile.agreements', 'Profile.connectors', 'Certificate.profiles', 'Profile.health', 'Query.attention'];

/**
 * Root lists that walk the whole AWS list when searched (`filter`/`orderBy`, or `agreements` without `server`): they
 * cost as a walking field, their worst case being the quotas (1,000 profiles or certificates with a Describe each,
 * 100 connectors with a Describe each, 100 agreements per server), plus one ListProfiles per 1,000 profiles when
 * agreements or connectors are ordered by partner.
 */
const SEARCHED_LISTS = ['Query.profiles', 'Query.certificates', 'Query.agreements', 'Query.connectors'];
const WALK_WEIGHT = 10;
const searches = (key: string, field: FieldNode): boolean =>
  SEARCHED_LISTS.includes(key) &&
  ((field.arguments ?? []).some((a) => (a.name.value === 'filter' || a.name.value === 'orderBy') && a.value.kind !== Kind.NULL) ||
    (key === 'Query.agreements' && !(field.arguments ?? []).some((a) => a.name.value === 'server' && a.value.kind !== Kind.NULL)));

const isConnection = (type: GraphQLNamedType): boolean =>
  isObjectType(type) && type.name.endsWith('Connection') && 'edges' in type.getFields() && 'pageInfo' in type.getFields();

const implementsNode = (type: GraphQLNamedType): boolean => isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Node');

/** Node objects, the Node interface, and unions of node objects (federation's `_Entity`). */
const isNodeType = (type: GraphQLNamedType): boolean =>
  (isInterfaceType(type) && type.name === 'Node') || implementsNode(type) || (isUnionType(type) && type.getTypes().every(implementsNode));

const isList = (field: GraphQLField<unknown, unknown>) => isListType(isNonNullType(field.type) ? field.type.ofType : field.type);

/** Whether the field takes a list argument that sets its length (`nodes(ids:)`, `_entities(representations:)`). */
const hasListArgument = (field: GraphQLField<unknown, unknown>) =>
  field.args.some((a) => isListType(isNonNullType(a.type) ? a.type.ofType : a.type));

/** The schema's fields with their weights and list bounds, looked up once per field resolution. */
export class CostModel {
  private readonly fieldWeights = new Map<string, number>();
  private readonly perItem = new Set<string>();

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
        if (type.name === mutation) weight = LIST_WALKING_MUTATIONS[key] ?? 10;
        else if (WALKING_FIELDS.includes(key)) weight = 10;
        else if (isConnection(returned) || isNodeType(returned)) weight = 1;
        weight = options.weights[returned.name] ?? weight;
        this.fieldWeights.set(key, options.weights[key] ?? weight);
        if (isList(field) && isNodeType(returned)) this.perItem.add(key);
      }
    }
    const unbounded = this.unboundedLists();
    if (unbounded.length) throw new Error(`the cost model has no worst case (maxItems) for the list fields ${unbounded.join(', ')}`);
  }

  /** What one resolution of `parent.field` costs, or one item of it when it returns a list of nodes (see weighsPerItem). */
  weight(parent: string, field: string): number {
    return this.fieldWeights.get(`${parent}.${field}`) ?? 0;
  }

  /** Whether `parent.field`'s weight is counted per item it returns (lists of nodes) rather than once per resolution. */
  weighsPerItem(parent: string, field: string): boolean {
    return this.perItem.has(`${parent}.${field}`);
  }

  /**
   * The most items `parent.field` holds for one parent, for a list field without a list argument, when `regions` are
   * read (every region served unless a root field's `region` argument names one).
   */
  maxItems(parent: string, field: string, regions = this.options.regions): number {
    const items = this.options.maxItems[`${parent}.${field}`] ?? 1;
    // A root list merges every region's items (attention: each region's certificates).
    return parent === this.schema.getQueryType()?.name ? items * regions : items;
  }

  /** The most items `parent.field` yields in one response at one place of the query (see CostModelOptions.maxTotal). */
  maxTotal(parent: string, field: string, regions = this.options.regions): number {
    const total = this.options.maxTotal[`${parent}.${field}`];
    return total === undefined ? Infinity : total * regions;
  }

  /** Lists of objects without a list argument nor a declared worst case, below which some field weighs something. */
  private unboundedLists(): string[] {
    const weighty = new Set<string>();
    const types = Object.values(this.schema.getTypeMap()).filter((t) => !t.name.startsWith('__') && isCompositeType(t));
    const fieldsOf = (t: GraphQLNamedType) => (isObjectType(t) || isInterfaceType(t) ? Object.values(t.getFields()) : []);
    const below = (t: GraphQLNamedType): readonly GraphQLNamedType[] =>
      isUnionType(t) ? t.getTypes() : isInterfaceType(t) ? this.schema.getPossibleTypes(t) : [];
    for (let changed = true; changed;) {
      changed = false;
      for (const t of types) {
        if (weighty.has(t.name)) continue;
        const heavy =
          fieldsOf(t).some((f) => this.weight(t.name, f.name) > 0 || weighty.has(getNamedType(f.type).name)) ||
          below(t).some((m) => weighty.has(m.name));
        if (heavy) {
          weighty.add(t.name);
          changed = true;
        }
      }
    }
    return types.flatMap((t) =>
      fieldsOf(t)
        .filter((f) => isList(f) && isCompositeType(getNamedType(f.type)) && !hasListArgument(f) && !isConnection(t))
        .filter((f) => weighty.has(getNamedType(f.type).name) && this.options.maxItems[`${t.name}.${f.name}`] === undefined)
        .map((f) => `${t.name}.${f.name}`),
    );
  }

  private names(): Set<string> {
    const names = new Set<string>();
    for (const type of Object.values(this.schema.getTypeMap())) {
      names.add(type.name);
      if (isObjectType(type) || isInterfaceType(type))
        for (const field of Object.keys(type.getFields())) names.add(`${type.name}.${field}`);
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
    ...document.definitions
      .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
      .map((d) => depthOf(d.selectionSet)),
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
    case Kind.STRING:
      return node.value;
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
 * that is the product of the page sizes (`first`/`last`, else the default) of the connections above it, the lengths
 * of list arguments (e.g. `nodes(ids:)`) and the declared worst cases of the other lists (CostModelOptions.maxItems,
 * maxTotal). Every branch of abstract selections and both sides of `@skip`/`@include` are counted: an upper bound of
 * the actual cost. Linear in the document: a fragment is walked once for each distinct multiplier it is spread under.
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

  // A root field given `region` (attention) reads that one region, and so does everything below it.
  const oneRegion = (parent: GraphQLCompositeType, field: FieldNode): boolean =>
    parent === model.schema.getQueryType() &&
    typeof argumentValue(field.arguments?.find((a) => a.name.value === 'region')?.value, variables) === 'string';
  const walk = (set: SelectionSetNode | undefined, parent: GraphQLCompositeType, times: number, page: number, regions: number): number => {
    let cost = 0;
    for (const selection of set?.selections ?? []) {
      work.visits += 1;
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? model.schema.getType(selection.typeCondition.name.value) : parent;
        if (type && isCompositeType(type)) cost += walk(selection.selectionSet, type, times, page, regions);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        cost += fragmentCost(selection.name.value, `${selection.name.value}|${times}|${page}|${regions}`);
        continue;
      }
      if (selection.name.value.startsWith('__') || !('getFields' in parent)) continue;
      const field = parent.getFields()[selection.name.value];
      if (!field) continue;
      const returned = getNamedType(field.type);
      const scope = oneRegion(parent, selection) ? 1 : regions;
      // Edges come page by page; a list with a list argument is as long as it (nodes(ids:)); any other list of objects
      // as long as its declared worst case, and no longer in all than its declared total.
      let count = times;
      if (isConnection(parent) && (field.name === 'edges' || field.name === 'nodes')) count = times * page;
      else if (isList(field) && isCompositeType(returned)) {
        const length = hasListArgument(field) ? listLength(selection) : model.maxItems(parent.name, field.name, scope);
        count = Math.min(times * length, model.maxTotal(parent.name, field.name, scope));
      }
      const weight = model.weight(parent.name, field.name);
      // A root list given filter or orderBy (or agreements with no server) walks the whole AWS list, as walking fields do.
      const searched = searches(`${parent.name}.${field.name}`, selection) ? Math.max(weight, WALK_WEIGHT) : weight;
      cost += (model.weighsPerItem(parent.name, field.name) ? count : times) * searched;
      if (isCompositeType(returned))
        cost += walk(selection.selectionSet, returned, count, isConnection(returned) ? pageSize(parent.name, selection) : page, scope);
    }
    return cost;
  };
  // Keyed by the fragment and the multipliers it is spread under (and the regions read), which its cost depends on.
  const fragmentCost = memoised((name, key) => {
    const [, times, page, regions] = key.split('|');
    const fragment = fragments.get(name);
    const type = fragment && model.schema.getType(fragment.typeCondition.name.value);
    return fragment && type && isCompositeType(type) ? walk(fragment.selectionSet, type, Number(times), Number(page), Number(regions)) : 0;
  }, 0);
  const root = model.schema.getRootType(operation.operation);
  return root ? walk(operation.selectionSet, root, 1, defaultPageSize, model.options.regions) : 0;
}
