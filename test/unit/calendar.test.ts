import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ALWAYS,
  addBusinessTime,
  businessSecondsBetween,
  formatClosed,
  formatHours,
  intlOffsets,
  isOpen,
  nextOpening,
  parseClosed,
  parseHours,
  type ClosedRange,
  type WeekHours,
} from '../../src/core/calendar.js';
import { japaneseHoliday } from '../../src/io/holidays.js';
import { calendar } from '../helpers/calendar.js';
import { DEFAULT_SLA, dueTimes, heldIn, holdSpans } from '../../src/core/sla.js';
import { localZoneName, processOffsets } from '../../src/io/zone.js';
import { isMainThread } from 'node:worker_threads';

const t = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();
const H = 3600;

describe('business time: the worked examples (SPEC §8)', () => {
  const business = calendar();

  it('a 4-hour target opened on Friday at 17:00 is due on Monday at 12:00 (Tokyo)', () => {
    expect(iso(addBusinessTime(business, t('2027-05-14T17:00:00+09:00'), 4 * H))).toBe('2027-05-17T03:00:00.000Z');
    expect(businessSecondsBetween(business, t('2027-05-14T17:00:00+09:00'), t('2027-05-17T12:00:00+09:00'))).toBe(4 * H);
  });

  it('skips Golden Week 2027: Friday 4/30 17:00 + 4h is Thursday 5/6 12:00', () => {
    expect(iso(addBusinessTime(business, t('2027-04-30T17:00:00+09:00'), 4 * H))).toBe('2027-05-06T03:00:00.000Z');
    // 昭和の日 (Thursday 4/29) is closed too: from Wednesday 17:00, 2 hours end on Friday 10:00.
    expect(iso(addBusinessTime(business, t('2027-04-28T17:00:00+09:00'), 2 * H))).toBe('2027-04-30T01:00:00.000Z');
  });

  it('skips 年末年始 12/29–1/3 and New Year\'s Day', () => {
    expect(iso(addBusinessTime(business, t('2027-12-28T16:00:00+09:00'), 4 * H))).toBe('2028-01-04T02:00:00.000Z');
    expect(businessSecondsBetween(business, t('2027-12-28T09:00:00+09:00'), t('2028-01-04T18:00:00+09:00'))).toBe(18 * H);
  });

  it('counts the one-off holidays of 2019 (the ten days of Golden Week)', () => {
    expect(iso(addBusinessTime(business, t('2019-04-26T17:00:00+09:00'), 2 * H))).toBe('2019-05-07T01:00:00.000Z');
    // Measured after spans of 2027 on the same calendar (its running totals start again earlier).
    expect(businessSecondsBetween(business, t('2027-05-06T09:00:00+09:00'), t('2027-05-17T18:00:00+09:00'))).toBe(8 * 9 * H);
    expect(businessSecondsBetween(business, t('2019-04-26T09:00:00+09:00'), t('2019-05-07T18:00:00+09:00'))).toBe(18 * H);
    expect(businessSecondsBetween(business, t('2027-05-06T09:00:00+09:00'), t('2027-05-17T18:00:00+09:00'))).toBe(8 * 9 * H);
  });

  it('leaves out a lunch break', () => {
    const lunch = calendar({ hoursText: 'mon-fri 09:00-12:00,13:00-18:00' });
    expect(iso(addBusinessTime(lunch, t('2027-05-10T11:00:00+09:00'), 2 * H))).toBe('2027-05-10T05:00:00.000Z');
    expect(isOpen(lunch, t('2027-05-10T12:30:00+09:00'))).toBe(false);
    expect(iso(nextOpening(lunch, t('2027-05-10T12:30:00+09:00')))).toBe('2027-05-10T04:00:00.000Z');
  });

  it('a target that ends at closing time is due then, not at the next opening', () => {
    expect(iso(addBusinessTime(business, t('2027-05-14T17:00:00+09:00'), H))).toBe('2027-05-14T09:00:00.000Z');
  });

  it('a zero target counts from the next opening', () => {
    expect(iso(addBusinessTime(business, t('2027-05-15T10:00:00+09:00'), 0))).toBe('2027-05-17T00:00:00.000Z');
    expect(iso(addBusinessTime(business, t('2027-05-17T10:00:00+09:00'), 0))).toBe('2027-05-17T01:00:00.000Z');
  });

  it('a team in Berlin across the change to summer time (2027-03-28) and back (2027-10-31)', () => {
    const berlin = calendar({ zone: 'Europe/Berlin', hoursText: 'mon-fri 09:00-17:00', holiday: () => null, closedText: 'none' });
    // Friday 16:00 CET + 2h: 1h on Friday, Monday opens at 09:00 CEST (07:00Z).
    expect(iso(addBusinessTime(berlin, t('2027-03-26T15:00:00Z'), 2 * H))).toBe('2027-03-29T08:00:00.000Z');
    // Friday 16:00 CEST (14:00Z) + 2h: Monday opens at 09:00 CET (08:00Z).
    expect(iso(addBusinessTime(berlin, t('2027-10-29T14:00:00Z'), 2 * H))).toBe('2027-11-01T09:00:00.000Z');
    const daily = calendar({ zone: 'Europe/Berlin', hoursText: 'mon-sun 00:00-24:00', holiday: () => null, closedText: 'none' });
    // The night the clocks go forward has 23 hours, the night they go back 25: a day of open time is 24 real hours.
    expect(businessSecondsBetween(daily, t('2027-03-27T23:00:00Z'), t('2027-03-28T22:00:00Z'))).toBe(23 * H);
    expect(businessSecondsBetween(daily, t('2027-10-30T22:00:00Z'), t('2027-10-31T23:00:00Z'))).toBe(25 * H);
    expect(iso(addBusinessTime(daily, t('2027-03-27T11:00:00Z'), 24 * H))).toBe('2027-03-28T11:00:00.000Z');
    // Open 01:00–04:00 local: on 3/28 that is 01:00 CET to 04:00 CEST, two real hours.
    const night = calendar({ zone: 'Europe/Berlin', hoursText: 'sun 01:00-04:00', holiday: () => null, closedText: 'none' });
    expect(businessSecondsBetween(night, t('2027-03-27T00:00:00Z'), t('2027-03-29T00:00:00Z'))).toBe(2 * H);
    expect(isOpen(night, t('2027-03-28T01:30:00Z'))).toBe(true);
    expect(isOpen(night, t('2027-03-28T02:00:00Z'))).toBe(false);
  });

  it('"always" is plain elapsed time', () => {
    expect(addBusinessTime(ALWAYS, t('2027-05-14T17:00:00+09:00'), 4 * H)).toBe(t('2027-05-14T21:00:00+09:00'));
    expect(businessSecondsBetween(ALWAYS, t('2027-05-14T00:00:00Z'), t('2027-05-12T00:00:00Z'))).toBe(-48 * H);
  });
});

