import { describe, expect, it } from 'vitest';
import { escalates, findAttention, type CheckOptions } from '../../src/core/check.js';
import type { IncidentRecord } from '../../src/core/incident.js';

/**
 * `incident check` (SPEC §8) cell by cell, the expected findings worked out here from the rules:
 * a breach is past the due time, a warning at (or over) the warned share of the target time that
 * counts (holds excluded), stale at (or over) the quiet time, the watch period ended at (or after)
 * its end; most urgent first.
 */

const H = 3600_000;
const T0 = Date.parse('2026-11-23T00:00:00.000Z');
const iso = (ms: number) => new Date(ms).toISOString();

let nextId = 1;
function incident(o: Partial<IncidentRecord>): IncidentRecord {
  return {
    id: nextId++,
    status: 'classified',
    openedAt: iso(T0),
    classifiedAt: iso(T0),
    responseDueAt: null,
    resolveDueAt: null,
    heldSeconds: 0,
    monitorUntil: null,
    major: false,
    priority: 'P3',
    escalationLevel: 0,
    ...o,
  } as IncidentRecord;
}

const options = (nowMs: number, o: Partial<CheckOptions> = {}): CheckOptions => ({
  now: new Date(nowMs),
  warn: 0.8,
  staleSeconds: null,
  lastActivity: new Map(),
  ...o,
});
const kinds = (incidents: IncidentRecord[], o: CheckOptions) => findAttention(incidents, o).map((f) => [f.kind, f.incident.id, f.due]);

