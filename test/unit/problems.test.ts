import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  PROBLEM_ALLOWED_FROM,
  PROBLEM_STATUSES,
  assertProblemMove,
  canMoveProblem,
  nextProblemStatus,
  recurrenceAroundFix,
  type ProblemMove,
} from '../../src/core/problem.js';
import { Store } from '../../src/store/index.js';
import { refusal } from '../helpers/refusal.js';

describe('problem lifecycle (open → analysing → known_error → fixed → closed)', () => {
  it('allows exactly the documented moves', () => {
    const table: Record<string, string[]> = {
      analyse: ['open', 'analysing', 'known_error', 'fixed'],
      'known-error': ['open', 'analysing', 'known_error'],
      fix: ['analysing', 'known_error'],
      close: ['fixed'],
      'close-unfixed': ['open', 'analysing', 'known_error'],
      link: ['open', 'analysing', 'known_error', 'fixed'],
    };
    for (const [move, from] of Object.entries(table)) {
      for (const s of PROBLEM_STATUSES) expect(canMoveProblem(move as ProblemMove, s), `${move} from ${s}`).toBe(from.includes(s));
    }
    expect(Object.values(PROBLEM_ALLOWED_FROM).every((from) => !from.includes('closed'))).toBe(true);
  });

  it('goes where each move says', () => {
    expect(nextProblemStatus('analyse', 'fixed')).toBe('analysing');
    expect(nextProblemStatus('known-error', 'open')).toBe('known_error');
    expect(nextProblemStatus('fix', 'known_error')).toBe('fixed');
    expect(nextProblemStatus('close-unfixed', 'open')).toBe('closed');
    expect(nextProblemStatus('link', 'fixed')).toBe('fixed');
  });

  it('refuses with exit 4, the state and the command that helps', () => {
    const refused = (move: ProblemMove, status: (typeof PROBLEM_STATUSES)[number]) => refusal(() => assertProblemMove(move, status, 'PRB-4'), { input: `${move} from ${status}` });
    let e = refused('fix', 'open');
    expect(e.exit).toBe(4);
    expect(e.params).toMatchObject({ ref: 'PRB-4', status: 'open', needs: 'analysing|known_error', next: 'incident problem analyse PRB-4 --root-cause "…"' });
    e = refused('close', 'known_error');
    expect(e.params.next).toBe('incident problem fix PRB-4 --fix "…"');
    expect(e.hintKey).toBe('problem.closeUnfixedHint');
    e = refused('analyse', 'closed');
    expect(e.key).toBe('problem.refusedFinal');
    expect(() => assertProblemMove('known-error', 'known_error', 'PRB-4')).not.toThrow();
  });
});

describe('recurrences around a fix (report problems)', () => {
  const fixedAt = '2026-11-10T00:00:00Z';
  const now = new Date('2026-11-20T00:00:00Z');
  it('compares the days since the fix with as many days before it', () => {
    const opened = ['2026-10-01T00:00:00Z', '2026-11-01T00:00:00Z', '2026-11-05T00:00:00Z', '2026-11-09T23:00:00Z', '2026-11-15T00:00:00Z'];
    expect(recurrenceAroundFix(opened, fixedAt, now)).toEqual({ windowDays: 10, before: 3, after: 1, avoided: 2 });
  });
  it('goes negative when more came back after the fix', () => {
    expect(recurrenceAroundFix(['2026-11-11T00:00:00Z', '2026-11-12T00:00:00Z'], fixedAt, now).avoided).toBe(-2);
  });
  it('is all zero on the day of the fix', () => {
    expect(recurrenceAroundFix(['2026-11-01T00:00:00Z'], fixedAt, new Date(fixedAt))).toEqual({ windowDays: 0, before: 0, after: 0, avoided: 0 });
  });
});

describe('problem store (:memory:)', () => {
  let store: Store;
  beforeEach(async () => {
    store = await Store.open(':memory:');
  });
  afterEach(() => store.close());

  const now = '2026-11-23T00:00:00.000Z';
  const newProblem = () => store.problems.insert({ title: 'p', status: 'open', openedAt: now, createdBy: 't', updatedAt: now });
  const newIncident = () =>
    store.incidents.insert({ title: 'i', status: 'open', detectedAt: now, openedAt: now, createdBy: 't', updatedAt: now });

  it('round-trips a problem and refuses a stale version with exit 4', async () => {
    const id = await newProblem();
    await store.problems.update(id, 1, { rootCause: 'rc', status: 'analysing' }, now);
    expect(await store.problems.get(id)).toMatchObject({ ref: 'PRB-1', status: 'analysing', rootCause: 'rc', version: 2, incidents: [], knowledge: [] });
    await expect(store.problems.update(id, 1, { rootCause: 'other' }, now)).rejects.toThrow(expect.objectContaining({ exitCode: 4 }));
  });

  it('links incidents through incidents.problem_id, bumping the incident version', async () => {
    const p = await newProblem();
    const i = await newIncident();
    await store.problems.setIncidentProblem(i, p, 1, now);
    expect(await store.incidents.get(i)).toMatchObject({ problem: 'PRB-1', version: 2 });
    expect((await store.problems.get(p))?.incidents).toEqual(['INC-1']);
    await expect(store.problems.setIncidentProblem(i, p, 1, now)).rejects.toThrow(expect.objectContaining({ exitCode: 4 }));
  });

  it('finds incidents pointing at a problem that does not exist (db check)', async () => {
    const i = await newIncident();
    await store.problems.setIncidentProblem(i, 42, 1, now);
    expect((await store.problems.integrity()).danglingIncidents).toEqual([{ incident: 'INC-1', problem: 'PRB-42' }]);
  });
});
