import { calendarFor, respondedAt, type SlaTargets } from '../core/sla.js';
import { businessSecondsBetween, type Calendar } from '../core/calendar.js';
import type { Priority } from '../core/priority.js';
import { STATUSES } from '../core/lifecycle.js';
import { formatRef } from '../core/refs.js';
import { clusterTitles } from '../core/similarity.js';
import { holdIntervals, overlapMs, rate, summarise } from '../core/stats.js';
import { epochMs } from '../core/time.js';
import { addDays } from 'date-fns/addDays';
import { startOfDay } from 'date-fns/startOfDay';
import { startOfISOWeek } from 'date-fns/startOfISOWeek';
import { startOfMonth } from 'date-fns/startOfMonth';
import { addMonths } from 'date-fns/addMonths';
import { format as formatDate } from 'date-fns/format';
import type { Store } from '../store/index.js';
import { problemsReport } from './problem-report.js';
import { column, columns, type ColumnKey, type ReportColumn } from './report-columns.js';
import type { ReportStore, DurationStart, GroupBy, RecurringRow, ReportWindow } from '../store/reports.js';

/**
 * `incident report KIND`: each builder reads what it needs (aggregated in SQL where it can) and
 * returns a ReportResult — named sections of rows with typed columns — that render/reports.ts prints
 * as a table, chart, CSV, Markdown or JSON. docs/metrics.md defines every figure.
 */

export const TREND_PERIODS = ['day', 'week', 'month'] as const;
export type TrendPer = (typeof TREND_PERIODS)[number];

