import type { Server } from 'node:http';

/**
 * Graceful stop of an HTTP server: counts requests in flight; `drain` stops accepting connections, closes idle
 * keep-alive ones, asks clients to close the rest after their answer, and waits (bounded) for the requests in flight.
 */
export class Drain {
  private inFlight = 0;
  private draining = false;
  private idle: Array<() => void> = [];

  constructor(private readonly server: Server) {
    server.prependListener('request', (_req, res) => {
      this.inFlight += 1;
      if (this.draining) res.setHeader('connection', 'close');
      res.once('close', () => {
        this.inFlight -= 1;
        if (this.inFlight === 0) this.idle.splice(0).forEach((resolve) => resolve());
      });
    });
  }

  /** Whether a drain has begun: new requests should be refused (503) and readiness should fail. */
  get started(): boolean {
    return this.draining;
  }

  /** Requests being answered now. */
  get active(): number {
    return this.inFlight;
  }

  /** Stops taking connections and waits up to `graceMs` for the requests in flight; answers whether they all finished. */
  async drain(graceMs: number): Promise<boolean> {
    this.draining = true;
    this.server.close();
    this.server.closeIdleConnections();
    if (this.inFlight === 0) return true;
    let timer: NodeJS.Timeout | undefined;
    const finished = await Promise.race([
      new Promise<boolean>((resolve) => this.idle.push(() => resolve(true))),
      new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), graceMs))),
    ]);
    clearTimeout(timer);
    return finished;
  }
}
