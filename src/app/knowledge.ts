import { notFound } from '../core/errors.js';
import type { TimelineEvent } from '../core/incident.js';
import { assertKnowledgeMove, type Knowledge, type KnowledgeStatus } from '../core/knowledge.js';
import { formatRef } from '../core/refs.js';
import type { ChangeContext } from './change.js';
import type { KnowledgePatch } from '../store/knowledge.js';

export type { KnowledgePatch };
import { loadIncident } from './records.js';

/**
 * Knowledge entries (SPEC §3, §5): add, edit (refused when changed meanwhile), retire, link to the
 * incidents they served, create from a resolved incident, import. Each operation is one transaction.
 */

export interface KnowledgeInput {
  title: string;
  symptoms?: string | null;
  cause?: string | null;
  resolution?: string | null;
  workaround?: string | null;
  category?: string | null;
  service?: string | null;
  tags?: string[];
  status?: KnowledgeStatus;
}

const at = (c: ChangeContext) => c.now.toISOString();

export async function loadKnowledge(c: ChangeContext, id: number): Promise<Knowledge> {
  const found = await c.store.knowledge.get(id);
  if (!found) throw notFound('kb.notFound', { ref: formatRef('KB', id) }, 'kb.notFoundHint');
  return found;
}

async function insert(c: ChangeContext, input: KnowledgeInput, sourceIncident: number | null = null): Promise<number> {
  return await c.store.knowledge.insert({
    title: input.title,
    symptoms: input.symptoms ?? null,
    cause: input.cause ?? null,
    resolution: input.resolution ?? null,
    workaround: input.workaround ?? null,
    category: input.category ?? null,
    service: input.service ?? null,
    tags: input.tags ?? [],
    status: input.status ?? 'draft',
    sourceIncident,
    createdBy: c.store.dialect.whoActs(c.actor).actor, // on a server the role, as its database records it
    createdAt: at(c),
  });
}

export async function addKnowledge(c: ChangeContext, input: KnowledgeInput): Promise<Knowledge> {
  return c.store.write(async () => loadKnowledge(c, await insert(c, input)));
}

/**
 * Applies an edit if the entry is still at `expectedVersion` (the version shown when the edit
 * began); a change made meanwhile by someone else is refused with exit 4, not overwritten.
 */
export async function editKnowledge(c: ChangeContext, id: number, expectedVersion: number | undefined, patch: KnowledgePatch): Promise<Knowledge> {
  return await c.store.write(async () => {
    const current = await loadKnowledge(c, id);
    if (patch.status) assertKnowledgeMove(current.ref, current.status, patch.status);
    await c.store.knowledge.update(id, expectedVersion ?? current.version, patch, at(c));
    return loadKnowledge(c, id);
  });
}

export async function retireKnowledge(c: ChangeContext, id: number): Promise<Knowledge> {
  return await c.store.write(async () => {
    const current = await loadKnowledge(c, id);
    if (current.status === 'retired') return current;
    assertKnowledgeMove(current.ref, current.status, 'retired');
    await c.store.knowledge.update(id, current.version, { status: 'retired' }, at(c));
    return loadKnowledge(c, id);
  });
}

/** Links an entry and an incident (in a transaction the caller holds) and notes it on the timeline. */
async function linkInside(c: ChangeContext, kbId: number, incidentId: number, relation: 'created' | 'used'): Promise<boolean> {
  const kb = await loadKnowledge(c, kbId);
  const incident = await loadIncident(c, incidentId);
  const added = await c.store.knowledge.link(incidentId, kbId, relation, at(c));
  if (added) {
    // knowledge[] changed: a new version of the incident, and a line in its timeline.
    await c.store.incidents.update(incidentId, incident.version, {}, at(c));
    const event: TimelineEvent = { at: at(c), actor: c.actor, kind: relation === 'created' ? 'kb_created' : 'kb_used', from: null, to: kb.ref, note: kb.title, data: null };
    await c.store.incidents.appendEvent(incidentId, event);
  }
  return added;
}

export interface LinkResult {
  entry: Knowledge;
  incident: string;
  added: boolean;
}

/** `kb link KB-n INC-n`: the entry served the incident; its `uses` goes up once per incident. */
export async function linkKnowledge(c: ChangeContext, kbId: number, incidentId: number): Promise<LinkResult> {
  return await c.store.write(async () => {
    const added = await linkInside(c, kbId, incidentId, 'used');
    return { entry: await loadKnowledge(c, kbId), incident: formatRef('INC', incidentId), added };
  });
}

/** The entry an incident becomes: its words, what was done, where it applies. */
async function fromIncident(c: ChangeContext, incidentId: number): Promise<KnowledgeInput> {
  const i = await loadIncident(c, incidentId);
  const symptoms = [i.description, i.scope].filter(Boolean).join('\n\n') || null;
  const workaround = i.resolutionCode === 'workaround';
  return {
    title: i.title,
    symptoms,
    resolution: workaround ? null : i.resolution,
    workaround: workaround ? i.resolution : null,
    category: i.category,
    service: i.service,
    tags: i.tags,
    status: 'draft',
  };
}

/**
 * Inside a transaction the caller holds (resolve --kb-link): the entry served the incident, noted on
 * its timeline. The entry, as it is now.
 */
export async function useForIncident(c: ChangeContext, kbId: number, incidentId: number): Promise<Knowledge> {
  await linkInside(c, kbId, incidentId, 'used');
  return loadKnowledge(c, kbId);
}

/** Inside a transaction the caller holds (resolve --kb): a draft entry made from the incident. */
export async function createFromIncident(c: ChangeContext, incidentId: number): Promise<Knowledge> {
  const kbId = await insert(c, await fromIncident(c, incidentId), incidentId);
  await linkInside(c, kbId, incidentId, 'created');
  return loadKnowledge(c, kbId);
}

export interface ImportResult {
  added: Knowledge[];
  skipped: number;
}

/**
 * Imports entries (already validated). An entry whose title is already in the knowledge base is
 * skipped, so loading the same file twice changes nothing.
 */
export async function importKnowledge(c: ChangeContext, entries: KnowledgeInput[]): Promise<ImportResult> {
  return await c.store.write(async () => {
    const titles = new Set((await c.store.knowledge.titles()).map(titleKey));
    const added: Knowledge[] = [];
    let skipped = 0;
    for (const e of entries) {
      const key = titleKey(e.title);
      if (titles.has(key)) {
        skipped++;
        continue;
      }
      titles.add(key);
      added.push(await loadKnowledge(c, await insert(c, { ...e, status: e.status ?? 'published' })));
    }
    return { added, skipped };
  });
}

const titleKey = (t: string) => t.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
