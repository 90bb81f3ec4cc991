import { describe, expect, it } from 'vitest';
import { epochMs, parseIsoTime } from '../../src/core/time.js';

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
