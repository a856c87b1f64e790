import type { createClient } from 'redis';

type RedisClient = ReturnType<typeof createClient>;

/** node-redis, loaded with the first connection: it is a fifth of the gateway's start-up, and most runs have no REDIS_URL. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const nodeRedis = (): typeof import('redis') => require('redis') as typeof import('redis');

/** How the gateway talks to Redis (the shared cache and the cost budget share one connection and one policy). */
export interface RedisOptions {
  /** redis:// or rediss:// URL (REDIS_URL). */
  url: string;
  /** Time allowed for one command, queueing included, in ms (REDIS_TIMEOUT_MS). */
  timeoutMs: number;
  /** Told once per change of state: Redis went down (with why) or came back. */
  log?: (message: string, error?: unknown) => void;
}

/** Consecutive failed commands that open the breaker (a timeout opens it at once). */
const FAILURES_TO_OPEN = 3;
/** Pauses between reconnects and between probes of an open breaker: doubling from the first, capped at the last. */
const BACKOFF_MS = { first: 100, cap: 2000 };

/** What a command gets while the breaker is open: Redis is not asked at all. */
export class RedisUnavailableError extends Error {
  constructor(readonly host: string) {
    super(`Redis at ${host} is unavailable; not asked`);
    this.name = 'RedisUnavailableError';
  }
}

/** What a command gets when Redis did not answer within REDIS_TIMEOUT_MS. */
export class RedisTimeoutError extends Error {
  constructor(
    readonly timeoutMs: number,
    /** The command never left this process (node-redis still held it to write). */
    readonly unsent = false,
  ) {
    super(`Redis did not answer within ${timeoutMs} ms`);
    this.name = 'RedisTimeoutError';
  }
}

const backoff = (attempt: number) => {
  const ms = Math.min(BACKOFF_MS.first * 2 ** Math.min(attempt, 16), BACKOFF_MS.cap);
  return Math.round(ms / 2 + (Math.random() * ms) / 2);
};

/**
 * The one Redis connection of the process. Every command is bounded by `timeoutMs`; after a timeout, FAILURES_TO_OPEN
 * failures in a row or the socket dropping, the breaker opens and commands fail at once with RedisUnavailableError, without
 * touching Redis, while a PING probes it with backoff; the first answered probe closes the breaker and tells the
 * `onUp` listeners. The socket reconnects for ever, with capped backoff. Nothing waits on Redis to start: `connect` returns
 * at once, and commands sent before the first connection fail within their timeout.
 */
export class RedisConnection {
  private client!: RedisClient;
  private open = false;
  private failures = 0;
  /** Commands Redis answered so far (a reply or an error reply). */
  private answers = 0;
  private probes = 0;
  private probeTimer?: NodeJS.Timeout;
  private closed = false;
  private readonly upListeners: Array<() => void> = [];
  readonly host: string;

  private constructor(private readonly options: RedisOptions) {
    this.host = new URL(options.url).host;
  }

  /** A connection to `options.url`, being made in the background. */
  static connect(options: RedisOptions): RedisConnection {
    const connection = new RedisConnection(options);
    connection.client = connection.newClient();
    return connection;
  }

  /** Whether commands are sent to Redis (the breaker is closed). */
  get available(): boolean {
    return !this.open && !this.closed;
  }

  /** Calls `listener` each time the breaker closes (Redis answers again). */
  onUp(listener: () => void): void {
    this.upListeners.push(listener);
  }

  /** Runs one command within the timeout; fails at once while the breaker is open. */
  async run<T>(command: (client: RedisClient) => Promise<T>): Promise<T> {
    if (!this.available) throw new RedisUnavailableError(this.host);
    const asked = this.answers;
    try {
      const result = await this.bounded(command);
      this.answers += 1;
      this.failures = 0;
      return result;
    } catch (error) {
      // An error reply is Redis answering: it says nothing about the connection.
      if (error instanceof nodeRedis().ErrorReply) {
        this.answers += 1;
        throw error;
      }
      // The breaker is for a Redis that stopped answering. A command that was never written on a ready connection, or
      // one that waited while Redis answered others, waited behind this process's own busy event loop: it fails alone.
      if (error instanceof RedisTimeoutError && ((error.unsent && this.client.isReady) || this.answers > asked)) throw error;
      // One unanswered command is enough: waiting REDIS_TIMEOUT_MS again on every request is what the breaker prevents.
      this.failures += 1;
      if (this.failures >= FAILURES_TO_OPEN || error instanceof RedisTimeoutError) this.trip(error);
      throw error;
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.probeTimer);
    const client = this.client;
    if (client.isReady)
      await Promise.race([client.close(), new Promise((resolve) => setTimeout(resolve, this.options.timeoutMs))]).catch(() => undefined);
    client.destroy();
  }

