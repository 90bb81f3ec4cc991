import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  assignIncident,
  cancelIncident,
  classifyIncident,
  closeIncident,
  editIncident,
  escalateIncident,
  holdIncident,
  noteIncident,
  openIncident,
  prepareChange,
  reopenIncident,
  resolveIncident,
  resumeIncident,
} from '../../src/app/incidents.js';
import type { ChangeContext } from '../../src/app/change.js';
import { AppError } from '../../src/core/errors.js';
import type { Move, Status } from '../../src/core/lifecycle.js';
import { SPEC_MOVES_FROM as SPEC_FROM, SPEC_STATUSES as STATUSES } from '../helpers/spec-lifecycle.js';
import { refusalOf } from '../helpers/refusal.js';
import { LEVELS } from '../../src/core/priority.js';
import { DEFAULT_SLA } from '../../src/core/sla.js';
import { Store } from '../../src/store/index.js';

/**
 * Random sequences of lifecycle commands on a few incidents (SPEC §4): every state reached is one of
 * §4's, every refused move is exit 4 and writes nothing, an allowed move goes where §4 says, and the
 * timeline alone replays to the incident's current state. The oracle is §4 written out here by hand
 * and a model of each incident kept by the test, never the product's own table or record.
 */

/** What the test knows of an incident from the moves it made: its state and where resume and reopen return. */
interface Model {
  status: Status;
  heldFrom: Status | null;
  resolvedFrom: Status | null;
}

type Step =
  | { move: 'open' }
  | { move: Exclude<Move, never>; target: number; level: number; text: string; flag: boolean };

const MOVES: Move[] = ['classify', 'escalate', 'hold', 'resume', 'resolve', 'reopen', 'close', 'cancel', 'note', 'assign', 'edit'];

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 1, arbitrary: fc.constant({ move: 'open' as const }) },
  {
    weight: 8,
    arbitrary: fc.record({
      move: fc.constantFrom(...MOVES),
      target: fc.nat({ max: 3 }),
      level: fc.nat({ max: 2 }),
      text: fc.constantFrom('理由', 'waiting for vendor', '再起動で復旧'),
      flag: fc.boolean(),
    }),
  },
);

/** Where §4 says each allowed move goes, from the model's state (and the hold/resolve origins it remembers). */
function expected(move: Move, s: Model): Status {
  switch (move) {
    case 'classify':
      return s.status === 'escalated' ? 'escalated' : 'classified';
    case 'escalate':
      return 'escalated';
    case 'hold':
      return 'on_hold';
    case 'resume':
      return s.heldFrom!;
    case 'resolve':
      return 'resolved';
    case 'reopen':
      return s.resolvedFrom!;
    case 'close':
      return 'closed';
    case 'cancel':
      return 'cancelled';
    default:
      return s.status;
  }
}

/** The state an incident's timeline says it is in: the last event that moved it. */
function replay(events: { kind: string; to: string | null }[]): Status {
  let status: Status | undefined;
  for (const e of events) {
    if (e.to && (STATUSES as readonly string[]).includes(e.to) && !['assigned', 'noted', 'repeated', 'edited'].includes(e.kind)) status = e.to as Status;
  }
  return status!;
}

let edits = 0;

function apply(c: ChangeContext, s: Extract<Step, { target: number }>, id: number) {
  const level = LEVELS[s.level];
  switch (s.move) {
    case 'classify':
      return classifyIncident(c, id, { impact: level, urgency: LEVELS[2 - s.level] });
    case 'escalate':
      return escalateIncident(c, id, { reason: s.text, major: s.flag });
    case 'hold':
      return holdIncident(c, id, s.text);
    case 'resume':
      return resumeIncident(c, id);
    case 'resolve':
      return resolveIncident(c, id, { resolution: s.text, code: s.flag ? 'workaround' : 'fixed', monitorSeconds: 3600 });
    case 'reopen':
      return reopenIncident(c, id, s.text);
    case 'close':
      return closeIncident(c, id, s.flag ? { problem: true } : {});
    case 'cancel':
      return cancelIncident(c, id, s.text);
    case 'note':
      return noteIncident(c, id, s.text);
    case 'assign':
      return assignIncident(c, id, s.flag ? 'tanaka' : 'suzuki', s.flag ? 'infra' : undefined);
    case 'edit':
      // A title never used before: every allowed edit changes something.
      return editIncident(c, id, { title: `edited ${++edits}`, ...(s.flag && { impact: level }) }).then((r) => r.incident);
  }
}

