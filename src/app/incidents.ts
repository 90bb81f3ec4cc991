import { notAllowed } from '../core/errors.js';
import type { IncidentRecord, ResolutionCode, Source, TimelineEvent } from '../core/incident.js';
import { ACTIVE_STATUSES, assertMove, isActive, isFinal, nextStatus, type Move, type Status } from '../core/lifecycle.js';
import { derivePriority, type Level } from '../core/priority.js';
import { formatRef } from '../core/refs.js';
import { dueTimes, dueTimesAfter, holdSeconds, holdSpans, type Held } from '../core/sla.js';
import type { ChangeContext, SeenIncident } from './change.js';
import { loadIncident } from './records.js';
import type { IncidentPatch } from '../store/incidents.js';
import { enqueueNotifications } from './notify.js';
import { completeHandOff, handOffEvent, handOffTarget, type HandOffTarget } from './problems.js';

/**
 * The incident lifecycle as operations: each loads the incident, checks the move against SPEC §4,
 * writes the change and its timeline event in one transaction, and returns the incident as it is now.
 * Commands, `check`, `ingest` and imports all change incidents through here.
 */

export interface OpenInput {
  title: string;
  description?: string;
  impact?: Level;
  urgency?: Level;
  category?: string;
  service?: string;
  source?: Source;
  reporter?: string;
  assignee?: string;
  team?: string;
  scope?: string;
  tags?: string[];
  detectedAt?: Date;
  related?: number[];
  dedupKey?: string;
  major?: boolean;
  /** More for the `opened` event's data (where a mail came from: SPEC §16). */
  eventData?: Record<string, unknown>;
}

export interface OpenResult {
  incident: IncidentRecord;
  /** True when --dedup-key matched an active incident and only its occurrences went up. */
  deduplicated: boolean;
}

const at = (c: ChangeContext) => c.now.toISOString();

function event(c: ChangeContext, kind: string, fields: Partial<TimelineEvent> = {}): TimelineEvent {
  return { at: at(c), actor: c.actor, kind, from: null, to: null, note: null, data: null, ...fields };
}

export { findIncidentId, loadIncident } from './records.js';

/**
 * Before a prompt: checks the move now (nobody should type a resolution for a closed incident) and
 * answers the incident as the user sees it; put it in ChangeContext.seen so the write refuses a
 * change someone else made while the user was typing.
 */
export async function prepareChange(c: ChangeContext, id: number, move: Move): Promise<SeenIncident> {
  const incident = await loadIncident(c, id);
  assertMove(move, incident.status, incident.ref);
  const timeline = await c.store.incidents.timeline(id);
  return { incident, lastEventId: timeline[timeline.length - 1]?.id ?? 0 };
}

/** Exit 4 naming who changed what since `seen`, instead of writing over their change. */
async function assertUnchanged(c: ChangeContext, current: IncidentRecord): Promise<void> {
  const seen = c.seen?.incident;
  if (!seen || seen.id !== current.id || seen.version === current.version) return;
  const skip = new Set(['updatedAt', 'version']);
  const fields = Object.keys(current).filter(
    (k) => !skip.has(k) && JSON.stringify((seen as unknown as Record<string, unknown>)[k]) !== JSON.stringify((current as unknown as Record<string, unknown>)[k]),
  );
  const later = (await c.store.incidents.timeline(current.id)).filter((e) => (e.id ?? 0) > (c.seen?.lastEventId ?? 0));
  const who = [...new Set(later.map((e) => e.actor))].join(', ') || '?';
  const changed = fields.length ? fields.join(', ') : later.map((e) => e.kind).join(', ');
  throw notAllowed('error.changedMeanwhile', { ref: current.ref, who, fields: changed || `version ${seen.version} → ${current.version}` }, 'error.conflictHint');
}

type Built = { patch: IncidentPatch; events: TimelineEvent[] };

