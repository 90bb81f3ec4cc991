import type { Dialect, DurationVisit } from './dialect.js';
import type { Sql, SqlValue } from './sql.js';
import { ACTIVE_SQL as ACTIVE } from './table-store.js';

/** What `--group-by` may name: a report groups by one incident column. */
export const GROUP_BY = ['priority', 'category', 'service', 'team', 'assignee'] as const;
export type GroupBy = (typeof GROUP_BY)[number];

/** Which incidents a report looks at: opened in [since, until). */
export interface ReportWindow {
  since?: string;
  until?: string;
}

/** When durations start: openedAt, or detectedAt (`--from detected`). */
export type DurationStart = 'opened' | 'detected';

/** 1 where the condition holds, else 0: a count that reads the same on every backend. */
const oneIf = (condition: string) => `CASE WHEN ${condition} THEN 1 ELSE 0 END`;

export interface SlaRow {
  id: number;
  title: string;
  priority: string | null;
  group: string | null;
  status: string;
  classifiedAt: string | null;
  resolvedAt: string | null;
  responseDueAt: string | null;
  resolveDueAt: string | null;
  holdStartedAt: string | null;
  sourceSlaMet: number | null;
}

export interface RecurringRow {
  id: number;
  title: string;
  service: string | null;
  category: string | null;
  status: string;
  openedAt: string;
  problemId: number | null;
  problemHandoff: string | null;
  sourceProblem: string | null;
  sourceKnowledge: number;
}

export interface WorkloadRow {
  group: string | null;
  total: number;
  active: number;
  resolved: number;
  cancelled: number;
  escalated: number;
  everResolved: number;
  reopened: number;
  major: number;
}

export interface KbShareRow {
  group: string | null;
  resolved: number;
  withKnowledge: number;
}

export interface KbEntryRow {
  id: number;
  title: string;
  status: string;
  uses: number;
  incidents: number;
  createdAt: string;
}

/** The read-only queries behind `incident report`: aggregate in SQL, return small results. */
export class ReportStore {
  constructor(
    private readonly sql: Sql,
    private readonly dialect: Dialect,
  ) {}

  private where(w: ReportWindow, alias = ''): { sql: string; params: SqlValue[] } {
    const parts: string[] = [];
    const params: SqlValue[] = [];
    if (w.since) {
      parts.push(`${alias}opened_at >= ?`);
      params.push(w.since);
    }
    if (w.until) {
      parts.push(`${alias}opened_at < ?`);
      params.push(w.until);
    }
    return { sql: parts.length ? parts.join(' AND ') : '1 = 1', params };
  }

  /** Counts by status and group. */
  statusCounts(w: ReportWindow, by: GroupBy): Promise<{ status: string; group: string | null; n: number }[]> {
    const f = this.where(w);
    return this.sql.all(`SELECT status, ${by} AS "group", count(*) AS n FROM incidents WHERE ${f.sql} GROUP BY status, ${by} ORDER BY status, ${by}`, f.params);
  }

  /** Active incidents by age bucket (bounds: ISO times, newest first; bucket i = opened after bounds[i]). */
  backlog(w: ReportWindow, by: GroupBy, bounds: string[]): Promise<{ bucket: number; group: string | null; n: number }[]> {
    const f = this.where(w);
    const cases = bounds.map((b, i) => `WHEN opened_at > ? THEN ${i}`).join(' ');
    return this.sql.all(
      `SELECT CASE ${cases} ELSE ${bounds.length} END AS bucket, ${by} AS "group", count(*) AS n
       FROM incidents WHERE status IN ${ACTIVE} AND ${f.sql} GROUP BY bucket, ${by} ORDER BY bucket, ${by}`,
      [...bounds, ...f.params],
    );
  }

