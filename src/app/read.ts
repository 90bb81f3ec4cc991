import type { IncidentLinks, IncidentRecord, TimelineEvent } from '../core/incident.js';
import { formatRef } from '../core/refs.js';
import type { KnowledgeLink } from '../core/knowledge.js';
import type { LinkedIncident, Problem, ProblemEvent } from '../core/problem.js';
import type { Store } from '../store/index.js';
import type { IncidentFilter } from '../store/incidents.js';
import type { KnowledgeFilter } from '../store/knowledge.js';
import type { Notification, OutboxStatus } from '../store/outbox.js';
import type { ProblemFilter } from '../store/problems.js';

/**
 * What the reading commands ask of the store, one query each. Kept apart from the modules that
 * change records so that a command that only reads (list, show) loads none of them (SPEC §13).
 */

export type { IncidentFilter, KnowledgeFilter, ProblemFilter };

export const listIncidents = (store: Store, filter: IncidentFilter): Promise<IncidentRecord[]> => store.incidents.list(filter);

/** How many incidents match (sort and limit are ignored). */
export const countIncidents = (store: Store, filter: IncidentFilter): Promise<number> => store.incidents.count(filter);

export const incidentTimeline = (store: Store, id: number): Promise<TimelineEvent[]> => store.incidents.timeline(id);

export const listProblems = (store: Store, filter: ProblemFilter): Promise<Problem[]> => store.problems.list(filter);

export const findProblem = (store: Store, id: number): Promise<Problem | undefined> => store.problems.get(id);

export const problemTimeline = (store: Store, id: number): Promise<ProblemEvent[]> => store.problems.timeline(id);

export const problemIncidents = (store: Store, id: number): Promise<LinkedIncident[]> => store.problems.linkedIncidents(id);

export const listKnowledge = (store: Store, filter: KnowledgeFilter): Promise<Awaited<ReturnType<Store['knowledge']['list']>>> => store.knowledge.list(filter);

/** The incidents an entry was created from or used for, oldest link first. */
export const knowledgeLinks = (store: Store, id: number): Promise<KnowledgeLink[]> => store.knowledge.links(id);

export const listNotifications = (store: Store, statuses: readonly OutboxStatus[], limit = 0): Promise<Notification[]> => store.outbox.list(statuses, limit);

/** An incident's links both ways, as `show` lists them. */
export async function incidentLinks(store: Store, incident: IncidentRecord): Promise<IncidentLinks> {
  const out: IncidentLinks = { related: incident.related, duplicateOf: null, duplicates: [], parent: null, children: [] };
  for (const l of await store.incidents.linksOf(incident.id)) {
    const mine = l.from === incident.id;
    const other = formatRef('INC', mine ? l.to : l.from);
    if (l.kind === 'duplicate') {
      if (mine) out.duplicateOf = other;
      else out.duplicates.push(other);
    } else if (l.kind === 'parent') {
      if (mine) out.parent = other;
      else out.children.push(other);
    }
  }
  const byNumber = (x: string, y: string) => Number(x.slice(4)) - Number(y.slice(4));
  out.duplicates.sort(byNumber);
  out.children.sort(byNumber);
  return out;
}
