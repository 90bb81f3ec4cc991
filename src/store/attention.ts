import type { Dialect } from './dialect.js';
import type { Sql } from './sql.js';
import { ACTIVE_SQL } from './table-store.js';

/** Queries behind `incident check` (SPEC §8): what the clock says needs attention. */
export class AttentionStore {
  constructor(
    private readonly sql: Sql,
    private readonly dialect: Dialect,
  ) {}

  /** Incident ids that may need attention: every active one, and resolved ones whose watch ended. */
  async candidates(now: string): Promise<number[]> {
    const rows = await this.sql.all<{ id: number }>(
      `SELECT id FROM incidents WHERE status IN ${ACTIVE_SQL}
       UNION SELECT id FROM incidents WHERE status = 'resolved' AND monitor_until <= ? ORDER BY 1`,
      [now],
    );
    return rows.map((r) => r.id);
  }

  /** The last time a person (not check) added to each incident's timeline: one query for them all. */
  async lastActivity(ids: readonly number[], automaticActor: string): Promise<Map<number, string>> {
    if (!ids.length) return new Map();
    const set = this.dialect.idSet(ids);
    const rows = await this.sql.all<{ incident_id: number; at: string | null }>(
      `SELECT incident_id, max(at) AS at FROM events WHERE incident_id IN (${set.sql}) AND coalesce(on_behalf_of, actor) <> ? GROUP BY incident_id ORDER BY incident_id`,
      [set.param, automaticActor],
    );
    return new Map(rows.filter((r) => r.at).map((r) => [r.incident_id, r.at as string]));
  }

  /**
   * What check already did for each of these incidents (as actionsBy): one query for them all. On
   * PostgreSQL the event's actor is the database role and check's name is beside it (on_behalf_of).
   */
  async actionsByMany(ids: readonly number[], actor: string): Promise<Map<number, { kind: string; data: Record<string, unknown> }[]>> {
    const out = new Map<number, { kind: string; data: Record<string, unknown> }[]>();
    if (!ids.length) return out;
    const set = this.dialect.idSet(ids);
    const rows = await this.sql.all<{ incident_id: number; kind: string; data: string | null }>(
      `SELECT incident_id, kind, data FROM events WHERE incident_id IN (${set.sql}) AND coalesce(on_behalf_of, actor) = ? AND kind IN ('breach','escalated') ORDER BY incident_id, id`,
      [set.param, actor],
    );
    for (const r of rows) {
      const id = Number(r.incident_id);
      if (!out.has(id)) out.set(id, []);
      out.get(id)!.push({ kind: r.kind, data: r.data ? (JSON.parse(r.data) as Record<string, unknown>) : {} });
    }
    return out;
  }

  /** What check already did for an incident: its `breach` and `escalated` events, with their data. */
  async actionsBy(id: number, actor: string): Promise<{ kind: string; data: Record<string, unknown> }[]> {
    const rows = await this.sql.all<{ kind: string; data: string | null }>(
      `SELECT kind, data FROM events WHERE incident_id = ? AND coalesce(on_behalf_of, actor) = ? AND kind IN ('breach','escalated') ORDER BY id`,
      [id, actor],
    );
    return rows.map((r) => ({ kind: r.kind, data: r.data ? (JSON.parse(r.data) as Record<string, unknown>) : {} }));
  }
}
