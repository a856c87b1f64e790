/**
 * An abort signal that fires after `ms`, or as soon as `parent` does, and lets go of its timer the moment the work it
 * guards is over. `AbortSignal.timeout` and `AbortSignal.any` would keep a timer, the signals and their listeners alive
 * until the time runs out (seconds after the call answered), so every AWS call's bookkeeping would outlive the young
 * generation and pile up as old-space garbage.
 */
export interface TimedSignal {
  readonly signal: AbortSignal;
  /** Whether the time ran out (as opposed to the parent aborting). */
  readonly timedOut: boolean;
  /** Stops the clock and detaches from the parent; the signal no longer fires. */
  dispose(): void;
}

export function abortAfter(ms: number, parent?: AbortSignal): TimedSignal {
  const controller = new AbortController();
  let timedOut = false;
  const onParentAbort = () => controller.abort(parent!.reason);
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException(`Timed out after ${ms} ms`, 'TimeoutError'));
  }, ms);
  timer.unref();
  if (parent?.aborted) onParentAbort();
  else parent?.addEventListener('abort', onParentAbort, { once: true });
  return {
    signal: controller.signal,
    get timedOut() {
      return timedOut;
    },
    dispose() {
      clearTimeout(timer);
      parent?.removeEventListener('abort', onParentAbort);
    },
  };
}
