import { abortAfter, type TimedSignal } from '../upstream/timed-signal';

/** How long one GraphQL request may take. */
export interface RequestDeadlineOptions {
  /** Time from the start of a request after which its AWS calls are aborted (REQUEST_DEADLINE_MS). */
  deadlineMs: number;
}

/** The deadline of one request: a signal that fires when it passes (or the client goes away), and when that is. */
export class RequestDeadline {
  private constructor(
    readonly signal: AbortSignal,
    /** Epoch ms when the deadline passes. */
    readonly expiresAt: number,
    private readonly timed: TimedSignal,
  ) {}

  /** Starts the clock; `closed` is the request's own abort (the client closed the connection). */
  static start(options: RequestDeadlineOptions, closed?: AbortSignal): RequestDeadline {
    const timed = abortAfter(options.deadlineMs, closed);
    return new RequestDeadline(timed.signal, Date.now() + options.deadlineMs, timed);
  }

  /** Whether the deadline itself (not the client) ended the request. */
  get passed(): boolean {
    return this.timed.timedOut;
  }

  /** Stops the clock once the request is answered. */
  end(): void {
    this.timed.dispose();
  }

  /** Milliseconds left, never negative. */
  remainingMs(): number {
    return Math.max(0, this.expiresAt - Date.now());
  }
}
