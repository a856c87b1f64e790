import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Collection } from './collection';
import { parseWithDates, stringifyWithDates } from './dated-json';
import { importLegacyStore } from './legacy-store';
import { KINDS, type Kind, type RecordsByKind } from './records';
import { corrupt, isSqliteError, StoreError, StoreFile } from './store-file';

export { StoreError } from './store-file';

export type RegionState = { [K in Kind]: Collection<RecordsByKind[K]> };

export interface StoreOptions {
  /** Where one-off notices go (the legacy import's line); default console.error. */
  log?: (message: string) => void;
}

/**
 * The emulator's state: every region's collections in memory for reads, and (unless `:memory:`) an SQLite file
 * that every change is committed to before it shows in memory. A write operation is one transaction: if the commit
 * fails (disk full, read-only file, I/O error) nothing of it is kept, in the file or in memory, and the error fails
 * the call; the next write tries again.
 */
export class Store {
  readonly regions = new Map<string, RegionState>();
  /** Signs NextTokens; persisted so that tokens survive a restart. */
  tokenSecret: string = randomBytes(32).toString('hex');
  private seq = 0;
  /** The highest seq the file holds in `meta`, so that a restart never hands out a seq again. */
  private storedSeq = 0;
  /** While a transaction runs: how to take each of its in-memory changes back, in order. */
  private undo: (() => void)[] | undefined;

  private constructor(private readonly file: StoreFile | undefined) {}

  /**
   * Opens the state file at `path` (creating it, and importing an old JSON store found beside it once), or a store
   * that keeps nothing for `:memory:`. Throws StoreError, naming the file, when it cannot be used.
   */
  static async open(path: string, options: StoreOptions = {}): Promise<Store> {
    if (path === ':memory:') return new Store(undefined);
    mkdirSync(dirname(path), { recursive: true });
    importLegacyStore(path, options.log ?? ((message) => console.error(message)));
    const file = StoreFile.open(path);
    const store = new Store(file);
    try {
      store.load();
    } catch (error) {
      file.close();
      throw error;
    }
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

  /**
   * Runs `change` (synchronous: every put and remove it makes) as one transaction: committed as a whole before this
   * returns, or, if it or the commit throws, undone in the file and in memory before the error is rethrown.
   */
  transaction<T>(change: () => T): T {
    if (this.undo) return change();
    this.undo = [];
    try {
      const result = change();
      if (result instanceof Promise) throw new Error('Store.transaction: the change must be synchronous');
      if (this.file?.inTransaction) this.file.commit();
      this.undo = undefined;
      return result;
    } catch (error) {
      throw this.abandon(error, 'the call');
    }
  }

  /**
   * Runs `load` (the writes made before the emulator serves, such as its demo data) as one transaction: one commit,
   * and one sync to disk, for all its writes instead of one each; nothing of it kept if it fails. Nothing else may
   * write to the store meanwhile: its transactions would join this one.
   */
  async batch<T>(load: () => Promise<T>): Promise<T> {
    if (this.undo) throw new Error('Store.batch: a transaction is already open');
    this.undo = [];
    try {
      const result = await load();
      if (this.file?.inTransaction) this.file.commit();
      this.undo = undefined;
      return result;
    } catch (error) {
      throw this.abandon(error, 'the batch');
    }
  }

  /** Takes back the open transaction's changes, in the file and in memory; the error to throw for `error`. */
  private abandon(error: unknown, what: string): unknown {
    const undo = this.undo!;
    this.undo = undefined;
    this.file?.rollback();
    for (let i = undo.length - 1; i >= 0; i--) undo[i]();
    return this.file && isSqliteError(error)
      ? new StoreError(`not stored in ${this.file.path}, nothing of ${what} was kept: ${error.message} (${error.code})`)
      : error;
  }

  put<K extends Kind>(region: string, kind: K, id: string, record: RecordsByKind[K]): void {
    this.transaction(() => {
      const collection = this.region(region)[kind] as Collection<RecordsByKind[K]>;
      const previous = collection.get(id);
      if (this.file) {
        this.begin();
        this.file.put(region, kind, id, record.seq, stringifyWithDates(record));
        if (record.seq > this.storedSeq) {
          this.file.setMeta('seq', String(record.seq));
          const stored = this.storedSeq;
          this.storedSeq = record.seq;
          this.undo!.push(() => (this.storedSeq = stored));
        }
      }
      collection.set(id, record);
      this.undo!.push(() => (previous ? collection.set(id, previous) : collection.delete(id)));
    });
  }

  remove(region: string, kind: Kind, id: string): void {
    this.transaction(() => {
      const collection = this.region(region)[kind] as Collection<RecordsByKind[Kind]>;
      const previous = collection.get(id);
      if (!previous) return;
      if (this.file) {
        this.begin();
        this.file.remove(region, kind, id);
      }
      collection.delete(id);
      this.undo!.push(() => collection.set(id, previous));
    });
  }

  /** Resolves once every change made so far is on disk: at once, since each write commits before it returns. */
  durable(): Promise<void> {
    return Promise.resolve();
  }

  async close(): Promise<void> {
    this.file?.close();
  }

  /** Opens the file's transaction at a transaction's first write, so that calls that only read never touch the file. */
  private begin(): void {
    if (!this.file!.inTransaction) this.file!.begin();
  }

  private load(): void {
    const file = this.file!;
    const secret = file.getMeta('secret');
    if (secret) this.tokenSecret = secret;
    else
      this.transaction(() => {
        this.begin();
        file.setMeta('secret', this.tokenSecret);
      });
    this.storedSeq = Number(file.getMeta('seq') ?? 0);
    this.seq = this.storedSeq;
    for (const row of file.rows()) {
      if (!(KINDS as readonly string[]).includes(row.kind)) {
        throw corrupt(file.path, `a record of unknown kind ${JSON.stringify(row.kind)}`);
      }
      let record: RecordsByKind[Kind];
      try {
        record = parseWithDates<RecordsByKind[Kind]>(row.body);
      } catch {
        throw corrupt(file.path, `the ${row.kind} record ${row.id} in ${row.region} is not readable JSON`);
      }
      (this.region(row.region)[row.kind as Kind] as Collection<RecordsByKind[Kind]>).set(row.id, record);
      this.seq = Math.max(this.seq, record.seq);
    }
  }
}
