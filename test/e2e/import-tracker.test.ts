import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { actedAs, ANSI, madeBy, Sandbox } from '../helpers/cli.js';
import { runTty } from '../helpers/tty.js';
import { analyse, mean, median, p90, storeFigures } from '../helpers/servicenow.js';

const FIXTURES = resolve(__dirname, '../fixtures');
const SLICE = join(FIXTURES, 'servicenow-event-log-slice.csv');

describe('import --format servicenow: a slice of the real event log', () => {
  let sb: Sandbox;
  let summary: any;
  let expected: any;
  beforeAll(() => {
    sb = new Sandbox();
    sb.env.INCIDENT_NOW = '2026-11-23T01:00:00Z';
    summary = sb.json(['import', '--format', 'servicenow', SLICE]);
    expected = analyse(SLICE);
  });
  afterAll(() => sb.cleanup());

  it('imports every incident of the file, one per number, and says what it did', () => {
    expect(summary).toMatchObject({ format: 'servicenow', dryRun: false, rows: expected.rows, skipped: [] });
    expect(summary.incidents).toEqual({ created: expected.incidents, updated: 0, existing: 0 });
    const [{ n, refs }] = sb.query('SELECT count(*) AS n, count(DISTINCT external_ref) AS refs FROM incidents');
    expect(n).toBe(expected.incidents);
    expect(refs).toBe(expected.incidents);
    const [{ events }] = sb.query('SELECT count(*) AS events FROM events');
    expect(events).toBe(summary.events);
  });

  it('maps the fields of an incident as the issue defines them', () => {
    const i = sb.json(['show', 'INC0000045']);
    expect(i).toMatchObject({
      externalRef: 'INC0000045',
      status: 'closed',
      reporter: 'Caller 2403',
      team: 'Group 56',
      assignee: null,
      category: 'Category 55',
      source: 'user',
      impact: 'medium',
      urgency: 'medium',
      priority: 'P3',
      resolutionCode: 'other',
      openedAt: '2016-02-29T01:16:00.000Z',
      resolvedAt: '2016-02-29T11:29:00.000Z',
      closedAt: '2016-03-05T12:00:00.000Z',
      createdBy: madeBy('Opened by 8'),
    });
    expect(i.title).toContain('Symptom 72');
    expect(i.description).toContain('location: Location 143');
    // The tracker's people are who did it there; on a team database the role that imported is the
    // actor and the tracker's name is kept beside it (docs/team.md).
    expect(i.timeline.map((e: any) => [e.kind, e.at, e.onBehalfOf ?? e.actor])).toEqual([
      ['opened', '2016-02-29T01:16:00.000Z', 'Opened by 8'],
      ['resolved', '2016-02-29T08:53:00.000Z', 'Updated by 642'],
      ['closed', '2016-03-05T12:00:00.000Z', 'Updated by 908'],
      ['imported', '2026-11-23T01:00:00.000Z', 'tester'],
    ]);
    for (const e of i.timeline) expect(e).toMatchObject(actedAs(e.onBehalfOf ?? e.actor));
    // `show` takes the source's number as well as ours; the table view shows it.
    const ref = i.ref;
    expect(sb.run(['show', 'INC0000045']).stdout).toContain('INC0000045');
    expect(sb.run(['show', ref, '-q']).stdout.trim()).toBe(ref);
  });

  it('keeps the source facts reports need: knowledge, SLA outcome, problem, priority as it was', () => {
    const rows = sb.query<any>('SELECT * FROM incidents');
    expect(rows.filter((r) => r.source_knowledge === 1).length).toBe(expected.knowledge);
    expect(rows.filter((r) => r.source_sla_met === 1).length).toBe(expected.slaMet);
    expect(rows.filter((r) => r.source_problem !== null).length).toBe(expected.withProblem);
    expect(rows.every((r) => /^\d - \w+$/.test(r.source_priority))).toBe(true);
    // Where the source's priority disagrees with our matrix, it is kept, with a note saying so.
    const disagree = sb.query<any>(
      `SELECT i.external_ref, i.priority, i.impact, i.urgency, e.note FROM incidents i JOIN events e ON e.incident_id = i.id
        WHERE e.kind = 'noted' AND e.note LIKE '%would give%'`,
    );
    expect(disagree.length).toBeGreaterThanOrEqual(3);
    for (const d of disagree) expect(d.note).toContain(`(${d.priority})`);
  });

  it('turns each update into the timeline: states, holds with the awaited party, reopenings, reassignments', () => {
    expect(summary.reopenings).toBe(expected.reopenings);
    expect(summary.reassignments).toBe(expected.reassignments);
    const [{ reopened }] = sb.query(`SELECT count(*) AS reopened FROM events WHERE kind = 'reopened'`);
    expect(reopened).toBe(expected.reopenings);
    // `data` is JSON text (an object where the backend hands JSON back parsed).
    const assigned = sb.query<{ data: unknown }>(`SELECT data FROM events WHERE kind = 'assigned'`);
    const moved = assigned.filter((e) => (typeof e.data === 'string' ? JSON.parse(e.data) : e.data)?.reassignment).length;
    expect(moved).toBe(expected.reassignments);
    const reasons = sb.query<any>(`SELECT DISTINCT note FROM events WHERE kind = 'held' ORDER BY note`).map((r) => r.note);
    expect(reasons).toEqual(['Evidence', 'Problem', 'User Info', 'Vendor']);
    // The unknown state -100 is a note; the state stays what it was.
    const odd = sb.json(['show', 'INC0028089']);
    const notes = odd.timeline.filter((e: any) => e.kind === 'noted' && e.note.includes('-100'));
    expect(notes.length).toBe(2);
    expect(odd.timeline.some((e: any) => e.to === '-100')).toBe(false);
    // Events are at each row's sys_updated_at, by its sys_updated_by.
    const held = sb.query<any>(`SELECT at, coalesce(on_behalf_of, actor) AS actor FROM events WHERE kind = 'held' LIMIT 1`)[0];
    expect(held.actor).toMatch(/^Updated by \d+$/);
  });

  it('gives the same per-incident states, priorities, durations and hold times as the independent analysis', () => {
    const ours = storeFigures(sb);
    expect(ours.length).toBe(expected.incidents);
    for (const i of ours) {
      const e = expected.perIncident[i.ref];
      expect({ ref: i.ref, status: i.status, priority: i.priority, gross: i.gross, held: i.held }).toEqual({
        ref: i.ref,
        status: e.status,
        priority: e.priority,
        gross: e.gross === null ? null : Math.round(e.gross),
        held: e.held,
      });
    }
    const gross = ours.filter((i) => i.gross !== null).map((i) => i.gross);
    const net = ours.filter((i) => i.gross !== null).map((i) => i.gross - i.held);
    expect(gross.length).toBe(expected.resolved);
    expect(mean(gross)).toBeCloseTo(expected.mttrGross.mean, 3);
    expect(median(gross)).toBe(expected.mttrGross.median);
    expect(p90(gross)).toBeCloseTo(expected.mttrGross.p90, 6);
    expect(mean(net)).toBeCloseTo(expected.mttrNet.mean, 3);
    expect(median(net)).toBe(expected.mttrNet.median);
    expect(p90(net)).toBeCloseTo(expected.mttrNet.p90, 6);
    expect(net.every((s) => s >= 0)).toBe(true);
    // And what a manager reads: report mttr on the imported history gives the analysis's figures.
    const report = sb.json(['report', 'mttr']);
    for (const [basis, figures] of [['gross', expected.mttrGross], ['net', expected.mttrNet]] as const) {
      const row = report.total.find((r: any) => r.measure === 'mttr');
      expect(row.count).toBe(expected.resolved);
      expect(row[`${basis}Mean`]).toBeCloseTo(figures.mean, 3);
      expect(row[`${basis}Median`]).toBeCloseTo(figures.median, 6);
      expect(row[`${basis}P90`]).toBeCloseTo(figures.p90, 6);
    }
    const counts: Record<string, number> = {};
    for (const i of ours) counts[i.status] = (counts[i.status] ?? 0) + 1;
    expect(counts).toEqual(expected.byStatus);
  });

  it('changes nothing when the same file is imported again', () => {
    const before = sb.query('SELECT (SELECT count(*) FROM incidents) AS i, (SELECT count(*) FROM events) AS e, (SELECT max(version) FROM incidents) AS v');
    const again = sb.json(['import', '--format', 'servicenow', SLICE]);
    expect(again.incidents).toEqual({ created: 0, updated: 0, existing: expected.incidents });
    expect(again.events).toBe(0);
    expect(sb.query('SELECT (SELECT count(*) FROM incidents) AS i, (SELECT count(*) FROM events) AS e, (SELECT max(version) FROM incidents) AS v')).toEqual(before);
    const r = sb.run(['import', '--format', 'servicenow', SLICE]);
    expect(r.stdout).toMatch(/imported 0 incidents/);
    expect(r.stdout).toMatch(new RegExp(`${expected.incidents} incidents were imported before`));
  });
});

