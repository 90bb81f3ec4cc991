import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { Sandbox } from '../helpers/cli.js';

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
