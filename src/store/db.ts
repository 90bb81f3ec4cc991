import Database from 'better-sqlite3';
import { createRequire } from 'node:module';
import { chmodSync, closeSync, existsSync, linkSync, mkdirSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { storageError } from '../core/errors.js';
import { crashPoint } from './faults.js';
import { LATEST_VERSION, migrate } from './migrations.js';
import { registerSearchFunctions } from './search.js';

export type DB = Database.Database;

/** The folder of the running bundle (dist/), set by the build; undefined when run from source. */
declare const __incidentBundleDir: string | undefined;

let addon: object | undefined;

/**
 * better-sqlite3's compiled addon, loaded once. Its JavaScript is bundled into dist/ (a dozen files
 * fewer to load on every start); the addon cannot be, so it is loaded from the installed package by
 * its path, with process.dlopen: no module resolution, and none of the `bindings` package's probing
 * of a dozen paths. Undefined: let better-sqlite3 find it itself.
 */
function nativeBinding(): object | undefined {
  if (addon) return addon;
  const path = addonPath();
  if (!path) return undefined;
  const module = { exports: {} };
  process.dlopen(module, path);
  return (addon = module.exports);
}

/** A better-sqlite3 connection with the addon above (its types take only a path; it also takes the addon). */
export function connect(path: string, options: Omit<Database.Options, 'nativeBinding'> = {}): DB {
  return new Database(path, { ...options, nativeBinding: nativeBinding() as string | undefined });
}

function addonPath(): string | undefined {
  // Where an install puts it beside dist/: one stat instead of a module resolution (≈ 0.3 ms).
  // Node would find that same package first from dist/, so the answer is the same.
  if (typeof __incidentBundleDir === 'string') {
    const beside = join(__incidentBundleDir, '..', 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
    if (existsSync(beside)) return beside;
  }
  try {
    const dir = dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json'));
    return ['Release', 'Debug'].map((d) => join(dir, 'build', d, 'better_sqlite3.node')).find((f) => existsSync(f));
  } catch {
    return undefined;
  }
}

export interface OpenOptions {
  /** ms to wait for another process's lock before giving up (SPEC §12: never surface SQLITE_BUSY early). */
  busyTimeoutMs?: number;
  /** Called with the backup path when an older database is copied before migrating. */
  onBackup?: (path: string) => void;
  /** Clock for the backup file's name. */
  now?: () => Date;
  /** false: open an existing database as it is, without migrating it (for inspection). */
  migrate?: boolean;
  /** Called after migrations ran, with the schema versions before and after. */
  onMigrate?: (from: number, to: number) => void;
}

/**
 * Opens (creating on first use) an incident database. The folder is made 0700 and the file 0600:
 * incidents hold confidential information (SPEC §2). A newer schema is refused before anything is
 * written, so the file stays byte-for-byte as it was.
 */
export function openDatabase(path: string, options: OpenOptions = {}): DB {
  const memory = path === ':memory:';
  if (!memory) prepareFile(path);
  const timeout = options.busyTimeoutMs ?? 10_000;
  // Several processes starting at once on a new or old database race to switch it to WAL and to
  // migrate it; some of those steps answer SQLITE_BUSY without waiting on the busy timeout. Try the
  // whole opening again, with a short random pause, until the timeout is spent (SPEC §12).
  return withBusyRetry(timeout, () => openOnce(path, memory, timeout, options), path);
}

function openOnce(path: string, memory: boolean, timeout: number, options: OpenOptions): DB {
  let db: DB;
  try {
    db = connect(path, { timeout });
  } catch (e) {
    throw toStorageError(e, path);
  }
  try {
    const found = db.pragma('user_version', { simple: true }) as number;
    if (found > LATEST_VERSION) {
      throw storageError('error.storageNewer', { found, known: LATEST_VERSION, path }, 'error.storageNewerHint');
    }
    if (options.migrate === false && found > 0 && !memory) {
      // Inspection (db check, db backup) must not change the file it inspects.
      db.pragma('foreign_keys = ON');
      return db;
    }
    if (!memory) {
      // Readers never block the writer; FULL: incident records are evidence, a power cut must not lose them.
      if (String(db.pragma('journal_mode', { simple: true })).toLowerCase() !== 'wal') db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
    }
    db.pragma('foreign_keys = ON');
    // The search index triggers call it on every write (and the migration that builds the index).
    registerSearchFunctions(db);
    if (found < LATEST_VERSION) {
      migrate(db, {
        backup: found > 0 && !memory ? () => backupBeforeMigration(db, path, found, options) : undefined,
      });
      const now = db.pragma('user_version', { simple: true }) as number;
      if (now !== found) options.onMigrate?.(found, now);
    }
    return db;
  } catch (e) {
    db.close();
    if (isBusy(e)) throw e;
    throw toStorageError(e, path);
  }
}

const isBusy = (e: unknown) => /^SQLITE_(BUSY|LOCKED)/.test((e as { code?: string })?.code ?? '');

/** Runs fn again while it fails with SQLITE_BUSY, for at most timeoutMs; then exit 5 "locked". */
export function withBusyRetry<T>(timeoutMs: number, fn: () => T, path = ''): T {
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 0; ; attempt++) {
    try {
      return fn();
    } catch (e) {
      if (!isBusy(e)) throw e;
      if (Date.now() >= deadline) throw toStorageError(e, path);
      sleep(Math.min(200, 5 * 2 ** Math.min(attempt, 5)) * (0.5 + Math.random()));
    }
  }
}

/** A synchronous pause: better-sqlite3 is synchronous, and so is every command's store work. */
function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function prepareFile(path: string): void {
  try {
    const found = statSync(path, { throwIfNoEntry: false });
    if (found?.isDirectory()) throw storageError('error.storageNotDb', { path });
    if (found) return;
    makeFolders(dirname(path));
    closeSync(openSync(path, 'a', 0o600));
    chmodSync(path, 0o600);
  } catch (e) {
    throw toStorageError(e, path);
  }
}

/**
 * `mkdir -p` with mode 0700, one level at a time. Node 20's own recursive mkdir never returns when
 * the system answers ENOENT for a folder whose parent exists (as under /proc): here that is an error
 * like any other, and so is a dangling symbolic link on the way (EEXIST).
 */
function makeFolders(dir: string): void {
  const missing: string[] = [];
  for (let d = dir; !existsSync(d) && dirname(d) !== d; d = dirname(d)) missing.unshift(d);
  for (const d of missing) mkdirSync(d, { mode: 0o700 });
}

function backupBeforeMigration(db: DB, path: string, version: number, options: OpenOptions): void {
  const stamp = (options.now?.() ?? new Date()).toISOString().replace(/[-:]/g, '').replace(/\..*/, '');
  const target = `${path}.v${version}-${stamp}.bak`;
  const tmp = `${target}.partial-${process.pid}`;
  rmSync(tmp, { force: true });
  // VACUUM INTO writes a consistent copy even while others read. Under a temporary name, then
  // renamed: a process killed meanwhile never leaves a half backup under the real name, and two
  // processes upgrading together at the same second keep one backup, not an error.
  db.prepare('VACUUM INTO ?').run(tmp);
  chmodSync(tmp, 0o600);
  // A hard link is made or refused atomically: of processes upgrading at the same second, exactly one
  // names the backup (existsSync then rename let two both think they had made it).
  try {
    linkSync(tmp, target);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST' || existsSync(target)) {
      rmSync(tmp, { force: true });
      return;
    }
    // A file system without hard links: renamed, as the best it allows.
    renameSync(tmp, target);
    options.onBackup?.(target);
    return;
  }
  rmSync(tmp, { force: true });
  options.onBackup?.(target);
}

