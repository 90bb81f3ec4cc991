import { describe, expect, it } from 'vitest';
import { derivePriority, parseLevel, parsePriority } from '../../src/core/priority.js';
import { SPEC_MOVES_FROM } from '../helpers/spec-lifecycle.js';
import { refusal } from '../helpers/refusal.js';
import { ALLOWED_FROM, STATUSES, assertMove, canMove, nextStatus, suggestion, type Move } from '../../src/core/lifecycle.js';
import { parseRef } from '../../src/core/refs.js';
import { formatDurationShort, parseDuration, parseIsoTime, parseTime } from '../../src/core/time.js';
import { dueTimes, dueTimesAfter, isOverdue } from '../../src/core/sla.js';
import { AppError } from '../../src/core/errors.js';
import { normaliseTags, cleanText } from '../../src/core/validate.js';

describe('priority matrix (SPEC §4)', () => {
  it.each([
    ['high', 'high', 'P1'], ['high', 'medium', 'P2'], ['high', 'low', 'P3'],
    ['medium', 'high', 'P2'], ['medium', 'medium', 'P3'], ['medium', 'low', 'P4'],
    ['low', 'high', 'P3'], ['low', 'medium', 'P4'], ['low', 'low', 'P5'],
  ] as const)('%s impact × %s urgency = %s', (impact, urgency, p) => {
    expect(derivePriority(impact, urgency)).toBe(p);
  });
  it('has no priority until both are known', () => {
    expect(derivePriority('high', null)).toBeNull();
  });
  it('accepts 1|2|3 and 高|中|低, and full-width digits', () => {
    expect(parseLevel('1', 'impact')).toBe('high');
    expect(parseLevel('中', 'impact')).toBe('medium');
    expect(parseLevel('低', 'urgency')).toBe('low');
    expect(parseLevel('３', 'urgency')).toBe('low');
    expect(parseLevel(' HIGH ', 'urgency')).toBe('high');
    expect(() => parseLevel('urgent', 'urgency')).toThrow(AppError);
    // Names every JavaScript object has are not levels either.
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) expect(() => parseLevel(name, 'impact'), name).toThrow(AppError);
    expect(parsePriority('p2')).toBe('P2');
    expect(parsePriority('3')).toBe('P3');
    expect(() => parsePriority('P6')).toThrow(AppError);
  });
});

describe('lifecycle (SPEC §4)', () => {
  // SPEC §4 as written by hand in the test helper, never the product's own table.
  const table = SPEC_MOVES_FROM as Record<Move, readonly string[]>;
  for (const [move, from] of Object.entries(table) as [Move, readonly string[]][]) {
    it(`${move} is allowed from exactly ${from.join(', ')}`, () => {
      for (const s of STATUSES) expect(canMove(move, s), `${move} from ${s}`).toBe(from.includes(s));
      expect([...ALLOWED_FROM[move]].sort()).toEqual([...from].sort());
    });
  }
  it('a refusal suggests only a command that is possible in the current state', () => {
    const moves = Object.keys(table) as Move[];
    for (const move of moves) {
      for (const status of STATUSES.filter((s) => !canMove(move, s) && s !== 'closed' && s !== 'cancelled')) {
        const next = suggestion(move, status, 'INC-1');
        if (!next) continue;
        const word = /^incident (\w+) INC-1/.exec(next)?.[1] as Move;
        expect(canMove(word, status), `${move} from ${status} suggests ${next}`).toBe(true);
      }
    }
    expect(suggestion('resume', 'open', 'INC-1')).toBe('incident classify INC-1 --impact … --urgency …');
    expect(suggestion('resume', 'classified', 'INC-1')).toBe('incident hold INC-1 --reason "…"');
    expect(suggestion('close', 'on_hold', 'INC-1')).toBe('incident resolve INC-1 --resolution "…"');
  });
  it('classify keeps an escalated incident escalated', () => {
    expect(nextStatus('classify', { status: 'escalated' })).toBe('escalated');
    expect(nextStatus('classify', { status: 'open' })).toBe('classified');
  });
  it('resume returns to the state hold left; reopen to the state before resolve', () => {
    expect(nextStatus('resume', { status: 'on_hold', heldFrom: 'escalated' })).toBe('escalated');
    expect(nextStatus('reopen', { status: 'resolved', resolvedFrom: 'escalated' })).toBe('escalated');
    expect(nextStatus('reopen', { status: 'resolved', resolvedFrom: 'on_hold', heldFrom: 'classified' })).toBe('on_hold');
  });
  it('a refused move says the state and the command that helps', () => {
    const err = refusal(() => assertMove('close', 'open', 'INC-7'));
    expect(err.exit).toBe(4);
    expect(err.params).toMatchObject({ ref: 'INC-7', status: 'open', move: 'close', next: 'incident resolve INC-7 --resolution "…"' });
    expect(() => assertMove('reopen', 'closed', 'INC-7')).toThrow(AppError);
  });
});

describe('refs (SPEC §3)', () => {
  it.each(['12', 'INC-12', 'inc-12', 'INC-0012', 'ＩＮＣ－１２', 'inc12'])('%s is incident 12', (s) => {
    expect(parseRef('INC', s)).toBe(12);
  });
  it.each(['KB-12', 'INC-', 'INC-0', '-1', 'abc', '1e3', '99999999999999999999'])('%s is refused', (s) => {
    expect(() => parseRef('INC', s)).toThrow(AppError);
  });
});

