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

/** When each timed signal fires at the latest (epoch ms), so that work under it can tell whether it needs a bound of its own. */
const expiries = new WeakMap<AbortSignal, number>();

/** The epoch ms by which `signal` fires at the latest, when it is a timed signal (or a timed signal's child); else undefined. */
export function expiryOf(signal: AbortSignal): number | undefined {
  return expiries.get(signal);
}

export function abortAfter(ms: number, parent?: AbortSignal): TimedSignal {
  const controller = new AbortController();
  const parentExpiry = parent && expiries.get(parent);
  expiries.set(controller.signal, Math.min(Date.now() + ms, parentExpiry ?? Infinity));
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
      expiries.delete(controller.signal);
      parent?.removeEventListener('abort', onParentAbort);
    },
  };
}
