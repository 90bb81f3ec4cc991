import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { writeFileSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import stringWidth from 'string-width';
import { onPg, Sandbox } from '../helpers/cli.js';

/**
 * What a new user trips over (issue 21): an old tracker's number read as ours, an escalation that
 * took the owner away, `list --sort due` upside down, `show` leaving out what people look for, and an
 * incident opened without a priority that had no clock.
 */

const SLICE = join(resolve(__dirname, '../fixtures'), 'servicenow-event-log-slice.csv');
const T0 = '2026-11-23T01:00:00.000Z';
/** T0 + minutes, as INCIDENT_NOW. */
const at = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000).toISOString();

describe('an id in another tracker\'s form is looked up only as that (SPEC §3)', () => {
  let sb: Sandbox;
  beforeAll(() => {
    sb = new Sandbox();
    sb.env.INCIDENT_NOW = T0;
    expect(sb.run(['import', '--format', 'servicenow', SLICE, '-q']).code).toBe(0);
  });
  afterAll(() => sb.cleanup());

  it('after importing ServiceNow, INC0000046 is not our INC-46 (imported from INC0001894)', () => {
    expect(sb.json(['show', 'INC-46']).externalRef).toBe('INC0001894');
    const r = sb.run(['show', 'INC0000046']);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('INC0000046');
    expect(r.stderr).toContain('INC-46');
    // The number it was imported under finds it, in any case; ours finds it in each of our forms.
    for (const id of ['INC0001894', 'inc0001894', '46', 'INC-46', 'inc-46', 'INC-0046', 'ＩＮＣ－４６']) {
      expect(sb.json(['show', id]).ref, id).toBe('INC-46');
    }
    // The incident imported as INC0000045 is found by that number, and is not INC-45.
    expect(sb.json(['show', 'INC0000045']).externalRef).toBe('INC0000045');
  });

  it('every command that takes an incident reads the id the same way', () => {
    const before = sb.scalar('SELECT count(*) FROM events');
    for (const args of [
      ['note', 'INC0000046', 'x'],
      ['classify', 'INC0000046', '--impact', 'high', '--urgency', 'high'],
      ['assign', 'INC0000046', 'tanaka'],
      ['escalate', 'INC0000046', '--reason', 'x'],
      ['resolve', 'INC0000046', '--resolution', 'x'],
      ['open', 'new one', '--related', 'INC0000046'],
    ]) {
      const r = sb.run(args);
      expect(r.code, args.join(' ')).toBe(3);
      expect(r.stderr, args.join(' ')).toContain('INC0000046');
    }
    expect(sb.scalar('SELECT count(*) FROM events')).toBe(before);
    // A knowledge entry or problem ref where an incident is wanted is a usage error.
    expect(sb.run(['show', 'KB-3']).code).toBe(2);
  });
});

describe('an id in another tracker\'s form, with no imports', () => {
  let sb: Sandbox;
  beforeEach(() => {
    sb = new Sandbox();
    sb.env.INCIDENT_NOW = T0;
  });
  afterEach(() => sb.cleanup());

  it('INC0000003 is not INC-3: exit 3, nothing changed', () => {
    for (const title of ['first', 'second', 'third']) expect(sb.run(['open', title, '-q']).code).toBe(0);
    const r = sb.run(['show', 'INC0000003']);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('INC-3');
    expect(sb.run(['show', 'INC3']).code).toBe(3);
    expect(sb.run(['cancel', 'INC0000003', '--reason', 'x']).code).toBe(3);
    expect(sb.json(['show', 'INC-0003'])).toMatchObject({ ref: 'INC-3', status: 'open', title: 'third' });
    expect(sb.json(['show', '3']).ref).toBe('INC-3');
  });
});

