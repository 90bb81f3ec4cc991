import type { ParsedQuery } from '../../core/query.js';
import type { DocKind } from '../../core/rank.js';
import type { TableInfo } from '../../core/transfer.js';
import type { DeferredIndexes, Dialect, DurationVisit, EventIdentity, SearchFilter } from '../dialect.js';
import { brokenRule } from '../sql-errors.js';
import type { SqlValue } from '../sql.js';
import { VERSION_TABLE } from './migrations.js';
import { PgSearchStore, rebuildSearchIndex, toPgMatch, reindexIncidents, reindexKnowledge } from './search.js';
import type { PgSql } from './sql.js';

/** Epoch milliseconds of an ISO text column, as an integer. */
const ms = (col: string) => `(extract(epoch from (${col})::timestamptz) * 1000)::bigint`;

/**
 * PostgreSQL's answers to what the record stores cannot say portably (store/dialect.ts).
 *
 * - Foreign keys are DEFERRABLE (pg/schema.ts): an import defers them to its commit, where they are
 *   still checked; nothing can turn them off for a role that is not a superuser.
 * - deferIndexes/restoreIndexes do nothing: PostgreSQL builds its indexes as rows come in, and its
 *   search index has no triggers to drop; an import gives it the records it wrote (indexChanged) instead.
 */
export class PgDialect implements Dialect {
  private readonly searchStore: PgSearchStore;

  constructor(private readonly sql: PgSql) {
    this.searchStore = new PgSearchStore(sql);
  }

  idSet(ids: readonly number[]): { sql: string; param: SqlValue } {
    return { sql: 'SELECT unnest(CAST(? AS bigint[]))', param: `{${ids.map((n) => Math.trunc(n)).join(',')}}` };
  }

  groupConcat(expr: string, separator: string): string {
    return `string_agg((${expr})::text, ${separator === 'char(10)' ? 'chr(10)' : separator})`;
  }

  equalsIgnoringCase(col: string): string {
    return `lower(${col}) = lower(CAST(? AS text))`;
  }

  epochMs(col: string): string {
    return ms(col);
  }

  /** The session's time zone is the process's (set when the connection opens: Store.open). */
  localDate(col: string): string {
    return `to_char((${col})::timestamptz, 'YYYY-MM-DD')`;
  }

  async searchBest(kind: DocKind, query: ParsedQuery, filter: SearchFilter, limit: number, since?: string): Promise<{ id: number; score: number }[]> {
    const match = toPgMatch(query, filter);
    return match ? this.searchStore.best(kind, match, limit, since) : [];
  }

  async indexChanged(kind: DocKind, ids: readonly number[]): Promise<void> {
    if (!ids.length) return;
    await (kind === 'incident' ? reindexIncidents(this.sql, ids) : reindexKnowledge(this.sql, ids));
  }

  async indexAll(): Promise<void> {
    await rebuildSearchIndex(this.sql);
  }

  /** Incidents a duration scan reads per statement: memory stays flat at a million (SPEC §13). */
  durationPage = 5_000;

  /**
   * Pages of incidents in id order, each page one statement (each after the last id of the one
   * before); the hold intervals come from correlated subqueries on the server, not a query per row.
   */
  async scanDurations(
    query: { where: string; params: readonly SqlValue[]; group: string; start: string; allHolds: boolean },
    visit: DurationVisit,
  ): Promise<void> {
    const needsHolds = query.allHolds ? 'true' : 'i.escalation_level > 0 AND i.classified_at IS NOT NULL';
    const page = Math.max(1, Math.trunc(this.durationPage));
    const text = `SELECT i.id, ${query.group} AS g, ${query.start} AS s, i.classified_at, i.resolved_at, i.held_seconds,
         CASE WHEN (i.held_seconds > 0 OR i.hold_started_at IS NOT NULL) AND ${needsHolds} THEN (
           SELECT string_agg(z.hs::text || ':' || coalesce(z.he::text, ''), ',' ORDER BY z.id) FROM (
             SELECT h.id, ${ms('h.at')} AS hs,
                    (SELECT ${ms('x.at')} FROM events x
                     WHERE x.incident_id = h.incident_id AND x.id > h.id AND x.from_value = 'on_hold'
                     ORDER BY x.id LIMIT 1) AS he
             FROM events h WHERE h.incident_id = i.id AND h.kind = 'held') z)
         END AS holds, i.priority
       FROM incidents i WHERE ${query.where} AND (i.classified_at IS NOT NULL OR i.resolved_at IS NOT NULL) AND i.id > ?
       ORDER BY i.id LIMIT ${page}`;
    let after = 0;
    for (;;) {
      const { rows } = await this.sql.cells(text, [...query.params, after]);
      for (const r of rows) {
        visit(r[1] as string | null, r[2] as string, r[3] as string | null, r[4] as string | null, Number(r[5]), r[6] as string | null, r[7] as string | null);
      }
      if (rows.length < page) return;
      after = Number(rows[rows.length - 1]![0]);
    }
  }

