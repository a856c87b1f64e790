import { RegionUpstream, type RequestUpstream, type UpstreamTarget } from '../upstream/client';
import type { Limiter } from '../upstream/limiter';
import { createLoaders, type Loaders } from '../upstream/loaders';
import type { UpstreamMeter } from '../upstream/meter';

/** What of a request's context depends on its region: the request context (context.ts) is one of these. */
export interface RegionScoped {
  region: string;
  upstream: RequestUpstream;
  loaders: Loaders;
  regions?: RequestRegions;
}

/** The process-wide upstream of every region served (TRANSFER_REGIONS), the gateway's own region first. */
export class RegionalUpstreams {
  readonly byRegion: ReadonlyMap<string, RegionUpstream>;

  constructor(
    /** The upstream of the gateway's own region: the default of creates, and where a bare AWS id is looked up. */
    readonly primary: RegionUpstream,
    others: RegionUpstream[] = [],
  ) {
    this.byRegion = new Map([primary, ...others].map((u) => [u.target.region, u]));
  }

  /**
   * The upstreams of `regions` (the first being `primary`'s): the same endpoint for each (the emulator tells regions
   * apart by the SigV4 scope; real AWS by its regional endpoints) unless `endpoints` names another for a region.
   */
  static of(
    primary: RegionUpstream,
    regions: readonly string[] | undefined,
    make: (target: UpstreamTarget) => RegionUpstream,
    endpoints: Record<string, string> = {},
  ): RegionalUpstreams {
    const others = (regions ?? []).filter((region) => region !== primary.target.region);
    return new RegionalUpstreams(
      primary,
      others.map((region) => make({ region, endpoint: endpoints[region] ?? primary.target.endpoint })),
    );
  }

  /** Whether more than one region is served. */
  get several(): boolean {
    return this.byRegion.size > 1;
  }

  /** The clients of the other regions (the primary's belongs to whoever made it). */
  destroy(): void {
    for (const upstream of this.byRegion.values()) if (upstream !== this.primary) upstream.destroy();
  }
}

/** The shared-cache namespace of an upstream: results of different endpoints and regions never mix. */
export const cacheNamespace = (target: UpstreamTarget) => `tg:${target.endpoint ?? 'aws'}:${target.region}`;

/** A region that failed while the request read from several: its data is left out and the answer says so. */
export interface RegionFailure {
  region: string;
  error: unknown;
  /** The response path of the field whose data lacks the region. */
  path: ReadonlyArray<string | number>;
}

/**
 * The regions one request may read from and write to. The context of the gateway's own region is the request's; another
 * region's is made on first use, sharing the request's call meter, concurrency cap and abort signal, with loaders
 * of its own.
 */
export class RequestRegions {
  /** The context of each other region, made on first use. */
  private readonly contexts = new Map<string, RegionScoped>();
  /** Regions that failed during this request, in the order they failed; read by the region-failures plugin. */
  readonly failures: RegionFailure[] = [];

  constructor(
    readonly upstreams: RegionalUpstreams,
    private readonly meter: UpstreamMeter,
    private readonly limiter: Limiter,
    private readonly signal?: AbortSignal,
  ) {}

  /** Every region served, the gateway's own first. */
  get names(): string[] {
    return [...this.upstreams.byRegion.keys()];
  }

  /** `ctx` as seen from `region`: ctx itself when it is of that region, undefined for a region not served. */
  in<C extends RegionScoped>(ctx: C, region: string): C | undefined {
    if (region === ctx.region) return ctx;
    const upstream = this.upstreams.byRegion.get(region);
    if (!upstream) return undefined;
    let regional = this.contexts.get(region);
    if (!regional) {
      // A copy: the request's state (write reports, cost, principal, deadline) is shared by reference.
      const requestUpstream = upstream.forRequest(this.meter, this.limiter, this.signal);
      regional = { ...ctx, upstream: requestUpstream, loaders: createLoaders(requestUpstream), region };
      this.contexts.set(region, regional);
    }
    // Every context of one request is a copy of the same request context, so of the same type C.
    return regional as C;
  }

  /** Records that `region` failed while reading the field at `path`, once per region and field. */
  fail(region: string, error: unknown, path: ReadonlyArray<string | number>): void {
    const key = JSON.stringify(path);
    if (!this.failures.some((f) => f.region === region && JSON.stringify(f.path) === key)) this.failures.push({ region, error, path });
  }
}

/** The context of `region` for this request, or undefined when the gateway does not serve it. */
export function regionalContext<C extends RegionScoped>(ctx: C, region: string): C | undefined {
  if (region === ctx.region) return ctx;
  return ctx.regions?.in(ctx, region);
}

/** The context of every region served, the gateway's own first (just `ctx` with one region). */
export function everyRegion<C extends RegionScoped>(ctx: C): C[] {
  return ctx.regions ? ctx.regions.names.map((region) => regionalContext(ctx, region)!) : [ctx];
}