export const REPORT_KINDS = ['summary', 'sla', 'mttr', 'recurring', 'workload', 'trend', 'kb', 'problems'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export type { ColumnKind, ReportColumn } from './report-columns.js';

export type ReportRow = Record<string, unknown>;

export interface ReportSection {
  name: string;
  columns: ReportColumn[];
  rows: ReportRow[];
}

export interface ReportResult {
  report: ReportKind | 'monthly';
  meta: Record<string, string | number | null>;
  sections: ReportSection[];
  /** Commands worth running, shown on stderr under a table (recurring: hand-offs to suggest). */
  suggestions: string[];
  /** trend: how to draw it. */
  chart?: { per: TrendPer };
}

export interface ReportOptions {
  window: ReportWindow;
  now: Date;
  groupBy?: GroupBy;
  from: DurationStart;
  /** mttr: which bases to show (business: working time in each incident's calendar, less time on hold). */
  basis: ('net' | 'gross' | 'business')[];
  /** The calendars targets count in (SPEC §8): `sla` lists how late in working time, mttr's business basis counts in them. */
  sla?: SlaTargets;
  per: TrendPer;
  minCount: number;
  limit: number;
}

/** The label of incidents with no value in the grouped column. */
export const NONE = '(none)';
const PRIORITY_ORDER = ['P1', 'P2', 'P3', 'P4', 'P5'];

function groupOrder(by: GroupBy) {
  return (a: string | null, b: string | null): number => {
    if (a === b) return 0;
    if (a === null) return 1;
    if (b === null) return -1;
    if (by === 'priority') return PRIORITY_ORDER.indexOf(a) - PRIORITY_ORDER.indexOf(b);
    return a < b ? -1 : 1;
  };
}

const label = (g: string | null) => g ?? NONE;

function meta(_kind: ReportKind, o: ReportOptions, extra: Record<string, string | number | null> = {}) {
  return { since: o.window.since ?? null, until: o.window.until ?? null, ...extra };
}

export async function buildReport(store: Store, kind: ReportKind, o: ReportOptions): Promise<ReportResult> {
  const rs = store.reports;
  switch (kind) {
    case 'summary':
      return summary(rs, o);
    case 'sla':
      return sla(rs, o);
    case 'mttr':
      return mttr(rs, o);
    case 'recurring':
      return recurring(rs, o);
    case 'workload':
      return workload(rs, o);
    case 'trend':
      return trend(rs, o);
    case 'kb':
      return kb(rs, o);
    case 'problems':
      return problemsReport(store, o);
  }
}

// ---- summary ----------------------------------------------------------------------------------

export const AGE_BUCKETS = [
  { key: '<1d', days: 1 },
  { key: '1-3d', days: 3 },
  { key: '3-7d', days: 7 },
  { key: '7-30d', days: 30 },
  { key: '>=30d', days: Infinity },
];

function crossTab(
  first: ReportColumn,
  firstValues: string[],
  cells: { key: string; group: string | null; n: number }[],
  by: GroupBy,
): ReportSection {
  const groups = [...new Set(cells.map((c) => c.group))].sort(groupOrder(by));
  if (by === 'priority') for (const p of [...PRIORITY_ORDER].reverse()) if (!groups.includes(p)) groups.unshift(p);
  groups.sort(groupOrder(by));
  const rows: ReportRow[] = firstValues.map((v) => {
    const row: ReportRow = { [first.key]: v };
    let total = 0;
    for (const g of groups) {
      const n = cells.filter((c) => c.key === v && c.group === g).reduce((s, c) => s + c.n, 0);
      row[label(g)] = n;
      total += n;
    }
    row.total = total;
    return row;
  });
  const totalRow: ReportRow = { [first.key]: 'total' };
  for (const k of [...groups.map(label), 'total']) totalRow[k] = rows.reduce((s, r) => s + (r[k] as number), 0);
  rows.push(totalRow);
  return {
    name: '',
    columns: [first, ...groups.map((g) => ({ key: label(g), kind: 'count' as const, heading: label(g) })), column('total')],
    rows,
  };
}

async function summary(rs: ReportStore, o: ReportOptions): Promise<ReportResult> {
  const by = o.groupBy ?? 'priority';
  const counts = (await rs.statusCounts(o.window, by)).map((c) => ({ key: c.status, group: c.group, n: c.n }));
  const byStatus = { ...crossTab(column('status'), [...STATUSES], counts, by), name: 'byStatus' };
  const bounds = AGE_BUCKETS.slice(0, -1).map((b) => new Date(o.now.getTime() - b.days * 86400_000).toISOString());
  const ages = (await rs.backlog(o.window, by, bounds)).map((c) => ({ key: AGE_BUCKETS[c.bucket].key, group: c.group, n: c.n }));
  const backlog = { ...crossTab(column('age'), AGE_BUCKETS.map((b) => b.key), ages, by), name: 'backlog' };
  return { report: 'summary', meta: meta('summary', o, { groupBy: by, now: o.now.toISOString() }), sections: [byStatus, backlog], suggestions: [] };
}

// ---- sla --------------------------------------------------------------------------------------

/** How late, in the working time of the target's calendar (around the clock: as elapsed). */
const workingLate = (cal: Calendar, due: string, done: string) => businessSecondsBetween(cal, Date.parse(due), Date.parse(done));

/**
 * Working time between two instants in a calendar, less the working time of the holds ("s:e,…",
 * as heldMs reads them) inside it; without hold spans, the held seconds recorded (imported history).
 */
function workingSeconds(cal: Calendar, from: number, to: number, holds: string | null, fallbackHeld: number): number {
  if (cal.always) return (to - from - (holds ? heldMs(holds, from, to) : fallbackHeld * 1000)) / 1000;
  let held = 0;
  if (holds) {
    for (const pair of holds.split(',')) {
      const [a, b] = pair.split(':');
      const s = Math.max(Number(a), from);
      const e = Math.min(b ? Number(b) : to, to);
      if (e > s) held += businessSecondsBetween(cal, s, e);
    }
  } else held = fallbackHeld;
  return Math.max(0, businessSecondsBetween(cal, from, to) - held);
}

type Outcome = 'met' | 'breached' | 'pending' | null;

/**
 * One target's outcome: met when done by the due time; breached when done late, or not done and
 * the due time has passed (on hold the clock stops, so only a due time before the hold began counts).
 */
export function slaOutcome(due: string | null, done: string | null, now: string, holdStartedAt: string | null): Outcome {
  if (!due) return null;
  if (done) return done <= due ? 'met' : 'breached';
  const clock = holdStartedAt && holdStartedAt < now ? holdStartedAt : now;
  return due < clock ? 'breached' : 'pending';
}

async function sla(rs: ReportStore, o: ReportOptions): Promise<ReportResult> {
  const by = o.groupBy ?? 'priority';
  const now = o.now.toISOString();
  const rows = await rs.slaRows(o.window, by);
  type Acc = Record<string, number>;
  const zero = (): Acc => ({
    responseMet: 0, responseBreached: 0, responsePending: 0,
    resolveMet: 0, resolveBreached: 0, resolvePending: 0,
    sourceMet: 0, sourceMissed: 0,
  });
  const groups = new Map<string | null, Acc>();
  const total = zero();
  const breaches: ReportRow[] = [];
  for (const r of rows) {
    const acc = groups.get(r.group) ?? zero();
    groups.set(r.group, acc);
    const held = r.status === 'on_hold' ? r.holdStartedAt : null;
    const outcomes = {
      response: slaOutcome(r.responseDueAt, respondedAt(r), now, held),
      resolve: slaOutcome(r.resolveDueAt, r.resolvedAt, now, held),
    };
    for (const target of ['response', 'resolve'] as const) {
      const out = outcomes[target];
      if (!out) continue;
      const key = `${target}${out[0].toUpperCase()}${out.slice(1)}`;
      acc[key]++;
      total[key]++;
      if (out === 'breached') {
        const due = target === 'response' ? r.responseDueAt! : r.resolveDueAt!;
        const done = target === 'response' ? respondedAt(r) : r.resolvedAt;
        breaches.push({
          ref: formatRef('INC', r.id),
          priority: r.priority,
          group: label(r.group),
          target,
          dueAt: due,
          doneAt: done,
          late: (Date.parse(done ?? now) - Date.parse(due)) / 1000,
          lateWorking: workingLate(calendarFor(r.priority as Priority | null, o.sla), due, done ?? now),
          calendar: calendarFor(r.priority as Priority | null, o.sla).name,
          status: r.status,
          title: r.title,
        });
      }
    }
    if (r.sourceSlaMet !== null) {
      const key = r.sourceSlaMet ? 'sourceMet' : 'sourceMissed';
      acc[key]++;
      total[key]++;
    }
  }
  const finish = (a: Acc): ReportRow => ({
    responseMet: a.responseMet,
    responseBreached: a.responseBreached,
    responsePending: a.responsePending,
    responseRate: rate(a.responseMet, a.responseMet + a.responseBreached),
    resolveMet: a.resolveMet,
    resolveBreached: a.resolveBreached,
    resolvePending: a.resolvePending,
    resolveRate: rate(a.resolveMet, a.resolveMet + a.resolveBreached),
    sourceMet: a.sourceMet,
    sourceMissed: a.sourceMissed,
    sourceRate: rate(a.sourceMet, a.sourceMet + a.sourceMissed),
  });
  // At 80 columns the rates stay; pending counts go first, then the source tracker's counts.
  const figures: ReportColumn[] = columns(
    column('responseMet', { dropOrder: 7 }),
    column('responseBreached', { dropOrder: 5 }),
    column('responsePending', { dropOrder: 1 }),
    'responseRate',
    column('resolveMet', { dropOrder: 8 }),
    column('resolveBreached', { dropOrder: 6 }),
    column('resolvePending', { dropOrder: 2 }),
    'resolveRate',
    column('sourceMet', { onlyWithData: true, dropOrder: 3 }),
    column('sourceMissed', { onlyWithData: true, dropOrder: 4 }),
    column('sourceRate', { onlyWithData: true, dropOrder: 9 }),
  );
  const keys = [...groups.keys()].sort(groupOrder(by));
  breaches.sort((a, b) => (b.late as number) - (a.late as number));
  return {
    report: 'sla',
    meta: meta('sla', o, { groupBy: by, now }),
    sections: [
      { name: 'compliance', columns: [column('group'), ...figures], rows: keys.map((g) => ({ group: label(g), ...finish(groups.get(g)!) })) },
      { name: 'total', columns: figures, rows: [finish(total)] },
      {
        name: 'breaches',
        columns: columns(
          'ref',
          'priority',
          column('group', { dropOrder: 1 }),
          'target',
          column('dueAt', { dropOrder: 4 }),
          column('doneAt', { dropOrder: 2 }),
          'late',
          'lateWorking',
          column('calendar', { dropOrder: 5 }),
          column('status', { dropOrder: 3 }),
          'title',
        ),
        rows: breaches,
      },
    ],
    suggestions: [],
  };
}

// ---- mttr -------------------------------------------------------------------------------------

/**
 * Time to classify and to resolve of one incident from its whole timeline (the completion report),
 * in seconds, gross (wall clock) and net (less the time on hold inside the span; an incident with
 * hold time but no hold events — imported — falls back to its recorded held seconds for MTTR).
 */
export function incidentDurations(
  d: { start: number; classified: number | null; resolved: number | null; heldSeconds: number },
  holds: { at: number; kind: string; from: string | null }[] | undefined,
) {
  const intervals = holds ? holdIntervals(holds) : [];
  const net = (end: number, fallbackHeldMs: number) => {
    const held = intervals.length ? overlapMs(intervals, d.start, end) : fallbackHeldMs;
    return (end - d.start - held) / 1000;
  };
  return {
    mttaGross: d.classified === null ? null : (d.classified - d.start) / 1000,
    mttaNet: d.classified === null ? null : net(d.classified, 0),
    mttrGross: d.resolved === null ? null : (d.resolved - d.start) / 1000,
    mttrNet: d.resolved === null ? null : net(d.resolved, d.heldSeconds * 1000),
  };
}

/** A growable array of doubles (a million samples without boxing). */
class Samples {
  data = new Float64Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const bigger = new Float64Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = v;
  }
  values(): Float64Array {
    return this.data.subarray(0, this.length);
  }
}

