/**
 * A push-driven async iterator: the producer pushes values and ends the stream; the consumer pulls them. A consumer
 * that leaves early (`return()`, as graphql-ws does when a client unsubscribes) is reported once through `onLeave`,
 * at once, even while it waits for the next value.
 */
export class EventQueue<T> implements AsyncIterableIterator<T> {
  private readonly buffered: T[] = [];
  private readonly waiting: Array<(result: IteratorResult<T>) => void> = [];
  private ended = false;
  private left = false;

  constructor(private readonly onLeave: () => void) {}

  /** Hands a value to the consumer (buffered until it asks); ignored once the stream ended. */
  push(value: T): void {
    if (this.ended) return;
    const waiter = this.waiting.shift();
    if (waiter) waiter({ value, done: false });
    else this.buffered.push(value);
  }

  /** Ends the stream after the values already pushed. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    for (const waiter of this.waiting.splice(0)) waiter({ value: undefined, done: true });
  }

  next(): Promise<IteratorResult<T>> {
    if (this.buffered.length) return Promise.resolve({ value: this.buffered.shift()!, done: false });
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  async return(): Promise<IteratorResult<T>> {
    this.buffered.length = 0;
    this.end();
    if (!this.left) {
      this.left = true;
      this.onLeave();
    }
    return { value: undefined, done: true };
  }

  async throw(error: unknown): Promise<IteratorResult<T>> {
    await this.return();
    throw error;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}
