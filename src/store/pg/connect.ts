import { existsSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Client, ClientConfig } from 'pg';
import { storageError, usageError } from '../../core/errors.js';
import { toPgStorageError, withoutPassword, type PgPlace } from './errors.js';
import { identifyPg, migratePg, PG_LATEST_VERSION } from './migrations.js';
import { ownsTables, regrant } from './roles.js';
import { PG_TYPE_PARSERS, PgSql } from './sql.js';

export { isPgUrl } from './url.js';

/** How long a command waits for a lock (the write lock among them) before giving up, as SQLite's busy timeout. */
export const LOCK_TIMEOUT_MS = 10_000;

/** How long a command waits for the server to answer a connection, unless PGCONNECT_TIMEOUT says. */
export const CONNECT_TIMEOUT_MS = 10_000;

/** Where libpq on Debian looks for the server when neither the URL nor PGHOST names a host. */
const DEBIAN_SOCKET_DIR = '/var/run/postgresql';

type PgModule = typeof import('pg');
let driver: Promise<PgModule> | undefined;

/**
 * node-postgres, loaded only when a PostgreSQL URL is used (SPEC §13). When it loads it asks
 * whether it runs in a Cloudflare Worker: unless `navigator` is defined (Node 20 has none) it builds
 * a fetch Response to find out, which loads undici (≈ 25 ms of every command). A `navigator` that
 * says "Node.js" is there for the load only, then removed.
 */
export function loadDriver(): Promise<PgModule> {
  driver ??= (async () => {
    const g = globalThis as { navigator?: unknown };
    const standIn = g.navigator === undefined;
    if (standIn) Object.defineProperty(g, 'navigator', { value: { userAgent: 'Node.js' }, configurable: true, writable: true });
    try {
      const m = (await import('pg')) as PgModule & { default?: PgModule };
      return m.default ?? m;
    } finally {
      if (standIn) delete g.navigator;
    }
  })();
  return driver;
}

export interface PgOpenOptions {
  /**
   * false: an empty database is exit 5 "no incident database" (SPEC §2: a command that only reads
   * never creates one). Default true: the schema is made on an empty database.
   */
  create?: boolean;
  /** false: use the database as it is, without making or migrating its schema (for inspection). */
  migrate?: boolean;
  /** Called with the connection string (no password) when this open made the schema. */
  onCreate?: (shown: string) => void;
  /** Called after migrations ran, with the schema versions before and after. */
  onMigrate?: (from: number, to: number) => void;
  /** ms to wait for a lock before exit 5 "locked". */
  lockTimeoutMs?: number;
  /** ms to wait for the server to answer a connection (else PGCONNECT_TIMEOUT, else 10 s). */
  connectTimeoutMs?: number;
  /**
   * The session's time zone (local days in reports are the process's, as SQLite's 'localtime' is).
   * A zone the server does not know is UTC, as it is to the C library that SQLite asks.
   */
  timeZone?: string;
}

type ConnectOptions = Pick<PgOpenOptions, 'lockTimeoutMs' | 'connectTimeoutMs' | 'timeZone'>;

/**
 * Opens an incident database on PostgreSQL: connects, looks whose database it is (another
 * program's, or one from a newer version, is refused before anything is written), and makes or
 * migrates the schema when allowed. Every failure is exit 5 with one line (errors.ts).
 */
export async function openPg(url: string, options: PgOpenOptions = {}): Promise<PgSql> {
  const { sql, place } = await connectAt(url, options);
  try {
    const found = await identifyPg(sql, place, 'start');
    if (options.migrate === false || (found.kind === 'blank' && options.create === false)) {
      if (found.kind === 'blank') throw storageError('error.storageMissing', { path: place.shown }, 'error.pgMissingHint');
      return sql;
    }
    if (found.kind === 'blank' || found.version < PG_LATEST_VERSION) {
      const { from, to } = await migratePg(sql, place);
      if (from === 0 && to > 0) options.onCreate?.(place.shown);
      else if (to !== from) options.onMigrate?.(from, to);
    }
    return sql;
  } catch (e) {
    await sql.close();
    throw toPgStorageError(e, place);
  }
}

/** `incident db init URL`: makes the schema, or brings it up to date; nothing when it is (idempotent). */
export async function initSchema(url: string, options: ConnectOptions = {}): Promise<{ shown: string; from: number; to: number }> {
  const { sql, place } = await connectAt(url, options);
  try {
    const found = await identifyPg(sql, place);
    const from = found.kind === 'blank' ? 0 : found.version;
    const result = from < PG_LATEST_VERSION ? await migratePg(sql, place) : { from, to: from };
    // Run again on a current schema, the owner grants the groups their privileges again (a migration does it itself).
    if (result.from === result.to && (await ownsTables(sql))) await sql.write(() => regrant(sql));
    return { shown: place.shown, ...result };
  } catch (e) {
    throw toPgStorageError(e, place);
  } finally {
    await sql.close();
  }
}

/** A connection, and nothing else: no look at the schema. */
export async function connectPg(url: string, options: ConnectOptions = {}): Promise<PgSql> {
  return (await connectAt(url, options)).sql;
}

async function connectAt(url: string, options: ConnectOptions): Promise<{ sql: PgSql; place: PgPlace }> {
  try {
    return await connectOnce(url, options);
  } catch (e) {
    // The server refuses a session in a zone it does not know (the process's TZ is a name only ICU
    // or the C library knows): UTC then, as before.
    if (options.timeZone !== undefined && options.timeZone !== 'UTC' && isBadTimeZone(e)) return connectOnce(url, { ...options, timeZone: 'UTC' });
    throw e;
  }
}

const isBadTimeZone = (e: unknown) => {
  const err = e as { code?: unknown; message?: unknown };
  return err?.code === '22023' && /"TimeZone"/i.test(String(err.message));
};

