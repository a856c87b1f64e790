import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from '../context';
import { abortAfter, type TimedSignal } from '../timed-signal';

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

/**
 * Says DEADLINE_EXCEEDED instead of UPSTREAM_UNAVAILABLE on paths whose AWS calls the request deadline aborted: the
 * deadline's signal reaches the SDK through the context, which cancels the HTTP calls in flight.
 */
export function requestDeadlinePlugin(options: RequestDeadlineOptions): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (!contextValue?.deadline?.passed || response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            if (error.extensions?.code !== 'UPSTREAM_UNAVAILABLE' || error.extensions.awsError) continue;
            (error as { message: string }).message = `The request deadline of ${options.deadlineMs} ms passed before AWS answered`;
            (error.extensions as Record<string, unknown>).code = 'DEADLINE_EXCEEDED';
          }
        },
      };
    },
  };
}
