import { makeTerm, parseQuery, similarQuery, toFts, type ParsedQuery } from '../core/query.js';
import { compareHits, idf, scoreDocs, snippetFor, type DocKind, type RankedHit, type TermStats } from '../core/rank.js';
import type { Store } from '../store/index.js';

/**
 * Search (SPEC §7): parse the query, take the newest matches of each kind from the index, rank them
 * (BM25 then the tie-breaks) and keep the best. Read-only.
 */

export interface SearchInput {
  kinds: readonly DocKind[];
  /** Incident statuses to keep (empty: all). */
  incidentStatuses?: readonly string[];
  /** Knowledge statuses to keep (empty: all but retired, unless `all`). */
  knowledgeStatuses?: readonly string[];
  /** Retired entries too. */
  all?: boolean;
  category?: string;
  since?: string;
  limit: number;
}

export interface SearchOutput {
  query: ParsedQuery;
  hits: RankedHit[];
}

/**
 * idf of each word over the records of every kind searched, so that scores of knowledge entries and
 * incidents compare (equal text, equal score).
 */
function termStats(store: Store, kinds: readonly DocKind[], q: ParsedQuery): TermStats {
  const single = q.include.map((t) => toFts({ include: [t], exclude: [] }) as string);
  let n = 0;
  const df = single.map(() => 0);
  for (const kind of kinds) {
    const sample = store.search.wordFrequencies(kind, single);
    n += sample.n;
    sample.df.forEach((d, i) => (df[i] += d));
  }
  return { idf: df.map((d) => idf(Math.max(n, d), d)) };
}

function rankKind(store: Store, kind: DocKind, q: ParsedQuery, match: string, since: string | undefined, stats: () => TermStats): RankedHit[] {
  const docs = store.search.candidates(kind, match, { since });
  if (!docs.length) return [];
  return scoreDocs(docs, q, stats(), { strict: [...q.include, ...q.exclude].some((t) => t.truncated) });
}

/**
 * Computes the statistics once, the first time a kind has candidates to score. idf only weighs words
 * against each other: with one word, every candidate would be multiplied by the same number, which
 * changes no order, so none is counted (≈ 1 ms at start-up) and scores are BM25 without that factor.
 */
const lazyStats = (store: Store, kinds: readonly DocKind[], q: ParsedQuery) => {
  let stats: TermStats | undefined;
  return () => (stats ??= q.include.length > 1 ? termStats(store, kinds, q) : { idf: [] });
};

function statusFilter(kind: DocKind, input: SearchInput): { statuses?: readonly string[]; notStatuses?: readonly string[] } {
  if (kind === 'incident') return { statuses: input.incidentStatuses };
  if (input.knowledgeStatuses?.length) return { statuses: input.knowledgeStatuses };
  return input.all ? {} : { notStatuses: ['retired'] };
}

export function search(store: Store, text: string, input: SearchInput): SearchOutput {
  const query = parseQuery(text);
  if (input.category !== undefined) {
    const t = makeTerm(input.category, 'category');
    if (t) query.include.push(t);
  }
  const hits: RankedHit[] = [];
  const stats = lazyStats(store, input.kinds, query);
  for (const kind of input.kinds) {
    const match = toFts(query, statusFilter(kind, input));
    if (match) hits.push(...rankKind(store, kind, query, match, input.since, stats));
  }
  hits.sort(compareHits);
  const shown = input.limit > 0 ? hits.slice(0, input.limit) : hits;
  for (const h of shown) h.snippet = snippetFor(h.doc, query);
  return { query, hits: shown };
}

/**
 * Up to `limit` knowledge entries and past resolved incidents like an incident (SPEC §5 open,
 * classify). Candidates hold all the title's words, else at least half of them; they are ranked by
 * BM25 over the title's and the description's words, those holding all title words first.
 */
export function similar(store: Store, title: string, description: string | null, opts: { exclude?: number; limit?: number } = {}): RankedHit[] {
  const limit = opts.limit ?? 3;
  const titleQuery = similarQuery(title, 8);
  if (!titleQuery.include.length) return [];
  const fullQuery = similarQuery(`${title}\n${description ?? ''}`, 12);
  const need = Math.ceil(titleQuery.include.length / 2);
  const filters: Record<DocKind, { statuses?: string[]; notStatuses?: string[] }> = {
    knowledge: { notStatuses: ['retired'] },
    incident: { statuses: ['resolved', 'closed'] },
  };
  const kinds = ['knowledge', 'incident'] as const;
  const stats = lazyStats(store, kinds, fullQuery);
  const found = new Map<string, { hit: RankedHit; all: boolean }>();
  for (const all of [true, false]) {
    for (const kind of kinds) {
      const match = toFts(titleQuery, { ...filters[kind], any: !all }) as string;
      for (const hit of rankKind(store, kind, fullQuery, match, undefined, stats)) {
        if (kind === 'incident' && hit.doc.id === opts.exclude) continue;
        if (found.has(hit.doc.ref)) continue;
        const titleHits = scoreDocs([hit.doc], titleQuery, { idf: [] })[0].matched;
        if (all || titleHits >= need) found.set(hit.doc.ref, { hit, all });
      }
    }
    if (found.size >= limit) break;
  }
  return [...found.values()]
    .sort((a, b) => Number(b.all) - Number(a.all) || compareHits(a.hit, b.hit))
    .slice(0, limit)
    .map((f) => f.hit);
}
