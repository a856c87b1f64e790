import { setMaxListeners } from 'node:events';
import { createLoaders, type Loaders } from '../upstream/loaders';
import { Limiter } from '../upstream/limiter';
import { UpstreamMeter } from '../upstream/meter';
import type { RequestUpstream, RegionUpstream } from '../upstream/client';
import type { Principal } from './roles';
import type { RequestDeadline } from './deadline';
import type { WriteReport } from './write-report';
import { RegionalUpstreams, RequestRegions } from './regions';

/** How much each field weighs (the cost model's weights), for counting the actual cost as fields resolve. */
export interface FieldWeights {
  weight(typeName: string, fieldName: string): number;
  /** Whether the field weighs per item of the list it resolves to. */
  weighsPerItem(typeName: string, fieldName: string): boolean;
}

/** The cost of one request: requested before it runs, actual as fields resolve, by `weights`. */
export interface RequestCost {
  requested: number;
  actual: number;
  weights: FieldWeights;
}

/** What one mutation field answered, whatever the client selected of its payload: read by the audit trail. */
export interface MutationRecord {
  /** The field's response key (its alias, else its name). */
  responseKey: string;
  /** Whether its input asked for a dry run. */
  dryRun: boolean;
  /** The codes of its payload's userErrors, in order; empty when it was not refused. */
  userErrorCodes: string[];
  /** The payload says the work is not finished (`complete: false`, as a rotation with a FAILED profile answers). */
  incomplete: boolean;
}

/**
 * What every resolver of one GraphQL request sees. Per-request state lives here, as fields: another region's context
 * is a copy of this one (regions.ts), so state kept elsewhere by context (a WeakMap) would be lost in it; mutable
 * state is an object made once per request, which the copies share.
 */
export interface GatewayContext {
  upstream: RequestUpstream;
  loaders: Loaders;
  /** The AWS region this gateway serves; node ids carry it. */
  region: string;
  /** Who is calling, when the gateway runs with security options. */
  principal?: Principal;
  /** When the request must be answered by; its signal aborts the request's AWS calls. */
  deadline?: RequestDeadline;
  /** Every region served (TRANSFER_REGIONS) and their contexts; see regions.ts. */
  regions?: RequestRegions;
  /** What the request's creates needed beyond one plain call, in order (extensions.writes); shared by every region's context. */
  writes: WriteReport[];
  /** What each mutation field of the request answered, as its resolver returned it (for the audit trail); shared likewise. */
  mutations: MutationRecord[];
  /** The request's requested and actual cost, once its operation has been resolved (query-limits). */
  cost?: RequestCost;
}

/** A fresh context per request: its own loaders, call meter and concurrency cap (shared by every region in `regions`). */
export function createContext(
  upstream: RegionUpstream,
  concurrencyPerRequest: number,
  signal?: AbortSignal,
  regions?: RegionalUpstreams,
): GatewayContext {
  // The parent of the signal of every AWS call the request makes, queued ones included: hundreds of listeners, each
  // removed when its call ends, are how it is used, not a leak to warn about.
  if (signal) setMaxListeners(0, signal);
  const meter = new UpstreamMeter();
  const limiter = new Limiter(concurrencyPerRequest);
  const requestUpstream = upstream.forRequest(meter, limiter, signal);
  const ctx: GatewayContext = {
    upstream: requestUpstream,
    loaders: createLoaders(requestUpstream),
    region: upstream.target.region,
    writes: [],
    mutations: [],
  };
  if (regions?.several) ctx.regions = new RequestRegions(regions, meter, limiter, signal);
  return ctx;
}
