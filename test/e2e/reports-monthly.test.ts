import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { Sandbox } from '../helpers/cli.js';
import { csvObjects } from '../helpers/csv.js';
import { buildMonthlyHistory, exportedIncidents, MONTHLY_NOW, mttaByMonth } from '../helpers/monthly-history.js';

/**
 * `report monthly` (SPEC §10, the 月次報告): the month's figures, checked against values counted
 * here from the export (incidents with their timelines), never from the report code.
 */

let sb: Sandbox;
let incidents: any[];

beforeAll(() => {
  sb = new Sandbox();
  buildMonthlyHistory(sb);
  sb.env.INCIDENT_NOW = MONTHLY_NOW;
  incidents = exportedIncidents(sb);
}, 300_000);
afterAll(() => sb.cleanup());

const inMonth = (iso: string | null, month: string) => !!iso && iso.slice(0, 7) === month;
const cancelledAt = (i: any) => i.timeline.find((e: any) => e.kind === 'cancelled')?.at ?? null;
/** Active at time t: opened before it, not resolved before it, not cancelled before it. */
const activeAt = (i: any, t: string) => i.openedAt < t && !(i.resolvedAt && i.resolvedAt < t) && !(cancelledAt(i) && cancelledAt(i) < t);

describe('report monthly --json', () => {
  it('defaults to the month before now and gives the month figures', () => {
    const r = sb.json(['report', 'monthly']);
    expect(r.report).toBe('monthly');
    expect(r.month).toBe('2026-11');
    expect(r.since).toBe('2026-11-01T00:00:00.000Z');
    expect(r.until).toBe('2026-12-01T00:00:00.000Z');
    const nov = incidents.filter((i) => inMonth(i.openedAt, '2026-11'));
    expect(r.volume).toEqual([
      {
        opened: nov.length,
        resolved: incidents.filter((i) => inMonth(i.resolvedAt, '2026-11')).length,
        cancelled: nov.filter((i) => i.status === 'cancelled').length,
        stillOpen: nov.filter((i) => ['open', 'classified', 'escalated', 'on_hold'].includes(i.status)).length,
        major: 1,
      },
    ]);
    expect(r.volume[0].opened).toBe(15);
  });

  it('SLA compliance per priority over the incidents opened in the month', () => {
    const r = sb.json(['report', 'monthly']);
    const nov = incidents.filter((i) => inMonth(i.openedAt, '2026-11') && i.status !== 'cancelled');
    for (const row of r.sla) {
      const mine = row.group === 'total' ? nov : nov.filter((i) => i.priority === row.group);
      const targeted = mine.filter((i) => i.resolveDueAt && i.resolvedAt);
      expect(row.resolveMet).toBe(targeted.filter((i) => i.resolvedAt <= i.resolveDueAt).length);
    }
    expect(r.sla[r.sla.length - 1].group).toBe('total');
    expect(r.sla.map((s: any) => s.group)).toContain('P1');
  });

  it('the trend: 12 months, opened, resolved and the backlog at each month end', () => {
    const r = sb.json(['report', 'monthly']);
    expect(r.trend.map((t: any) => t.period)).toEqual([
      '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11',
    ]);
    const ends: Record<string, string> = { '2026-09': '2026-10-01T00:00:00.000Z', '2026-10': '2026-11-01T00:00:00.000Z', '2026-11': '2026-12-01T00:00:00.000Z' };
    for (const [month, end] of Object.entries(ends)) {
      const row = r.trend.find((t: any) => t.period === month);
      expect(row.opened).toBe(incidents.filter((i) => inMonth(i.openedAt, month)).length);
      expect(row.resolved).toBe(incidents.filter((i) => inMonth(i.resolvedAt, month)).length);
      expect(row.backlog).toBe(incidents.filter((i) => activeAt(i, end)).length);
    }
    expect(r.trend[0]).toEqual({ period: '2025-12', opened: 0, resolved: 0, backlog: 0, slaRate: null, mtta: null, mttr: null });
  });

  it('the trend has MTTA: the mean net time to classify of the incidents classified in each month', () => {
    const r = sb.json(['report', 'monthly']);
    const expected = mttaByMonth(incidents);
    for (const row of r.trend) {
      const e = expected.get(row.period);
      if (e) expect(row.mtta, row.period).toBeCloseTo(e.net, 6);
      else expect(row.mtta, row.period).toBeNull();
    }
    expect(r.trend.filter((t: any) => t.mtta !== null).map((t: any) => t.period)).toEqual(['2026-09', '2026-10', '2026-11']);
    // Some incident was on hold before it was classified (escalated, held, resumed): net < gross.
    expect([...expected.values()].some((e) => e.net < e.gross - 1)).toBe(true);
  });

  it('MTTA/MTTR of the month: net, gross and business side by side, as report mttr over the month', () => {
    const r = sb.json(['report', 'monthly']);
    const mttr = sb.json(['report', 'mttr', '--since', '2026-11-01T00:00:00Z', '--until', '2026-12-01T00:00:00Z']);
    expect(r.mttr).toEqual(mttr.total);
    const row = r.mttr.find((m: any) => m.measure === 'mttr');
    expect(Object.keys(row).sort()).toEqual(
      ['businessMean', 'businessMedian', 'businessP90', 'count', 'grossMean', 'grossMedian', 'grossP90', 'measure', 'netMean', 'netMedian', 'netP90'],
    );
    // P3–P5 count in business hours by default (Mon–Fri 09:00–18:00 JST): nights and weekends are left out.
    expect(row.businessMean).toBeLessThan(row.netMean);
  });

  it('major incidents, top recurring incidents with their problems, knowledge use', () => {
    const r = sb.json(['report', 'monthly']);
    const major = incidents.find((i) => i.major);
    expect(r.major).toHaveLength(1);
    expect(r.major[0]).toMatchObject({ ref: major.ref, priority: 'P1', impact: 'high', status: 'resolved', title: major.title });
    // Opened 01:00, resolved 05:40, never held.
    expect(r.major[0].toResolve).toBe(4 * 3600 + 40 * 60);
    expect(r.recurring.length).toBeGreaterThan(0);
    const counts = r.recurring.map((c: any) => c.count);
    expect(counts).toEqual([...counts].sort((a: number, b: number) => b - a));
    for (const c of r.recurring) {
      expect(c.incidents.length).toBe(c.count);
      for (const ref of c.incidents) expect(inMonth(incidents.find((i) => i.ref === ref).openedAt, '2026-11')).toBe(true);
      expect(c).toHaveProperty('problems');
    }
    const resolvedNov = incidents.filter((i) => inMonth(i.openedAt, '2026-11') && i.resolvedAt);
    expect(r.knowledge).toEqual([{ resolved: resolvedNov.length, withKnowledge: 2, share: 2 / resolvedNov.length }]);
    expect(r.knowledgeUsed[0]).toMatchObject({ ref: 'KB-1', incidents: 2 });
  });

  it('--month picks another month; a bad month or a window flag is refused', () => {
    const oct = sb.json(['report', 'monthly', '--month', '2026-10']);
    expect(oct.month).toBe('2026-10');
    expect(oct.volume[0].opened).toBe(incidents.filter((i) => inMonth(i.openedAt, '2026-10')).length);
    expect(oct.trend[oct.trend.length - 1].period).toBe('2026-10');
    for (const args of [['--month', '2026-13'], ['--month', 'April'], ['--since', '30d'], ['--group-by', 'team']]) {
      const r = sb.run(['report', 'monthly', ...args]);
      expect(r.code).toBe(2);
      expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
      expect(r.stdout).toBe('');
    }
    expect(sb.run(['report', 'sla', '--month', '2026-10']).code).toBe(2);
  });
});

