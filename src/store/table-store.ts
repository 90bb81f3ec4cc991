import { notAllowed } from '../core/errors.js';
import type { TimelineEvent } from '../core/incident.js';
import { formatRef, type RefKind } from '../core/refs.js';
import type { MessageKey } from '../i18n/index.js';
import { ACTIVE_STATUSES, CLOCK_RUNNING_STATUSES } from '../core/lifecycle.js';
import type { Sql, SqlValue } from './sql.js';

/** One row as an array of its values, in the statement's column order. */
export type Cells = readonly unknown[];
/** Where each column of a statement is in its Cells, by column name. */
export type Columns<Name extends string = string> = Readonly<Record<Name, number>>;

/** What the record stores with a version column share: the optimistic lock. */
export abstract class TableStore {
  constructor(protected readonly sql: Sql) {}

  /**
   * The optimistic lock (SPEC §12): sets `sets` (`col = ?`, with `values`) on row `id` of `table` only
   * if it is still at `expectedVersion`, bumping version and updated_at; otherwise exit 4 naming the
   * version found.
   */
  protected async updateVersioned(
    table: 'incidents' | 'problems' | 'knowledge',
    ref: RefKind,
    id: number,
    expectedVersion: number,
    change: { sets: readonly string[]; values: readonly SqlValue[]; updatedAt: string },
    hint: MessageKey = 'error.conflictHint',
  ): Promise<void> {
    const sql = `UPDATE ${table} SET ${[...change.sets, 'updated_at = ?', 'version = version + 1'].join(', ')} WHERE id = ? AND version = ?`;
    const result = await this.sql.run(sql, [...change.values, change.updatedAt, id, expectedVersion]);
    if (result.changes === 0) {
      const actual = await this.sql.value(`SELECT version FROM ${table} WHERE id = ?`, [id]);
      throw notAllowed('error.conflict', { ref: formatRef(ref, id), expected: expectedVersion, actual: String(actual ?? '—') }, hint);
    }
  }
}

/** A row of a timeline table (incident `events`, `problem_events`) as the event it records. */
export const eventFromRow = (r: Record<string, unknown>): TimelineEvent => ({
  id: r.id as number,
  at: r.at as string,
  actor: r.actor as string,
  onBehalfOf: (r.on_behalf_of as string) ?? null,
  osUser: (r.os_user as string) ?? null,
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
/** Core's states in which the SLA clock runs, as an SQL list (as ACTIVE_SQL). */
export const CLOCK_RUNNING_SQL = `(${CLOCK_RUNNING_STATUSES.map((s) => `'${s}'`).join(',')})`;