/** Milliseconds of the hold intervals ("s:e,s:e", e empty = still on hold) between from and to. */
function heldMs(holds: string, from: number, to: number): number {
  let total = 0;
  for (const pair of holds.split(',')) {
    const [a, b] = pair.split(':');
    const s = Math.max(Number(a), from);
    const e = Math.min(b ? Number(b) : Number.POSITIVE_INFINITY, to);
    if (e > s) total += e - s;
  }
  return total;
}

async function mttr(rs: ReportStore, o: ReportOptions): Promise<ReportResult> {
  const by = o.groupBy ?? 'priority';
  const series = ['mttaNet', 'mttaGross', 'mttrNet', 'mttrGross', 'mttaBusiness', 'mttrBusiness'] as const;
  type Set4 = Record<(typeof series)[number], Samples>;
  const empty = (): Set4 => ({
    mttaNet: new Samples(),
    mttaGross: new Samples(),
    mttrNet: new Samples(),
    mttrGross: new Samples(),
    mttaBusiness: new Samples(),
    mttrBusiness: new Samples(),
  });
  const groups = new Map<string | null, Set4>();
  const business = o.basis.includes('business');
  await rs.scanDurations(o.window, by, o.from, (group, startText, classifiedText, resolvedText, heldSeconds, holds, priority) => {
    let g = groups.get(group);
    if (!g) groups.set(group, (g = empty()));
    const start = epochMs(startText);
    if (classifiedText !== null) {
      const classified = epochMs(classifiedText);
      g.mttaGross.push((classified - start) / 1000);
      g.mttaNet.push((classified - start - (holds ? heldMs(holds, start, classified) : 0)) / 1000);
    }
    if (resolvedText !== null) {
      const resolved = epochMs(resolvedText);
      g.mttrGross.push((resolved - start) / 1000);
      // Every hold of a resolved incident ended before its resolution: its held seconds are the
      // time on hold inside the span (recorded when each hold ended, in whole seconds).
      g.mttrNet.push((resolved - start - heldSeconds * 1000) / 1000);
    }
    if (business) {
      // Each incident in its own priority's calendar, as its due times were counted (SPEC §8).
      const cal = calendarFor(priority as Priority | null, o.sla);
      if (classifiedText !== null) g.mttaBusiness.push(workingSeconds(cal, start, epochMs(classifiedText), holds, 0));
      if (resolvedText !== null) g.mttrBusiness.push(workingSeconds(cal, start, epochMs(resolvedText), holds, heldSeconds));
    }
  }, business);
  const all = empty();
  for (const g of groups.values()) for (const s of series) for (const v of g[s].values()) all[s].push(v);
  // One row per measure, net and gross side by side (a manager compares them, not reads them twice).
  const figures = (samples: Set4): ReportRow[] =>
    (['mtta', 'mttr'] as const).map((measure) => {
      const row: ReportRow = { measure };
      for (const basis of o.basis) {
        const s = summarise(samples[`${measure}${basis === 'net' ? 'Net' : basis === 'gross' ? 'Gross' : 'Business'}`].values());
        row.count = s.count;
        row[`${basis}Mean`] = s.mean;
        row[`${basis}Median`] = s.median;
        row[`${basis}P90`] = s.p90;
      }
      return row;
    });
  // At 80 columns the medians go first, then the gross and business p90s: means and the net p90 stay.
  const drop: Record<string, number> = { grossMedian: 1, businessMedian: 2, netMedian: 3, grossP90: 4, businessP90: 5 };
  const cols: ReportColumn[] = columns(
    'measure',
    'count',
    ...o.basis.flatMap((basis) => ['Mean', 'Median', 'P90'].map((f) => column(`${basis}${f}` as ColumnKey, { dropOrder: drop[`${basis}${f}`] }))),
  );
  const keys = [...groups.keys()].sort(groupOrder(by));
  return {
    report: 'mttr',
    meta: meta('mttr', o, { groupBy: by, from: o.from }),
    sections: [
      { name: 'groups', columns: [column('group'), ...cols], rows: keys.flatMap((g) => figures(groups.get(g)!).map((r) => ({ group: label(g), ...r }))) },
      { name: 'total', columns: cols, rows: figures(all) },
    ],
    suggestions: [],
  };
}

