/** Told the outcome of every AWS call attempt: `ok`, or the error's name (e.g. `ThrottlingException`, `TimeoutError`). */
export type CallObserver = (operation: string, outcome: string) => void;

/** The outcome label of a failed call: the AWS exception or JavaScript error name, bounded to a plain identifier. */
export function callOutcomeOf(error: unknown): string {
  const name = (error as { name?: unknown } | undefined)?.name;
  return typeof name === 'string' && /^[A-Za-z][A-Za-z0-9]{0,63}$/.test(name) ? name : 'Error';
}

/** Smithy middleware reporting each attempt's outcome; added outside the deserializer so AWS errors arrive parsed. */
export function callOutcomeMiddleware(operation: string, observe: CallObserver) {
  return (next: (args: unknown) => Promise<unknown>) => async (args: unknown) => {
    try {
      const result = await next(args);
      observe(operation, 'ok');
      return result;
    } catch (error) {
      observe(operation, callOutcomeOf(error));
      throw error;
    }
  };
}
