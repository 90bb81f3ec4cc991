import { addMonths } from 'date-fns/addMonths';
import { ACTIVE_STATUSES } from '../core/lifecycle.js';
import { formatRef } from '../core/refs.js';
import type { SlaTargets } from '../core/sla.js';
import type { Store } from '../store/index.js';
import { column, columns } from './report-columns.js';
import { buildReport, trendSeries, type ReportOptions, type ReportResult, type ReportSection } from './reports.js';

/**
 * `incident report monthly` — the 月次報告 a manager reads on the first of the month: volume,
 * backlog, SLA compliance per priority, MTTA/MTTR, their trend over the last 12 months, major
 * incidents, top recurring incidents with their problems, and knowledge use. Built from the other
 * reports over the month's window, so every figure means what it means there (docs/metrics.md).
 */

export interface MonthlyOptions {
  /** `YYYY-MM`; the month before `now` when absent (the report is made after the month ends). */
  month?: string;
  now: Date;
  /** How many recurring clusters and knowledge entries to list. */
  limit: number;
  /** The calendars targets count in (SPEC §8): the business basis of MTTA/MTTR counts in them. */
  sla?: SlaTargets;
}

/** The local-time bounds of a month: [start of the month, start of the next). */
export function monthBounds(month: string): { start: Date; end: Date } {
  const [y, m] = month.split('-').map(Number);
  const start = new Date(y, m - 1, 1);
  return { start, end: addMonths(start, 1) };
}

/** The month just ended, as `YYYY-MM` (local time). */
export function previousMonth(now: Date): string {
  const d = addMonths(new Date(now.getFullYear(), now.getMonth(), 1), -1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

const TREND_MONTHS = 12;

export async function buildMonthly(store: Store, o: MonthlyOptions): Promise<ReportResult> {
  const month = o.month ?? previousMonth(o.now);
  const { start, end } = monthBounds(month);
  const window = { since: start.toISOString(), until: end.toISOString() };
  const base: ReportOptions = { window, now: o.now, from: 'opened', basis: ['net', 'gross', 'business'], sla: o.sla, per: 'month', minCount: 2, limit: o.limit };
  const rs = store.reports;
  const section = (r: ReportResult, name: string) => r.sections.find((s) => s.name === name)!;

  // Volume: what came in and what was done in the month (resolved counts resolutions in the month).
  const summary = await buildReport(store, 'summary', { ...base, groupBy: 'priority' });
  const byStatus = section(summary, 'byStatus').rows;
  const total = byStatus[byStatus.length - 1] as Record<string, number>;
  const statusCount = (st: string) => (byStatus.find((r) => r.status === st)?.total as number) ?? 0;
  const trend = await trendSeries(rs, addMonths(start, -(TREND_MONTHS - 1)), end, 'month', { mtta: true });
  const thisMonth = trend[trend.length - 1];
  const majors = await rs.majorIncidents(window);
  const volume: ReportSection = {
    name: 'volume',
    columns: columns('opened', 'resolved', 'cancelled', 'stillOpen', 'major'),
    rows: [
      {
        opened: total.total,
        resolved: thisMonth.resolved,
        cancelled: statusCount('cancelled'),
        stillOpen: ACTIVE_STATUSES.reduce((s, st) => s + statusCount(st), 0),
        major: majors.length,
      },
    ],
  };

  // Backlog: every incident still active when the report is made, by age (not only the month's).
  const backlogAll = await buildReport(store, 'summary', { ...base, window: {}, groupBy: 'priority' });
  const backlog = { ...section(backlogAll, 'backlog'), name: 'backlog' };

  const sla = await buildReport(store, 'sla', { ...base, groupBy: 'priority' });
  const compliance = section(sla, 'compliance');
  const slaCols = ['group', 'responseMet', 'responseBreached', 'responseRate', 'resolveMet', 'resolveBreached', 'resolveRate'];
  const slaSection: ReportSection = {
    name: 'sla',
    // The group column names priorities and the total row, in the reader's words.
    columns: slaCols.map((k) => (k === 'group' ? column('group', { kind: 'state' }) : compliance.columns.find((c) => c.key === k)!)),
    rows: [...compliance.rows, { group: 'total', ...section(sla, 'total').rows[0] }],
  };

  const mttr = await buildReport(store, 'mttr', base);
  const mttrSection = { ...section(mttr, 'total'), name: 'mttr' };

  // The last 12 months: opened, resolved, backlog at each month's end, SLA %, MTTA, MTTR.
  const monthEnds = trend.map((t) => monthBounds(t.period as string).end.toISOString());
  const backlogs = await rs.backlogAt(monthEnds);
  const trendSection: ReportSection = {
    name: 'trend',
    columns: columns('period', 'opened', 'resolved', 'backlog', 'slaRate', 'mtta', 'mttr'),
    rows: trend.map((t, i) => ({ ...t, backlog: backlogs[i] })),
  };

  const majorSection: ReportSection = {
    name: 'major',
    columns: columns('ref', 'priority', column('impact', { dropOrder: 2 }), 'status', column('openedAt', { dropOrder: 1 }), 'toResolve', 'title'),
    rows: majors.map((m) => ({
      ref: formatRef('INC', m.id),
      priority: m.priority,
      impact: m.impact,
      status: m.status,
      openedAt: m.openedAt,
      resolvedAt: m.resolvedAt,
      toResolve: m.resolvedAt ? (Date.parse(m.resolvedAt) - Date.parse(m.openedAt)) / 1000 - m.heldSeconds : null,
      title: m.title,
    })),
  };

  const recurring = await buildReport(store, 'recurring', base);
  const clusters = section(recurring, 'clusters');
  const recurringCols = ['count', 'service', 'category', 'title', 'incidents', 'problem', 'problems'];
  const recurringSection: ReportSection = {
    name: 'recurring',
    columns: recurringCols.map((k) => clusters.columns.find((c) => c.key === k)!),
    // The biggest first: what recurs most is what a manager asks about.
    rows: [...clusters.rows].sort((a, b) => (b.count as number) - (a.count as number)).slice(0, o.limit),
  };

  const kb = await buildReport(store, 'kb', { ...base, groupBy: 'category' });
  const knowledge = { ...section(kb, 'total'), name: 'knowledge' };
  const mostUsed = { ...section(kb, 'mostUsed'), name: 'knowledgeUsed' };

  return {
    report: 'monthly',
    meta: { month, since: window.since, until: window.until, now: o.now.toISOString() },
    sections: [volume, backlog, slaSection, mttrSection, trendSection, majorSection, recurringSection, knowledge, mostUsed],
    suggestions: [],
  };
}

