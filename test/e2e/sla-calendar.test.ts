import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Sandbox } from '../helpers/cli.js';

/**
 * SLA targets in business hours (SPEC §8, §11): the built CLI with the clock fixed by INCIDENT_NOW,
 * across Golden Week 2027, 年末年始 and a change of daylight-saving time. Every expected due time is
 * worked out by hand from the calendar (Mon–Fri 09:00–18:00 Asia/Tokyo unless a test sets another).
 */

let sb: Sandbox;
beforeEach(() => {
  sb = new Sandbox();
});
afterEach(() => sb.cleanup());

const at = (now: string, ...args: string[]) => sb.run(args, { env: { INCIDENT_NOW: now } });
const open = (now: string, title: string, impact: string, urgency: string) => at(now, 'open', title, '--impact', impact, '--urgency', urgency, '-q').stdout.trim();
const show = (ref: string) => sb.json(['show', ref]);
const checkJson = (now: string) => {
  const r = at(now, 'check', '--stale', 'none', '--json');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as { ref: string; finding: string; due: string; used: number; calendar: string | null }[];
};

describe('Golden Week 2027 (P3 in business hours, P1 around the clock)', () => {
  // Friday 4/30 17:00 JST; then Sat, Sun and 憲法記念日, みどりの日, こどもの日 (5/3–5/5).
  const FRI_1700 = '2027-04-30T08:00:00Z';

  it('sets due times that skip the weekend and the holidays', () => {
    const p3 = open(FRI_1700, 'VPN に接続できない', 'medium', 'medium');
    const p1 = open(FRI_1700, '全社メール停止', 'high', 'high');
    // Response 4h: 1h on Friday, 3h from Thursday 5/6 09:00 → 12:00 JST.
    // Resolution 3d = 72 working hours: 1h Friday + 9h × 7 days (5/6–5/14) + 8h on Monday 5/17 → 17:00 JST.
    expect(show(p3)).toMatchObject({ responseDueAt: '2027-05-06T03:00:00.000Z', resolveDueAt: '2027-05-17T08:00:00.000Z' });
    // P1 counts around the clock, exactly as before: 15m and 4h.
    expect(show(p1)).toMatchObject({ responseDueAt: '2027-04-30T08:15:00.000Z', resolveDueAt: '2027-04-30T12:00:00.000Z' });
  });

  it('check, list --overdue and show count working time only', () => {
    const p3 = open(FRI_1700, 'VPN に接続できない', 'medium', 'medium');
    // Wednesday 5/5 17:00 JST, five days on the clock: 1h of 4 working hours used, nothing to say.
    expect(at('2027-05-05T08:00:00Z', 'check', '--stale', 'none').stdout).toBe('');
    expect(at('2027-05-05T08:00:00Z', 'list', '--overdue', '-q').stdout.trim()).toBe('');
    // Thursday 11:00 JST: 3 of 4 hours used (75 %), under the 80 % warning.
    expect(checkJson('2027-05-06T02:00:00Z')).toEqual([]);
    // 11:20: 40 minutes left, 83 % used: a warning.
    expect(checkJson('2027-05-06T02:20:00Z')).toMatchObject([{ ref: p3, finding: 'warning', due: 'response', used: 0.83, calendar: 'business' }]);
    // 13:00: an hour past the due time.
    expect(checkJson('2027-05-06T04:00:00Z')).toMatchObject([{ ref: p3, finding: 'breach', due: 'response', calendar: 'business' }]);
    expect(at('2027-05-06T04:00:00Z', 'list', '--overdue', '-q').stdout.trim()).toBe(p3);
    const text = at('2027-05-06T04:00:00Z', 'check', '--stale', 'none').stdout;
    expect(text).toContain('1h of business hours');
    const detail = at('2027-05-06T04:00:00Z', 'show', p3).stdout;
    expect(detail).toMatch(/Response SLA\s+overdue by 1h of business hours \(due 2027-05-06 03:00\)/);
    // The resolution: Thursday 13:00 to Monday 5/17 17:00 JST is 5h + 9h × 6 days + 8h = 67 working hours = 2d 19h.
    expect(detail).toMatch(/Resolution SLA\s+due 2027-05-17 08:00 \(in 2d 19h of business hours\)/);
  });
});

