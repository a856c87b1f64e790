import { createLoaders, type Loaders } from './upstream/loaders';
import { Limiter } from './upstream/limiter';
import { UpstreamMeter } from './upstream/meter';
import type { RequestUpstream, Upstream } from './upstream/client';

/** What every resolver of one GraphQL request sees. */
export interface GatewayContext {
  upstream: RequestUpstream;
  loaders: Loaders;
  /** The AWS region this gateway serves; node ids carry it. */
  region: string;
}

/** A fresh context per request: its own loaders, call meter and concurrency cap. */
export function createContext(upstream: Upstream, concurrencyPerRequest: number, signal?: AbortSignal): GatewayContext {
  const requestUpstream = upstream.forRequest(new UpstreamMeter(), new Limiter(concurrencyPerRequest), signal);
  return { upstream: requestUpstream, loaders: createLoaders(requestUpstream), region: upstream.target.region };
}
