import type { RedisConnection } from './redis';

/**
 * A store of AWS read results shared across requests (and, with Redis, across gateway replicas). Values are JSON
 * with Dates kept; every method may fail, and callers treat a failure as a miss.
 */
export interface CacheBackend {
  get(key: string): Promise<string | undefined>;
  /** What `get` would answer, at once, for a backend that need not wait to know (in process); absent otherwise. */
  peek?(key: string): string | undefined;
  set(key: string, value: string, ttlMs: number): Promise<void>;
  /** Increments a counter that never expires and returns its new value. */
  incr(key: string): Promise<number>;
  /** Reads counters; a missing one is 0. */
  counters(keys: string[]): Promise<number[]>;
  /** Calls `listener` each time the backend answers again after failing (Redis back up); never, for one that cannot fail. */
  onUp?(listener: () => void): void;
  close(): Promise<void>;
}

/** In-process backend: a Map with expiry, bounded in size (oldest entries go first). */
export class MemoryCacheBackend implements CacheBackend {
  private readonly entries = new Map<string, { value: string; expires: number }>();
  private readonly counterValues = new Map<string, number>();

  constructor(private readonly maxEntries = 50_000) {}

  async get(key: string): Promise<string | undefined> {
    return this.peek(key);
  }

  peek(key: string): string | undefined {
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

/** Redis backend (REDIS_URL), so that replicas share results and invalidations; the connection is the process's one. */
export class RedisCacheBackend implements CacheBackend {
  constructor(private readonly redis: RedisConnection) {}

  async get(key: string): Promise<string | undefined> {
    return (await this.redis.run((client) => client.get(key))) ?? undefined;
  }

  async set(key: string, value: string, ttlMs: number): Promise<void> {
    await this.redis.run((client) => client.set(key, value, { PX: ttlMs }));
  }

  async incr(key: string): Promise<number> {
    return this.redis.run((client) => client.incr(key));
  }

  async counters(keys: string[]): Promise<number[]> {
    const values = await this.redis.run((client) => client.mGet(keys));
    return values.map((v) => Number(v ?? 0));
  }

  onUp(listener: () => void): void {
    this.redis.onUp(listener);
  }

  /** The connection belongs to the gateway, which closes it. */
  async close(): Promise<void> {}
}
