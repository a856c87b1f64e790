import type {
  ConnectorFileTransferResult,
  ListFileTransferResultsRequest,
  ListFileTransferResultsResponse,
  StartFileTransferRequest,
  StartFileTransferResponse,
  TransferTableStatus,
} from '@aws-sdk/client-transfer';
import { Collection } from '../collection';
import type { OperationContext } from '../context';
import { invalidNextTokenRequest, notFound } from '../errors';
import { newId } from '../ids';
import { page } from '../pagination';
import type { Sequenced, TransferFileRecord, TransferRecord } from '../records';
import { compact, mustGet } from './common';
import { refuse } from './connector-rules';
import { fileTransferProblems } from '../rules/transfer-rules';
import { decideOutcomes, type Direction } from './transfer-outcomes';

/** "File transfer results are available up to 7 days after an operation has been requested" (ListFileTransferResults). */
export const TRANSFER_RETENTION_MS = 7 * 24 * 60 * 60 * 1000;

const expired = (ctx: OperationContext, transfer: TransferRecord) => ctx.now() - transfer.startedAt >= TRANSFER_RETENTION_MS;

/** Starts a transfer whose per-file outcome is decided now (see transfer-outcomes.ts) and replayed over time on read. */
export function startFileTransfer(ctx: OperationContext, input: StartFileTransferRequest): StartFileTransferResponse {
  const connector = mustGet(ctx, 'connectors', input.ConnectorId!).described;
  refuse(fileTransferProblems(input, !!connector.As2Config));
  const direction: Direction = input.SendFilePaths ? 'SEND' : 'RETRIEVE';
  const paths = input.SendFilePaths ?? input.RetrieveFilePaths!;
  forgetExpired(ctx);
  const TransferId = newId.transfer();
  ctx.store.put(ctx.region, 'transfers', TransferId, {
    seq: ctx.store.nextSeq(),
    transferId: TransferId,
    connectorId: input.ConnectorId!,
    startedAt: ctx.now(),
    files: decideOutcomes(ctx, connector, direction, paths),
  });
  return { TransferId };
}

/** Transfers are kept in start order, so the expired ones are at the front. */
function forgetExpired(ctx: OperationContext): void {
  const stale: string[] = [];
  for (const transfer of ctx.state.transfers.values()) {
    if (!expired(ctx, transfer)) break;
    stale.push(transfer.transferId);
  }
  for (const id of stale) ctx.store.remove(ctx.region, 'transfers', id);
}

/** QUEUED for one step, IN_PROGRESS for the next, then the outcome decided at start. */
function statusAt(elapsedMs: number, stepMs: number, file: TransferFileRecord): TransferTableStatus {
  if (elapsedMs < stepMs) return 'QUEUED';
  if (elapsedMs < 2 * stepMs) return 'IN_PROGRESS';
  return file.outcome;
}

interface FileEntry extends Sequenced {
  file: TransferFileRecord;
}

/** ListFileTransferResults: each file's status as of now, paged with a token bound to the connector and transfer. */
export function listFileTransferResults(ctx: OperationContext, input: ListFileTransferResultsRequest): ListFileTransferResultsResponse {
  mustGet(ctx, 'connectors', input.ConnectorId!);
  const transfer = ctx.state.transfers.get(input.TransferId!);
  if (!transfer || transfer.connectorId !== input.ConnectorId || expired(ctx, transfer)) {
    throw notFound('Transfer', input.TransferId!, `Unknown transfer ${input.TransferId} for connector ${input.ConnectorId}`);
  }
  // A throw-away view of the transfer's files (never stored), so that paging works as for every other list.
  const files = new Collection<FileEntry>();
  transfer.files.forEach((file, i) => files.set(String(i + 1), { seq: i + 1, file }));
  const { items, NextToken } = page({
    secret: ctx.store.tokenSecret,
    operation: 'ListFileTransferResults',
    region: ctx.region,
    params: { ConnectorId: input.ConnectorId, TransferId: input.TransferId },
    collection: files,
    maxResults: input.MaxResults,
    nextToken: input.NextToken,
    // The model declares no InvalidNextTokenException for ListFileTransferResults.
    badToken: invalidNextTokenRequest,
  });
  const elapsed = ctx.now() - transfer.startedAt;
  const results = items.map(({ file }): ConnectorFileTransferResult => {
    const StatusCode = statusAt(elapsed, ctx.behaviour.transferStepMs, file);
    const failed = StatusCode === 'FAILED';
    return compact({
      FilePath: file.FilePath,
      StatusCode,
      FailureCode: failed ? file.FailureCode : undefined,
      FailureMessage: failed ? file.FailureMessage : undefined,
    });
  });
  return compact({ FileTransferResults: results, NextToken });
}

/** The transfer wire actions, by operation name. */
export const transferOperations = {
  StartFileTransfer: startFileTransfer,
  ListFileTransferResults: listFileTransferResults,
};
