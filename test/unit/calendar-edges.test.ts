import { describe, expect, it } from 'vitest';
import { addBusinessTime, businessSecondsBetween, intlOffsets, parseClosed, parseHours, type Calendar } from '../../src/core/calendar.js';
import { japaneseHoliday } from '../../src/io/holidays.js';

/** Working hours at the edges: a start at closing time, and spans in the hour the clocks change (SPEC §8). */
const calendar = (zone: string, hours: string, holiday: Calendar['holiday'] = () => null): Calendar => ({
  name: 'team',
  always: false,
  zone,
  hours: parseHours(hours)!,
  holiday,
  closed: parseClosed(zone === 'Asia/Tokyo' ? '12/29-01/03 年末年始' : 'none')!,
  offsets: intlOffsets,
});
const t = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();
const H = 3600;

describe('a start at closing time', () => {
  const business = calendar('Asia/Tokyo', 'mon-fri 09:00-18:00', japaneseHoliday);

  it('a zero target opened at 18:00 counts from the next morning, not from closing time', () => {
    // Monday 2027-05-17 18:00 JST → Tuesday 09:00 JST.
    expect(iso(addBusinessTime(business, t('2027-05-17T09:00:00Z'), 0))).toBe('2027-05-18T00:00:00.000Z');
    expect(iso(addBusinessTime(business, t('2027-05-17T09:00:00Z'), H))).toBe('2027-05-18T01:00:00.000Z');
  });
});

describe('working spans in the hour the clocks change (Berlin, 2027)', () => {
  // Open Sundays 02:30–03:30 local.
  const night = calendar('Europe/Berlin', 'sun 02:30-03:30');

  it('on 3/28 02:30 does not exist: it moves to 03:30, and the span is empty', () => {
    expect(businessSecondsBetween(night, t('2027-03-27T00:00:00Z'), t('2027-03-29T00:00:00Z'))).toBe(0);
  });

  it('on 10/31 02:30 happens twice: the span starts at the first (CEST) and lasts two real hours', () => {
    expect(businessSecondsBetween(night, t('2027-10-30T00:00:00Z'), t('2027-11-01T00:00:00Z'))).toBe(2 * H);
    // It opens at 02:30 CEST (00:30Z).
    expect(iso(addBusinessTime(night, t('2027-10-30T00:00:00Z'), 0))).toBe('2027-10-31T00:30:00.000Z');
  });
});
