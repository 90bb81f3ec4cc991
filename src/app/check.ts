import type { ChangeContext } from './change.js';
import { breachKey, escalates, findAttention, type Finding } from '../core/check.js';
import type { Config } from '../core/config.js';
import { AppError } from '../core/errors.js';
import type { TimelineEvent } from '../core/incident.js';
import { closeIncident, escalateIncident, loadIncident } from './incidents.js';
import { enqueueNotifications } from './notify.js';

/** The actor of everything `incident check` does, so the timeline shows it was automatic. */
export const CHECK_ACTOR = 'check';

export interface CheckInput {
  warn: number | null;
  staleSeconds: number | null;
  escalate: boolean;
  closeResolved: boolean;
}

export type CheckAction = 'escalated' | 'closed' | null;

export interface CheckFinding extends Finding {
  /** First time this breach was seen (it was recorded on the timeline by this run). */
  new: boolean;
  action: CheckAction;
}

/**
 * One `incident check` run: finds what needs attention, records each breach once on the incident's
 * timeline (which queues its notification), escalates breaches per the escalation rules and closes
 * incidents whose watch period ended, when asked. Every action is guarded by what the timeline
 * already shows, so running it twice in a row acts once. Each incident is its own transaction: one
 * refused change (someone edited it meanwhile) does not stop the others.
 */
export async function runCheck(base: ChangeContext, config: Config, input: CheckInput): Promise<CheckFinding[]> {
  const c: ChangeContext = { ...base, actor: CHECK_ACTOR };
  const now = c.now.toISOString();
  const ids = await c.store.attention.candidates(now);
  const incidents = await c.store.incidents.getMany(ids);
  const findings = findAttention(incidents, {
    now: c.now,
    warn: input.warn,
    staleSeconds: input.staleSeconds,
    lastActivity: await c.store.attention.lastActivity(ids, CHECK_ACTOR),
    sla: c.sla,
  });
  const results: CheckFinding[] = findings.map((f) => ({ ...f, new: false, action: null }));
  const policy = config.escalation();

  const byIncident = new Map<number, CheckFinding[]>();
  for (const f of results) if (f.kind === 'breach') byIncident.set(f.incident.id, [...(byIncident.get(f.incident.id) ?? []), f]);
  const recordedOf = (done: { kind: string; data: Record<string, unknown> }[]) =>
    new Set(done.filter((e) => e.kind === 'breach').map((e) => breachKey(e.data.due as never, String(e.data.dueAt))));
  const answeredOf = (done: { kind: string; data: Record<string, unknown> }[]) =>
    new Set(done.filter((e) => e.kind === 'escalated').flatMap((e) => (e.data.breaches as string[] | undefined) ?? []));
  // What the timelines already show, read for every breached incident at once: an incident with
  // nothing new to record or escalate needs no transaction (a run after a run is a few queries,
  // not a few per incident: SPEC §13). Those that do are looked at again inside their own.
  const before = await c.store.attention.actionsByMany([...byIncident.keys()], CHECK_ACTOR);
  for (const [id, breaches] of byIncident) {
    const done = before.get(id) ?? [];
    const recorded = recordedOf(done);
    const answered = answeredOf(done);
    const scanned = breaches[0]!.incident;
    const pending =
      breaches.some((f) => !recorded.has(breachKey(f.due!, f.at))) ||
      (input.escalate && breaches.some((f) => !answered.has(breachKey(f.due!, f.at))) && escalates(scanned, policy.priority, policy.maxLevel));
    if (!pending) continue;
    await guarded(() =>
      c.store.write(async () => {
        const done = await c.store.attention.actionsBy(id, CHECK_ACTOR);
        const recorded = recordedOf(done);
        const answered = answeredOf(done);
        let current = await loadIncident(c, id);
        // Someone may have classified, held or resolved it since the scan: act only on what still holds.
        const still = new Set(
          findAttention([current], { now: c.now, warn: null, staleSeconds: null, lastActivity: new Map() }).map((f) => breachKey(f.due!, f.at)),
        );
        const live = breaches.filter((f) => still.has(breachKey(f.due!, f.at)));
        for (const f of live) {
          const key = breachKey(f.due!, f.at);
          if (recorded.has(key)) continue;
          const e: TimelineEvent = {
            at: now,
            actor: CHECK_ACTOR,
            kind: 'breach',
            from: null,
            to: null,
            note: `${f.due === 'response' ? 'response' : 'resolution'} due ${f.at} passed`,
            data: { due: f.due, dueAt: f.at, priority: current.priority },
          };
          await c.store.incidents.appendEvent(id, e);
          await enqueueNotifications(c, current, e);
          f.new = true;
        }
        const open = live.filter((f) => !answered.has(breachKey(f.due!, f.at)));
        if (input.escalate && open.length && escalates(current, policy.priority, policy.maxLevel)) {
          const level = current.escalationLevel + 1;
          const who = policy.levels[level] ?? {};
          current = await escalateIncident(c, id, {
            reason: `SLA breach: ${open.map((f) => `${f.due === 'response' ? 'response' : 'resolution'} due ${f.at}`).join(', ')}`,
            // The owner stays (ITIL); the level's person, else its team, is whom it goes to.
            to: who.to ?? who.team,
            data: { breaches: open.map((f) => breachKey(f.due!, f.at)), ...(who.team !== undefined && { team: who.team }) },
          });
          for (const f of open) f.action = 'escalated';
          for (const f of breaches) f.incident = current;
        }
      }),
    );
  }

  if (input.closeResolved) {
    for (const f of results) {
      // A major incident is closed by a person, after its review (SPEC §5).
      if (f.kind !== 'watch-ended' || f.incident.major) continue;
      await guarded(async () => {
        f.incident = await closeIncident(c, f.incident.id);
        f.action = 'closed';
      });
    }
  }
  return results;
}

/** Another process changed or closed the incident meanwhile: leave it to the next run. */
async function guarded(fn: () => Promise<unknown>): Promise<void> {
  try {
    await fn();
  } catch (e) {
    if (!(e instanceof AppError) || e.exitCode !== 4) throw e;
  }
}