describe('the completion report says what show says', () => {
  it('counts a target missed overnight in working time, naming the calendar', () => {
    // P3 opened Friday 4/30 17:00 JST: response due Thursday 5/6 12:00 JST (above). Classified on
    // Friday 5/7 at 10:00 JST: 22 hours later on the clock, 6h (Thursday 12:00–18:00) + 1h (Friday
    // 09:00–10:00) = 7 working hours late.
    const ref = open('2027-04-30T08:00:00Z', 'VPN に接続できない', 'medium', 'medium');
    expect(at('2027-05-07T01:00:00Z', 'classify', ref, '--assignee', 'sato').code).toBe(0);
    expect(at('2027-05-07T01:00:00Z', 'show', ref).stdout).toMatch(/Response SLA\s+missed by 7h of business hours \(due 2027-05-06 03:00\)/);
    const md = at('2027-05-07T01:00:00Z', 'show', ref, '--format', 'md', '--lang', 'en');
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('- Response: missed (+7h of business hours) — due 2027-05-06 03:00 UTC, done 2027-05-07 01:00 UTC');
    // The resolution is still running (due Monday 5/17 17:00 JST): not reached, whatever the clock says.
    expect(md.stdout).toContain('- Resolution: not reached yet (due 2027-05-17 08:00 UTC)');
    // Overdue and not done: how late so far, in working time too (Monday 5/17 18:00 → Tuesday 10:00 JST: 1h + 1h).
    const later = at('2027-05-18T01:00:00Z', 'show', ref, '--format', 'md', '--lang', 'en');
    expect(later.stdout).toContain('- Resolution: missed (due 2027-05-17 08:00 UTC, +2h of business hours)');
  });
});

describe('年末年始 (12/29–1/3 closed by default)', () => {
  it('a P3 opened on Tuesday 12/28 at 16:00 JST is due on Tuesday 1/4 at 11:00', () => {
    const ref = open('2027-12-28T07:00:00Z', '年末の障害', 'medium', 'medium');
    expect(show(ref).responseDueAt).toBe('2028-01-04T02:00:00.000Z');
  });

  it('time on hold pushes a due time back by the working hours it took, not by the days closed', () => {
    // P3 opened and classified on Monday 12/27 09:00 JST: resolution 3d = 72 working hours of 9h days:
    // 12/27, 12/28, then 1/4–1/7, (1/10 is 成人の日), 1/11, 1/12 → Wednesday 1/12 18:00 JST.
    const ref = open('2027-12-27T00:00:00Z', 'プリンタ不調', 'medium', 'medium');
    expect(at('2027-12-27T00:00:00Z', 'classify', ref, '--assignee', 'sato').code).toBe(0);
    expect(show(ref).resolveDueAt).toBe('2028-01-12T09:00:00.000Z');
    expect(at('2027-12-28T00:00:00Z', 'hold', ref, '--reason', 'ベンダー待ち').code).toBe(0);
    expect(at('2028-01-04T01:00:00Z', 'resume', ref).code).toBe(0);
    // Held from Tuesday 12/28 09:00 to Tuesday 1/4 10:00 JST: 9h + 1h of working time, so 82 working
    // hours from the opening: 81 by Thursday 1/13 18:00, the last one on Friday 1/14 → 10:00 JST.
    expect(show(ref).resolveDueAt).toBe('2028-01-14T01:00:00.000Z');
  });

  it('calendar show lists the closed days with their names', () => {
    sb.run(['db', 'migrate']);
    const days = sb.json(['calendar', 'show', '--month', '2027-12']) as { date: string; open: boolean; closed: string | null }[];
    expect(days.filter((d) => d.closed).map((d) => [d.date, d.closed])).toEqual([
      ['2027-12-29', '年末年始'],
      ['2027-12-30', '年末年始'],
      ['2027-12-31', '年末年始'],
    ]);
    expect(days.find((d) => d.date === '2027-12-28')?.open).toBe(true);
  });
});

