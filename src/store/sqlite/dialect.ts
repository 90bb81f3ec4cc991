import { toFts, type ParsedQuery } from '../../core/query.js';
import { redactUrl } from '../../core/secrets.js';
import type { DocKind } from '../../core/rank.js';
import type { TableInfo } from '../../core/transfer.js';
import { userInfo } from 'node:os';
import type { DeferredIndexes, Dialect, DurationVisit, EventIdentity, SearchFilter } from '../dialect.js';
import type { SqlValue } from '../sql.js';
import { schemaVersion } from './maintenance.js';
import { bestMatches, rebuildIncidentIndex } from './search-index.js';
import type { SqliteSql } from './sql.js';

/** Helper threads SQLite may start to sort an index's keys when they do not fit in memory at once. */
const SORT_THREADS = 2;

/** Epoch milliseconds of an ISO text column, as an integer (exact for our ms-precision times). */
const ms = (col: string) => `CAST(round(unixepoch(${col}, 'subsec') * 1000) AS INTEGER)`;

/**
 * SQLite's answers to what the record stores cannot say portably (store/dialect.ts). PostgreSQL's
 * will sit beside it in store/pg/dialect.ts.
 */
export class SqliteDialect implements Dialect {
  constructor(private readonly sql: SqliteSql) {}

  private get db() {
    return this.sql.db;
  }

  // PostgreSQL: `SELECT unnest(?::bigint[])`.
  idSet(ids: readonly number[]): { sql: string; param: SqlValue } {
    return { sql: 'SELECT value FROM json_each(?)', param: JSON.stringify(ids) };
  }

  // PostgreSQL: `string_agg(expr::text, separator)`.
  groupConcat(expr: string, separator: string): string {
    return `group_concat(${expr}, ${separator})`;
  }

  // PostgreSQL: `lower(col) = lower(?)` (with indexes on lower(col)).
  equalsIgnoringCase(col: string): string {
    return `${col} = ? COLLATE NOCASE`;
  }

  // PostgreSQL: `(extract(epoch from col::timestamptz) * 1000)::bigint`.
  epochMs(col: string): string {
    return ms(col);
  }

  // PostgreSQL: `to_char(col::timestamptz AT TIME ZONE current_setting('TimeZone'), 'YYYY-MM-DD')`.
  localDate(col: string): string {
    return `date(${col}, 'localtime')`;
  }

  async searchBest(kind: DocKind, query: ParsedQuery, filter: SearchFilter, limit: number, since?: string): Promise<{ id: number; score: number }[]> {
    const match = toFts(query, filter);
    return match ? bestMatches(this.sql, kind, match, limit, since) : [];
  }

  /** The FTS5 triggers keep the index in step. */
  async indexChanged(): Promise<void> {}

  async indexAll(): Promise<void> {}

  /**
   * Rows reach JavaScript through a SQL function rather than as result rows: at a million incidents
   * that is several times faster and keeps memory flat. Incidents that could have been on hold
   * before they were classified (escalated first, then held) also get their hold intervals from the
   * timeline: a hold starts with a `held` event and ends with the next event that leaves on_hold.
   */
  async scanDurations(
    query: { where: string; params: readonly SqlValue[]; group: string; start: string; allHolds: boolean },
    visit: DurationVisit,
  ): Promise<void> {
    this.db.function('incident_report_visit', { deterministic: false, directOnly: true }, (g, s, c, r, held, holds, p) => {
      visit(g as string | null, s as string, c as string | null, r as string | null, held as number, holds as string | null, p as string | null);
      return null;
    });
    const needsHolds = query.allHolds ? '1' : 'i.escalation_level > 0 AND i.classified_at IS NOT NULL';
    this.db
      .prepare(
        `SELECT count(incident_report_visit(${query.group}, ${query.start}, i.classified_at, i.resolved_at, i.held_seconds,
           CASE WHEN (i.held_seconds > 0 OR i.hold_started_at IS NOT NULL) AND ${needsHolds} THEN (
             SELECT group_concat(hs || ':' || coalesce(he, ''), ',') FROM (
               SELECT ${ms('h.at')} AS hs,
                      (SELECT ${ms('x.at')} FROM events x
                       WHERE x.incident_id = h.incident_id AND x.id > h.id AND x.from_value = 'on_hold'
                       ORDER BY x.id LIMIT 1) AS he
               FROM events h WHERE h.incident_id = i.id AND h.kind = 'held' ORDER BY h.id))
           END, i.priority))
         FROM incidents i WHERE ${query.where} AND (i.classified_at IS NOT NULL OR i.resolved_at IS NOT NULL)`,
      )
      .get(...query.params);
  }

