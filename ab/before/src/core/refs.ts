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
