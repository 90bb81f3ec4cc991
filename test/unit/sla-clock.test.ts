import { describe, expect, it } from 'vitest';
import { ALWAYS } from '../../src/core/calendar.js';
import { DEFAULT_SLA, dueTimes, dueTimesAfter, heldIn, holdSpans, slaOutcome, targetFor, type SlaTargets } from '../../src/core/sla.js';
import { calendar } from '../helpers/calendar.js';

/**
 * SPEC §8: targets per priority, the unclassified response clock, time on hold that does not count
 * (in a business calendar: only the working hours it took), and how a target stands in a report.
 * Every expected instant and number is worked out by hand in the comments.
 */

// The default business calendar (docs/sla-and-check.md): Mon–Fri 09:00–18:00 Asia/Tokyo, Japanese
// holidays, 12/29–1/3 closed.
const business = calendar();
const t = (iso: string) => Date.parse(iso);
const H = 3600;

describe('the targets an incident has (SPEC §8 defaults, sla.unclassified)', () => {
  it.each([
    ['P1', 15 * 60, 4 * H],
    ['P2', 30 * 60, 8 * H],
    ['P3', 4 * H, 3 * 86400],
    ['P4', 86400, 5 * 86400],
    ['P5', null, null],
  ] as const)('%s: response %s s, resolution %s s', (priority, response, resolve) => {
    expect(targetFor(priority)).toEqual({ response, resolve });
  });

  it('without a priority only a response clock runs: P3\'s by default, sla.unclassified when set, none when set to none', () => {
    expect(targetFor(null)).toEqual({ response: 4 * H, resolve: null });
    expect(targetFor(null, { ...DEFAULT_SLA, unclassified: H })).toEqual({ response: H, resolve: null });
    expect(targetFor(null, { ...DEFAULT_SLA, unclassified: null })).toEqual({ response: null, resolve: null });
    expect(dueTimes(null, '2026-11-23T10:00:00.000Z', 0, { ...DEFAULT_SLA, unclassified: null })).toEqual({ responseDueAt: null, resolveDueAt: null });
    expect(dueTimes(null, '2026-11-23T10:00:00.000Z', 0, { ...DEFAULT_SLA, unclassified: 30 * 60 }).responseDueAt).toBe('2026-11-23T10:30:00.000Z');
  });

  it('each priority counts in its own calendar; one without a calendar counts around the clock', () => {
    // Only the unclassified clock is in business hours: a P3 opened Friday 17:00 JST is due 4 real hours later.
    const targets: SlaTargets = { ...DEFAULT_SLA, calendars: { unclassified: business } };
    const friday = '2027-05-14T08:00:00.000Z';
    expect(dueTimes('P3', friday, 0, targets).responseDueAt).toBe('2027-05-14T12:00:00.000Z');
    // Without a priority: 1h on Friday, 3h on Monday from 09:00 → 12:00 JST.
    expect(dueTimes(null, friday, 0, targets).responseDueAt).toBe('2027-05-17T03:00:00.000Z');
    // And the other way round: P3 in business hours, the unclassified clock around the clock.
    const p3 = { ...DEFAULT_SLA, calendars: { P3: business } };
    expect(dueTimes(null, friday, 0, p3).responseDueAt).toBe('2027-05-14T12:00:00.000Z');
    expect(dueTimes('P3', friday, 0, p3).responseDueAt).toBe('2027-05-17T03:00:00.000Z');
  });

  it('an incident opened without a priority keeps the clock it waited under, in that clock\'s calendar', () => {
    const targets: SlaTargets = { ...DEFAULT_SLA, calendars: { unclassified: business, P3: business } };
    const friday = '2027-05-14T08:00:00.000Z';
    // Classified P1 later, before the first classification is recorded: the response stays the
    // unclassified one (4 business hours → Monday 12:00 JST), the resolution is P1's 4 real hours.
    const waiting = { openedAt: friday, classifiedAt: null, responseDueAt: '2027-05-17T03:00:00.000Z', priority: null };
    expect(dueTimesAfter(waiting, 'P1', 0, targets)).toEqual({ responseDueAt: '2027-05-17T03:00:00.000Z', resolveDueAt: '2027-05-14T12:00:00.000Z' });
    // One that had P1 and becomes P3 before its response: P3's response in business hours.
    const p1 = { ...waiting, responseDueAt: '2027-05-14T08:15:00.000Z', priority: 'P1' as const };
    expect(dueTimesAfter(p1, 'P3', 0, targets).responseDueAt).toBe('2027-05-17T03:00:00.000Z');
  });
});

