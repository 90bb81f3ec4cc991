import { analyse, countAll, findAll, fold, marksOnOriginal, type Analysed } from './normalize.js';
import { formsOf, type ParsedQuery, type QueryTerm } from './query.js';

/**
 * Search hits (SPEC §7): the tie-breaks that order matches of equal relevance (the relevance itself,
 * BM25 over every match, is the index's: store/search.ts), the check of a match against the words
 * asked for, and snippets. No I/O.
 */

export type DocKind = 'incident' | 'knowledge';

export interface SearchDoc {
  kind: DocKind;
  id: number;
  ref: string;
  title: string;
  /** Long text fields in the order a snippet prefers them (e.g. resolution before description). */
  body: { field: string; text: string | null }[];
  category: string | null;
  service: string | null;
  tags: string[];
  status: string;
  /** When it last mattered: resolved (or opened) for incidents, updated for knowledge. */
  at: string;
}

export interface Snippet {
  field: string;
  text: string;
  /** [start, end) ranges of `text` (UTF-16 offsets) that matched. */
  marks: [number, number][];
}

export interface RankedHit {
  doc: SearchDoc;
  score: number;
  /** How many of the query's words it holds. */
  matched: number;
  snippet?: Snippet | null;
}

/** A candidate's text folded, for counting where the query's words are. */
type Prepared = { title: string; body: string; meta: string; category: string; service: string };

function prepare(doc: SearchDoc): Prepared {
  return {
    title: fold(doc.title),
    body: fold(doc.body.map((b) => b.text ?? '').join('\n')),
    meta: fold([doc.category, doc.service, ...doc.tags].filter(Boolean).join('\n')),
    category: fold(doc.category ?? ''),
    service: fold(doc.service ?? ''),
  };
}

/** Whether a term occurs in the fields it may match, by the patterns that highlight it. */
function holds(p: Prepared, t: QueryTerm): boolean {
  const forms = formsOf(t);
  const c = (s: string) => forms.some((f) => countAll(s, f, t.prefix) > 0);
  if (t.field === 'title') return c(p.title);
  if (t.field === 'category') return c(p.category);
  if (t.field === 'service') return c(p.service);
  return c(p.title) || c(p.body) || c(p.meta);
}

/**
 * How many of the query's included words a document holds, and whether it holds every one and
 * none of the excluded: the check of a match the index could only find a superset of (cut phrases).
 */
export function termsHeld(doc: SearchDoc, q: ParsedQuery): { matched: number; all: boolean } {
  const p = prepare(doc);
  const matched = q.include.filter((t) => holds(p, t)).length;
  return { matched, all: matched === q.include.length && !q.exclude.some((t) => holds(p, t)) };
}

/** Statuses that carry an answer: what was done last time. */
const ANSWERED = new Set(['resolved', 'closed', 'published', 'draft', 'retired']);
const KB_ORDER: Record<string, number> = { published: 0, draft: 1, retired: 2 };

/** What ordering a hit needs: its score and its record's kind, id, status and time. */
export interface RankKey {
  score: number;
  doc: Pick<SearchDoc, 'kind' | 'id' | 'status' | 'at'>;
}

/**
 * Highest score first; at equal score (exactly: equal text gives equal scores), answers first,
 * published before draft, recent first, knowledge before incidents, the later record first.
 */
export function compareHits(a: RankKey, b: RankKey): number {
  if (a.score !== b.score) return b.score - a.score;
  const answered = (h: RankKey) => (ANSWERED.has(h.doc.status) ? 0 : 1);
  if (answered(a) !== answered(b)) return answered(a) - answered(b);
  const kb = (h: RankKey) => KB_ORDER[h.doc.status] ?? 0;
  if (kb(a) !== kb(b)) return kb(a) - kb(b);
  if (a.doc.at !== b.doc.at) return a.doc.at < b.doc.at ? 1 : -1;
  if (a.doc.kind !== b.doc.kind) return a.doc.kind === 'knowledge' ? -1 : 1;
  return b.doc.id - a.doc.id;
}

const SNIPPET_CHARS = 80;
const LEAD_CHARS = 16;

/** Every match of the terms, in order, overlapping ones merged. */
function marksOf(a: Analysed, terms: QueryTerm[]): [number, number][] {
  const all = terms.flatMap((t) => formsOf(t).flatMap((f) => findAll(a, f, t.prefix))).sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const m of all) {
    const last = out[out.length - 1];
    if (last && m[0] <= last[1]) last[1] = Math.max(last[1], m[1]);
    else out.push([m[0], m[1]]);
  }
  return out;
}

/**
 * One line around the first match in the field with the most matches. When only the title matched,
 * the first long field (what was done) is shown unmarked. Computed for the hits shown only.
 */
export function snippetFor(doc: SearchDoc, q: ParsedQuery): Snippet | null {
  const terms = q.include.filter((t) => t.field === null);
  let best: { field: string; text: string } | null = null;
  let most = -1;
  for (const b of doc.body) {
    if (!b.text) continue;
    const folded = fold(b.text);
    const n = terms.reduce((sum, t) => sum + formsOf(t).reduce((m, f) => m + countAll(folded, f, t.prefix), 0), 0);
    if (n > most) {
      best = { field: b.field, text: b.text };
      most = n;
    }
  }
  if (!best) return null;
  return cut(best.field, best.text, most > 0 ? marksOnOriginal(best.text, marksOf(analyse(best.text), terms)) : []);
}

/** The matched words of a title as it was written, for highlighting it in a hit. */
export function titleMarks(title: string, q: ParsedQuery): [number, number][] {
  return marksOnOriginal(title, marksOf(analyse(title), q.include.filter((t) => t.field === null || t.field === 'title')));
}

/** Cuts text to about SNIPPET_CHARS code points around the first mark, on one line. */
export function cut(field: string, text: string, marks: [number, number][]): Snippet {
  const oneLine = text.replace(/[\r\n\t]/g, ' ');
  // Steps over code points from the first mark, so no character is split (and the text is not
  // spread into an array of characters: it can be a long description).
  let start = Math.min(marks[0]?.[0] ?? 0, oneLine.length);
  if (start < oneLine.length && isLow(oneLine, start)) start++;
  for (let n = 0; n < LEAD_CHARS && start > 0; n++) start -= isLow(oneLine, start - 1) ? 2 : 1;
  let end = start;
  for (let n = 0; n < SNIPPET_CHARS && end < oneLine.length; n++) end += isLow(oneLine, end + 1) ? 2 : 1;
  const pre = start > 0 ? '…' : '';
  const post = end < oneLine.length ? '…' : '';
  const body = oneLine.slice(start, end);
  const shifted: [number, number][] = [];
  for (const [s, e] of marks) {
    const ms = Math.max(s, start);
    const me = Math.min(e, end);
    if (me <= ms) continue;
    const last = shifted[shifted.length - 1];
    const range: [number, number] = [ms - start + pre.length, me - start + pre.length];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else shifted.push(range);
  }
  return { field, text: `${pre}${body}${post}`, marks: shifted };
}

/** Whether the unit at `i` is the second half of a surrogate pair (one character in two units). */
function isLow(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0xdc00 || c > 0xdfff) return false;
  const h = s.charCodeAt(i - 1);
  return h >= 0xd800 && h <= 0xdbff;
}
