/** A write a dry run would make: its AWS operation and a summary of its input (sensitive members as "***"). */
export interface PlannedCall {
  operation: string;
  input: Record<string, unknown>;
}

/** The AWS calls one GraphQL request made, reported in `extensions.cost.upstream`. */
export class UpstreamMeter {
  calls = 0;
  byOperation: Record<string, number> = {};
  /** Set while a dry run resolves: the writes it would make, which are then never sent (see RequestUpstream.write). */
  planned?: PlannedCall[];
  /**
   * The AWS request id of each write call this request made (SDK `$metadata.requestId`), answered (`succeeded`) or
   * failed (an error, or no answer); for the audit trail.
   */
  writes: Array<{ operation: string; requestId: string | null; succeeded: boolean }> = [];

  record(operation: string): void {
    this.calls += 1;
    this.byOperation[operation] = (this.byOperation[operation] ?? 0) + 1;
  }

  toJSON(): { calls: number; byOperation: Record<string, number> } {
    return { calls: this.calls, byOperation: { ...this.byOperation } };
  }
}
