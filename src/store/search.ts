import { indexText } from '../core/normalize.js';
import { formatRef } from '../core/refs.js';
import type { DocKind, SearchDoc } from '../core/rank.js';
import type { DB } from './db.js';
import { type Cells, type Columns, TableStore } from './table-store.js';

/**
 * The full-text index (SPEC §7): two contentless FTS5 tables, one per record kind, over text that
 * `incident_tokens()` (core/normalize.ts) has folded and cut into words and CJK bigrams. Triggers on
 * incidents, events (notes) and knowledge keep them in step inside the writing transaction.
 *
 * Speed at a million rows: FTS5 walks a match by rowid lazily, so `ORDER BY rowid DESC LIMIT n`
 * costs about n whatever the table's size, while bm25() first counts every hit of every word. So
 * the newest CANDIDATES matches are taken from the index and ranked in JS (core/rank.ts).
 */

/** Registers the SQL functions the index triggers call. Every connection that writes needs them. */
export function registerSearchFunctions(db: DB): void {
  db.function('incident_tokens', { deterministic: true, varargs: true }, (...parts: unknown[]) =>
    indexText(...parts.map((p) => (p === null || p === undefined ? null : String(p)))),
  );
}

/** FTS5's own default: how many segments it merges at a time as writes come (kept in its config). */
const FTS5_AUTOMERGE = 4;

const TOKENIZE = `tokenize = "unicode61 remove_diacritics 0 categories 'L* N* Co M*'"`;

const INCIDENT_ROW = `incident_tokens(i.title),
  incident_tokens(i.description, i.scope, i.resolution, i.tags,
    (SELECT group_concat(e.note, ' ') FROM events e WHERE e.incident_id = i.id AND e.kind = 'noted')),
  incident_tokens(i.category), incident_tokens(i.service), replace(i.status, '_', '')`;

const KNOWLEDGE_ROW = `incident_tokens(k.title),
  incident_tokens(k.symptoms, k.cause, k.resolution, k.workaround, k.tags),
  incident_tokens(k.category), incident_tokens(k.service), k.status`;

/** The index, its triggers, and a full rebuild (run by a migration whenever the design changes). */
export const SEARCH_INDEX_SQL = `
  CREATE VIRTUAL TABLE incident_fts USING fts5 (title, body, category, service, status,
    content = '', contentless_delete = 1, ${TOKENIZE});
  CREATE VIRTUAL TABLE knowledge_fts USING fts5 (title, body, category, service, status,
    content = '', contentless_delete = 1, ${TOKENIZE});

  CREATE TRIGGER incident_fts_insert AFTER INSERT ON incidents BEGIN
    -- A new incident has no notes yet (an import adds them after it): its own columns suffice.
    INSERT INTO incident_fts (rowid, title, body, category, service, status)
      VALUES (new.id, incident_tokens(new.title), incident_tokens(new.description, new.scope, new.resolution, new.tags),
        incident_tokens(new.category), incident_tokens(new.service), replace(new.status, '_', ''));
  END;
  CREATE TRIGGER incident_fts_update AFTER UPDATE OF title, description, scope, resolution, tags, category, service, status ON incidents BEGIN
    DELETE FROM incident_fts WHERE rowid = old.id;
    INSERT INTO incident_fts (rowid, title, body, category, service, status)
      SELECT i.id, ${INCIDENT_ROW} FROM incidents i WHERE i.id = new.id;
  END;
  CREATE TRIGGER incident_fts_delete AFTER DELETE ON incidents BEGIN
    DELETE FROM incident_fts WHERE rowid = old.id;
  END;
  CREATE TRIGGER incident_fts_note AFTER INSERT ON events WHEN new.kind = 'noted' BEGIN
    DELETE FROM incident_fts WHERE rowid = new.incident_id;
    INSERT INTO incident_fts (rowid, title, body, category, service, status)
      SELECT i.id, ${INCIDENT_ROW} FROM incidents i WHERE i.id = new.incident_id;
  END;

  CREATE TRIGGER knowledge_fts_insert AFTER INSERT ON knowledge BEGIN
    INSERT INTO knowledge_fts (rowid, title, body, category, service, status)
      VALUES (new.id, incident_tokens(new.title), incident_tokens(new.symptoms, new.cause, new.resolution, new.workaround, new.tags),
        incident_tokens(new.category), incident_tokens(new.service), new.status);
  END;
  CREATE TRIGGER knowledge_fts_update AFTER UPDATE OF title, symptoms, cause, resolution, workaround, tags, category, service, status ON knowledge BEGIN
    DELETE FROM knowledge_fts WHERE rowid = old.id;
    INSERT INTO knowledge_fts (rowid, title, body, category, service, status)
      SELECT k.id, ${KNOWLEDGE_ROW} FROM knowledge k WHERE k.id = new.id;
  END;
  CREATE TRIGGER knowledge_fts_delete AFTER DELETE ON knowledge BEGIN
    DELETE FROM knowledge_fts WHERE rowid = old.id;
  END;
`;