describe('import: dry run, snapshots, custom maps, hostile rows', () => {
  let sb: Sandbox;
  beforeAll(() => {
    sb = new Sandbox();
    sb.env.INCIDENT_NOW = '2026-11-23T01:00:00Z';
  });
  afterAll(() => sb.cleanup());
  const fresh = () => {
    const s = new Sandbox();
    s.env.INCIDENT_NOW = '2026-11-23T01:00:00Z';
    return s;
  };

  it('--dry-run shows what it would do and writes nothing', () => {
    const s = fresh();
    try {
      const r = s.run(['import', '--format', 'servicenow', SLICE, '--dry-run']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^dry run: would import 58 incidents/);
      expect(s.query('SELECT count(*) AS n FROM incidents')[0].n).toBe(0);
      expect(s.json(['import', '--format', 'servicenow', SLICE, '--dry-run']).incidents.created).toBe(58);
    } finally {
      s.cleanup();
    }
  });

  it('shows progress on a terminal, and never in a pipe', () => {
    const s = fresh();
    try {
      const tty = runTty(s, ['import', '--format', 'servicenow', SLICE], [{ expect: 'imported 58 incidents' }]);
      expect(tty.code).toBe(0);
      expect(tty.output).toMatch(/importing servicenow-event-log-slice\.csv: \d+%/);
      const piped = s.run(['import', '--format', 'servicenow', SLICE]);
      expect(piped.stderr).toBe('');
      expect(piped.stdout).not.toMatch(ANSI);
    } finally {
      s.cleanup();
    }
  });

  it('extends the timelines of incidents imported before when a later export has newer updates', () => {
    const s = fresh();
    const whole = fresh();
    try {
      // An earlier export: the same file without each incident's last row (where it has more than one).
      const [header, ...rows] = readFileSync(SLICE, 'utf8').trimEnd().split('\n');
      const key = (row: string) => row.split(',')[0];
      const earlier = rows.filter((row, i) => key(row) !== key(rows[i + 1] ?? '') ? key(row) !== key(rows[i - 1] ?? '') : true);
      const file = join(s.dir, 'earlier.csv');
      writeFileSync(file, [header, ...earlier].join('\n') + '\n');
      expect(s.json(['import', '--format', 'servicenow', file]).incidents.created).toBe(58);
      // Someone works on one of them here meanwhile: that one is not written over.
      const { ref } = s.json(['show', 'INC0000045']);
      expect(s.run(['note', ref, 'called the user back']).code).toBe(0);
      const later = s.json(['import', '--format', 'servicenow', SLICE]);
      const grown = new Set(rows.map(key)).size - 1; // every incident but the one-row one
      expect(later.incidents).toEqual({ created: 0, updated: grown - 1, existing: 1 });
      expect(later.conflicts).toEqual(['INC0000045']);
      // Apart from the one changed here, the result is what importing the later export at once gives.
      whole.json(['import', '--format', 'servicenow', SLICE]);
      const expected = analyse(SLICE);
      for (const i of storeFigures(s).filter((i) => i.ref !== 'INC0000045')) {
        const e = expected.perIncident[i.ref];
        expect([i.ref, i.status, i.gross, i.held]).toEqual([i.ref, e.status, e.gross === null ? null : Math.round(e.gross), e.held]);
      }
      const kinds = (sb: Sandbox) => {
        const events = sb.query<any>(`SELECT i.external_ref AS ref, e.kind, e.at FROM incidents i JOIN events e ON e.incident_id = i.id
                        WHERE e.kind NOT IN ('imported', 'noted') AND i.external_ref <> 'INC0000045' ORDER BY i.external_ref, e.id`);
        const byRef = new Map<string, string[]>();
        for (const e of events) byRef.set(e.ref, [...(byRef.get(e.ref) ?? []), `${e.kind}@${e.at}`]);
        return [...byRef].map(([ref, k]) => ({ ref, k: k.join(' ') }));
      };
      expect(kinds(s)).toEqual(kinds(whole));
      // And again: nothing more to do.
      expect(s.json(['import', '--format', 'servicenow', SLICE]).incidents).toEqual({ created: 0, updated: 0, existing: 57 });
    } finally {
      s.cleanup();
      whole.cleanup();
    }
  });

  it('reads the export from stdin when the file is -', () => {
    const s = fresh();
    try {
      const out = s.json(['import', '--format', 'servicenow', '-'], { input: readFileSync(join(FIXTURES, 'servicenow-snapshot.csv'), 'utf8') });
      expect(out.incidents.created).toBe(5);
      expect(s.json(['show', 'INC0100002']).status).toBe('resolved');
    } finally {
      s.cleanup();
    }
  });

  it('reads a ServiceNow snapshot (one row per incident) with ISO dates, Japanese text and quoted line breaks', () => {
    const s = fresh();
    try {
      expect(s.run(['import', '--format', 'servicenow', join(FIXTURES, 'servicenow-snapshot.csv')]).code).toBe(0);
      const vpn = s.json(['show', 'INC0100001']);
      expect(vpn).toMatchObject({
        title: 'VPN に接続できない',
        status: 'closed',
        priority: 'P1',
        service: 'VPN Gateway',
        resolution: '証明書を再発行して暫定対応',
        resolutionCode: 'workaround',
        resolvedAt: '2024-04-01T12:30:00.000Z',
        closedAt: '2024-04-04T10:00:00.000Z',
      });
      expect(vpn.description).toContain('エラー: "認証に失敗しました", 再起動しても同じ');
      expect(vpn.description.split('\n').length).toBeGreaterThan(1);
      expect(vpn.timeline.map((e: any) => e.kind)).toEqual(['opened', 'resolved', 'closed', 'imported']);
      const printer = s.json(['show', 'INC0100003']);
      expect(printer).toMatchObject({ status: 'on_hold', priority: 'P5', source: 'user' });
      expect(printer.timeline.find((e: any) => e.kind === 'held').note).toBe('Vendor');
      const disk = s.json(['show', 'INC0100004']);
      expect(disk).toMatchObject({ status: 'classified', priority: 'P1', source: 'monitoring', classifiedAt: '2024-04-05T00:20:00.000Z' });
      expect(disk.timeline.some((e: any) => e.kind === 'noted' && /1 - Critical.*would give P2/.test(e.note))).toBe(true);
      expect(s.json(['show', 'INC0100005'])).toMatchObject({ status: 'open', team: null, assignee: null, source: 'user' });
      const [row] = s.query<any>(`SELECT source_knowledge, source_sla_met, source_problem FROM incidents WHERE external_ref = 'INC0100001'`);
      expect(row).toEqual({ source_knowledge: 1, source_sla_met: 1, source_problem: 'PRB0040001' });
    } finally {
      s.cleanup();
    }
  });

  it('reads any tracker with --format csv --map: columns, value tables, time zones', () => {
    const s = fresh();
    try {
      const r = s.run(['import', '--format', 'csv', '--map', join(FIXTURES, 'jira-map.json'), join(FIXTURES, 'jira.csv'), '--timezone', 'Asia/Tokyo']);
      expect(r.code).toBe(0);
      const laptop = s.json(['show', 'IT-101']);
      expect(laptop).toMatchObject({
        status: 'resolved',
        priority: 'P2',
        impact: 'medium',
        urgency: 'high',
        category: 'Hardware',
        service: 'Endpoint',
        reporter: '佐藤',
        assignee: 'tanaka',
        team: 'Desk',
        tags: ['laptop', 'windows'],
        resolutionCode: 'fixed',
        // Local Tokyo times, stored as UTC.
        openedAt: '2026-03-01T00:15:00.000Z',
        resolvedAt: '2026-03-01T08:45:00.000Z',
      });
      expect(laptop.description).toContain('Sprint: Sprint 4');
      const drive = s.json(['show', 'IT-102']);
      // An explicit offset wins over --timezone; `-` means none here.
      expect(drive).toMatchObject({ status: 'on_hold', openedAt: '2026-03-02T01:00:00.000Z', assignee: null, description: null });
      expect(drive.timeline.find((e: any) => e.kind === 'held').note).toBe('vendor');
      expect(s.json(['show', 'IT-103'])).toMatchObject({ status: 'closed', priority: 'P5', resolutionCode: 'duplicate' });
    } finally {
      s.cleanup();
    }
  });

  it('reads a Japanese GLPI export: Shift_JIS, semicolons, Japanese values in the map', () => {
    const s = fresh();
    try {
      const args = ['import', '--format', 'csv', '--map', join(FIXTURES, 'glpi-ja-map.json'), join(FIXTURES, 'glpi-ja-sjis.csv')];
      const wrong = s.run(args);
      expect(wrong.code).toBe(2);
      expect(wrong.stderr).toMatch(/not valid utf-8.*\n.*--encoding shift_jis/);
      expect(s.run([...args, '--encoding', 'shift_jis', '--timezone', 'Asia/Tokyo']).code).toBe(0);
      // A plain number we do not have is looked up as the other tracker's id.
      expect(s.json(['show', '2001'])).toMatchObject({
        externalRef: '2001',
        title: '共有フォルダに接続できない; 経理部',
        status: 'resolved',
        priority: 'P2',
        urgency: 'high',
        impact: 'medium',
        reporter: '経理部 山田',
        category: 'ネットワーク > ファイル共有',
        openedAt: '2024-05-07T00:30:00.000Z',
        resolvedAt: '2024-05-07T01:45:00.000Z',
        resolution: 'NAS を再起動。原因は調査中',
      });
      const held = s.json(['show', '2003']);
      expect(held.status).toBe('on_hold');
      expect(held.timeline.find((e: any) => e.kind === 'held').note).toBe('依頼者の回答待ち');
      expect(s.json(['show', '2002']).closedAt).toBe('2024-05-08T08:00:00.000Z');
      expect(s.json(['show', '1']).externalRef).toBe('2001');
    } finally {
      s.cleanup();
    }
  });

  it('refuses a bad map, a missing map and an unknown format with exit 2', () => {
    const bad = join(sb.dir, 'bad-map.json');
    writeFileSync(bad, JSON.stringify({ key: 'Issue key', fields: { title: 'Summary', openedAt: 'Created', colour: 'Colour' } }));
    let r = sb.run(['import', '--format', 'csv', '--map', bad, join(FIXTURES, 'jira.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/invalid import map: unknown field "colour"/);
    r = sb.run(['import', '--format', 'csv', join(FIXTURES, 'jira.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--map/);
    r = sb.run(['import', '--format', 'xml', join(FIXTURES, 'jira.csv')]);
    expect(r.code).toBe(2);
    r = sb.run(['import', '--format', 'servicenow', join(sb.dir, 'nope.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot read .*nope\.csv/);
    r = sb.run(['import', '--format', 'servicenow', SLICE, '--timezone', 'Mars/Olympus']);
    expect(r.code).toBe(2);
    r = sb.run(['import', '--format', 'servicenow', SLICE, '--date-format', 'ymd']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--date-format must be one of auto, iso, dmy, mdy/);
    const empty = join(sb.dir, 'empty.csv');
    writeFileSync(empty, '');
    r = sb.run(['import', '--format', 'servicenow', empty]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/empty/);
    const unclosed = join(sb.dir, 'unclosed.csv');
    writeFileSync(unclosed, readFileSync(join(FIXTURES, 'servicenow-snapshot.csv'), 'utf8').replace('Mail queue stuck', '"Mail queue stuck'));
    r = sb.run(['import', '--format', 'servicenow', unclosed]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^incident: line 4: a quoted field is never closed; nothing was imported/);
    expect(sb.query('SELECT count(*) AS n FROM incidents')[0].n).toBe(0);
  });

  it('stops at the first row it cannot read, naming its line, and writes nothing', () => {
    const r = sb.run(['import', '--format', 'servicenow', join(FIXTURES, 'hostile.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^incident: line 5: cannot read the date "31\/2\/2016 09:00" in column opened_at; nothing was imported/);
    expect(r.stderr).toMatch(/--skip-invalid/);
    expect(r.stderr).not.toMatch(/at .*\.js/);
    expect(sb.query('SELECT count(*) AS n FROM incidents')[0].n).toBe(0);
  });

  it('--skip-invalid imports the rest and lists every skipped line', () => {
    const r = sb.run(['import', '--format', 'servicenow', join(FIXTURES, 'hostile.csv'), '--skip-invalid', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.skipped.map((s: any) => s.line)).toEqual([5, 6, 7, 8]);
    expect(out.incidents.created).toBe(2);
    for (const line of [5, 6, 7, 8]) expect(r.stderr).toContain(`line ${line}:`);
    expect(r.stderr).toMatch(/line 6: 17 fields where the header has 36/);
    expect(r.stderr).toMatch(/line 8: unknown value "7 - Extreme" in column impact/);
    // A quoted field over two lines, a BOM and CRLF line ends are read as they were meant.
    const first = sb.json(['show', 'INC9000001']);
    expect(first.title).toBe('Symptom 1, "quoted"\u0020over two lines (Category 1 / Subcategory 1)');
    expect(first.status).toBe('resolved');
    const odd = sb.json(['show', 'INC9000006']);
    expect(odd.status).toBe('on_hold');
    expect(odd.timeline.find((e: any) => e.kind === 'noted').note).toContain('-100');
  });

  it('imports a file whose rows are not grouped by incident', () => {
    const s = fresh();
    try {
      const lines = readFileSync(SLICE, 'utf8').trimEnd().split('\n');
      const [header, ...rows] = lines;
      // Round robin over the incidents: rows of many incidents interleave, each incident's own order kept.
      const groups = new Map<string, string[]>();
      for (const row of rows) {
        const key = row.split(',')[0];
        groups.set(key, [...(groups.get(key) ?? []), row]);
      }
      const shuffled = [header];
      for (let k = 0; shuffled.length <= rows.length; k++) for (const g of groups.values()) if (g[k]) shuffled.push(g[k]);
      const file = join(s.dir, 'interleaved.csv');
      writeFileSync(file, shuffled.join('\n') + '\n');
      const out = s.json(['import', '--format', 'servicenow', file]);
      expect(out.incidents.created).toBe(58);
      const expected = analyse(SLICE);
      for (const i of storeFigures(s)) {
        expect([i.ref, i.status, i.held]).toEqual([i.ref, expected.perIncident[i.ref].status, expected.perIncident[i.ref].held]);
      }
    } finally {
      s.cleanup();
    }
  });
});
