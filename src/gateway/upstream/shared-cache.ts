import { parseWithDates, stringifyWithDates } from '../../shared/dated-json';
import type { CacheBackend } from './cache';

/** Resource families whose cached reads a write invalidates together. */
export type CacheFamily = 'servers' | 'agreements' | 'profiles' | 'certificates' | 'connectors';

const FAMILY_OF_ARN_TYPE: Record<string, CacheFamily> = {
  server: 'servers',
  agreement: 'agreements',
  profile: 'profiles',
  certificate: 'certificates',
  connector: 'connectors',
};

/** The family a read belongs to, or undefined for reads that are never cached (live transfer status, tests). */
export function familyOfRead(operation: string, input: { Arn?: string }): CacheFamily | undefined {
  if (operation === 'ListTagsForResource') return familyOfArn(input.Arn);
  const m = /^(?:Describe|List)(Server|Agreement|Profile|Certificate|Connector)s?$/.exec(operation);
  return m ? (`${m[1].toLowerCase()}s` as CacheFamily) : undefined;
}

/** The families a write changes; DeleteServer takes the server's agreements with it. */
export function familiesOfWrite(operation: string, input: { Arn?: string }): CacheFamily[] {
  if (operation === 'TagResource' || operation === 'UntagResource') {
    const family = familyOfArn(input.Arn);
    return family ? [family] : [];
  }
  if (operation === 'DeleteServer') return ['servers', 'agreements'];
  const m = /^(?:Create|Update|Delete|Start|Stop|Import)(Server|Agreement|Profile|Certificate|Connector)$/.exec(operation);
  return m ? [`${m[1].toLowerCase()}s` as CacheFamily] : [];
}

function familyOfArn(arn: string | undefined): CacheFamily | undefined {
  const type = /^arn:[^:]+:transfer:[^:]*:[^:]*:([a-z-]+)\//.exec(arn ?? '')?.[1];
  return type ? FAMILY_OF_ARN_TYPE[type] : undefined;
}

export interface CacheEvents {
  hit(family: CacheFamily): void;
  miss(family: CacheFamily): void;
  /** A backend call failed (the read went to AWS, or an invalidation is pending); the Redis connection logs its own state. */
  error(error: unknown): void;
}

/** Loads a read from AWS; `signal` aborts the call. */
export type Load<T> = (signal?: AbortSignal) => Promise<T>;

/** One AWS read shared by the requests waiting on it; aborted when the last of them leaves. */
interface SharedRead {
  promise: Promise<unknown>;
  waiters: number;
  abort: AbortController;
}

/** A family bump that did not reach the backend: how many failed, and the replay under way if any. */
interface PendingBump {
  failures: number;
  replay?: Promise<boolean>;
}

/**
 * Describe and List results shared across requests for `ttlMs`. Each family has a version counter in the backend;
 * keys carry it, so a write invalidates a whole family at once by bumping the counter (in Redis, for every
 * replica). A bump that fails stays pending: this process reads that family past the cache until the bump has been
 * made (replayed when the backend is back, or before the family's next read). Identical reads in flight in this
 * process share one AWS call, which ends only when no one waits on it. Any other backend failure is a miss.
 */
export class SharedCache {
  private readonly inflight = new Map<string, SharedRead>();
  /** Counter keys whose bump did not reach the backend; shared by every namespace. */
  private readonly pending: Map<string, PendingBump>;

  constructor(
    private readonly backend: CacheBackend,
    private readonly ttlMs: number,
    /** Distinguishes upstreams (endpoint and region) sharing one backend. */
    private readonly namespace: string,
    private readonly events: CacheEvents,
    pending?: Map<string, PendingBump>,
  ) {
    this.pending = pending ?? new Map<string, PendingBump>();
    if (!pending) backend.onUp?.(() => void this.replayPending());
  }

  /** Versions as one request sees them: read once, re-read after the request's own writes. */
  requestView(): RequestCacheView {
    return new RequestCacheView(this);
  }

  async versionOf(family: CacheFamily): Promise<number> {
    const key = this.counterKey(family);
    if (this.pending.has(key) && !(await this.replay(key))) return -1;
    try {
      const [version] = await this.backend.counters([key]);
      return version;
    } catch (error) {
      this.events.error(error);
      return -1; // unknown: the read bypasses the cache
    }
  }