describe('a team in Europe/Berlin across the changes of daylight-saving time', () => {
  beforeEach(() => {
    for (const [k, v] of [
      ['calendar.berlin.zone', 'Europe/Berlin'],
      ['calendar.berlin.holidays', 'none'],
      ['calendar.berlin.closed', 'none'],
      ['sla.P3.calendar', 'berlin'],
    ]) expect(sb.run(['config', 'set', k, v]).code).toBe(0);
  });

  it('counts Monday from 09:00 local time after the clocks went forward (3/28) and back (10/31)', () => {
    // Friday 3/26 17:00 CET (UTC+1): 1h on Friday, Monday 3/29 opens at 09:00 CEST = 07:00Z, +3h.
    expect(show(open('2027-03-26T16:00:00Z', 'spring', 'medium', 'medium')).responseDueAt).toBe('2027-03-29T10:00:00.000Z');
    // Friday 10/29 17:00 CEST (UTC+2): Monday 11/1 opens at 09:00 CET = 08:00Z, +3h.
    expect(show(open('2027-10-29T15:00:00Z', 'autumn', 'medium', 'medium')).responseDueAt).toBe('2027-11-01T11:00:00.000Z');
  });

  it('calendar due reads a time without a zone as the calendar\'s local time', () => {
    const r = sb.json(['calendar', 'due', '--calendar', 'berlin', '--from', '2027-03-26 17:00', '--target', '4h']);
    expect(r).toMatchObject({ zone: 'Europe/Berlin', from: '2027-03-26T16:00:00.000Z', due: '2027-03-29T10:00:00.000Z', dueLocal: '2027-03-29T12:00:00+02:00', workingSeconds: 14400 });
  });
});

describe('calendar due and calendar show', () => {
  it('answers "when is this due?" for the issue\'s examples', () => {
    sb.run(['db', 'migrate']);
    expect(sb.json(['calendar', 'due', '--from', '2027-05-14 17:00', '--target', '4h'])).toMatchObject({
      calendar: 'business',
      due: '2027-05-17T03:00:00.000Z',
      dueLocal: '2027-05-17T12:00:00+09:00',
      elapsedSeconds: 67 * 3600,
    });
    expect(sb.run(['calendar', 'due', '--from', '2027-04-30T08:00:00Z', '--target', '4h', '-q']).stdout.trim()).toBe('2027-05-06T03:00:00.000Z');
    // Around the clock: plain addition.
    expect(sb.run(['calendar', 'due', '--calendar', 'always', '--from', '2027-04-30T08:00:00Z', '--target', '4h', '-q']).stdout.trim()).toBe('2027-04-30T12:00:00.000Z');
    const text = sb.run(['calendar', 'due', '--from', '2027-05-14 17:00', '--target', '4h']);
    expect(text.stdout).toBe('due 2027-05-17 12:00 +09:00 (Asia/Tokyo)\n4h of business time from 2027-05-14 17:00 +09:00; 2d 19h on the clock\n');
  });

  it('shows Golden Week 2027 with the holidays\' Japanese names', () => {
    sb.run(['db', 'migrate']);
    const days = sb.json(['calendar', 'show', '--month', '2027-05']) as { date: string; open: boolean; holiday: string | null }[];
    expect(days).toHaveLength(31);
    expect(days.filter((d) => d.holiday).map((d) => [d.date, d.holiday])).toEqual([
      ['2027-05-03', '憲法記念日'],
      ['2027-05-04', 'みどりの日'],
      ['2027-05-05', 'こどもの日'],
    ]);
    // 21 weekdays in May 2027, 3 of them holidays.
    expect(days.filter((d) => d.open)).toHaveLength(18);
  });

  it.each([
    [['calendar', 'show', '--month', '2027-13'], '--month'],
    [['calendar', 'due', '--target', '4x'], '--target'],
    [['calendar', 'due', '--target', '4h', '--from', 'someday'], '--from'],
    [['calendar', 'due', '--target', '4h', '--calendar', 'nope'], 'calendar "nope"'],
  ])('refuses %j with exit 2 and one line', (args, words) => {
    sb.run(['db', 'migrate']);
    const r = sb.run(args);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toContain(words);
    expect(r.stdout).toBe('');
  });
});

