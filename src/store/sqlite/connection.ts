import Database from 'better-sqlite3';
import { createRequire } from 'node:module';
import {
  accessSync,
  chmodSync,
  closeSync,
  constants,
  existsSync,
  linkSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { AppError, storageError, usageError } from '../../core/errors.js';
import { crashPoint } from '../faults.js';
import { escapeRegExp, privatePartial, removeStalePartials } from '../../io/partial-files.js';
import { LATEST_VERSION, migrate } from './migrations.js';
import { registerSearchFunctions } from './search-index.js';

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
  /**
   * false: a missing file is exit 5 naming the path (SPEC §2: a command that only reads never creates
   * a database, so a typo in INCIDENT_DB is not "nothing to do"). Default true.
   */
  create?: boolean;
  /** Called with the path when this open created the database file. */
  onCreate?: (path: string) => void;
}

/**
 * SQLite's unix VFS takes paths of at most 512 bytes, and it names the journal PATH-journal: a longer
 * database path is refused before a single folder is made for it.
 */
export const MAX_PATH_BYTES = 512 - '-journal'.length;

/**
 * Opens (creating on first use, when allowed) an incident database. The folder is made 0700 and the
 * file 0600: incidents hold confidential information (SPEC §2). An existing file is first looked at
 * through a read-only connection: another program's database, or one from a newer version, is refused
 * before anything is written, so the file stays byte-for-byte as it was (SPEC §12).
 */
export async function openDatabase(path: string, options: OpenOptions = {}): Promise<DB> {
  // In memory: for tests of the stores (the CLI refuses it, cli/context.ts).
  const memory = path === ':memory:';
  const made = memory ? [] : prepareFile(path, options.create !== false);
  const timeout = options.busyTimeoutMs ?? 10_000;
  // Several processes starting at once on a new or old database race to switch it to WAL and to
  // migrate it; some of those steps answer SQLITE_BUSY without waiting on the busy timeout. Try the
  // whole opening again, with a short random pause, until the timeout is spent (SPEC §12).
  let db: DB;
  try {
    db = await withBusyRetry(timeout, () => openOnce(path, timeout, options, made !== undefined, memory), path);
  } catch (e) {
    // SQLite could not open the file just made for it (its path): leave nothing behind.
    if (made && (e as { params?: { code?: string } })?.params?.code === 'SQLITE_CANTOPEN') unmake(path, made);
    throw e;
  }
  if (made && !memory) options.onCreate?.(path);
  return db;
}

/** What a read-only look at an existing file found. */
type Found = { kind: 'blank' } | { kind: 'ours'; version: number };

/**
 * Whose file is this? Decided on a read-only connection that writes nothing (SPEC §12). Blank: no
 * schema at all (a new or `touch`ed file): ours to set up. Ours: the incidents and events tables
 * with their columns. Anything else, whatever its user_version, is another program's.
 */
function identify(db: DB, path: string): Found {
  const version = db.pragma('user_version', { simple: true }) as number;
  const objects = db.prepare('SELECT count(*) FROM sqlite_schema').pluck().get() as number;
  if (objects === 0 && version === 0) return { kind: 'blank' };
  const columns = (table: string) => new Set(db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(table) as string[]);
  const incidents = columns('incidents');
  const events = columns('events');
  const ours =
    version > 0 &&
    ['id', 'title', 'status', 'opened_at', 'version'].every((c) => incidents.has(c)) &&
    ['incident_id', 'at', 'kind'].every((c) => events.has(c));
  if (!ours) throw storageError('error.storageForeign', { path }, 'error.storageForeignHint');
  if (version > LATEST_VERSION) throw storageError('error.storageNewer', { found: version, known: LATEST_VERSION, path }, 'error.storageNewerHint');
  return { kind: 'ours', version };
}

const SIDE_FILES = ['-wal', '-shm'];

/**
 * Looks at an existing file read-only. A read-only connection to a WAL database makes its -wal and
 * -shm files when they are missing, and leaves them: on another program's file, those it made (still
 * empty of writes) are removed again, so nothing is left behind.
 */