/**
 * Settings for the whole session, sent in the startup packet (`options`), so that they cost no round
 * trip: after the user's own options (the URL's `options`, else PGOPTIONS), which may not change
 * the time zone, the one thing the records' meaning depends on.
 * - jit=off: our statements are short, and compiling one takes the server more time than it saves
 *   (a report's page of 5,000 incidents: ≈ 60 ms of compiling each).
 */
export function sessionOptions(own: string | undefined, timeZone: string | undefined): string {
  const quote = (v: string) => v.replace(/[\\ ]/g, (c) => `\\${c}`);
  return ['-c jit=off', own, timeZone === undefined ? undefined : `-c TimeZone=${quote(timeZone)}`].filter(Boolean).join(' ');
}

async function connectOnce(url: string, options: ConnectOptions): Promise<{ sql: PgSql; place: PgPlace }> {
  // node-postgres reads the PG* variables from process.env itself; the default socket and the
  // password file below are read from there too.
  const env = process.env;
  const pg = await loadDriver();
  const config: ClientConfig = {
    connectionString: withDefaultSocket(url, env),
    application_name: 'incident',
    lock_timeout: options.lockTimeoutMs ?? LOCK_TIMEOUT_MS,
    // A host that drops packets would otherwise hold the command for the system's TCP timeout (minutes).
    connectionTimeoutMillis: options.connectTimeoutMs ?? (Number(env.PGCONNECT_TIMEOUT) > 0 ? Number(env.PGCONNECT_TIMEOUT) * 1000 : CONNECT_TIMEOUT_MS),
    types: {
      getTypeParser: ((oid: number, format?: string) => PG_TYPE_PARSERS[oid] ?? pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
    },
  };
  let client: Client;
  try {
    client = new pg.Client(config);
  } catch (e) {
    // Not a URL (a bad port, a stray bracket): the user's typo, not the server's fault.
    throw usageError('error.pgBadUrl', { path: withoutPassword(url), reason: e instanceof Error ? e.message : String(e) });
  }
  const params = (client as unknown as { connectionParameters: { options?: string } }).connectionParameters;
  params.options = sessionOptions(params.options, options.timeZone);
  const place = placeOf(client, url);
  // node-postgres reads ~/.pgpass itself, with a deprecation warning on stderr at every use: read here.
  if (client.password == null) (client as { password: unknown }).password = () => pgpassPassword(client, env);
  // A connection the server drops while idle is reported by the next query (errors.ts), not as an
  // unhandled 'error' event that would end the process with a stack trace.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (e) {
    await client.end().catch(() => undefined);
    throw toPgStorageError(e, place, true);
  }
  return { sql: new PgSql(client, place), place };
}

/**
 * libpq on Debian looks for the server's socket in /var/run/postgresql when nothing names a host;
 * node-postgres would try TCP on localhost. The same URL should reach the same server as `psql URL`.
 */
function withDefaultSocket(url: string, env: NodeJS.ProcessEnv): string {
  const authority = url.replace(/^postgres(?:ql)?:\/\//i, '').split(/[/?#]/)[0]!;
  const host = authority.replace(/^.*@/, '').replace(/:\d*$/, '');
  if (host || /[?&]host=/i.test(url) || env.PGHOST || !existsSync(DEBIAN_SOCKET_DIR)) return url;
  return `${url}${url.includes('?') ? '&' : '?'}host=${encodeURIComponent(DEBIAN_SOCKET_DIR)}`;
}

/** Whether the URL itself names the database (else it comes from PGDATABASE or the role's name). */
const namesDatabase = (url: string) => /^postgres(?:ql)?:\/\/[^/?#]*\/[^?#]/i.test(url);

function placeOf(client: Client, url: string): PgPlace {
  const host = client.host ?? '';
  const port = client.port ?? 5432;
  return {
    server: host.startsWith('/') ? join(host, `.s.PGSQL.${port}`) : `${host}:${port}`,
    database: client.database ?? '',
    user: client.user ?? '',
    shown: namesDatabase(url) ? withoutPassword(url) : `${withoutPassword(url)} (database ${client.database ?? ''} at ${host.startsWith('/') ? host : `${host}:${port}`})`,
  };
}

/**
 * The password from the password file (PGPASSFILE, else ~/.pgpass), as libpq reads it: lines of
 * host:port:database:user:password, `*` for any, `\` escaping `:` and `\`; ignored when others can
 * read it. For a connection over a socket, the socket folder or `localhost` matches.
 */
export function pgpassPassword(client: Pick<Client, 'host' | 'port' | 'database' | 'user'>, env: NodeJS.ProcessEnv): string | undefined {
  const file = env.PGPASSFILE || join(env.HOME || homedir(), '.pgpass');
  let text: string;
  try {
    const st = statSync(file);
    if (!st.isFile() || (st.mode & 0o077) !== 0) return undefined;
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const host = client.host ?? '';
  const hosts = host.startsWith('/') ? [host, 'localhost'] : [host];
  const wanted = [hosts, [String(client.port ?? 5432)], [client.database ?? ''], [client.user ?? '']];
  for (const line of text.split(/\r?\n/)) {
    if (!line || line.startsWith('#')) continue;
    const fields = splitPgpass(line);
    if (fields.length < 5) continue;
    if (wanted.every((values, i) => fields[i] === '*' || values.includes(fields[i]!))) return fields.slice(4).join(':');
  }
  return undefined;
}

function splitPgpass(line: string): string[] {
  const fields: string[] = [''];
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === '\\' && i + 1 < line.length) fields[fields.length - 1] += line[++i];
    else if (c === ':' && fields.length < 5) fields.push('');
    else fields[fields.length - 1] += c;
  }
  return fields;
}