/** Maps SQLite and file-system failures onto exit 5 with a line the user can act on. */
export function toStorageError(e: unknown, path: string): unknown {
  if (e && typeof e === 'object' && 'exitCode' in e) return e;
  const code = (e as { code?: string })?.code ?? '';
  const params = { path, code };
  if (/^SQLITE_(BUSY|LOCKED)/.test(code)) return storageError('error.storageLocked', params, 'error.storageLockedHint');
  if (code === 'SQLITE_NOTADB') return storageError('error.storageNotDb', params, 'error.storageHint');
  if (code.startsWith('SQLITE_CORRUPT')) return storageError('error.storageCorrupt', params, 'error.storageHint');
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return storageError('error.storageFull', params);
  if (/^SQLITE_(CANTOPEN|PERM|READONLY|AUTH)/.test(code) || code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return storageError('error.storagePermission', params);
  }
  if (code.startsWith('SQLITE_IOERR') || code === 'EISDIR' || code === 'ENOTDIR') return storageError('error.storageIo', params, 'error.storageHint');
  // Any other failure of the file system on the way to the file (ENOENT from a folder that cannot
  // be made, ELOOP, ENAMETOOLONG, EEXIST for a dangling link): the path is the problem, not the program.
  if (/^E[A-Z]+$/.test(code) && typeof (e as { syscall?: unknown }).syscall === 'string') return storageError('error.storageIo', params, 'error.storageHint');
  return e;
}

/**
 * Runs fn in a write transaction that takes the write lock at BEGIN (IMMEDIATE): a deferred one that
 * upgrades later fails with SQLITE_BUSY at once, whatever the timeout (SPEC §12).
 */
export function writeTransaction<T>(db: DB, fn: () => T): T {
  return db
    .transaction(() => {
      const result = fn();
      crashPoint('write');
      return result;
    })
    .immediate();
}