/** Loads, checks the move, applies the patch and events, returns the fresh record. */
async function change(
  c: ChangeContext,
  id: number,
  move: Move,
  build: (current: IncidentRecord) => Built | Promise<Built>,
): Promise<IncidentRecord> {
  return c.store.write(async () => {
    const current = await loadIncident(c, id);
    await assertUnchanged(c, current);
    assertMove(move, current.status, current.ref);
    const { patch, events } = await build(current);
    await c.store.incidents.update(id, current.version, patch, at(c));
    for (const e of events) await c.store.incidents.appendEvent(id, e);
    const changed = await loadIncident(c, id);
    for (const e of events) await enqueueNotifications(c, changed, e);
    return changed;
  });
}

/**
 * An incident's time on hold, with its spans read from the timeline only when a business calendar
 * asks (how much of the hold fell in working hours); `until` ends a hold still running.
 */
export async function heldTime(c: Pick<ChangeContext, 'store'>, current: IncidentRecord, seconds: number, until?: Date): Promise<Held> {
  const open = until && current.holdStartedAt ? { since: current.holdStartedAt, until } : undefined;
  // Read only for an incident that was ever on hold: one query, before the (synchronous) SLA clock.
  const spans = seconds > 0 || open ? holdSpans(await c.store.incidents.timeline(current.id), open) : [];
  return { seconds, spans: () => spans };
}

/** Fields that end a hold when an incident leaves on_hold by any move: the paused clock restarts. */
async function leaveHold(c: ChangeContext, current: IncidentRecord): Promise<IncidentPatch> {
  if (current.status !== 'on_hold') return {};
  const heldSeconds = current.heldSeconds + holdSeconds(current.holdStartedAt, c.now);
  return { holdStartedAt: null, heldSeconds, ...dueTimesAfter(current, current.priority, await heldTime(c, current, heldSeconds, c.now), c.sla) };
}

export async function openIncident(c: ChangeContext, input: OpenInput): Promise<OpenResult> {
  return await c.store.write(async () => {
    if (input.dedupKey) {
      const existing = await c.store.incidents.findActiveByDedupKey(input.dedupKey);
      if (existing) {
        const occurrences = existing.occurrences + 1;
        await c.store.incidents.update(existing.id, existing.version, { occurrences }, at(c));
        await c.store.incidents.appendEvent(
          existing.id,
          event(c, 'repeated', { from: String(existing.occurrences), to: String(occurrences), note: input.title, data: { dedupKey: input.dedupKey } }),
        );
        return { incident: await loadIncident(c, existing.id), deduplicated: true };
      }
    }
    for (const r of input.related ?? []) await loadIncident(c, r);
    const now = at(c);
    const priority = derivePriority(input.impact, input.urgency);
    const id = await c.store.incidents.insert({
      title: input.title,
      description: input.description ?? null,
      status: 'open',
      impact: input.impact ?? null,
      urgency: input.urgency ?? null,
      priority,
      category: input.category ?? null,
      service: input.service ?? null,
      source: input.source ?? null,
      reporter: input.reporter ?? null,
      assignee: input.assignee ?? null,
      team: input.team ?? null,
      scope: input.scope ?? null,
      tags: input.tags ?? [],
      dedupKey: input.dedupKey ?? null,
      major: input.major ?? false,
      detectedAt: (input.detectedAt ?? c.now).toISOString(),
      openedAt: now,
      createdBy: c.store.dialect.whoActs(c.actor).actor, // on a server the role, as its database records it
      updatedAt: now,
      ...dueTimes(priority, now, 0, c.sla),
    });
    for (const r of input.related ?? []) await c.store.incidents.addRelated(id, r);
    const opened = event(c, 'opened', {
      to: 'open',
      note: input.title,
      data: { priority, impact: input.impact ?? null, urgency: input.urgency ?? null, related: (input.related ?? []).map((r) => formatRef('INC', r)), ...input.eventData },
    });
    await c.store.incidents.appendEvent(id, opened);
    const incident = await loadIncident(c, id);
    await enqueueNotifications(c, incident, opened);
    return { incident, deduplicated: false };
  });
}

