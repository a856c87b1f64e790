/** How long `until` waits and what it says when the condition never held. */
export interface UntilOptions {
  /** The bound, in ms (5 s unless said). */
  timeoutMs?: number;
  /** What was awaited, for the failure's message; a function is asked at the end, so it can show the last state seen. */
  what: string | (() => string | Promise<string>);
  /** Pause between checks, in ms (20 unless said). */
  intervalMs?: number;
}

/**
 * Waits until `condition` holds, checking it every `intervalMs`, for at most `timeoutMs`; then fails naming `what`.
 * The one way specs wait for something to happen: never a fixed sleep.
 */
export async function until(
  condition: () => boolean | Promise<boolean>,
  { timeoutMs = 5000, what, intervalMs = 20 }: UntilOptions,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await condition()) return;
    if (Date.now() >= deadline) {
      const said = typeof what === 'function' ? await what() : what;
      throw new Error(`not within ${timeoutMs} ms: ${said}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
