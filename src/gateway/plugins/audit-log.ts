import { createWriteStream } from 'node:fs';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  getArgumentValues,
  getOperationAST,
  getVariableValues,
  type GraphQLFormattedError,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  OperationTypeNode,
  type SelectionSetNode,
  valueFromASTUntyped,
} from 'graphql';
import { collectFields } from 'graphql/execution/collectFields';
import type { GatewayContext, MutationRecord } from '../request/context';
import { SENSITIVE_FIELDS } from '../observability/input-echoes';
import { isSecretKey } from '../observability/logger';
import { redactSecrets } from '../observability/redact-secrets';
import { principalOf } from './request-log';

/** Where audit lines go (AUDIT_LOG): `stdout`, `off`, or a file path (appended to). */
export type AuditDestination = 'stdout' | 'off' | { file: string };

export interface AuditLogOptions {
  /** Where the one JSON line per mutation goes (AUDIT_LOG). */
  destination: AuditDestination;
  /** Told once when the file cannot be written; the lines are dropped from then on (the answers are never held back). */
  log: (message: string, error?: unknown) => void;
  /** Lines queued for the file beyond this many bytes are dropped and counted, so a slow disk cannot grow memory. */
  maxQueuedBytes?: number;
}

/**
 * What became of a mutation request: every write done (APPLIED); a dry run that would go ahead, nothing written
 * (PLANNED); refused or failed with no AWS write done (FAILED); refused, failed or unfinished after some AWS write was
 * done (PARTIAL: awsRequestIds says which); or not known, an AWS answer was lost (UNKNOWN).
 */
export type AuditOutcome = 'APPLIED' | 'PLANNED' | 'FAILED' | 'PARTIAL' | 'UNKNOWN';

const ID_KEY = /^(?:id|ids|server|idOrArn|.*Ids?)$/;
/** How deep an input is copied into a line; deeper values (no input of the schema nests so far) are cut. */
const INPUT_DEPTH = 16;
const REDACTED = '[redacted]';

/** The ids an input names (fields `id`, `…Id`, `…Ids`), in the order they appear. */
function idsIn(value: unknown, found: string[] = [], depth = 0): string[] {
  if (depth > 6 || !value || typeof value !== 'object') return found;
  for (const [key, item] of Object.entries(value)) {
    if (ID_KEY.test(key) && typeof item === 'string') found.push(item);
    else if (ID_KEY.test(key) && Array.isArray(item)) found.push(...item.filter((i): i is string => typeof i === 'string'));
    else idsIn(item, found, depth + 1);
  }
  return found;
}

/**
 * `value` as plain JSON data with the values of sensitive members (those the service model marks sensitive, and the
 * logger's secret keys) replaced by [redacted], at any depth up to INPUT_DEPTH.
 */
function redactedInput(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  if (depth >= INPUT_DEPTH) return '[cut]';
  if (Array.isArray(value)) return value.map((item) => redactedInput(item, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      item !== null && item !== undefined && (SENSITIVE_FIELDS.has(key) || isSecretKey(key)) ? REDACTED : redactedInput(item, depth + 1),
    ]),
  );
}

/** A root field of the mutation: its response key, name and first node (a field asked twice under one key is merged). */
interface RootField {
  responseKey: string;
  name: string;
  node: FieldNode;
}

/**
 * The root fields of `operation` through fragments and inline fragments, each fragment once (linear in the document).
 * With `variables`, graphql-js's own collection (fields under @skip/@include as execution sees them); without (the
 * variables did not coerce, nothing ran), every field named.
 */
function rootFields(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): RootField[] {
  const fragments: Record<string, FragmentDefinitionNode> = Object.create(null) as Record<string, FragmentDefinitionNode>;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  const mutationType = schema.getMutationType();
  if (variables && mutationType) {
    try {
      const collected = collectFields(schema, fragments, variables, mutationType, operation.selectionSet);
      return [...collected].map(([responseKey, nodes]) => ({ responseKey, name: nodes[0].name.value, node: nodes[0] }));
    } catch {
      // An invalid document (a directive without its argument): fall through to every field named.
    }
  }
  const found = new Map<string, RootField>();
  const seen = new Set<string>();
  const walk = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const responseKey = selection.alias?.value ?? selection.name.value;
        if (!found.has(responseKey)) found.set(responseKey, { responseKey, name: selection.name.value, node: selection });
      } else if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = fragments[selection.name.value];
        if (fragment) walk(fragment.selectionSet);
      }
    }
  };
  walk(operation.selectionSet);
  return [...found.values()];
}

/**
 * The arguments a root field's resolver receives: coerced against the schema (defaults filled in, inline literals and
 * variables alike) when the request is valid; else as sent, variables put in place, so a refused request's line still
 * says what it asked.
 */
function argumentsOf(
  field: RootField,
  schema: GraphQLSchema,
  coerced: Record<string, unknown> | undefined,
  raw: Record<string, unknown>,
): Record<string, unknown> {
  const definition = schema.getMutationType()?.getFields()[field.name];
  if (definition && coerced) {
    try {
      return getArgumentValues(definition, field.node, coerced);
    } catch {
      // An invalid literal: what was sent, below.
    }
  }
  return Object.fromEntries((field.node.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value, raw)]));
}