describe('reading calendars as typed', () => {
  it('reads hours with a lunch break, a Saturday and Japanese weekdays', () => {
    const week = parseHours('mon-fri 09:00-12:00,13:00-18:00; sat 10:00-14:00')!;
    expect(week[1]).toEqual([{ start: 540, end: 720 }, { start: 780, end: 1080 }]);
    expect(week[6]).toEqual([{ start: 600, end: 840 }]);
    expect(week[0]).toEqual([]);
    expect(formatHours(week)).toBe('mon-fri 09:00-12:00,13:00-18:00; sat 10:00-14:00');
    expect(formatHours(parseHours('月-金 9:00-18:00')!)).toBe('mon-fri 09:00-18:00');
  });

  it.each(['', 'mon-fri', 'mon-fri 18:00-09:00', 'mon-fri 09:00-25:00', 'xyz 09:00-10:00', 'mon 09:00-12:00,11:00-13:00', 'mon 9-18'])('refuses hours %j', (text) => {
    expect(parseHours(text)).toBeNull();
  });

  it('reads closed days: yearly ranges across the year end, dated ranges, single days', () => {
    const closed = parseClosed('12/29-1/3 年末年始, 2027-08-13..2027-08-16 夏季休業; 05/01')!;
    expect(closed).toEqual<ClosedRange[]>([
      { kind: 'yearly', from: [12, 29], to: [1, 3], label: '年末年始' },
      { kind: 'dated', from: '2027-08-13', to: '2027-08-16', label: '夏季休業' },
      { kind: 'yearly', from: [5, 1], to: [5, 1], label: '' },
    ]);
    expect(formatClosed(closed)).toBe('12/29-01/03 年末年始, 2027-08-13..2027-08-16 夏季休業, 05/01');
    expect(parseClosed('none')).toEqual([]);
  });

  it.each(['2/30', '13/01-01/02', '2027-08-16..2027-08-13', '2027-02-29', '12/29-'])('refuses closed days %j', (text) => {
    expect(parseClosed(text)).toBeNull();
  });
});

