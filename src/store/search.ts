import { indexText } from '../core/normalize.js';
import { formatRef } from '../core/refs.js';
import type { DocKind, SearchDoc } from '../core/rank.js';
import type { DB } from './db.js';
import { TableStore } from './table-store.js';

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

/** Fills the incidents' index from the table (after a bulk load that ran without its triggers). */
export function rebuildIncidentIndex(db: DB): void {
  db.exec(`
    DELETE FROM incident_fts;
    INSERT INTO incident_fts (rowid, title, body, category, service, status) SELECT i.id, ${INCIDENT_ROW} FROM incidents i;
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
/** How many of the newest records the idf sample counts in. */
export const SAMPLE = 1000;

type Row = Record<string, unknown>;

const TABLE = { incident: 'incident_fts', knowledge: 'knowledge_fts' } as const;
const BASE = { incident: 'incidents', knowledge: 'knowledge' } as const;

export class SearchStore extends TableStore {
  /** Ids of the newest records of a kind that match the FTS5 expression, newest first. */
  candidates(kind: DocKind, match: string, filter: CandidateFilter = {}, limit = CANDIDATES): number[] {
    if (!filter.since) {
      return this.stmt(`SELECT rowid FROM ${TABLE[kind]} WHERE ${TABLE[kind]} MATCH ? ORDER BY rowid DESC LIMIT ${Math.floor(limit)}`).pluck().all(match) as number[];
    }
    const column = kind === 'incident' ? 'opened_at' : 'updated_at';
    const rows = this.stmt(
      `SELECT f.rowid AS id, b.${column} AS at FROM ${TABLE[kind]} f JOIN ${BASE[kind]} b ON b.id = f.rowid WHERE ${TABLE[kind]} MATCH ? ORDER BY f.rowid DESC`,
    ).iterate(match) as IterableIterator<{ id: number; at: string }>;
    // No incident below this id was opened since then: the walk can stop there instead of reaching
    // the oldest match (a recent --since with few matches would otherwise read the whole index).
    const floor = kind === 'incident' ? this.sinceFloor(filter.since) : 0;
    const out: number[] = [];
    for (const r of rows) {
      if (r.id < floor || out.length >= limit) break;
      if (r.at >= filter.since) out.push(r.id);
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
   * Document frequency of each single-term expression among the newest SAMPLE records, for idf:
   * bounded work, and stable as the table grows.
   */
  sampleFrequencies(kind: DocKind, matches: string[]): { n: number; df: number[] } {
    const top = (this.stmt(`SELECT max(id) FROM ${BASE[kind]}`).pluck().get() as number | null) ?? 0;
    const from = top - SAMPLE;
    const n = this.stmt(`SELECT count(*) FROM ${BASE[kind]} WHERE id > ?`).pluck().get(from) as number;
    // Walk the newest SAMPLE matches (lazy, bounded) and keep those inside the window: an FTS5 rowid
    // range constraint is not bounded work (measured: it scans), a LIMIT on a rowid walk is.
    const df = matches.map(
      (m) =>
        this.stmt(`SELECT count(*) FROM (SELECT rowid FROM ${TABLE[kind]} WHERE ${TABLE[kind]} MATCH ? ORDER BY rowid DESC LIMIT ${SAMPLE}) WHERE rowid > ?`)
          .pluck()
          .get(m, from) as number,
    );
    return { n, df };
  }

  /** The candidates' text and ranking fields, for scoring and snippets. */
  docs(kind: DocKind, ids: number[]): SearchDoc[] {
    if (!ids.length) return [];
    const list = ids.map(() => '?').join(',');
    if (kind === 'knowledge') {
      const rows = this.db.prepare(`SELECT * FROM knowledge WHERE id IN (${list})`).all(...ids) as Row[];
      return rows.map((r) => ({
        kind,
        id: r.id as number,
        ref: formatRef('KB', r.id as number),
        title: r.title as string,
        body: [
          { field: 'resolution', text: r.resolution as string | null },
          { field: 'workaround', text: r.workaround as string | null },
          { field: 'symptoms', text: r.symptoms as string | null },
          { field: 'cause', text: r.cause as string | null },
        ],
        category: (r.category as string) ?? null,
        service: (r.service as string) ?? null,
        tags: JSON.parse((r.tags as string) || '[]') as string[],
        status: r.status as string,
        at: r.updated_at as string,
      }));
    }
    const rows = this.db
      .prepare(`SELECT id, title, description, scope, resolution, category, service, tags, status, opened_at, resolved_at FROM incidents WHERE id IN (${list})`)
      .all(...ids) as Row[];
    const notes = new Map<number, string[]>();
    for (const n of this.db
      .prepare(`SELECT incident_id, note FROM events WHERE kind = 'noted' AND incident_id IN (${list}) ORDER BY id`)
      .all(...ids) as Row[]) {
      const k = n.incident_id as number;
      notes.set(k, [...(notes.get(k) ?? []), n.note as string]);
    }
    return rows.map((r) => ({
      kind,
      id: r.id as number,
      ref: formatRef('INC', r.id as number),
      title: r.title as string,
      body: [
        { field: 'resolution', text: r.resolution as string | null },
        { field: 'description', text: r.description as string | null },
        { field: 'notes', text: notes.get(r.id as number)?.join('\n') ?? null },
        { field: 'scope', text: r.scope as string | null },
      ],
      category: (r.category as string) ?? null,
      service: (r.service as string) ?? null,
      tags: JSON.parse((r.tags as string) || '[]') as string[],
      status: r.status as string,
      at: ((r.resolved_at ?? r.opened_at) as string) ?? '',
    }));
  }
}
