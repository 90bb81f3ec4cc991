import type { Priority } from './priority.js';
import { ALWAYS, addBusinessTime, businessSecondsBetween, type Calendar } from './calendar.js';
import { clockRunning } from './lifecycle.js';

/** Response (until classified) and resolution (until resolved) targets in seconds; null = none. */
export interface SlaTarget {
  response: number | null;
  resolve: number | null;
}
/**
 * `unclassified`: the response target of an incident that has no priority yet (SPEC §8
 * `sla.unclassified`); left out, P3's response target; null, none.
 */
export type SlaTargets = Record<Priority, SlaTarget> & {
  unclassified?: number | null;
  /** The calendar each priority's targets count in (SPEC §8); absent, around the clock. */
  calendars?: Partial<Record<Priority | 'unclassified', Calendar>>;
};

/** SPEC §8 defaults: P1 15m/4h, P2 30m/8h, P3 4h/3d, P4 1d/5d, P5 none. */
export const DEFAULT_SLA: SlaTargets = {
  P1: { response: 15 * 60, resolve: 4 * 3600 },
  P2: { response: 30 * 60, resolve: 8 * 3600 },
  P3: { response: 4 * 3600, resolve: 3 * 86400 },
  P4: { response: 86400, resolve: 5 * 86400 },
  P5: { response: null, resolve: null },
};

/** The due time `seconds` of the calendar's open time after an instant (around the clock: plain addition). */
const plus = (cal: Calendar, isoTime: string, seconds: number) => new Date(addBusinessTime(cal, Date.parse(isoTime), seconds)).toISOString();

/** The calendar a priority's targets count in (no priority: the unclassified response clock's). */
export function calendarFor(priority: Priority | null, targets: SlaTargets = DEFAULT_SLA): Calendar {
  return (priority ? targets.calendars?.[priority] : targets.calendars?.unclassified) ?? ALWAYS;
}

/**
 * Time on hold: its elapsed seconds, and the spans it was made of (epoch ms), asked for only when a
 * business calendar needs to know how much of it fell in working hours.
 */
export interface Held {
  seconds: number;
  spans?: () => readonly (readonly [number, number])[];
}
export type HeldTime = number | Held;

/** Time on hold as a calendar counts it: only its working hours push a business due time back. */
export function heldIn(cal: Calendar, held: HeldTime): number {
  if (typeof held === 'number') return held;
  if (cal.always || !held.spans) return held.seconds;
  let business = 0;
  let elapsed = 0;
  for (const [a, b] of held.spans()) {
    business += businessSecondsBetween(cal, a, b);
    elapsed += (b - a) / 1000;
  }
  // Hold the timeline does not show (an imported incident's total) counts as it was recorded; less
  // than a second is the rounding of the recorded total, not a hold.
  const unexplained = held.seconds - elapsed;
  return business + (unexplained >= 1 ? unexplained : 0);
}

/**
 * The spans an incident spent on hold, from its timeline (oldest first): each move to on_hold to the
 * next move out of it; `open` is a hold not over yet, with the instant it ends now.
 */
export function holdSpans(
  timeline: readonly { at: string; from: string | null; to: string | null }[],
  open?: { since: string; until: Date },
): [number, number][] {
  const out: [number, number][] = [];
  let since: number | null = null;
  for (const e of timeline) {
    if (e.to === 'on_hold' && e.from !== 'on_hold') since = Date.parse(e.at);
    else if (e.from === 'on_hold' && e.to !== 'on_hold' && since !== null) {
      out.push([since, Date.parse(e.at)]);
      since = null;
    }
  }
  if (open) out.push([Date.parse(open.since), open.until.getTime()]);
  return out;
}

/** The targets an incident's priority gives; without one, only a response (SPEC §8 `sla.unclassified`). */
export function targetFor(priority: Priority | null, targets: SlaTargets = DEFAULT_SLA): SlaTarget {
  if (priority) return targets[priority];
  return { response: targets.unclassified === undefined ? targets.P3.response : targets.unclassified, resolve: null };
}

/**
 * Due times count from openedAt in the priority's calendar (SPEC §8: around the clock, or working
 * hours) and are pushed back by the time spent on hold, as that calendar counts it: the clock stops
 * while an incident waits on someone else. Without a priority only the response clock runs.
 */
export function dueTimes(
  priority: Priority | null,
  openedAt: string,
  held: HeldTime,
  targets: SlaTargets = DEFAULT_SLA,
): { responseDueAt: string | null; resolveDueAt: string | null } {
  const target = targetFor(priority, targets);
  const cal = calendarFor(priority, targets);
  return {
    responseDueAt: target?.response != null ? plus(cal, openedAt, target.response + heldIn(cal, held)) : null,
    resolveDueAt: target?.resolve != null ? plus(cal, openedAt, target.resolve + heldIn(cal, held)) : null,
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
  held: HeldTime,
  targets: SlaTargets = DEFAULT_SLA,
): { responseDueAt: string | null; resolveDueAt: string | null } {
  const due = dueTimes(priority, i.openedAt, held, targets);
  if (i.classifiedAt) return { ...due, responseDueAt: i.responseDueAt };
  return i.priority === null ? { ...due, responseDueAt: dueTimes(null, i.openedAt, held, targets).responseDueAt } : due;
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
  if (!clockRunning(i.status)) return false;
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
  if (!clockRunning(status)) return { state: 'stopped', seconds: 0 };
  const left = (Date.parse(due) - now.getTime()) / 1000;
  return left >= 0 ? { state: 'running', seconds: left } : { state: 'overdue', seconds: -left };
}

/** An SLA target's outcome with how long counted in its calendar: working time, unless around the clock. */
export type SlaStanding = SlaOutcome & {
  /** The business calendar the seconds are counted in; absent: elapsed time. */
  business?: Calendar;
};

/**
 * How one target stands (slaOutcome), for a person: the seconds late, early or left in the calendar
 * the target counts in (SPEC §8), so that `show` and the completion report say the same.
 */
export function slaStanding(due: string, done: string | null, status: string, now: Date, calendar?: Calendar): SlaStanding {
  const o = slaOutcome(due, done, status, now);
  if (!calendar || calendar.always || o.state === 'stopped' || !o.seconds) return o;
  const seconds = Math.abs(businessSecondsBetween(calendar, Date.parse(due), done ? Date.parse(done) : now.getTime()));
  return { ...o, seconds, business: calendar };
}

/**
 * The calendars an incident's targets count in: opened without a priority, its response ran on the
 * unclassified clock (dueTimesAfter), whatever priority it was given since.
 */
export function incidentCalendars(priority: Priority | null, openedWithoutPriority: boolean, targets: SlaTargets): { response: Calendar; resolve: Calendar } {
  return { response: calendarFor(openedWithoutPriority ? null : priority, targets), resolve: calendarFor(priority, targets) };
}
