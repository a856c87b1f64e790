import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname } from 'node:path';
import Database, { type Statement } from 'better-sqlite3';

/** The state file cannot be used: the message names the file, what is wrong and what to do. */
export class StoreError extends Error {}

/** One stored record as the file keeps it: `body` is the record in dated JSON. */
export interface StoredRow {
  region: string;
  kind: string;
  id: string;
  body: string;
}

/** The schema this code writes (PRAGMA user_version); a file with a newer one is refused rather than misread. */
const SCHEMA_VERSION = 1;

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS records (
    region TEXT NOT NULL,
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (region, kind, id)
  ) WITHOUT ROWID;
`;

/** Who holds a state file: written beside it once the lock is taken, read by a process that is refused. */
interface Owner {
  pid: number;
  host: string;
  since: string;
}

/** `<file>.owner`: names the process holding the lock. Only a report; SQLite's lock is what excludes. */
export function ownerPathOf(path: string): string {
  return `${path}.owner`;
}

function describeOwner(path: string): string {
  try {
    const owner = JSON.parse(readFileSync(ownerPathOf(path), 'utf8')) as Owner;
    return `pid ${owner.pid} on ${owner.host}, since ${owner.since}`;
  } catch {
    return `its pid is unknown: ${ownerPathOf(path)} is missing or unreadable`;
  }
}

/** Whether `error` comes from SQLite (its `code` is SQLite's: `SQLITE_FULL`, `SQLITE_IOERR_WRITE`, …). */
export function isSqliteError(error: unknown): error is InstanceType<typeof Database.SqliteError> {
  return error instanceof Database.SqliteError;
}

function sqliteCode(error: unknown): string {
  return isSqliteError(error) ? error.code : '';
}

/** What a failure at start-up means for the user, as one paragraph naming the file. */
function startFailure(path: string, error: unknown): StoreError {
  const code = sqliteCode(error);
  const what = `cannot use the state file EMULATOR_DATA=${path}`;
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new StoreError(
      `${what}: another emulator process holds it (${describeOwner(path)}). Stop that process, or give this one its own file with EMULATOR_DATA.`,
    );
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return corrupt(path, (error as Error).message);
  }
  const detail = code ? `${(error as Error).message} (${code})` : (error as Error).message;
  if (code === 'SQLITE_FULL') return new StoreError(`${what}: the disk is full (${code}). Free some space on it and start again.`);
  if (/^SQLITE_(READONLY|CANTOPEN|PERM|IOERR)/.test(code)) {
    return new StoreError(
      `${what}: it cannot be written (${detail}). Check that the file and its folder are writable and the disk is mounted read-write.`,
    );
  }
  return new StoreError(`${what}: ${detail}`);
}

/** A damaged file: it is left untouched for the user to recover or move away. */
export function corrupt(path: string, detail: string): StoreError {
  return new StoreError(
    `cannot use the state file EMULATOR_DATA=${path}: it is damaged (${detail}). It was left as it is: ` +
      `restore it from a backup, or move it away to start with an empty emulator.`,
  );
}

/**
 * The emulator's state file: one SQLite database in WAL mode with synchronous commits, held with an exclusive lock
 * for the life of the process, so that a second process on the same file is refused at start.
 */
export class StoreFile {
  private readonly putRow: Statement<[string, string, string, number, string]>;
  private readonly deleteRow: Statement<[string, string, string]>;
  private readonly setMetaRow: Statement<[string, string]>;
  private readonly getMetaRow: Statement<[string], { value: string }>;

  private constructor(
    readonly path: string,
    private readonly db: Database.Database,
  ) {
    this.putRow = db.prepare('INSERT OR REPLACE INTO records (region, kind, id, seq, body) VALUES (?, ?, ?, ?, ?)');
    this.deleteRow = db.prepare('DELETE FROM records WHERE region = ? AND kind = ? AND id = ?');
    this.setMetaRow = db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)');
    this.getMetaRow = db.prepare('SELECT value FROM meta WHERE key = ?');
  }

  /**
   * Opens (creating) the file at `path`, takes its lock, checks it (`PRAGMA quick_check`) and records this process as
   * its owner; every failure is a StoreError naming the file.
   */
  static open(path: string): StoreFile {
    let db: Database.Database | undefined;
    try {
      // timeout 0: a file held by another process is refused at once instead of waiting for a lock it never gives up.
      db = new Database(path, { timeout: 0 });
      // EXCLUSIVE: the lock taken by the first write below is kept until close (and released by the kernel if the
      // process dies), and the WAL index lives in this process's heap instead of a shared-memory file.
      db.pragma('locking_mode = EXCLUSIVE');
      const mode = db.pragma('journal_mode = WAL', { simple: true });
      if (mode !== 'wal')
        throw new StoreError(`cannot use the state file EMULATOR_DATA=${path}: SQLite refused WAL mode (got ${String(mode)})`);
      // FULL: each commit is fsynced before it returns, so an acknowledged write survives a power cut, not only a crash.
      db.pragma('synchronous = FULL');
      db.exec('BEGIN EXCLUSIVE; COMMIT');
      const version = db.pragma('user_version', { simple: true }) as number;
      if (version > SCHEMA_VERSION) {
        throw new StoreError(
          `cannot use the state file EMULATOR_DATA=${path}: it was written by a newer emulator (schema ${version}, this one reads ${SCHEMA_VERSION}). Run that version, or give this one another file.`,
        );
      }
      const problems = (db.pragma('quick_check(3)') as { quick_check: string }[]).map((row) => row.quick_check);
      if (problems.join() !== 'ok') throw corrupt(path, `quick_check: ${problems.join('; ').replace(/\s*\n\s*/g, ' ')}`);
      db.exec(SCHEMA);
      db.pragma(`user_version = ${SCHEMA_VERSION}`);
    } catch (error) {
      db?.close();
      throw error instanceof StoreError ? error : startFailure(path, error);
    }
    const file = new StoreFile(path, db);
    try {
      file.writeOwner();
    } catch (error) {
      db.close();
      throw new StoreError(
        `cannot use the state file EMULATOR_DATA=${path}: cannot write ${ownerPathOf(path)} (${(error as Error).message})`,
      );
    }
    return file;
  }

  /** Every stored record in creation (seq) order. */
  rows(): IterableIterator<StoredRow> {
    return this.db.prepare<[], StoredRow>('SELECT region, kind, id, body FROM records ORDER BY seq').iterate();
  }

  getMeta(key: string): string | undefined {
    return this.getMetaRow.get(key)?.value;
  }

  setMeta(key: string, value: string): void {
    this.setMetaRow.run(key, value);
  }

  put(region: string, kind: string, id: string, seq: number, body: string): void {
    this.putRow.run(region, kind, id, seq, body);
  }

  remove(region: string, kind: string, id: string): void {
    this.deleteRow.run(region, kind, id);
  }

  get inTransaction(): boolean {
    return this.db.inTransaction;
  }

  begin(): void {
    this.db.exec('BEGIN IMMEDIATE');
  }

  /** Commits (fsynced, synchronous=FULL); on failure the transaction is rolled back and the error thrown. */
  commit(): void {
    try {
      this.db.exec('COMMIT');
    } catch (error) {
      this.rollback();
      throw error;
    }
  }

  /** Rolls back the open transaction, if SQLite has not already done so (it does itself after some I/O errors). */
  rollback(): void {
    if (this.db.inTransaction) this.db.exec('ROLLBACK');
  }

  /** Checkpoints the WAL into the file, closes it and removes the owner record. */
  close(): void {
    if (!this.db.open) return;
    this.db.close();
    rmSync(ownerPathOf(this.path), { force: true });
  }

  private writeOwner(): void {
    const owner: Owner = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
    const target = ownerPathOf(this.path);
    const tmp = `${target}.tmp`;
    writeFileSync(tmp, `${JSON.stringify(owner)}\n`);
    const fd = openSync(tmp, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, target);
    fsyncDir(dirname(target));
  }
}

/** Makes a rename in `dir` durable. */
export function fsyncDir(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
