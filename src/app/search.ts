import { makeTerm, parseQuery, similarQuery, type ParsedQuery } from '../core/query.js';
import { compareHits, snippetFor, termsHeld, type DocKind, type RankedHit } from '../core/rank.js';
import { STATUSES } from '../core/lifecycle.js';
import type { Store } from '../store/index.js';
import type { SearchFilter } from '../store/dialect.js';

/**
 * Search (SPEC §7): parse the query, rank every match of each kind by BM25 in the index, order the
 * best and their equals by the tie-breaks, and keep the best. Read-only.
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
 * The best `limit` hits of a kind (all when `limit` is not finite), exactly: the index ranks every
 * match by BM25 and hands over the best and every match tied with the last of them; the tie-breaks
 * order those, and only the hits kept are read in full. A query with a cut word (`truncated`) is a
 * superset in the index: then every match is read and checked against the full words.
 */
async function rankKind(store: Store, kind: DocKind, q: ParsedQuery, filter: SearchFilter, limit: number, since?: string): Promise<RankedHit[]> {
  const strict = [...q.include, ...q.exclude].some((t) => t.truncated);
  const scored = await store.search.best(kind, q, filter, strict ? Infinity : limit, since);
  if (!scored.length) return [];
  const keys = await store.search.keys(kind, scored.map((s) => s.id));
  const order = scored
    .map((s) => ({ score: s.score, doc: { kind, ...(keys.get(s.id) as { id: number; status: string; at: string }) } }))
    .sort(compareHits);
  const kept = strict ? order : order.slice(0, limit);
  const docs = await store.search.docs(kind, kept.map((k) => k.doc.id));
  const hits: RankedHit[] = [];
  for (const k of kept) {
    const doc = docs.get(k.doc.id);
    if (!doc) continue;
    const held = termsHeld(doc, q);
    if (strict && !held.all) continue;
    hits.push({ doc, score: k.score, matched: held.matched });
    if (hits.length >= limit) break;
  }
  return hits;
}

/**
 * Incident statuses as the index is asked for them. bm25() counts the hits of every phrase of the
 * match, the status filter's too: `closed` is most of a tracker's history (82 % of 1M generated
 * incidents), so a set holding it is asked as "none of the others", the same records for a
 * fraction of the count.
 */
function incidentStatuses(statuses: readonly string[] | undefined): { statuses?: readonly string[]; notStatuses?: readonly string[] } {
  if (!statuses?.length || !statuses.includes('closed')) return { statuses };
  return { notStatuses: STATUSES.filter((s) => !statuses.includes(s)) };
}

function statusFilter(kind: DocKind, input: SearchInput): { statuses?: readonly string[]; notStatuses?: readonly string[] } {
  if (kind === 'incident') return incidentStatuses(input.incidentStatuses);
  if (input.knowledgeStatuses?.length) return { statuses: input.knowledgeStatuses };
  return input.all ? {} : { notStatuses: ['retired'] };
}

export async function search(store: Store, text: string, input: SearchInput): Promise<SearchOutput> {
  const query = parseQuery(text);
  if (input.category !== undefined) {
    const t = makeTerm(input.category, 'category');
    if (t) query.include.push(t);
  }
  const hits: RankedHit[] = [];
  const limit = input.limit > 0 ? input.limit : Infinity;
  for (const kind of input.kinds) {
    if (query.include.length) hits.push(...await rankKind(store, kind, query, statusFilter(kind, input), limit, input.since));
  }
  hits.sort(compareHits);
  const shown = input.limit > 0 ? hits.slice(0, input.limit) : hits;
  for (const h of shown) h.snippet = snippetFor(h.doc, query);
  return { query, hits: shown };
}

/**
 * A suggestion that holds only some of the title's words must hold at least this many (and half):
 * one shared word of a longer title is noise, whatever its score (docs/knowledge-and-search.md).
 */
export const MIN_SHARED_WORDS = 2;
/** How many of the best any-word matches are checked for holding half the title's words. */
const ANY_WORD_BEST = 50;

/**
 * Knowledge entries before past incidents among suggestions of the same pass: the curated answer
 * first, and the two kinds' scores come from separate statistics (in a young knowledge base most
 * words are in half its entries, where BM25 weighs them almost 0), so they do not compare.
 */
const kindOrder = (h: RankedHit) => (h.doc.kind === 'knowledge' ? 0 : 1);

/**
 * Up to `limit` knowledge entries and past resolved incidents like an incident (SPEC §5 open,
 * classify), by the search's own ranking: BM25 over every match. First those holding all the
 * title's words (ranked by them); then, when fewer than `limit` do, the best matches of any word of
 * the title or the description (ranked by all of those) that hold at least half the title's words
 * and at least MIN_SHARED_WORDS of them. Nothing rather than noise: no BM25 score threshold, as
 * BM25's idf says nothing in a young database (a word in more than half of the records scores
 * almost 0, and in a team's first weeks most words are). Within a pass, knowledge entries first.
 */
export async function similar(store: Store, title: string, description: string | null, opts: { exclude?: number; limit?: number } = {}): Promise<RankedHit[]> {
  const limit = opts.limit ?? 3;
  const titleQuery = similarQuery(title, 8);
  if (!titleQuery.include.length) return [];
  const fullQuery = similarQuery(`${title}\n${description ?? ''}`, 12);
  const need = Math.max(MIN_SHARED_WORDS, Math.ceil(titleQuery.include.length / 2));
  const filters: Record<DocKind, { statuses?: readonly string[]; notStatuses?: readonly string[] }> = {
    knowledge: { notStatuses: ['retired'] },
    incident: incidentStatuses(['resolved', 'closed']),
  };
  const kinds = ['knowledge', 'incident'] as const;
  const found = new Map<string, { hit: RankedHit; all: boolean }>();
  for (const all of [true, false]) {
    if (!all && need > titleQuery.include.length) break;
    const hits: RankedHit[] = [];
    for (const kind of kinds) {
      const q = all ? titleQuery : fullQuery;
      // One more than asked: the incident being opened is among its own matches.
      for (const hit of await rankKind(store, kind, q, { ...filters[kind], any: !all }, all ? limit + 1 : ANY_WORD_BEST)) {
        hits.push(all ? hit : { ...hit, matched: termsHeld(hit.doc, titleQuery).matched });
      }
    }
    for (const hit of hits.sort(compareHits)) {
      if (hit.doc.kind === 'incident' && hit.doc.id === opts.exclude) continue;
      if (found.has(hit.doc.ref)) continue;
      if (all || hit.matched >= need) found.set(hit.doc.ref, { hit, all });
    }
    if (found.size >= limit) break;
  }
  return [...found.values()]
    .sort((a, b) => Number(b.all) - Number(a.all) || kindOrder(a.hit) - kindOrder(b.hit) || compareHits(a.hit, b.hit))
    .slice(0, limit)
    .map((f) => f.hit);
}