/** The request's variables coerced against the operation's definitions; undefined when they do not coerce. */
function coercedVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  raw: Record<string, unknown>,
): Record<string, unknown> | undefined {
  try {
    const result = getVariableValues(schema, operation.variableDefinitions ?? [], raw, { maxErrors: 1 });
    return result.coerced;
  } catch {
    return undefined;
  }
}

/**
 * The outcome (see AuditOutcome) from the answer's errors and data, what each mutation field's resolver answered
 * (`records`: its userErrors, a payload saying it is not complete), the AWS writes done and extensions.writes.
 */
export function auditOutcome({
  errors,
  data,
  extensions,
  records,
  writes,
  dryRun,
}: {
  errors: readonly GraphQLFormattedError[] | undefined;
  data: Record<string, unknown> | null | undefined;
  extensions?: Record<string, unknown>;
  records: readonly MutationRecord[];
  writes: ReadonlyArray<{ succeeded: boolean }>;
  dryRun: boolean;
}): AuditOutcome {
  const codes = (errors ?? []).map((e) => e.extensions?.code);
  const reported = (extensions?.writes as Array<{ outcome?: string }> | undefined) ?? [];
  if (codes.includes('WRITE_OUTCOME_UNKNOWN') || reported.some((w) => w.outcome === 'UNKNOWN')) return 'UNKNOWN';
  const failed =
    codes.length > 0 ||
    !data ||
    Object.values(data).some((payload) => payload === null) ||
    records.some((r) => r.userErrorCodes.length > 0 || r.incomplete);
  if (failed) return writes.some((w) => w.succeeded) ? 'PARTIAL' : 'FAILED';
  return dryRun ? 'PLANNED' : 'APPLIED';
}

/** A line writer for the destination: stdout, or a file appended to without waiting for the disk. */
function writerFor({ destination, log, maxQueuedBytes = 8 * 1024 * 1024 }: AuditLogOptions): ((line: string) => void) | undefined {
  if (destination === 'off') return undefined;
  if (destination === 'stdout') return (line) => process.stdout.write(line);
  const stream = createWriteStream(destination.file, { flags: 'a' });
  let broken = false;
  let dropped = 0;
  stream.on('error', (error) => {
    if (!broken) log(`the audit log ${destination.file} cannot be written; audit lines are dropped from now on`, error);
    broken = true;
  });
  return (line) => {
    if (broken) return;
    if (stream.writableLength > maxQueuedBytes) {
      dropped += 1;
      if (dropped === 1)
        log(`the audit log ${destination.file} is more than ${maxQueuedBytes} bytes behind; dropping lines until it catches up`);
      return;
    }
    if (dropped) {
      stream.write(`${JSON.stringify({ type: 'audit-dropped', time: new Date().toISOString(), dropped })}\n`);
      dropped = 0;
    }
    stream.write(line);
  };
}

/**
 * The audit trail: one JSON line per mutation request, whether it ran, was refused (role, validation, userErrors) or
 * failed, with its time, request id, principal, operation and root fields, the ids its arguments name, the arguments
 * each root field received (inline literals and variables alike, coerced against the schema) with the values of
 * sensitive members redacted (then the text redaction of PEM blocks), `dryRun`, the outcome, the codes of its GraphQL
 * errors and of its payloads' userErrors, and the AWS request id of each write call. Separate from the request log.
 */
export function auditLogPlugin(options: AuditLogOptions): ApolloServerPlugin<GatewayContext> {
  const write = writerFor(options);
  if (!write) return {};
  return {
    requestDidStart({ request }) {
      return Promise.resolve({
        willSendResponse(requestContext) {
          const { document, operationName, contextValue, response, schema } = requestContext;
          const operation = requestContext.operation ?? (document ? getOperationAST(document, operationName ?? undefined) : null);
          if (!document || operation?.operation !== OperationTypeNode.MUTATION) return Promise.resolve();
          const result = response.body.kind === 'single' ? response.body.singleResult : response.body.initialResult;
          const raw = request.variables ?? {};
          const coerced = coercedVariables(schema, operation, raw);
          const fields = rootFields(schema, document, operation, coerced);
          const args = fields.map((field) => argumentsOf(field, schema, coerced, raw));
          const dryRun = args.length > 0 && args.every((a) => (a.input as { dryRun?: unknown } | null | undefined)?.dryRun === true);
          const records = contextValue.mutations ?? [];
          const writes = contextValue.upstream?.meter.writes ?? [];
          const line = {
            type: 'audit',
            time: new Date().toISOString(),
            requestId: request.http?.headers.get('x-request-id') ?? null,
            principal: principalOf(contextValue) ?? null,
            operationName: operationName ?? operation.name?.value ?? null,
            fields: fields.map((f) => f.name),
            dryRun,
            resources: [...new Set(args.flatMap((a) => idsIn(a)))],
            input: Object.fromEntries(fields.map((f, i) => [f.responseKey, redactedInput(args[i])])),
            outcome: auditOutcome({ errors: result.errors, data: result.data, extensions: result.extensions, records, writes, dryRun }),
            errorCodes: [...new Set((result.errors ?? []).map((e) => e.extensions?.code).filter((c) => typeof c === 'string'))],
            userErrorCodes: [...new Set(records.flatMap((r) => r.userErrorCodes))],
            awsRequestIds: writes.map((w) => ({ operation: w.operation, requestId: w.requestId, succeeded: w.succeeded })),
          };
          write(`${redactSecrets(JSON.stringify(line))}\n`);
          return Promise.resolve();
        },
      });
    },
  };
}
