import { AppError, notAllowed, storageError } from '../../core/errors.js';

/**
 * Where a PostgreSQL connection goes, in words the user can check: never the password.
 * `server` is the socket file or host:port; `shown` is the connection string without its password.
 */
export interface PgPlace {
  server: string;
  database: string;
  user: string;
  shown: string;
}

/** The connection string as it may be shown: the password (in the user part or `password=`) left out. */
export function withoutPassword(url: string): string {
  const scheme = /^postgres(?:ql)?:\/\//i.exec(url)?.[0] ?? '';
  const rest = url.slice(scheme.length);
  const end = rest.search(/[/?#]/);
  const authority = end < 0 ? rest : rest.slice(0, end);
  // The user part ends at the last @ of the authority: a password may hold an @ of its own.
  const at = authority.lastIndexOf('@');
  const shown = at < 0 ? rest : `${authority.slice(0, at).replace(/:.*$/s, '')}${rest.slice(at)}`;
  return `${scheme}${shown}`.replace(/([?&]password=)[^&#]*/gi, '$1…');
}

/** SQLSTATE classes and codes (PostgreSQL appendix A) that say the server or the connection failed. */
const LOST = /^(08|57P0[1-3]|53|58)/;

/** Node's socket errors on the way to the server. */
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOENT', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EACCES', 'ECONNRESET', 'EPIPE']);

/**
 * Maps a failure of node-postgres onto exit 5 with one line naming the server and the database and
 * what to check (SPEC §6, §12). Errors of the statements themselves (a unique key, a check) are
 * left as they are: the record stores decide about those. `connecting`: the failure came before the
 * connection was made, so a reset means the server would not talk to us rather than a lost session.
 */
export function toPgStorageError(e: unknown, place: PgPlace, connecting = false, statement?: string): unknown {
  if (e instanceof AppError) return e;
  const err = e as { code?: unknown; message?: unknown };
  const code = typeof err?.code === 'string' ? err.code : '';
  const message = typeof err?.message === 'string' ? err.message : String(e);
  const where = { server: place.server, database: place.database, user: place.user, path: place.shown };
  // A lock held too long (lock_timeout), the write lock among them: as SQLite's busy timeout.
  if (code === '55P03') return storageError('error.storageLocked', where, 'error.pgLockedHint');
  if (code === '3D000') return storageError('error.pgNoDatabase', where);
  // The role may not do this (insufficient_privilege): the database's rule, not a fault.
  if (code === '42501') {
    const level = neededLevel(statement, message);
    if (level) return notAllowed('error.pgNeedsLevel', { ...where, level, reason: oneLine(message) });
    return notAllowed('error.pgDenied', { ...where, reason: oneLine(message) }, 'error.pgDeniedHint');
  }
  if (code === '28P01' || code === '28000') return storageError('error.pgAuth', { ...where, reason: oneLine(message) });
  // The server asked for a password and none was given (URL, PGPASSWORD, ~/.pgpass).
  if (/password must be a string|password authentication/i.test(message) && !code.match(/^[0-9A-Z]{5}$/)) {
    return storageError('error.pgAuth', { ...where, reason: 'no password was given' });
  }
  if (code === '53100') return storageError('error.storageFull', where);
  if (code === 'XX001' || code === 'XX002') return storageError('error.storageCorrupt', where, 'error.pgHint');
  // No answer within the connection timeout (connect.ts).
  if (connecting && /timeout/i.test(message)) return storageError('error.pgUnreachable', { ...where, reason: 'no answer' });
  if (UNREACHABLE.has(code) && (connecting || !['ECONNRESET', 'EPIPE'].includes(code))) {
    return storageError('error.pgUnreachable', { ...where, reason: code });
  }
  if (LOST.test(code) || UNREACHABLE.has(code) || /Connection terminated|connection error|not queryable|Client was closed/i.test(message)) {
    return storageError('error.pgLost', { ...where, reason: oneLine(code || message) });
  }
  return e;
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim().slice(0, 200);

/**
 * Which of the levels (pg/roles.ts) a refused statement needs, from what it did: reading needs a
 * reader; writing a record, an agent; writing settings, granting or revoking, an admin. Undefined
 * when the statement is not known. A timeline's UPDATE or DELETE is refused to every level: our
 * commands never send one.
 */
export function neededLevel(statement: string | undefined, message: string): 'reader' | 'agent' | 'admin' | undefined {
  if (!statement) return undefined;
  const s = statement.trim();
  if (/^(GRANT|REVOKE|CREATE\s+ROLE|DO)\b/i.test(s) || /permission denied to (grant|revoke|create) role|must have admin option/i.test(message)) return 'admin';
  const writes = !/^(SELECT|WITH)\b/i.test(s) || /\b(INSERT|UPDATE|DELETE)\b/i.test(s);
  // The notification queue holds whole webhook URLs: an agent's to read (pg/roles.ts).
  if (!writes) return /permission denied for (table|relation) outbox\b/i.test(message) ? 'agent' : 'reader';
  return /permission denied for (table|relation) settings\b/i.test(message) ? 'admin' : 'agent';
}