/** FTS5's own default: how much of the index it gathers in memory before writing a segment. */
const FTS5_HASHSIZE = 1024 * 1024;
/** For a bulk fill: fewer, larger segments to write and merge (16 MiB beat 1, 64 and 128 at 1M rows). */
const BULK_HASHSIZE = 16 * 1024 * 1024;

/**
 * Fills the incidents' index from the table (after a bulk load that ran without its triggers).
 * Without FTS5's merging as it goes (≈ 10 % faster at 1M rows), with a larger in-memory buffer
 * (≈ 9 % more), and one merge at the end, which leaves the index in one segment, as fast to search
 * as it gets. Both settings are put back: FTS5 keeps them in the index's own config table.
 */
export function rebuildIncidentIndex(db: DB): void {
  db.exec(`
    DELETE FROM incident_fts;
    INSERT INTO incident_fts (incident_fts, rank) VALUES ('automerge', 0);
    INSERT INTO incident_fts (incident_fts, rank) VALUES ('hashsize', ${BULK_HASHSIZE});
    INSERT INTO incident_fts (rowid, title, body, category, service, status) SELECT i.id, ${INCIDENT_ROW} FROM incidents i;
    INSERT INTO incident_fts (incident_fts) VALUES ('optimize');
    INSERT INTO incident_fts (incident_fts, rank) VALUES ('hashsize', ${FTS5_HASHSIZE});
    INSERT INTO incident_fts (incident_fts, rank) VALUES ('automerge', ${FTS5_AUTOMERGE});
  `);
}

/** Fills the index from the tables (after SEARCH_INDEX_SQL, or after emptying it). */
export function rebuildSearchIndex(db: DB): void {
  db.exec(`
    DELETE FROM incident_fts;
    DELETE FROM knowledge_fts;
    INSERT INTO incident_fts (rowid, title, body, category, service, status) SELECT i.id, ${INCIDENT_ROW} FROM incidents i;
    INSERT INTO knowledge_fts (rowid, title, body, category, service, status) SELECT k.id, ${KNOWLEDGE_ROW} FROM knowledge k;
    INSERT INTO incident_fts (incident_fts) VALUES ('optimize');
    INSERT INTO knowledge_fts (knowledge_fts) VALUES ('optimize');
  `);
}

export interface CandidateFilter {
  /** Opened (incidents) or updated (knowledge) at or after. */
  since?: string;
}

/** How many of the newest matches are ranked. Bounded so search costs the same at 10k and 1M. */
export const CANDIDATES = 50;
/** How many of a word's newest matches tell how common it is (wordFrequencies). */
export const RATE_MATCHES = 50;

const TABLE = { incident: 'incident_fts', knowledge: 'knowledge_fts' } as const;
const BASE = { incident: 'incidents', knowledge: 'knowledge' } as const;

/**
 * What a search document is read from (`b`, the record's row), with `at` (what the tie-break
 * compares) and `since_at` (what --since compares). The long fields are listed in the order a
 * snippet prefers them: what was done first. Notes come in timeline order from the events index
 * (a subquery in that order; `group_concat(… ORDER BY …)` sorts each incident's notes again).
 */
