import type { DB } from './db.js';
import { ACTIVE_SQL } from './table-store.js';

/** Queries behind `incident check` (SPEC §8): what the clock says needs attention. */
export class AttentionStore {
  constructor(private readonly db: DB) {}

  /** Incident ids that may need attention: every active one, and resolved ones whose watch ended. */
  candidates(now: string): number[] {
    return this.db
      .prepare(
        `SELECT id FROM incidents WHERE status IN ${ACTIVE_SQL}
         UNION SELECT id FROM incidents WHERE status = 'resolved' AND monitor_until <= ? ORDER BY 1`,
      )
      .pluck()
      .all(now) as number[];
  }

  /** The last time a person (not check) added to each incident's timeline. */
  lastActivity(ids: readonly number[], automaticActor: string): Map<number, string> {
    const out = new Map<number, string>();
    const stmt = this.db.prepare(`SELECT max(at) FROM events WHERE incident_id = ? AND actor <> ?`).pluck();
    for (const id of ids) {
      const at = stmt.get(id, automaticActor) as string | null;
      if (at) out.set(id, at);
    }
    return out;
  }

  /** What check already did for an incident: its `breach` and `escalated` events, with their data. */
  actionsBy(id: number, actor: string): { kind: string; data: Record<string, unknown> }[] {
    const rows = this.db
      .prepare(`SELECT kind, data FROM events WHERE incident_id = ? AND actor = ? AND kind IN ('breach','escalated') ORDER BY id`)
      .all(id, actor) as { kind: string; data: string | null }[];
    return rows.map((r) => ({ kind: r.kind, data: r.data ? (JSON.parse(r.data) as Record<string, unknown>) : {} }));
  }
}
