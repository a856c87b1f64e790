import { randomBytes } from 'node:crypto';
import { mkdirSync, openSync, closeSync, fsyncSync, readFileSync, existsSync } from 'node:fs';
import { open, rename, writeFile, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseWithDates, stringifyWithDates } from '../shared/dated-json';
import { Collection } from './collection';
import { KINDS, type Kind, type RecordsByKind } from './records';

export type RegionState = { [K in Kind]: Collection<RecordsByKind[K]> };

type JournalEntry =
  | { t: 'put'; r: string; k: Kind; id: string; v: RecordsByKind[Kind] }
  | { t: 'del'; r: string; k: Kind; id: string };

interface Snapshot {
  version: 1;
  secret: string;
  seq: number;
  regions: Record<string, Partial<Record<Kind, [string, RecordsByKind[Kind]][]>>>;
}

export interface StoreOptions {
  /** Journal entries after which the journal is folded into a fresh snapshot (default 5000). */
  compactAfterEntries?: number;
}

const COMPACT_AFTER_ENTRIES = 5000;

/**
 * The emulator's state: every region's collections in memory, made durable by an append-only journal
 * (one JSON line per change, fsynced in groups before any answer goes out) and compacted into a snapshot
 * written to a temporary file and renamed over the old one. A torn last journal line (a crash mid-write)
 * is dropped on load; every acknowledged write was fsynced before it was acknowledged.
 */
export class Store {
  readonly regions = new Map<string, RegionState>();
  /** Signs NextTokens; persisted so that tokens survive a restart. */
  tokenSecret: string = randomBytes(32).toString('hex');
  private seq = 0;
  private pending: string[] = [];
  private journalEntries = 0;
  private flushing: Promise<void> = Promise.resolve();
  private flushQueued: Promise<void> | undefined;

  private constructor(
    private readonly path: string | undefined,
    private journal: FileHandle | undefined,
    private readonly compactAfterEntries: number,
  ) {}

  /** Opens the state at `path` (creating it), or a store that keeps nothing for `:memory:`. */
  static async open(path: string, options: StoreOptions = {}): Promise<Store> {
    const compactAfter = options.compactAfterEntries ?? COMPACT_AFTER_ENTRIES;
    if (path === ':memory:') return new Store(undefined, undefined, compactAfter);
    mkdirSync(dirname(path), { recursive: true });
    const journalPath = `${path}.journal`;
    const store = new Store(path, undefined, compactAfter);
    if (existsSync(path)) store.loadSnapshot(parseWithDates<Snapshot>(readFileSync(path, 'utf8')));
    if (existsSync(journalPath)) store.replay(readFileSync(journalPath, 'utf8'));
    // Fold the journal into a fresh snapshot so that every start begins with an empty journal.
    await store.writeSnapshot();
    store.journal = await open(journalPath, 'w');
    return store;
  }

  get isEmpty(): boolean {
    for (const region of this.regions.values()) if (KINDS.some((k) => region[k].size > 0)) return false;
    return true;
  }

  region(name: string): RegionState {
    let state = this.regions.get(name);
    if (!state) {
      state = Object.fromEntries(KINDS.map((k) => [k, new Collection()])) as RegionState;
      this.regions.set(name, state);
    }
    return state;
  }

  nextSeq(): number {
    return ++this.seq;
  }

  put<K extends Kind>(region: string, kind: K, id: string, record: RecordsByKind[K]): void {
    (this.region(region)[kind] as Collection<RecordsByKind[K]>).set(id, record);
    this.append({ t: 'put', r: region, k: kind, id, v: record });
  }

  remove(region: string, kind: Kind, id: string): void {
    if (this.region(region)[kind].delete(id)) this.append({ t: 'del', r: region, k: kind, id });
  }

  /** Resolves once every change made so far is on disk. */
  durable(): Promise<void> {
    if (!this.pending.length) return this.flushing;
    if (!this.flushQueued) {
      this.flushQueued = this.flushing.then(() => {
        this.flushQueued = undefined;
        return this.flush();
      });
      this.flushing = this.flushQueued;
    }
    return this.flushQueued;
  }

  async close(): Promise<void> {
    await this.durable();
    await this.journal?.close();
    this.journal = undefined;
  }

  private append(entry: JournalEntry): void {
    if (!this.path) return;
    this.pending.push(stringifyWithDates(entry));
  }

  private async flush(): Promise<void> {
    const lines = this.pending;
    this.pending = [];
    if (!lines.length || !this.journal) return;
    await this.journal.write(`${lines.join('\n')}\n`);
    await this.journal.datasync();
    this.journalEntries += lines.length;
    if (this.journalEntries >= this.compactAfterEntries) {
      await this.writeSnapshot();
      await this.journal.truncate(0);
      await this.journal.close();
      this.journal = await open(`${this.path}.journal`, 'w');
      this.journalEntries = 0;
    }
  }

  private async writeSnapshot(): Promise<void> {
    if (!this.path) return;
    const snapshot: Snapshot = { version: 1, secret: this.tokenSecret, seq: this.seq, regions: {} };
    for (const [name, state] of this.regions) {
      snapshot.regions[name] = Object.fromEntries(
        KINDS.map((k) => [k, [...state[k].entries()]]),
      );
    }
    const tmp = `${this.path}.tmp`;
    await writeFile(tmp, stringifyWithDates(snapshot));
    const fd = openSync(tmp, 'r+');
    fsyncSync(fd);
    closeSync(fd);
    await rename(tmp, this.path);
    const dir = openSync(dirname(this.path), 'r');
    fsyncSync(dir);
    closeSync(dir);
  }

  private loadSnapshot(snapshot: Snapshot): void {
    this.tokenSecret = snapshot.secret;
    this.seq = snapshot.seq;
    for (const [name, kinds] of Object.entries(snapshot.regions)) {
      const state = this.region(name);
      for (const kind of KINDS) {
        for (const [id, record] of kinds[kind] ?? []) (state[kind] as Collection<typeof record>).set(id, record);
      }
    }
  }

  private replay(text: string): void {
    for (const line of text.split('\n')) {
      if (!line) continue;
      let entry: JournalEntry;
      try {
        entry = parseWithDates<JournalEntry>(line);
      } catch {
        break; // a torn write at the tail: nothing after it was acknowledged
      }
      const collection = this.region(entry.r)[entry.k] as Collection<RecordsByKind[Kind]>;
      if (entry.t === 'put') {
        collection.set(entry.id, entry.v);
        this.seq = Math.max(this.seq, entry.v.seq);
      } else {
        collection.delete(entry.id);
      }
    }
  }
}