describe('report monthly as CSV', () => {
  it('is one table with a section column, each value as its section gives it', () => {
    const r = sb.run(['report', 'monthly', '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    const rows = csvObjects(r.stdout);
    const json = sb.json(['report', 'monthly']);
    // `incidents` is a list of refs in recurring and a count in knowledgeUsed.
    expect(rows.filter((x) => x.section === 'recurring').map((x) => x.incidents)).toEqual(json.recurring.map((c: any) => c.incidents.join(' ')));
    expect(rows.filter((x) => x.section === 'knowledgeUsed').map((x) => Number(x.incidents))).toEqual(json.knowledgeUsed.map((k: any) => k.incidents));
    expect(rows.filter((x) => x.section === 'trend').map((x) => Number(x.backlog))).toEqual(json.trend.map((t: any) => t.backlog));
    expect(rows.filter((x) => x.section === 'trend').map((x) => (x.mtta === '' ? null : Number(x.mtta)))).toEqual(json.trend.map((t: any) => t.mtta));
    expect(rows.filter((x) => x.section === 'mttr').map((x) => Number(x.businessMean))).toEqual(json.mttr.map((m: any) => m.businessMean));
  });
});

describe('report monthly in a terminal', () => {
  it('prints each section under its heading, within 80 columns, in English and Japanese', () => {
    for (const lang of ['en', 'ja']) {
      const r = sb.run(['report', 'monthly', '--format', 'table', '--lang', lang], { env: { COLUMNS: '80' } });
      expect(r.code).toBe(0);
      expect(r.stdout.split('\n').filter((l) => stringWidth(l) > 80)).toEqual([]);
      if (lang === 'en') for (const h of ['Monthly report · month 2026-11', 'Incidents this month', 'SLA compliance by priority', 'The last 12 months', 'Major incidents', 'Top recurring incidents']) expect(r.stdout).toContain(h);
      else for (const h of ['月次報告 · 2026-11', '今月の件数', '重大インシデント', '直近 12 か月の推移', '高', '解消']) expect(r.stdout).toContain(h);
    }
  });
});
