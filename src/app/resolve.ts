import type { IncidentRecord } from '../core/incident.js';
import type { Knowledge } from '../core/knowledge.js';
import type { ChangeContext } from './change.js';
import { resolveIncident, type ResolveInput } from './incidents.js';
import { createFromIncident, loadKnowledge, useForIncident } from './knowledge.js';
import { loadIncident } from './records.js';

export interface ResolveKnowledge {
  /** Create a knowledge entry from the incident. */
  create?: boolean;
  /** The entry that solved it. */
  used?: number;
}

export interface ResolvedWithKnowledge {
  incident: IncidentRecord;
  created: Knowledge | null;
  used: Knowledge | null;
}

/** `resolve --kb / --kb-link`: the resolution and the knowledge links in one transaction. */
export async function resolveWithKnowledge(c: ChangeContext, id: number, input: ResolveInput, kb: ResolveKnowledge): Promise<ResolvedWithKnowledge> {
  return c.store.write(async () => {
    if (kb.used !== undefined) await loadKnowledge(c, kb.used);
    await resolveIncident(c, id, input);
    const used = kb.used !== undefined ? await useForIncident(c, kb.used, id) : null;
    const created = kb.create ? await createFromIncident(c, id) : null;
    return { incident: await loadIncident(c, id), created, used };
  });
}
