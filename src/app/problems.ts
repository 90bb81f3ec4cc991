import { notAllowed, notFound, usageError } from '../core/errors.js';
import type { IncidentRecord, TimelineEvent } from '../core/incident.js';
import { assertProblemMove, nextProblemStatus, type Problem, type ProblemMove } from '../core/problem.js';
import { formatRef } from '../core/refs.js';
import { LIMITS } from '../core/validate.js';
import type { ChangeContext } from './change.js';
import type { ProblemPatch } from '../store/problems.js';
import type { Store } from '../store/index.js';
import { addKnowledge, editKnowledge, loadKnowledge, type KnowledgeInput } from './knowledge.js';
import { similar } from './search.js';

/**
 * Problem management as operations: each loads, checks the move (core/problem.ts), writes the change,
 * its timeline events and any incident links in one transaction, and returns the problem as it is now.
 * `close --problem` hands incidents over through here too.
 */

const at = (c: ChangeContext) => c.now.toISOString();

function event(c: ChangeContext, kind: string, fields: Partial<TimelineEvent> = {}): TimelineEvent {
  return { at: at(c), actor: c.actor, kind, from: null, to: null, note: null, data: null, ...fields };
}

export async function loadProblem(c: ChangeContext, id: number): Promise<Problem> {
  const found = await c.store.problems.get(id);
  if (!found) throw notFound('problem.notFound', { ref: formatRef('PRB', id) }, 'problem.notFoundHint');
  return found;
}

async function loadIncidentRecord(c: ChangeContext, id: number): Promise<IncidentRecord> {
  const found = await c.store.incidents.get(id);
  if (!found) throw notFound('error.incidentNotFound', { ref: formatRef('INC', id) }, 'error.incidentNotFoundHint');
  return found;
}

/** An incident that moved from one problem to another by a link. */
export interface MovedIncident {
  incident: string;
  from: string;
}

export interface LinkOutcome {
  problem: Problem;
  /** Incidents and knowledge entries newly linked. */
  linked: string[];
  /** Already linked to this problem: nothing to do. */
  already: string[];
  moved: MovedIncident[];
}

/**
 * Links one incident to a problem (moving it from another problem if it had one): sets
 * `incidents.problem_id` and records the link on both timelines (and on the old problem's).
 */
async function linkIncident(
  c: ChangeContext,
  problem: Problem,
  incident: IncidentRecord,
  out: LinkOutcome,
  /** False when the caller records the link on the incident's timeline itself (a hand-off on close). */
  incidentEvent = true,
): Promise<void> {
  if (incident.problem === problem.ref) {
    out.already.push(incident.ref);
    return;
  }
  const previous = incident.problem;
  await c.store.problems.setIncidentProblem(incident.id, problem.id, incident.version, at(c));
  if (incidentEvent) await c.store.incidents.appendEvent(incident.id, event(c, 'problem_linked', { from: previous, to: problem.ref }));
  await c.store.problems.appendEvent(problem.id, event(c, 'linked', { to: incident.ref, note: incident.title, data: { from: previous } }));
  if (previous) {
    const previousId = Number(previous.slice(4));
    // The old problem's history says where its incident went (the row itself does not change).
    if (await c.store.problems.get(previousId)) await c.store.problems.appendEvent(previousId, event(c, 'unlinked', { from: incident.ref, to: problem.ref }));
    out.moved.push({ incident: incident.ref, from: previous });
  }
  out.linked.push(incident.ref);
}

export interface OpenProblemInput {
  title?: string;
  description?: string;
  owner?: string;
  category?: string;
  service?: string;
  rootCause?: string;
  workaround?: string;
  /** Incidents the problem starts from (`--from INC-3,INC-9`); the first gives the default title. */
  from?: number[];
}

/** First line of a text, cut to a title's length: what a problem made from free text is called. */
function titleFrom(text: string): string {
  // A title is one line: the tabs long text may hold become spaces, as they do in a typed title.
  const line = (text.split('\n').find((l) => l.trim()) ?? text).replace(/\t+/g, ' ').trim();
  const chars = [...line];
  return chars.length > LIMITS.title ? `${chars.slice(0, LIMITS.title - 1).join('')}…` : line;
}

async function createProblem(c: ChangeContext, input: OpenProblemInput, incidents: IncidentRecord[], origin: Record<string, unknown>): Promise<LinkOutcome> {
  const first = incidents[0];
  const title = input.title ?? first?.title;
  if (!title) throw usageError('error.missingValue', { what: 'title', flag: 'TITLE' });
  const now = at(c);
  const id = await c.store.problems.insert({
    title,
    description: input.description ?? null,
    status: 'open',
    rootCause: input.rootCause ?? null,
    workaround: input.workaround ?? null,
    owner: input.owner ?? null,
    category: input.category ?? first?.category ?? null,
    service: input.service ?? first?.service ?? null,
    openedAt: now,
    createdBy: c.store.dialect.whoActs(c.actor).actor, // on a server the role, as its database records it
    updatedAt: now,
  });
  await c.store.problems.appendEvent(id, event(c, 'opened', { to: 'open', note: title, data: { ...origin, owner: input.owner ?? null } }));
  return { problem: await loadProblem(c, id), linked: [], already: [], moved: [] };
}

