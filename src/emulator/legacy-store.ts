import { closeSync, existsSync, openSync, readFileSync, readSync, renameSync, rmSync } from 'node:fs';
import { dirname, extname } from 'node:path';
import { parseWithDates, stringifyWithDates } from './dated-json';
import { KINDS, type Kind, type RecordsByKind } from './records';
import { fsyncDir, StoreError, StoreFile } from './store-file';

/** One record of the old store, with where it lives. */
interface LegacyRecord {
  region: string;
  kind: Kind;
  id: string;
  record: RecordsByKind[Kind];
}

/** The old store's contents, folded: snapshot then journal. */
interface LegacyState {
  secret: string;
  seq: number;
  records: Map<string, LegacyRecord>;
}

/** The old store for `path`: `<name>.json` beside it, or `path` itself when that ends in `.json`. */
export function legacyPathOf(path: string): string {
  const ext = extname(path);
  return ext === '.json' ? path : `${path.slice(0, path.length - ext.length)}.json`;
}

const SQLITE_HEADER = 'SQLite format 3\0';

/** Whether `path` is an SQLite file (an empty file counts: SQLite makes it one on first use). */
function isSqliteFile(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(SQLITE_HEADER.length);
    const read = readSync(fd, head, 0, head.length, 0);
    return read === 0 || head.toString('latin1', 0, read) === SQLITE_HEADER;
  } finally {
    closeSync(fd);
  }
}

/** The old store cannot be imported: a StoreError naming both files. */
function unusable(path: string, file: string, why: string): StoreError {
  return new StoreError(
    `cannot use the state file EMULATOR_DATA=${path}: the old JSON store ${file} cannot be imported: ${why}. ` +
      'Nothing was changed: repair or remove that file, then start again.',
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isRecord(value: unknown): value is RecordsByKind[Kind] {
  return isObject(value) && Number.isSafeInteger(value.seq);
}

function key(region: string, kind: string, id: string): string {
  return JSON.stringify([region, kind, id]);
}

/** Reads and checks the old snapshot (`{version: 1, secret, seq, regions: {name: {kind: [[id, record]]}}}`). */
function readSnapshot(path: string, file: string): LegacyState {
  let snapshot: unknown;
  try {
    snapshot = parseWithDates<unknown>(readFileSync(file, 'utf8'));
  } catch (error) {
    throw unusable(path, file, `it is not valid JSON (${(error as Error).message})`);
  }
  if (!isObject(snapshot) || typeof snapshot.secret !== 'string' || !Number.isSafeInteger(snapshot.seq) || !isObject(snapshot.regions)) {
    throw unusable(path, file, 'it is JSON, but not an emulator snapshot (expected an object with secret, seq and regions)');
  }
  const state: LegacyState = { secret: snapshot.secret, seq: snapshot.seq as number, records: new Map() };
  for (const [region, kinds] of Object.entries(snapshot.regions)) {
    if (!isObject(kinds)) throw unusable(path, file, `region ${JSON.stringify(region)} is not an object of record lists`);
    for (const [kind, entries] of Object.entries(kinds)) {
      if (!(KINDS as readonly string[]).includes(kind) || !Array.isArray(entries)) {
        throw unusable(path, file, `region ${JSON.stringify(region)} has an unknown or malformed ${JSON.stringify(kind)} list`);
      }
      for (const entry of entries as unknown[]) {
        if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !isRecord(entry[1])) {
          throw unusable(path, file, `a ${kind} entry of region ${JSON.stringify(region)} is not an [id, record] pair`);
        }
        state.records.set(key(region, kind, entry[0]), { region, kind: kind as Kind, id: entry[0], record: entry[1] });
      }
    }
  }
  return state;
}

/**
 * Applies the old journal's lines (`{"t":"put"|"del","r":region,"k":kind,"id":…,"v":record}`). Only an unterminated
 * last line may be dropped (a write cut off by a crash, never acknowledged); a damaged line anywhere else is refused,
 * since the lines after it were acknowledged.
 */
function applyJournal(path: string, file: string, state: LegacyState, log: (message: string) => void): void {
  const text = readFileSync(file, 'utf8');
  const lines = text.split('\n');
  const last = lines.length - 1; // the text after the final newline: '' unless the last write was cut off
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    let entry: unknown;
    try {
      entry = parseWithDates<unknown>(line);
    } catch {
      if (i === last) {
        log(`emulator: ${file}: dropped an unfinished last line (a write cut off by a crash, never acknowledged)`);
        continue;
      }
      throw unusable(path, file, `line ${i + 1} is damaged and ${lines.slice(i + 1).filter(Boolean).length} line(s) follow it`);
    }
    if (
      !isObject(entry) ||
      typeof entry.r !== 'string' ||
      typeof entry.id !== 'string' ||
      !(KINDS as readonly string[]).includes(entry.k as string) ||
      !(entry.t === 'del' || (entry.t === 'put' && isRecord(entry.v)))
    ) {
      throw unusable(path, file, `line ${i + 1} is not a journal entry`);
    }
    const at = key(entry.r, entry.k as string, entry.id);
    if (entry.t === 'del') state.records.delete(at);
    else {
      const record = entry.v as RecordsByKind[Kind];
      state.records.set(at, { region: entry.r, kind: entry.k as Kind, id: entry.id, record });
      state.seq = Math.max(state.seq, record.seq);
    }
  }
}

