import { createWriteStream } from 'node:fs';
import type { ApolloServerPlugin } from '@apollo/server';
import { getOperationAST, type GraphQLFormattedError, Kind, OperationTypeNode } from 'graphql';
import type { GatewayContext } from '../request/context';
import { redactKeys } from '../observability/logger';
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

/** What became of a mutation: every write done, none (refused or failed), or not known (an AWS answer was lost). */
export type AuditOutcome = 'APPLIED' | 'FAILED' | 'UNKNOWN';

const ID_KEY = /^(?:id|ids|server|idOrArn|.*Ids?)$/;

/** The ids an input names (fields `id`, `…Id`, `…Ids`), in the order they appear. */
function idsIn(value: unknown, found: string[] = [], depth = 0): string[] {
  if (depth > 4 || !value || typeof value !== 'object') return found;
  for (const [key, item] of Object.entries(value)) {
    if (ID_KEY.test(key) && typeof item === 'string') found.push(item);
    else if (ID_KEY.test(key) && Array.isArray(item)) found.push(...item.filter((i): i is string => typeof i === 'string'));
    else idsIn(item, found, depth + 1);
  }
  return found;
}

/** APPLIED, FAILED or UNKNOWN from the answer: its errors, each payload's userErrors, and extensions.writes. */
export function auditOutcome(
  errors: readonly GraphQLFormattedError[] | undefined,
  data: Record<string, unknown> | null | undefined,
  extensions?: Record<string, unknown>,
): AuditOutcome {
  const codes = (errors ?? []).map((e) => e.extensions?.code);
  const writes = (extensions?.writes as Array<{ outcome?: string }> | undefined) ?? [];
  if (codes.includes('WRITE_OUTCOME_UNKNOWN') || writes.some((w) => w.outcome === 'UNKNOWN')) return 'UNKNOWN';
  if (codes.length || !data) return 'FAILED';
  const refused = Object.values(data).some((payload) => {
    const userErrors = (payload as { userErrors?: unknown[] } | null)?.userErrors;
    return payload === null || (Array.isArray(userErrors) && userErrors.length > 0);
  });
  return refused ? 'FAILED' : 'APPLIED';
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
 * The audit trail: one JSON line per mutation request, whether it ran, was refused (role, validation) or failed, with
 * its time, request id, principal, operation and root fields, the ids its variables name, its variables with secrets
 * redacted (the logger's key redaction, then the text redaction of PEM blocks and sensitive members), `dryRun` when the
 * input has it, the outcome and the AWS request id of each write call. Separate from the request log.
 */
export function auditLogPlugin(options: AuditLogOptions): ApolloServerPlugin<GatewayContext> {
  const write = writerFor(options);
  if (!write) return {};
  return {
    requestDidStart({ request }) {
      return Promise.resolve({
        willSendResponse(requestContext) {
          const { document, operationName, contextValue, response } = requestContext;
          const operation = requestContext.operation ?? (document ? getOperationAST(document, operationName ?? undefined) : null);
          if (operation?.operation !== OperationTypeNode.MUTATION) return Promise.resolve();
          const result = response.body.kind === 'single' ? response.body.singleResult : response.body.initialResult;
          const variables = request.variables ?? {};
          const input = (variables as { input?: { dryRun?: unknown } }).input;
          const line = {
            type: 'audit',
            time: new Date().toISOString(),
            requestId: request.http?.headers.get('x-request-id') ?? null,
            principal: principalOf(contextValue) ?? null,
            operationName: operationName ?? operation.name?.value ?? null,
            fields: operation.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : [])),
            ...(input && typeof input === 'object' && 'dryRun' in input ? { dryRun: input.dryRun === true } : {}),
            resources: [...new Set(idsIn(variables))],
            input: redactKeys(variables),
            outcome: auditOutcome(result.errors, result.data, result.extensions),
            errorCodes: [...new Set((result.errors ?? []).map((e) => e.extensions?.code).filter((c) => typeof c === 'string'))],
            awsRequestIds: (contextValue.upstream?.meter.writes ?? []).map((w) => ({ operation: w.operation, requestId: w.requestId })),
          };
          write(`${redactSecrets(JSON.stringify(line))}\n`);
          return Promise.resolve();
        },
      });
    },
  };
}
