import {
  getOperationAST,
  getVariableValues,
  GraphQLError,
  OperationTypeNode,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { redactInputEchoes } from '../observability/input-echoes';

/** The query limits as the WebSocket applies them: the text before it is parsed, the requested cost once it is valid. */
export interface SubscriptionLimits {
  documentRefusal(text: string): GraphQLError | undefined;
  costRefusal(document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): GraphQLError | undefined;
  /** The requested cost of the operation with its variables, charged to the subscriber's budget when it starts. */
  requestedCost(document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): number;
  /** Charges `amount` to the principal's cost budget: BUDGET_EXCEEDED when the minute's rest cannot pay it, else undefined. */
  charge(principal: string | undefined, amount: number, what: string): Promise<GraphQLError | undefined>;
}

/** How errors over the WebSocket speak of the schema, as the HTTP pipeline's production defaults decide. */
export interface SubscriptionErrorOptions {
  /** Leave out "Did you mean …?" suggestions of field, type and enum value names (SCHEMA_SUGGESTIONS=false). */
  hideSuggestions: boolean;
}

/** What a graphql-ws subscribe message carries. */
export interface SubscribePayload {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

const refused = (message: string, code: string): GraphQLError[] => [new GraphQLError(message, { extensions: { code } })];

/**
 * The execution arguments of an operation sent over the WebSocket, or the errors that refuse it before it runs: a
 * query limit, a syntax or validation error, an operation it cannot pick, or an operation other than a subscription.
 * Queries and mutations belong to the HTTP pipeline, where roles, the cost budget and the deadline apply.
 */
export function checkedSubscription(
  schema: GraphQLSchema,
  payload: SubscribePayload,
  limits?: SubscriptionLimits,
  errors: SubscriptionErrorOptions = { hideSuggestions: false },
): ExecutionArgs | GraphQLError[] {
  const tooLarge = limits?.documentRefusal(payload.query);
  if (tooLarge) return [tooLarge];
  let document: DocumentNode;
  try {
    document = parse(payload.query);
  } catch (error) {
    return refused((error as Error).message, 'GRAPHQL_PARSE_FAILED');
  }
  const invalid = validate(schema, document, specifiedRules, { hideSuggestions: errors.hideSuggestions });
  redactInputEchoes(invalid, document, payload.variables);
  if (invalid.length)
    return invalid.map((e) => new GraphQLError(e.message, { nodes: e.nodes, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }));
  const operation = getOperationAST(document, payload.operationName);
  if (!operation) {
    const which = payload.operationName
      ? `no operation named "${payload.operationName}"`
      : 'several operations: say which in operationName';
    return refused(`The document has ${which}`, 'BAD_REQUEST');
  }
  if (operation.operation !== OperationTypeNode.SUBSCRIPTION) {
    return refused(`This WebSocket takes subscriptions only; send the ${operation.operation} as an HTTP POST to /graphql`, 'BAD_REQUEST');
  }
  const variables = payload.variables ?? {};
  // Coerced here, as the HTTP pipeline does before executing: a missing or mistyped variable is the client's mistake
  // (BAD_USER_INPUT), where graphql-ws's subscribe would throw it as an unexpected error.
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables, {
    maxErrors: 50,
    hideSuggestions: errors.hideSuggestions,
  });
  redactInputEchoes(coerced.errors ?? [], document, variables);
  if (coerced.errors)
    return coerced.errors.map((e) => new GraphQLError(e.message, { nodes: e.nodes, extensions: { code: 'BAD_USER_INPUT' } }));
  const tooCostly = limits?.costRefusal(document, operation, variables);
  if (tooCostly) return [tooCostly];
  return { schema, document, operationName: payload.operationName, variableValues: variables };
}
