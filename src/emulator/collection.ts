import type { Sequenced } from './records';

/** Records of one kind in one region, by id, kept in creation (seq) order for keyset paging. */
export class Collection<T extends Sequenced> {
  private readonly byId = new Map<string, T>();
  private ordered: T[] = [];

  get size(): number {
    return this.byId.size;
  }

  get(id: string): T | undefined {
    return this.byId.get(id);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** All records in creation order. */
  values(): readonly T[] {
    return this.ordered;
  }

  /** Ids and records, for snapshots. */
  entries(): IterableIterator<[string, T]> {
    return this.byId.entries();
  }

  count(filter?: (record: T) => boolean): number {
    return filter ? this.ordered.filter(filter).length : this.ordered.length;
  }

  /** Up to `limit` records with seq > `afterSeq` that pass `filter`, and whether more follow. */
  pageAfter(afterSeq: number, limit: number, filter?: (record: T) => boolean): { items: T[]; more: boolean } {
    const items: T[] = [];
    for (let i = this.firstIndexAfter(afterSeq); i < this.ordered.length; i++) {
      const record = this.ordered[i];
      if (filter && !filter(record)) continue;
      if (items.length === limit) return { items, more: true };
      items.push(record);
    }
    return { items, more: false };
  }

  /** Only the store writes, so that every change is committed to the state file first. */
  set(id: string, record: T): void {
    const previous = this.byId.get(id);
    this.byId.set(id, record);
    if (previous && previous.seq === record.seq) {
      this.ordered[this.indexOf(previous.seq)] = record;
      return;
    }
    if (previous) this.ordered.splice(this.indexOf(previous.seq), 1);
    if (!this.ordered.length || this.ordered[this.ordered.length - 1].seq < record.seq) {
      this.ordered.push(record);
    } else {
      this.ordered.splice(this.firstIndexAfter(record.seq), 0, record);
    }
  }

  delete(id: string): boolean {
    const previous = this.byId.get(id);
    if (!previous) return false;
    this.byId.delete(id);
    this.ordered.splice(this.indexOf(previous.seq), 1);
    return true;
  }

  private firstIndexAfter(seq: number): number {
    let lo = 0;
    let hi = this.ordered.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.ordered[mid].seq <= seq) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private indexOf(seq: number): number {
    return this.firstIndexAfter(seq - 1);
  }
}