export interface ClassifyInput {
  impact?: Level;
  urgency?: Level;
  category?: string;
  service?: string;
  assignee?: string;
  team?: string;
  scope?: string;
}

/** Records which fields a change moved, as `{ field: [from, to] }`, for the timeline. */
function diff(current: IncidentRecord, patch: IncidentPatch): Record<string, [unknown, unknown]> {
  const out: Record<string, [unknown, unknown]> = {};
  for (const [k, v] of Object.entries(patch)) {
    const before = (current as unknown as Record<string, unknown>)[k];
    if (before !== v) out[k] = [before ?? null, v ?? null];
  }
  return out;
}

export async function classifyIncident(c: ChangeContext, id: number, input: ClassifyInput): Promise<IncidentRecord> {
  return change(c, id, 'classify', async (current) => {
    const impact = input.impact ?? current.impact;
    const urgency = input.urgency ?? current.urgency;
    const priority = derivePriority(impact, urgency);
    const status = nextStatus('classify', current);
    const fields: IncidentPatch = {
      impact,
      urgency,
      priority,
      ...(input.category !== undefined && { category: input.category }),
      ...(input.service !== undefined && { service: input.service }),
      ...(input.assignee !== undefined && { assignee: input.assignee }),
      ...(input.team !== undefined && { team: input.team }),
      ...(input.scope !== undefined && { scope: input.scope }),
    };
    const changes = diff(current, fields);
    const patch: IncidentPatch = {
      ...fields,
      status,
      classifiedAt: current.classifiedAt ?? at(c),
      // The due times move with the priority (SPEC §8); the response's only until the first classification.
      ...dueTimesAfter(current, priority, await heldTime(c, current, current.heldSeconds), c.sla),
    };
    return { patch, events: [event(c, 'classified', { from: current.status, to: status, data: { priority, changes } })] };
  });
}

export interface EditInput {
  title?: string;
  /** null clears the field. */
  description?: string | null;
  scope?: string | null;
  category?: string | null;
  service?: string | null;
  tags?: string[];
  impact?: Level;
  urgency?: Level;
}

/** The fields `edit` changes, in the order their events are written. */
export const EDIT_FIELDS = ['title', 'description', 'scope', 'category', 'service', 'tags', 'impact', 'urgency', 'priority'] as const;
export type EditField = (typeof EDIT_FIELDS)[number];

