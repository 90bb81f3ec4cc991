import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANSI, Sandbox } from '../helpers/cli.js';
import { csvObjects } from '../helpers/csv.js';
import { buildHistory } from '../helpers/history.js';
import { spawnSync } from 'node:child_process';
import { BIN } from '../helpers/cli.js';

/** Output of the CLI run in a pseudo-terminal (stdout is a TTY), through Python's pty module. */
function runTty(s: Sandbox, args: string[], extraEnv: Record<string, string> = {}) {
  const r = spawnSync('python3', ['-I', '-c', 'import pty,sys; sys.exit(pty.spawn(sys.argv[1:]) >> 8)', process.execPath, BIN, ...args], {
    env: { ...s.env, TERM: 'xterm-256color', COLUMNS: '100', ...extraEnv },
    input: '',
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: r.status ?? -1, output: r.stdout };
}

/**
 * Every report's figures are checked against values computed here, independently, from the
 * export (incidents with their timelines), never from the report code.
 */

const NOW = '2026-12-01T00:00:00.000Z';
let sb: Sandbox;
let incidents: any[];

beforeAll(() => {
  sb = new Sandbox();
  buildHistory(sb, 24, 7);
  sb.env.INCIDENT_NOW = NOW;
  // Knowledge entries and links (written as the knowledge commands would) for `report kb`.
  const resolved = sb.query<{ id: number }>('SELECT id FROM incidents WHERE resolved_at IS NOT NULL ORDER BY id').map((r) => r.id);
  sb.exec(`
    INSERT INTO knowledge (id, title, status, created_by, created_at, updated_at, uses) VALUES
      (1, 'VPN 証明書の更新手順', 'published', 'tester', '${NOW}', '${NOW}', 3),
      (2, 'メール送信エラーの対処', 'published', 'tester', '${NOW}', '${NOW}', 1),
      (3, '使われていない手順', 'draft', 'tester', '${NOW}', '${NOW}', 0),
      (4, '古い手順', 'retired', 'tester', '${NOW}', '${NOW}', 0);
    INSERT INTO incident_knowledge (incident_id, kb_id, relation, at) VALUES
      (${resolved[0]}, 1, 'used', '${NOW}'), (${resolved[1]}, 1, 'used', '${NOW}'), (${resolved[2]}, 2, 'created', '${NOW}');
    UPDATE incidents SET source_knowledge = 1 WHERE id = ${resolved[3]};
    -- The verdict of a tracker they were imported from, reported beside ours.
    UPDATE incidents SET source_sla_met = 1 WHERE id IN (2, 5, 9);
    UPDATE incidents SET source_sla_met = 0 WHERE id IN (4, 7);
  `);
  incidents = exported(sb).filter((l) => l.type === 'incident');
  // A hundred commands or so: on PostgreSQL each also connects to the server.
}, 240_000);
afterAll(() => sb.cleanup());

function exported(s: Sandbox): any[] {
  const r = s.run(['export']);
  expect(r.code).toBe(0);
  return r.stdout.trim().split('\n').map((l) => JSON.parse(l));
}

// ---- independent arithmetic --------------------------------------------------------------------

function pct(values: number[], p: number): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const rank = (s.length - 1) * p;
  const lo = Math.floor(rank);
  return s[lo] + (s[Math.ceil(rank)] - s[lo]) * (rank - lo);
}
const mean = (v: number[]) => (v.length ? v.reduce((a, b) => a + b, 0) / v.length : null);

/** Time on hold between a and b (ms), from the timeline: a `held` event to the next event leaving on_hold. */
function heldBetween(inc: any, a: number, b: number): number {
  let total = 0;
  let start: number | null = null;
  for (const e of inc.timeline) {
    const at = Date.parse(e.at);
    if (e.kind === 'held') start = at;
    else if (e.from === 'on_hold' && start !== null) {
      total += Math.max(0, Math.min(at, b) - Math.max(start, a));
      start = null;
    }
  }
  if (start !== null) total += Math.max(0, b - Math.max(start, a));
  return total;
}

