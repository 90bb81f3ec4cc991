import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { actedAs, Sandbox } from '../helpers/cli.js';

let sb: Sandbox;
const T0 = '2026-11-23T01:00:00.000Z';
const at = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000).toISOString();
beforeEach(() => {
  sb = new Sandbox();
  sb.env.INCIDENT_NOW = T0;
});
afterEach(() => sb.cleanup());

const run = (minutes: number, ...args: string[]) => sb.run(args, { env: { INCIDENT_NOW: at(minutes) } });
const open = (title: string, impact: string, urgency: string, ...more: string[]) =>
  sb.run(['open', title, '--impact', impact, '--urgency', urgency, ...more, '-q']).stdout.trim();
const show = (ref: string) => sb.json(['show', ref]);
const timeline = (ref: string) => show(ref).timeline as { kind: string; actor: string; data: any }[];

describe('SLA due times (SPEC §8)', () => {
  it('sets response and resolution due times per priority from the defaults', () => {
    const due = (impact: string, urgency: string) => {
      const i = sb.json(['open', `t ${impact} ${urgency}`, '--impact', impact, '--urgency', urgency]);
      return [i.priority, i.responseDueAt, i.resolveDueAt];
    };
    expect(due('high', 'high')).toEqual(['P1', '2026-11-23T01:15:00.000Z', '2026-11-23T05:00:00.000Z']);
    expect(due('high', 'medium')).toEqual(['P2', '2026-11-23T01:30:00.000Z', '2026-11-23T09:00:00.000Z']);
    // P3–P5 count in business hours (Mon–Fri 09:00–18:00 JST): T0 is Monday 11/23 10:00 JST, 勤労感謝の日,
    // so their clocks start on Tuesday 09:00. P3: 4h → Tue 13:00; 3d = 72 working hours = 8 days of 9h
    // → Thu 12/3 18:00. P4: 1d = 24h → Thu 11/26 15:00; 5d = 120h = 13 days and 3h → Fri 12/11 12:00.
    expect(due('medium', 'medium')).toEqual(['P3', '2026-11-24T04:00:00.000Z', '2026-12-03T09:00:00.000Z']);
    expect(due('medium', 'low')).toEqual(['P4', '2026-11-26T06:00:00.000Z', '2026-12-11T03:00:00.000Z']);
    expect(due('low', 'low')).toEqual(['P5', null, null]);
  });

  it('takes the targets from config, and moves the due times when the priority changes', () => {
    expect(sb.run(['config', 'set', 'sla.P1.resolve', '2h']).code).toBe(0);
    expect(sb.run(['config', 'set', 'sla.P5.resolve', '10d']).code).toBe(0);
    // Around the clock, as this test counts (calendars: sla-calendar.test.ts).
    expect(sb.run(['config', 'set', 'sla.P5.calendar', 'always']).code).toBe(0);
    const ref = open('mail down', 'high', 'high');
    expect(show(ref).resolveDueAt).toBe('2026-11-23T03:00:00.000Z');
    run(5, 'classify', ref, '--impact', 'low', '--urgency', 'low');
    expect(show(ref)).toMatchObject({ priority: 'P5', resolveDueAt: '2026-12-03T01:00:00.000Z' });
  });

  it('does not count time on hold', () => {
    const ref = open('printer', 'high', 'medium');
    run(10, 'classify', ref, '--assignee', 'sato');
    run(60, 'hold', ref, '--reason', 'waiting for the vendor');
    // On hold the clock is stopped: far past the due time, nothing is overdue or breached.
    expect(run(600, 'list', '--overdue', '-q').stdout.trim()).toBe('');
    expect(run(600, 'check', '--stale', 'none').stdout).toBe('');
    run(180, 'resume', ref);
    expect(show(ref).resolveDueAt).toBe('2026-11-23T11:00:00.000Z'); // 8h + 2h held
  });

  it('adds every hold to the resolution due time, not only the last, and the report counts it met', () => {
    // SPEC §8: P2 resolves in 8 h around the clock, and time on hold does not count. Opened at T0,
    // held 2 h (minutes 60–180) and again 1 h (minutes 240–300): due T0 + 8 h + 2 h + 1 h.
    const ref = open('file server slow', 'high', 'medium');
    run(10, 'classify', ref);
    run(60, 'hold', ref, '--reason', 'waiting for the vendor');
    run(180, 'resume', ref);
    run(240, 'hold', ref, '--reason', 'user away');
    run(300, 'resume', ref);
    const due = at(8 * 60 + 120 + 60);
    expect(due).toBe('2026-11-23T12:00:00.000Z');
    expect(show(ref).resolveDueAt).toBe(due);
    // At 10 h 30 m, 7 h 30 m of the 8 h have counted: not overdue, and a resolve then is met.
    expect(run(630, 'list', '--overdue', '-q').stdout.trim()).toBe('');
    run(630, 'resolve', ref, '--resolution', 'disk replaced');
    const sla = JSON.parse(run(700, 'report', 'sla', '--json').stdout);
    expect(sla.compliance.find((g: { group: string }) => g.group === 'P2')).toMatchObject({ resolveMet: 1, resolveBreached: 0 });
    expect(sla.breaches).toEqual([]);
  });

  it('counts a hold against the response only before the incident was classified', () => {
    // Late response (P1: 15 minutes), then a hold: the response stays late.
    const late = open('core switch down', 'high', 'high');
    run(60, 'classify', late);
    run(70, 'hold', late, '--reason', 'vendor');
    run(130, 'resume', late);
    expect(show(late)).toMatchObject({ responseDueAt: '2026-11-23T01:15:00.000Z', resolveDueAt: '2026-11-23T06:00:00.000Z' });
    // Escalated before classification, then held: that hold does move the response due time.
    const waiting = open('vendor line down', 'high', 'high');
    run(5, 'escalate', waiting, '--reason', 'carrier');
    run(10, 'hold', waiting, '--reason', 'carrier on site');
    run(40, 'resume', waiting);
    run(44, 'classify', waiting);
    expect(show(waiting).responseDueAt).toBe('2026-11-23T01:45:00.000Z');
    const sla = JSON.parse(run(150, 'report', 'sla', '--json').stdout);
    const p1 = sla.compliance.find((g: { group: string }) => g.group === 'P1');
    expect(p1).toMatchObject({ responseMet: 1, responseBreached: 1 });
    expect(sla.breaches.map((b: { ref: string; target: string }) => `${b.ref} ${b.target}`)).toEqual([`${late} response`]);
  });

  it('list --overdue shows what passed a due time', () => {
    const late = open('late', 'high', 'high');
    open('fine', 'low', 'medium');
    expect(run(20, 'list', '--overdue', '-q').stdout.trim()).toBe(late);
  });
});

