import { usageError } from './errors.js';

export type RefKind = 'INC' | 'KB' | 'PRB';

/** `INC-12` from 12. */
export const formatRef = (kind: RefKind, n: number): string => `${kind}-${n}`;

/**
 * Reads an id as users type it: `12`, `INC-12`, `inc-12`, `INC-0012` (SPEC §3). Full-width digits
 * and letters are folded first, since Japanese input methods produce them.
 */
export function parseRef(kind: RefKind, input: string): number {
  const text = String(input).normalize('NFKC').trim();
  const m = /^(?:([A-Za-z]+)-?)?0*(\d{1,15})$/.exec(text);
  if (!m || (m[1] !== undefined && m[1].toUpperCase() !== kind)) {
    throw usageError('error.badRef', { value: input, kind, example: `${kind}-12` });
  }
  const n = Number(m[2]);
  if (!Number.isSafeInteger(n) || n < 1) throw usageError('error.badRef', { value: input, kind, example: `${kind}-12` });
  return n;
}

/** Like parseRef, but answers null instead of throwing (for lookups that may be something else). */
export function tryParseRef(kind: RefKind, input: string): number | null {
  try {
    return parseRef(kind, input);
  } catch {
    return null;
  }
}

/**
 * An incident id as typed anywhere one is taken (SPEC §3). Ours are `12`, `INC-12`, `inc-12`,
 * `INC-0012` (full-width too); anything else that could be a ticket number (`INC0000046`, `IT-101`)
 * is another tracker's, looked up only as the `externalRef` it was imported under — never read as
 * ours, so a foreign number can never show a different incident. A plain number is ours first and,
 * when we have no such incident, the ticket another tracker numbered so (GLPI, Redmine): it cannot
 * mean two incidents, since ours wins. `KB-3` or `PRB-2` where an incident is wanted is exit 2.
 */
export type IncidentRef = { id: number; external: string | null } | { id: null; external: string };

export function parseIncidentRef(input: string): IncidentRef {
  const text = String(input).normalize('NFKC').trim();
  const bad = () => usageError('error.badRef', { value: input, kind: 'INC', example: 'INC-12' });
  if (/^\d+$/.test(text)) return { id: parseRef('INC', text), external: text };
  if (/^inc-/i.test(text)) return { id: parseRef('INC', text), external: null };
  const prefix = /^([A-Za-z]+)-?\d+$/.exec(text)?.[1]?.toUpperCase();
  if (prefix === 'KB' || prefix === 'PRB') throw bad();
  // A ticket number is one word of printable characters; anything else is not an id at all.
  if (!text || text.length > 100 || !/^[\p{L}\p{N}][\p{L}\p{N}._:#/-]*$/u.test(text)) throw bad();
  return { id: null, external: text };
}

/** `INC-46` when a foreign-looking `INC0000046` was perhaps meant as ours, for the not-found hint. */
export function oursLookalike(external: string): string | null {
  const m = /^inc0*(\d{1,15})$/i.exec(external);
  return m && Number(m[1]) > 0 ? formatRef('INC', Number(m[1])) : null;
}