describe('lifecycle under random command sequences', () => {
  it('never leaves SPEC §4, refuses with exit 4 and no write, and the timeline replays to the state', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 40 }), async (steps) => {
        const store = await Store.open(':memory:');
        try {
          let minute = 0;
          const ctx = (): ChangeContext => ({ store, actor: 'prop', now: new Date(Date.UTC(2026, 10, 23, 0, minute++)), sla: DEFAULT_SLA });
          const ids: number[] = [(await openIncident(ctx(), { title: 'first' })).incident.id];
          const models = new Map<number, Model>([[ids[0], { status: 'open', heldFrom: null, resolvedFrom: null }]]);
          for (const s of steps) {
            if (s.move === 'open') {
              const id = (await openIncident(ctx(), { title: `incident ${ids.length + 1}` })).incident.id;
              ids.push(id);
              models.set(id, { status: 'open', heldFrom: null, resolvedFrom: null });
              continue;
            }
            const id = ids[s.target % ids.length];
            const model = models.get(id)!;
            const before = (await store.incidents.get(id))!;
            expect(before.status).toBe(model.status);
            const eventsBefore = (await store.incidents.timeline(id)).length;
            const allowed = SPEC_FROM[s.move].includes(model.status);
            try {
              const after = await apply(ctx(), s, id);
              expect(allowed, `${s.move} from ${model.status} went through, so SPEC §4 must allow it`).toBe(true);
              const to = expected(s.move, model);
              expect(after.status).toBe(to);
              if (s.move === 'hold') model.heldFrom = model.status;
              if (s.move === 'resolve') model.resolvedFrom = model.status;
              model.status = to;
              // At least one bump (close --problem also links the problem: two writes, one transaction).
              expect(after.version).toBeGreaterThan(before.version);
              expect((await store.incidents.timeline(id)).length).toBeGreaterThan(eventsBefore);
            } catch (e) {
              if (!(e instanceof AppError)) throw e;
              expect(allowed, `${s.move} from ${model.status} was refused (${e.key}), so SPEC §4 must refuse it`).toBe(false);
              expect(e.exitCode).toBe(4);
              // Nothing written: same version, same timeline.
              expect((await store.incidents.get(id))!.version).toBe(before.version);
              expect((await store.incidents.timeline(id)).length).toBe(eventsBefore);
            }
          }
          for (const id of ids) {
            const inc = (await store.incidents.get(id))!;
            expect(STATUSES).toContain(inc.status);
            expect(replay(await store.incidents.timeline(id))).toBe(inc.status);
            // Derived fields agree with the state.
            if (inc.status === 'resolved' || inc.status === 'closed') expect(inc.resolvedAt).not.toBeNull();
            if (inc.status === 'closed') expect(inc.closedAt).not.toBeNull();
            if (inc.status === 'on_hold') expect(inc.heldFrom).not.toBeNull();
            if (inc.priority) expect(inc.impact && inc.urgency).toBeTruthy();
          }
        } finally {
          await store.close();
        }
      }),
      // Under mutation testing (npm run mutate) fewer runs: each surviving mutant runs them all.
      { seed: 4242, numRuns: process.env.INCIDENT_MUTATE ? 150 : 1000 },
    );
    // 1,000 runs of up to 40 moves: a limit for a loaded machine, not a timed assertion.
  }, 180_000);

  it('refuses an answer given after someone else changed the incident (exit 4), writing nothing', async () => {
    const store = await Store.open(':memory:');
    const c = (actor: string): ChangeContext => ({ store, actor, now: new Date('2026-11-23T01:00:00Z'), sla: DEFAULT_SLA });
    const { incident } = await openIncident(c('me'), { title: 'VPN' });
    await classifyIncident(c('me'), incident.id, { impact: 'high', urgency: 'low' });
    const seen = await prepareChange(c('me'), incident.id, 'hold');
    await assignIncident(c('suzuki'), incident.id, 'suzuki');
    const events = (await store.incidents.timeline(incident.id)).length;
    const refused = await refusalOf(holdIncident({ ...c('me'), seen }, incident.id, 'waiting'));
    expect(refused).toMatchObject({ exit: 4, key: 'error.changedMeanwhile', params: { ref: 'INC-1', who: 'suzuki', fields: 'assignee' } });
    expect(await store.incidents.timeline(incident.id)).toHaveLength(events);
    // Unchanged since it was seen: the answer is written.
    const fresh = await prepareChange(c('me'), incident.id, 'hold');
    expect((await holdIncident({ ...c('me'), seen: fresh }, incident.id, 'waiting')).status).toBe('on_hold');
    await store.close();
  });
});
