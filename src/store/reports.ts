import type { DB } from './db.js';
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

/** Epoch milliseconds of an ISO text column, as an integer (exact for our ms-precision times). */
const ms = (col: string) => `CAST(round(unixepoch(${col}, 'subsec') * 1000) AS INTEGER)`;

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
  constructor(private readonly db: DB) {}

  private where(w: ReportWindow, alias = ''): { sql: string; params: string[] } {
    const parts: string[] = [];
    const params: string[] = [];
    if (w.since) {
      parts.push(`${alias}opened_at >= ?`);
      params.push(w.since);
    }
    if (w.until) {
      parts.push(`${alias}opened_at < ?`);
      params.push(w.until);
    }
    return { sql: parts.length ? parts.join(' AND ') : '1', params };
  }

  /** Counts by status and group. */
  statusCounts(w: ReportWindow, by: GroupBy): { status: string; group: string | null; n: number }[] {
    const f = this.where(w);
    return this.db
      .prepare(`SELECT status, ${by} AS "group", count(*) AS n FROM incidents WHERE ${f.sql} GROUP BY status, ${by}`)
      .all(...f.params) as { status: string; group: string | null; n: number }[];
  }

  /** Active incidents by age bucket (bounds: ISO times, newest first; bucket i = opened after bounds[i]). */
  backlog(w: ReportWindow, by: GroupBy, bounds: string[]): { bucket: number; group: string | null; n: number }[] {
    const f = this.where(w);
    const cases = bounds.map((b, i) => `WHEN opened_at > ? THEN ${i}`).join(' ');
    return this.db
      .prepare(
        `SELECT CASE ${cases} ELSE ${bounds.length} END AS bucket, ${by} AS "group", count(*) AS n
         FROM incidents WHERE status IN ${ACTIVE} AND ${f.sql} GROUP BY bucket, ${by}`,
      )
      .all(...bounds, ...f.params) as { bucket: number; group: string | null; n: number }[];
  }

  /**
   * One pass over the incidents classified or resolved in the window: for each, `visit` gets its
   * group, its start, classification and resolution times (ISO text; null when not reached) and its
   * recorded held seconds. Incidents that could have been on hold before they were classified
   * (escalated first, then held) also get their hold intervals from the timeline as
   * "start:end,start:end" (epoch ms; end empty while still on hold): a hold starts with a `held`
   * event and ends with the next event that leaves on_hold.
   * Rows reach JavaScript through a SQL function rather than as result rows: at a million incidents
   * that is several times faster and keeps memory flat.
   */
  scanDurations(
    w: ReportWindow,
    by: GroupBy,
    from: DurationStart,
    visit: (group: string | null, start: string, classified: string | null, resolved: string | null, heldSeconds: number, holds: string | null) => void,
  ): void {
    const f = this.where(w, 'i.');
    const start = from === 'detected' ? 'i.detected_at' : 'i.opened_at';
    this.db.function('incident_report_visit', { deterministic: false, directOnly: true }, (g, s, c, r, held, holds) => {
      visit(g as string | null, s as string, c as string | null, r as string | null, held as number, holds as string | null);
      return null;
    });
    this.db
      .prepare(
        `SELECT count(incident_report_visit(i.${by}, ${start}, i.classified_at, i.resolved_at, i.held_seconds,
           CASE WHEN (i.held_seconds > 0 OR i.hold_started_at IS NOT NULL) AND i.escalation_level > 0 AND i.classified_at IS NOT NULL THEN (
             SELECT group_concat(hs || ':' || coalesce(he, ''), ',') FROM (
               SELECT ${ms('h.at')} AS hs,
                      (SELECT ${ms('x.at')} FROM events x
                       WHERE x.incident_id = h.incident_id AND x.id > h.id AND x.from_value = 'on_hold'
                       ORDER BY x.id LIMIT 1) AS he
               FROM events h WHERE h.incident_id = i.id AND h.kind = 'held' ORDER BY h.id))
           END))
         FROM incidents i WHERE ${f.sql} AND (i.classified_at IS NOT NULL OR i.resolved_at IS NOT NULL)`,
      )
      .get(...f.params);
  }

  /** Incidents with an SLA target or a source tracker's SLA outcome (cancelled ones are left out). */
  slaRows(w: ReportWindow, by: GroupBy): SlaRow[] {
    const f = this.where(w);
    return this.db
      .prepare(
        `SELECT id, title, priority, ${by} AS "group", status, classified_at AS classifiedAt, resolved_at AS resolvedAt,
                response_due_at AS responseDueAt, resolve_due_at AS resolveDueAt, hold_started_at AS holdStartedAt,
                source_sla_met AS sourceSlaMet
         FROM incidents
         WHERE ${f.sql} AND status <> 'cancelled'
           AND (response_due_at IS NOT NULL OR resolve_due_at IS NOT NULL OR source_sla_met IS NOT NULL)
         ORDER BY id`,
      )
      .all(...f.params) as SlaRow[];
  }

  recurringRows(w: ReportWindow): RecurringRow[] {
    const f = this.where(w);
    return this.db
      .prepare(
        `SELECT id, title, service, category, status, opened_at AS openedAt, problem_id AS problemId,
                problem_handoff AS problemHandoff, source_problem AS sourceProblem, source_knowledge AS sourceKnowledge
         FROM incidents WHERE ${f.sql} AND status <> 'cancelled' ORDER BY service, category, id`,
      )
      .all(...f.params) as RecurringRow[];
  }

  /** KB ids linked to each of these incidents. */
  knowledgeOf(ids: readonly number[]): Map<number, number[]> {
    const out = new Map<number, number[]>();
    const stmt = this.db.prepare('SELECT kb_id FROM incident_knowledge WHERE incident_id = ? ORDER BY kb_id').pluck();
    for (const id of ids) {
      const kbs = stmt.all(id) as number[];
      if (kbs.length) out.set(id, kbs);
    }
    return out;
  }

  /** The knowledge entries one incident created or used (completion report). */
  knowledgeLinks(incidentId: number): { ref: string; title: string; relation: string; status: string }[] {
    const rows = this.db
      .prepare(
        `SELECT k.id, k.title, ik.relation, k.status FROM incident_knowledge ik JOIN knowledge k ON k.id = ik.kb_id
         WHERE ik.incident_id = ? ORDER BY ik.relation, k.id`,
      )
      .all(incidentId) as { id: number; title: string; relation: string; status: string }[];
    return rows.map((r) => ({ ref: `KB-${r.id}`, title: r.title, relation: r.relation, status: r.status }));
  }

  workload(w: ReportWindow, by: GroupBy): WorkloadRow[] {
    const f = this.where(w, 'i.');
    return this.db
      .prepare(
        `SELECT i.${by} AS "group", count(*) AS total,
                sum(i.status IN ${ACTIVE}) AS active,
                sum(i.resolved_at IS NOT NULL) AS resolved,
                sum(i.status = 'cancelled') AS cancelled,
                sum(i.escalation_level > 0) AS escalated,
                sum(i.resolved_at IS NOT NULL OR EXISTS (SELECT 1 FROM events e WHERE e.incident_id = i.id AND e.kind = 'resolved')) AS everResolved,
                sum(EXISTS (SELECT 1 FROM events e WHERE e.incident_id = i.id AND e.kind = 'reopened')) AS reopened,
                sum(i.major) AS major
         FROM incidents i WHERE ${f.sql} GROUP BY i.${by}`,
      )
      .all(...f.params) as WorkloadRow[];
  }

  /** Incidents opened and resolved per local calendar day, in [since, until). */
  perDay(since: string, until: string): { opened: Map<string, number>; resolved: Map<string, number> } {
    const q = (col: string) =>
      new Map(
        (
          this.db
            .prepare(`SELECT date(${col}, 'localtime') AS d, count(*) FROM incidents WHERE ${col} >= ? AND ${col} < ? GROUP BY d`)
            .raw()
            .all(since, until) as [string, number][]
        ).map(([d, n]) => [d, n]),
      );
    return { opened: q('opened_at'), resolved: q('resolved_at') };
  }

  kbShare(w: ReportWindow, by: GroupBy): KbShareRow[] {
    const f = this.where(w, 'i.');
    return this.db
      .prepare(
        `SELECT i.${by} AS "group", count(*) AS resolved,
                sum(i.source_knowledge = 1 OR EXISTS (SELECT 1 FROM incident_knowledge k WHERE k.incident_id = i.id)) AS withKnowledge
         FROM incidents i WHERE ${f.sql} AND i.resolved_at IS NOT NULL GROUP BY i.${by}`,
      )
      .all(...f.params) as KbShareRow[];
  }

  /** Entries linked to the most incidents of the window. */
  kbMostUsed(w: ReportWindow, limit: number): KbEntryRow[] {
    const f = this.where(w, 'i.');
    return this.db
      .prepare(
        `SELECT k.id, k.title, k.status, k.uses, count(*) AS incidents, k.created_at AS createdAt
         FROM incident_knowledge ik JOIN knowledge k ON k.id = ik.kb_id JOIN incidents i ON i.id = ik.incident_id
         WHERE ${f.sql} GROUP BY k.id ORDER BY incidents DESC, k.uses DESC, k.id LIMIT ?`,
      )
      .all(...f.params, limit) as KbEntryRow[];
  }

  /** Entries (not retired) that no incident has used. */
  kbNeverUsed(): KbEntryRow[] {
    return this.db
      .prepare(
        `SELECT k.id, k.title, k.status, k.uses, 0 AS incidents, k.created_at AS createdAt FROM knowledge k
         WHERE k.status <> 'retired' AND NOT EXISTS (SELECT 1 FROM incident_knowledge ik WHERE ik.kb_id = k.id AND ik.relation = 'used')
         ORDER BY k.id`,
      )
      .all() as KbEntryRow[];
  }

  /**
   * Incidents resolved per local calendar day in [since, until): how many, the sum of their net
   * time to resolve (seconds from openedAt, less the time on hold — the MTTR of `report mttr`), and
   * how many had a resolution target and how many of those met it. Trend lines of MTTR and SLA %.
   */
  resolvedPerDay(since: string, until: string): { day: string; n: number; netSeconds: number; withTarget: number; met: number }[] {
    return this.db
      .prepare(
        `SELECT date(resolved_at, 'localtime') AS day, count(*) AS n,
                sum(unixepoch(resolved_at, 'subsec') - unixepoch(opened_at, 'subsec') - held_seconds) AS netSeconds,
                sum(resolve_due_at IS NOT NULL) AS withTarget,
                sum(resolve_due_at IS NOT NULL AND resolved_at <= resolve_due_at) AS met
         FROM incidents WHERE resolved_at >= ? AND resolved_at < ? GROUP BY day`,
      )
      .all(since, until) as { day: string; n: number; netSeconds: number; withTarget: number; met: number }[];
  }

  /**
   * How many incidents were active (opened, not yet resolved or cancelled) at each of these times:
   * the backlog's trend, in one pass. An incident reopened later counts as resolved from its last
   * resolution (the one recorded).
   */
  backlogAt(times: readonly string[]): number[] {
    if (!times.length) return [];
    const cancelledAt = `(SELECT e.at FROM events e WHERE e.incident_id = i.id AND e.kind = 'cancelled' ORDER BY e.id DESC LIMIT 1)`;
    const sums = times.map(
      (_, n) =>
        `coalesce(sum(i.opened_at < @t${n} AND (i.resolved_at IS NULL OR i.resolved_at >= @t${n})
           AND (i.status <> 'cancelled' OR coalesce(${cancelledAt}, i.updated_at) >= @t${n})), 0)`,
    );
    const params = Object.fromEntries(times.map((t, n) => [`t${n}`, t]));
    return this.db.prepare(`SELECT ${sums.join(', ')} FROM incidents i`).raw().get(params) as number[];
  }

  /** Major incidents opened in the window, oldest first. */
  majorIncidents(w: ReportWindow): MajorRow[] {
    const f = this.where(w);
    return this.db
      .prepare(
        `SELECT id, title, priority, impact, status, service, opened_at AS openedAt, resolved_at AS resolvedAt, held_seconds AS heldSeconds
         FROM incidents WHERE ${f.sql} AND major = 1 ORDER BY opened_at, id`,
      )
      .all(...f.params) as MajorRow[];
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
