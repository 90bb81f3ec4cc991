import Database from 'better-sqlite3';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { storageError } from '../core/errors.js';
import { LATEST_VERSION, migrate } from './migrations.js';
import { registerSearchFunctions } from './search.js';

export type DB = Database.Database;

export interface OpenOptions {
  /** ms to wait for another process's lock before giving up (SPEC §12: never surface SQLITE_BUSY early). */
  busyTimeoutMs?: number;
  /** Called with the backup path when an older database is copied before migrating. */
  onBackup?: (path: string) => void;
  /** Clock for the backup file's name. */
  now?: () => Date;
}

/**
 * Opens (creating on first use) an incident database. The folder is made 0700 and the file 0600:
 * incidents hold confidential information (SPEC §2). A newer schema is refused before anything is
 * written, so the file stays byte-for-byte as it was.
 */
export function openDatabase(path: string, options: OpenOptions = {}): DB {
  const memory = path === ':memory:';
  if (!memory) prepareFile(path);
  let db: DB;
  try {
    db = new Database(path, { timeout: options.busyTimeoutMs ?? 10_000 });
  } catch (e) {
    throw toStorageError(e, path);
  }
  try {
    const found = db.pragma('user_version', { simple: true }) as number;
    if (found > LATEST_VERSION) {
      throw storageError('error.storageNewer', { found, known: LATEST_VERSION, path }, 'error.storageNewerHint');
    }
    if (!memory) {
      // Readers never block the writer; FULL: incident records are evidence, a power cut must not lose them.
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
    }
    db.pragma('foreign_keys = ON');
    // The search index triggers call it on every write (and the migration that builds the index).
    registerSearchFunctions(db);
    if (found < LATEST_VERSION) {
      migrate(db, {
        backup: found > 0 && !memory ? () => backupBeforeMigration(db, path, found, options) : undefined,
      });
    }
    return db;
  } catch (e) {
    db.close();
    throw toStorageError(e, path);
  }
}

function prepareFile(path: string): void {
  const dir = dirname(path);
  try {
    if (!existsSync(dir)) mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (!existsSync(path)) {
      closeSync(openSync(path, 'a', 0o600));
      chmodSync(path, 0o600);
    } else if (statSync(path).isDirectory()) {
      throw storageError('error.storageNotDb', { path });
    }
  } catch (e) {
    throw toStorageError(e, path);
  }
}

function backupBeforeMigration(db: DB, path: string, version: number, options: OpenOptions): void {
  const stamp = (options.now?.() ?? new Date()).toISOString().replace(/[-:]/g, '').replace(/\..*/, '');
  const target = `${path}.v${version}-${stamp}.bak`;
  // VACUUM INTO writes a consistent copy even while others read.
  db.prepare('VACUUM INTO ?').run(target);
  chmodSync(target, 0o600);
  options.onBackup?.(target);
}

/** Maps SQLite and file-system failures onto exit 5 with a line the user can act on. */
export function toStorageError(e: unknown, path: string): unknown {
  if (e && typeof e === 'object' && 'exitCode' in e) return e;
  const code = (e as { code?: string })?.code ?? '';
  const params = { path, code };
  if (/^SQLITE_(BUSY|LOCKED)/.test(code)) return storageError('error.storageLocked', params, 'error.storageHint');
  if (code === 'SQLITE_NOTADB') return storageError('error.storageNotDb', params, 'error.storageHint');
  if (code.startsWith('SQLITE_CORRUPT')) return storageError('error.storageCorrupt', params, 'error.storageHint');
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return storageError('error.storageFull', params);
  if (/^SQLITE_(CANTOPEN|PERM|READONLY|AUTH)/.test(code) || code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return storageError('error.storagePermission', params);
  }
  if (code.startsWith('SQLITE_IOERR') || code === 'EISDIR' || code === 'ENOTDIR') return storageError('error.storageIo', params, 'error.storageHint');
  return e;
}

/**
 * Runs fn in a write transaction that takes the write lock at BEGIN (IMMEDIATE): a deferred one that
 * upgrades later fails with SQLITE_BUSY at once, whatever the timeout (SPEC §12).
 */
export function writeTransaction<T>(db: DB, fn: () => T): T {
  return db.transaction(fn).immediate();
}
