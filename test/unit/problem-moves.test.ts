import { describe, expect, it } from 'vitest';
import {
  ACTIVE_PROBLEM_STATUSES,
  PROBLEM_EVENT_KINDS,
  PROBLEM_STATUSES,
  assertProblemMove,
  nextProblemStatus,
  recurrenceAroundFix,
  type ProblemMove,
  type ProblemStatus,
} from '../../src/core/problem.js';
import { refusal } from '../helpers/refusal.js';

/** What a user reads when PRB-4 in this state refuses the move. */
const refusedMove = (move: ProblemMove, status: ProblemStatus) => refusal(() => assertProblemMove(move, status, 'PRB-4'), { input: `${move} from ${status}` });

const CLOSE_UNFIXED = 'to close it without a permanent fix (risk accepted, system retired), give the reason: --reason "…"';

describe('problem states (docs/problems.md "States and moves")', () => {
  it('has the five states, three of them still needing work', () => {
    expect(PROBLEM_STATUSES).toEqual(['open', 'analysing', 'known_error', 'fixed', 'closed']);
    expect(ACTIVE_PROBLEM_STATUSES).toEqual(['open', 'analysing', 'known_error']);
  });

  it('takes every event kind a problem timeline holds', () => {
    expect([...PROBLEM_EVENT_KINDS].sort()).toEqual(
      ['opened', 'linked', 'unlinked', 'handed_off', 'analysed', 'reopened', 'known_error', 'fixed', 'closed', 'knowledge'].sort(),
    );
  });

  it.each([
    ['analyse', 'open', 'analysing'],
    ['analyse', 'fixed', 'analysing'],
    ['known-error', 'analysing', 'known_error'],
    ['known-error', 'known_error', 'known_error'],
    ['fix', 'analysing', 'fixed'],
    ['close', 'fixed', 'closed'],
    ['close-unfixed', 'known_error', 'closed'],
    ['link', 'open', 'open'],
    ['link', 'known_error', 'known_error'],
    ['edit', 'analysing', 'analysing'],
    ['edit', 'fixed', 'fixed'],
  ] as const)('%s from %s leads to %s', (move, from, to) => {
    expect(nextProblemStatus(move, from)).toBe(to);
  });

  it.each(['open', 'analysing', 'known_error', 'fixed'] as const)('can be edited while %s', (status) => {
    expect(() => assertProblemMove('edit', status, 'PRB-4')).not.toThrow();
  });
});

describe('a refused move says the state and the command that helps (exit 4)', () => {
  it.each([
    ['fix', 'open', 'PRB-4 is open; fix needs analysing|known_error — run: incident problem analyse PRB-4 --root-cause "…"', null],
    ['fix', 'fixed', 'PRB-4 is fixed; fix needs analysing|known_error — run: incident problem close PRB-4', null],
    ['close', 'open', 'PRB-4 is open; close needs fixed — run: incident problem fix PRB-4 --fix "…"', CLOSE_UNFIXED],
    ['close', 'analysing', 'PRB-4 is analysing; close needs fixed — run: incident problem fix PRB-4 --fix "…"', CLOSE_UNFIXED],
    ['close-unfixed', 'fixed', 'PRB-4 is fixed; close --reason needs open|analysing|known_error — run: incident problem close PRB-4', null],
    [
      'known-error',
      'fixed',
      'PRB-4 is fixed; known-error needs open|analysing|known_error — run: incident problem analyse PRB-4 --note "the fix did not hold: …"',
      null,
    ],
  ] as const)('%s from %s', (move, status, message, hint) => {
    expect(refusedMove(move, status)).toMatchObject({ exit: 4, message, hint });
  });

  it.each([
    ['analyse', 'analyse'],
    ['fix', 'fix'],
    ['close', 'close'],
    ['close-unfixed', 'close --reason'],
    ['link', 'link'],
    ['edit', 'edit'],
  ] as const)('a closed problem is final: %s is refused, a new problem suggested', (move, shown) => {
    expect(refusedMove(move, 'closed')).toMatchObject({
      exit: 4,
      message: `PRB-4 is closed (final); ${shown} is not possible — if the cause is back run: incident problem open "…" --from INC-…`,
      hint: null,
    });
  });
});

describe('recurrences around a fix: after in [fixedAt, now], before in [fixedAt − window, fixedAt) (docs/problems.md)', () => {
  const fixedAt = '2026-11-10T00:00:00Z';
  const now = new Date('2026-11-20T00:00:00Z');
  it.each([
    ['at the fix itself', '2026-11-10T00:00:00Z', 0, 1],
    ['at the last moment of the window', '2026-11-20T00:00:00Z', 0, 1],
    ['after now', '2026-11-20T00:00:01Z', 0, 0],
    ['a second before the fix', '2026-11-09T23:59:59Z', 1, 0],
    ['at the start of the window before', '2026-10-31T00:00:00Z', 1, 0],
    ['a second before that window', '2026-10-30T23:59:59Z', 0, 0],
  ])('an incident opened %s (%s) counts before %i, after %i', (_when, opened, before, after) => {
    expect(recurrenceAroundFix([opened], fixedAt, now)).toEqual({ windowDays: 10, before, after, avoided: before - after });
  });

  it('counts nothing when the clock reads before the fix (INCIDENT_NOW replaying history): both windows are empty', () => {
    expect(recurrenceAroundFix([fixedAt, '2026-11-09T00:00:00Z'], fixedAt, new Date('2026-11-09T12:00:00Z'))).toEqual({
      windowDays: 0,
      before: 0,
      after: 0,
      avoided: 0,
    });
  });

  it('gives the window in days to a tenth', () => {
    expect(recurrenceAroundFix([], fixedAt, new Date('2026-11-11T06:00:00Z')).windowDays).toBe(1.3);
    expect(recurrenceAroundFix([], fixedAt, new Date('2026-11-10T02:24:00Z')).windowDays).toBe(0.1);
  });
});
