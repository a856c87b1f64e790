import type { ApolloServerPlugin } from '@apollo/server';
import { LRUCache } from 'lru-cache';
import { GraphQLError, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { Authenticator, type AuthOptions, type HeaderLookup } from './auth/authenticator';
import { holds, roleFor, type Principal } from '../request/roles';
import type { GatewayContext } from '../request/context';
import { authorizationPlugin } from '../plugins/authorization';
import { budgetExceeded, CostBudget, type CostBudgetOptions } from './budget';
import { costBudgetPlugin } from '../plugins/cost-budget';
import { RedisBudgetStore } from './redis-budget-store';
import type { RedisConnection } from '../upstream/redis';
import { CostModel, DEFAULT_COST_MODEL, requestedCost } from './cost-analysis';
import { apolloHardening, type ApolloHardening, type ProductionDefaultsOptions } from './production-defaults';
import { costLimitError, documentLimitError, type QueryLimitsOptions } from './query-limits';
import { queryLimitsPlugin } from '../plugins/query-limits';
import { requestDeadlinePlugin } from '../plugins/request-deadline';
import { RequestDeadline, type RequestDeadlineOptions } from '../request/deadline';
import { writeReportsPlugin } from '../plugins/write-reports';

/** Which query texts keep the outcome of their token, depth and alias checks: the most recent, by their length. */
const CHECKED_TEXTS = {
  maxSize: 4 * 1024 * 1024,
  maxEntrySize: 64 * 1024,
  sizeCalculation: (_: unknown, text: string) => Math.max(1, text.length),
};

/** Everything that makes the gateway safe to expose: who may call, how much a query may cost, production settings. */
export interface SecurityOptions {
  auth: AuthOptions;
  limits: QueryLimitsOptions;
  /** Weights by `Type` or `Type.field` over the cost model's defaults (QUERY_COST_WEIGHTS). */
  costWeights: Record<string, number>;
  budget: Pick<CostBudgetOptions, 'perMinute' | 'now'>;
  production: ProductionDefaultsOptions;
  deadline: RequestDeadlineOptions;
}

/** What the HTTP layer adds to each request's context. */
export interface Admission {
  principal?: Principal;
  deadline?: RequestDeadline;
}

/** The security pieces the HTTP layer wires in. */
export interface Security {
  plugins: ApolloServerPlugin<GatewayContext>[];
  apolloOptions: Partial<ApolloHardening>;
  /** Authenticates a request (throwing UNAUTHENTICATED) and starts its deadline; call it from the context function. */
  admit(header: HeaderLookup, remoteAddress?: string, closed?: AbortSignal): Promise<Admission>;
  /** Admits a WebSocket subscriber: authenticated as by admit, and holding the reader role (else FORBIDDEN); no deadline. */
  admitSubscriber(header: HeaderLookup, remoteAddress?: string): Promise<Admission>;
  /**
   * Throws QUERY_LIMIT_EXCEEDED when a query text of the HTTP request (JSON body, batch or URL) has too many tokens, or
   * is too deep or too aliased; call it from Apollo's context function too, which runs before parsing and validation.
   */
  checkDocuments(body: unknown, search: string): void;
  /** The refusal of a WebSocket operation's text (tokens, then depth and aliases), checked before it is parsed; else undefined. */
  documentRefusal(text: string): GraphQLError | undefined;
  /** The refusal of a WebSocket operation whose requested cost, with its variables, is over QUERY_MAX_COST; else undefined. */
  costRefusal(document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): GraphQLError | undefined;
  /** The requested cost of an operation with its variables (see requestedCost). */
  requestedCost(document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): number;
  /** Charges `amount` to the principal's cost budget (a subscription's start and each of its polls): BUDGET_EXCEEDED when it cannot pay; undefined when charged or when there is no budget. */
  charge(principal: string | undefined, amount: number, what: string): Promise<GraphQLError | undefined>;
  close(): Promise<void>;
}

/** Builds the security pieces; without options (embedded use, most tests) only the always-on write reports apply. */
export async function startSecurity(
  options: SecurityOptions | undefined,
  deps: {
    schema: GraphQLSchema;
    /** The process's Redis connection (REDIS_URL): the budget counts there, falling back to memory while it fails. */
    redis?: RedisConnection;
    /** Regions served (TRANSFER_REGIONS): root lists merge them, so their worst cases grow with each. */
    regions?: number;
    log: (message: string, error?: unknown) => void;
    /** Told each time a query limit or the budget refuses a request, with the limit's name. */
    rejected?: (limit: string) => void;
  },
): Promise<Security> {
  if (!options) {
    return {
      plugins: [writeReportsPlugin()],
      apolloOptions: {},
      admit: async () => ({}),
      admitSubscriber: async () => ({}),
      checkDocuments: () => undefined,
      documentRefusal: () => undefined,
      costRefusal: () => undefined,
      requestedCost: () => 0,
      charge: async () => undefined,
      close: async () => undefined,
    };
  }
  const authenticator = new Authenticator(options.auth);
  const model = new CostModel(deps.schema, { ...DEFAULT_COST_MODEL, weights: options.costWeights, regions: deps.regions ?? 1 });
  // Clients send the same few documents again and again; their text checks (a lex and a parse each) are done once.
  const checkedTexts = new LRUCache<string, { refusal?: GraphQLError }>(CHECKED_TEXTS);
  const textRefusal = (text: string) => {
    let checked = checkedTexts.get(text);
    if (!checked) checkedTexts.set(text, (checked = { refusal: documentLimitError([text], options.limits) }));
    // Each answer gets an error of its own: Apollo and the plugins may add to the one they are given.
    return checked.refusal && new GraphQLError(checked.refusal.message, { extensions: { ...checked.refusal.extensions } });
  };
  const counted = (refusal: GraphQLError | undefined) => {
    if (refusal) deps.rejected?.(String(refusal.extensions.limit));
    return refusal;
  };
  const budget =
    options.budget.perMinute > 0
      ? await CostBudget.create({ ...options.budget, store: deps.redis && new RedisBudgetStore(deps.redis) })
      : undefined;
  return {
    plugins: [
      authorizationPlugin(),
      queryLimitsPlugin(options.limits, model, deps.rejected),
      ...(budget ? [costBudgetPlugin(budget, deps.rejected)] : []),
      requestDeadlinePlugin(options.deadline),
      writeReportsPlugin(),
    ],
    apolloOptions: apolloHardening(options.production),
    async admit(header, remoteAddress, closed) {
      const principal = await authenticator.authenticate(header, remoteAddress);
      return { principal, deadline: RequestDeadline.start(options.deadline, closed) };
    },
    async admitSubscriber(header, remoteAddress) {
      const principal = await authenticator.authenticate(header, remoteAddress);
      if (!holds(principal, roleFor('subscription'))) {
        throw new GraphQLError(`A subscription needs the reader role; ${principal.id} has no role`, {
          extensions: { code: 'FORBIDDEN', requiredRole: 'reader' },
        });
      }
      return { principal };
    },
    checkDocuments(body, search) {
      for (const text of queryTextsOf(body, search)) {
        const refusal = counted(textRefusal(text));
        if (refusal) throw refusal;
      }
    },
    documentRefusal: (text) => counted(textRefusal(text)),
    costRefusal: (document, operation, variables) => counted(costLimitError(model, document, operation, variables, options.limits.maxCost)),
    requestedCost: (document, operation, variables) => requestedCost(model, document, operation, variables),
    async charge(principal, amount, what) {
      if (!budget || !principal) return undefined;
      const { taken, state } = await budget.reserve(principal, amount);
      if (taken) return undefined;
      deps.rejected?.('budget');
      return budgetExceeded(amount, state, what, budget.now());
    },
    async close() {
      await budget?.close();
    },
  };
}

/** The query texts of an HTTP GraphQL request: `query` of the JSON body (or of each operation of a batch), or of the URL. */
export function queryTextsOf(body: unknown, search: string): string[] {
  const operations = Array.isArray(body) ? body : [body];
  const texts = operations.map((op) => (op && typeof op === 'object' ? (op as { query?: unknown }).query : undefined));
  const fromUrl = new URLSearchParams(search).get('query');
  return [...texts, fromUrl].filter((text): text is string => typeof text === 'string');
}