describe('list --sort due: active incidents by nearest due time, those with none after them', () => {
  let sb: Sandbox;
  beforeEach(() => {
    sb = new Sandbox();
    sb.env.INCIDENT_NOW = T0;
    // Around the clock, as these tests count (business hours: sla-calendar.test.ts).
    sb.run(['config', 'set', 'sla.P3.calendar', 'always']);
  });
  afterEach(() => sb.cleanup());
  /** Runs at T0 + minutes; the ref with -q. */
  const run = (minutes: number, ...args: string[]) => {
    const r = sb.run(args, { env: { INCIDENT_NOW: at(minutes) } });
    expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
    return r.stdout.trim();
  };

  it('the P1 due in 12 minutes first, resolved incidents last', () => {
    const resolved = run(-60, 'open', 'resolved P2', '-i', 'high', '-u', 'medium', '-q');
    run(-30, 'resolve', resolved, '--resolution', 'restarted');
    const p5 = run(0, 'open', 'P5 with no target', '-i', 'low', '-u', 'low', '-q');
    // P3 opened an hour ago: response due at 4h (SPEC §8) → T0 + 180m; resolution at 3d.
    const p3 = run(-60, 'open', 'P3 waiting for a response', '-i', 'medium', '-u', 'medium', '-q');
    // P2 classified: its response is done; resolution due 8h after opening → T0 + 360m.
    const p2 = run(-120, 'open', 'P2 being worked', '-i', 'high', '-u', 'medium', '-q');
    run(-110, 'classify', p2);
    // P1 opened 3 minutes ago: response due 15m after opening → in 12 minutes; resolution in 3h 57m.
    const p1 = run(-3, 'open', 'P1 mail down', '-i', 'high', '-u', 'high', '-q');

    const rows = sb.run(['list', '--sort', 'due']).stdout.trim().split('\n').map((l) => l.split('\t'));
    expect(rows.map((r) => r[0])).toEqual([p1, p3, p2, resolved, p5]);
    const due = Object.fromEntries(rows.map((r) => [r[0], r[8]]));
    expect(due).toEqual({
      [p1]: at(12),
      [p3]: at(180),
      [p2]: at(360),
      [resolved]: '',
      [p5]: '',
    });
    expect(sb.json(['list', '--sort', 'due', '--all']).map((i: any) => i.ref)).toEqual([p1, p3, p2, resolved, p5]);
  });
});