function look(path: string, timeout: number): Found {
  const before = SIDE_FILES.map((s) => existsSync(path + s));
  let db: DB | undefined;
  try {
    db = connect(path, { readonly: true, fileMustExist: true, timeout });
    // One read transaction: read apart, the version and the schema could straddle another process's
    // creating migration (its tables seen, its version not yet) and call our own file another's.
    const lookAt = db;
    return lookAt.transaction(() => identify(lookAt, path))();
  } catch (e) {
    db?.close();
    db = undefined;
    // Only on a refusal: after any other failure (busy, a recovery this connection could not run)
    // the files may be another incident process's, in use.
    if (refused(e)) {
      SIDE_FILES.forEach((s, i) => {
        if (before[i]) return;
        try {
          const st = statSync(path + s, { throwIfNoEntry: false });
          if (st && (s === '-shm' || st.size === 0)) rmSync(path + s, { force: true });
        } catch {}
      });
    }
    throw e;
  } finally {
    db?.close();
  }
}

/** Not ours, not SQLite, or too new: the file is left as it was found. */
const refused = (e: unknown) =>
  (e instanceof AppError && ['error.storageForeign', 'error.storageNewer'].includes(e.key)) || (e as { code?: string })?.code === 'SQLITE_NOTADB';

/** A read-only connection cannot take part in WAL recovery or a hot journal's rollback: decide on the writable one. */
const cannotLookReadOnly = (e: unknown) => /^SQLITE_(READONLY|CANTOPEN)/.test((e as { code?: string })?.code ?? '');

function openOnce(path: string, timeout: number, options: OpenOptions, made: boolean, memory: boolean): DB {
  let found: Found | undefined = made ? { kind: 'blank' } : undefined;
  if (!found) {
    try {
      found = look(path, timeout);
    } catch (e) {
      if (!cannotLookReadOnly(e)) throw isBusy(e) ? e : toStorageError(e, path);
    }
  }
  if (options.migrate === false) return inspectionConnection(path, timeout, found);
  let db: DB;
  try {
    db = connect(path, { timeout });
  } catch (e) {
    throw toStorageError(e, path);
  }
  try {
    // Decided again on this connection when the read-only look could not be made.
    found ??= identify(db, path);
    // Read again: another process may have set it up or migrated it since the look.
    const version = db.pragma('user_version', { simple: true }) as number;
    // Readers never block the writer; FULL: incident records are evidence, a power cut must not lose them.
    if (!memory) {
      if (String(db.pragma('journal_mode', { simple: true })).toLowerCase() !== 'wal') db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
    }
    db.pragma('foreign_keys = ON');
    // The search index triggers call it on every write (and the migration that builds the index).
    registerSearchFunctions(db);
    if (version < LATEST_VERSION) {
      migrate(db, {
        backup: version > 0 && !memory ? () => backupBeforeMigration(db, path, version, options) : undefined,
      });
      const now = db.pragma('user_version', { simple: true }) as number;
      if (now !== version) options.onMigrate?.(version, now);
    }
    return db;
  } catch (e) {
    db.close();
    if (isBusy(e)) throw e;
    throw toStorageError(e, path);
  }
}

/**
 * Inspection (db check, db backup) must not change the file it inspects. Read-only when this user
 * cannot write the file, so that a check by someone else never tries to; else a usual connection
 * (which removes its -wal and -shm files when it closes), used for reading only.
 */