// ---- properties --------------------------------------------------------------------------------------

const ZONES = ['Asia/Tokyo', 'Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata', 'America/St_Johns'];

const spanArb = fc
  .tuple(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 1, max: 1440 }))
  .filter(([a, b]) => b > a)
  .map(([start, end]) => ({ start, end }));
const dayArb = fc.array(spanArb, { maxLength: 3 }).map((spans) => {
  // Non-overlapping, in order: keep each span that starts after the last kept one ends.
  const out: { start: number; end: number }[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) if (!out.length || s.start >= out[out.length - 1].end) out.push(s);
  return out;
});
const weekArb = fc.array(dayArb, { minLength: 7, maxLength: 7 }).filter((w) => w.some((d) => d.length > 0)) as fc.Arbitrary<WeekHours>;
const calendarArb = fc.record({
  zone: fc.constantFrom(...ZONES),
  hours: weekArb,
  closedText: fc.constantFrom('none', '12/29-01/03 年末年始', '08/13-08/16, 2027-02-01..2027-03-15'),
  jp: fc.boolean(),
}).map(({ zone, hours, closedText, jp }) => calendar({ zone, hours, closedText, holiday: jp ? japaneseHoliday : () => null }));
// Instants from 2026 to 2029, to the second; targets up to six weeks.
const instantArb = fc.integer({ min: t('2026-01-01T00:00:00Z') / 1000, max: t('2029-01-01T00:00:00Z') / 1000 }).map((s) => s * 1000);
const secondsArb = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 8 * H }), fc.integer({ min: 0, max: 42 * 86400 }));

// Under mutation testing (INCIDENT_MUTATE) every mutant of calendar.ts runs these to the end unless
// it fails them: a fifth of the cases there; the worked examples above and in calendar-days.test.ts
// pin the arithmetic, and `npm test` tries them all.
const cases = (n: number) => (process.env.INCIDENT_MUTATE ? Math.ceil(n / 5) : n);

describe('business time: properties', () => {
  it('adding a duration and measuring it back agree', () => {
    fc.assert(
      fc.property(calendarArb, instantArb, secondsArb, (cal, start, seconds) => {
        const due = addBusinessTime(cal, start, seconds);
        expect(due).toBeGreaterThanOrEqual(start);
        expect(businessSecondsBetween(cal, start, due)).toBe(seconds);
      }),
      { numRuns: cases(300) },
    );
  });

  it('a due time never falls in closed time (at most at the end of a working span)', () => {
    fc.assert(
      fc.property(calendarArb, instantArb, secondsArb, (cal, start, seconds) => {
        const due = addBusinessTime(cal, start, seconds);
        expect(seconds === 0 ? isOpen(cal, due) : isOpen(cal, due - 1)).toBe(true);
      }),
      { numRuns: cases(300) },
    );
  });

  it('two targets in a row make one of their sum', () => {
    fc.assert(
      fc.property(calendarArb, instantArb, secondsArb, secondsArb, (cal, start, a, b) => {
        const due = addBusinessTime(cal, addBusinessTime(cal, start, a), b);
        expect(businessSecondsBetween(cal, start, due)).toBe(a + b);
      }),
      { numRuns: cases(200) },
    );
  });

  it('"always" gives exactly the around-the-clock arithmetic', () => {
    fc.assert(
      fc.property(instantArb, secondsArb, (start, seconds) => {
        expect(addBusinessTime(ALWAYS, start, seconds)).toBe(start + seconds * 1000);
        expect(businessSecondsBetween(ALWAYS, start, start + seconds * 1000)).toBe(seconds);
      }),
      { numRuns: cases(100) },
    );
  });

  // A worker thread's TZ is its own copy: only the main thread's reaches the clock (npm run mutate runs in threads).
  it.skipIf(!isMainThread)('the process-clock offsets agree with Intl\'s', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.array(instantArb, { minLength: 1, maxLength: 5 }), (zone, instants) => {
        expect(processOffsets(zone, instants)).toEqual(intlOffsets(zone, instants));
      }),
      { numRuns: cases(100) },
    );
  });
});