describe('incident check (SPEC §8)', () => {
  it('prints nothing when nothing needs attention, and exits 0 even with --exit-code', () => {
    open('fresh', 'high', 'high');
    const r = run(1, 'check', '--exit-code');
    expect(r).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(run(1, 'check', '--json').stdout.trim()).toBe('[]');
  });

  it('warns near a due time, then reports the breach once on the timeline; --exit-code exits 6', () => {
    const ref = open('VPN down', 'high', 'high');
    const warned = JSON.parse(run(13, 'check', '--json').stdout);
    expect(warned).toMatchObject([{ ref, finding: 'warning', due: 'response' }]);
    expect(run(11, 'check', '--warn', '90%').stdout).toBe('');

    const r = run(20, 'check', '--exit-code');
    expect(r.code).toBe(6);
    expect(r.stdout).toContain(ref);
    expect(r.stdout).toMatch(/BREACH response/);
    const again = JSON.parse(run(21, 'check', '--json').stdout);
    expect(again).toMatchObject([{ ref, finding: 'breach', due: 'response', new: false, action: null }]);
    const breaches = timeline(ref).filter((e) => e.kind === 'breach');
    expect(breaches).toHaveLength(1);
    expect(breaches[0]).toMatchObject({ ...actedAs('check'), data: { due: 'response', dueAt: '2026-11-23T01:15:00.000Z' } });
  });

  it('--new-only shows a breach in the run that records it, then nothing; warnings and stale are left out', () => {
    const ref = open('VPN down', 'high', 'high');
    expect(run(13, 'check', '--new-only', '--exit-code')).toMatchObject({ code: 0, stdout: '' });
    const first = run(20, 'check', '--new-only', '--exit-code');
    expect(first.code).toBe(6);
    expect(first.stdout).toContain(ref);
    expect(run(21, 'check', '--new-only', '--exit-code')).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(JSON.parse(run(22, 'check', '--new-only', '--json').stdout)).toEqual([]);
    // Without it the breach is listed while it lasts; it was recorded on the timeline once.
    expect(run(22, 'check').stdout).toContain(ref);
    expect(timeline(ref).filter((e) => e.kind === 'breach')).toHaveLength(1);
    // An escalation made by this run is new too.
    const esc = JSON.parse(run(23, 'check', '--escalate', '--new-only', '--json').stdout);
    expect(esc).toMatchObject([{ ref, finding: 'breach', new: false, action: 'escalated' }]);
  });

  it('--escalate escalates a breach once, to whom the level rule names', () => {
    sb.run(['config', 'set', 'escalation.level1.to', 'suzuki']);
    sb.run(['config', 'set', 'escalation.level1.team', 'infra-leads']);
    // Around the clock, as this test counts (calendars: sla-calendar.test.ts).
    sb.run(['config', 'set', 'sla.P4.calendar', 'always']);
    const ref = open('core switch down', 'high', 'high');
    const low = open('minor', 'medium', 'low');
    sb.run(['config', 'set', 'escalation.priority', 'P2']);
    const first = JSON.parse(run(20, 'check', '--escalate', '--json').stdout);
    // Escalated to the level's person; the owner (nobody yet) stays.
    expect(first).toMatchObject([{ ref, finding: 'breach', action: 'escalated', status: 'escalated', assignee: null, team: null, escalatedTo: 'suzuki' }]);
    const second = run(21, 'check', '--escalate', '--json');
    expect(JSON.parse(second.stdout)).toMatchObject([{ ref, action: null }]);
    const i = show(ref);
    expect(i).toMatchObject({ status: 'escalated', escalationLevel: 1, assignee: null, escalatedTo: 'suzuki' });
    expect(i.timeline.filter((e: any) => e.kind === 'escalated')).toMatchObject([actedAs('check')]);

    // The resolution breach is a new breach: escalated once more, to level 2.
    const later = JSON.parse(run(5 * 60, 'check', '--escalate', '--json', '--stale', 'none').stdout);
    expect(later.find((f: any) => f.due === 'resolve')).toMatchObject({ action: 'escalated' });
    expect(show(ref).escalationLevel).toBe(2);
    // P4 is not covered by escalation.priority P2: reported, never escalated.
    const p4 = JSON.parse(run(2 * 1440, 'check', '--escalate', '--json', '--stale', 'none').stdout).filter((f: any) => f.ref === low);
    expect(p4[0]).toMatchObject({ finding: 'breach', action: null });
    expect(show(low).escalationLevel).toBe(0);
  });

  it('never escalates beyond escalation.maxLevel', () => {
    sb.run(['config', 'set', 'escalation.maxLevel', '1']);
    const ref = open('x', 'high', 'high');
    run(5, 'escalate', ref, '--reason', 'by hand');
    run(20, 'check', '--escalate');
    expect(show(ref).escalationLevel).toBe(1);
  });

  it('reports stale incidents; check’s own events do not count as activity', () => {
    const ref = open('forgotten', 'low', 'low');
    expect(run(2 * 1440, 'check').stdout).toBe('');
    const r = JSON.parse(run(3 * 1440 + 1, 'check', '--json').stdout);
    expect(r).toMatchObject([{ ref, finding: 'stale' }]);
    expect(run(3 * 1440 + 1, 'check', '--stale', '5d').stdout).toBe('');
    run(3 * 1440 + 2, 'note', ref, 'looked at it');
    expect(run(3 * 1440 + 3, 'check').stdout).toBe('');
  });

  it('--close-resolved closes what finished its watch period, once, but never a major incident', () => {
    const a = open('a', 'medium', 'medium');
    const b = open('b', 'medium', 'medium', '--major');
    const c = open('c', 'medium', 'medium');
    for (const ref of [a, b]) run(10, 'resolve', ref, '--resolution', 'fixed it', '--monitor', '1h');
    run(10, 'resolve', c, '--resolution', 'fixed it'); // default watch period: 3d
    const found = JSON.parse(run(71, 'check', '--json', '--close-resolved').stdout);
    expect(found.map((f: any) => [f.ref, f.finding, f.action])).toEqual([
      [b, 'watch-ended', null],
      [a, 'watch-ended', 'closed'],
    ]);
    expect(show(a)).toMatchObject({ status: 'closed' });
    expect(show(a).timeline.at(-1)).toMatchObject({ kind: 'closed', ...actedAs('check') });
    expect(show(b).status).toBe('resolved');
    expect(show(c).status).toBe('resolved');
    const again = JSON.parse(run(72, 'check', '--json', '--close-resolved').stdout);
    expect(again.map((f: any) => f.ref)).toEqual([b]);
  });

  it('takes the default watch period from config resolve.monitor', () => {
    sb.run(['config', 'set', 'resolve.monitor', '2h']);
    const ref = open('a', 'medium', 'medium');
    run(10, 'resolve', ref, '--resolution', 'done');
    expect(run(129, 'check').stdout).toBe('');
    expect(run(131, 'check').stdout).toContain('watch period ended');
  });

  it('refuses bad --warn and --stale values with exit 2', () => {
    expect(sb.run(['check', '--warn', '180%']).code).toBe(2);
    expect(sb.run(['check', '--stale', 'soon']).code).toBe(2);
  });
});

