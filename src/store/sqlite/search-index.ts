import { indexText } from '../../core/normalize.js';
import type { DocKind } from '../../core/rank.js';
import type { DB } from './connection.js';
import type { SqliteSql } from './sql.js';

/**
 * The full-text index (SPEC §7): two contentless FTS5 tables, one per record kind, over text that
 * `incident_tokens()` (core/normalize.ts) has folded and cut into words and CJK bigrams. Triggers on
 * incidents, events (notes) and knowledge keep them in step inside the writing transaction.
 *
 * Ranking is FTS5's own bm25() over every match (bestMatches below): exact, with document
 * frequencies and lengths the index keeps up to date itself; its cost grows with the matches of the
 * query's commonest word (docs/performance.md).
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

/**
 * What an incident's row held before a change (`old` in a trigger): its columns as they were, and
 * its notes but `except`, the note being added (0: every note). The same texts as INCIDENT_ROW, so
 * the same tokens: FTS5's 'delete' takes them out of the postings and out of the totals.
 */
const oldIncidentRow = (except: string) => `incident_tokens(old.title),
  incident_tokens(old.description, old.scope, old.resolution, old.tags,
    (SELECT group_concat(e.note, ' ') FROM events e WHERE e.incident_id = old.id AND e.kind = 'noted' AND e.id <> ${except})),
  incident_tokens(old.category), incident_tokens(old.service), replace(old.status, '_', '')`;

const OLD_KNOWLEDGE_ROW = `incident_tokens(old.title),
  incident_tokens(old.symptoms, old.cause, old.resolution, old.workaround, old.tags),
  incident_tokens(old.category), incident_tokens(old.service), old.status`;

/**
 * The index, its triggers, and a full rebuild (run by a migration whenever the design changes).
 *
 * Contentless tables (the tokens are not stored twice) that take a row out with FTS5's 'delete'
 * command and the row's old tokens, recomputed from the record as it was. A contentless_delete
 * table would need no old tokens, but FTS5 never takes a deleted row out of its totals (rows and
 * tokens per column, measured with SQLite 3.53): every edit and note counted the record again, and
 * bm25()'s idf and average length drifted from the records' own (and from PostgreSQL's, which keeps
 * exact totals). The tokens given to 'delete' must be those indexed: whenever incident_tokens()
 * changes, a migration rebuilds the index.
 */
export const SEARCH_INDEX_SQL = `
  CREATE VIRTUAL TABLE incident_fts USING fts5 (title, body, category, service, status, content = '', ${TOKENIZE});
  CREATE VIRTUAL TABLE knowledge_fts USING fts5 (title, body, category, service, status, content = '', ${TOKENIZE});

  CREATE TRIGGER incident_fts_insert AFTER INSERT ON incidents BEGIN
    -- A new incident has no notes yet (an import adds them after it): its own columns suffice.
    INSERT INTO incident_fts (rowid, title, body, category, service, status)
      VALUES (new.id, incident_tokens(new.title), incident_tokens(new.description, new.scope, new.resolution, new.tags),
        incident_tokens(new.category), incident_tokens(new.service), replace(new.status, '_', ''));
  END;
  CREATE TRIGGER incident_fts_update AFTER UPDATE OF title, description, scope, resolution, tags, category, service, status ON incidents BEGIN
    INSERT INTO incident_fts (incident_fts, rowid, title, body, category, service, status) VALUES ('delete', old.id, ${oldIncidentRow('0')});
    INSERT INTO incident_fts (rowid, title, body, category, service, status)
      SELECT i.id, ${INCIDENT_ROW} FROM incidents i WHERE i.id = new.id;
  END;
  CREATE TRIGGER incident_fts_delete AFTER DELETE ON incidents BEGIN
    INSERT INTO incident_fts (incident_fts, rowid, title, body, category, service, status) VALUES ('delete', old.id, ${oldIncidentRow('0')});
  END;
  CREATE TRIGGER incident_fts_note AFTER INSERT ON events WHEN new.kind = 'noted' BEGIN
    INSERT INTO incident_fts (incident_fts, rowid, title, body, category, service, status)
      SELECT 'delete', i.id, ${INCIDENT_ROW.replace("e.kind = 'noted')", "e.kind = 'noted' AND e.id <> new.id)")} FROM incidents i WHERE i.id = new.incident_id;
    INSERT INTO incident_fts (rowid, title, body, category, service, status)
      SELECT i.id, ${INCIDENT_ROW} FROM incidents i WHERE i.id = new.incident_id;
  END;

  CREATE TRIGGER knowledge_fts_insert AFTER INSERT ON knowledge BEGIN
    INSERT INTO knowledge_fts (rowid, title, body, category, service, status)
      VALUES (new.id, incident_tokens(new.title), incident_tokens(new.symptoms, new.cause, new.resolution, new.workaround, new.tags),
        incident_tokens(new.category), incident_tokens(new.service), new.status);
  END;
  CREATE TRIGGER knowledge_fts_update AFTER UPDATE OF title, symptoms, cause, resolution, workaround, tags, category, service, status ON knowledge BEGIN
    INSERT INTO knowledge_fts (knowledge_fts, rowid, title, body, category, service, status) VALUES ('delete', old.id, ${OLD_KNOWLEDGE_ROW});
    INSERT INTO knowledge_fts (rowid, title, body, category, service, status)
      SELECT k.id, ${KNOWLEDGE_ROW} FROM knowledge k WHERE k.id = new.id;
  END;
  CREATE TRIGGER knowledge_fts_delete AFTER DELETE ON knowledge BEGIN
    INSERT INTO knowledge_fts (knowledge_fts, rowid, title, body, category, service, status) VALUES ('delete', old.id, ${OLD_KNOWLEDGE_ROW});
  END;
`;