  /**
   * One pass over the incidents classified or resolved in the window: for each, `visit` gets its
   * group, its start, classification and resolution times (ISO text; null when not reached), its
   * recorded held seconds, and for incidents that could have been on hold before they were
   * classified (escalated first, then held) their hold intervals from the timeline as
   * "start:end,start:end" (epoch ms; end empty while still on hold). How the rows reach JavaScript
   * is the backend's (Dialect.scanDurations).
   */
  scanDurations(
    w: ReportWindow,
    by: GroupBy,
    from: DurationStart,
    visit: DurationVisit,
    /** Hold intervals for every incident with time on hold (business-hours durations count their working time). */
    allHolds = false,
  ): Promise<void> {
    const f = this.where(w, 'i.');
    const start = from === 'detected' ? 'i.detected_at' : 'i.opened_at';
    return this.dialect.scanDurations({ where: f.sql, params: f.params, group: `i.${by}`, start, allHolds }, visit);
  }

  /** Incidents with an SLA target or a source tracker's SLA outcome (cancelled ones are left out). */
  slaRows(w: ReportWindow, by: GroupBy): Promise<SlaRow[]> {
    const f = this.where(w);
    return this.sql.all(
      `SELECT id, title, priority, ${by} AS "group", status, classified_at AS "classifiedAt", resolved_at AS "resolvedAt",
              response_due_at AS "responseDueAt", resolve_due_at AS "resolveDueAt", hold_started_at AS "holdStartedAt",
              source_sla_met AS "sourceSlaMet"
       FROM incidents
       WHERE ${f.sql} AND status <> 'cancelled'
         AND (response_due_at IS NOT NULL OR resolve_due_at IS NOT NULL OR source_sla_met IS NOT NULL)
       ORDER BY id`,
      f.params,
    );
  }

  recurringRows(w: ReportWindow): Promise<RecurringRow[]> {
    const f = this.where(w);
    return this.sql.all(
      `SELECT id, title, service, category, status, opened_at AS "openedAt", problem_id AS "problemId",
              problem_handoff AS "problemHandoff", source_problem AS "sourceProblem", source_knowledge AS "sourceKnowledge"
       FROM incidents WHERE ${f.sql} AND status <> 'cancelled' ORDER BY service, category, id`,
      f.params,
    );
  }

  /** KB ids linked to each of these incidents: one query for them all. */
  async knowledgeOf(ids: readonly number[]): Promise<Map<number, number[]>> {
    const out = new Map<number, number[]>();
    if (!ids.length) return out;
    const set = this.dialect.idSet(ids);
    const rows = await this.sql.all<{ incident_id: number; kb_id: number }>(
      `SELECT incident_id, kb_id FROM incident_knowledge WHERE incident_id IN (${set.sql}) ORDER BY incident_id, kb_id`,
      [set.param],
    );
    for (const r of rows) out.set(r.incident_id, [...(out.get(r.incident_id) ?? []), r.kb_id]);
    return out;
  }

  /** The knowledge entries one incident created or used (completion report). */
  async knowledgeLinks(incidentId: number): Promise<{ ref: string; title: string; relation: string; status: string }[]> {
    const rows = await this.sql.all<{ id: number; title: string; relation: string; status: string }>(
      `SELECT k.id, k.title, ik.relation, k.status FROM incident_knowledge ik JOIN knowledge k ON k.id = ik.kb_id
       WHERE ik.incident_id = ? ORDER BY ik.relation, k.id`,
      [incidentId],
    );
    return rows.map((r) => ({ ref: `KB-${r.id}`, title: r.title, relation: r.relation, status: r.status }));
  }

  workload(w: ReportWindow, by: GroupBy): Promise<WorkloadRow[]> {
    const f = this.where(w, 'i.');
    return this.sql.all(
      `SELECT i.${by} AS "group", count(*) AS total,
              sum(${oneIf(`i.status IN ${ACTIVE}`)}) AS active,
              sum(${oneIf('i.resolved_at IS NOT NULL')}) AS resolved,
              sum(${oneIf(`i.status = 'cancelled'`)}) AS cancelled,
              sum(${oneIf('i.escalation_level > 0')}) AS escalated,
              sum(${oneIf(`i.resolved_at IS NOT NULL OR EXISTS (SELECT 1 FROM events e WHERE e.incident_id = i.id AND e.kind = 'resolved')`)}) AS "everResolved",
              sum(${oneIf(`EXISTS (SELECT 1 FROM events e WHERE e.incident_id = i.id AND e.kind = 'reopened')`)}) AS reopened,
              sum(i.major) AS major
       FROM incidents i WHERE ${f.sql} GROUP BY i.${by} ORDER BY i.${by}`,
      f.params,
    );
  }

