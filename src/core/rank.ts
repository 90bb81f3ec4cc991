import { analyse, findAll, type Analysed } from './normalize.js';
import type { ParsedQuery, QueryTerm } from './query.js';

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
  snippet: Snippet | null;
}

/** Per-term weights: idf from a sample of the index (see store/search.ts). */
export interface TermStats {
  idf: number[];
}

const K1 = 1.2;
const B = 0.75;
const WEIGHT = { title: 3, body: 1, meta: 1 } as const;

type Prepared = { doc: SearchDoc; title: Analysed; body: { field: string; a: Analysed }[]; meta: Analysed };

const count = (a: Analysed, t: QueryTerm) => findAll(a, t.canon, t.prefix).length;

function prepare(doc: SearchDoc): Prepared {
  return {
    doc,
    title: analyse(doc.title),
    body: doc.body.filter((b) => b.text).map((b) => ({ field: b.field, a: analyse(b.text as string) })),
    meta: analyse([doc.category, doc.service].filter(Boolean).join(' ')),
  };
}

function inFields(p: Prepared, t: QueryTerm): number {
  if (t.field === 'title') return count(p.title, t);
  if (t.field === 'category') return p.doc.category ? count(analyse(p.doc.category), t) : 0;
  if (t.field === 'service') return p.doc.service ? count(analyse(p.doc.service), t) : 0;
  return count(p.title, t) + p.body.reduce((s, b) => s + count(b.a, t), 0) + count(p.meta, t);
}

/**
 * Scores candidates of one kind. `strict` drops a candidate that does not hold every included word
 * or holds an excluded one (used when the index could only find a superset, e.g. cut phrases).
 */
export function scoreDocs(docs: SearchDoc[], q: ParsedQuery, stats: TermStats, opts: { strict?: boolean } = {}): RankedHit[] {
  const prepared = docs.map(prepare);
  const len = (a: Analysed) => [...a.canon].length || 1;
  const avg = (xs: number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 1) || 1;
  const avgTitle = avg(prepared.map((p) => len(p.title)));
  const bodyLen = (p: Prepared) => p.body.reduce((s, b) => s + len(b.a), 0) || 1;
  const avgBody = avg(prepared.map(bodyLen));
  const avgMeta = avg(prepared.map((p) => len(p.meta)));
  const part = (tf: number, l: number, avgL: number) => (tf ? (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * l) / avgL)) : 0);

  const out: RankedHit[] = [];
  for (const p of prepared) {
    if (opts.strict && (q.include.some((t) => inFields(p, t) === 0) || q.exclude.some((t) => inFields(p, t) > 0))) continue;
    let score = 0;
    let matched = 0;
    q.include.forEach((t, i) => {
      const idf = stats.idf[i] ?? 1;
      const title = t.field === null || t.field === 'title' ? count(p.title, t) : 0;
      const body = t.field === null ? p.body.reduce((s, b) => s + count(b.a, t), 0) : 0;
      const meta = t.field === null ? count(p.meta, t) : t.field === 'title' ? 0 : inFields(p, t);
      if (title + body + meta > 0) matched++;
      score +=
        idf *
        (WEIGHT.title * part(title, len(p.title), avgTitle) + WEIGHT.body * part(body, bodyLen(p), avgBody) + WEIGHT.meta * part(meta, len(p.meta), avgMeta));
    });
    out.push({ doc: p.doc, score, matched, snippet: snippet(p, q.include) });
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

/** One line around the first match in the best field, with the matched words marked. */
function snippet(p: Prepared, terms: QueryTerm[]): Snippet | null {
  const marksOf = (a: Analysed) =>
    terms
      .filter((t) => t.field === null)
      .flatMap((t) => findAll(a, t.canon, t.prefix))
      .sort((x, y) => x[0] - y[0]);
  let best: { field: string; a: Analysed; marks: [number, number][] } | null = null;
  for (const b of p.body) {
    const marks = marksOf(b.a);
    if (!best || marks.length > best.marks.length) best = { field: b.field, a: b.a, marks };
  }
  // Only the title matched: show what was done (the first long field) unmarked.
  return best ? cut(best.field, best.a.display, best.marks) : null;
}

/** The matched words of a title, for highlighting it in a hit. */
export function titleMarks(title: string, q: ParsedQuery): [number, number][] {
  const a = analyse(title);
  return q.include
    .filter((t) => t.field === null || t.field === 'title')
    .flatMap((t) => findAll(a, t.canon, t.prefix))
    .sort((x, y) => x[0] - y[0]);
}

/** Cuts text to about SNIPPET_CHARS code points around the first mark, on one line. */
export function cut(field: string, text: string, marks: [number, number][]): Snippet {
  const oneLine = text.replace(/[\r\n\t]/g, ' ');
  const first = marks[0]?.[0] ?? 0;
  // Work in code points so no character is split.
  const cps = [...oneLine];
  const offsets: number[] = [];
  let o = 0;
  for (const c of cps) {
    offsets.push(o);
    o += c.length;
  }
  offsets.push(o);
  let startCp = 0;
  while (startCp < cps.length && offsets[startCp] < first) startCp++;
  startCp = Math.max(0, startCp - LEAD_CHARS);
  const endCp = Math.min(cps.length, startCp + SNIPPET_CHARS);
  const start = offsets[startCp];
  const end = offsets[endCp];
  const pre = startCp > 0 ? '…' : '';
  const post = endCp < cps.length ? '…' : '';
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
