import type { Statement } from 'better-sqlite3';
import type { TimelineEvent } from '../core/incident.js';
import type { DB } from './db.js';

/** What every record store shares: its connection, and statements prepared once per connection. */
export abstract class TableStore {
  private readonly stmts = new Map<string, Statement>();

  constructor(protected readonly db: DB) {}

  protected stmt(sql: string): Statement {
    let s = this.stmts.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.stmts.set(sql, s);
    }
    return s;
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
