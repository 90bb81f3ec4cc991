import { describe, expect, it } from 'vitest';
import { epochMs, formatDurationShort, parseDuration, parseIsoTime, parseTime, splitDuration } from '../../src/core/time.js';
import { refusal } from '../helpers/refusal.js';

/**
 * Durations and times as people type them (docs/guide.md, --since, --eta, sla.<P>.*), the expected
 * seconds and instants worked out here by hand; local wall-clock forms through `new Date(y, m, d, h)`,
 * which reads the machine's time zone as the product does.
 */

describe('durations', () => {
  it('reads units, sums, decimals, spaces, capitals, full width and Japanese', () => {
    const cases: [string, number][] = [
      ['90s', 90],
      ['15m', 900],
      ['4h', 4 * 3600],
      ['3d', 3 * 86400],
      ['2w', 14 * 86400],
      ['1h30m', 5400],
      ['1h 30m', 5400],
      ['1.5h', 5400],
      [' 2H ', 7200],
      ['２時間', 7200],
      ['3日', 3 * 86400],
      ['1週間', 7 * 86400],
      ['10 minutes', 600],
      ['36500d', 36500 * 86400],
    ];
    for (const [input, seconds] of cases) expect(parseDuration(input), input).toBe(seconds);
  });

  it('refuses what is not wholly a duration, or over 100 years, naming the flag and the value (exit 2)', () => {
    for (const input of ['', 'h', '15', '1x', '1h x', '1h30', 'x1h', '36501d', '1.h']) {
      const e = refusal(() => parseDuration(input, '--eta'), { input });
      expect([e.exit, e.key, e.params], input).toEqual([2, 'error.badDuration', { flag: '--eta', value: input }]);
    }
    expect(refusal(() => parseDuration('soon')).params).toEqual({ flag: 'duration', value: 'soon' });
  });

  it('prints the two largest parts, seconds only when nothing larger', () => {
    const cases: [number, string][] = [
      [45, '45s'],
      [0, '0s'],
      [90, '1m'],
      [3 * 3600 + 12 * 60 + 5, '3h 12m'],
      [2 * 86400 + 4 * 3600 + 30 * 60, '2d 4h'],
      [86400 + 59, '1d'],
      [86400 + 60, '1d 1m'],
      [-(2 * 3600 + 60), '-2h 1m'],
      [Number.NaN, ''],
      [Number.POSITIVE_INFINITY, ''],
    ];
    for (const [seconds, text] of cases) expect(formatDurationShort(seconds), String(seconds)).toBe(text);
  });
});

describe('points in time', () => {
  const now = new Date(2026, 10, 23, 14, 30, 15, 500); // local 2026-11-23 14:30:15.5

  it('reads now, clock times, today / yesterday / tomorrow (and Japanese), relative times and ISO-8601', () => {
    const cases: [string, Date][] = [
      ['now', now],
      ['今', now],
      ['9:05', new Date(2026, 10, 23, 9, 5, 0)],
      ['09:05:07', new Date(2026, 10, 23, 9, 5, 7)],
      ['today', new Date(2026, 10, 23)],
      ['yesterday 9:00', new Date(2026, 10, 22, 9, 0)],
      ['昨日 9:00', new Date(2026, 10, 22, 9, 0)],
      ['tomorrow 23:59', new Date(2026, 10, 24, 23, 59)],
      ['明日', new Date(2026, 10, 24)],
      ['15m ago', new Date(now.getTime() - 900_000)],
      ['2 hours ago', new Date(now.getTime() - 7_200_000)],
      ['3d', new Date(now.getTime() - 3 * 86_400_000)],
      ['1時間前', new Date(now.getTime() - 3_600_000)],
      ['2026-11-20T01:02:03Z', new Date(Date.UTC(2026, 10, 20, 1, 2, 3))],
      ['2026-11-20 09:00', new Date(2026, 10, 20, 9, 0)],
      ['2026-11-20', new Date(2026, 10, 20)],
      ['2026-11-20T09:00:00+09:00', new Date(Date.UTC(2026, 10, 20, 0, 0))],
    ];
    for (const [input, at] of cases) expect(parseTime(input, now).toISOString(), input).toBe(at.toISOString());
  });

  it('refuses the rest with exit 2, naming the flag and the value', () => {
    for (const input of ['', '  ', '24:00', '9:60', '9:00:60', 'yesterday 25:00', 'today x', 'someday', '2026-02-30', '1969-12-31T00:00:00Z', '2200-01-02', '10:00 ago', 'x9:00', '9:00x', '0', '5', '5x ago', '3 days later']) {
      const e = refusal(() => parseTime(input, now, '--since'), { input: JSON.stringify(input) });
      expect([e.exit, e.key, e.params], JSON.stringify(input)).toEqual([2, 'error.badTime', { flag: '--since', value: input }]);
    }
  });

  it('reads stored UTC times exactly and refuses days a month does not have', () => {
    expect(parseIsoTime('2026-11-23T09:00:00.123Z')?.toISOString()).toBe('2026-11-23T09:00:00.123Z');
    expect(parseIsoTime('2026-11-23T09:00Z')?.toISOString()).toBe('2026-11-23T09:00:00.000Z');
    expect(parseIsoTime('2026-02-29T00:00:00Z')).toBeUndefined();
    expect(parseIsoTime('2028-02-29T00:00:00Z')?.toISOString()).toBe('2028-02-29T00:00:00.000Z');
    expect(parseIsoTime('1970-01-01T00:00:00Z')?.getTime()).toBe(0);
    expect(parseIsoTime('2200-01-01T00:00:00Z')?.getTime()).toBe(Date.UTC(2200, 0, 1));
    expect(parseIsoTime('2200-01-01T00:00:01Z')).toBeUndefined();
    expect(parseIsoTime('1969-12-31T23:59:59Z')).toBeUndefined();
    expect(parseIsoTime('2026-11-23', { withTime: true })).toBeUndefined();
    expect(parseIsoTime('2026-11-23 09:00', { withTime: true })?.getTime()).toBe(new Date(2026, 10, 23, 9, 0).getTime());
    expect(parseIsoTime('２０２６-１１-２３')?.getTime()).toBe(new Date(2026, 10, 23).getTime());
    expect(parseIsoTime('23/11/2026')).toBeUndefined();
  });

  it('reads stored timestamps to the millisecond, and other forms as Date does', () => {
    for (const t of ['2026-11-23T09:08:07.654Z', '1999-01-31T23:59:59.999Z', '2100-12-01T00:00:00.000Z']) expect(epochMs(t), t).toBe(Date.parse(t));
    expect(epochMs('2026-11-23T09:08:07Z')).toBe(Date.UTC(2026, 10, 23, 9, 8, 7));
    expect(epochMs('2026-11-23T09:08:07.654+09:00')).toBe(Date.UTC(2026, 10, 23, 0, 8, 7, 654));
  });
});

