import { describe, expect, it } from 'vitest';
import {
  ALWAYS,
  addBusinessTime,
  businessSecondsBetween,
  canonicalZone,
  closesEveryDay,
  day,
  dayAt,
  dayNumber,
  formatClosed,
  formatHours,
  isOpen,
  localInstant,
  localText,
  parseClosed,
  parseHours,
  type Calendar,
} from '../../src/core/calendar.js';
import { calendar } from '../helpers/calendar.js';
import { refusal } from '../helpers/refusal.js';

/**
 * Business calendars as a team sees them (SPEC §8, docs/sla-and-check.md, docs/configuration.md):
 * what a day is (open, a holiday, a closed day), local times in the calendar's zone, and the hours
 * and closed days as typed. Expected values worked out by hand; offsets from Intl, which worker
 * threads see too (docs/testing.md).
 */

const t = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();
const H = 3600;

describe('what a day of the calendar is (calendar show)', () => {
  const business = calendar();

  it('a working Monday: its date, weekday, start and open span', () => {
    expect(day(business, dayNumber('2027-05-17'))).toEqual({
      n: dayNumber('2027-05-17'),
      date: '2027-05-17',
      weekday: 1,
      start: t('2027-05-16T15:00:00Z'),
      spans: [[t('2027-05-17T00:00:00Z'), t('2027-05-17T09:00:00Z')]],
      holiday: null,
      closed: null,
    });
  });

  it.each([
    ['2027-05-03', 1, '憲法記念日', null],
    ['2027-12-28', 2, null, null],
    ['2027-12-29', 3, null, '年末年始'],
    ['2028-01-01', 6, '元日', null],
    ['2028-01-03', 1, null, '年末年始'],
    ['2028-01-04', 2, null, null],
  ])('%s: weekday %i, holiday %s, closed %s', (date, weekday, holiday, closed) => {
    const d = day(business, dayNumber(date));
    expect([d.date, d.weekday, d.holiday, d.closed]).toEqual([date, weekday, holiday, closed]);
    expect(d.spans.length).toBe(holiday || closed || weekday === 0 || weekday === 6 ? 0 : 1);
  });

  it('names a closed day without a label by its range, and closes both ends of a range', () => {
    const team = calendar({ closedText: '08/13-08/16, 2027-09-06..2027-09-08, 05/01', holiday: () => null });
    const closed = (date: string) => day(team, dayNumber(date)).closed;
    expect([closed('2027-08-12'), closed('2027-08-13'), closed('2027-08-16'), closed('2027-08-17')]).toEqual([null, '08/13-08/16', '08/13-08/16', null]);
    expect([closed('2027-09-05'), closed('2027-09-06'), closed('2027-09-08'), closed('2027-09-09')]).toEqual([null, '2027-09-06..2027-09-08', '2027-09-06..2027-09-08', null]);
    expect([closed('2028-09-06'), closed('2028-05-01'), closed('2028-04-30')]).toEqual([null, '05/01', null]);
  });

  it('counts weekdays before 1970 too (1969-12-27 was a Saturday)', () => {
    expect(day(ALWAYS, dayNumber('1969-12-27')).weekday).toBe(6);
    expect(day(ALWAYS, dayNumber('1969-12-31')).weekday).toBe(3);
  });

  it('finds the local date of an instant', () => {
    expect(dayAt(business, t('2027-05-16T15:00:00Z'))).toBe(dayNumber('2027-05-17'));
    expect(dayAt(business, t('2027-05-16T14:59:59.999Z'))).toBe(dayNumber('2027-05-16'));
    expect(dayAt(business, t('2027-05-17T14:59:59.999Z'))).toBe(dayNumber('2027-05-17'));
    const ny = calendar({ zone: 'America/New_York' });
    expect(dayAt(ny, t('2027-05-17T03:59:59Z'))).toBe(dayNumber('2027-05-16'));
    expect(dayAt(ny, t('2027-05-17T04:00:00Z'))).toBe(dayNumber('2027-05-17'));
    expect(dayAt(ALWAYS, t('2027-05-17T23:59:59Z'))).toBe(dayNumber('2027-05-17'));
  });

  it('is open from the first to the last working minute, not at closing time', () => {
    expect(isOpen(business, t('2027-05-17T00:00:00Z'))).toBe(true);
    expect(isOpen(business, t('2027-05-16T23:59:59.999Z'))).toBe(false);
    expect(isOpen(business, t('2027-05-17T08:59:59.999Z'))).toBe(true);
    expect(isOpen(business, t('2027-05-17T09:00:00Z'))).toBe(false);
    expect(isOpen(business, t('2027-05-15T03:00:00Z'))).toBe(false);
    expect(isOpen(ALWAYS, t('2027-05-15T03:00:00Z'))).toBe(true);
  });
});

