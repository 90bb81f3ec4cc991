import type { IncidentRecord, TimelineEvent } from '../core/incident.js';
import { incidentCalendars } from '../core/sla.js';
import type { SlaCalendars } from '../render/report.js';
import type { Context } from './context.js';

/**
 * The calendars an incident's SLA lines count in (`show`, the completion report), from the
 * settings, which are read only when the incident has a due time.
 */
export async function slaCalendars(ctx: Context, incident: IncidentRecord, timeline: readonly TimelineEvent[]): Promise<SlaCalendars | undefined> {
  if (!incident.responseDueAt && !incident.resolveDueAt) return undefined;
  const targets = (await ctx.config()).sla(ctx.calendarSources());
  // Opened without a priority, the response ran on the unclassified clock (core/sla.ts#dueTimesAfter).
  const opened = timeline.find((e) => e.kind === 'opened')?.data as { priority?: string | null } | null | undefined;
  return incidentCalendars(incident.priority, opened?.priority === null, targets);
}