export async function openProblem(c: ChangeContext, input: OpenProblemInput): Promise<LinkOutcome> {
  return await c.store.write(async () => {
    const incidents = await loadAll([...new Set(input.from ?? [])], (n) => loadIncidentRecord(c, n));
    const out = await createProblem(c, input, incidents, { from: incidents.map((i) => i.ref) });
    for (const i of incidents) await linkIncident(c, out.problem, i, out);
    return { ...out, problem: await loadProblem(c, out.problem.id) };
  });
}

/** `problem link PRB-n INC-… KB-…`: incidents (moved from another problem if need be) and knowledge entries. */
export async function linkToProblem(c: ChangeContext, problemId: number, refs: { incidents?: number[]; knowledge?: number[] }): Promise<LinkOutcome> {
  return await c.store.write(async () => {
    const problem = await loadProblem(c, problemId);
    assertProblemMove('link', problem.status, problem.ref);
    const incidents = await loadAll([...new Set(refs.incidents ?? [])], (n) => loadIncidentRecord(c, n));
    const entries = await loadAll([...new Set(refs.knowledge ?? [])], (n) => loadKnowledge(c, n));
    const out: LinkOutcome = { problem, linked: [], already: [], moved: [] };
    for (const i of incidents) await linkIncident(c, problem, i, out);
    for (const kb of entries) {
      if (problem.knowledge.includes(kb.ref)) {
        out.already.push(kb.ref);
        continue;
      }
      await c.store.problems.linkKnowledge(problem.id, kb.id, 'linked', at(c));
      await c.store.problems.appendEvent(problem.id, event(c, 'knowledge', { to: kb.ref, note: kb.title, data: { relation: 'linked' } }));
      out.linked.push(kb.ref);
    }
    return { ...out, problem: await loadProblem(c, problemId) };
  });
}

/**
 * The knowledge entry a known error publishes: its workaround (and, once fixed, the permanent fix)
 * under the symptoms people will search for — the problem's description and its incidents' titles.
 */
async function workaroundEntry(c: ChangeContext, p: Problem, tags: string[]): Promise<KnowledgeInput> {
  const titles = [...new Set((await c.store.problems.linkedIncidents(p.id)).map((i) => i.title))].filter((t) => t !== p.title).slice(0, 10);
  return {
    title: p.title,
    symptoms: [p.description, ...titles].filter(Boolean).join('\n') || null,
    cause: p.rootCause,
    workaround: p.workaround,
    resolution: p.fix,
    category: p.category,
    service: p.service,
    tags,
    status: 'published',
  };
}

/** Tag that marks an entry as a known error's workaround while the problem is not yet fixed. */
const KNOWN_ERROR_TAG = 'known-error';

/**
 * Creates or updates the problem's workaround entry (inside the caller's transaction) and notes it
 * on the problem's timeline. Tags a person added to the entry are kept.
 */
async function syncWorkaroundKnowledge(c: ChangeContext, p: Problem): Promise<{ ref: string; created: boolean }> {
  const existing = await c.store.problems.workaroundKnowledge(p.id);
  const entry = existing !== undefined ? await c.store.knowledge.get(existing) : undefined;
  const own = [KNOWN_ERROR_TAG, p.ref.toLowerCase()];
  const kept = (entry?.tags ?? []).filter((t) => !own.includes(t));
  const tags = [...(p.status === 'known_error' ? own : own.slice(1)), ...kept];
  const fields = await workaroundEntry(c, p, tags);
  let ref: string;
  if (entry) {
    ref = (await editKnowledge(c, entry.id, entry.version, fields)).ref;
  } else {
    const kb = await addKnowledge(c, fields);
    await c.store.problems.linkKnowledge(p.id, kb.id, 'workaround', at(c));
    ref = kb.ref;
  }
  await c.store.problems.appendEvent(p.id, event(c, 'knowledge', { to: ref, note: fields.title, data: { relation: 'workaround', created: !entry } }));
  return { ref, created: !entry };
}

/**
 * Known errors an incident matches: problems in known_error whose knowledge entries, or whose
 * incidents, the search index finds similar to the incident's title and description (the same
 * similarity as the suggestions on open and classify), plus the problem it is linked to.
 */
