import type { ConnectorFileTransferResult } from '@aws-sdk/client-transfer';
import { TransferTableStatus } from '@aws-sdk/client-transfer';
import { Field, Int, ObjectType } from 'type-graphql';
import type { GatewayContext } from '../../request/context';
import { graphQLError } from '../../upstream/errors';
import { Connection } from '../relay/connection';
import { Entity } from '../relay/entity';
import { walkAll } from '../../upstream/list-source';
import { Node } from '../relay/node';
import { registerNodeType } from '../relay/registry';

/** Every file result of a transfer, as ListFileTransferResults gives them. */
export interface TransferFiles {
  Files: ConnectorFileTransferResult[];
}

/**
 * The files of a transfer: one ListFileTransferResults call (a transfer has at most 10 files, and pages hold up
 * to 1,000), shared by the transfer and its file nodes within a request.
 */
async function loadFiles(ctx: GatewayContext, connectorId: string, transferId: string): Promise<TransferFiles> {
  const all = await walkAll(ctx.loaders.fileTransferResults(connectorId, transferId));
  return { Files: all.map(({ item }) => item) };
}

/**
 * The state of a whole transfer from its files: QUEUED while no file has started, IN_PROGRESS while any file is
 * queued or moving, then FAILED if any file failed, else COMPLETED. Null when AWS reports no files.
 */
export function overallStatus(statuses: readonly TransferTableStatus[]): TransferTableStatus | null {
  if (statuses.length === 0) return null;
  if (statuses.every((s) => s === 'QUEUED')) return 'QUEUED';
  if (statuses.some((s) => s === 'QUEUED' || s === 'IN_PROGRESS')) return 'IN_PROGRESS';
  return statuses.includes('FAILED') ? 'FAILED' : 'COMPLETED';
}

@ObjectType('FileTransferResult', { implements: Node, description: 'One file of a file transfer and how it went.' })
export class FileTransferResult extends Entity<ConnectorFileTransferResult, ConnectorFileTransferResult> {
  protected readonly typeName = 'FileTransferResult';
  protected readonly summaryKeys = ['FilePath', 'StatusCode', 'FailureCode', 'FailureMessage'] as const;

  /** A file result at `position` (1-based) of its transfer's list. */
  static of(
    ctx: GatewayContext,
    connectorId: string,
    transferId: string,
    position: number,
    result?: ConnectorFileTransferResult,
  ): FileTransferResult {
    return new FileTransferResult(ctx, [connectorId, transferId, String(position)], result);
  }

  protected async load(): Promise<ConnectorFileTransferResult> {
    const [connectorId, transferId, position] = this.keys;
    const file = (await loadFiles(this.ctx, connectorId, transferId)).Files[Number(position) - 1];
    if (!file) throw graphQLError('NOT_FOUND', `Transfer ${transferId} has no file at position ${position}`);
    return file;
  }

  @Field(() => Int, { description: 'Position of the file in the transfer, from 1, in the order the paths were given.' })
  get position(): number {
    return Number(this.keys[2]);
  }

  @Field(() => String, { description: 'The file path as given to startFileTransfer.' })
  get filePath(): Promise<string> {
    return this.summaryField('FilePath') as Promise<string>;
  }

  @Field(() => TransferTableStatus, { description: 'QUEUED, IN_PROGRESS, COMPLETED or FAILED.' })
  get status(): Promise<TransferTableStatus> {
    return this.summaryField('StatusCode') as Promise<TransferTableStatus>;
  }

  @Field(() => String, {
    nullable: true,
    description: 'Why the file failed, as a stable code (e.g. RETRIEVE_FILE_NOT_FOUND); null unless FAILED.',
  })
  async failureCode(): Promise<string | null> {
    return (await this.summaryField('FailureCode')) ?? null;
  }

  @Field(() => String, { nullable: true, description: 'Why the file failed, for people; null unless FAILED.' })
  async failureMessage(): Promise<string | null> {
    return (await this.summaryField('FailureMessage')) ?? null;
  }
}

export const FileTransferResultConnection = Connection(FileTransferResult, 'FileTransferResult', 'file result');

@ObjectType('FileTransferCounts', { description: 'How many files of a transfer are in each state.' })
export class FileTransferCounts {
  @Field(() => Int, { description: 'Files in the transfer.' })
  total!: number;

  @Field(() => Int, { description: 'Files waiting to start.' })
  queued!: number;

  @Field(() => Int, { description: 'Files being transferred.' })
  inProgress!: number;

  @Field(() => Int, { description: 'Files transferred.' })
  completed!: number;

  @Field(() => Int, { description: 'Files that failed (see their failureCode).' })
  failed!: number;
}

@ObjectType('FileTransfer', {
  implements: Node,
  description:
    'A file transfer started on a connector (startFileTransfer). AWS keeps its results for 7 days; after that it reads ' +
    'as not found. Every field but the ids costs one ListFileTransferResults call per transfer and request.',
})
export class FileTransfer extends Entity<TransferFiles, TransferFiles> {
  protected readonly typeName = 'FileTransfer';
  protected readonly summaryKeys = [] as const;

  static of(ctx: GatewayContext, connectorId: string, transferId: string): FileTransfer {
    return new FileTransfer(ctx, [connectorId, transferId]);
  }

  protected load(): Promise<TransferFiles> {
    return loadFiles(this.ctx, this.connectorId, this.transferId);
  }

  @Field(() => String, { description: 'AWS id of the connector the transfer runs on.' })
  get connectorId(): string {
    return this.keys[0];
  }

  @Field(() => String, { description: 'AWS transfer id returned by StartFileTransfer.' })
  get transferId(): string {
    return this.keys[1];
  }

  /** The transfer's files as nodes, in the order they were given. */
  async fileNodes(): Promise<FileTransferResult[]> {
    const { Files } = await this.full();
    return Files.map((file, i) => FileTransferResult.of(this.ctx, this.connectorId, this.transferId, i + 1, file));
  }

  @Field(() => TransferTableStatus, {
    nullable: true,
    description:
      'The state of the whole transfer, from its files: QUEUED while no file has started, IN_PROGRESS while any file ' +
      'is queued or moving, then FAILED if any file failed, else COMPLETED. Null when AWS reports no file results.',
  })
  async status(): Promise<TransferTableStatus | null> {
    return overallStatus((await this.full()).Files.map((f) => f.StatusCode!));
  }

  @Field(() => FileTransferCounts, { description: 'How many files are in each state.' })
  async fileCounts(): Promise<FileTransferCounts> {
    const statuses = (await this.full()).Files.map((f) => f.StatusCode);
    const count = (status: TransferTableStatus) => statuses.filter((s) => s === status).length;
    return {
      total: statuses.length,
      queued: count('QUEUED'),
      inProgress: count('IN_PROGRESS'),
      completed: count('COMPLETED'),
      failed: count('FAILED'),
    };
  }
}

registerNodeType('FileTransfer', (ctx, [connectorId, transferId]) => FileTransfer.of(ctx, connectorId, transferId));
registerNodeType('FileTransferResult', (ctx, [connectorId, transferId, position]) =>
  FileTransferResult.of(ctx, connectorId, transferId, Number(position)),
);
