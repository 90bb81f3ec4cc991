import type { IncidentRecord, TimelineEvent } from '../core/incident.js';
import type { RefKind } from '../core/refs.js';
import { Store } from '../store/index.js';
import type { RefCandidate } from '../store/complete.js';

export type { RefCandidate };
import { incidentDurations } from './reports.js';

/** What a completion report states beyond the record and its timeline (render/report.ts draws it). */
export interface CompletionFacts {
  knowledge: { ref: string; title: string; relation: string; status: string }[];
  durations: { toClassify: number | null; toResolve: number | null; toResolveGross: number | null; onHold: number };
}

/**
 * The completion report's facts for one incident: the knowledge entries it created or used, and its
 * times net of hold.
 */
export async function completionFacts(store: Store, incident: IncidentRecord, timeline: TimelineEvent[]): Promise<CompletionFacts> {
  const ms = (s: string | null) => (s ? Date.parse(s) : null);
  const d = incidentDurations(
    { start: Date.parse(incident.openedAt), classified: ms(incident.classifiedAt), resolved: ms(incident.resolvedAt), heldSeconds: incident.heldSeconds },
    timeline.map((e) => ({ at: Date.parse(e.at), kind: e.kind, from: e.from })),
  );
  return {
    knowledge: await store.reports.knowledgeLinks(incident.id),
    durations: {
      toClassify: d.mttaNet,
      toResolve: d.mttrNet,
      toResolveGross: d.mttrGross,
      onHold: d.mttrNet !== null && d.mttrGross !== null ? d.mttrGross - d.mttrNet : incident.heldSeconds,
    },
  };
}

/**
 * Refs for shell completion, newest first. Reads the database read-only and never creates,
 * migrates or locks it; any problem (no file yet, older schema, busy) answers nothing rather than
 * an error, because a completion must never disturb the terminal.
 */
export async function refsForCompletion(
  path: string,
  kind: RefKind,
  opts: { statuses?: readonly string[]; digits?: string; limit?: number } = {},
): Promise<RefCandidate[]> {
  const store = await Store.peek(path);
  if (!store) return [];
  try {
    return await store.completion.refs(kind, opts);
  } catch {
    return [];
  } finally {
    await store.close();
  }
}
