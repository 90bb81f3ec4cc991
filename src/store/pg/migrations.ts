import { AppError, storageError } from '../../core/errors.js';
import type { PgPlace } from './errors.js';
import type { Timeline } from '../../core/chain.js';
import { chainFiller, timelinePages } from '../chain.js';
import { regrant } from './roles.js';
import { ATTACHMENTS_SQL, CHANGE_RECORDED_SQL, CREATORS_SQL, IDENTITY_SQL, SCHEMA_SQL, TIMELINE_TABLES, WEBHOOKS_SQL } from './schema.js';
import type { PgSql } from './sql.js';

/**
 * Schema versions on PostgreSQL. The table `incident_schema` (one row per applied migration) takes
 * the place of SQLite's `PRAGMA user_version`, and tells our database from another program's.
 *
 * The numbers are SQLite's (store/migrations.ts): version n has the same tables and columns on both
 * backends. The first one creates the whole schema as SQLite has it at that version; a later SQLite
 * migration gets its PostgreSQL twin here, with the same number.
 */
export interface PgMigration {
  version: number;
  name: string;
  /** The statements, or a function for a migration that computes what it writes. */
  sql: string | ((sql: PgSql) => Promise<void>);
}

export const PG_MIGRATIONS: PgMigration[] = [
  { version: 11, name: 'incidents, problems, knowledge, timelines and the outbox', sql: SCHEMA_SQL },
  { version: 12, name: 'who did it: the database role, and on behalf of', sql: IDENTITY_SQL },
  {
    version: 13,
    name: 'hash chain over every timeline',
    // As on SQLite: each event carries the hash of its content and of the event before it in its
    // timeline (core/chain.ts); existing events get theirs in timeline order, with the append-only
    // trigger disabled for that alone, inside the migration's transaction.
    sql: async (sql) => {
      for (const table of TIMELINE_TABLES) {
        await sql.run(`ALTER TABLE ${table} ADD COLUMN IF NOT EXISTS hash text COLLATE "C"`);
        await sql.run(`ALTER TABLE ${table} DISABLE TRIGGER ${table}_no_update`);
        await fillChains(sql, table);
        await sql.run(`ALTER TABLE ${table} ENABLE TRIGGER ${table}_no_update`);
      }
    },
  },
  {
    version: 14,
    name: 'link kinds: related, duplicate, parent',
    // As SQLite's migration 14: what the first incident is to the second, and links read from the other side.
    sql: `
      ALTER TABLE incident_links ADD COLUMN kind text COLLATE "C" NOT NULL DEFAULT 'related' CHECK (kind IN ('related','duplicate','parent'));
      CREATE INDEX incident_links_back ON incident_links (related_id, kind, incident_id);
    `,
  },
  { version: 15, name: 'attachments and mail taken in', sql: ATTACHMENTS_SQL },
  // SQLite's 16 makes its full-text index keep exact totals; search_totals here always did.
  { version: 16, name: 'search totals that follow edits and notes', sql: 'SELECT 1' },
  { version: 17, name: 'webhook URLs: an admin\'s secret; the outbox holds their origin; records made by the role', sql: WEBHOOKS_SQL + CREATORS_SQL },
  { version: 18, name: 'a record changes only with its timeline', sql: CHANGE_RECORDED_SQL },
];

/** Gives the events of a timeline table that have none their hashes (store/chain.ts#chainFiller), with one UPDATE per page. */
async function fillChains(sql: PgSql, table: Timeline): Promise<void> {
  const hashesFor = chainFiller(table);
  for await (const rows of timelinePages(sql, table)) {
    const missing = hashesFor(rows);
    if (missing.length) {
      await sql.run(
        `UPDATE ${table} t SET hash = v.hash FROM (SELECT unnest(CAST(? AS bigint[])) AS id, unnest(CAST(? AS text[])) AS hash) v WHERE t.id = v.id`,
        [`{${missing.map((m) => m.id).join(',')}}`, `{${missing.map((m) => m.hash).join(',')}}`],
      );
    }
  }
}

export const PG_LATEST_VERSION = Math.max(...PG_MIGRATIONS.map((m) => m.version));

/** The table that says the database is ours, and at which version. */
export const VERSION_TABLE = 'incident_schema';

/** What a look at a database found: empty (ours to set up), or ours at a version. */
export type PgFound = { kind: 'blank' } | { kind: 'ours'; version: number };

