import { createLoaders, type Loaders } from './upstream/loaders';
import { Limiter } from './upstream/limiter';
import { UpstreamMeter } from './upstream/meter';
import type { RequestUpstream, Upstream } from './upstream/client';
import type { Principal } from './auth/roles';
import type { RequestDeadline } from './plugins/request-deadline';

/** What every resolver of one GraphQL request sees. */
export interface GatewayContext {
  upstream: RequestUpstream;
  loaders: Loaders;
  /** The AWS region this gateway serves; node ids carry it. */
  region: string;
  /** Who is calling, when the gateway runs with security options. */
  principal?: Principal;
  /** When the request must be answered by; its signal aborts the request's AWS calls. */
  deadline?: RequestDeadline;
}

/** A fresh context per request: its own loaders, call meter and concurrency cap. */
export function createContext(upstream: Upstream, concurrencyPerRequest: number, signal?: AbortSignal): GatewayContext {
  const requestUpstream = upstream.forRequest(new UpstreamMeter(), new Limiter(concurrencyPerRequest), signal);
  return { upstream: requestUpstream, loaders: createLoaders(requestUpstream), region: upstream.target.region };
}