  async schemaVersion(): Promise<number> {
    return Number((await this.sql.value(`SELECT coalesce(max(version), 0) FROM ${VERSION_TABLE}`)) ?? 0);
  }

  /** information_schema in the shape of SQLite's PRAGMA table_info, which export and import read. */
  async tableInfo(table: string): Promise<TableInfo[]> {
    const rows = await this.sql.all<{ name: string; type: string; nullable: string; dflt: string | null; pk: number | null }>(
      `SELECT c.column_name AS name, c.data_type AS type, c.is_nullable AS nullable, c.column_default AS dflt,
              (SELECT k.ordinal_position FROM information_schema.table_constraints t
                 JOIN information_schema.key_column_usage k ON k.constraint_name = t.constraint_name AND k.table_schema = t.table_schema AND k.table_name = t.table_name
                WHERE t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.constraint_type = 'PRIMARY KEY' AND k.column_name = c.column_name) AS pk
         FROM information_schema.columns c
        WHERE c.table_schema = current_schema() AND c.table_name = ?
        ORDER BY c.ordinal_position`,
      [table],
    );
    return rows.map((r) => ({
      name: r.name,
      type: /int/i.test(r.type) ? 'INTEGER' : 'TEXT',
      notnull: r.nullable === 'NO' ? 1 : 0,
      // PostgreSQL writes a default with its type ('pending'::text): SQLite's has none.
      dflt_value: r.dflt === null ? null : r.dflt.replace(/::[a-z ]+(?: COLLATE "[^"]*")?$/i, ''),
      pk: r.pk === null ? 0 : Number(r.pk),
    }));
  }

  async readSnapshot<T>(fn: () => Promise<T>): Promise<T> {
    await this.sql.run('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    try {
      const result = await fn();
      await this.sql.run('COMMIT');
      return result;
    } catch (e) {
      await this.sql.run('ROLLBACK').catch(() => undefined);
      throw e;
    }
  }

  /** `fn` opens the transaction (Sql.write); joining it first, the foreign keys wait for the commit. */
  async withoutForeignKeys<T>(fn: () => Promise<T>): Promise<T> {
    return this.sql.write(async () => {
      await this.sql.run('SET CONSTRAINTS ALL DEFERRED');
      return fn();
    });
  }

  async deferIndexes(): Promise<DeferredIndexes> {
    return { indexes: [], triggers: [] };
  }

  async restoreIndexes(): Promise<void> {}

  constraintKind(e: unknown): 'duplicate' | 'constraint' | undefined {
    const rule = brokenRule(e);
    if (!rule) return undefined;
    // SQLite's answer: a duplicate primary key is a duplicate record; any other rule, a constraint.
    const constraint = (e as { constraint?: string }).constraint ?? '';
    return rule === 'unique' && constraint.endsWith('_pkey') ? 'duplicate' : 'constraint';
  }

  /**
   * The role the server authenticated, and the name given beside it when it is another: what the
   * database's own trigger (pg/schema.ts timeline_actor) would make of the row in any case.
   */
  whoActs(name: string): EventIdentity {
    const role = this.sql.client.user ?? name;
    return { actor: role, onBehalfOf: name === role ? null : name, osUser: null };
  }

  /**
   * Only where the table's trigger will keep them (the owner, an admin): for anyone else it would make
   * this role the actor of every imported event, and the hashes the file brings would no longer match
   * what lands. Refused then, as the database refuses what a role may not do (exit 4, the admin role).
   */
  async keepRecordedActors(): Promise<void> {
    await this.sql.run(`DO $$ BEGIN
      IF NOT (pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = 'events'::regclass), 'USAGE')
              OR (EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'incident_admin') AND pg_has_role(session_user, 'incident_admin', 'USAGE'))) THEN
        RAISE EXCEPTION 'an import keeps the names its file records as the actors' USING ERRCODE = 'insufficient_privilege';
      END IF;
    END $$`);
    await this.sql.run("SELECT set_config('incident.keep_actors', 'on', true)");
  }

  /** From the view every level may read (pg/schema.ts WEBHOOKS_SQL): the URL rows are the admins' alone. */
  async webhookOrigins(): Promise<Record<string, string>> {
    const rows = await this.sql.all<{ rule: string; origin: string }>('SELECT rule, origin FROM notify_webhooks ORDER BY rule');
    return Object.fromEntries(rows.map((r) => [r.rule, r.origin]));
  }
}
