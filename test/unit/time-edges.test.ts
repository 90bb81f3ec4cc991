import { describe, expect, it } from 'vitest';
import { epochMs, parseIsoTime, parseTime } from '../../src/core/time.js';
import { refusal as refused } from '../helpers/refusal.js';

/** A refusal's message key and values. */
const refusal = (fn: () => unknown): [string, unknown] => {
  const r = refused(fn);
  return [r.key, r.params];
};

/** The range of instants accepted anywhere (1970-01-01 to 2200-01-01, both included), in every written form. */
describe('times at the ends of the accepted range, with a zone', () => {
  it.each([
    ['1970-01-01T00:00:00+00:00', 0],
    ['1970-01-01T09:00:00+09:00', 0],
    ['2200-01-01T00:00:00+00:00', Date.UTC(2200, 0, 1)],
    ['1969-12-31T23:59:59+00:00', undefined],
    ['2200-01-01T00:00:01+00:00', undefined],
    ['2200-01-01T09:00:01+09:00', undefined],
  ])('%s', (input, ms) => {
    expect(parseIsoTime(input)?.getTime()).toBe(ms);
  });
});

describe('stored timestamps in another form of the same length', () => {
  it('reads a 24-character time with a numeric offset as that offset says', () => {
    expect(epochMs('2026-11-23T09:08:07+0900')).toBe(Date.UTC(2026, 10, 23, 0, 8, 7));
  });
});

describe('points in time as typed: the edges', () => {
  const now = new Date(2026, 10, 23, 14, 30, 15, 500);

  it.each([
    ['today 23:59:59', new Date(2026, 10, 23, 23, 59, 59)],
    ['today  9:00', new Date(2026, 10, 23, 9, 0)],
    ['ｎｏｗ', now],
    ['１５ｍ ａｇｏ', new Date(now.getTime() - 900_000)],
  ])('%j', (input, at) => {
    expect(parseTime(input, now).toISOString()).toBe(at.toISOString());
  });

  it.each(['today 9:00x', 'today x9:00', 'x today', 'today 9:00 x', 'x15m'])('refuses %j as a time', (input) => {
    expect(refusal(() => parseTime(input, now, '--since'))).toEqual(['error.badTime', { flag: '--since', value: input }]);
  });

  it('names the flag "time" when none is given, and refuses a relative time before 1970 as a time', () => {
    expect(refusal(() => parseTime('someday', now))).toEqual(['error.badTime', { flag: 'time', value: 'someday' }]);
    expect(refusal(() => parseTime('16m ago', new Date('1970-01-01T00:15:00.000Z'), '--since'))).toEqual(['error.badTime', { flag: '--since', value: '16m ago' }]);
  });
});

describe('points in time with spaces around, and past the last accepted instant', () => {
  it('reads a time with spaces before and after it', () => {
    const now = new Date(2026, 10, 23, 14, 30, 15, 500);
    expect(parseTime(' yesterday 9:00 ', now).toISOString()).toBe(new Date(2026, 10, 22, 9, 0).toISOString());
    expect(parseIsoTime(' 2026-11-23 ')?.toISOString()).toBe(new Date(2026, 10, 23).toISOString());
  });

  it('refuses tomorrow when it is after 2200-01-01 in any zone', () => {
    expect(refusal(() => parseTime('tomorrow 23:59', new Date('2199-12-31T12:00:00.000Z'), '--eta'))).toEqual(['error.badTime', { flag: '--eta', value: 'tomorrow 23:59' }]);
  });
});