  /**
   * `load`'s result, from the cache when it holds it; otherwise from one AWS call shared with the identical reads in
   * flight. `signal` is this reader's: when it aborts, this reader leaves, and the call is aborted only if it was the last.
   */
  async read<T>(family: CacheFamily, version: number, operation: string, input: object, load: Load<T>, signal?: AbortSignal): Promise<T> {
    if (version < 0) return load(signal);
    const key = `${this.namespace}:${family}:v${version}:${operation}:${JSON.stringify(input)}`;
    // A hit the backend knows at once (in process) needs no shared call, no abort controller and no listener.
    const known = this.backend.peek?.(key);
    if (known !== undefined) {
      if (signal?.aborted) throw abortError();
      this.events.hit(family);
      return parseWithDates<T>(known);
    }
    let shared = this.inflight.get(key);
    if (shared) this.events.hit(family);
    else {
      const abort = new AbortController();
      const made: SharedRead = { waiters: 0, abort, promise: Promise.resolve() };
      made.promise = this.lookup(family, key, () => load(abort.signal)).finally(() => {
        if (this.inflight.get(key) === made) this.inflight.delete(key);
      });
      made.promise.catch(() => undefined);
      this.inflight.set(key, (shared = made));
    }
    return this.wait(key, shared, signal) as Promise<T>;
  }

  async invalidate(families: CacheFamily[]): Promise<void> {
    await Promise.all(
      families.map(async (family) => {
        const key = this.counterKey(family);
        try {
          await this.backend.incr(key);
        } catch (error) {
          // Swallowed, the bump would leave this family served stale from the cache until its entries expired.
          const bump = this.pending.get(key) ?? { failures: 0 };
          bump.failures += 1;
          this.pending.set(key, bump);
          this.events.error(error);
        }
      }),
    );
  }

  close(): Promise<void> {
    return this.backend.close();
  }

  /** The same backend and lifetime for another upstream (another region); closing the backend stays with this one. */
  forNamespace(namespace: string): SharedCache {
    return new SharedCache(this.backend, this.ttlMs, namespace, this.events, this.pending);
  }

  /** Makes every pending bump; a failed one stays pending. */
  async replayPending(): Promise<void> {
    await Promise.all([...this.pending.keys()].map((key) => this.replay(key)));
  }

  /**
   * Makes the pending bump of counter `key` (once, however many ask at the same time); answers whether nothing is
   * pending any more. A bump that fails again meanwhile stays pending: this replay may have reached Redis before it.
   */
  private replay(key: string): Promise<boolean> {
    const bump = this.pending.get(key);
    if (!bump) return Promise.resolve(true);
    if (!bump.replay) {
      const seen = bump.failures;
      bump.replay = this.backend.incr(key).then(
        () => {
          bump.replay = undefined;
          if (bump.failures !== seen) return false;
          this.pending.delete(key);
          return true;
        },
        (error: unknown) => {
          bump.replay = undefined;
          this.events.error(error);
          return false;
        },
      );
    }
    return bump.replay;
  }

  /** Joins `shared` until it settles or `signal` aborts; the last one to leave aborts the call. */
  private wait(key: string, shared: SharedRead, signal?: AbortSignal): Promise<unknown> {
    if (signal?.aborted) return Promise.reject(abortError());
    shared.waiters += 1;
    return new Promise((resolve, reject) => {
      const leave = () => {
        shared.waiters -= 1;
        if (shared.waiters === 0) {
          if (this.inflight.get(key) === shared) this.inflight.delete(key);
          shared.abort.abort();
        }
        reject(abortError());
      };
      signal?.addEventListener('abort', leave, { once: true });
      shared.promise.then(
        (value) => {
          signal?.removeEventListener('abort', leave);
          shared.waiters -= 1;
          resolve(value);
        },
        (error: unknown) => {
          signal?.removeEventListener('abort', leave);
          shared.waiters -= 1;
          reject(error);
        },
      );
    });
  }

  private async lookup<T>(family: CacheFamily, key: string, load: () => Promise<T>): Promise<T> {
    let cached: string | undefined;
    try {
      cached = await this.backend.get(key);
    } catch (error) {
      this.events.error(error);
    }
    if (cached !== undefined) {
      this.events.hit(family);
      return parseWithDates<T>(cached);
    }
    this.events.miss(family);
    const value = await load();
    // The SDK's response metadata describes one HTTP exchange; it is not part of the shared result.
    this.backend.set(key, stringifyWithDates(value, ['$metadata']), this.ttlMs).catch((error: unknown) => this.events.error(error));
    return value;
  }

  private counterKey(family: CacheFamily): string {
    return `${this.namespace}:version:${family}`;
  }
}

/** What a reader that left a shared read gets: what the SDK throws for an aborted call. */
function abortError(): Error {
  const error = new Error('Request aborted');
  error.name = 'AbortError';
  return error;
}

/** One request's view of the family versions. */
export class RequestCacheView {
  private readonly versions = new Map<CacheFamily, Promise<number>>();

  constructor(readonly cache: SharedCache) {}

  version(family: CacheFamily): Promise<number> {
    let version = this.versions.get(family);
    if (!version) this.versions.set(family, (version = this.cache.versionOf(family)));
    return version;
  }

  async invalidate(families: CacheFamily[]): Promise<void> {
    families.forEach((f) => this.versions.delete(f));
    await this.cache.invalidate(families);
  }
}
