import { notFound } from '../core/errors.js';
import type { IncidentRecord } from '../core/incident.js';
import { formatRef, oursLookalike, parseIncidentRef } from '../core/refs.js';
import type { ChangeContext } from './change.js';

/**
 * Loading records by what the user typed: shared by the application modules (incidents, problems,
 * knowledge), so that none of them needs another only for this.
 */

export async function loadIncident(c: Pick<ChangeContext, 'store'>, id: number): Promise<IncidentRecord> {
  const found = await c.store.incidents.get(id);
  if (!found) throw notFound('error.incidentNotFound', { ref: formatRef('INC', id) }, 'error.incidentNotFoundHint');
  return found;
}

/**
 * The incident an id as typed names (core/refs.ts#parseIncidentRef): ours by number, else the one
 * imported under that id from another tracker; exit 3 when there is none, never another incident.
 */
export async function findIncidentId(c: Pick<ChangeContext, 'store'>, input: string): Promise<number> {
  const ref = parseIncidentRef(input);
  if (ref.id !== null && await c.store.incidents.exists(ref.id)) return ref.id;
  const external = ref.external;
  const imported = external === null ? undefined : (await c.store.incidents.idByExternalRef(external) ?? await c.store.incidents.idByExternalRef(external.toUpperCase()));
  if (imported !== undefined) return imported;
  if (ref.id !== null) throw notFound('error.incidentNotFound', { ref: formatRef('INC', ref.id) }, 'error.incidentNotFoundHint');
  const ours = oursLookalike(ref.external);
  throw notFound('error.externalRefNotFound', { value: ref.external, ours: ours ?? '' }, ours ? 'error.externalRefNotFoundOurs' : 'error.incidentNotFoundHint');
}