/**
 * Whose database is this? Blank: no table or view in its schema (an extension's aside). Ours: our version table is there.
 * Anything else is another program's: refused, untouched (SPEC §12). A version above ours: refused,
 * untouched. Only reads.
 */
export async function identifyPg(sql: PgSql, place: PgPlace, at: 'start' | 'inTransaction' = 'inTransaction'): Promise<PgFound> {
  // Every command asks: our version table answers at once. The look over the whole schema below
  // costs a fresh server process a few ms of catalog reads (≈ 30 ms on a loaded machine).
  const oursSql = `SELECT to_regclass(format('%I.%I', current_schema(), '${VERSION_TABLE}')) IS NOT NULL`;
  const versionSql = `SELECT coalesce(max(version), 0) FROM ${VERSION_TABLE}`;
  if (at === 'start') {
    // As a command starts, both questions in one round trip. When the version table is nowhere on
    // the search path the second fails, which outside a transaction spoils nothing: not ours, then.
    const [mine, found] = await sql.firstValues([oursSql, versionSql]).catch((e: unknown) => {
      if ((e as { code?: unknown })?.code === '42P01') return [false, undefined];
      throw e;
    });
    if (mine) return ourVersion(Number(found ?? 0), place);
  }
  const ours = await sql.value<boolean>(oursSql);
  const names = ours ? [{ name: VERSION_TABLE }] : await sql.all<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c
      WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) AND c.relkind IN ('r', 'v', 'm', 'p', 'f')
        -- Views of an extension installed there (pg_stat_statements, …) are the server's, not another program's data.
        AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')`,
  );
  if (names.length === 0) return { kind: 'blank' };
  if (!names.some((n) => n.name === VERSION_TABLE)) throw storageError('error.storageForeign', { path: place.shown }, 'error.pgForeignHint');
  return ourVersion((await sql.value<number>(versionSql)) ?? 0, place);
}

/** Ours, at this version: refused, untouched, when it is newer than this program knows. */
function ourVersion(version: number, place: PgPlace): PgFound {
  if (version > PG_LATEST_VERSION) {
    throw storageError('error.storageNewer', { found: version, known: PG_LATEST_VERSION, path: place.shown }, 'error.storageNewerHint');
  }
  return { kind: 'ours', version };
}

/**
 * Applies every pending migration in one transaction under the write lock: all of them or none.
 * Two processes starting together on a new database: the second waits for the lock, looks again,
 * finds the schema made, and does nothing (neither fails).
 */
export async function migratePg(sql: PgSql, place: PgPlace, now: () => Date = () => new Date()): Promise<{ from: number; to: number }> {
  return sql.write(async () => {
    // Looked at again inside the lock: another process may have migrated while we waited.
    const found = await identifyPg(sql, place);
    const from = found.kind === 'blank' ? 0 : found.version;
    if (found.kind === 'blank') {
      await sql.run(`CREATE TABLE ${VERSION_TABLE} (version integer PRIMARY KEY, name text NOT NULL, applied_at text COLLATE "C" NOT NULL)`).catch((e: unknown) => {
        throw mayNotCreate(e) ? storageError('error.storagePermission', { path: place.shown }, 'error.pgOwnerHint') : e;
      });
    }
    let to = from;
    for (const m of [...PG_MIGRATIONS].sort((a, b) => a.version - b.version)) {
      if (m.version <= from) continue;
      await (typeof m.sql === 'string' ? sql.run(m.sql) : m.sql(sql)).catch((e: unknown) => {
        throw mayNotCreate(e) ? storageError('error.storagePermission', { path: place.shown }, 'error.pgOwnerHint') : e;
      });
      await sql.run(`INSERT INTO ${VERSION_TABLE} (version, name, applied_at) VALUES (?, ?, ?)`, [m.version, m.name, now().toISOString()]);
      to = m.version;
    }
    // In the same transaction: a new table is never left without its readers', agents' and admins' grants.
    if (to !== from) await regrant(sql);
    return { from, to };
  });
}

/** This role may not create tables here (not the owner since PostgreSQL 15), or no schema is there to create them in. */
const mayNotCreate = (e: unknown) =>
  (e instanceof AppError && (e.key === 'error.pgDenied' || e.key === 'error.pgNeedsLevel')) || ['42501', '3F000'].includes((e as { code?: string })?.code ?? '');