describe('check finds what needs attention (SPEC §8)', () => {
  it('warns from 80 % of the target, breaches only past the due time', () => {
    const i = incident({ resolveDueAt: iso(T0 + 10 * H) });
    expect(kinds([i], options(T0 + 8 * H - 1))).toEqual([]);
    expect(kinds([i], options(T0 + 8 * H))).toEqual([['warning', i.id, 'resolve']]);
    expect(findAttention([i], options(T0 + 8 * H))[0].used).toBeCloseTo(0.8, 10);
    expect(kinds([i], options(T0 + 10 * H))).toEqual([['warning', i.id, 'resolve']]);
    expect(kinds([i], options(T0 + 10 * H + 1))).toEqual([['breach', i.id, 'resolve']]);
    expect(kinds([i], options(T0 + 9 * H, { warn: null }))).toEqual([]);
  });

  it('leaves time on hold out of the share used', () => {
    // 10 h target + 2 h held: due at 12 h; at 10 h, 8 of the 10 h counted.
    const i = incident({ resolveDueAt: iso(T0 + 12 * H), heldSeconds: 2 * 3600 });
    expect(kinds([i], options(T0 + 10 * H - 1))).toEqual([]);
    expect(kinds([i], options(T0 + 10 * H))).toEqual([['warning', i.id, 'resolve']]);
  });

  it('checks the response only until classification, and no clock on hold or after resolve', () => {
    const unclassified = incident({ status: 'open', classifiedAt: null, responseDueAt: iso(T0 + H) });
    const classified = incident({ responseDueAt: iso(T0 + H) });
    const held = incident({ status: 'on_hold', resolveDueAt: iso(T0 + H) });
    const resolved = incident({ status: 'resolved', resolveDueAt: iso(T0 + H) });
    expect(kinds([unclassified, classified, held, resolved], options(T0 + 2 * H))).toEqual([['breach', unclassified.id, 'response']]);
  });

  it('is stale from the quiet time on, counting from the last activity or the opening', () => {
    const quiet = incident({});
    const touched = incident({});
    const done = incident({ status: 'closed' });
    const o = (now: number) => options(now, { staleSeconds: 3 * 86400, lastActivity: new Map([[touched.id, iso(T0 + 24 * H)]]) });
    expect(kinds([quiet, touched, done], o(T0 + 72 * H - 1))).toEqual([]);
    expect(kinds([quiet, touched, done], o(T0 + 72 * H))).toEqual([['stale', quiet.id, null]]);
    expect(kinds([quiet, touched, done], o(T0 + 96 * H))).toEqual([
      ['stale', quiet.id, null],
      ['stale', touched.id, null],
    ]);
    const held = incident({ status: 'on_hold' });
    expect(kinds([held], o(T0 + 72 * H))).toEqual([['stale', held.id, null]]);
  });

  it('ends the watch period of a resolved incident at its end', () => {
    const i = incident({ status: 'resolved', monitorUntil: iso(T0 + H) });
    expect(kinds([i], options(T0 + H - 1))).toEqual([]);
    expect(kinds([i], options(T0 + H))).toEqual([['watch-ended', i.id, null]]);
    expect(kinds([incident({ status: 'closed', monitorUntil: iso(T0) })], options(T0 + H))).toEqual([]);
  });

  it('puts the most urgent first: breaches, warnings, stale, watch ended; then major, priority, due time, number', () => {
    const now = T0 + 100 * H;
    const watch = incident({ status: 'resolved', monitorUntil: iso(T0) });
    const stale = incident({});
    const warnP1 = incident({ priority: 'P1', resolveDueAt: iso(now + H), openedAt: iso(now - 9 * H), classifiedAt: iso(now - 9 * H) });
    const breachP3 = incident({ priority: 'P3', resolveDueAt: iso(T0 + 2 * H) });
    const breachP3Earlier = incident({ priority: 'P3', resolveDueAt: iso(T0 + H) });
    const breachP3SameTime = incident({ priority: 'P3', resolveDueAt: iso(T0 + H) });
    const breachP1 = incident({ priority: 'P1', resolveDueAt: iso(T0 + 3 * H) });
    const breachNone = incident({ priority: null, resolveDueAt: iso(T0 + H) });
    const breachMajorP4 = incident({ priority: 'P4', major: true, resolveDueAt: iso(T0 + 5 * H) });
    const all = [watch, stale, warnP1, breachP3, breachNone, breachP3SameTime, breachP3Earlier, breachP1, breachMajorP4];
    expect(findAttention(all, options(now, { staleSeconds: 86400 })).map((f) => [f.kind, f.incident.id])).toEqual([
      ['breach', breachMajorP4.id],
      ['breach', breachP1.id],
      ['breach', breachP3Earlier.id],
      ['breach', breachP3SameTime.id],
      ['breach', breachP3.id],
      ['breach', breachNone.id],
      ['warning', warnP1.id],
      ['stale', breachMajorP4.id],
      ['stale', breachP1.id],
      ['stale', stale.id],
      ['stale', breachP3.id],
      ['stale', breachP3Earlier.id],
      ['stale', breachP3SameTime.id],
      ['stale', breachNone.id],
      ['watch-ended', watch.id],
    ]);
  });
});

describe('a breach escalates automatically (config escalate.priority, escalate.maxLevel)', () => {
  const at = (priority: IncidentRecord['priority'], o: Partial<IncidentRecord> = {}) => ({ priority, major: false, escalationLevel: 0, ...o });
  it('up to the priority cap, a major incident always, never past the top level or with no cap', () => {
    expect(escalates(at('P1'), 'P2', 3)).toBe(true);
    expect(escalates(at('P2'), 'P2', 3)).toBe(true);
    expect(escalates(at('P3'), 'P2', 3)).toBe(false);
    expect(escalates(at(null), 'P5', 3)).toBe(false);
    expect(escalates(at('P5', { major: true }), 'P1', 3)).toBe(true);
    expect(escalates(at('P1', { escalationLevel: 2 }), 'P2', 3)).toBe(true);
    expect(escalates(at('P1', { escalationLevel: 3 }), 'P2', 3)).toBe(false);
    expect(escalates(at('P1', { major: true }), null, 3)).toBe(false);
  });
});
