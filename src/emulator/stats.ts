/** Per-operation counts of the AWS calls received, for tests and benchmarks (`/_emulator/stats`). */
export class Stats {
  private requests: Record<string, number> = {};
  private total = 0;

  record(operation: string): void {
    this.requests[operation] = (this.requests[operation] ?? 0) + 1;
    this.total += 1;
  }

  snapshot(): { requests: Record<string, number>; total: number } {
    return { requests: { ...this.requests }, total: this.total };
  }

  reset(): void {
    this.requests = {};
    this.total = 0;
  }
}
