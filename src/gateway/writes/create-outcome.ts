import { TransferServiceException } from '@aws-sdk/client-transfer';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from '../request/context';
import { operationOf, type OutputOf, type TransferCommand } from '../upstream/client';
import { CREATE_FINDERS, coversInput, type CreateFinder } from './create-finders';
import { ANSWER_LOST, fromUpstreamError, NOT_SENT } from '../upstream/errors';
import type { WriteReport } from '../request/write-report';

/** How creates (not idempotent in this API) are sent and, when their outcome is unknown, checked. */
export interface CreateOutcomeOptions {
  /** Attempts of one create, counting the first; only throttled calls, and calls AWS failed that verifiably made nothing, are sent again. */
  maxAttempts: number;
  /** Pause before the second attempt; doubled for each further one, with full jitter. */
  backoffMs: number;
  /** How long to keep looking for what a create that got no answer may still make (bounded by the request deadline). */
  lookForMs: number;
}

export const DEFAULT_CREATE_OUTCOME: CreateOutcomeOptions = { maxAttempts: 4, backoffMs: 200, lookForMs: 3000 };

export type { WriteReport };

/** Failures after sending with no answer (AWS's own RequestTimeout among them): AWS may or may not have done it. */
const NO_ANSWER = new Set([...ANSWER_LOST, 'RequestTimeout']);

type Verdict = 'not-applied' | 'rejected' | 'server-failed' | 'no-answer';

/** What a failed create call tells about its effect. */
function verdictOf(error: unknown): { verdict: Verdict; because: string } {
  if (error instanceof TransferServiceException) {
    // A throttled call was refused before it was carried out; any other client error means AWS refused it too.
    if (error.name === 'ThrottlingException') return { verdict: 'not-applied', because: error.name };
    return { verdict: error.$fault === 'server' ? 'server-failed' : 'rejected', because: error.name };
  }
  const { code, name, message } = (error ?? {}) as { code?: string; name?: string; message?: string };
  const reason =
    [code, name].find((c) => c && (NOT_SENT.has(c) || NO_ANSWER.has(c))) ?? [...NOT_SENT, ...NO_ANSWER].find((c) => message?.includes(c));
  if (reason && NOT_SENT.has(reason)) return { verdict: 'not-applied', because: reason };
  if (reason) return { verdict: 'no-answer', because: reason };
  return { verdict: 'rejected', because: name ?? 'Error' };
}

/** A fresh command with the same input: a sent command carries the gateway's middleware and cannot be sent twice. */
const resend = <C extends TransferCommand>(command: C): C => new (command.constructor as new (input: object) => C)(command.input);

/**
 * Sends a create at most once per verified need: never again after a call whose effect is unknown. A throttled call
 * is sent again after a backoff. A 5xx answer or no answer at all is followed by a look for the resource the call
 * would have made (List, then Describe of the candidates, comparing every member given): found, it is the answer;
 * not found after a 5xx, the create is sent again; not found after no answer (it may still land), or for a create
 * that cannot be looked for (StartFileTransfer), the answer is WRITE_OUTCOME_UNKNOWN. All within the request deadline.
 */
export async function createOnce<C extends TransferCommand>(
  ctx: GatewayContext,
  command: C,
  options: CreateOutcomeOptions = DEFAULT_CREATE_OUTCOME,
): Promise<OutputOf<C>> {
  const operation = operationOf(command);
  const finder = CREATE_FINDERS[operation];
  const report = (entry: Omit<WriteReport, 'operation'>) => ctx.writes.push({ operation, ...entry });
  let lastError: unknown;
  let lastBecause = '';
  for (let attempt = 1; attempt <= options.maxAttempts; attempt += 1) {
    if (attempt > 1 && !(await pause(ctx, backoff(options, attempt)))) break;
    try {
      const output = await ctx.upstream.write(attempt === 1 ? command : resend(command));
      if (attempt > 1) report({ outcome: 'APPLIED', attempts: attempt, because: lastBecause });
      return output;
    } catch (error) {
      const { verdict, because } = verdictOf(error);
      // A resend that AWS refuses as a duplicate (an agreement's server and profile pair is unique) means an earlier
      // attempt was carried out after all: answer with what it made rather than the conflict.
      if (attempt > 1 && finder && (error as { name?: string }).name === 'ResourceExistsException') {
        const found = await look(ctx, finder, command.input, 0).catch(() => undefined);
        if (found) {
          report({ outcome: 'FOUND', attempts: attempt, id: found, because: lastBecause });
          return { [finder.idMember]: found, $metadata: {} } as OutputOf<C>;
        }
      }
      lastError = error;
      lastBecause = because;
      if (verdict === 'rejected' || (ctx.deadline?.signal.aborted && !ctx.deadline.passed)) throw error;
      if (verdict === 'not-applied') continue;
      if (!finder)
        throw unknown(operation, because, 'AWS offers no call that lists the transfers of a connector, so there is no way to check');
      let found: string | undefined;
      try {
        found = await look(ctx, finder, command.input, verdict === 'no-answer' ? options.lookForMs : 0);
      } catch {
        throw unknown(operation, because, `looking for the ${finder.noun} it would have made failed too`);
      }
      if (found) {
        report({ outcome: 'FOUND', attempts: attempt, id: found, because });
        return { [finder.idMember]: found, $metadata: {} } as OutputOf<C>;
      }
      if (verdict === 'no-answer') {
        throw unknown(
          operation,
          because,
          `no such ${finder.noun} has appeared yet, but the call may still be carried out: look for it before creating it again`,
        );
      }
      // AWS answered with a failure and nothing was made: sending again cannot duplicate it.
    }
  }
  const mapped = fromUpstreamError(lastError);
  if (mapped instanceof GraphQLError) Object.assign(mapped.extensions, { applied: false });
  throw mapped;
}

/** Looks for the resource, again and again while `forMs` lasts (a call with no answer may still be carried out). */
async function look(ctx: GatewayContext, finder: CreateFinder, input: object, forMs: number): Promise<string | undefined> {
  const until = Math.min(Date.now() + forMs, (ctx.deadline?.expiresAt ?? Infinity) - 250);
  for (let wait = 100; ; wait *= 2) {
    const ids = await finder.candidates(ctx.upstream, input);
    // Newest last: AWS lists in creation order (the emulator does; AWS does not document it), so a twin made earlier loses.
    for (const id of ids.reverse()) {
      const described = await finder.describe(ctx.upstream, id, input);
      if (described && coversInput(input, described, finder.writeOnly)) return id;
    }
    if (Date.now() + wait > until) return undefined;
    if (!(await pause(ctx, wait))) return undefined;
  }
}

function backoff(options: CreateOutcomeOptions, attempt: number): number {
  return Math.round(Math.random() * options.backoffMs * 2 ** (attempt - 2));
}

/** Waits `ms` unless that would pass the deadline; answers whether it waited. */
async function pause(ctx: GatewayContext, ms: number): Promise<boolean> {
  if (ctx.deadline && ms >= ctx.deadline.remainingMs() - 250) return false;
  await new Promise((resolve) => setTimeout(resolve, ms));
  return !ctx.deadline?.signal.aborted;
}

function unknown(operation: string, because: string, detail: string): GraphQLError {
  return new GraphQLError(`${operation} was sent but its outcome is unknown (${because}): ${detail}`, {
    extensions: { code: 'WRITE_OUTCOME_UNKNOWN', operation, because },
  });
}
