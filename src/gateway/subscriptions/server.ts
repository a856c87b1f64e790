import { getOperationAST, GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';
import type { GatewayContext } from '../request/context';
import { hostAllowed, hostRefusal } from '../http/allowed-hosts';
import { regionalContext } from '../request/regions';
import { checkedSubscription, type SubscriptionErrorOptions, type SubscriptionLimits } from './checks';
import type { SubscriptionContext } from '../schema/transfer/transfer-subscription.resolver';
import { TransferWatches, type TransferWatchOptions } from '../schema/transfer/transfer-watch';
import type { RegionUpstream } from '../upstream/client';
import type { WebSocketBounds } from './websocket-bounds';

/** The defaults of SUBSCRIPTION_POLL_INTERVAL_MS and SUBSCRIPTION_MAX_TRANSFERS. */
export const DEFAULT_TRANSFER_WATCH: TransferWatchOptions = { pollIntervalMs: 1000, maxTransfers: 100 };

/** What one client may hold of the WebSocket endpoint. */
export interface SubscriptionsOptions {
  schema: GraphQLSchema;
  /** The upstream of each region served, by region. */
  upstreams: ReadonlyMap<string, RegionUpstream>;
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
  observe?: { started(): void; ended(): void; rejected(): void; unauthenticated?(connections: number): void };
  /** The query limits, applied to each operation as to HTTP requests: the text before parsing, the cost after validation. */
  limits?: SubscriptionLimits;
  /** How errors speak of the schema (the production defaults' SCHEMA_SUGGESTIONS); suggestions shown when absent. */
  errors?: SubscriptionErrorOptions;
  /** Frame size, connection_init time, connections before it, live subscriptions per principal. */
  bounds: WebSocketBounds;
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
  const { bounds, limits } = options;
  const watches = new TransferWatches(options.upstreams, options.watch);
  // Frames past the HTTP body limit close the connection as soon as their header announces them (ws's default is 100 MiB).
  const wss = new WebSocketServer({ noServer: true, maxPayload: bounds.maxFrameBytes });
  const admissions = new WeakMap<object, object>();
  /** Connections not yet past connection_init: they are counted, and capped, before anyone knows who they are. */
  const unauthenticated = new Set<WebSocket>();
  /** Live (or starting) subscriptions by principal, and those of each connection still starting. */
  const live = new Map<string, number>();
  const starting = new WeakMap<object, Set<string>>();

  const principalOf = (ctx: { extra: { request: IncomingMessage } }): string =>
    (admissions.get(ctx) as { principal?: { id: string } } | undefined)?.principal?.id ??
    `anonymous:${ctx.extra.request.socket.remoteAddress}`;
  const release = (who: string) => {
    const count = (live.get(who) ?? 1) - 1;
    if (count > 0) live.set(who, count);
    else live.delete(who);
  };

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if ((req.url ?? '/').split('?')[0] !== '/graphql') {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    if (!hostAllowed(req.headers.host, options.allowedHosts)) {
      const body = JSON.stringify(hostRefusal(req.headers.host));
      socket.end(
        `HTTP/1.1 421 Misdirected Request\r\nConnection: close\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
      );
      return;
    }
    if (unauthenticated.size >= bounds.maxUnauthenticated) {
      socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nRetry-After: 1\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      unauthenticated.add(ws);
      options.observe?.unauthenticated?.(unauthenticated.size);
      ws.once('close', () => {
        if (unauthenticated.delete(ws)) options.observe?.unauthenticated?.(unauthenticated.size);
      });
      wss.emit('connection', ws, req);
    });
  };
  server.on('upgrade', onUpgrade);

  const disposable = useServer(
    {
      schema: options.schema,
      connectionInitWaitTimeout: bounds.initTimeoutMs,
      onConnect: async (ctx) => {
        let admitted = true;
        if (options.admit) {
          const params = (ctx.connectionParams ?? {}) as Record<string, unknown>;
          const header = (name: string) => {
            const given = Object.entries(params).find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1];
            if (typeof given === 'string') return given;
            const value = ctx.extra.request.headers[name.toLowerCase()];
            return Array.isArray(value) ? value.join(', ') : value;
          };
          try {
            admissions.set(ctx, await options.admit(header, ctx.extra.request.socket.remoteAddress));
          } catch {
            admitted = false;
          }
        }
        if (admitted && unauthenticated.delete(ctx.extra.socket)) options.observe?.unauthenticated?.(unauthenticated.size);
        return admitted;
      },
      onSubscribe: async (ctx, id, payload) => {
        const checked = checkedSubscription(options.schema, payload, limits, options.errors);
        if (Array.isArray(checked)) {
          options.observe?.rejected();
          return checked;
        }
        const who = principalOf(ctx);
        if ((live.get(who) ?? 0) >= bounds.maxPerPrincipal) {
          options.observe?.rejected();
          return refusedOver(who, bounds.maxPerPrincipal);
        }
        // Counted before the charge is awaited, so that a burst of subscribes cannot pass the cap together.
        live.set(who, (live.get(who) ?? 0) + 1);
        const operation = getOperationAST(checked.document, checked.operationName)!;
        const cost = Math.max(1, limits?.requestedCost(checked.document, operation, checked.variableValues ?? {}) ?? 0);
        const refusal = await limits?.charge(principalId(admissions.get(ctx)), cost, "This subscription's requested cost");
        if (refusal) {
          release(who);
          options.observe?.rejected();
          return [refusal];
        }
        if (!starting.has(ctx)) starting.set(ctx, new Set());
        starting.get(ctx)!.add(id);
        return checked;
      },
      onOperation: (ctx, id, _payload, _args, result) => {
        starting.get(ctx)?.delete(id);
        const who = principalOf(ctx);
        if (!isAsyncIterable(result)) {
          release(who);
          return undefined;
        }
        return observed(result, {
          started: () => options.observe?.started(),
          ended: () => {
            release(who);
            options.observe?.ended();
          },
        });
      },
      onClose: (ctx) => {
        // Subscriptions accepted but never started when their connection went.
        for (const _id of starting.get(ctx) ?? []) release(principalOf(ctx));
        starting.delete(ctx);
      },
      context: (ctx): SubscriptionContext => {
        const admission = admissions.get(ctx) ?? {};
        const principal = principalId(admission);
        return {
          ...options.createContext(),
          ...admission,
          transferWatches: watches,
          eventContext: (region) => regionalContext({ ...options.createContext(), ...admission }, region)!,
          // One ListFileTransferResults page per poll, paid by each subscriber of the transfer.
          chargePoll: limits ? () => limits.charge(principal, 1, 'A poll of this subscription') : undefined,
        };
      },
      onNext: (_ctx, _id, _payload, args, result) => {
        const event = (args.contextValue as SubscriptionContext).lastEvent;
        const extensions = event
          ? { poll: { number: event.poll, subscribers: event.subscribers }, cost: { upstream: event.cost.toJSON() } }
          : undefined;
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

/** The principal an admission names (undefined without authentication configured). */
const principalId = (admission: object | undefined): string | undefined =>
  (admission as { principal?: { id: string } } | undefined)?.principal?.id;

const refusedOver = (who: string, maximum: number): GraphQLError[] => [
  new GraphQLError(`${who} already has ${maximum} live subscriptions, the most one principal may hold; end one before starting another`, {
    extensions: { code: 'SUBSCRIPTION_LIMIT_EXCEEDED', maximum },
  }),
];

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