describe('configuration (SPEC §11)', () => {
  it('validates values before writing them', () => {
    const bad: [string, string][] = [
      ['sla.P1.response', '15 minutes later'],
      ['sla.P2.resolve', '0m'],
      ['notify.ops.url', 'ftp://example.com/hook'],
      ['notify.ops.url', 'not a url'],
      ['notify.ops.on', 'opened,breached'],
      ['notify.ops.priority', 'P7'],
      ['notify.ops.majorOnly', 'maybe'],
      ['check.warn', '0%'],
      ['title.minLength', 'ten'],
      ['title.pattern', '(['],
      ['escalation.maxLevel', '99'],
      ['tags.aliases', 'k8s'],
    ];
    for (const [key, value] of bad) {
      const r = sb.run(['config', 'set', key, value]);
      expect(r.code, `${key}=${value}`).toBe(2);
      expect(r.stderr, key).toContain(key);
      expect(r.stderr.split('\n').length).toBeLessThanOrEqual(3);
    }
    expect(sb.run(['config', 'export']).stdout.trim()).toBe('{}');
  });

  it('names the closest key when a key is unknown', () => {
    let r = sb.run(['config', 'set', 'sla.P1.respnse', '10m']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('sla.P1.response');
    r = sb.run(['config', 'get', 'notify.teams.urll']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('notify.teams.url');
    r = sb.run(['config', 'get', 'catgories']);
    expect(r.stderr).toContain('categories');
  });

  it('get / set / unset / list show values and defaults', () => {
    // `config get` only reads: it needs a database to read (a missing one is exit 5).
    sb.run(['open', 'first']);
    expect(sb.run(['config', 'get', 'sla.P1.response']).stdout.trim()).toBe('15m');
    expect(sb.run(['config', 'set', 'sla.P1.response', '10 min']).code).toBe(0);
    expect(sb.json(['config', 'get', 'sla.P1.response'])).toMatchObject({ value: '10m', default: '15m', set: true });
    const list = sb.json(['config', 'list']);
    const keys = list.map((e: any) => e.key);
    expect(keys).toEqual(expect.arrayContaining(['sla.P1.response', 'sla.P5.resolve', 'check.warn', 'categories', 'resolve.monitor']));
    for (const e of list) expect(e.description.length, e.key).toBeGreaterThan(5);
    expect(list.find((e: any) => e.key === 'sla.P1.response')).toMatchObject({ value: '10m', default: '15m' });
    expect(sb.run(['config', 'unset', 'sla.P1.response']).code).toBe(0);
    expect(sb.run(['config', 'get', 'sla.P1.response']).stdout.trim()).toBe('15m');
  });

  it('export and import round-trip; a bad file writes nothing', () => {
    sb.run(['config', 'set', 'categories', 'network, mail ,account']);
    sb.run(['config', 'set', 'notify.ops.url', 'https://hooks.example.com/T1']);
    // The webhook URL is a secret: the round trip asks for it.
    const exported = sb.run(['config', 'export', '--include-secrets']).stdout;
    expect(JSON.parse(exported)).toEqual({ categories: 'network,mail,account', 'notify.ops.url': 'https://hooks.example.com/T1' });

    const other = new Sandbox();
    try {
      const file = join(other.dir, 'rules.json');
      writeFileSync(file, exported);
      expect(other.run(['config', 'import', file]).code).toBe(0);
      expect(JSON.parse(other.run(['config', 'export', '--include-secrets']).stdout)).toEqual(JSON.parse(exported));
      writeFileSync(file, JSON.stringify({ services: ['VPN', 'Exchange'], 'sla.P1.response': 'soon' }));
      const r = other.run(['config', 'import', file]);
      expect(r.code).toBe(2);
      expect(other.run(['config', 'get', 'services']).stdout.trim()).toBe('');
      expect(other.run(['config', 'import', '-', '--replace'], { input: '{"services": ["VPN", "Exchange"]}' }).code).toBe(0);
      expect(JSON.parse(other.run(['config', 'export']).stdout)).toEqual({ services: 'VPN,Exchange' });
      expect(other.run(['config', 'import', '-'], { input: 'not json' }).code).toBe(2);
      // A byte-order mark (Windows Notepad) is not part of the JSON.
      writeFileSync(file, `\uFEFF${JSON.stringify({ categories: 'network' })}\r\n`);
      const bom = other.run(['config', 'import', file]);
      expect(bom.stderr).not.toContain('JSON');
      expect(bom.code).toBe(0);
      expect(other.run(['config', 'get', 'categories']).stdout.trim()).toBe('network');
    } finally {
      other.cleanup();
    }
  });
});

describe('entry rules in open and classify', () => {
  beforeEach(() => {
    sb.run(['config', 'set', 'categories', 'network,mail,account']);
    sb.run(['config', 'set', 'services', 'VPN,Exchange']);
  });

  it('refuses a value not in the list, naming the closest one; nothing is written', () => {
    let r = sb.run(['open', 'cannot connect', '--category', 'netwrok']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('network');
    r = sb.run(['open', 'cannot connect', '--service', 'exchnage']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Exchange');
    expect(sb.run(['list', '--all', '-q']).stdout.trim()).toBe('');
    const ref = open('cannot connect', 'high', 'low', '--service', 'vpn');
    expect(show(ref).service).toBe('VPN');
    r = sb.run(['classify', ref, '--category', 'hardware']);
    expect(r.code).toBe(2);
    expect(show(ref).category).toBeNull();
  });

  it('applies title rules and tag aliases', () => {
    sb.run(['config', 'set', 'title.minLength', '8']);
    sb.run(['config', 'set', 'title.pattern', '^\\[[A-Z]+\\] ']);
    sb.run(['config', 'set', 'tags.aliases', 'k8s=kubernetes']);
    expect(sb.run(['open', 'short']).code).toBe(2);
    expect(sb.run(['open', 'no prefix in this title']).code).toBe(2);
    const i = sb.json(['open', '[NET] VPN down for sales', '--tag', 'K8s,vpn']);
    expect(i.tags).toEqual(['kubernetes', 'vpn']);
  });
});