function inspectionConnection(path: string, timeout: number, found: Found | undefined): DB {
  let db: DB;
  try {
    db = connect(path, { timeout, fileMustExist: true, readonly: !writable(path) });
  } catch (e) {
    throw toStorageError(e, path);
  }
  try {
    if (!found) identify(db, path);
    db.pragma('foreign_keys = ON');
    return db;
  } catch (e) {
    db.close();
    throw toStorageError(e, path);
  }
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

const isBusy = (e: unknown) => /^SQLITE_(BUSY|LOCKED)/.test((e as { code?: string })?.code ?? '');

/** Runs fn again while it fails with SQLITE_BUSY, for at most timeoutMs; then exit 5 "locked". */
export async function withBusyRetry<T>(timeoutMs: number, fn: () => T | Promise<T>, path = ''): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      if (!isBusy(e)) throw e;
      if (Date.now() >= deadline) throw toStorageError(e, path);
      await sleep(Math.min(200, 5 * 2 ** Math.min(attempt, 5)) * (0.5 + Math.random()));
    }
  }
}

/** A pause that lets the event loop run (a timer or a prompt of the same process is not blocked). */
const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** What prepareFile made for a new database: the folders (outermost first), to remove if SQLite cannot open it. */
type Made = string[];

/**
 * Checks the path and, for a new database, makes its folders and the empty file 0600. Undefined: the
 * file was there already. A missing file when the command may not create one is exit 5 naming it;
 * a folder on the way that this user cannot look into is "no permission", not "missing".
 */
function prepareFile(path: string, create: boolean): Made | undefined {
  try {
    const found = statSync(path, { throwIfNoEntry: false });
    if (found?.isDirectory()) throw storageError('error.storageNotDb', { path });
    if (found) return undefined;
    if (!create) throw storageError('error.storageMissing', { path }, 'error.storageMissingHint');
    const bytes = Buffer.byteLength(fullPath(path));
    if (bytes > MAX_PATH_BYTES) throw usageError('error.dbPathTooLong', { path: path.length > 80 ? `${path.slice(0, 40)}…${path.slice(-30)}` : path, bytes, max: MAX_PATH_BYTES });
    const made = makeFolders(dirname(path));
    try {
      closeSync(openSync(path, 'wx', 0o600));
    } catch (e) {
      // Another process made it meanwhile: theirs, and now simply there.
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') return undefined;
      throw e;
    }
    chmodSync(path, 0o600);
    return made;
  } catch (e) {
    throw toStorageError(e, path);
  }
}

/** The absolute path SQLite will use: symbolic links of the folders that exist resolved, as it does. */
function fullPath(path: string): string {
  let dir = resolve(path);
  const rest: string[] = [];
  while (!existsSync(dir) && dirname(dir) !== dir) {
    rest.unshift(basename(dir));
    dir = dirname(dir);
  }
  try {
    dir = realpathSync(dir);
  } catch {}
  return join(dir, ...rest);
}

/** Undoes prepareFile after SQLite refused the new file: the empty file and the folders made for it. */
function unmake(path: string, made: Made): void {
  try {
    if (statSync(path).size === 0) rmSync(path);
    for (const d of [...made].reverse()) rmdirSync(d);
  } catch {}
}

/**
 * `mkdir -p` with mode 0700, one level at a time. Node 20's own recursive mkdir never returns when
 * the system answers ENOENT for a folder whose parent exists (as under /proc): here that is an error
 * like any other, and so is a dangling symbolic link on the way (EEXIST).
 */
function makeFolders(dir: string): Made {
  const missing: string[] = [];
  for (let d = dir; !existsSync(d) && dirname(d) !== d; d = dirname(d)) missing.unshift(d);
  const made: string[] = [];
  for (const d of missing) {
    mkdirSync(d, { mode: 0o700 });
    made.push(d);
  }
  return made;
}

/** PATH.v<version>-<time>.bak.partial-PID (and its -journal): what a killed migration left behind. */
const backupPartials = (path: string) => new RegExp(`^${escapeRegExp(basename(path))}\\.v\\d+-\\d{8}T\\d{6}\\.bak\\.partial-(\\d+)(?:-journal)?$`);

/** Removes the partial pre-migration backups of processes that were killed (see io/partial-files.ts). */
export function removeStaleBackups(path: string): void {
  removeStalePartials(dirname(path), backupPartials(path));
}

