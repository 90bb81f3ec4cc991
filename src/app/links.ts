import { notAllowed, notFound, usageError } from '../core/errors.js';
import type { IncidentLink, IncidentRecord, LinkKind, TimelineEvent } from '../core/incident.js';
import { isFinal } from '../core/lifecycle.js';
import { formatRef } from '../core/refs.js';
import type { Store } from '../store/index.js';
import type { ChangeContext } from './change.js';
import { closeAsDuplicate, loadIncident } from './incidents.js';

/**
 * Links between incidents after they are opened (SPEC §16), each stored one way, `from` → `to`:
 * related (read both ways), a duplicate → its original (the duplicate is closed), a child → its
 * parent. Two incidents have at most one link; a child has one parent; links never make a cycle;
 * nothing links to itself.
 */

/** What the other incident is to this one, as a timeline event names it. */
export type LinkRole = 'related' | 'original' | 'duplicate' | 'parent' | 'child';

/** The role of `link.to` seen from `link.from`, and of `link.from` seen from `link.to`. */
function roles(kind: LinkKind): [forFrom: LinkRole, forTo: LinkRole] {
  if (kind === 'duplicate') return ['original', 'duplicate'];
  if (kind === 'parent') return ['parent', 'child'];
  return ['related', 'related'];
}

export interface LinkResult {
  incident: IncidentRecord;
  other: IncidentRecord;
  kind: LinkKind;
  /** False when exactly this link was there already (nothing written). */
  added: boolean;
}

const at = (c: ChangeContext) => c.now.toISOString();

function linkEvent(c: ChangeContext, kind: 'linked' | 'unlinked', role: LinkRole, other: string): TimelineEvent {
  return { at: at(c), actor: c.actor, kind, from: null, to: other, note: null, data: { link: role, incident: other } };
}

/** One event on each side, and a new version of each (their links changed). */
async function record(c: ChangeContext, kind: 'linked' | 'unlinked', link: IncidentLink, a: IncidentRecord, b: IncidentRecord): Promise<void> {
  const [forFrom, forTo] = roles(link.kind);
  const [from, to] = link.from === a.id ? [a, b] : [b, a];
  for (const [inc, role, other] of [
    [from, forFrom, to.ref],
    [to, forTo, from.ref],
  ] as const) {
    const fresh = await loadIncident(c, inc.id);
    await c.store.incidents.update(inc.id, fresh.version, {}, at(c));
    await c.store.incidents.appendEvent(inc.id, linkEvent(c, kind, role, other));
  }
}

/** Walks up from `start` through parents: true if `target` is there (linking would make a cycle). */
async function isAncestor(store: Store, start: number, target: number): Promise<boolean> {
  const seen = new Set<number>();
  for (let id: number | undefined = start; id !== undefined && !seen.has(id); id = await store.incidents.parentOf(id)) {
    if (id === target) return true;
    seen.add(id);
  }
  return false;
}

export async function linkIncidents(c: ChangeContext, a: number, b: number, kind: LinkKind): Promise<LinkResult> {
  if (a === b) throw usageError('link.self', { ref: formatRef('INC', a) });
  return await c.store.write(async () => {
    const incident = await loadIncident(c, a);
    const other = await loadIncident(c, b);
    const existing = await c.store.incidents.linksBetween(a, b);
    if (existing.length) {
      const same = existing.every((l) => l.kind === kind && (kind === 'related' || (l.from === a && l.to === b)));
      if (same) return { incident, other, kind, added: false };
      const l = existing[0];
      throw notAllowed(`link.exists.${l.kind}`, { a: formatRef('INC', l.from), b: formatRef('INC', l.to) }, 'link.existsHint');
    }
    if (kind === 'parent') {
      // A child has one parent; the parent may not be below the child.
      const parent = await c.store.incidents.parentOf(a);
      if (parent !== undefined) throw notAllowed('link.hasParent', { ref: incident.ref, parent: formatRef('INC', parent) }, 'link.hasParentHint');
      if (await isAncestor(c.store, b, a)) throw usageError('link.cycle', { child: incident.ref, parent: other.ref });
    }
    if (kind === 'duplicate') {
      if (isFinal(incident.status)) throw notAllowed('link.duplicateFinal', { ref: incident.ref, status: incident.status, original: other.ref });
      // Duplicates point at the original itself, never at another duplicate (so no chain or cycle).
      const original = await c.store.incidents.duplicateOf(b);
      if (original !== undefined) throw usageError('link.duplicateOfDuplicate', { b: other.ref, original: formatRef('INC', original), a: incident.ref });
    }
    const link: IncidentLink = { from: a, to: b, kind };
    await c.store.incidents.addLink(a, b, kind);
    await record(c, 'linked', link, incident, other);
    if (kind === 'duplicate') await closeAsDuplicate(c, a, other.ref);
    return { incident: await loadIncident(c, a), other: await loadIncident(c, b), kind, added: true };
  });
}

export interface UnlinkResult {
  incident: IncidentRecord;
  other: IncidentRecord;
  removed: IncidentLink[];
}

/** Removes the link between two incidents, whichever way it was made. A duplicate stays closed (a final state). */
export async function unlinkIncidents(c: ChangeContext, a: number, b: number): Promise<UnlinkResult> {
  if (a === b) throw usageError('link.self', { ref: formatRef('INC', a) });
  return await c.store.write(async () => {
    const incident = await loadIncident(c, a);
    const other = await loadIncident(c, b);
    const removed = await c.store.incidents.linksBetween(a, b);
    if (!removed.length) throw notFound('link.none', { a: incident.ref, b: other.ref });
    await c.store.incidents.removeLinks(a, b);
    for (const link of removed) await record(c, 'unlinked', link, incident, other);
    return { incident: await loadIncident(c, a), other: await loadIncident(c, b), removed };
  });
}