  /** Incidents opened and resolved per local calendar day, in [since, until). */
  async perDay(since: string, until: string): Promise<{ opened: Map<string, number>; resolved: Map<string, number> }> {
    const q = async (col: string) => {
      const day = this.dialect.localDate(col);
      const rows = await this.sql.all<{ d: string; n: number }>(
        `SELECT ${day} AS d, count(*) AS n FROM incidents WHERE ${col} >= ? AND ${col} < ? GROUP BY ${day} ORDER BY ${day}`,
        [since, until],
      );
      return new Map(rows.map((r) => [r.d, Number(r.n)]));
    };
    return { opened: await q('opened_at'), resolved: await q('resolved_at') };
  }

  kbShare(w: ReportWindow, by: GroupBy): Promise<KbShareRow[]> {
    const f = this.where(w, 'i.');
    return this.sql.all(
      `SELECT i.${by} AS "group", count(*) AS resolved,
              sum(${oneIf('i.source_knowledge = 1 OR EXISTS (SELECT 1 FROM incident_knowledge k WHERE k.incident_id = i.id)')}) AS "withKnowledge"
       FROM incidents i WHERE ${f.sql} AND i.resolved_at IS NOT NULL GROUP BY i.${by} ORDER BY i.${by}`,
      f.params,
    );
  }

  /** Entries linked to the most incidents of the window. */
  kbMostUsed(w: ReportWindow, limit: number): Promise<KbEntryRow[]> {
    const f = this.where(w, 'i.');
    return this.sql.all(
      `SELECT k.id, k.title, k.status, k.uses, count(*) AS incidents, k.created_at AS "createdAt"
       FROM incident_knowledge ik JOIN knowledge k ON k.id = ik.kb_id JOIN incidents i ON i.id = ik.incident_id
       WHERE ${f.sql} GROUP BY k.id ORDER BY incidents DESC, k.uses DESC, k.id LIMIT ?`,
      [...f.params, limit],
    );
  }

  /** Entries (not retired) that no incident has used. */
  kbNeverUsed(): Promise<KbEntryRow[]> {
    return this.sql.all(
      `SELECT k.id, k.title, k.status, k.uses, 0 AS incidents, k.created_at AS "createdAt" FROM knowledge k
       WHERE k.status <> 'retired' AND NOT EXISTS (SELECT 1 FROM incident_knowledge ik WHERE ik.kb_id = k.id AND ik.relation = 'used')
       ORDER BY k.id`,
    );
  }

  /**
   * Incidents resolved per local calendar day in [since, until): how many, the sum of their net
   * time to resolve (seconds from openedAt, less the time on hold — the MTTR of `report mttr`), and
   * how many had a resolution target and how many of those met it. Trend lines of MTTR and SLA %.
   */
  async resolvedPerDay(since: string, until: string): Promise<{ day: string; n: number; netSeconds: number; withTarget: number; met: number }[]> {
    const day = this.dialect.localDate('resolved_at');
    const rows = await this.sql.all<{ day: string; n: unknown; netSeconds: unknown; withTarget: unknown; met: unknown }>(
      `SELECT ${day} AS day, count(*) AS n,
              sum((${this.dialect.epochMs('resolved_at')} - ${this.dialect.epochMs('opened_at')}) / 1000.0 - held_seconds) AS "netSeconds",
              sum(${oneIf('resolve_due_at IS NOT NULL')}) AS "withTarget",
              sum(${oneIf('resolve_due_at IS NOT NULL AND resolved_at <= resolve_due_at')}) AS met
       FROM incidents WHERE resolved_at >= ? AND resolved_at < ? GROUP BY ${day}`,
      [since, until],
    );
    // Sums and counts may arrive as text from PostgreSQL (numeric, bigint).
    return rows.map((r) => ({ day: r.day, n: Number(r.n), netSeconds: Number(r.netSeconds), withTarget: Number(r.withTarget), met: Number(r.met) }));
  }

