import type { IncidentRecord } from './incident.js';
import { clockRunning, isActive } from './lifecycle.js';
import { PRIORITIES, type Priority } from './priority.js';
import { businessSecondsBetween } from './calendar.js';
import { calendarFor, targetFor, type SlaTargets } from './sla.js';

/**
 * What needs attention at `now` (SPEC §8), with no I/O: due times passed (breach) or nearly passed
 * (warning), incidents nobody touched for a while (stale), and resolved incidents whose watch period
 * ended. On hold the SLA clock is stopped, so a held incident neither breaches nor warns.
 */

export type FindingKind = 'breach' | 'warning' | 'stale' | 'watch-ended';
export type DueKind = 'response' | 'resolve';

export interface Finding {
  kind: FindingKind;
  incident: IncidentRecord;
  /** Which target, for breaches and warnings. */
  due: DueKind | null;
  /** The due time (breach, warning), last activity (stale) or end of the watch period. */
  at: string;
  /** Share of the target used, for breaches and warnings (1 = due now). */
  used: number | null;
  /** A business-hours target: its calendar, and the working seconds past the due time (breach) or left (warning). */
  calendar?: { name: string; seconds: number };
}

export interface CheckOptions {
  now: Date;
  /** Warn at this share of a target (0.8 = 80 %); null = no warnings. */
  warn: number | null;
  /** Seconds without a person's event after which an active incident is stale; null = never. */
  staleSeconds: number | null;
  /** Last event by a person, per incident id. */
  lastActivity: ReadonlyMap<number, string>;
  /** Targets and calendars: a business-hours target is used up only in working hours. Absent: around the clock. */
  sla?: SlaTargets;
}

const ORDER: FindingKind[] = ['breach', 'warning', 'stale', 'watch-ended'];

/** The breach's identity: the same due time breached twice is one breach (check acts once). */
export const breachKey = (due: DueKind, dueAt: string) => `${due}@${dueAt}`;

function clock(
  i: IncidentRecord,
  due: DueKind,
  dueAt: string,
  now: number,
  sla?: SlaTargets,
): { used: number; passed: boolean; calendar?: Finding['calendar'] } {
  const opened = Date.parse(i.openedAt);
  const cal = calendarFor(i.priority, sla);
  if (!cal.always) {
    // Share of the target's working time used: what is left until the due time, in working hours,
    // against the target (with hold time, measured from the opening, when nothing was held).
    const left = businessSecondsBetween(cal, now, Date.parse(dueAt));
    const target = i.heldSeconds ? (targetFor(i.priority, sla)[due] ?? 0) : businessSecondsBetween(cal, opened, Date.parse(dueAt));
    const passed = now > Date.parse(dueAt);
    return { used: target > 0 ? 1 - left / target : 1, passed, calendar: { name: cal.name, seconds: Math.abs(left) } };
  }
  const target = Date.parse(dueAt) - opened - i.heldSeconds * 1000;
  const elapsed = now - opened - i.heldSeconds * 1000;
  return { used: target > 0 ? elapsed / target : 1, passed: now > Date.parse(dueAt) };
}

export function findAttention(incidents: readonly IncidentRecord[], o: CheckOptions): Finding[] {
  const now = o.now.getTime();
  const out: Finding[] = [];
  for (const i of incidents) {
    if (clockRunning(i.status)) {
      const dues: [DueKind, string | null][] = [
        ['response', i.classifiedAt ? null : i.responseDueAt],
        ['resolve', i.resolveDueAt],
      ];
      for (const [due, dueAt] of dues) {
        if (!dueAt) continue;
        const { used, passed, calendar } = clock(i, due, dueAt, now, o.sla);
        const business = calendar && { calendar };
        if (passed) out.push({ kind: 'breach', incident: i, due, at: dueAt, used, ...business });
        else if (o.warn !== null && used >= o.warn) out.push({ kind: 'warning', incident: i, due, at: dueAt, used, ...business });
      }
    }
    if (isActive(i.status) && o.staleSeconds !== null) {
      const last = o.lastActivity.get(i.id) ?? i.openedAt;
      if (now - Date.parse(last) >= o.staleSeconds * 1000) out.push({ kind: 'stale', incident: i, due: null, at: last, used: null });
    }
    if (i.status === 'resolved' && i.monitorUntil && Date.parse(i.monitorUntil) <= now) {
      out.push({ kind: 'watch-ended', incident: i, due: null, at: i.monitorUntil, used: null });
    }
  }
  const rank = (p: Priority | null) => (p ? PRIORITIES.indexOf(p) : PRIORITIES.length);
  return out.sort(
    (a, b) =>
      ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) ||
      Number(b.incident.major) - Number(a.incident.major) ||
      rank(a.incident.priority) - rank(b.incident.priority) ||
      // ISO times order as plain strings; localeCompare would start ICU's collator (≈ 6 ms).
      (a.at < b.at ? -1 : a.at > b.at ? 1 : 0) ||
      a.incident.id - b.incident.id,
  );
}

/** Whether a breach of this incident is escalated automatically under a priority cap (null = never). */
export function escalates(i: Pick<IncidentRecord, 'priority' | 'major' | 'escalationLevel'>, cap: Priority | null, maxLevel: number): boolean {
  if (cap === null || i.escalationLevel >= maxLevel) return false;
  return i.major || (i.priority !== null && PRIORITIES.indexOf(i.priority) <= PRIORITIES.indexOf(cap));
}