  async schemaVersion(): Promise<number> {
    return schemaVersion(this.db);
  }

  async tableInfo(table: string): Promise<TableInfo[]> {
    return this.db.prepare(`PRAGMA table_info(${table})`).all() as TableInfo[];
  }

  /** A deferred transaction takes its snapshot at the first read; nothing is locked for writers. */
  async readSnapshot<T>(fn: () => Promise<T>): Promise<T> {
    this.db.exec('BEGIN');
    try {
      this.db.prepare('SELECT 1 FROM settings LIMIT 1').get();
      return await fn();
    } finally {
      if (this.db.inTransaction) this.db.exec('COMMIT');
    }
  }

  /** The pragma has no effect inside a transaction: set around it. */
  async withoutForeignKeys<T>(fn: () => Promise<T>): Promise<T> {
    this.db.pragma('foreign_keys = OFF');
    try {
      return await fn();
    } finally {
      this.db.pragma('foreign_keys = ON');
    }
  }

  async deferIndexes(tables: readonly string[]): Promise<DeferredIndexes> {
    const list = `(${tables.map(() => '?').join(', ')})`;
    const rows = (type: string, extra: string) =>
      this.db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = '${type}' AND sql IS NOT NULL ${extra} AND tbl_name IN ${list}`).all(...tables) as { name: string; sql: string }[];
    const indexes = rows('index', "AND sql NOT LIKE 'CREATE UNIQUE%'");
    const triggers = rows('trigger', "AND name GLOB 'incident_fts_*'");
    for (const r of indexes) this.db.exec(`DROP INDEX "${r.name.replace(/"/g, '""')}"`);
    for (const r of triggers) this.db.exec(`DROP TRIGGER "${r.name.replace(/"/g, '""')}"`);
    return { indexes: indexes.map((r) => r.sql), triggers: triggers.map((r) => r.sql) };
  }

  async restoreIndexes(deferred: DeferredIndexes): Promise<void> {
    // SQLite may sort an index's keys on a helper thread: ≈ 15 % faster for the indexes at 1M rows.
    const threads = this.db.pragma('threads', { simple: true }) as number;
    this.db.pragma(`threads = ${SORT_THREADS}`);
    try {
      for (const s of deferred.indexes) this.db.exec(s);
    } finally {
      this.db.pragma(`threads = ${threads}`);
    }
    for (const s of deferred.triggers) this.db.exec(s);
    if (deferred.triggers.length) rebuildIncidentIndex(this.db);
  }

  constraintKind(e: unknown): 'duplicate' | 'constraint' | undefined {
    const code = (e as { code?: string })?.code ?? '';
    if (code === 'SQLITE_CONSTRAINT_PRIMARYKEY') return 'duplicate';
    if (code.startsWith('SQLITE_CONSTRAINT')) return 'constraint';
    return undefined;
  }

  /** The name as given, and the OS account that ran the command: what a shared file can know (docs/team.md). */
  whoActs(name: string): EventIdentity {
    return { actor: name, onBehalfOf: null, osUser: osAccount() };
  }

  async keepRecordedActors(): Promise<void> {}

  /** A file has no roles: whoever opens it reads the URLs, and shows their origin as the view does on a server. */
  async webhookOrigins(): Promise<Record<string, string>> {
    const rows = await this.sql.all<{ key: string; value: string }>("SELECT key, value FROM settings WHERE key LIKE 'notify.%.url' AND value <> '' ORDER BY key");
    const out: Record<string, string> = {};
    for (const r of rows) {
      const rule = /^notify\.([^.]+)\.url$/.exec(r.key)?.[1];
      if (rule) out[rule] = redactUrl(r.value);
    }
    return out;
  }
}

let account: string | null | undefined;

/** `login:uid` of the process (as in /etc/passwd), read once; null where the system has neither. */
function osAccount(): string | null {
  if (account !== undefined) return account;
  try {
    const u = userInfo();
    account = u.uid >= 0 ? `${u.username}:${u.uid}` : u.username;
  } catch {
    account = null;
  }
  return account;
}