function durations(inc: any, from: 'openedAt' | 'detectedAt' = 'openedAt') {
  const start = Date.parse(inc[from]);
  const classified = inc.timeline.find((e: any) => e.kind === 'classified');
  const resolved = ['resolved', 'closed'].includes(inc.status) ? [...inc.timeline].reverse().find((e: any) => e.kind === 'resolved') : null;
  const out: Record<string, number | null> = { mttaGross: null, mttaNet: null, mttrGross: null, mttrNet: null };
  if (classified) {
    const end = Date.parse(classified.at);
    out.mttaGross = (end - start) / 1000;
    out.mttaNet = (end - start - heldBetween(inc, start, end)) / 1000;
  }
  if (resolved) {
    const end = Date.parse(resolved.at);
    out.mttrGross = (end - start) / 1000;
    out.mttrNet = (end - start - heldBetween(inc, start, end)) / 1000;
  }
  return out;
}

const groupOf = (inc: any, by: string) => inc[by] ?? '(none)';

describe('report mttr', () => {
  for (const by of ['priority', 'assignee'] as const) {
    it(`agrees with mean, median and p90 computed from the exported timelines (by ${by})`, () => {
      const report = sb.json(['report', 'mttr', '--group-by', by]);
      expect(report.groupBy).toBe(by);
      const expected = new Map<string, Record<string, number[]>>();
      for (const inc of incidents) {
        const g = groupOf(inc, by);
        const d = durations(inc);
        const e = expected.get(g) ?? { mttaNet: [], mttaGross: [], mttrNet: [], mttrGross: [] };
        expected.set(g, e);
        for (const k of Object.keys(e)) if (d[k] !== null) e[k].push(d[k]!);
      }
      let checked = 0;
      // One row per group and measure, net, gross and business side by side; the business basis
      // (working time in each incident's calendar) is checked in sla-calendar.test.ts.
      expect(report.groups.length).toBe(2 * [...expected.values()].filter((e) => e.mttaGross.length || e.mttrGross.length).length);
      for (const row of report.groups) {
        for (const basis of ['net', 'gross'] as const) {
          const samples = expected.get(row.group)![`${row.measure}${basis === 'net' ? 'Net' : 'Gross'}`];
          expect(row.count).toBe(samples.length);
          if (!samples.length) continue;
          expect(row[`${basis}Mean`]).toBeCloseTo(mean(samples)!, 6);
          expect(row[`${basis}Median`]).toBeCloseTo(pct(samples, 0.5)!, 6);
          expect(row[`${basis}P90`]).toBeCloseTo(pct(samples, 0.9)!, 6);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(4);
      const all = incidents.map((i) => durations(i).mttrNet).filter((v): v is number => v !== null);
      const total = report.total.find((r: any) => r.measure === 'mttr');
      expect(total.count).toBe(all.length);
      expect(total.netP90).toBeCloseTo(pct(all, 0.9)!, 6);
    });
  }

  it('excludes time on hold from net figures only, and --gross shows wall-clock time alone', () => {
    const held = incidents.filter((i) => i.timeline.some((e: any) => e.kind === 'held') && ['resolved', 'closed'].includes(i.status));
    expect(held.length).toBeGreaterThan(0);
    const report = sb.json(['report', 'mttr', '--gross']);
    expect(Object.keys(report.total[0]).sort()).toEqual(['count', 'grossMean', 'grossMedian', 'grossP90', 'measure']);
    const gross = incidents.map((i) => durations(i).mttrGross).filter((v): v is number => v !== null);
    expect(report.total.find((r: any) => r.measure === 'mttr').grossMean).toBeCloseTo(mean(gross)!, 6);
    const net = sb.json(['report', 'mttr', '--net']).total.find((r: any) => r.measure === 'mttr');
    expect(Object.keys(net).sort()).toEqual(['count', 'measure', 'netMean', 'netMedian', 'netP90']);
    expect(net.netMean).toBeLessThan(mean(gross)!);
  });

  it('counts from detection with --from detected', () => {
    const report = sb.json(['report', 'mttr', '--from', 'detected', '--net']);
    const v = incidents.map((i) => durations(i, 'detectedAt').mttrNet).filter((x): x is number => x !== null);
    expect(report.total.find((r: any) => r.measure === 'mttr').netMedian).toBeCloseTo(pct(v, 0.5)!, 6);
  });

  it('prints durations as "3h 12m" in a table and seconds in CSV, read back by a CSV parser', () => {
    const csv = csvObjects(sb.run(['report', 'mttr', '--format', 'csv']).stdout);
    const json = sb.json(['report', 'mttr']);
    const row = csv.find((r) => r.section === 'total' && r.measure === 'mttr')!;
    expect(Number(row.netMean)).toBeCloseTo(json.total.find((r: any) => r.measure === 'mttr').netMean, 3);
    expect(Number(row.grossMean)).toBeCloseTo(json.total.find((r: any) => r.measure === 'mttr').grossMean, 3);
    const table = sb.run(['report', 'mttr', '--format', 'table']).stdout;
    expect(table).toMatch(/\d+[dhm]( \d+[hms])?/);
    expect(table).not.toMatch(ANSI);
  });

  it('limits to incidents opened in [--since, --until), absolute or relative', () => {
    const since = '2026-11-02T00:00:00Z';
    const until = '2026-11-03T00:00:00Z';
    const inWindow = incidents.filter((i) => i.openedAt >= since.replace('Z', '.000Z') && i.openedAt < until.replace('Z', '.000Z'));
    const report = sb.json(['report', 'mttr', '--since', since, '--until', until]);
    const v = inWindow.map((i) => durations(i).mttaGross).filter((x): x is number => x !== null);
    expect(report.total.find((r: any) => r.measure === 'mtta').count).toBe(v.length);
    // Relative: 29 days before NOW is 2026-11-02.
    const rel = sb.json(['report', 'mttr', '--since', '29d', '--until', until]);
    expect(rel.since).toBe('2026-11-02T00:00:00.000Z');
    expect(rel.total).toEqual(report.total);
  });
});

describe('report summary, sla, workload, trend, kb', () => {
  it('summary counts status × priority and the open backlog by age', () => {
    const report = sb.json(['report', 'summary']);
    for (const row of report.byStatus.filter((r: any) => r.status !== 'total')) {
      for (const p of ['P1', 'P2', 'P3', 'P4', 'P5']) {
        expect(row[p]).toBe(incidents.filter((i) => i.status === row.status && i.priority === p).length);
      }
      expect(row.total).toBe(incidents.filter((i) => i.status === row.status).length);
    }
    const active = incidents.filter((i) => ['open', 'classified', 'escalated', 'on_hold'].includes(i.status));
    expect(report.backlog.find((r: any) => r.age === 'total').total).toBe(active.length);
    const old = active.filter((i) => Date.parse(NOW) - Date.parse(i.openedAt) >= 7 * 86400_000 && Date.parse(NOW) - Date.parse(i.openedAt) < 30 * 86400_000);
    expect(report.backlog.find((r: any) => r.age === '7-30d').total).toBe(old.length);
  });

  it('sla compares due times with classification and resolution, and lists breaches', () => {
    const report = sb.json(['report', 'sla']);
    const outcome = (due: string | null, done: string | null, inc: any) => {
      if (!due) return null;
      if (done) return done <= due ? 'Met' : 'Breached';
      const clock = inc.status === 'on_hold' && inc.holdStartedAt ? inc.holdStartedAt : NOW;
      return due < clock ? 'Breached' : 'Pending';
    };
    const tally: Record<string, number> = {};
    const breaches: string[] = [];
    for (const inc of incidents.filter((i) => i.status !== 'cancelled')) {
      for (const [target, due, done] of [
        // Resolving without a classification is a response too.
        ['response', inc.responseDueAt, inc.classifiedAt ?? inc.resolvedAt],
        ['resolve', inc.resolveDueAt, inc.resolvedAt],
      ]) {
        const o = outcome(due, done, inc);
        if (!o) continue;
        tally[target + o] = (tally[target + o] ?? 0) + 1;
        if (o === 'Breached') breaches.push(`${inc.ref} ${target}`);
      }
    }
    const total = report.total[0];
    for (const k of ['responseMet', 'responseBreached', 'responsePending', 'resolveMet', 'resolveBreached', 'resolvePending']) expect(total[k]).toBe(tally[k] ?? 0);
    expect(total.resolveRate).toBeCloseTo((tally.resolveMet ?? 0) / ((tally.resolveMet ?? 0) + (tally.resolveBreached ?? 0)), 9);
    expect(report.breaches.map((b: any) => `${b.ref} ${b.target}`).sort()).toEqual(breaches.sort());
    const judged = incidents.filter((i) => i.status !== 'cancelled' && i.sourceSlaMet !== null);
    expect(total.sourceMet).toBe(judged.filter((i) => i.sourceSlaMet).length);
    expect(total.sourceMissed).toBe(judged.filter((i) => !i.sourceSlaMet).length);
    expect(judged.length).toBeGreaterThan(2);
    expect(breaches.length).toBeGreaterThan(0);
  });

  it('sla counts an incident resolved without classification as responded when it was resolved', () => {
    const s = new Sandbox();
    try {
      s.env.INCIDENT_NOW = '2026-11-01T00:00:00Z';
      s.run(['open', 'quick fix', '--impact', 'high', '--urgency', 'high']);
      s.run(['open', 'slow fix', '--impact', 'high', '--urgency', 'high']);
      s.run(['resolve', 'INC-1', '--resolution', 'restarted'], { env: { INCIDENT_NOW: '2026-11-01T00:10:00Z' } });
      s.run(['resolve', 'INC-2', '--resolution', 'restarted'], { env: { INCIDENT_NOW: '2026-11-01T01:00:00Z' } });
      const total = s.json(['report', 'sla'], { env: { INCIDENT_NOW: '2026-12-01T00:00:00Z' } }).total[0];
      // P1 responds within 15m: INC-1 (10m) met, INC-2 (1h) breached — by 45m, not by a month.
      expect(total).toMatchObject({ responseMet: 1, responseBreached: 1, responsePending: 0 });
      const breach = s.json(['report', 'sla'], { env: { INCIDENT_NOW: '2026-12-01T00:00:00Z' } }).breaches.find((b: any) => b.target === 'response');
      expect(breach).toMatchObject({ ref: 'INC-2', late: 45 * 60 });
    } finally {
      s.cleanup();
    }
  });

  it('workload counts per assignee, with escalation and reopen rates', () => {
    const report = sb.json(['report', 'workload']);
    for (const row of report.groups) {
      const mine = incidents.filter((i) => groupOf(i, 'assignee') === row.group);
      expect(row.total).toBe(mine.length);
      expect(row.open).toBe(mine.filter((i) => ['open', 'classified', 'escalated', 'on_hold'].includes(i.status)).length);
      expect(row.resolved).toBe(mine.filter((i) => i.resolvedAt).length);
      expect(row.escalated).toBe(mine.filter((i) => i.escalationLevel > 0).length);
      const reopened = mine.filter((i) => i.timeline.some((e: any) => e.kind === 'reopened')).length;
      const everResolved = mine.filter((i) => i.timeline.some((e: any) => e.kind === 'resolved')).length;
      expect(row.reopened).toBe(reopened);
      expect(row.reopenRate).toEqual(everResolved ? reopened / everResolved : null);
    }
    expect(report.total[0].total).toBe(incidents.length);
  });

  it('trend gives the opened and resolved series per day and per week', () => {
    const since = '2026-11-01';
    const until = '2026-11-15';
    const report = sb.json(['report', 'trend', '--since', since, '--until', until]);
    expect(report.series).toHaveLength(14);
    for (const row of report.series) {
      expect(row.opened).toBe(incidents.filter((i) => i.openedAt.slice(0, 10) === row.period).length);
      expect(row.resolved).toBe(incidents.filter((i) => i.resolvedAt?.slice(0, 10) === row.period).length);
    }
    const weekly = csvObjects(sb.run(['report', 'trend', '--per', 'week', '--since', since, '--until', until, '--format', 'csv']).stdout);
    expect(weekly[0].period).toBe('2026-10-26');
    expect(weekly.reduce((s, r) => s + Number(r.opened), 0)).toBe(incidents.filter((i) => i.openedAt < '2026-11-15').length);
  });

  it('trend counts days in the local time zone of TZ, also when TZ is a path into zoneinfo', () => {
    const s = new Sandbox();
    try {
      s.env.TZ = '/usr/share/zoneinfo/Asia/Tokyo';
      // 20:00 UTC on the 22nd is 05:00 on the 23rd in Tokyo.
      expect(s.run(['open', 'late night', '-q'], { env: { INCIDENT_NOW: '2026-11-22T20:00:00Z' } }).code).toBe(0);
      const report = s.json(['report', 'trend', '--since', '2026-11-22', '--until', '2026-11-24'], { env: { INCIDENT_NOW: '2026-11-23T03:00:00Z' } });
      expect(report.series.map((r: any) => [r.period, r.opened])).toEqual([
        ['2026-11-22', 0],
        ['2026-11-23', 1],
      ]);
    } finally {
      s.cleanup();
    }
  });

  it('trend is a bar chart: coloured on a terminal, plain blocks when piped', () => {
    const piped = sb.run(['report', 'trend', '--since', '2026-11-01', '--until', '2026-11-08']);
    expect(piped.code).toBe(0);
    expect(piped.stdout).toMatch(/█/);
    expect(piped.stdout).not.toMatch(ANSI);
    expect(piped.stdout).toContain('2026-11-03');
    const tty = runTty(sb, ['report', 'trend', '--since', '2026-11-01', '--until', '2026-11-08']);
    expect(tty.code).toBe(0);
    expect(tty.output).toMatch(/█/);
    expect(tty.output).toMatch(ANSI);
    const plain = runTty(sb, ['report', 'trend', '--since', '2026-11-01', '--until', '2026-11-08', '--no-color']);
    expect(plain.output).toMatch(/█/);
    expect(plain.output).not.toMatch(/\u001b\[\d+m/);
  });

  it('kb gives the share resolved with knowledge, the most used and the never used entries', () => {
    const report = sb.json(['report', 'kb']);
    const resolved = incidents.filter((i) => i.resolvedAt);
    expect(report.total[0].resolved).toBe(resolved.length);
    expect(report.total[0].withKnowledge).toBe(4);
    expect(report.total[0].share).toBeCloseTo(4 / resolved.length, 9);
    expect(report.mostUsed[0]).toMatchObject({ ref: 'KB-1', incidents: 2, uses: 3 });
    expect(report.neverUsed.map((e: any) => e.ref)).toEqual(['KB-2', 'KB-3']);
  });

  it('markdown output has a title and one table per section; bad options are exit 2', () => {
    const md = sb.run(['report', 'sla', '--format', 'md']).stdout;
    expect(md).toMatch(/^# SLA compliance/);
    expect(md.match(/^## /gm)).toHaveLength(3);
    expect(md).toMatch(/^\|---\|/m);
    expect(sb.run(['report', 'nope']).code).toBe(2);
    expect(sb.run(['report', 'mttr', '--group-by', 'colour']).code).toBe(2);
    expect(sb.run(['report', 'recurring', '--group-by', 'team']).code).toBe(2);
    expect(sb.run(['report', 'mttr', '--since', 'someday']).code).toBe(2);
    const ja = sb.run(['report', 'summary', '--format', 'table', '--lang', 'ja']).stdout;
    expect(ja).toContain('状態別の件数');
  });
});

describe('report recurring', () => {
  it('clusters similar titles (Japanese too) within a service and category', () => {
    const report = sb.json(['report', 'recurring']);
    // Expected families: the history opens titles from fixed families per service.
    const family = (i: any) => (i.service === 'Files' ? `${i.service}:${i.title}` : i.service);
    const expected = new Map<string, string[]>();
    for (const i of incidents.filter((x) => x.status !== 'cancelled')) {
      expected.set(family(i), [...(expected.get(family(i)) ?? []), i.ref]);
    }
    const want = [...expected.values()].filter((v) => v.length >= 2).map((v) => v.sort().join(' ')).sort();
    const got = report.clusters.map((c: any) => [...c.incidents].sort().join(' ')).sort();
    expect(got).toEqual(want);
    for (const c of report.clusters) {
      expect(c.count).toBe(c.incidents.length);
      expect(c.firstSeen <= c.lastSeen).toBe(true);
      expect(c.problem).toBe(false);
      expect(c.suggestion).toBe(`incident problem open --from ${c.incidents.join(',')}`);
    }
  });

  it('shows knowledge used and whether a problem hand-off exists', () => {
    const s = new Sandbox();
    try {
      s.env.INCIDENT_NOW = '2026-11-20T00:00:00Z';
      for (const title of ['証明書の期限切れで VPN に入れない', 'VPN証明書の期限切れ', '証明書の期限切れ(VPN)']) {
        const ref = s.run(['open', title, '-q', '--service', 'VPN', '--category', 'network']).stdout.trim();
        s.run(['resolve', ref, '--resolution', '証明書を更新', '--code', 'workaround']);
      }
      s.run(['open', 'プリンタが動かない', '-q', '--service', 'VPN', '--category', 'network']);
      let report = s.json(['report', 'recurring']);
      expect(report.clusters).toHaveLength(1);
      expect(report.clusters[0]).toMatchObject({ count: 3, incidents: ['INC-1', 'INC-2', 'INC-3'], problem: false });
      const hint = s.run(['report', 'recurring', '--format', 'table']);
      expect(hint.stderr).toContain('incident problem open --from INC-1,INC-2,INC-3');
      expect(s.run(['close', 'INC-2', '--problem', '証明書の自動更新'], {}).code).toBe(0);
      report = s.json(['report', 'recurring']);
      // Handed over in part: the rest of the cluster can join the same problem.
      expect(report.clusters[0]).toMatchObject({ problem: true, problems: ['PRB-1'], suggestion: 'incident problem link PRB-1 INC-1,INC-3' });
      expect(s.run(['problem', 'link', 'PRB-1', 'INC-1,INC-3']).code).toBe(0);
      expect(s.json(['report', 'recurring']).clusters[0]).toMatchObject({ problem: true, suggestion: null });
    } finally {
      s.cleanup();
    }
  });
});

describe('completion report (完了報告)', () => {
  it('show --format md and close --report print the same sections a person pastes into mail', () => {
    const s = new Sandbox();
    try {
      const step = (iso: string, args: string[]) => {
        const r = s.run(args, { env: { INCIDENT_NOW: iso } });
        expect(r.code, r.stderr).toBe(0);
        return r.stdout;
      };
      step('2026-11-20T00:00:00Z', ['open', 'VPN に接続できない | 全社', '--scope', '営業部\n本社 3F', '--service', 'VPN', '--impact', 'high', '--urgency', 'high', '--description', '朝から "接続" できない']);
      step('2026-11-20T00:10:00Z', ['classify', 'INC-1', '--assignee', '田中']);
      step('2026-11-20T00:30:00Z', ['escalate', 'INC-1', '--to', 'vendor', '--team', 'MSP', '--reason', 'ベンダー調査', '--notify', '総務部', '--eta', '2h']);
      step('2026-11-20T01:00:00Z', ['hold', 'INC-1', '--reason', '回答待ち']);
      step('2026-11-20T02:00:00Z', ['resume', 'INC-1']);
      step('2026-11-20T06:00:00Z', ['resolve', 'INC-1', '--resolution', '証明書を更新した\n手順は KB に記載', '--code', 'workaround']);
      s.exec(`INSERT INTO knowledge (id, title, status, created_by, created_at, updated_at) VALUES (7, 'VPN 証明書の更新', 'published', 't', '2026-11-20T06:00:00.000Z', '2026-11-20T06:00:00.000Z');
        INSERT INTO incident_knowledge (incident_id, kb_id, relation, at) VALUES (1, 7, 'created', '2026-11-20T06:00:00.000Z')`);
      const shown = step('2026-11-21T00:00:00Z', ['show', 'INC-1', '--format', 'md']);
      const closed = step('2026-11-21T00:00:00Z', ['close', 'INC-1', '--problem', '証明書更新の自動化', '--report']);
      for (const md of [shown, closed]) {
        expect(md.startsWith('# INC-1: VPN に接続できない | 全社\n')).toBe(true);
        expect(md.match(/^## .+$/gm)).toEqual([
          '## Summary', '## Impact and scope', '## Timeline', '## Escalations', '## Resolution',
          '## Knowledge created or used', '## Problem management hand-off', '## SLA outcome',
        ]);
        expect(md).toContain('営業部  \n本社 3F');
        expect(md).toContain('- **Time to resolve**: 5h (without 1h on hold; 6h in all)');
        expect(md).toMatch(/L1 → vendor \/ MSP .*ベンダー調査 · notified: 総務部/);
        expect(md).toContain('KB-7 VPN 証明書の更新 (created, published)');
        expect(md).toContain('- Response: met');
        expect(md).toMatch(/- Resolution: missed \(\+1h\) — due 2026-11-20 05:00 UTC, done 2026-11-20 06:00 UTC/);
        // Every timeline row has four cells, whatever the notes hold.
        const rows = md.split('\n').filter((l) => l.startsWith('| 2026-'));
        for (const r of rows) expect(r.replace(/\\\|/g, '').split('|').length).toBe(6);
        expect(md).not.toMatch(ANSI);
      }
      expect(shown).toContain('Not handed off, although it was resolved with a workaround');
      expect(closed).toContain('- **Handed off**: 証明書更新の自動化');
      expect(closed).toContain('| closed (resolved → closed) |');
      const ja = s.run(['show', 'INC-1', '--format', 'md', '--lang', 'ja']).stdout;
      expect(ja).toContain('## 問題管理への引き継ぎ');
    } finally {
      s.cleanup();
    }
  });
});