function stamp(): string {
  return new Date()
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
}

/**
 * Imports the old JSON store (snapshot `<name>.json` and its `.journal`) into the SQLite file at `path`, once:
 * the new file is built beside it as `<path>.importing`, then the old files are renamed to `*.imported-<time>`
 * (kept as a backup) and the new one is renamed into place. A start interrupted between the renames finishes them.
 */
export function importLegacyStore(path: string, log: (message: string) => void): void {
  const legacy = legacyPathOf(path);
  const journal = `${legacy}.journal`;
  const building = `${path}.importing`;
  const backup = (file: string) => `${file}.imported-${stamp()}`;

  if (existsSync(building)) {
    if (!existsSync(path) && !existsSync(legacy)) {
      // Interrupted after the snapshot was moved to its backup: the new file is complete.
      if (existsSync(journal)) renameSync(journal, backup(journal));
      renameSync(building, path);
      fsyncDir(dirname(path));
      log(`emulator: finished importing the old JSON store into ${path}`);
      return;
    }
    // An import cut off before it was complete: build it again.
    rmSync(building, { force: true });
    rmSync(`${building}-wal`, { force: true });
  }
  if (!existsSync(legacy) || isSqliteFile(legacy)) return;
  if (legacy !== path && existsSync(path)) {
    log(`emulator: ignoring the old JSON store ${legacy}: ${path} already exists (remove one of them to silence this)`);
    return;
  }

  const state = readSnapshot(path, legacy);
  if (existsSync(journal)) applyJournal(path, journal, state, log);

  const file = StoreFile.open(building);
  try {
    file.begin();
    file.setMeta('secret', state.secret);
    file.setMeta('seq', String(state.seq));
    file.setMeta('imported_from', legacy);
    for (const { region, kind, id, record } of state.records.values()) {
      file.put(region, kind, id, record.seq, stringifyWithDates(record));
    }
    file.commit();
  } finally {
    file.close();
  }
  const legacyBackup = backup(legacy);
  renameSync(legacy, legacyBackup);
  const journalBackup = existsSync(journal) ? backup(journal) : undefined;
  if (journalBackup) renameSync(journal, journalBackup);
  renameSync(building, path);
  fsyncDir(dirname(path));
  log(
    `emulator: imported ${state.records.size} record(s) from the old JSON store ${legacy} into ${path}; ` +
      `the old files are kept as ${[legacyBackup, journalBackup].filter(Boolean).join(' and ')}`,
  );
}
