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
  error(error: unknown): void;
}

/**
 * Describe and List results shared across requests for `ttlMs`. Each family has a version counter in the backend;
 * keys carry it, so a write invalidates a whole family at once by bumping the counter (in Redis, for every
 * replica). Identical reads in flight in this process share one AWS call. Any backend failure is a miss.
 */
export class SharedCache {
  private readonly inflight = new Map<string, Promise<unknown>>();

  constructor(
    private readonly backend: CacheBackend,
    private readonly ttlMs: number,
    /** Distinguishes upstreams (endpoint and region) sharing one backend. */
    private readonly namespace: string,
    private readonly events: CacheEvents,
  ) {}

  /** Versions as one request sees them: read once, re-read after the request's own writes. */
  requestView(): RequestCacheView {
    return new RequestCacheView(this);
  }

  async versionOf(family: CacheFamily): Promise<number> {
    try {
      const [version] = await this.backend.counters([this.counterKey(family)]);
      return version;
    } catch (error) {
      this.events.error(error);
      return -1; // unknown: the read bypasses the cache
    }
  }

  async read<T>(family: CacheFamily, version: number, operation: string, input: object, load: () => Promise<T>): Promise<T> {
    if (version < 0) return load();
    const key = `${this.namespace}:${family}:v${version}:${operation}:${JSON.stringify(input)}`;
    const shared = this.inflight.get(key);
    if (shared) {
      this.events.hit(family);
      return shared as Promise<T>;
    }
    const pending = this.lookup(family, key, load).finally(() => this.inflight.delete(key));
    this.inflight.set(key, pending);
    return pending;
  }

  async invalidate(families: CacheFamily[]): Promise<void> {
    await Promise.all(
      families.map((family) => this.backend.incr(this.counterKey(family)).catch((error: unknown) => this.events.error(error))),
    );
  }

  close(): Promise<void> {
    return this.backend.close();
  }

  /** The same backend and lifetime for another upstream (another region); closing the backend stays with this one. */
  forNamespace(namespace: string): SharedCache {
    return new SharedCache(this.backend, this.ttlMs, namespace, this.events);
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