function backupBeforeMigration(db: DB, path: string, version: number, options: OpenOptions): void {
  const stamp = (options.now?.() ?? new Date()).toISOString().replace(/[-:]/g, '').replace(/\..*/, '');
  const target = `${path}.v${version}-${stamp}.bak`;
  removeStaleBackups(path);
  // VACUUM INTO writes a consistent copy even while others read. Under a temporary name (0600 from
  // the start), then renamed: a process killed meanwhile never leaves a half backup under the real
  // name, and two processes upgrading together at the same second keep one backup, not an error.
  const { path: tmp, discard } = privatePartial(target);
  try {
    db.prepare('VACUUM INTO ?').run(tmp);
    crashPoint('backup');
  } catch (e) {
    discard();
    throw e;
  }
  // A hard link is made or refused atomically: of processes upgrading at the same second, exactly one
  // names the backup (existsSync then rename let two both think they had made it).
  try {
    linkSync(tmp, target);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST' || existsSync(target)) {
      discard();
      return;
    }
    // A file system without hard links: renamed, as the best it allows.
    renameSync(tmp, target);
    options.onBackup?.(target);
    return;
  }
  discard();
  options.onBackup?.(target);
}

/** Maps SQLite and file-system failures onto exit 5 with a line the user can act on. */
export function toStorageError(e: unknown, path: string): unknown {
  if (e && typeof e === 'object' && 'exitCode' in e) return e;
  const code = (e as { code?: string })?.code ?? '';
  const params = { path, code };
  if (/^SQLITE_(BUSY|LOCKED)/.test(code)) {
    // Who holds it, when this system lets us see: another incident command (an import), or a program.
    const holders = path ? openedBy(path) : [];
    const hint = !holders.length ? 'error.storageLockedHint' : holders.some((h) => h.ours) ? 'error.storageLockedByIncident' : 'error.storageLockedByOther';
    return storageError('error.storageLocked', { ...params, processes: holders.map((h) => h.text).join(', ') }, hint);
  }
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
 * The other processes that have the database open (its file, -wal or -shm), read from /proc: on
 * Linux, for processes of this user (all of them for root). Asked only after the busy timeout ran
 * out, to say who holds the lock; empty where it cannot be known.
 */
function openedBy(path: string): { text: string; ours: boolean }[] {
  let real: string;
  let pids: string[];
  try {
    real = realpathSync(path);
    pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p) && Number(p) !== process.pid);
  } catch {
    return [];
  }
  const files = new Set(['', '-wal', '-shm', '-journal'].map((s) => real + s));
  const found: { text: string; ours: boolean }[] = [];
  for (const pid of pids) {
    try {
      const fds = readdirSync(`/proc/${pid}/fd`);
      if (!fds.some((fd) => files.has(safeReadlink(`/proc/${pid}/fd/${fd}`)))) continue;
      const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
      // node …/bin/incident.js import x.jsonl → "incident import x.jsonl"
      const script = argv.findIndex((a, i) => i > 0 && /(^|\/)incident(\.js)?$/.test(a));
      const ours = script > 0 || /(^|\/)incident$/.test(argv[0] ?? '');
      const words = ours ? ['incident', ...argv.slice(script > 0 ? script + 1 : 1)] : [basename(argv[0] ?? '?'), ...argv.slice(1)];
      const line = words.join(' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
      found.push({ text: `${line.length > 100 ? `${line.slice(0, 99)}…` : line} (pid ${pid})`, ours });
    } catch {}
    if (found.length >= 3) break;
  }
  return found;
}

function safeReadlink(link: string): string {
  try {
    return readlinkSync(link);
  } catch {
    return '';
  }
}

/**
 * A read-only look for shell completion: never creates, migrates or locks the file, waits 200 ms at
 * most; undefined when there is no file or it cannot be read (a completion must never disturb the
 * terminal).
 */
export function peekDatabase(path: string): DB | undefined {
  if (path !== ':memory:' && !existsSync(path)) return undefined;
  try {
    return connect(path, { readonly: true, fileMustExist: true, timeout: 200 });
  } catch {
    return undefined;
  }
}
