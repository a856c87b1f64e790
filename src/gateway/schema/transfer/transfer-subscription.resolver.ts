import { Arg, Ctx, ID, Resolver, Root, Subscription } from 'type-graphql';
import type { GatewayContext } from '../../request/context';
import { graphQLError } from '../../upstream/errors';
import type { UpstreamMeter } from '../../upstream/meter';
import { fromGlobalId } from '../relay/global-id';
import type { TransferUpdate, TransferWatches } from './transfer-watch';
import { FileTransfer } from './transfer.type';

/** What the WebSocket layer (gateway/subscriptions/server.ts) adds to the context of a subscription. */
export interface SubscriptionContext extends GatewayContext {
  transferWatches: TransferWatches;
  /** A fresh context (loaders, call meter) for resolving one event, in `region`. */
  eventContext(region: string): GatewayContext;
  /** Charges the subscriber for one poll of its transfer (its principal's cost budget); answers the refusal, if any. */
  chargePoll?: () => Promise<unknown>;
  /** The poll and cost of the event resolved last, for the `extensions` of its message. */
  lastEvent?: { poll: number; subscribers: number; cost: UpstreamMeter };
}

const overWebSocket = () =>
  graphQLError('BAD_USER_INPUT', 'Subscriptions are served over WebSocket (the graphql-transport-ws protocol of graphql-ws) at /graphql');

function isSubscriptionContext(ctx: unknown): ctx is SubscriptionContext {
  return typeof ctx === 'object' && ctx !== null && 'transferWatches' in ctx;
}

@Resolver()
export class FileTransferSubscriptionResolver {
  @Subscription(() => FileTransfer, {
    nullable: true,
    description:
      'Follows a file transfer: the transfer as it is now, then again each time a file changes status, until every file ' +
      'is COMPLETED or FAILED (then the subscription completes). Over WebSocket at /graphql (graphql-transport-ws). The ' +
      'gateway polls ListFileTransferResults every SUBSCRIPTION_POLL_INTERVAL_MS, once per transfer however many clients ' +
      'follow it; each message says in `extensions.poll` which poll it comes from and how many subscribers shared it. ' +
      'An unknown or expired transfer gives one NOT_FOUND error and completes.',
    subscribe: ({ args, context }) => {
      if (!isSubscriptionContext(context)) throw overWebSocket();
      const { region, keys } = fromGlobalId((args as { id: string }).id, 'FileTransfer');
      return context.transferWatches.follow(region, keys[0], keys[1], context.chargePoll);
    },
  })
  fileTransferUpdates(
    @Root() update: TransferUpdate | undefined,
    @Arg('id', () => ID, { description: 'Id of the FileTransfer, e.g. from startFileTransfer.' }) id: string,
    @Ctx() ctx: GatewayContext,
  ): FileTransfer {
    if (!update || !isSubscriptionContext(ctx)) throw overWebSocket();
    ctx.lastEvent = undefined;
    if ('error' in update) throw update.error;
    const { region, keys } = fromGlobalId(id, 'FileTransfer');
    const eventCtx = ctx.eventContext(region);
    ctx.lastEvent = { poll: update.poll, subscribers: update.subscribers, cost: eventCtx.upstream.meter };
    return new FileTransfer(eventCtx, keys, undefined, { Files: update.files });
  }
}
