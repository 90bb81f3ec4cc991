import { isActive } from '../core/lifecycle.js';
import { ACTIVE_PROBLEM_STATUSES, recurrenceAroundFix } from '../core/problem.js';
import type { Store } from '../store/index.js';
import type { ReportOptions, ReportResult, ReportRow } from './reports.js';
import { column, columns } from './report-columns.js';

/**
 * `incident report problems`: which causes are still open and for how long, how many incidents each
 * cost, and what each permanent fix saved. docs/problems.md defines every figure.
 *
 * - open: problems not yet fixed (open, analysing, known_error), oldest first; `age` counts from
 *   openedAt to now.
 * - incidents: every problem with the incidents linked to it that were opened in [--since, --until),
 *   most first; `active` are those still being worked (not resolved, closed or cancelled).
 * - fixes: problems with a permanent fix (fixedAt set): incidents opened in the `window` since the
 *   fix (`after`) against as long a window before it (`before`); `avoided = before − after`.
 */
export async function problemsReport(store: Store, o: ReportOptions): Promise<ReportResult> {
  const now = o.now;
  const all = await store.problems.withIncidents();
  const inWindow = (t: string) => (!o.window.since || t >= o.window.since) && (!o.window.until || t < o.window.until);

  const open: ReportRow[] = all
    .filter(({ problem }) => ACTIVE_PROBLEM_STATUSES.includes(problem.status))
    .map(({ problem: p, incidents }) => ({
      problem: p.ref,
      status: p.status,
      title: p.title,
      owner: p.owner,
      age: Math.max(0, Math.round((now.getTime() - Date.parse(p.openedAt)) / 1000)),
      incidents: incidents.length,
      lastSeen: incidents.at(-1)?.openedAt ?? null,
    }))
    .sort((a, b) => (b.age as number) - (a.age as number) || (a.problem < b.problem ? -1 : 1));

  const perProblem: ReportRow[] = all
    .map(({ problem: p, incidents }) => {
      const rows = incidents.filter((r) => inWindow(r.openedAt));
      return {
        problem: p.ref,
        status: p.status,
        title: p.title,
        incidents: rows.length,
        active: rows.filter((r) => isActive(r.status)).length,
        firstSeen: rows[0]?.openedAt ?? null,
        lastSeen: rows.at(-1)?.openedAt ?? null,
      };
    })
    .filter((r) => r.incidents > 0 || (!o.window.since && !o.window.until))
    .sort((a, b) => b.incidents - a.incidents || (a.problem < b.problem ? -1 : 1));

  const fixes: ReportRow[] = all
    .filter(({ problem }) => problem.fixedAt)
    .map(({ problem: p, incidents }) => {
      const r = recurrenceAroundFix(incidents.map((i) => i.openedAt), p.fixedAt as string, now);
      return { problem: p.ref, status: p.status, title: p.title, fixedAt: p.fixedAt, window: Math.round(r.windowDays * 86400), before: r.before, after: r.after, avoided: r.avoided };
    })
    .sort((a, b) => (a.fixedAt as string) < (b.fixedAt as string) ? -1 : 1);

  const suggestions = open
    .filter((r) => !r.owner)
    .map((r) => `incident problem analyse ${r.problem as string} --owner …`);
  return {
    report: 'problems',
    meta: {
      since: o.window.since ?? null,
      until: o.window.until ?? null,
      openProblems: open.length,
      unowned: open.filter((r) => !r.owner).length,
      knownErrors: open.filter((r) => r.status === 'known_error').length,
      avoided: fixes.reduce((s, r) => s + (r.avoided as number), 0),
    },
    sections: [
      {
        name: 'open',
        columns: columns(
          'problem',
          'status',
          'title',
          column('owner', { dropOrder: 1 }),
          column('age', { kind: 'duration' }),
          'incidents',
          'lastSeen',
        ),
        rows: open,
      },
      {
        name: 'incidents',
        columns: columns('problem', 'status', 'title', 'incidents', 'active', 'firstSeen', 'lastSeen'),
        rows: perProblem,
      },
      {
        name: 'fixes',
        columns: columns('problem', 'status', 'title', 'fixedAt', 'window', 'before', 'after', 'avoided'),
        rows: fixes,
      },
    ],
    suggestions,
  };
}