describe('time on hold in a business calendar', () => {
  // On hold from Friday 17:30 JST to Monday 10:00 JST: 2 days 16½ hours on the clock, of which
  // 30 minutes on Friday and 1 hour on Monday are working time.
  const spans: [number, number][] = [[t('2027-05-14T08:30:00Z'), t('2027-05-17T01:00:00Z')]];
  const elapsed = 2 * 86400 + 16.5 * H;

  it.each([
    ['the timeline explains all of it', elapsed, 1.5 * H],
    ['less than a second more: the rounding of the recorded total', elapsed + 0.5, 1.5 * H],
    ['one second more than the timeline shows counts as recorded', elapsed + 1, 1.5 * H + 1],
    ['an imported hour the timeline does not show counts as recorded', elapsed + H, 2.5 * H],
  ])('%s', (_, seconds, expected) => {
    expect(heldIn(business, { seconds, spans: () => spans })).toBe(expected);
  });

  it('counts every span of the hold, and as recorded when the spans are not asked for or the calendar is around the clock', () => {
    // A second hold on Monday 14:00–15:00 JST: one more working hour.
    const two: [number, number][] = [...spans, [t('2027-05-17T05:00:00Z'), t('2027-05-17T06:00:00Z')]];
    expect(heldIn(business, { seconds: elapsed + H, spans: () => two })).toBe(2.5 * H);
    expect(heldIn(business, { seconds: elapsed })).toBe(elapsed);
    expect(heldIn(business, 600)).toBe(600);
    expect(heldIn(ALWAYS, { seconds: elapsed, spans: () => spans })).toBe(elapsed);
  });

  it('reads the hold spans off the timeline: each move to on_hold until the move out of it', () => {
    const timeline = [
      { at: '2027-05-14T08:00:00.000Z', from: null, to: 'open' },
      { at: '2027-05-14T08:30:00.000Z', from: 'open', to: 'on_hold' },
      // A change made while on hold (a note, an edit) neither ends nor restarts it.
      { at: '2027-05-14T09:00:00.000Z', from: 'on_hold', to: 'on_hold' },
      { at: '2027-05-15T09:00:00.000Z', from: null, to: null },
      { at: '2027-05-17T01:00:00.000Z', from: 'on_hold', to: 'classified' },
      { at: '2027-05-17T02:00:00.000Z', from: 'classified', to: 'escalated' },
      { at: '2027-05-17T05:00:00.000Z', from: 'escalated', to: 'on_hold' },
      { at: '2027-05-17T06:00:00.000Z', from: 'on_hold', to: 'escalated' },
    ];
    expect(holdSpans(timeline)).toEqual([
      [t('2027-05-14T08:30:00Z'), t('2027-05-17T01:00:00Z')],
      [t('2027-05-17T05:00:00Z'), t('2027-05-17T06:00:00Z')],
    ]);
    // A move out of on_hold whose start the timeline does not hold (an imported incident): no span.
    expect(holdSpans([{ at: '2027-05-17T01:00:00.000Z', from: 'on_hold', to: 'classified' }])).toEqual([]);
    expect(
      holdSpans([
        { at: '2027-05-14T08:00:00.000Z', from: null, to: 'open' },
        { at: '2027-05-17T01:00:00.000Z', from: 'on_hold', to: 'classified' },
      ]),
    ).toEqual([]);
    expect(holdSpans([])).toEqual([]);
  });
});

describe('how a target stands (reports, show)', () => {
  const due = '2026-11-23T10:00:00.000Z';
  const now = new Date('2026-11-23T12:00:00.000Z');

  it.each([
    ['met a minute early', due, '2026-11-23T09:59:00.000Z', 'resolved', { state: 'met', seconds: 60 }],
    ['missed by 90 seconds', due, '2026-11-23T10:01:30.000Z', 'closed', { state: 'missed', seconds: 90 }],
    ['running, due in an hour', '2026-11-23T13:00:00.000Z', null, 'open', { state: 'running', seconds: 3600 }],
    ['overdue by two hours', due, null, 'escalated', { state: 'overdue', seconds: 2 * H }],
    ['stopped on hold', due, null, 'on_hold', { state: 'stopped', seconds: 0 }],
    ['stopped when cancelled without it', due, null, 'cancelled', { state: 'stopped', seconds: 0 }],
  ] as const)('%s', (_, dueAt, done, status, expected) => {
    expect(slaOutcome(dueAt, done, status, now)).toEqual(expected);
  });

  it('done exactly at the due time is met; due exactly now is still running', () => {
    const met = slaOutcome(due, due, 'resolved', now);
    expect(met.state).toBe('met');
    expect(Math.abs(met.seconds)).toBe(0);
    expect(slaOutcome('2026-11-23T12:00:00.000Z', null, 'open', now)).toEqual({ state: 'running', seconds: 0 });
  });
});
