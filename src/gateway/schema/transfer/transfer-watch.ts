import { type ConnectorFileTransferResult, ListFileTransferResultsCommand } from '@aws-sdk/client-transfer';
import type { RegionUpstream } from '../../upstream/client';
import { codeOf, fromUpstreamError, graphQLError } from '../../upstream/errors';
import { Limiter } from '../../upstream/limiter';
import { UpstreamMeter } from '../../upstream/meter';
import { EventQueue } from './event-queue';

export interface TransferWatchOptions {
  /** Time from the end of one poll of a transfer to the start of the next, in ms (SUBSCRIPTION_POLL_INTERVAL_MS). */
  pollIntervalMs: number;
  /** Transfers followed at once, across all subscribers (SUBSCRIPTION_MAX_TRANSFERS). */
  maxTransfers: number;
}

/** What a subscriber of a transfer receives: each change of its files, then the end. */
export type TransferUpdate =
  | {
      files: ConnectorFileTransferResult[];
      /** Which poll of this transfer's poller saw it (1 for the first). */
      poll: number;
      /** How many subscribers the poller served when it saw it. */
      subscribers: number;
    }
  | { error: unknown };

/** Charges one subscriber for one poll of its transfer; answers the error that ends its subscription (a spent budget), if any. */
export type PollCharge = () => Promise<unknown>;

const TERMINAL = new Set(['COMPLETED', 'FAILED']);
/** Throttling or an outage may pass; after this many failed polls in a row the subscribers get the error. */
const MAX_FAILED_POLLS = 5;

/** Whether every file reached COMPLETED or FAILED (AWS keeps no other terminal state). */
export const allTerminal = (files: ConnectorFileTransferResult[]) =>
  files.length > 0 && files.every((f) => TERMINAL.has(f.StatusCode ?? ''));

const fingerprint = (files: ConnectorFileTransferResult[]) =>
  JSON.stringify(files.map((f) => [f.FilePath, f.StatusCode, f.FailureCode ?? null, f.FailureMessage ?? null]));

/**
 * One transfer's poller: reads ListFileTransferResults every `pollIntervalMs` while anyone listens, and hands each
 * change to every subscriber, so subscribers of one transfer share its polls. It stops when every file is terminal
 * (after handing that state out), on an error that will not pass, or when its last subscriber leaves.
 */
class TransferPoller {
  private readonly subscribers = new Set<EventQueue<TransferUpdate>>();
  private readonly charges = new Map<EventQueue<TransferUpdate>, PollCharge>();
  private latest?: { fingerprint: string; update: TransferUpdate };
  private polls = 0;
  private failures = 0;
  private wake?: () => void;
  private started = false;
  private stopped = false;

  constructor(
    private readonly read: () => Promise<ConnectorFileTransferResult[]>,
    private readonly intervalMs: number,
    private readonly onStop: () => void,
  ) {}

  /** A new subscriber: it gets the latest state at once, if there is one, then every change; `charge` pays each poll. */
  subscribe(charge?: PollCharge): EventQueue<TransferUpdate> {
    const queue = new EventQueue<TransferUpdate>(() => this.leave(queue));
    this.subscribers.add(queue);
    if (charge) this.charges.set(queue, charge);
    if (this.latest) queue.push(this.latest.update);
    if (!this.started) {
      this.started = true;
      void this.run();
    }
    return queue;
  }

  /** Ends every subscriber's stream and stops. */
  close(): void {
    for (const queue of [...this.subscribers]) queue.end();
    this.stop();
  }

  private leave(queue: EventQueue<TransferUpdate>): void {
    this.subscribers.delete(queue);
    this.charges.delete(queue);
    if (this.subscribers.size === 0) this.stop();
  }