export interface EditResult {
  incident: IncidentRecord;
  /** What moved, field by field, before → after; empty when the edit changed nothing (nothing written). */
  changes: Partial<Record<EditField, [unknown, unknown]>>;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
/** A field's value as the timeline's from/to text: tags as a list, nothing as null. */
const eventText = (v: unknown): string | null => (v === null || v === undefined ? null : Array.isArray(v) ? v.join(', ') || null : String(v));

/**
 * SPEC §16 `edit`: corrects what was recorded. A new impact or urgency derives the priority again
 * and moves the due times as classify does (SPEC §8); the state stays. One `edited` event per field
 * that moved, with before and after. Nothing moved: nothing written, the version stays.
 * `expectedVersion` (or the incident seen before a prompt) refuses a change made meanwhile (exit 4).
 */
export async function editIncident(c: ChangeContext, id: number, input: EditInput, expectedVersion?: number): Promise<EditResult> {
  return await c.store.write(async () => {
    const current = await loadIncident(c, id);
    if (expectedVersion !== undefined && expectedVersion !== current.version) {
      throw notAllowed('error.conflict', { ref: current.ref, expected: expectedVersion, actual: String(current.version) }, 'error.conflictHint');
    }
    await assertUnchanged(c, current);
    assertMove('edit', current.status, current.ref);
    const wanted: IncidentPatch = {};
    for (const f of EDIT_FIELDS) if (f !== 'priority' && input[f] !== undefined) (wanted as Record<string, unknown>)[f] = input[f];
    if (input.impact !== undefined || input.urgency !== undefined) {
      wanted.priority = derivePriority(input.impact ?? current.impact, input.urgency ?? current.urgency);
    }
    const changes: EditResult['changes'] = {};
    const patch: IncidentPatch = {};
    for (const f of EDIT_FIELDS) {
      if (!(f in wanted)) continue;
      const before = current[f];
      const after = wanted[f];
      if (same(before, after)) continue;
      changes[f] = [before ?? null, after ?? null];
      (patch as Record<string, unknown>)[f] = after;
    }
    if (!Object.keys(changes).length) return { incident: current, changes };
    // The due times move with the priority (SPEC §8), as classify moves them.
    const due = changes.priority ? dueTimesAfter(current, patch.priority ?? null, await heldTime(c, current, current.heldSeconds), c.sla) : undefined;
    await c.store.incidents.update(id, current.version, { ...patch, ...due }, at(c));
    for (const [field, [before, after]] of Object.entries(changes)) {
      const moved =
        field === 'priority' && due
          ? { responseDueAt: [current.responseDueAt, due.responseDueAt], resolveDueAt: [current.resolveDueAt, due.resolveDueAt] }
          : {};
      await c.store.incidents.appendEvent(
        id,
        event(c, 'edited', { from: eventText(before), to: eventText(after), data: { field, from: before, to: after, ...moved } }),
      );
    }
    return { incident: await loadIncident(c, id), changes };
  });
}

export async function assignIncident(c: ChangeContext, id: number, who: string, team?: string): Promise<IncidentRecord> {
  return change(c, id, 'assign', (current) => {
    const patch: IncidentPatch = { assignee: who, ...(team !== undefined && { team }) };
    return {
      patch,
      events: [event(c, 'assigned', { from: current.assignee, to: who, data: { changes: diff(current, patch) } })],
    };
  });
}

export interface EscalateInput {
  /** The escalation target (a person, a team, a vendor); absent, the previous one stays. */
  to?: string;
  /** A new owner: the assignee stays otherwise (ITIL: one owner while escalated). */
  assignee?: string;
  team?: string;
  reason: string;
  notify?: string[];
  /** Expected recovery, in seconds from now. */
  etaSeconds?: number;
  major?: boolean;
  /** Extra timeline data (check records which breach an escalation answers). */
  data?: Record<string, unknown>;
}

export async function escalateIncident(c: ChangeContext, id: number, input: EscalateInput): Promise<IncidentRecord> {
  return change(c, id, 'escalate', async (current) => {
    const level = current.escalationLevel + 1;
    const eta = input.etaSeconds !== undefined ? new Date(c.now.getTime() + input.etaSeconds * 1000).toISOString() : null;
    const owner: IncidentPatch = {
      ...(input.assignee !== undefined && { assignee: input.assignee }),
      ...(input.team !== undefined && { team: input.team }),
    };
    const patch: IncidentPatch = {
      ...(await leaveHold(c, current)),
      status: 'escalated',
      escalationLevel: level,
      escalatedAt: at(c),
      ...(input.to !== undefined && { escalatedTo: input.to }),
      ...(eta !== null && { escalationEta: eta }),
      ...owner,
      ...(input.major && { major: true }),
    };
    return {
      patch,
      events: [
        event(c, 'escalated', {
          from: current.status,
          to: 'escalated',
          note: input.reason,
          data: {
            level,
            to: input.to ?? null,
            team: input.team ?? null,
            notify: input.notify ?? [],
            eta,
            major: !!(input.major || current.major),
            ...(Object.keys(owner).length && { changes: diff(current, owner) }),
            ...input.data,
          },
        }),
      ],
    };
  });
}

export async function holdIncident(c: ChangeContext, id: number, reason: string): Promise<IncidentRecord> {
  return change(c, id, 'hold', (current) => ({
    patch: { status: 'on_hold', heldFrom: current.status, holdStartedAt: at(c) },
    events: [event(c, 'held', { from: current.status, to: 'on_hold', note: reason })],
  }));
}

export async function resumeIncident(c: ChangeContext, id: number): Promise<IncidentRecord> {
  return change(c, id, 'resume', async (current) => {
    const status = nextStatus('resume', current);
    const patch = { ...(await leaveHold(c, current)), status, heldFrom: null };
    return {
      patch,
      events: [event(c, 'resumed', { from: 'on_hold', to: status, data: { heldSeconds: (patch.heldSeconds ?? 0) - current.heldSeconds } })],
    };
  });
}

export async function noteIncident(c: ChangeContext, id: number, text: string, data?: Record<string, unknown>): Promise<IncidentRecord> {
  return change(c, id, 'note', () => ({ patch: {}, events: [event(c, 'noted', { note: text, ...(data && { data }) })] }));
}

export interface ResolveInput {
  resolution: string;
  code?: ResolutionCode;
  /** Watch period before close, in seconds. */
  monitorSeconds: number;
  /** Hears of each child resolved with it (SPEC §16: a parent's resolve resolves its open children). */
  onChild?: (child: IncidentRecord, parent: IncidentRecord) => void;
}

/**
 * Resolves the incident, and with it, in the same transaction, its children still being worked on
 * (and theirs): the same resolution, each child's event naming its parent. Children already
 * resolved, closed or cancelled stay as they are.
 */
export async function resolveIncident(c: ChangeContext, id: number, input: ResolveInput): Promise<IncidentRecord> {
  return await c.store.write(async () => {
    const resolved = await resolveOne(c, id, input, null);
    await resolveChildren({ ...c, seen: undefined }, resolved, input);
    return resolved;
  });
}

function resolveOne(c: ChangeContext, id: number, input: ResolveInput, parent: string | null): Promise<IncidentRecord> {
  return change(c, id, 'resolve', async (current) => {
    const code = input.code ?? 'fixed';
    const patch: IncidentPatch = {
      ...(await leaveHold(c, current)),
      status: 'resolved',
      resolvedFrom: current.status,
      resolvedAt: at(c),
      resolution: input.resolution,
      resolutionCode: code,
      monitorUntil: new Date(c.now.getTime() + input.monitorSeconds * 1000).toISOString(),
    };
    return { patch, events: [event(c, 'resolved', { from: current.status, to: 'resolved', note: input.resolution, data: { code, ...(parent && { parent }) } })] };
  });
}

async function resolveChildren(c: ChangeContext, parent: IncidentRecord, input: ResolveInput): Promise<void> {
  const ids = await c.store.incidents.children(parent.id);
  // Links never make a cycle (app/links.ts), so this ends; one read for all the children.
  for (const child of await c.store.incidents.getMany(ids)) {
    if (!isActive(child.status)) continue;
    const done = await resolveOne(c, child.id, input, parent.ref);
    input.onChild?.(done, parent);
    await resolveChildren(c, done, input);
  }
}

/**
 * `link A B --as duplicate` (SPEC §16): A is closed as a duplicate of B, in the caller's transaction —
 * from any state but the final ones (a resolved one keeps its resolution text). Its `closed` event
 * names the original.
 */
export async function closeAsDuplicate(c: ChangeContext, id: number, original: string): Promise<IncidentRecord> {
  return await c.store.write(async () => {
    const current = await loadIncident(c, id);
    await assertUnchanged(c, current);
    if (isFinal(current.status)) throw notAllowed('link.duplicateFinal', { ref: current.ref, status: current.status, original });
    const patch: IncidentPatch = {
      ...(await leaveHold(c, current)),
      status: 'closed',
      resolvedAt: current.resolvedAt ?? at(c),
      resolution: current.resolution ?? `Duplicate of ${original}`,
      resolutionCode: 'duplicate',
      monitorUntil: null,
      closedAt: at(c),
    };
    await c.store.incidents.update(id, current.version, patch, at(c));
    const closed = event(c, 'closed', { from: current.status, to: 'closed', data: { duplicateOf: original, code: 'duplicate' } });
    await c.store.incidents.appendEvent(id, closed);
    const changed = await loadIncident(c, id);
    await enqueueNotifications(c, changed, closed);
    return changed;
  });
}

export async function reopenIncident(c: ChangeContext, id: number, reason: string): Promise<IncidentRecord> {
  return change(c, id, 'reopen', (current) => {
    const status: Status = nextStatus('reopen', current);
    // Back on hold, the hold starts again now; `resume` returns to the state the first hold left.
    const hold = status === 'on_hold' ? { holdStartedAt: at(c) } : { heldFrom: null };
    return {
      patch: { status, resolvedFrom: null, resolvedAt: null, monitorUntil: null, ...hold },
      events: [event(c, 'reopened', { from: 'resolved', to: status, note: reason })],
    };
  });
}

export interface CloseInput {
  /** Hand-off to problem management: true for "yes, no text", the text, or an existing problem's id. */
  problem?: string | true | { problemId: number };
}

export async function closeIncident(c: ChangeContext, id: number, input: CloseInput = {}): Promise<IncidentRecord> {
  const handOff = input.problem;
  // Same transaction as the close: the incident is closed and handed over, or neither.
  return await c.store.write(async () => {
    let target: HandOffTarget | undefined;
    const closed = await change(c, id, 'close', async (current) => {
      const events = [event(c, 'closed', { from: 'resolved', to: 'closed' })];
      if (handOff !== undefined) {
        target = await handOffTarget(c, current, handOff === true ? {} : typeof handOff === 'string' ? { text: handOff } : handOff);
        events.push(handOffEvent(c, current, target));
      }
      return { patch: { status: 'closed', closedAt: at(c), ...(typeof handOff === 'string' && { problemHandoff: handOff }) }, events };
    });
    if (!target) return closed;
    await completeHandOff(c, closed, target);
    return loadIncident(c, id);
  });
}

export async function cancelIncident(c: ChangeContext, id: number, reason: string): Promise<IncidentRecord> {
  return change(c, id, 'cancel', async (current) => ({
    patch: { ...(await leaveHold(c, current)), status: 'cancelled' },
    events: [event(c, 'cancelled', { from: current.status, to: 'cancelled', note: reason })],
  }));
}

/**
 * After a change of targets or calendars (`config set … --recompute`): each active incident's due
 * times counted anew under the configuration now in force, as classify or resume would count them.
 * One `due_recomputed` event (from → to) per incident whose due times moved; none for the others.
 * Due times already set stay as they are without it: a change of rules does not rewrite promises.
 */
export async function recomputeDueTimes(c: ChangeContext): Promise<IncidentRecord[]> {
  return c.store.write(async () => {
    const moved: IncidentRecord[] = [];
    for (const current of await c.store.incidents.list({ statuses: ACTIVE_STATUSES, limit: 0, sort: 'id' })) {
      // On hold, the running hold is counted when it ends (leaveHold), as before.
      const due = dueTimesAfter(current, current.priority, await heldTime(c, current, current.heldSeconds), c.sla);
      if (due.responseDueAt === current.responseDueAt && due.resolveDueAt === current.resolveDueAt) continue;
      await c.store.incidents.update(current.id, current.version, due, at(c));
      await c.store.incidents.appendEvent(
        current.id,
        event(c, 'due_recomputed', {
          data: {
            responseDueAt: [current.responseDueAt, due.responseDueAt],
            resolveDueAt: [current.resolveDueAt, due.resolveDueAt],
          },
        }),
      );
      moved.push(await loadIncident(c, current.id));
    }
    return moved;
  });
}
