import { formatRef } from '../core/refs.js';
import type { DocKind, SearchDoc } from '../core/rank.js';
import type { ParsedQuery } from '../core/query.js';
import type { Dialect, SearchFilter } from './dialect.js';
import type { Sql } from './sql.js';

/**
 * The records behind the full-text index (SPEC §7). The index itself, its matching and BM25 ranking
 * are each backend's own (Dialect.searchBest; SQLite: store/sqlite/search-index.ts).
 */

const BASE = { incident: 'incidents', knowledge: 'knowledge' } as const;

/** A match and its relevance (FTS5's bm25() turned round: higher is better). */
export interface Scored {
  id: number;
  score: number;
}

/** What the tie-breaks compare (core/rank.ts compareHits): read only for the best matches. */
export interface RankKeys {
  id: number;
  status: string;
  at: string;
}

/**
 * What a search document is read from (`b`, the record's row), with `at` (what the tie-break
 * compares). The long fields are listed in the order a snippet prefers them: what was done first.
 * Notes come in timeline order from the events index (a subquery in that order; an ordered
 * aggregate would sort each incident's notes again).
 */
const DOC = {
  incident: {
    body: ['resolution', 'description', 'notes', 'scope'],
    at: `coalesce(b.resolved_at, b.opened_at, '')`,
    columns: (d: Dialect) => `b.id, b.title, b.resolution, b.description,
      (SELECT ${d.groupConcat('n.note', 'char(10)')} FROM
        (SELECT e.note FROM events e WHERE e.incident_id = b.id AND e.kind = 'noted' ORDER BY e.id) n) AS notes,
      b.scope, b.category, b.service, b.tags, b.status, coalesce(b.resolved_at, b.opened_at, '') AS at`,
  },
  knowledge: {
    body: ['resolution', 'workaround', 'symptoms', 'cause'],
    at: 'b.updated_at',
    columns: () => 'b.id, b.title, b.resolution, b.workaround, b.symptoms, b.cause, b.category, b.service, b.tags, b.status, b.updated_at AS at',
  },
} as const;
type DocColumn = 'id' | 'title' | 'category' | 'service' | 'tags' | 'status' | 'at' | (typeof DOC)[DocKind]['body'][number];
type DocColumns = Readonly<Record<DocColumn, number>>;

export class SearchStore {
  constructor(
    private readonly sql: Sql,
    private readonly dialect: Dialect,
  ) {}

  /**
   * The matches of the query (core/query.ts) with the `limit` best scores, best first, followed by
   * every further match whose score equals the last of them, so that the tie-breaks, which need the
   * records, choose among all the equals. `since`: opened (incidents) or updated (knowledge) at or after.
   */
  best(kind: DocKind, query: ParsedQuery, filter: SearchFilter, limit: number, since?: string): Promise<Scored[]> {
    return this.dialect.searchBest(kind, query, filter, limit, since);
  }

  /** The tie-break keys of records of a kind, by id. */
  async keys(kind: DocKind, ids: number[]): Promise<Map<number, RankKeys>> {
    const set = this.dialect.idSet(ids);
    const rows = await this.sql.all<RankKeys>(`SELECT b.id, b.status, ${DOC[kind].at} AS at FROM ${BASE[kind]} b WHERE b.id IN (${set.sql})`, [set.param]);
    return new Map(rows.map((r) => [r.id, r]));
  }

  /** Records of a kind as documents to show (title, texts for the snippet), by id. */
  async docs(kind: DocKind, ids: number[]): Promise<Map<number, SearchDoc>> {
    const set = this.dialect.idSet(ids);
    const { rows, at } = await this.sql.cells(`SELECT ${DOC[kind].columns(this.dialect)} FROM ${BASE[kind]} b WHERE b.id IN (${set.sql})`, [set.param]);
    const docs = rows.map((cells) => toDoc(kind, cells, at as DocColumns));
    return new Map(docs.map((d) => [d.id, d]));
  }
}

function toDoc(kind: DocKind, v: readonly unknown[], at: DocColumns): SearchDoc {
  const id = v[at.id] as number;
  return {
    kind,
    id,
    ref: formatRef(kind === 'incident' ? 'INC' : 'KB', id),
    title: v[at.title] as string,
    body: DOC[kind].body.map((field) => ({ field, text: (v[at[field]] as string | null) ?? null })),
    category: (v[at.category] as string | null) ?? null,
    service: (v[at.service] as string | null) ?? null,
    tags: JSON.parse((v[at.tags] as string) || '[]') as string[],
    status: v[at.status] as string,
    at: v[at.at] as string,
  };
}
