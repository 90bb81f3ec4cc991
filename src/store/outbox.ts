import type { DB } from './db.js';

export type OutboxStatus = 'pending' | 'delivered' | 'failed';
export type TargetKind = 'webhook' | 'command';

export interface NewNotification {
  incidentId: number | null;
  event: string;
  rule: string;
  targetKind: TargetKind;
  target: string;
  payload: unknown;
  createdAt: string;
}

export interface Notification {
  id: number;
  incidentId: number | null;
  event: string;
  rule: string;
  targetKind: TargetKind;
  target: string;
  payload: string;
  status: OutboxStatus;
  attempts: number;
  createdAt: string;
  nextAttemptAt: string;
  lastAttemptAt: string | null;
  deliveredAt: string | null;
  lastError: string | null;
}

type Row = Record<string, unknown>;
const hydrate = (r: Row): Notification => ({
  id: r.id as number,
  incidentId: (r.incident_id as number) ?? null,
  event: r.event as string,
  rule: r.rule as string,
  targetKind: r.target_kind as TargetKind,
  target: r.target as string,
  payload: r.payload as string,
  status: r.status as OutboxStatus,
  attempts: r.attempts as number,
  createdAt: r.created_at as string,
  nextAttemptAt: r.next_attempt_at as string,
  lastAttemptAt: (r.last_attempt_at as string) ?? null,
  deliveredAt: (r.delivered_at as string) ?? null,
  lastError: (r.last_error as string) ?? null,
});

/**
 * The notification outbox (SPEC §8). A row is claimed before it is sent (a lease in claimed_until),
 * so two processes delivering at once never both send it; a delivered row is never claimed again.
 */
export class OutboxStore {
  constructor(private readonly db: DB) {}

  add(n: NewNotification): number {
    return Number(
      this.db
        .prepare(
          `INSERT INTO outbox (incident_id, event, rule, target_kind, target, payload, created_at, next_attempt_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(n.incidentId, n.event, n.rule, n.targetKind, n.target, JSON.stringify(n.payload), n.createdAt, n.createdAt).lastInsertRowid,
    );
  }

  get(id: number): Notification | undefined {
    const r = this.db.prepare('SELECT * FROM outbox WHERE id = ?').get(id) as Row | undefined;
    return r ? hydrate(r) : undefined;
  }

  /**
   * Pending rows whose back-off has passed (or every pending row with `ignoreBackoff`), oldest first,
   * after row `afterId`: a caller pages on, so rows left pending (refused, failed) never hide the rest.
   */
  due(now: string, ignoreBackoff = false, limit = 100, afterId = 0): Notification[] {
    const backoff = ignoreBackoff ? '' : 'AND next_attempt_at <= ?';
    const sql = `SELECT * FROM outbox WHERE status = 'pending' AND id > ? ${backoff} AND (claimed_until IS NULL OR claimed_until <= ?) ORDER BY id LIMIT ?`;
    const params = ignoreBackoff ? [afterId, now, limit] : [afterId, now, now, limit];
    return (this.db.prepare(sql).all(...params) as Row[]).map(hydrate);
  }

  /** Takes a row for one attempt; false when it is delivered, failed, or held by another process. */
  claim(id: number, now: string, leaseUntil: string): boolean {
    return (
      this.db
        .prepare(
          `UPDATE outbox SET claimed_until = ?, attempts = attempts + 1, last_attempt_at = ?
           WHERE id = ? AND status = 'pending' AND (claimed_until IS NULL OR claimed_until <= ?)`,
        )
        .run(leaseUntil, now, id, now).changes > 0
    );
  }

  delivered(id: number, at: string): void {
    this.db.prepare(`UPDATE outbox SET status = 'delivered', delivered_at = ?, claimed_until = NULL, last_error = NULL WHERE id = ?`).run(at, id);
  }

  /** A failed attempt: retried at nextAttemptAt, or given up (`failed`) when there is none. */
  attemptFailed(id: number, error: string, nextAttemptAt: string | null): void {
    this.db
      .prepare(
        `UPDATE outbox SET claimed_until = NULL, last_error = ?, status = CASE WHEN ? IS NULL THEN 'failed' ELSE 'pending' END,
         next_attempt_at = coalesce(?, next_attempt_at) WHERE id = ? AND status = 'pending'`,
      )
      .run(error.slice(0, 500), nextAttemptAt, nextAttemptAt, id);
  }

  /** Puts given-up rows back in the queue with a fresh count of tries. */
  retryFailed(now: string): number {
    return this.db.prepare(`UPDATE outbox SET status = 'pending', attempts = 0, next_attempt_at = ?, claimed_until = NULL WHERE status = 'failed'`).run(now).changes;
  }

  list(statuses: readonly OutboxStatus[], limit = 0): Notification[] {
    const sql = `SELECT * FROM outbox WHERE status IN (${statuses.map(() => '?').join(', ')}) ORDER BY id DESC ${limit ? `LIMIT ${Math.floor(limit)}` : ''}`;
    return (this.db.prepare(sql).all(...statuses) as Row[]).map(hydrate);
  }
}
