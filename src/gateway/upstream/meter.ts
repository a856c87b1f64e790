/** The AWS calls one GraphQL request made, reported in `extensions.cost.upstream`. */
export class UpstreamMeter {
  calls = 0;
  byOperation: Record<string, number> = {};
  /** The AWS request id of each write call this request made (SDK `$metadata.requestId`), answered or failed; for the audit trail. */
  writes: Array<{ operation: string; requestId: string | null }> = [];

  record(operation: string): void {
    this.calls += 1;
    this.byOperation[operation] = (this.byOperation[operation] ?? 0) + 1;
  }

  toJSON(): { calls: number; byOperation: Record<string, number> } {
    return { calls: this.calls, byOperation: { ...this.byOperation } };
  }
}
