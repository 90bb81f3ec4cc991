import { describe, expect, it } from 'vitest';
import { assertMove, nextStatus, suggestion, type Move, type Status } from '../../src/core/lifecycle.js';
import { parseLevel, parsePriority } from '../../src/core/priority.js';
import { holdSeconds, isOverdue, respondedAt } from '../../src/core/sla.js';
import { refusal } from '../helpers/refusal.js';

/**
 * SPEC §4 and §8 rules of src/core checked cell by cell against tables written here by hand (these
 * are the cells mutation testing found no test looking at; docs/testing.md).
 */

const STATES: Status[] = ['open', 'classified', 'escalated', 'on_hold', 'resolved', 'closed', 'cancelled'];
const ACTIVE: Status[] = ['open', 'classified', 'escalated', 'on_hold'];

/** §4: from (in the SPEC's order) → to, per move; `same` keeps the state, `heldFrom`/`resolvedFrom` return. */
const SPEC: Record<Move, { from: Status[]; to: Status | 'same' | 'heldFrom' | 'resolvedFrom' | 'classify' }> = {
  classify: { from: ['open', 'classified', 'escalated'], to: 'classify' },
  escalate: { from: ['open', 'classified', 'escalated', 'on_hold'], to: 'escalated' },
  hold: { from: ['classified', 'escalated'], to: 'on_hold' },
  resume: { from: ['on_hold'], to: 'heldFrom' },
  resolve: { from: ['open', 'classified', 'escalated', 'on_hold'], to: 'resolved' },
  reopen: { from: ['resolved'], to: 'resolvedFrom' },
  close: { from: ['resolved'], to: 'closed' },
  cancel: { from: ['open', 'classified', 'escalated', 'on_hold'], to: 'cancelled' },
  note: { from: ['open', 'classified', 'escalated', 'on_hold', 'resolved'], to: 'same' },
  assign: { from: ['open', 'classified', 'escalated', 'on_hold', 'resolved'], to: 'same' },
  edit: { from: ['open', 'classified', 'escalated', 'on_hold', 'resolved'], to: 'same' },
};
const MOVES = Object.keys(SPEC) as Move[];

describe('SPEC §4, every move from every state', () => {
  it('goes where the "to" column says', () => {
    for (const move of MOVES) {
      for (const status of SPEC[move].from) {
        const to = SPEC[move].to;
        if (to === 'heldFrom') {
          for (const heldFrom of ['classified', 'escalated'] as Status[]) expect(nextStatus(move, { status, heldFrom }), `${move} after hold from ${heldFrom}`).toBe(heldFrom);
        } else if (to === 'resolvedFrom') {
          for (const resolvedFrom of ACTIVE) expect(nextStatus(move, { status, resolvedFrom }), `${move} after resolve from ${resolvedFrom}`).toBe(resolvedFrom);
        } else {
          const expected = to === 'same' ? status : to === 'classify' ? (status === 'escalated' ? 'escalated' : 'classified') : to;
          expect(nextStatus(move, { status }), `${move} from ${status}`).toBe(expected);
        }
      }
    }
  });

  it('passes the allowed moves and refuses every other with exit 4, the state, the move and what it needs', () => {
    for (const move of MOVES) {
      for (const status of STATES) {
        const run = () => assertMove(move, status, 'INC-7');
        if (SPEC[move].from.includes(status)) {
          expect(run, `${move} from ${status}`).not.toThrow();
          continue;
        }
        const e = refusal(run, { input: `${move} from ${status}` });
        expect(e.exit).toBe(4);
        if (status === 'closed' || status === 'cancelled') {
          expect(e.key).toBe('lifecycle.refusedFinal');
          expect(e.params).toEqual({ ref: 'INC-7', status, move, next: 'incident open "…" --related INC-7' });
        } else {
          expect(e.key, `${move} from ${status}`).toBe('lifecycle.refused');
          expect(e.params).toMatchObject({ ref: 'INC-7', status, move, needs: SPEC[move].from.join('|') });
          expect(e.params.next).toBe(suggestion(move, status, 'INC-7'));
        }
      }
    }
  });

  it('suggests the one command that leads there and is possible now', () => {
    const reopen = 'incident reopen INC-7 --reason "…"';
    const resolve = 'incident resolve INC-7 --resolution "…"';
    const resume = 'incident resume INC-7';
    const hold = 'incident hold INC-7 --reason "…"';
    const classify = 'incident classify INC-7 --impact … --urgency …';
    const related = 'incident open "…" --related INC-7';
    const expected: [Move, Status, string][] = [
      // A resolved incident: whatever the move, reopen first.
      ['classify', 'resolved', reopen],
      ['escalate', 'resolved', reopen],
      ['hold', 'resolved', reopen],
      ['resume', 'resolved', reopen],
      ['resolve', 'resolved', reopen],
      ['cancel', 'resolved', reopen],
      // close and reopen need resolved.
      ['close', 'open', resolve],
      ['close', 'classified', resolve],
      ['close', 'on_hold', resolve],
      ['reopen', 'escalated', resolve],
      // On hold: resume first.
      ['classify', 'on_hold', resume],
      ['hold', 'on_hold', resume],
      // resume needs a hold, and a hold needs a classification.
      ['resume', 'classified', hold],
      ['resume', 'escalated', hold],
      ['resume', 'open', classify],
      ['hold', 'open', classify],
      // Final: a recurrence is a new incident.
      ['reopen', 'closed', related],
      ['note', 'cancelled', related],
    ];
    for (const [move, status, next] of expected) expect(suggestion(move, status, 'INC-7'), `${move} from ${status}`).toBe(next);
  });
});

