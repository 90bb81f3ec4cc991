import { analyse, countAll, findAll, fold, marksOnOriginal, type Analysed } from './normalize.js';
import { formsOf, type ParsedQuery, type QueryTerm } from './query.js';

/**
 * Ranking of search hits (SPEC §7): BM25 over the bounded set of candidates the index returned,
 * then the tie-breaks — knowledge entries and resolved incidents before open ones, published before
 * draft, recent before old. No I/O: the store hands in the candidates and the term statistics.
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

/** Per-term weights: idf from a sample of the index (see store/search.ts). */
export interface TermStats {
  idf: number[];
}

const K1 = 1.2;
const B = 0.75;
const WEIGHT = { title: 3, body: 1, meta: 1 } as const;

/** A candidate's text folded (computed once), with lengths for BM25. */
type Prepared = { doc: SearchDoc; title: string; body: string; meta: string; category: string; service: string };

/** `fields`: category and service alone too, when a `category:` or `service:` term needs them. */
function prepare(doc: SearchDoc, fields: boolean): Prepared {
  return {
    doc,
    title: fold(doc.title),
    body: fold(doc.body.map((b) => b.text ?? '').join('\n')),
    meta: fold([doc.category, doc.service, ...doc.tags].filter(Boolean).join('\n')),
    category: fields ? fold(doc.category ?? '') : '',
    service: fields ? fold(doc.service ?? '') : '',
  };
}

/** Occurrences of a term in the fields it may match: [title, body, meta]. */
function counts(p: Prepared, t: QueryTerm): [number, number, number] {
  const forms = formsOf(t);
  const c = (s: string) => forms.reduce((n, f) => n + countAll(s, f, t.prefix), 0);
  if (t.field === 'title') return [c(p.title), 0, 0];
  if (t.field === 'category') return [0, 0, c(p.category)];
  if (t.field === 'service') return [0, 0, c(p.service)];
  return [c(p.title), c(p.body), c(p.meta)];
}

/**
 * Scores candidates of one kind. `strict` drops a candidate that does not hold every included word
 * or holds an excluded one (used when the index could only find a superset, e.g. cut phrases).
 */
export function scoreDocs(docs: SearchDoc[], q: ParsedQuery, stats: TermStats, opts: { strict?: boolean } = {}): RankedHit[] {
  const fields = [...q.include, ...q.exclude].some((t) => t.field === 'category' || t.field === 'service');
  const prepared = docs.map((d) => prepare(d, fields));
  const avg = (f: (p: Prepared) => number) => (prepared.length ? prepared.reduce((s, p) => s + f(p), 0) / prepared.length : 1) || 1;
  const avgTitle = avg((p) => p.title.length);
  const avgBody = avg((p) => p.body.length);
  const avgMeta = avg((p) => p.meta.length);
  const part = (tf: number, l: number, avgL: number) => (tf ? (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * l) / avgL)) : 0);

  const out: RankedHit[] = [];
  for (const p of prepared) {
    const per = q.include.map((t) => counts(p, t));
    if (opts.strict) {
      if (per.some(([a, b, c]) => a + b + c === 0)) continue;
      if (q.exclude.some((t) => counts(p, t).some((n) => n > 0))) continue;
    }
    let score = 0;
    let matched = 0;
    per.forEach(([title, body, meta], i) => {
      if (title + body + meta > 0) matched++;
      score +=
        (stats.idf[i] ?? 1) *
        (WEIGHT.title * part(title, p.title.length, avgTitle) + WEIGHT.body * part(body, p.body.length, avgBody) + WEIGHT.meta * part(meta, p.meta.length, avgMeta));
    });
    out.push({ doc: p.doc, score, matched });
  }
  return out;
}

/** BM25's idf from a sample: `n` documents, `df` of them holding the term. */
export const idf = (n: number, df: number): number => Math.log(1 + (n - df + 0.5) / (df + 0.5));

/** Statuses that carry an answer: what was done last time. */
const ANSWERED = new Set(['resolved', 'closed', 'published', 'draft', 'retired']);
const KB_ORDER: Record<string, number> = { published: 0, draft: 1, retired: 2 };

/** Scores within this fraction count as equal relevance, so the tie-breaks decide. */
const EQUAL = 1e-6;

/** Highest score first; at equal relevance, answers first, published before draft, recent first. */
export function compareHits(a: RankedHit, b: RankedHit): number {
  const scale = Math.max(Math.abs(a.score), Math.abs(b.score), 1e-9);
  if (Math.abs(a.score - b.score) / scale > EQUAL) return b.score - a.score;
  const answered = (h: RankedHit) => (ANSWERED.has(h.doc.status) ? 0 : 1);
  if (answered(a) !== answered(b)) return answered(a) - answered(b);
  const kb = (h: RankedHit) => KB_ORDER[h.doc.status] ?? 0;
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