  private stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.wake?.();
    this.onStop();
  }

  /** Hands `update` to every subscriber; `last` ends their streams after it. */
  private broadcast(update: TransferUpdate, last: boolean): void {
    for (const queue of [...this.subscribers]) {
      queue.push(update);
      if (last) queue.end();
    }
    if (last) this.stop();
  }

  /** Each subscriber pays for the poll just made; one whose charge is refused gets the refusal and leaves. */
  private charge(): void {
    for (const [queue, charge] of this.charges) {
      void charge().then((refusal) => {
        if (!refusal) return;
        queue.push({ error: refusal });
        queue.end();
      });
    }
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      try {
        const files = await this.read().finally(() => this.charge());
        this.polls += 1;
        this.failures = 0;
        const print = fingerprint(files);
        if (print !== this.latest?.fingerprint) {
          const update = { files, poll: this.polls, subscribers: this.subscribers.size };
          this.latest = { fingerprint: print, update };
          this.broadcast(update, allTerminal(files));
        }
      } catch (error) {
        const mapped = fromUpstreamError(error);
        const code = codeOf(mapped);
        this.failures += 1;
        if ((code !== 'THROTTLED' && code !== 'UPSTREAM_UNAVAILABLE') || this.failures >= MAX_FAILED_POLLS)
          this.broadcast({ error: mapped }, true);
      }
      if (this.stopped) return;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.intervalMs);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = undefined;
    }
  }
}

/**
 * Follows file transfers for subscriptions: one poller per transfer, shared by all its subscribers and stopped when
 * the last one leaves, so AWS sees at most one ListFileTransferResults per transfer and poll interval however many
 * clients watch it. Polls bypass the shared cache (transfer status is live) and count on their own meter.
 */
export class TransferWatches {
  private readonly pollers = new Map<string, TransferPoller>();
  /** Every poll made, by operation; polls belong to no GraphQL request. */
  readonly meter = new UpstreamMeter();
  private readonly limiter = new Limiter(8);

  constructor(
    private readonly upstreams: ReadonlyMap<string, RegionUpstream>,
    private readonly options: TransferWatchOptions,
  ) {}

  /** The updates of one transfer in `region`, each poll paid by `charge`; ending the returned stream unsubscribes. */
  follow(region: string, connectorId: string, transferId: string, charge?: PollCharge): EventQueue<TransferUpdate> {
    const upstream = this.upstreams.get(region);
    if (!upstream) throw graphQLError('BAD_USER_INPUT', `The transfer is in ${region}, which this gateway does not serve`);
    const key = `${region}|${connectorId}|${transferId}`;
    let poller = this.pollers.get(key);
    if (!poller) {
      if (this.pollers.size >= this.options.maxTransfers) {
        throw graphQLError(
          'THROTTLED',
          `This gateway already follows ${this.options.maxTransfers} transfers, its most; subscribe again later`,
        );
      }
      poller = new TransferPoller(
        () => this.read(upstream, connectorId, transferId),
        this.options.pollIntervalMs,
        () => {
          if (this.pollers.get(key) === poller) this.pollers.delete(key);
        },
      );
      this.pollers.set(key, poller);
    }
    return poller.subscribe(charge);
  }

  /** How many transfers are being polled now. */
  get active(): number {
    return this.pollers.size;
  }

  private async read(upstream: RegionUpstream, connectorId: string, transferId: string): Promise<ConnectorFileTransferResult[]> {
    const files: ConnectorFileTransferResult[] = [];
    let NextToken: string | undefined;
    do {
      const page = await upstream.send(
        new ListFileTransferResultsCommand({ ConnectorId: connectorId, TransferId: transferId, NextToken, MaxResults: 1000 }),
        this.meter,
        this.limiter,
        'read',
      );
      files.push(...(page.FileTransferResults ?? []));
      NextToken = page.NextToken;
    } while (NextToken);
    return files;
  }

  /** Ends every subscription and stops every poller (the gateway is closing). */
  close(): void {
    for (const poller of [...this.pollers.values()]) poller.close();
  }
}