describe('time parsing', () => {
  const now = new Date('2026-11-23T10:00:00Z');
  it('reads durations', () => {
    expect(parseDuration('15m')).toBe(900);
    expect(parseDuration('1h30m')).toBe(5400);
    expect(parseDuration('3d')).toBe(259200);
    expect(parseDuration('2時間')).toBe(7200);
    expect(() => parseDuration('soon')).toThrow(AppError);
    expect(() => parseDuration('5')).toThrow(AppError);
  });
  it('reads relative and ISO times', () => {
    expect(parseTime('15m ago', now).toISOString()).toBe('2026-11-23T09:45:00.000Z');
    expect(parseTime('3d', now).toISOString()).toBe('2026-11-20T10:00:00.000Z');
    expect(parseTime('2026-11-01T08:00:00Z', now).toISOString()).toBe('2026-11-01T08:00:00.000Z');
    expect(parseTime('now', now)).toEqual(now);
    const y = parseTime('yesterday 9:00', now);
    expect(y.getDate()).toBe(new Date(now.getTime() - 86400000).getDate());
    expect(y.getHours()).toBe(9);
    expect(() => parseTime('yesterday 25:00', now)).toThrow(AppError);
    const today = parseTime('9:30', now);
    expect([today.getDate(), today.getHours(), today.getMinutes()]).toEqual([now.getDate(), 9, 30]);
    expect(() => parseTime('9999-01-01', now)).toThrow(AppError);
    expect(() => parseTime('garbage', now)).toThrow(AppError);
  });
  it('refuses a day the month does not have, in every ISO form', () => {
    for (const text of ['2026-02-30', '2026-02-29T09:00', '2026-04-31T00:00:00Z', '2026-13-01']) {
      expect(() => parseTime(text, now), text).toThrow(AppError);
      expect(parseIsoTime(text), text).toBeUndefined();
    }
    expect(parseIsoTime('2028-02-29T09:00:00Z')?.toISOString()).toBe('2028-02-29T09:00:00.000Z');
    expect(parseIsoTime('2026-11-23')).toBeDefined();
    expect(parseIsoTime('2026-11-23', { withTime: true })).toBeUndefined();
    expect(parseIsoTime('0', { withTime: true })).toBeUndefined();
    expect(parseIsoTime('9999-01-01T00:00Z')).toBeUndefined();
  });
  it('formats durations short', () => {
    expect(formatDurationShort(3 * 3600 + 12 * 60)).toBe('3h 12m');
    expect(formatDurationShort(45)).toBe('45s');
    expect(formatDurationShort(2 * 86400 + 4 * 3600)).toBe('2d 4h');
  });
});

describe('SLA clock', () => {
  it('counts from opening and adds time on hold', () => {
    expect(dueTimes('P1', '2026-11-23T10:00:00.000Z', 0)).toEqual({
      responseDueAt: '2026-11-23T10:15:00.000Z',
      resolveDueAt: '2026-11-23T14:00:00.000Z',
    });
    expect(dueTimes('P1', '2026-11-23T10:00:00.000Z', 3600).resolveDueAt).toBe('2026-11-23T15:00:00.000Z');
    expect(dueTimes('P5', '2026-11-23T10:00:00.000Z', 0)).toEqual({ responseDueAt: null, resolveDueAt: null });
  });
  it('moves the response due time with holds and priority only until the first classification', () => {
    const opened = '2026-11-23T10:00:00.000Z';
    const unclassified = { openedAt: opened, classifiedAt: null, responseDueAt: '2026-11-23T10:15:00.000Z', priority: 'P1' as const };
    expect(dueTimesAfter(unclassified, 'P1', 3600)).toEqual({ responseDueAt: '2026-11-23T11:15:00.000Z', resolveDueAt: '2026-11-23T15:00:00.000Z' });
    const classified = { ...unclassified, classifiedAt: '2026-11-23T11:00:00.000Z' };
    expect(dueTimesAfter(classified, 'P1', 3600)).toEqual({ responseDueAt: '2026-11-23T10:15:00.000Z', resolveDueAt: '2026-11-23T15:00:00.000Z' });
    expect(dueTimesAfter(classified, 'P3', 0).responseDueAt).toBe('2026-11-23T10:15:00.000Z');
    // Opened without a priority: the unclassified clock (P3's response, 4h) is the one its
    // classification answers, whatever priority it gets.
    const noPriority = { openedAt: opened, classifiedAt: null, responseDueAt: '2026-11-23T14:00:00.000Z', priority: null };
    expect(dueTimes(null, opened, 0)).toEqual({ responseDueAt: '2026-11-23T14:00:00.000Z', resolveDueAt: null });
    expect(dueTimesAfter(noPriority, 'P1', 0)).toEqual({ responseDueAt: '2026-11-23T14:00:00.000Z', resolveDueAt: '2026-11-23T14:00:00.000Z' });
  });
  it('is never overdue on hold', () => {
    const i = { status: 'on_hold', classifiedAt: null, responseDueAt: '2026-01-01T00:00:00.000Z', resolveDueAt: null };
    expect(isOverdue(i, new Date('2026-11-23T00:00:00Z'))).toBe(false);
    expect(isOverdue({ ...i, status: 'open' }, new Date('2026-11-23T00:00:00Z'))).toBe(true);
  });
});

describe('text input', () => {
  it('normalises tags', () => {
    expect(normaliseTags(['VPN', ' vpn ', 'ｖｐｎ', 'Remote Work,mail'])).toEqual(['vpn', 'remote-work', 'mail']);
  });
  it('refuses control characters and empty values', () => {
    expect(() => cleanText('a\u0000b', '--title')).toThrow(AppError);
    expect(() => cleanText('   ', '--title')).toThrow(AppError);
    expect(cleanText('line1\nline2', '--description', 'text')).toBe('line1\nline2');
  });
});