describe('durations and times: the edges', () => {
  it.each([
    ['1.25h', 4500],
    ['1.5s', 2],
    ['0.4s', 0],
    ['2 時間', 7200],
    ['1週', 604800],
    ['3 days 2 hrs 10 secs', 3 * 86400 + 7200 + 10],
    ['1w1d1h1m1s', 604800 + 86400 + 3600 + 60 + 1],
  ])('%s is %i seconds (rounded to the second)', (input, seconds) => {
    expect(parseDuration(input)).toBe(seconds);
  });

  it.each(['3 years', '1h 2 weeks ago', '1..5h'])('refuses the duration %j', (input) => {
    expect(refusal(() => parseDuration(input), { input }).key).toBe('error.badDuration');
  });

  it('splits seconds into days, hours, minutes and seconds, the sign apart', () => {
    expect(splitDuration(-(86400 + 3600 + 60 + 1))).toEqual({ sign: '-', days: 1, hours: 1, minutes: 1, seconds: 1 });
    expect(splitDuration(59.6)).toEqual({ sign: '', days: 0, hours: 0, minutes: 1, seconds: 0 });
    expect(formatDurationShort(3605)).toBe('1h');
    expect(formatDurationShort(2 * 86400 + 59)).toBe('2d');
  });

  it('takes relative times back to the first instant it accepts, 1970-01-01, and no further', () => {
    const early = new Date('1970-01-01T00:15:00.000Z');
    expect(parseTime('15m ago', early).toISOString()).toBe('1970-01-01T00:00:00.000Z');
    expect(refusal(() => parseTime('16m ago', early, '--since')).params).toEqual({ flag: '--since', value: '16m ago' });
  });

  it('reads other ISO-8601 forms: a zone without a colon, more than milliseconds, one digit of them', () => {
    expect(parseIsoTime('2026-11-23T09:00:00+0900')?.toISOString()).toBe('2026-11-23T00:00:00.000Z');
    expect(parseIsoTime('2026-11-23T09:00:00.1234Z')?.toISOString()).toBe('2026-11-23T09:00:00.123Z');
    expect(parseIsoTime('2026-11-23T09:00:00.5Z')?.toISOString()).toBe('2026-11-23T09:00:00.500Z');
    expect(parseIsoTime('2026-11-23T9:00Z')).toBeUndefined();
    expect(parseIsoTime('2026-11-23T09:00:00+09')).toBeUndefined();
    expect(parseTime('2026-11-23T09:00:00-05:00', new Date()).toISOString()).toBe('2026-11-23T14:00:00.000Z');
  });
});
