import type { Statement } from 'better-sqlite3';
import { notAllowed } from '../core/errors.js';
import type { TimelineEvent } from '../core/incident.js';
import { formatRef, type RefKind } from '../core/refs.js';
import type { MessageKey } from '../i18n/index.js';
import { ACTIVE_STATUSES } from '../core/lifecycle.js';
import type { DB } from './db.js';

/** One row as an array of its values, in the statement's column order. */
export type Cells = readonly unknown[];
/** Where each column of a statement is in its Cells, by column name. */
export type Columns<Name extends string = string> = Readonly<Record<Name, number>>;

/** What every record store shares: its connection, and statements prepared once per connection. */
export abstract class TableStore {
  private readonly stmts = new Map<string, Statement>();
  private readonly rawStmts = new Map<string, { stmt: Statement; at: Columns }>();

  constructor(protected readonly db: DB) {}

  protected stmt(sql: string): Statement {
    let s = this.stmts.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.stmts.set(sql, s);
    }
    return s;
  }

  /**
   * A statement that answers rows as arrays, with where each column is. Wide rows read this way
   * cost a third of named objects: better-sqlite3 builds those a property at a time from C++,
   * ≈ 15 µs a row of incidents (SPEC §13).
   */
  protected cells(sql: string): { stmt: Statement; at: Columns } {
    let s = this.rawStmts.get(sql);
    if (!s) {
      const stmt = this.db.prepare(sql).raw(true);
      s = { stmt, at: Object.fromEntries(stmt.columns().map((c, i) => [c.name, i])) };
      this.rawStmts.set(sql, s);
    }
    return s;
  }

  /**
   * The optimistic lock (SPEC §12): sets `sets` (`col = ?`, with `values`) on row `id` of `table` only
   * if it is still at `expectedVersion`, bumping version and updated_at; otherwise exit 4 naming the
   * version found.
   */
  protected updateVersioned(
    table: 'incidents' | 'problems' | 'knowledge',
    ref: RefKind,
    id: number,
    expectedVersion: number,
    change: { sets: readonly string[]; values: readonly unknown[]; updatedAt: string },
    hint: MessageKey = 'error.conflictHint',
  ): void {
    const sql = `UPDATE ${table} SET ${[...change.sets, 'updated_at = ?', 'version = version + 1'].join(', ')} WHERE id = ? AND version = ?`;
    const result = this.db.prepare(sql).run(...change.values, change.updatedAt, id, expectedVersion);
    if (result.changes === 0) {
      const actual = this.stmt(`SELECT version FROM ${table} WHERE id = ?`).pluck().get(id);
      throw notAllowed('error.conflict', { ref: formatRef(ref, id), expected: expectedVersion, actual: String(actual ?? '—') }, hint);
    }
  }
}

/** A row of a timeline table (incident `events`, `problem_events`) as the event it records. */
export const eventFromRow = (r: Record<string, unknown>): TimelineEvent => ({
  id: r.id as number,
  at: r.at as string,
  actor: r.actor as string,
  kind: r.kind as string,
  from: (r.from_value as string) ?? null,
  to: (r.to_value as string) ?? null,
  note: (r.note as string) ?? null,
  data: r.data ? (JSON.parse(r.data as string) as Record<string, unknown>) : null,
});

/**
 * `('open','classified',…)`: core's active states as an SQL list, written into the statement (not
 * bound) so the text stays constant and each statement is prepared once.
 */
export const ACTIVE_SQL = `(${ACTIVE_STATUSES.map((s) => `'${s}'`).join(',')})`;