describe('SPEC §8 clock rules', () => {
  it('counts the seconds of a hold, rounded, never negative, none without a hold', () => {
    const now = new Date('2026-11-23T03:30:00.000Z');
    expect(holdSeconds(null, now)).toBe(0);
    expect(holdSeconds('2026-11-23T01:00:00.000Z', now)).toBe(2.5 * 3600);
    expect(holdSeconds('2026-11-23T03:29:58.600Z', now)).toBe(1);
    expect(holdSeconds('2026-11-23T03:29:58.400Z', now)).toBe(2);
    // A clock that went back: no negative hold.
    expect(holdSeconds('2026-11-23T04:00:00.000Z', now)).toBe(0);
  });

  it('is overdue only in a state whose clock runs, past (not at) a due time that still counts', () => {
    const now = new Date('2026-11-23T10:00:00.000Z');
    const past = '2026-11-23T09:59:59.000Z';
    const future = '2026-11-23T10:00:01.000Z';
    const at = now.toISOString();
    const i = (o: Partial<{ status: string; classifiedAt: string | null; responseDueAt: string | null; resolveDueAt: string | null }>) => ({
      status: 'open',
      classifiedAt: null,
      responseDueAt: null,
      resolveDueAt: null,
      ...o,
    });
    for (const status of ['open', 'classified', 'escalated']) {
      expect(isOverdue(i({ status, resolveDueAt: past }), now), status).toBe(true);
      expect(isOverdue(i({ status, responseDueAt: past }), now), status).toBe(true);
    }
    for (const status of ['on_hold', 'resolved', 'closed', 'cancelled']) expect(isOverdue(i({ status, responseDueAt: past, resolveDueAt: past }), now), status).toBe(false);
    // Response: only until the first classification.
    expect(isOverdue(i({ classifiedAt: '2026-11-23T09:00:00.000Z', responseDueAt: past, resolveDueAt: future }), now)).toBe(false);
    expect(isOverdue(i({ responseDueAt: at }), now)).toBe(false);
    expect(isOverdue(i({ responseDueAt: future, resolveDueAt: future }), now)).toBe(false);
    // Resolution: whether classified or not.
    expect(isOverdue(i({ classifiedAt: '2026-11-23T09:00:00.000Z', resolveDueAt: past }), now)).toBe(true);
    expect(isOverdue(i({ resolveDueAt: at }), now)).toBe(false);
    // P5: no targets, never overdue.
    expect(isOverdue(i({}), now)).toBe(false);
  });

  it('a response is the first classification, else the resolution', () => {
    expect(respondedAt({ classifiedAt: '2026-11-23T01:00:00.000Z', resolvedAt: '2026-11-23T02:00:00.000Z' })).toBe('2026-11-23T01:00:00.000Z');
    expect(respondedAt({ classifiedAt: null, resolvedAt: '2026-11-23T02:00:00.000Z' })).toBe('2026-11-23T02:00:00.000Z');
    expect(respondedAt({ classifiedAt: null, resolvedAt: null })).toBeNull();
  });
});

describe('SPEC §3 levels and priorities as typed', () => {
  it('reads P2, p2, 2 and full-width forms; refuses the rest with exit 2 naming the value', () => {
    for (const input of ['P2', 'p2', '2', ' P2 ', 'Ｐ２']) expect(parsePriority(input), input).toBe('P2');
    for (const input of ['P6', 'PP2', 'x']) {
      const e = refusal(() => parsePriority(input), { input });
      expect([e.exit, e.key, e.params]).toEqual([2, 'error.badPriority', { value: input }]);
    }
  });

  it('refuses an unknown level with exit 2, naming the flag and the value', () => {
    const e = refusal(() => parseLevel('urgent', 'urgency'));
    expect([e.exit, e.key, e.params]).toEqual([2, 'error.badLevel', { flag: 'urgency', value: 'urgent' }]);
  });
});