describe('an incident opened without impact and urgency has a response clock (SPEC §8 sla.unclassified)', () => {
  let sb: Sandbox;
  beforeEach(() => {
    sb = new Sandbox();
    sb.env.INCIDENT_NOW = T0;
    // Around the clock, as these tests count: the unclassified clock follows P3's calendar.
    sb.run(['config', 'set', 'sla.P3.calendar', 'always']);
  });
  afterEach(() => sb.cleanup());

  it('response due at P3\'s response target (4h), a hint to classify, and check sees the breach', () => {
    const r = sb.run(['open', 'アカウントがロックされてログインできない', '--json']);
    expect(r.code).toBe(0);
    const i = JSON.parse(r.stdout);
    expect(i).toMatchObject({ priority: null, responseDueAt: at(240), resolveDueAt: null });
    expect(r.stderr).toContain(`incident classify ${i.ref}`);
    expect(r.stderr).toContain('2026-11-23 05:00');
    // Well before the due time (under check.warn's 80 %): nothing; one minute after it: a breach.
    expect(sb.run(['check', '--exit-code'], { env: { INCIDENT_NOW: at(100) } })).toMatchObject({ code: 0, stdout: '' });
    const check = sb.run(['check', '--exit-code', '--json'], { env: { INCIDENT_NOW: at(241) } });
    expect(check.code).toBe(6);
    expect(JSON.parse(check.stdout)).toEqual([expect.objectContaining({ finding: 'breach', ref: i.ref, due: 'response', at: at(240) })]);
    expect(sb.json(['list', '--overdue'], { env: { INCIDENT_NOW: at(241) } }).map((x: any) => x.ref)).toEqual([i.ref]);
  });

  it('configurable (config set sla.unclassified 2h, or none); the hint in Japanese too', () => {
    expect(sb.run(['config', 'set', 'sla.unclassified', '2h']).code).toBe(0);
    const r = sb.run(['open', 'プリンタが使えない', '--lang', 'ja', '-d', '3階']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('incident classify INC-1');
    expect(r.stderr).toContain('初動期限');
    expect(sb.json(['show', 'INC-1']).responseDueAt).toBe(at(120));
    // Its classification is the response it was waiting for: the clock it waited under stays.
    sb.run(['classify', 'INC-1', '-i', 'high', '-u', 'high'], { env: { INCIDENT_NOW: at(100) } });
    expect(sb.json(['show', 'INC-1'])).toMatchObject({ priority: 'P1', responseDueAt: at(120), resolveDueAt: at(240) });
    expect(sb.run(['config', 'set', 'sla.unclassified', 'none']).code).toBe(0);
    expect(sb.json(['open', 'no clock']).responseDueAt).toBeNull();
    // With impact and urgency, the priority's own targets, and no hint.
    const p3 = sb.run(['open', 'with a priority', '-i', 'medium', '-u', 'medium', '--json']);
    expect(JSON.parse(p3.stdout).responseDueAt).toBe(at(240));
    expect(p3.stderr).not.toContain('incident classify');
  });
});

describe('escalate --to: the escalation target and ETA are fields of their own; the assignee stays the owner', () => {
  let sb: Sandbox;
  beforeEach(() => {
    sb = new Sandbox();
    sb.env.INCIDENT_NOW = T0;
  });
  afterEach(() => sb.cleanup());
  const run = (minutes: number, ...args: string[]) => {
    const r = sb.run(args, { env: { INCIDENT_NOW: at(minutes) } });
    expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
    return r.stdout;
  };

  it('tanaka keeps the incident escalated to vendor-support: list --mine, report workload, show, list', () => {
    run(0, 'open', 'VPN に接続できない', '-i', 'medium', '-u', 'medium', '-q');
    run(5, 'classify', 'INC-1', '-i', 'high', '-u', 'high', '--assignee', 'tanaka', '-t', 'infra');
    const escalated = JSON.parse(run(30, 'escalate', 'INC-1', '--to', 'vendor-support', '--eta', '4h', '--reason', 'ISP 側の回線障害', '--json'));
    expect(escalated).toMatchObject({ status: 'escalated', assignee: 'tanaka', team: 'infra', escalatedTo: 'vendor-support', escalationEta: at(270), escalationLevel: 1 });

    expect(sb.json(['list', '--mine', '--actor', 'tanaka']).map((i: any) => i.ref)).toEqual(['INC-1']);
    expect(sb.json(['list', '--mine', '--actor', 'vendor-support'])).toEqual([]);
    const workload = sb.json(['report', 'workload']);
    expect(workload.groups).toEqual([expect.objectContaining({ group: 'tanaka', escalated: 1 })]);

    // list: the target has a column of its own in tsv/csv (last, so earlier columns keep their place);
    // the table shows it beside the owner.
    const tsv = sb.run(['list']).stdout.trim().split('\t');
    expect([tsv[4], tsv[5], tsv[10]]).toEqual(['tanaka', 'infra', 'vendor-support']);
    expect(sb.run(['list', '--format', 'csv']).stdout.split('\r\n')[0]).toBe('ref,priority,status,title,assignee,team,category,openedAt,dueAt,overdue,escalatedTo');
    expect(sb.run(['list', '--format', 'table'], { env: { COLUMNS: '120' } }).stdout).toContain('tanaka → vendor-support');

    // show: the target and the ETA (counting down while it is active).
    const show = sb.run(['show', 'INC-1'], { env: { INCIDENT_NOW: at(60) } }).stdout;
    expect(show).toMatch(/^Assignee\s+tanaka \(infra\)$/m);
    expect(show).toMatch(/^Escalated to\s+vendor-support$/m);
    expect(show).toMatch(/^Recovery ETA\s+2026-11-23 05:30 \(in 3h 30m\)$/m);

    // A second escalation without --to keeps the target; --assignee changes the owner too.
    const again = JSON.parse(run(90, 'escalate', 'INC-1', '--assignee', 'suzuki', '--reason', 'second line', '--json'));
    expect(again).toMatchObject({ assignee: 'suzuki', team: 'infra', escalatedTo: 'vendor-support', escalationEta: at(270), escalationLevel: 2 });
  });

  it('check --escalate escalates to the configured level without taking the owner away', () => {
    run(0, 'config', 'set', 'escalation.level1.to', 'duty-manager');
    run(0, 'open', 'mail down', '-i', 'high', '-u', 'high', '-a', 'tanaka', '-q');
    run(20, 'check', '--escalate');
    expect(sb.json(['show', 'INC-1'])).toMatchObject({ status: 'escalated', assignee: 'tanaka', escalatedTo: 'duty-manager', escalationLevel: 1 });
  });

  it('export and import carry the new fields; an export without them still imports', () => {
    run(0, 'open', 'VPN down', '-i', 'high', '-u', 'high', '-a', 'tanaka', '-q');
    run(10, 'escalate', 'INC-1', '--to', 'isp-support', '--eta', '2h', '--reason', 'line down');
    const file = join(sb.dir, 'backup.jsonl');
    run(20, 'export', '-o', file);
    const line = readFileSync(file, 'utf8').split('\n').find((l) => l.includes('"type":"incident"'))!;
    expect(JSON.parse(line)).toMatchObject({ escalatedTo: 'isp-support', escalationEta: at(130), assignee: 'tanaka' });
    const copy = join(sb.dir, 'copy.db');
    expect(sb.run(['import', file, '--db', copy]).code).toBe(0);
    expect(sb.json(['show', 'INC-1', '--db', copy])).toMatchObject({ escalatedTo: 'isp-support', escalationEta: at(130), assignee: 'tanaka' });
    // A file written before these fields existed.
    const old = readFileSync(file, 'utf8').replace(/,"escalatedTo":[^,]*,"escalationEta":[^,]*/, '');
    expect(old).not.toContain('escalatedTo');
    writeFileSync(join(sb.dir, 'old.jsonl'), old);
    const older = join(sb.dir, 'older.db');
    expect(sb.run(['import', join(sb.dir, 'old.jsonl'), '--db', older]).code).toBe(0);
    expect(sb.json(['show', 'INC-1', '--db', older])).toMatchObject({ escalatedTo: null, escalationEta: null, assignee: 'tanaka' });
  });

  it.skipIf(onPg)('a database from before (schema 10) upgrades: the target and ETA come from the escalation events (a SQLite file at schema 10)', () => {
    run(0, 'open', 'VPN down', '-i', 'high', '-u', 'high', '-a', 'tanaka', '-q');
    run(10, 'escalate', 'INC-1', '--to', 'isp-support', '--eta', '2h', '--reason', 'line down');
    run(20, 'escalate', 'INC-1', '--reason', 'still down');
    run(30, 'open', 'never escalated', '-q');
    // As the old version left it: no such columns, and the target written over the assignee.
    const db = sb.openDb();
    db.exec(`ALTER TABLE incidents DROP COLUMN escalated_to; ALTER TABLE incidents DROP COLUMN escalation_eta;
             UPDATE incidents SET assignee = 'isp-support' WHERE id = 1; PRAGMA user_version = 10;`);
    db.close();
    expect(sb.json(['show', 'INC-1'])).toMatchObject({ assignee: 'isp-support', escalatedTo: 'isp-support', escalationEta: at(130), escalationLevel: 2 });
    expect(sb.json(['show', 'INC-2'])).toMatchObject({ escalatedTo: null, escalationEta: null });
    expect(sb.scalar('PRAGMA user_version')).toBe(15);
  });
});

describe('show (text): resolved and closed times, each SLA outcome, escalation, a timeline that says what changed', () => {
  let sb: Sandbox;
  beforeAll(() => {
    sb = new Sandbox();
    sb.env.INCIDENT_NOW = T0;
    const run = (minutes: number, ...args: string[]) => {
      const r = sb.run(args, { env: { INCIDENT_NOW: at(minutes) } });
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
    };
    run(0, 'open', 'VPN に接続できない(在宅勤務の社員全員が朝から)', '-i', 'medium', '-u', 'medium', '-q');
    run(5, 'classify', 'INC-1', '-i', 'high', '-u', 'high', '--assignee', 'tanaka');
    run(30, 'escalate', 'INC-1', '--to', 'vendor-support', '--eta', '4h', '--reason', 'ISP side outage: the vendor is looking into the line between the data centre and the office');
    run(305, 'resolve', 'INC-1', '--resolution', 'The ISP replaced a faulty router on their side; connections restored for every user after a reconnect');
    run(360, 'close', 'INC-1');
    // A P2 still running: response due 30m after opening.
    run(0, 'open', 'ファイルサーバーが遅い', '-i', 'high', '-u', 'medium', '-q');
  });
  afterAll(() => sb.cleanup());
  const show = (ref: string, minutes: number, ...more: string[]) => {
    const r = sb.run(['show', ref, ...more], { env: { INCIDENT_NOW: at(minutes), COLUMNS: '40' } });
    expect(r.code).toBe(0);
    return r.stdout;
  };

  it('in English, at 40 columns', () => {
    const out = show('INC-1', 400);
    // P1 (classified at 01:05): response due 15m after opening (01:15), met; resolution due 4h
    // after opening (05:00), resolved at 06:05: missed by 1h 5m.
    expect(out).toMatch(/^Classified\s+2026-11-23 01:05$/m);
    expect(out).toMatch(/^Resolved\s+2026-11-23 06:05$/m);
    expect(out).toMatch(/^Closed\s+2026-11-23 07:00$/m);
    expect(out).toMatch(/^Response SLA\s+met \(due 2026-11-23\s+01:15\)$/m);
    expect(out).toMatch(/^Resolution SLA\s+missed by 1h 5m \(due\s+2026-11-23 05:00\)$/m);
    expect(out).toMatch(/^Escalated to\s+vendor-support$/m);
    expect(out).toMatch(/^Recovery ETA\s+2026-11-23 05:30$/m);
    expect(out).toContain('classified P3 → P1');
    expect(out).not.toContain('classified→classified');
    expect(out).toMatch(/escalated to vendor-support/);
    for (const line of out.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(40);
    // A wrapped field value lines up under its first line.
    const lines = out.split('\n');
    const n = lines.findIndex((l) => l.startsWith('Resolution  '));
    const column = lines[n].indexOf('The ISP');
    expect(column).toBeGreaterThan(10);
    expect(lines[n + 1]).toMatch(new RegExp(`^ {${column}}\\S`));
    // Timeline: each event's time and actor, its text indented below them.
    const t = lines.indexOf('Timeline');
    expect(lines[t + 1]).toMatch(/^  2026-11-23 01:00  tester$/);
    expect(lines[t + 2]).toMatch(/^    opened P3$/);
    for (const line of lines.slice(t + 1).filter(Boolean)) expect(line).toMatch(/^  \S|^    \S/);
  });

  it('at a wider terminal the timeline is three aligned columns, continuation lines under the text', () => {
    const lines = sb.run(['show', 'INC-1'], { env: { INCIDENT_NOW: at(400), COLUMNS: '80' } }).stdout.split('\n');
    const esc = lines.findIndex((l) => /^  2026-11-23 01:30  tester  escalated to vendor-support/.test(l));
    expect(esc).toBeGreaterThan(0);
    const column = lines[esc].indexOf('escalated');
    expect(lines[esc + 1]).toMatch(new RegExp(`^ {${column}}\\S`));
    for (const line of lines) expect(stringWidth(line), line).toBeLessThanOrEqual(80);
  });

  it('a running clock: due in, then overdue by', () => {
    // At 40 columns the value wraps, under itself.
    expect(show('INC-2', 10)).toMatch(/^Response SLA\s+due 2026-11-23 01:30\s+\(in 20m\)$/m);
    expect(show('INC-2', 45)).toMatch(/^Response SLA\s+overdue by 15m \(due\s+2026-11-23 01:30\)$/m);
  });

  it('in Japanese, at 40 columns', () => {
    const out = show('INC-1', 400, '--lang', 'ja');
    expect(out).toMatch(/^解消\s+2026-11-23 06:05$/m);
    expect(out).toMatch(/^完了\s+2026-11-23 07:00$/m);
    expect(out).toMatch(/^初動 SLA\s+達成/m);
    expect(out).toContain('1時間5分超過で未達');
    expect(out).toMatch(/^エスカレーション先\s+vendor-support$/m);
    expect(out).toContain('classified P3 → P1');
    for (const line of out.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(40);
  });
});