// ---- recurring --------------------------------------------------------------------------------

async function recurring(rs: ReportStore, o: ReportOptions): Promise<ReportResult> {
  const rows = await rs.recurringRows(o.window);
  const buckets = new Map<string, typeof rows>();
  for (const r of rows) {
    const key = JSON.stringify([r.service, r.category]);
    const list = buckets.get(key);
    if (list) list.push(r);
    else buckets.set(key, [r]);
  }
  const clusters: (typeof rows)[] = [];
  for (const list of buckets.values()) {
    if (list.length < o.minCount) continue;
    for (const idx of clusterTitles(list.map((r) => r.title))) {
      if (idx.length >= o.minCount) clusters.push(idx.map((i) => list[i]));
    }
  }
  const kbOf = await rs.knowledgeOf(clusters.flat().map((r) => r.id));
  const out: ReportRow[] = clusters.map((members) => {
    const byTime = [...members].sort((a, b) => (a.openedAt < b.openedAt ? -1 : a.openedAt > b.openedAt ? 1 : a.id - b.id));
    const latest = byTime[byTime.length - 1];
    const kbs = [...new Set(members.flatMap((m) => kbOf.get(m.id) ?? []))].sort((a, b) => a - b);
    const problems = [
      ...new Set(
        members.flatMap((m) => [m.problemId ? formatRef('PRB', m.problemId) : null, m.sourceProblem].filter((p): p is string => !!p)),
      ),
    ];
    const handedOff = members.some((m) => m.problemId || m.problemHandoff || m.sourceProblem);
    return {
      service: latest.service,
      category: latest.category,
      title: latest.title,
      count: members.length,
      firstSeen: byTime[0].openedAt,
      lastSeen: latest.openedAt,
      incidents: byTime.map((m) => formatRef('INC', m.id)),
      knowledge: kbs.map((k) => formatRef('KB', k)),
      usedKnowledge: members.some((m) => m.sourceKnowledge === 1 || kbOf.has(m.id)),
      problem: handedOff,
      problems,
      suggestion: recurringSuggestion(byTime, handedOff),
    };
  });
  // Clusters nobody has handed to problem management come first: they are the ones to act on.
  out.sort(
    (a, b) =>
      Number(a.problem) - Number(b.problem) ||
      (b.count as number) - (a.count as number) ||
      ((b.lastSeen as string) < (a.lastSeen as string) ? -1 : 1),
  );
  out.forEach((r, i) => (r.cluster = i + 1));
  return {
    report: 'recurring',
    meta: meta('recurring', o, { minCount: o.minCount }),
    sections: [
      {
        name: 'clusters',
        columns: columns(
          'cluster',
          'service',
          column('category', { dropOrder: 6 }),
          'count',
          column('firstSeen', { dropOrder: 4 }),
          column('lastSeen', { dropOrder: 7 }),
          'title',
          column('incidents', { kind: 'list', dropOrder: 1 }),
          column('knowledge', { dropOrder: 2 }),
          column('usedKnowledge', { dropOrder: 5 }),
          column('problem', { kind: 'bool' }),
          column('problems', { dropOrder: 3 }),
          'suggestion',
        ),
        rows: out,
      },
    ],
    suggestions: out.filter((r) => r.suggestion).map((r) => r.suggestion as string),
  };
}

