import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { GatewayContext } from './context';
import { hostAllowed, hostRefusal } from './allowed-hosts';
import { regionalContext } from './regions';
import { checkedSubscription, type SubscriptionErrorOptions, type SubscriptionLimits } from './subscription-checks';
import type { SubscriptionContext } from './schema/transfer/transfer-subscription.resolver';
import { TransferWatches, type TransferWatchOptions } from './schema/transfer/transfer-watch';
import type { Upstream } from './upstream/client';

/** The defaults of SUBSCRIPTION_POLL_INTERVAL_MS and SUBSCRIPTION_MAX_TRANSFERS. */
export const DEFAULT_TRANSFER_WATCH: TransferWatchOptions = { pollIntervalMs: 1000, maxTransfers: 100 };

export interface SubscriptionsOptions {
  schema: GraphQLSchema;
  /** The upstream of each region served, by region. */
  upstreams: ReadonlyMap<string, Upstream>;
  /** A fresh per-request context (of the gateway's own region; regions.ts reaches the others). */
  createContext(): GatewayContext;
  watch: TransferWatchOptions;
  /** The gateway's error policy, applied to subscription messages as to HTTP answers. */
  formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError;
  /**
   * Authenticates a connection, reading headers from its connection_init payload first (browsers cannot set headers
   * on a WebSocket) and then from the upgrade request; throws to refuse it. What it returns joins every context.
   */
  admit?(header: (name: string) => string | undefined, remoteAddress: string | undefined): Promise<object>;
  /** Host header names whose upgrades are taken (ALLOWED_HOSTS); any when absent. */
  allowedHosts?: readonly string[];
  /** Told when a subscription starts, when it ends, and when one is refused before it runs (the gateway's metrics). */
  observe?: { started(): void; ended(): void; rejected(): void };
  /** The query limits, applied to each operation as to HTTP requests: the text before parsing, the cost after validation. */
  limits?: SubscriptionLimits;
  /** How errors speak of the schema (the production defaults' SCHEMA_SUGGESTIONS); suggestions shown when absent. */
  errors?: SubscriptionErrorOptions;
}

export interface Subscriptions {
  /** The transfer pollers, shared by every connection. */
  watches: TransferWatches;
  close(): Promise<void>;
}

/**
 * GraphQL subscriptions over WebSocket (graphql-ws's graphql-transport-ws protocol) on the gateway's own HTTP
 * server: upgrades of /graphql are taken here, any other path is refused.
 */
export function serveSubscriptions(server: Server, options: SubscriptionsOptions): Subscriptions {
  const watches = new TransferWatches(options.upstreams, options.watch);
  const wss = new WebSocketServer({ noServer: true });
  const admissions = new WeakMap<object, object>();

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if ((req.url ?? '/').split('?')[0] !== '/graphql') {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    if (!hostAllowed(req.headers.host, options.allowedHosts)) {
      const body = JSON.stringify(hostRefusal(req.headers.host));
      socket.end(`HTTP/1.1 421 Misdirected Request\r\nConnection: close\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  };
  server.on('upgrade', onUpgrade);

  const disposable = useServer(
    {
      schema: options.schema,
      onConnect: async (ctx) => {
        if (!options.admit) return true;
        const params = (ctx.connectionParams ?? {}) as Record<string, unknown>;
        const header = (name: string) => {
          const given = Object.entries(params).find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1];
          if (typeof given === 'string') return given;
          const value = ctx.extra.request.headers[name.toLowerCase()];
          return Array.isArray(value) ? value.join(', ') : value;
        };
        try {
          admissions.set(ctx, await options.admit(header, ctx.extra.request.socket.remoteAddress));
          return true;
        } catch {
          return false;
        }
      },
      onSubscribe: (_ctx, _id, payload) => {
        const checked = checkedSubscription(options.schema, payload, options.limits, options.errors);
        if (Array.isArray(checked)) options.observe?.rejected();
        return checked;
      },
      onOperation: (_ctx, _id, _payload, _args, result) => (options.observe && isAsyncIterable(result) ? observed(result, options.observe) : undefined),
      context: (ctx): SubscriptionContext => {
        const admission = admissions.get(ctx) ?? {};
        return {
          ...options.createContext(),
          ...admission,
          transferWatches: watches,
          eventContext: (region) => regionalContext({ ...options.createContext(), ...admission }, region)!,
        };
      },
      onNext: (_ctx, _id, _payload, args, result) => {
        const event = (args.contextValue as SubscriptionContext).lastEvent;
        const extensions = event ? { poll: { number: event.poll, subscribers: event.subscribers }, cost: { upstream: event.cost.toJSON() } } : undefined;
        return {
          ...(result.data !== undefined ? { data: result.data } : {}),
          ...(result.errors ? { errors: result.errors.map((error) => options.formatError(error.toJSON(), error)) } : {}),
          ...(result.extensions || extensions ? { extensions: { ...result.extensions, ...extensions } } : {}),
        };
      },
      onError: (_ctx, _id, _payload, errors) => errors.map((error) => options.formatError(error.toJSON(), error)),
    },
    wss,
  );

  return {
    watches,
    async close() {
      server.off('upgrade', onUpgrade);
      watches.close();
      for (const client of wss.clients) client.terminate();
      await disposable.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

const isAsyncIterable = (value: unknown): value is AsyncIterable<unknown> =>
  typeof (value as AsyncIterable<unknown> | null)?.[Symbol.asyncIterator] === 'function';

/**
 * The subscription's events, with `observe` told now that it starts and, once, when it stops: done, failed, or ended
 * by its client. A plain iterator rather than an async generator, whose return() would wait for the pending next():
 * a client leaving must stop the transfer's poller at once.
 */
function observed<T>(source: AsyncIterable<T>, observe: { started(): void; ended(): void }): AsyncIterableIterator<T> {
  const iterator = source[Symbol.asyncIterator]();
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    observe.ended();
  };
  const settle = async (step: Promise<IteratorResult<T>>) => {
    try {
      const result = await step;
      if (result.done) end();
      return result;
    } catch (error) {
      end();
      throw error;
    }
  };
  observe.started();
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    next: () => settle(iterator.next()),
    return: (value?: unknown) => {
      end();
      return iterator.return ? iterator.return(value) : Promise.resolve({ done: true, value: undefined });
    },
    throw: (error?: unknown) => {
      end();
      return iterator.throw ? iterator.throw(error) : Promise.reject(error);
    },
  };
}
