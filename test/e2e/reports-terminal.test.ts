import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { Sandbox } from '../helpers/cli.js';
import { buildMonthlyHistory, MONTHLY_NOW } from '../helpers/monthly-history.js';

/**
 * What a manager meets in a terminal (SPEC §10, issue #25): mttr's net and gross side by side,
 * trend per day, week or month with SLA % and MTTR, the source tracker's columns only when there
 * are source figures, Japanese words with --lang ja, and tables that fit 80 columns.
 */

let sb: Sandbox;
let incidents: any[];

beforeAll(() => {
  sb = new Sandbox();
  buildMonthlyHistory(sb);
  sb.env.INCIDENT_NOW = MONTHLY_NOW;
  const r = sb.run(['export']);
  incidents = r.stdout.trim().split('\n').map((l) => JSON.parse(l)).filter((l) => l.type === 'incident');
}, 300_000);
afterAll(() => sb.cleanup());

const table = (args: string[], columns = 80, lang = 'en') => {
  const r = sb.run(['report', ...args, '--format', 'table', '--lang', lang], { env: { COLUMNS: String(columns) } });
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
};

/**
 * Time on hold between a and b (ms), from the timeline: from each event that enters on_hold (a hold,
 * or a reopening back to on_hold) to the next event that leaves it.
 */
function heldBetween(inc: any, a: number, b: number): number {
  let total = 0;
  let start: number | null = null;
  for (const e of inc.timeline) {
    const at = Date.parse(e.at);
    if (e.to === 'on_hold') start = at;
    else if (e.from === 'on_hold' && start !== null) {
      total += Math.max(0, Math.min(at, b) - Math.max(start, a));
      start = null;
    }
  }
  return total;
}

describe('report mttr: net and gross are columns of one row', () => {
  it('prints each group once per measure, with net and gross figures beside each other', () => {
    const out = table(['mttr', '--group-by', 'category'], 200);
    const byGroup = out.slice(0, out.indexOf('All incidents'));
    const header = byGroup.split('\n').find((l) => l.includes('Measure'))!;
    for (const h of ['Count', 'Net mean', 'Net med.', 'Net p90', 'Gross mean', 'Gross med.', 'Gross p90']) expect(header).toContain(h);
    expect(header).not.toContain('Basis');
    const categories = [...new Set(incidents.filter((i) => i.classifiedAt || i.resolvedAt).map((i) => i.category))];
    for (const c of categories) {
      const lines = byGroup.split('\n').filter((l) => l.startsWith(`│ ${c} `));
      expect(lines.map((l) => l.split('│')[2].trim()).sort()).toEqual(['MTTA', 'MTTR']);
    }
  });
});