/**
 * The command that hands a cluster to problem management: open a problem from all of it, or, when
 * some of it is linked to one problem already, link the rest there.
 */
function recurringSuggestion(byTime: RecurringRow[], handedOff: boolean): string | null {
  const refs = (rows: RecurringRow[]) => rows.map((m) => formatRef('INC', m.id)).join(',');
  if (!handedOff) return `incident problem open --from ${refs(byTime)}`;
  const problems = [...new Set(byTime.map((m) => m.problemId).filter((p): p is number => !!p))];
  const unlinked = byTime.filter((m) => !m.problemId);
  if (problems.length === 1 && unlinked.length) return `incident problem link ${formatRef('PRB', problems[0])} ${refs(unlinked)}`;
  return null;
}

// ---- workload ---------------------------------------------------------------------------------

async function workload(rs: ReportStore, o: ReportOptions): Promise<ReportResult> {
  const by = o.groupBy ?? 'assignee';
  const rows = (await rs.workload(o.window, by)).sort((a, b) => groupOrder(by)(a.group, b.group));
  const finish = (r: Omit<(typeof rows)[number], 'group'>): ReportRow => ({
    total: r.total,
    open: r.active,
    resolved: r.resolved,
    cancelled: r.cancelled,
    escalated: r.escalated,
    escalationRate: rate(r.escalated, r.total),
    reopened: r.reopened,
    reopenRate: rate(r.reopened, r.everResolved),
    major: r.major,
  });
  const sum = (k: keyof (typeof rows)[number]) => rows.reduce((s, r) => s + (r[k] as number), 0);
  const totals = {
    total: sum('total'), active: sum('active'), resolved: sum('resolved'), cancelled: sum('cancelled'),
    escalated: sum('escalated'), everResolved: sum('everResolved'), reopened: sum('reopened'), major: sum('major'),
  };
  const cols: ReportColumn[] = columns(
    'total',
    'open',
    'resolved',
    column('cancelled', { dropOrder: 1 }),
    column('escalated', { dropOrder: 3 }),
    'escalationRate',
    column('reopened', { dropOrder: 4 }),
    'reopenRate',
    column('major', { dropOrder: 2 }),
  );
  return {
    report: 'workload',
    meta: meta('workload', o, { groupBy: by }),
    sections: [
      { name: 'groups', columns: [column('group'), ...cols], rows: rows.map((r) => ({ group: label(r.group), ...finish(r) })) },
      { name: 'total', columns: cols, rows: [finish(totals)] },
    ],
    suggestions: [],
  };
}

