import type { Priority } from './priority.js';

/** Response (until classified) and resolution (until resolved) targets in seconds; null = none. */
export interface SlaTarget {
  response: number | null;
  resolve: number | null;
}
export type SlaTargets = Record<Priority, SlaTarget>;

/** SPEC §8 defaults: P1 15m/4h, P2 30m/8h, P3 4h/3d, P4 1d/5d, P5 none. */
export const DEFAULT_SLA: SlaTargets = {
  P1: { response: 15 * 60, resolve: 4 * 3600 },
  P2: { response: 30 * 60, resolve: 8 * 3600 },
  P3: { response: 4 * 3600, resolve: 3 * 86400 },
  P4: { response: 86400, resolve: 5 * 86400 },
  P5: { response: null, resolve: null },
};

const plus = (isoTime: string, seconds: number) => new Date(Date.parse(isoTime) + seconds * 1000).toISOString();

/**
 * Due times count from openedAt and are pushed back by the time spent on hold: the clock stops while
 * an incident waits on someone else (SPEC §8). Without a priority there is no target yet.
 */
export function dueTimes(
  priority: Priority | null,
  openedAt: string,
  heldSeconds: number,
  targets: SlaTargets = DEFAULT_SLA,
): { responseDueAt: string | null; resolveDueAt: string | null } {
  const target = priority ? targets[priority] : null;
  return {
    responseDueAt: target?.response != null ? plus(openedAt, target.response + heldSeconds) : null,
    resolveDueAt: target?.resolve != null ? plus(openedAt, target.resolve + heldSeconds) : null,
  };
}

/**
 * An incident's due times after a change of priority or of its time on hold. The response is over
 * once the incident was first classified: its due time stays where it was then, so a hold afterwards
 * (or a new priority) cannot turn a late response into a met one — time on hold before the response
 * counts, not after it.
 */
export function dueTimesAfter(
  i: { openedAt: string; classifiedAt: string | null; responseDueAt: string | null },
  priority: Priority | null,
  heldSeconds: number,
  targets: SlaTargets = DEFAULT_SLA,
): { responseDueAt: string | null; resolveDueAt: string | null } {
  const due = dueTimes(priority, i.openedAt, heldSeconds, targets);
  return i.classifiedAt ? { ...due, responseDueAt: i.responseDueAt } : due;
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
