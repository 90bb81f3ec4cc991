import type { Sql } from './sql.js';

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
  constructor(private readonly sql: Sql) {}

  async add(n: NewNotification): Promise<number> {
    const id = await this.sql.value(
      `INSERT INTO outbox (incident_id, event, rule, target_kind, target, payload, created_at, next_attempt_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
      [n.incidentId, n.event, n.rule, n.targetKind, n.target, JSON.stringify(n.payload), n.createdAt, n.createdAt],
    );
    return Number(id);
  }

  async get(id: number): Promise<Notification | undefined> {
    const r = await this.sql.get('SELECT * FROM outbox WHERE id = ?', [id]);
    return r ? hydrate(r) : undefined;
  }

  /**
   * Pending rows whose back-off has passed (or every pending row with `ignoreBackoff`), oldest first,
   * after row `afterId`: a caller pages on, so rows left pending (refused, failed) never hide the rest.
   */
  async due(now: string, ignoreBackoff = false, limit = 100, afterId = 0): Promise<Notification[]> {
    const backoff = ignoreBackoff ? '' : 'AND next_attempt_at <= ?';
    const sql = `SELECT * FROM outbox WHERE status = 'pending' AND id > ? ${backoff} AND (claimed_until IS NULL OR claimed_until <= ?) ORDER BY id LIMIT ?`;
    const params = ignoreBackoff ? [afterId, now, limit] : [afterId, now, now, limit];
    return (await this.sql.all(sql, params)).map(hydrate);
  }

  /** Takes a row for one attempt; false when it is delivered, failed, or held by another process. */
  async claim(id: number, now: string, leaseUntil: string): Promise<boolean> {
    const r = await this.sql.run(
      `UPDATE outbox SET claimed_until = ?, attempts = attempts + 1, last_attempt_at = ?
       WHERE id = ? AND status = 'pending' AND (claimed_until IS NULL OR claimed_until <= ?)`,
      [leaseUntil, now, id, now],
    );
    return r.changes > 0;
  }

  async delivered(id: number, at: string): Promise<void> {
    await this.sql.run(`UPDATE outbox SET status = 'delivered', delivered_at = ?, claimed_until = NULL, last_error = NULL WHERE id = ?`, [at, id]);
  }

  /** A failed attempt: retried at nextAttemptAt, or given up (`failed`) when there is none. */
  async attemptFailed(id: number, error: string, nextAttemptAt: string | null): Promise<void> {
    await this.sql.run(
      `UPDATE outbox SET claimed_until = NULL, last_error = ?, status = ?, next_attempt_at = coalesce(?, next_attempt_at) WHERE id = ? AND status = 'pending'`,
      [error.slice(0, 500), nextAttemptAt === null ? 'failed' : 'pending', nextAttemptAt, id],
    );
  }

  /** Puts given-up rows back in the queue with a fresh count of tries. */
  async retryFailed(now: string): Promise<number> {
    return (await this.sql.run(`UPDATE outbox SET status = 'pending', attempts = 0, next_attempt_at = ?, claimed_until = NULL WHERE status = 'failed'`, [now])).changes;
  }

  async list(statuses: readonly OutboxStatus[], limit = 0): Promise<Notification[]> {
    const sql = `SELECT * FROM outbox WHERE status IN (${statuses.map(() => '?').join(', ')}) ORDER BY id DESC ${limit ? `LIMIT ${Math.floor(limit)}` : ''}`;
    return (await this.sql.all(sql, statuses)).map(hydrate);
  }
}