describe('due times in a calendar (core/sla.ts)', () => {
  const business = calendar();
  const targets = { ...DEFAULT_SLA, calendars: { P3: business, P4: business, P5: business, unclassified: business } };

  it('counts P3 in business hours and P1 around the clock', () => {
    expect(dueTimes('P3', '2027-05-14T08:00:00.000Z', 0, targets)).toEqual({
      responseDueAt: '2027-05-17T03:00:00.000Z',
      // 72 working hours: 1h Friday, 9h × 7 days (5/17–5/21, 5/24, 5/25), 8h on Wednesday 5/26 → 17:00 JST.
      resolveDueAt: '2027-05-26T08:00:00.000Z',
    });
    expect(dueTimes('P1', '2027-05-14T08:00:00.000Z', 0, targets)).toEqual({ responseDueAt: '2027-05-14T08:15:00.000Z', resolveDueAt: '2027-05-14T12:00:00.000Z' });
    expect(dueTimes(null, '2027-05-14T08:00:00.000Z', 0, targets).responseDueAt).toBe('2027-05-17T03:00:00.000Z');
  });

  it('a hold counts by the working time it took', () => {
    // On hold from Friday 17:30 to Monday 10:00 JST: 30 minutes + 1 hour of working time.
    const spans = holdSpans([
      { at: '2027-05-14T08:00:00.000Z', from: null, to: 'open' },
      { at: '2027-05-14T08:10:00.000Z', from: 'open', to: 'classified' },
      { at: '2027-05-14T08:30:00.000Z', from: 'classified', to: 'on_hold' },
      { at: '2027-05-17T01:00:00.000Z', from: 'on_hold', to: 'classified' },
    ]);
    expect(spans).toEqual([[t('2027-05-14T08:30:00Z'), t('2027-05-17T01:00:00Z')]]);
    const held = { seconds: (t('2027-05-17T01:00:00Z') - t('2027-05-14T08:30:00Z')) / 1000, spans: () => spans };
    expect(heldIn(business, held)).toBe(1.5 * H);
    expect(heldIn(ALWAYS, held)).toBe(held.seconds);
    // 4h + 1.5h from Friday 17:00: 1h Friday, 4.5h Monday → 13:30 JST.
    expect(dueTimes('P3', '2027-05-14T08:00:00.000Z', held, targets).responseDueAt).toBe('2027-05-17T04:30:00.000Z');
    // A hold still running ends now.
    expect(holdSpans([{ at: '2027-05-14T08:30:00.000Z', from: 'classified', to: 'on_hold' }], { since: '2027-05-14T08:30:00.000Z', until: new Date('2027-05-14T09:00:00Z') })).toEqual([
      [t('2027-05-14T08:30:00Z'), t('2027-05-14T09:00:00Z')],
    ]);
  });
});

describe('the local zone\'s name (io/zone.ts), for a database server\'s session', () => {
  it('reads TZ as the C library does: a name, `:name`, a path into zoneinfo, a POSIX rule; empty is UTC', () => {
    expect(localZoneName({ TZ: 'Asia/Tokyo' })).toBe('Asia/Tokyo');
    expect(localZoneName({ TZ: ':Europe/Berlin' })).toBe('Europe/Berlin');
    expect(localZoneName({ TZ: '/usr/share/zoneinfo/America/New_York' })).toBe('America/New_York');
    expect(localZoneName({ TZ: 'JST-9' })).toBe('JST-9');
    expect(localZoneName({ TZ: '' })).toBe('UTC');
  });
});