describe('calendars in config', () => {
  it.each([
    ['calendar.business.zone', 'Asia/Tokio'],
    ['calendar.business.hours', 'mon-fri 18:00-09:00'],
    ['calendar.business.hours', 'weekdays 9-5'],
    ['calendar.business.closed', '12/32-01/03'],
    ['calendar.business.closed', '01/01-12/31 all year'],
    ['calendar.business.holidays', 'us'],
    ['calendar.always.hours', 'mon-fri 09:00-18:00'],
    ['sla.P3.calendar', 'support'],
  ])('refuses %s = %j with exit 2, one line, nothing written', (key, value) => {
    sb.run(['db', 'migrate']);
    const r = sb.run(['config', 'set', key, value]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^incident: .+\n(.+\n)?$/);
    expect(sb.json(['config', 'get', key]).set).toBe(false);
  });

  it('takes a named calendar for a priority once one of its keys is set', () => {
    expect(sb.run(['config', 'set', 'calendar.support.hours', '月-金 8:30-17:30']).code).toBe(0);
    expect(sb.json(['config', 'get', 'calendar.support.hours']).value).toBe('mon-fri 08:30-17:30');
    expect(sb.run(['config', 'set', 'sla.P4.calendar', 'support']).code).toBe(0);
    // Monday 5/17 08:00 JST: P4's response 1d = 24 working hours of 9h days → Wednesday 5/19 14:30.
    expect(show(open('2027-05-16T23:00:00Z', 'x', 'medium', 'low')).responseDueAt).toBe('2027-05-19T05:30:00.000Z');
  });

  it('moves due times already set only with --recompute, one event per incident that moved', () => {
    const p3 = open('2027-05-14T08:00:00Z', 'VPN', 'medium', 'medium');
    const p1 = open('2027-05-14T08:00:00Z', 'mail', 'high', 'high');
    expect(show(p3).responseDueAt).toBe('2027-05-17T03:00:00.000Z');
    expect(at('2027-05-14T09:00:00Z', 'config', 'set', 'calendar.business.hours', 'mon-fri 10:00-18:00').code).toBe(0);
    expect(show(p3).responseDueAt).toBe('2027-05-17T03:00:00.000Z');
    const r = at('2027-05-14T09:00:00Z', 'config', 'set', 'calendar.business.hours', 'mon-fri 10:00-18:00', '--recompute', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ key: 'calendar.business.hours', recomputed: [p3] });
    // Friday 17:00–18:00, then Monday from 10:00: 13:00 JST.
    const i = show(p3);
    expect(i.responseDueAt).toBe('2027-05-17T04:00:00.000Z');
    expect(i.timeline.filter((e: { kind: string }) => e.kind === 'due_recomputed')).toMatchObject([
      { actor: expect.any(String), data: { responseDueAt: ['2027-05-17T03:00:00.000Z', '2027-05-17T04:00:00.000Z'] } },
    ]);
    expect(show(p1).timeline.some((e: { kind: string }) => e.kind === 'due_recomputed')).toBe(false);
    // Nothing moves the second time: no new event.
    const again = at('2027-05-14T09:05:00Z', 'config', 'set', 'calendar.business.hours', 'mon-fri 10:00-18:00', '--recompute', '--json');
    expect(JSON.parse(again.stdout).recomputed).toEqual([]);
  });
});