describe('report trend --per day|week|month', () => {
  it('per month: one row a month of the last twelve, with opened, resolved, SLA % and MTTR of each', () => {
    const r = sb.json(['report', 'trend', '--per', 'month']);
    expect(r.per).toBe('month');
    expect(r.series.map((s: any) => s.period)).toEqual([
      '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11',
    ]);
    const byMonth = (iso: string | null, m: string) => !!iso && iso.slice(0, 7) === m;
    for (const month of ['2026-09', '2026-10', '2026-11']) {
      const row = r.series.find((s: any) => s.period === month);
      expect(row.opened).toBe(incidents.filter((i) => byMonth(i.openedAt, month)).length);
      const resolved = incidents.filter((i) => byMonth(i.resolvedAt, month));
      expect(row.resolved).toBe(resolved.length);
      const targeted = resolved.filter((i) => i.resolveDueAt);
      const met = targeted.filter((i) => i.resolvedAt <= i.resolveDueAt).length;
      expect(row.slaRate).toBeCloseTo(met / targeted.length, 9);
      const net = resolved.map((i) => (Date.parse(i.resolvedAt) - Date.parse(i.openedAt) - heldBetween(i, Date.parse(i.openedAt), Date.parse(i.resolvedAt))) / 1000);
      expect(row.mttr).toBeCloseTo(net.reduce((a, b) => a + b, 0) / net.length, 0);
    }
    expect(r.series.find((s: any) => s.period === '2026-05')).toEqual({ period: '2026-05', opened: 0, resolved: 0, slaRate: null, mttr: null });
  });

  it('per week labels each ISO week by its Monday; per day is the default; other periods are refused', () => {
    const weekly = sb.json(['report', 'trend', '--per', 'week', '--since', '2026-11-01', '--until', '2026-11-16']);
    expect(weekly.series.map((s: any) => s.period)).toEqual(['2026-10-26', '2026-11-02', '2026-11-09']);
    expect(sb.json(['report', 'trend']).series[0].period).toBe('2026-11-02');
    const bad = sb.run(['report', 'trend', '--per', 'year']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('month');
  });

  it('draws the SLA % and MTTR trend lines under the chart', () => {
    const out = table(['trend', '--per', 'month']);
    expect(out).toMatch(/^2026-11 +█+ +15 /m);
    expect(out).toMatch(/^SLA % +[▁▂▃▄▅▆▇█ ]+ +\d+\.\d%$/m);
    expect(out).toMatch(/^MTTR +[▁▂▃▄▅▆▇█ ]+ +\d+[dhm]/m);
  });
});

describe('report sla: the source tracker columns', () => {
  it('appear only when some incident has the source tracker verdict', () => {
    expect(table(['sla'], 250)).not.toContain('Source');
    const db = sb.openDb();
    db.prepare('UPDATE incidents SET source_sla_met = 1 WHERE id = 2').run();
    db.close();
    try {
      const out = table(['sla'], 250);
      expect(out).toContain('Source met');
      expect(out).toContain('Source %');
    } finally {
      const undo = sb.openDb();
      undo.prepare('UPDATE incidents SET source_sla_met = NULL WHERE id = 2').run();
      undo.close();
    }
    // JSON keeps its fields whatever the data: scripts read the same keys.
    expect(sb.json(['report', 'sla']).total[0]).toHaveProperty('sourceRate', null);
  });
});

describe('--lang ja: durations, states and levels in Japanese', () => {
  it('summary names states in Japanese; mttr writes 時間 and 分; sla names targets', () => {
    const summary = table(['summary'], 120, 'ja');
    for (const word of ['完了', '解消', '取消', '分類済み', '計']) expect(summary).toContain(word);
    expect(summary).not.toMatch(/│ closed /);
    const mttr = table(['mttr'], 120, 'ja');
    expect(mttr).toMatch(/\d+時間\d+分/);
    expect(mttr).not.toMatch(/\d+h \d+m/);
    const sla = table(['sla'], 120, 'ja');
    expect(sla).toMatch(/│ (初動|解消) /);
    // Data keeps its values: JSON and CSV are the same in every language.
    expect(sb.json(['report', 'summary', '--lang', 'ja']).byStatus.map((r: any) => r.status)).toContain('closed');
  });
});

describe('the completion report in Japanese', () => {
  it('writes durations, states and levels in Japanese with --lang ja, and the stored words in English', () => {
    const major = incidents.find((i) => i.major);
    const ja = sb.run(['show', major.ref, '--format', 'md', '--lang', 'ja']);
    expect(ja.code).toBe(0);
    // Opened 01:00, classified 01:10, resolved 05:40 (the history's major incident).
    expect(ja.stdout).toContain('4時間40分');
    expect(ja.stdout).toContain('10分');
    expect(ja.stdout).not.toMatch(/\d+h \d+m/);
    expect(ja.stdout).toMatch(/: 解消\n/);
    expect(ja.stdout).toMatch(/: 高\n/);
    expect(ja.stdout).toContain('(新規 → 分類済み)');
    const en = sb.run(['show', major.ref, '--format', 'md', '--lang', 'en']);
    expect(en.stdout).toContain('4h 40m');
    expect(en.stdout).toMatch(/: resolved\n/);
    expect(en.stdout).toContain('(open → classified)');
  });
});

describe('at 80 columns nothing wraps', () => {
  for (const lang of ['en', 'ja']) {
    for (const kind of ['summary', 'sla', 'mttr', 'recurring', 'workload', 'trend', 'kb', 'problems']) {
      it(`report ${kind} (${lang}) fits 80 columns`, () => {
        const out = table([kind], 80, lang);
        const wide = out.split('\n').filter((l) => stringWidth(l) > 80);
        expect(wide).toEqual([]);
      });
    }
  }

  it('says which columns it dropped and how to see them', () => {
    const out = table(['mttr'], 80);
    expect(out).toMatch(/not shown at this width: [^\n]*Gross med\./);
    expect(out).toContain('--format md, csv or json');
    expect(table(['mttr'], 200)).not.toContain('not shown');
    expect(table(['mttr'], 80, 'ja')).toContain('この幅では省略: ');
  });
});