/** The triggers SEARCH_INDEX_SQL makes, to drop when the index is made again. */
export const SEARCH_INDEX_TRIGGERS = [
  'incident_fts_insert', 'incident_fts_update', 'incident_fts_delete', 'incident_fts_note',
  'knowledge_fts_insert', 'knowledge_fts_update', 'knowledge_fts_delete',
] as const;

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
    INSERT INTO incident_fts (incident_fts) VALUES ('delete-all');
    INSERT INTO incident_fts (incident_fts, rank) VALUES ('automerge', 0);
    INSERT INTO incident_fts (incident_fts, rank) VALUES ('hashsize', ${BULK_HASHSIZE});
    INSERT INTO incident_fts (rowid, title, body, category, service, status) SELECT i.id, ${INCIDENT_ROW} FROM incidents i;
    INSERT INTO incident_fts (incident_fts) VALUES ('optimize');
    INSERT INTO incident_fts (incident_fts, rank) VALUES ('hashsize', ${FTS5_HASHSIZE});
    INSERT INTO incident_fts (incident_fts, rank) VALUES ('automerge', ${FTS5_AUTOMERGE});
  `);
}

/** Empties the index, totals included ('delete-all'), and fills it again from the tables. */
export function rebuildSearchIndex(db: DB): void {
  db.exec(`
    INSERT INTO incident_fts (incident_fts) VALUES ('delete-all');
    INSERT INTO knowledge_fts (knowledge_fts) VALUES ('delete-all');
    INSERT INTO incident_fts (rowid, title, body, category, service, status) SELECT i.id, ${INCIDENT_ROW} FROM incidents i;
    INSERT INTO knowledge_fts (rowid, title, body, category, service, status) SELECT k.id, ${KNOWLEDGE_ROW} FROM knowledge k;
    INSERT INTO incident_fts (incident_fts) VALUES ('optimize');
    INSERT INTO knowledge_fts (knowledge_fts) VALUES ('optimize');
  `);
}

/**
 * BM25 column weights, in the index's column order (title, body, category, service, status): a word
 * in the title counts as ten in the text; the status column only filters.
 */
export const WEIGHTS = [10, 1, 1, 1, 0] as const;

const TABLE = { incident: 'incident_fts', knowledge: 'knowledge_fts' } as const;
const BASE = { incident: 'incidents', knowledge: 'knowledge' } as const;
/** What --since compares: opened (incidents) or updated (knowledge). */
const SINCE = { incident: 'b.opened_at', knowledge: 'b.updated_at' } as const;

/**
 * How many rows the first reading asks for: the best `limit` and the equals that follow them, in all
 * but rare cases. With a LIMIT, SQLite keeps only that many of the rows FTS5 scores instead of
 * sorting every match (≈ 20 ms less at 60k matches); 2,048 costs no more than 256 to keep, and a
 * second reading (when the first ends among equals of the last) scores every match again.
 */
const FIRST_READ = 2048;

/**
 * The page cache the ranking reads through. Scoring every match walks the word's list and looks up
 * each match's length, front to back: a page is seldom wanted twice, so a larger cache mostly costs
 * memory the process has to be given (SQLite's default here is 16 MiB; on a host where fresh memory
 * is dear that was ≈ 90 ms of a search at 1M incidents). Set for the ranking, then put back.
 */
const RANKING_CACHE_KIB = 1024;

/**
 * The matches of the FTS5 expression with the `limit` best BM25 scores (WEIGHTS; FTS5's own
 * statistics: every row's length and every phrase's document frequency, kept by the index), best
 * first, followed by every further match whose score equals the last of them, so that the
 * tie-breaks, which need the records, choose among all the equals. Every match is scored: there is
 * no window. When the first reading ends among equals of the last, it is read again, larger.
 */
export function bestMatches(sql: SqliteSql, kind: DocKind, match: string, limit: number, since?: string): { id: number; score: number }[] {
  if (limit < 1) return [];
  const score = `-bm25(${TABLE[kind]}, ${WEIGHTS.join(', ')})`;
  let stmt;
  let args: unknown[];
  if (!since) {
    stmt = sql.statement(`SELECT rowid AS id, ${score} AS score FROM ${TABLE[kind]} WHERE ${TABLE[kind]} MATCH ? ORDER BY score DESC LIMIT ?`);
    args = [match];
  } else {
    // No incident below this id was opened since then: the index need not be read below it.
    const floor = kind === 'incident' ? sinceFloor(sql, since) : 0;
    stmt = sql.statement(
      `SELECT m.id, m.score FROM (SELECT rowid AS id, ${score} AS score FROM ${TABLE[kind]} WHERE ${TABLE[kind]} MATCH ? AND rowid >= ?) m
        JOIN ${BASE[kind]} b ON b.id = m.id WHERE ${SINCE[kind]} >= ? ORDER BY m.score DESC LIMIT ?`,
    );
    args = [match, floor, since];
  }
  const cache = sql.db.pragma('cache_size', { simple: true }) as number;
  sql.db.pragma(`cache_size = -${RANKING_CACHE_KIB}`);
  try {
    for (let read = Math.max(FIRST_READ, 2 * limit); ; read *= 8) {
      // A limit that is not finite (every match) is no LIMIT at all (-1).
      const rows = stmt.all(...args, Number.isFinite(read) ? read : -1) as { id: number; score: number }[];
      const last = rows[limit - 1]?.score;
      // Fewer rows than asked: every match was read. Else the equals of the last may go on past them.
      if (rows.length < read || rows[rows.length - 1].score !== last) {
        let end = Math.min(limit, rows.length);
        while (end < rows.length && rows[end].score === last) end++;
        return rows.slice(0, end);
      }
    }
  } finally {
    sql.db.pragma(`cache_size = ${cache}`);
  }
}

/** The lowest incident id opened at or after `since`, when few are (else 0: no bound needed). */
function sinceFloor(sql: SqliteSql, since: string): number {
  const PROBE = 50_000;
  const n = sql.statement(`SELECT count(*) AS n FROM (SELECT 1 FROM incidents WHERE opened_at >= ? LIMIT ${PROBE})`).get(since) as { n: number };
  if (n.n >= PROBE) return 0;
  return (sql.statement('SELECT min(id) AS id FROM incidents WHERE opened_at >= ?').get(since) as { id: number | null }).id ?? Number.MAX_SAFE_INTEGER;
}