describe('reports count working time beside elapsed time', () => {
  it('report mttr has a business basis and report sla says how late in working time', () => {
    // Both opened Friday 4/30 17:00 JST, before Golden Week.
    const fast = open('2027-04-30T08:00:00Z', 'fast', 'medium', 'medium');
    const late = open('2027-04-30T08:00:00Z', 'late', 'medium', 'medium');
    // fast: classified Thursday 5/6 10:00 JST (1h Friday + 1h Thursday), resolved 15:00 (7 working hours).
    expect(at('2027-05-06T01:00:00Z', 'classify', fast, '--assignee', 'sato').code).toBe(0);
    expect(at('2027-05-06T06:00:00Z', 'resolve', fast, '--resolution', '再起動').code).toBe(0);
    // late: classified Friday 5/7 10:00 JST, its response due Thursday 12:00: 22h late on the clock,
    // 6h (Thursday 12:00–18:00) + 1h (Friday 09:00–10:00) of working time.
    expect(at('2027-05-07T01:00:00Z', 'classify', late, '--assignee', 'sato').code).toBe(0);

    const mttr = sb.json(['report', 'mttr', '--business'], { env: { INCIDENT_NOW: '2027-05-10T00:00:00Z' } });
    const row = (measure: string) => mttr.total.find((r: { measure: string }) => r.measure === measure);
    // MTTA: 2h (fast) and 1h Friday + 9h Thursday + 1h Friday = 11h (late) → mean 6.5h; MTTR: fast only, 7h.
    expect(row('mtta')).toMatchObject({ count: 2, businessMean: 6.5 * 3600 });
    expect(row('mttr')).toMatchObject({ count: 1, businessMean: 7 * 3600 });
    // --business alone: its columns only.
    expect(Object.keys(row('mttr')).sort()).toEqual(['businessMean', 'businessMedian', 'businessP90', 'count', 'measure']);
    // Elapsed beside it when no basis is picked: fast's MTTR on the clock is 5d 22h.
    const all = sb.json(['report', 'mttr'], { env: { INCIDENT_NOW: '2027-05-10T00:00:00Z' } });
    const mttrAll = all.total.find((r: { measure: string }) => r.measure === 'mttr');
    expect(mttrAll).toMatchObject({ grossMean: 5 * 86400 + 22 * 3600, businessMean: 7 * 3600 });

    const sla = sb.json(['report', 'sla'], { env: { INCIDENT_NOW: '2027-05-10T00:00:00Z' } });
    expect(sla.breaches).toMatchObject([{ ref: late, target: 'response', late: 22 * 3600, lateWorking: 7 * 3600, calendar: 'business' }]);

    // The monthly report of April, when both were opened, has the same business basis beside net and gross.
    const april = sb.json(['report', 'monthly', '--month', '2027-04'], { env: { INCIDENT_NOW: '2027-05-10T00:00:00Z' } });
    const monthly = (measure: string) => april.mttr.find((r: { measure: string }) => r.measure === measure);
    expect(monthly('mtta')).toMatchObject({ count: 2, businessMean: 6.5 * 3600, grossMean: 6 * 86400 + 5 * 3600 });
    expect(monthly('mttr')).toMatchObject({ count: 1, businessMean: 7 * 3600, grossMean: 5 * 86400 + 22 * 3600 });
    // May's MTTA in the trend: of the incidents classified in May, elapsed time less time on hold.
    // A P1 escalated at 00:10, held 00:20–01:20, classified 01:30: 30 minutes net.
    const held = open('2027-05-20T00:00:00Z', 'held first', 'low', 'low');
    expect(at('2027-05-20T00:10:00Z', 'escalate', held, '--reason', 'vendor', '--to', 'vendor').code).toBe(0);
    expect(at('2027-05-20T00:20:00Z', 'hold', held, '--reason', 'waiting').code).toBe(0);
    expect(at('2027-05-20T01:20:00Z', 'resume', held).code).toBe(0);
    expect(at('2027-05-20T01:30:00Z', 'classify', held, '--impact', 'high', '--urgency', 'high').code).toBe(0);
    const may = sb.json(['report', 'monthly', '--month', '2027-05'], { env: { INCIDENT_NOW: '2027-06-01T00:00:00Z' } });
    // (5d 17h + 6d 17h + 30m) / 3 = 99h 30m.
    expect(may.trend.slice(-2)).toMatchObject([{ period: '2027-04', mtta: null }, { period: '2027-05', mtta: 99.5 * 3600 }]);
  });
});