const DOC = {
  incident: {
    body: ['resolution', 'description', 'notes', 'scope'],
    columns: `b.id, b.title, b.resolution, b.description,
      (SELECT group_concat(note, char(10)) FROM
        (SELECT e.note FROM events e WHERE e.incident_id = b.id AND e.kind = 'noted' ORDER BY e.id)) AS notes,
      b.scope, b.category, b.service, b.tags, b.status, coalesce(b.resolved_at, b.opened_at, '') AS at, b.opened_at AS since_at`,
  },
  knowledge: {
    body: ['resolution', 'workaround', 'symptoms', 'cause'],
    columns: 'b.id, b.title, b.resolution, b.workaround, b.symptoms, b.cause, b.category, b.service, b.tags, b.status, b.updated_at AS at, b.updated_at AS since_at',
  },
} as const;
type DocColumns = Columns<'id' | 'title' | 'category' | 'service' | 'tags' | 'status' | 'at' | 'since_at' | (typeof DOC)[DocKind]['body'][number]>;

export class SearchStore extends TableStore {
  /**
   * The newest records of a kind that match the FTS5 expression, newest first, as documents to rank:
   * the index walk and the rows in one statement.
   */
  candidates(kind: DocKind, match: string, filter: CandidateFilter = {}, limit = CANDIDATES): SearchDoc[] {
    const from = `SELECT ${DOC[kind].columns} FROM ${TABLE[kind]} f JOIN ${BASE[kind]} b ON b.id = f.rowid WHERE ${TABLE[kind]} MATCH ? ORDER BY f.rowid DESC`;
    if (!filter.since) {
      const { stmt, at } = this.cells(`${from} LIMIT ${Math.floor(limit)}`);
      return (stmt.all(match) as Cells[]).map((cells) => toDoc(kind, cells, at as DocColumns));
    }
    const { stmt, at } = this.cells(from);
    const cols = at as DocColumns;
    // No incident below this id was opened since then: the walk can stop there instead of reaching
    // the oldest match (a recent --since with few matches would otherwise read the whole index).
    const floor = kind === 'incident' ? this.sinceFloor(filter.since) : 0;
    const out: SearchDoc[] = [];
    for (const cells of stmt.iterate(match) as IterableIterator<Cells>) {
      if ((cells[cols.id] as number) < floor || out.length >= limit) break;
      if ((cells[cols.since_at] as string) >= filter.since) out.push(toDoc(kind, cells, cols));
    }
    return out;
  }

  /** The lowest incident id opened at or after `since`, when few are (else 0: no bound needed). */
  private sinceFloor(since: string): number {
    const PROBE = 50_000;
    const n = this.stmt(`SELECT count(*) FROM (SELECT 1 FROM incidents WHERE opened_at >= ? LIMIT ${PROBE})`).pluck().get(since) as number;
    if (n >= PROBE) return 0;
    return (this.stmt('SELECT min(id) FROM incidents WHERE opened_at >= ?').pluck().get(since) as number | null) ?? Number.MAX_SAFE_INTEGER;
  }

  /**
   * Document frequency of each single-term expression among a kind's records, for idf: counted when
   * a word has fewer than RATE_MATCHES matches, else estimated from how far back its newest
   * RATE_MATCHES matches reach (a word in every 20th record reaches back 1,000). Bounded work, the
   * same at 10k and 1M records, and it follows what is written lately.
   */
  wordFrequencies(kind: DocKind, matches: string[]): { n: number; df: number[] } {
    const n = (this.stmt(`SELECT max(id) FROM ${BASE[kind]}`).pluck().get() as number | null) ?? 0;
    const walk = this.stmt(
      `SELECT count(*) AS found, min(rowid) AS oldest FROM (SELECT rowid FROM ${TABLE[kind]} WHERE ${TABLE[kind]} MATCH ? ORDER BY rowid DESC LIMIT ${RATE_MATCHES})`,
    );
    const df = matches.map((m) => {
      const { found, oldest } = walk.get(m) as { found: number; oldest: number | null };
      return found < RATE_MATCHES || oldest === null ? found : (found / (n - oldest + 1)) * n;
    });
    return { n, df };
  }
}

function toDoc(kind: DocKind, v: Cells, at: DocColumns): SearchDoc {
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
