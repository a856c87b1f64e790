import type { GraphQLResolveInfo } from 'graphql';
import { StartFileTransferCommand } from '@aws-sdk/client-transfer';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Info } from 'type-graphql';
import type { GatewayContext } from '../../request/context';
import { graphQLError } from '../../upstream/errors';
import { ConnectionArguments } from '../common/connection-args';
import { InputIds, LOOKUP_REGION_DESCRIPTION, lookUp } from '../common/ids';
import { createOrPlan } from '../common/dry-run';
import { runMutation } from '../common/mutation';
import { Connector } from '../connector/connector.type';
import { arraySource } from '../relay/array-source';
import { connectionOver } from '../relay/connection';
import { StartFileTransferInput, StartFileTransferPayload } from './transfer.input';
import { FileTransfer, FileTransferResult, FileTransferResultConnection } from './transfer.type';

/** The TransferId shape of the AWS model. */
const TRANSFER_ID = /^[0-9a-zA-Z./-]{1,512}$/;

@Resolver(() => FileTransfer)
export class FileTransferResolver {
  @Query(() => FileTransfer, {
    nullable: true,
    description: 'A file transfer by its connector and AWS transfer id; null when there is none (or it is older than 7 days).',
  })
  fileTransfer(
    @Arg('connector', () => ID, { description: 'The connector the transfer was started on (a graph id, AWS id or ARN).' })
    connector: string,
    @Arg('transferId', { description: 'AWS transfer id returned by startFileTransfer.' }) transferId: string,
    @Arg('region', () => String, { nullable: true, description: LOOKUP_REGION_DESCRIPTION }) region: string | null | undefined,
    @Ctx() ctx: GatewayContext,
  ) {
    const {
      at,
      keys: [connectorId],
    } = lookUp(ctx, connector, 'Connector', ['connector'], undefined, { value: region, field: ['region'] });
    if (!TRANSFER_ID.test(transferId)) {
      throw graphQLError(
        'BAD_USER_INPUT',
        `Expected an AWS transfer id (1–512 letters, digits, '.', '/' or '-'), got ${JSON.stringify(transferId.slice(0, 200))}`,
      );
    }
    return FileTransfer.of(at, connectorId, transferId).orNull();
  }

  @FieldResolver(() => Connector, { description: 'The connector the transfer runs on.' })
  connector(@Root() transfer: FileTransfer, @Ctx() ctx: GatewayContext) {
    return Connector.fromId(ctx, transfer.connectorId);
  }

  @FieldResolver(() => FileTransferResultConnection, { description: 'Each file of the transfer and its status, in the order given.' })
  async files(@Root() transfer: FileTransfer, @Args() args: ConnectionArguments) {
    const files = await transfer.fileNodes();
    return connectionOver(
      arraySource(`transfer-files:${transfer.connectorId}:${transfer.transferId}`, files, (f) => String(f.position)),
      args,
      (f) => f,
    );
  }

  @Mutation(() => StartFileTransferPayload, {
    description:
      'Sends files to a partner over a connector (AS2 or SFTP), or retrieves files from an SFTP server. The payload ' +
      "carries the new transfer; its files' status comes from ListFileTransferResults each time it is read.",
  })
  startFileTransfer(
    @Arg('input', { description: 'What to do; the fields of StartFileTransferInput say what each means.' }) input: StartFileTransferInput,
    @Ctx() ctx: GatewayContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return runMutation(input, ctx, info, async () => {
      const ids = new InputIds(ctx, input, { id: input.connectorId }, { value: input.region, field: ['region'] });
      const { at } = ids;
      const [connectorId] = ids.keys(input.connectorId, 'Connector', ['connectorId']);
      const command = new StartFileTransferCommand({
        ConnectorId: connectorId,
        SendFilePaths: input.sendFilePaths ?? undefined,
        RetrieveFilePaths: input.retrieveFilePaths ?? undefined,
        LocalDirectoryPath: input.localDirectoryPath ?? undefined,
        RemoteDirectoryPath: input.remoteDirectoryPath ?? undefined,
        CustomHttpHeaders: input.customHttpHeaders?.map((h) => ({ Key: h.key, Value: h.value })),
      });
      ids.check(command);
      const started = await createOrPlan(at, command);
      const fileTransfer = started ? FileTransfer.of(at, connectorId, started.TransferId!) : null;
      return { fileTransfer, createdId: fileTransfer?.id };
    });
  }
}

@Resolver(() => FileTransferResult)
export class FileTransferResultResolver {
  @FieldResolver(() => FileTransfer, { description: 'The transfer this file belongs to.' })
  fileTransfer(@Root() result: FileTransferResult, @Ctx() ctx: GatewayContext) {
    const [connectorId, transferId] = result.keys;
    return FileTransfer.of(ctx, connectorId, transferId);
  }
}
