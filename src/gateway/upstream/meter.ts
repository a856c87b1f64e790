/** The AWS calls one GraphQL request made, reported in `extensions.cost.upstream`. */
export class UpstreamMeter {
  calls = 0;
  byOperation: Record<string, number> = {};

  record(operation: string): void {
    this.calls += 1;
    this.byOperation[operation] = (this.byOperation[operation] ?? 0) + 1;
  }

  toJSON(): { calls: number; byOperation: Record<string, number> } {
    return { calls: this.calls, byOperation: { ...this.byOperation } };
  }
}