export async function knownErrorsFor(store: Store, incident: IncidentRecord): Promise<Problem[]> {
  if (!await store.problems.hasStatus('known_error')) return [];
  const hits = await similar(store, incident.title, incident.description, { exclude: incident.id, limit: 10 });
  const kbIds = hits.filter((h) => h.doc.kind === 'knowledge').map((h) => h.doc.id);
  const ids = new Set(await store.problems.problemsForKnowledge(kbIds, ['known_error']));
  for (const h of hits) {
    if (h.doc.kind !== 'incident') continue;
    const p = (await store.incidents.get(h.doc.id))?.problem;
    if (p) ids.add(Number(p.slice(4)));
  }
  if (incident.problem) ids.add(Number(incident.problem.slice(4)));
  // Known errors are few: all of them in one read, kept when named above (in id order).
  return (await store.problems.list({ statuses: ['known_error'] })).filter((p) => ids.has(p.id)).sort((a, b) => a.id - b.id);
}

/** Each record in turn, in order: the first one missing stops with its exit 3. */
async function loadAll<T>(ids: number[], load: (id: number) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (const id of ids) out.push(await load(id));
  return out;
}

/** What `close --problem` asks for: a new problem (with its text, or none) or an existing one by id. */
export type HandOff = { text?: string } | { problemId: number };

/** Where a closing incident goes, decided before the close is written. */
export interface HandOffTarget {
  problem: Problem;
  created: boolean;
  text: string | null;
}

/**
 * Decides (inside the close's transaction) which problem a closing incident is handed to: the one
 * named, or the active problem it is already linked to, or a new problem made from it (the text as
 * title, else the incident's title). A closed problem named is refused (exit 4).
 */
export async function handOffTarget(c: ChangeContext, incident: IncidentRecord, handOff: HandOff): Promise<HandOffTarget> {
  const text = 'text' in handOff ? (handOff.text ?? null) : null;
  if ('problemId' in handOff) {
    const problem = await loadProblem(c, handOff.problemId);
    if (problem.status === 'closed') throw notAllowed('problem.handOffClosed', { ref: problem.ref, incident: incident.ref }, 'problem.handOffClosedHint');
    return { problem, created: false, text };
  }
  const current = incident.problem ? await c.store.problems.get(Number(incident.problem.slice(4))) : undefined;
  if (current && current.status !== 'closed') return { problem: current, created: false, text };
  const title = text ? titleFrom(text) : incident.title;
  const description = text && text !== title ? text : undefined;
  const problem = (await createProblem(c, { title, description }, [incident], { from: [incident.ref], handOff: true })).problem;
  return { problem, created: true, text };
}

/** The incident's timeline entry for a hand-off (written with the close, right after `closed`). */
export function handOffEvent(c: ChangeContext, incident: IncidentRecord, target: HandOffTarget): TimelineEvent {
  return event(c, 'problem_handoff', {
    from: incident.problem && incident.problem !== target.problem.ref ? incident.problem : null,
    to: target.problem.ref,
    note: target.text,
    data: { problem: target.problem.ref, created: target.created },
  });
}

/** Links the closed incident to the target problem and records it on the problem's timeline. */
export async function completeHandOff(c: ChangeContext, incident: IncidentRecord, target: HandOffTarget): Promise<MovedIncident[]> {
  const out: LinkOutcome = { problem: target.problem, linked: [], already: [], moved: [] };
  await linkIncident(c, target.problem, incident, out, false);
  // Already linked: the hand-off is still worth a line in the problem's history.
  if (out.already.length) await c.store.problems.appendEvent(target.problem.id, event(c, 'handed_off', { from: incident.ref, note: target.text }));
  return out.moved;
}

/** Loads, checks the move, applies the patch and one event, returns the fresh problem. */
async function change(
  c: ChangeContext,
  id: number,
  move: (current: Problem) => ProblemMove,
  build: (current: Problem) => { patch: ProblemPatch; kind: string; note?: string | null; data?: Record<string, unknown> },
  expectedVersion?: number,
): Promise<Problem> {
  return await c.store.write(async () => {
    const current = await loadProblem(c, id);
    // Answers typed at a prompt were given for the problem as it was shown: refuse if it changed since.
    if (expectedVersion !== undefined && current.version !== expectedVersion) {
      throw notAllowed('error.conflict', { ref: current.ref, expected: expectedVersion, actual: current.version }, 'error.conflictHint');
    }
    const m = move(current);
    assertProblemMove(m, current.status, current.ref);
    const status = nextProblemStatus(m, current.status);
    const { patch, kind, note, data } = build(current);
    const full: ProblemPatch = { ...patch, status };
    await c.store.problems.update(id, current.version, full, at(c));
    await c.store.problems.appendEvent(
      id,
      event(c, kind, { from: current.status, to: status, note: note ?? null, data: { changes: diff(current, full), ...data } }),
    );
    return loadProblem(c, id);
  });
}