  private newClient(): RedisClient {
    const client = nodeRedis().createClient({
      url: this.options.url,
      // Reconnect for ever; each attempt's socket connect is bounded like a command.
      socket: { connectTimeout: Math.max(this.options.timeoutMs, 1000), reconnectStrategy: (retries) => backoff(retries) },
    }) as unknown as RedisClient;
    // Failures surface per command and as one log line per change of state; the events would repeat each attempt.
    let lastError: unknown;
    client.on('error', (error: unknown) => (lastError = error));
    // A socket that failed or dropped opens the breaker at once: commands would only queue until their timeout.
    client.on('reconnecting', () => {
      if (client === this.client) this.trip(lastError ?? new Error('connection closed'));
    });
    client.on('ready', () => {
      if (client === this.client && this.open) this.probeSoon(0);
    });
    client.connect().catch(() => undefined);
    return client;
  }

  /**
   * node-redis's own `timeout` takes a command off the queue while it waits to be written (offline or connecting),
   * but not once written: a hung Redis (TCP open, no replies) keeps it. The race bounds that wait; a late reply still
   * pairs with its own command, since the queue keeps its place.
   */
  private bounded<T>(command: (client: RedisClient) => Promise<T>): Promise<T> {
    const timeoutMs = this.options.timeoutMs;
    let timer: NodeJS.Timeout | undefined;
    // The timer fires before this turn's I/O is read: on a busy event loop a reply that came in time may be waiting
    // in the socket. setImmediate runs after the poll phase that reads it, so only a reply that truly is late loses.
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => setImmediate(() => reject(new RedisTimeoutError(timeoutMs))), timeoutMs);
    });
    // node-redis's TimeoutError (the command never left the queue) is the same failure as the race's.
    const sent = command(this.client.withCommandOptions({ timeout: timeoutMs }) as unknown as RedisClient).catch((error: unknown) => {
      throw error instanceof nodeRedis().TimeoutError ? new RedisTimeoutError(timeoutMs, true) : error;
    });
    sent.catch(() => undefined);
    return Promise.race([sent, timedOut]).finally(() => clearTimeout(timer));
  }

  private trip(error: unknown): void {
    if (this.closed) return;
    if (!this.open) {
      this.open = true;
      this.probes = 0;
      this.options.log?.(
        `Redis at ${this.host} is down (${describe(error)}): serving without the shared cache, and the cost budget in memory, until it answers again`,
      );
      this.probeSoon(backoff(0));
    }
    // Commands written to a connection that stopped answering would wait there for ever: start a fresh one.
    if (error instanceof RedisTimeoutError) this.recycle();
  }

  private recycle(): void {
    const old = this.client;
    this.client = this.newClient();
    old.destroy();
  }

  private probeSoon(ms: number): void {
    clearTimeout(this.probeTimer);
    if (this.closed) return;
    this.probeTimer = setTimeout(() => void this.probe(), ms);
    this.probeTimer.unref();
  }

  /** Half-open: one PING; answered, the breaker closes; otherwise the next probe waits longer. */
  private async probe(): Promise<void> {
    if (!this.open || this.closed) return;
    try {
      await this.bounded((client) => client.ping());
    } catch (error) {
      this.probes += 1;
      if (error instanceof RedisTimeoutError) this.recycle();
      this.probeSoon(backoff(this.probes));
      return;
    }
    // A second probe (the fresh socket's `ready` while one was in flight) may have closed the breaker already.
    if (!this.open || this.closed) return;
    this.open = false;
    this.failures = 0;
    this.options.log?.(`Redis at ${this.host} is up again: the shared cache and the shared cost budget are back`);
    for (const listener of this.upListeners) listener();
  }
}

/** The system error code behind a failure (node-redis re-wraps socket errors, keeping only the text), else its message. */
function describe(error: unknown): string {
  // Duck-typed: socket errors may come from another realm (node's own), where instanceof Error fails.
  const { code, cause, message } = (error ?? {}) as { code?: unknown; cause?: { code?: unknown }; message?: unknown };
  const text = typeof message === 'string' ? message : String(error);
  const found = [code, cause?.code].find((c) => typeof c === 'string') ?? /\bE[A-Z]{3,}\b/.exec(text)?.[0];
  return typeof found === 'string' ? found : text;
}