describe('business time: more worked examples', () => {
  const business = calendar();

  it('measures backwards as a negative span, and nothing between an instant and itself', () => {
    // Monday 12:00 JST back to Friday 17:00 JST: 3 hours on Monday, 1 on Friday.
    expect(businessSecondsBetween(business, t('2027-05-17T03:00:00Z'), t('2027-05-14T08:00:00Z'))).toBe(-4 * H);
    expect(businessSecondsBetween(business, t('2027-05-17T03:00:00Z'), t('2027-05-17T03:00:00Z'))).toBe(0);
  });

  it.each([
    // Monday 17:00 JST to Wednesday 10:00 JST: 1 + 9 + 1.
    ['2027-05-17T08:00:00Z', '2027-05-19T01:00:00Z', 11 * H],
    // Monday 17:00 to Thursday 10:00: 1 + 9 + 9 + 1.
    ['2027-05-17T08:00:00Z', '2027-05-20T01:00:00Z', 20 * H],
    // Monday 17:00 to the next Monday 10:00: 1 + 4 × 9 + 1.
    ['2027-05-17T08:00:00Z', '2027-05-24T01:00:00Z', 38 * H],
    // Saturday to Sunday: nothing open.
    ['2027-05-15T01:00:00Z', '2027-05-16T08:00:00Z', 0],
    // Tuesday 12/28 09:00 JST to Tuesday 1/4 12:00: 9 hours, then 年末年始, then 3 hours.
    ['2027-12-28T00:00:00Z', '2028-01-04T03:00:00Z', 12 * H],
  ])('from %s to %s', (a, b, seconds) => {
    expect(businessSecondsBetween(business, t(a), t(b))).toBe(seconds);
  });

  it('a negative target counts as none: due at the next opening', () => {
    expect(iso(addBusinessTime(business, t('2027-05-15T01:00:00Z'), -H))).toBe('2027-05-17T00:00:00.000Z');
  });

  it('refuses a calendar with no working hour in the next ten years, naming it (exit 2)', () => {
    const closed: Calendar = { ...ALWAYS, name: 'shut', always: false, hours: parseHours('mon-fri 09:00-18:00')!, holiday: () => '休業' };
    const e = refusal(() => addBusinessTime(closed, t('2027-05-17T00:00:00Z'), H));
    expect([e.exit, e.key, e.params]).toEqual([2, 'calendar.neverOpen', { name: 'shut' }]);
  });
});

describe('local times in a calendar\'s zone (calendar due --from, show)', () => {
  it.each([
    ['Asia/Tokyo', '2027-05-17', 9 * 60, '2027-05-17T00:00:00.000Z'],
    ['Europe/Berlin', '2027-03-28', 60, '2027-03-28T00:00:00.000Z'],
    // 02:30 does not exist on 2027-03-28 in Berlin: it moves forward to 03:30 CEST.
    ['Europe/Berlin', '2027-03-28', 150, '2027-03-28T01:30:00.000Z'],
    ['Europe/Berlin', '2027-03-28', 240, '2027-03-28T02:00:00.000Z'],
    // 02:30 happens twice on 2027-10-31: the first, in CEST.
    ['Europe/Berlin', '2027-10-31', 150, '2027-10-31T00:30:00.000Z'],
    ['Europe/Berlin', '2027-10-31', 180, '2027-10-31T02:00:00.000Z'],
    // New York springs forward on 2027-03-14: 02:30 is 03:30 EDT.
    ['America/New_York', '2027-03-14', 150, '2027-03-14T07:30:00.000Z'],
    ['America/New_York', '2027-11-07', 90, '2027-11-07T05:30:00.000Z'],
  ])('%s: %s at minute %i is %s', (zone, date, minute, instant) => {
    expect(iso(localInstant(calendar({ zone }), date, minute))).toBe(instant);
  });

  it.each([
    ['Asia/Tokyo', '2027-05-17T03:00:00Z', '2027-05-17 12:00', '+09:00'],
    ['America/New_York', '2027-01-15T17:00:00Z', '2027-01-15 12:00', '-05:00'],
    ['America/New_York', '2027-07-15T16:00:00Z', '2027-07-15 12:00', '-04:00'],
    ['Asia/Kolkata', '2027-01-15T06:30:00Z', '2027-01-15 12:00', '+05:30'],
    ['America/St_Johns', '2027-01-15T15:30:00Z', '2027-01-15 12:00', '-03:30'],
    ['Australia/Lord_Howe', '2027-01-15T01:00:00Z', '2027-01-15 12:00', '+11:00'],
    ['Australia/Lord_Howe', '2027-07-15T01:30:00Z', '2027-07-15 12:00', '+10:30'],
    ['UTC', '2027-01-15T12:00:00Z', '2027-01-15 12:00', '+00:00'],
  ])('%s: %s is %s %s', (zone, instant, text, offset) => {
    expect(localText(calendar({ zone }), t(instant))).toEqual({ text, offset });
  });

  it('knows a zone by its canonical name, whatever its case; not one Intl does not know', () => {
    expect(canonicalZone('asia/tokyo')).toBe('Asia/Tokyo');
    expect(canonicalZone('UTC')).toBe('UTC');
    expect(canonicalZone('Mars/Olympus_Mons')).toBeNull();
  });
});