  /**
   * Incidents classified per local calendar day in [since, until): how many, and the sum of their
   * net time to classify (seconds from openedAt to classifiedAt, less the time on hold before it —
   * the MTTA of `report mttr`). Trend line of MTTA.
   */
  async classifiedPerDay(since: string, until: string): Promise<{ day: string; n: number; netSeconds: number }[]> {
    const ms = (col: string) => this.dialect.epochMs(col);
    const day = this.dialect.localDate('i.classified_at');
    // A hold before classification needs an escalation first (hold is allowed from classified or
    // escalated): only those incidents read their timeline. A hold runs from its `held` event to the
    // next event that leaves on_hold, cut at the classification.
    const heldBefore = `CASE WHEN i.escalation_level > 0 AND (i.held_seconds > 0 OR i.hold_started_at IS NOT NULL) THEN (
        SELECT sum(CASE WHEN z.he IS NULL OR z.he > ${ms('i.classified_at')} THEN ${ms('i.classified_at')} ELSE z.he END - z.hs) FROM (
          SELECT ${ms('h.at')} AS hs,
                 (SELECT ${ms('x.at')} FROM events x WHERE x.incident_id = h.incident_id AND x.id > h.id AND x.from_value = 'on_hold' ORDER BY x.id LIMIT 1) AS he
          FROM events h WHERE h.incident_id = i.id AND h.kind = 'held') z
        WHERE z.hs < ${ms('i.classified_at')})
      END`;
    const rows = await this.sql.all<{ day: string; n: unknown; netSeconds: unknown }>(
      `SELECT ${day} AS day, count(*) AS n,
              sum((${ms('i.classified_at')} - ${ms('i.opened_at')} - coalesce(${heldBefore}, 0)) / 1000.0) AS "netSeconds"
       FROM incidents i WHERE i.classified_at >= ? AND i.classified_at < ? GROUP BY ${day}`,
      [since, until],
    );
    return rows.map((r) => ({ day: r.day, n: Number(r.n), netSeconds: Number(r.netSeconds) }));
  }

  /**
   * How many incidents were active (opened, not yet resolved or cancelled) at each of these times:
   * the backlog's trend, in one pass. An incident reopened later counts as resolved from its last
   * resolution (the one recorded).
   */
  async backlogAt(times: readonly string[]): Promise<number[]> {
    if (!times.length) return [];
    const cancelledAt = `(SELECT e.at FROM events e WHERE e.incident_id = i.id AND e.kind = 'cancelled' ORDER BY e.id DESC LIMIT 1)`;
    const active = oneIf(
      `i.opened_at < ? AND (i.resolved_at IS NULL OR i.resolved_at >= ?) AND (i.status <> 'cancelled' OR coalesce(${cancelledAt}, i.updated_at) >= ?)`,
    );
    const sums = times.map(() => `coalesce(sum(${active}), 0)`);
    const { rows } = await this.sql.cells(`SELECT ${sums.join(', ')} FROM incidents i`, times.flatMap((t) => [t, t, t]));
    return rows[0].map(Number);
  }

  /** Major incidents opened in the window, oldest first. */
  async majorIncidents(w: ReportWindow): Promise<MajorRow[]> {
    const f = this.where(w);
    const rows = await this.sql.all<MajorRow>(
      `SELECT id, title, priority, impact, status, service, opened_at AS "openedAt", resolved_at AS "resolvedAt", held_seconds AS "heldSeconds"
       FROM incidents WHERE ${f.sql} AND major = 1 ORDER BY opened_at, id`,
      f.params,
    );
    return rows.map((r) => ({ ...r, heldSeconds: Number(r.heldSeconds) }));
  }
}

export interface MajorRow {
  id: number;
  title: string;
  priority: string | null;
  impact: string | null;
  status: string;
  service: string | null;
  openedAt: string;
  resolvedAt: string | null;
  heldSeconds: number;
}