/** `{ field: [from, to] }` for the fields a change moved (status and timestamps left out). */
function diff(current: Problem, patch: ProblemPatch): Record<string, [unknown, unknown]> {
  const out: Record<string, [unknown, unknown]> = {};
  for (const [k, v] of Object.entries(patch)) {
    if (k === 'status' || k.endsWith('At')) continue;
    const before = (current as unknown as Record<string, unknown>)[k];
    if (before !== v) out[k] = [before ?? null, v ?? null];
  }
  return out;
}

export interface AnalyseInput {
  rootCause?: string;
  owner?: string;
  note?: string;
}

/** Starts (or continues) the analysis; from known_error or fixed it goes back: the cause is not settled. */
export async function analyseProblem(c: ChangeContext, id: number, input: AnalyseInput): Promise<Problem> {
  return change(
    c,
    id,
    () => 'analyse',
    (current) => ({
      kind: current.status === 'fixed' ? 'reopened' : 'analysed',
      note: input.note,
      patch: {
        ...(input.rootCause !== undefined && { rootCause: input.rootCause }),
        ...(input.owner !== undefined && { owner: input.owner }),
        analysisStartedAt: current.analysisStartedAt ?? at(c),
        // Back from fixed: the fix did not hold, so the problem is no longer fixed.
        ...(current.status === 'fixed' && { fixedAt: null }),
      },
    }),
  );
}

export interface KnownErrorInput {
  /** The version the user saw when asked (interactive edits refuse a change made meanwhile). */
  expectedVersion?: number;
  rootCause?: string;
  workaround?: string;
  owner?: string;
  note?: string;
}

/**
 * Records the problem as a known error: the root cause and a workaround are documented, so the next
 * incident with the symptom can be restored quickly while the permanent fix is pending.
 */
export async function knownErrorProblem(c: ChangeContext, id: number, input: KnownErrorInput): Promise<Problem> {
  return await c.store.write(async () => {
    const p = await knownErrorMove(c, id, input);
    // Its workaround becomes (or updates) a knowledge entry, so the next person finds it.
    await syncWorkaroundKnowledge(c, p);
    return loadProblem(c, id);
  });
}

async function knownErrorMove(c: ChangeContext, id: number, input: KnownErrorInput): Promise<Problem> {
  return change(
    c,
    id,
    () => 'known-error',
    (current) => {
      const rootCause = input.rootCause ?? current.rootCause;
      const workaround = input.workaround ?? current.workaround;
      if (!rootCause) throw usageError('problem.needsRootCause', { ref: current.ref, move: 'known-error' });
      if (!workaround) throw usageError('problem.needsWorkaround', { ref: current.ref });
      return {
        kind: 'known_error',
        note: input.note,
        patch: {
          rootCause,
          workaround,
          ...(input.owner !== undefined && { owner: input.owner }),
          analysisStartedAt: current.analysisStartedAt ?? at(c),
          knownErrorAt: current.status === 'known_error' ? current.knownErrorAt : at(c),
        },
      };
    },
    input.expectedVersion,
  );
}

export interface FixInput {
  expectedVersion?: number;
  fix: string;
  rootCause?: string;
  owner?: string;
  note?: string;
}

/** Records the permanent fix: from here on, recurrences count against it (`report problems`). */
export async function fixProblem(c: ChangeContext, id: number, input: FixInput): Promise<Problem> {
  return await c.store.write(async () => {
    const p = await fixMove(c, id, input);
    // A known error's entry now also says how it was fixed for good.
    if (await c.store.problems.workaroundKnowledge(id) !== undefined) await syncWorkaroundKnowledge(c, p);
    return loadProblem(c, id);
  });
}

async function fixMove(c: ChangeContext, id: number, input: FixInput): Promise<Problem> {
  return change(
    c,
    id,
    () => 'fix',
    (current) => {
      const rootCause = input.rootCause ?? current.rootCause;
      if (!rootCause) throw usageError('problem.needsRootCause', { ref: current.ref, move: 'fix' });
      return {
        kind: 'fixed',
        note: input.note,
        patch: { fix: input.fix, rootCause, ...(input.owner !== undefined && { owner: input.owner }), fixedAt: at(c) },
      };
    },
    input.expectedVersion,
  );
}

export interface CloseProblemInput {
  /** Required to close without a permanent fix; a closing note otherwise. */
  reason?: string;
}

export async function closeProblem(c: ChangeContext, id: number, input: CloseProblemInput): Promise<Problem> {
  return change(
    c,
    id,
    (current) => (current.status !== 'fixed' && input.reason !== undefined ? 'close-unfixed' : 'close'),
    (current) => ({
      kind: 'closed',
      note: input.reason,
      data: { withoutFix: current.status !== 'fixed' },
      patch: { closedAt: at(c), closeReason: input.reason ?? null },
    }),
  );
}