// ---- trend ------------------------------------------------------------------------------------

/** Default span of a trend: 30 days, 12 weeks or 12 months (the current one included). */
export const trendSince = (now: Date, per: TrendPer) =>
  per === 'day' ? addDays(startOfDay(now), -29) : per === 'week' ? addDays(startOfISOWeek(now), -77) : addMonths(startOfMonth(now), -11);

const bucketStart = (per: TrendPer, day: Date) => (per === 'day' ? startOfDay(day) : per === 'week' ? startOfISOWeek(day) : startOfMonth(day));
const nextBucket = (per: TrendPer, d: Date) => (per === 'day' ? addDays(d, 1) : per === 'week' ? addDays(d, 7) : addMonths(d, 1));

/**
 * Opened and resolved per period, with the resolution SLA % and the mean net MTTR of the incidents
 * resolved in each period (null where none was), and with `mtta` the mean net MTTA of the incidents
 * classified in each period. Periods are local calendar days, ISO weeks (labelled by their Monday)
 * or months (`2027-04`).
 */
export async function trendSeries(rs: ReportStore, since: Date, until: Date, per: TrendPer, o: { mtta?: boolean } = {}): Promise<ReportRow[]> {
  const { opened, resolved } = await rs.perDay(since.toISOString(), until.toISOString());
  const labelOf = (d: Date) => formatDate(d, per === 'month' ? 'yyyy-MM' : 'yyyy-MM-dd');
  const series: ReportRow[] = [];
  type Bucket = ReportRow & { withTarget: number; met: number; netSum: number; classified: number; classifySum: number };
  const index = new Map<string, Bucket>();
  // Every bucket from since to until, empty ones included, so the chart shows quiet days.
  for (let d = bucketStart(per, since); d < until; d = nextBucket(per, d)) {
    const row = { period: labelOf(d), opened: 0, resolved: 0, withTarget: 0, met: 0, netSum: 0, classified: 0, classifySum: 0 };
    series.push(row);
    index.set(row.period, row);
  }
  const rowOf = (day: string) => {
    const [y, m, dd] = day.split('-').map(Number);
    return index.get(labelOf(bucketStart(per, new Date(y, m - 1, dd))));
  };
  for (const [day, n] of opened) {
    const row = rowOf(day);
    if (row) (row.opened as number) += n;
  }
  for (const [day, n] of resolved) {
    const row = rowOf(day);
    if (row) (row.resolved as number) += n;
  }
  for (const r of await rs.resolvedPerDay(since.toISOString(), until.toISOString())) {
    const row = rowOf(r.day);
    if (!row) continue;
    row.withTarget += r.withTarget;
    row.met += r.met;
    row.netSum += r.netSeconds;
  }
  if (o.mtta) {
    for (const r of await rs.classifiedPerDay(since.toISOString(), until.toISOString())) {
      const row = rowOf(r.day);
      if (!row) continue;
      row.classified += r.n;
      row.classifySum += r.netSeconds;
    }
  }
  return series.map((r) => {
    const row = r as Bucket;
    return {
      period: row.period,
      opened: row.opened,
      resolved: row.resolved,
      slaRate: rate(row.met, row.withTarget),
      ...(o.mtta && { mtta: row.classified ? row.classifySum / row.classified : null }),
      mttr: (row.resolved as number) ? row.netSum / (row.resolved as number) : null,
    };
  });
}

