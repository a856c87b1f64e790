/** How /readyz checks the upstream. */
export interface ReadinessOptions {
  /** How long a verdict is reused, in ms: probes and scrapers hitting /readyz never multiply the calls to AWS. */
  cacheMs: number;
  /** How long one check may take, in ms, before the upstream counts as unavailable. */
  timeoutMs: number;
}

export const DEFAULT_READINESS: ReadinessOptions = { cacheMs: 2000, timeoutMs: 2000 };

/** What /readyz answers: ready, or the name of what went wrong (`TimeoutError` when the check ran out of time). */
export interface ReadinessVerdict {
  ready: boolean;
  error?: string;
}

/**
 * The upstream's readiness, checked at most once per `cacheMs` whatever the number of hits: concurrent hits share the
 * check in flight, and a check that does not answer within `timeoutMs` is aborted and answers not ready.
 */
export class Readiness {
  private cached?: { verdict: ReadinessVerdict; until: number };
  private running?: Promise<ReadinessVerdict>;

  constructor(
    private readonly check: (signal: AbortSignal) => Promise<unknown>,
    private readonly options: ReadinessOptions = DEFAULT_READINESS,
  ) {}

  /** The current verdict: the cached one while fresh, else that of the check in flight or of a new one. */
  verdict(): Promise<ReadinessVerdict> {
    if (this.cached && this.cached.until > Date.now()) return Promise.resolve(this.cached.verdict);
    this.running ??= this.run().finally(() => (this.running = undefined));
    return this.running;
  }

  private async run(): Promise<ReadinessVerdict> {
    const abort = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      abort.abort();
    }, this.options.timeoutMs);
    let verdict: ReadinessVerdict;
    try {
      await this.check(abort.signal);
      verdict = { ready: true };
    } catch (error) {
      verdict = { ready: false, error: timedOut ? 'TimeoutError' : (error as Error).name };
    } finally {
      clearTimeout(timer);
    }
    this.cached = { verdict, until: Date.now() + this.options.cacheMs };
    return verdict;
  }
}
