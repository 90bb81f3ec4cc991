import type { Priority } from './priority.js';

/** Response (until classified) and resolution (until resolved) targets in seconds; null = none. */
export interface SlaTarget {
  response: number | null;
  resolve: number | null;
}
/**
 * `unclassified`: the response target of an incident that has no priority yet (SPEC §8
 * `sla.unclassified`); left out, P3's response target; null, none.
 */
export type SlaTargets = Record<Priority, SlaTarget> & { unclassified?: number | null };

/** SPEC §8 defaults: P1 15m/4h, P2 30m/8h, P3 4h/3d, P4 1d/5d, P5 none. */
export const DEFAULT_SLA: SlaTargets = {
  P1: { response: 15 * 60, resolve: 4 * 3600 },
  P2: { response: 30 * 60, resolve: 8 * 3600 },
  P3: { response: 4 * 3600, resolve: 3 * 86400 },
  P4: { response: 86400, resolve: 5 * 86400 },
  P5: { response: null, resolve: null },
};

const plus = (isoTime: string, seconds: number) => new Date(Date.parse(isoTime) + seconds * 1000).toISOString();

/** The targets an incident's priority gives; without one, only a response (SPEC §8 `sla.unclassified`). */
export function targetFor(priority: Priority | null, targets: SlaTargets = DEFAULT_SLA): SlaTarget {
  if (priority) return targets[priority];
  return { response: targets.unclassified === undefined ? targets.P3.response : targets.unclassified, resolve: null };
}

/**
 * Due times count from openedAt and are pushed back by the time spent on hold: the clock stops while
 * an incident waits on someone else (SPEC §8). Without a priority only the response clock runs.
 */
export function dueTimes(
  priority: Priority | null,
  openedAt: string,
  heldSeconds: number,
  targets: SlaTargets = DEFAULT_SLA,
): { responseDueAt: string | null; resolveDueAt: string | null } {
  const target = targetFor(priority, targets);
  return {
    responseDueAt: target?.response != null ? plus(openedAt, target.response + heldSeconds) : null,
    resolveDueAt: target?.resolve != null ? plus(openedAt, target.resolve + heldSeconds) : null,
  };
}

/**
 * An incident's due times after a change of priority or of its time on hold. The response is over
 * once the incident was first classified: its due time stays where it was then, so a hold afterwards
 * (or a new priority) cannot turn a late response into a met one — time on hold before the response
 * counts, not after it. An incident that had no priority keeps the unclassified response clock it was
 * waiting under: its first classification is the response, measured against that clock, not against
 * a target that did not exist while it waited.
 */
export function dueTimesAfter(
  i: { openedAt: string; classifiedAt: string | null; responseDueAt: string | null; priority: Priority | null },
  priority: Priority | null,
  heldSeconds: number,
  targets: SlaTargets = DEFAULT_SLA,
): { responseDueAt: string | null; resolveDueAt: string | null } {
  const due = dueTimes(priority, i.openedAt, heldSeconds, targets);
  if (i.classifiedAt) return { ...due, responseDueAt: i.responseDueAt };
  return i.priority === null ? { ...due, responseDueAt: dueTimes(null, i.openedAt, heldSeconds, targets).responseDueAt } : due;
}

/** Seconds of hold to add when an incident leaves on_hold at `now`. */
export function holdSeconds(holdStartedAt: string | null, now: Date): number {
  if (!holdStartedAt) return 0;
  return Math.max(0, Math.round((now.getTime() - Date.parse(holdStartedAt)) / 1000));
}

/** Whether an incident is past a due time at `now` (on hold: the clock is stopped). */
export function isOverdue(
  i: { status: string; classifiedAt: string | null; responseDueAt: string | null; resolveDueAt: string | null },
  now: Date,
): boolean {
  if (!['open', 'classified', 'escalated'].includes(i.status)) return false;
  const t = now.toISOString();
  return (!i.classifiedAt && !!i.responseDueAt && i.responseDueAt < t) || (!!i.resolveDueAt && i.resolveDueAt < t);
}

/**
 * When the response target was met: the first classification, or the resolution when an incident
 * was resolved without ever being classified (restoring service is a response).
 */
export const respondedAt = (i: { classifiedAt: string | null; resolvedAt: string | null }): string | null =>
  i.classifiedAt ?? i.resolvedAt;

/**
 * How one SLA target stands: met or missed (by how long) once done; else running (due in), overdue
 * (by how long), or stopped (on hold, or ended without it: cancelled, closed). Seconds are ≥ 0.
 */
export type SlaOutcome =
  | { state: 'met' | 'missed' | 'running' | 'overdue'; seconds: number }
  | { state: 'stopped'; seconds: 0 };

export function slaOutcome(due: string, done: string | null, status: string, now: Date): SlaOutcome {
  if (done) {
    const late = (Date.parse(done) - Date.parse(due)) / 1000;
    return late > 0 ? { state: 'missed', seconds: late } : { state: 'met', seconds: -late };
  }
  if (!['open', 'classified', 'escalated'].includes(status)) return { state: 'stopped', seconds: 0 };
  const left = (Date.parse(due) - now.getTime()) / 1000;
  return left >= 0 ? { state: 'running', seconds: left } : { state: 'overdue', seconds: -left };
}