export const TREND_COLUMNS: ReportColumn[] = columns('period', 'opened', 'resolved', 'slaRate', 'mttr');

async function trend(rs: ReportStore, o: ReportOptions): Promise<ReportResult> {
  const until = o.window.until ? new Date(o.window.until) : o.now;
  const since = o.window.since ? new Date(o.window.since) : trendSince(o.now, o.per);
  return {
    report: 'trend',
    meta: { since: since.toISOString(), until: until.toISOString(), per: o.per },
    sections: [{ name: 'series', columns: TREND_COLUMNS, rows: await trendSeries(rs, since, until, o.per) }],
    suggestions: [],
    chart: { per: o.per },
  };
}

// ---- kb ---------------------------------------------------------------------------------------

async function kb(rs: ReportStore, o: ReportOptions): Promise<ReportResult> {
  const by = o.groupBy ?? 'category';
  const share = (await rs.kbShare(o.window, by)).sort((a, b) => groupOrder(by)(a.group, b.group));
  const finish = (resolved: number, withKnowledge: number): ReportRow => ({
    resolved,
    withKnowledge,
    share: rate(withKnowledge, resolved),
  });
  const cols: ReportColumn[] = columns('resolved', 'withKnowledge', 'share');
  const entryCols: ReportColumn[] = columns(
    'ref',
    'incidents',
    column('uses', { dropOrder: 2 }),
    'status',
    column('createdAt', { dropOrder: 1 }),
    'title',
  );
  const entry = (e: { id: number; title: string; status: string; uses: number; incidents: number; createdAt: string }): ReportRow => ({
    ref: formatRef('KB', e.id),
    incidents: e.incidents,
    uses: e.uses,
    status: e.status,
    createdAt: e.createdAt,
    title: e.title,
  });
  return {
    report: 'kb',
    meta: meta('kb', o, { groupBy: by }),
    sections: [
      { name: 'groups', columns: [column('group'), ...cols], rows: share.map((s) => ({ group: label(s.group), ...finish(s.resolved, s.withKnowledge) })) },
      {
        name: 'total',
        columns: cols,
        rows: [finish(share.reduce((s, r) => s + r.resolved, 0), share.reduce((s, r) => s + r.withKnowledge, 0))],
      },
      { name: 'mostUsed', columns: entryCols, rows: (await rs.kbMostUsed(o.window, o.limit)).map(entry) },
      { name: 'neverUsed', columns: entryCols, rows: (await rs.kbNeverUsed()).map(entry) },
    ],
    suggestions: [],
  };
}