describe('working hours as typed', () => {
  it.each([
    ['monday-friday 09:00-18:00', 'mon-fri 09:00-18:00'],
    ['MON-FRI 9:00-18:00', 'mon-fri 09:00-18:00'],
    ['月曜-金曜日 9:00-18:00', 'mon-fri 09:00-18:00'],
    ['月-金 9:00-18:00；土 10:00-14:00', 'mon-fri 09:00-18:00; sat 10:00-14:00'],
    ['月、水 9:00-12:00', 'mon 09:00-12:00; wed 09:00-12:00'],
    ['mon,wed,fri 09:00-12:00', 'mon 09:00-12:00; wed 09:00-12:00; fri 09:00-12:00'],
    // A range through the weekend; Monday is written first, as a working week is read.
    ['fri-mon 10:00-16:00', 'mon 10:00-16:00; fri-sun 10:00-16:00'],
    ['sun 10:00-12:00', 'sun 10:00-12:00'],
    ['mon-sun 00:00-24:00', 'mon-sun 00:00-24:00'],
    ['mon 13:00-18:00,09:00-12:00', 'mon 09:00-12:00,13:00-18:00'],
    ['mon 09:00-12:00,12:00-13:00', 'mon 09:00-12:00,12:00-13:00'],
    ['mon 09:00〜12:00 13:00~18:00', 'mon 09:00-12:00,13:00-18:00'],
    ['mon 09:00–12:00、13:00-18:00', 'mon 09:00-12:00,13:00-18:00'],
    ['mon-fri 09:00-18:00; ; sat 10:00-14:00', 'mon-fri 09:00-18:00; sat 10:00-14:00'],
  ])('%s reads as %s', (text, canonical) => {
    expect(formatHours(parseHours(text)!)).toBe(canonical);
  });

  it('reads a span to midnight', () => {
    expect(parseHours('mon 23:00-24:00')![1]).toEqual([{ start: 1380, end: 1440 }]);
  });

  it.each([
    ';',
    'mon-fri 09:00-18:00; fri 10:00-12:00',
    'mon-tue-wed 09:00-10:00',
    'mon 09:00-24:01',
    'mon 09:60-10:00',
    'mon 09:00-09:00',
    'mon 09:00-10:00-11:00',
    'mon 09:00',
    'mon 100:00-101:00',
    'mon-xyz 09:00-10:00',
    'mon 09:00-12:00,xx-13:00',
  ])('refuses hours %j', (text) => {
    expect(parseHours(text)).toBeNull();
  });

  it('writes a week with no working hour as nothing', () => {
    expect(formatHours([[], [], [], [], [], [], []])).toBe('');
  });
});

describe('closed days as typed', () => {
  it.each(['none', 'NONE', 'off', '-', 'なし', '', '   '])('%j is no closed day', (text) => {
    expect(parseClosed(text)).toEqual([]);
    expect(formatClosed(parseClosed(text)!)).toBe('none');
  });

  it.each([
    ['2027-08-13~2027-08-16 夏季休業', '2027-08-13..2027-08-16 夏季休業'],
    ['2027-08-13〜2027-08-16', '2027-08-13..2027-08-16'],
    ['2027-08-13..2027-08-13', '2027-08-13'],
    ['2027-12-27', '2027-12-27'],
    ['12/29~1/3', '12/29-01/03'],
    ['12/29..1/3', '12/29-01/03'],
    ['12/29〜1/3 年末年始', '12/29-01/03 年末年始'],
    ['  05/01   創立記念日  ', '05/01 創立記念日'],
    ['5/1-5/1', '05/01'],
    ['02/29', '02/29'],
    ['05/01\n08/13-08/16 夏季休業', '05/01, 08/13-08/16 夏季休業'],
    ['05/01、08/13；2027-12-27', '05/01, 08/13, 2027-12-27'],
  ])('%j reads as %j', (text, canonical) => {
    expect(formatClosed(parseClosed(text)!)).toBe(canonical);
  });

  it.each(['1/2/3', '1/2-3/4-5/6', '00/10', '01/00', '04/31', '2027-02-30', '2027-13-01', '2027-00-10', '2027-08-32', '2027-08-13..2027-02-30', 'tomorrow'])('refuses closed days %j', (text) => {
    expect(parseClosed(text)).toBeNull();
  });

  it.each([
    ['01/01-12/31', true],
    ['01/02-01/01', true],
    ['01/01-06/30, 07/01-12/31', true],
    ['03/01-02/29', true],
    ['12/29-01/03', false],
    // February 29th stays open.
    ['01/01-02/28, 03/01-12/31', false],
    ['03/01-02/28', false],
    // Closed once: other years stay open.
    ['2027-01-01..2027-12-31', false],
    ['02/29', false],
  ])('%s closes every day of the year: %s', (text, every) => {
    expect(closesEveryDay(parseClosed(text)!)).toBe(every);
  });
});
