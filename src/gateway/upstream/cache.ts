import { createClient } from 'redis';

type RedisClient = ReturnType<typeof createClient>;

/**
 * A store of AWS read results shared across requests (and, with Redis, across gateway replicas). Values are JSON
 * with Dates kept; every method may fail, and callers treat a failure as a miss.
 */
export interface CacheBackend {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string, ttlMs: number): Promise<void>;
  /** Increments a counter that never expires and returns its new value. */
  incr(key: string): Promise<number>;
  /** Reads counters; a missing one is 0. */
  counters(keys: string[]): Promise<number[]>;
  close(): Promise<void>;
}

/** In-process backend: a Map with expiry, bounded in size (oldest entries go first). */
export class MemoryCacheBackend implements CacheBackend {
  private readonly entries = new Map<string, { value: string; expires: number }>();
  private readonly counterValues = new Map<string, number>();

  constructor(private readonly maxEntries = 50_000) {}

  async get(key: string): Promise<string | undefined> {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expires <= Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  async set(key: string, value: string, ttlMs: number): Promise<void> {
    this.entries.delete(key);
    this.entries.set(key, { value, expires: Date.now() + ttlMs });
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }

  async incr(key: string): Promise<number> {
    const next = (this.counterValues.get(key) ?? 0) + 1;
    this.counterValues.set(key, next);
    return next;
  }

  async counters(keys: string[]): Promise<number[]> {
    return keys.map((k) => this.counterValues.get(k) ?? 0);
  }

  async close(): Promise<void> {
    this.entries.clear();
  }
}

/** Redis backend (REDIS_URL), so that replicas share results and invalidations. */
export class RedisCacheBackend implements CacheBackend {
  private constructor(private readonly client: RedisClient) {}

  /** Connects with a short timeout and no endless reconnect loop: a cache that is down must not hold requests. */
  static async connect(url: string, connectTimeoutMs = 2000): Promise<RedisCacheBackend> {
    const client = createClient({
      url,
      socket: { connectTimeout: connectTimeoutMs, reconnectStrategy: (retries) => (retries > 20 ? false : Math.min(retries * 100, 2000)) },
      disableOfflineQueue: true,
    });
    client.on('error', () => undefined); // failures surface per command; callers degrade to no cache
    await client.connect();
    return new RedisCacheBackend(client as RedisClient);
  }

  async get(key: string): Promise<string | undefined> {
    return (await this.client.get(key)) ?? undefined;
  }

  async set(key: string, value: string, ttlMs: number): Promise<void> {
    await this.client.set(key, value, { PX: ttlMs });
  }

  async incr(key: string): Promise<number> {
    return this.client.incr(key);
  }

  async counters(keys: string[]): Promise<number[]> {
    const values = await this.client.mGet(keys);
    return values.map((v) => Number(v ?? 0));
  }

  /** Closes gracefully when connected; a client still trying to reconnect is dropped at once. */
  async close(): Promise<void> {
    if (this.client.isReady) await this.client.close().catch(() => this.client.destroy());
    else this.client.destroy();
  }
}
