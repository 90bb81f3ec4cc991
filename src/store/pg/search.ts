import { indexText } from '../../core/normalize.js';
import { statusToken, TEXT_COLUMNS, type ParsedQuery, type QueryTerm } from '../../core/query.js';
import type { DocKind, SearchDoc } from '../../core/rank.js';
import { formatRef } from '../../core/refs.js';
import type { RankKeys, Scored } from '../search.js';
import type { Sql, SqlValue } from '../sql.js';

/**
 * The full-text index on PostgreSQL (SPEC §7, §15): the same hits in the same order as SQLite's FTS5
 * index (store/search.ts), with no extension.
 *
 * - Tokens: ours (core/normalize.ts indexText, Japanese bigrams and folding included), then cut as
 *   FTS5's unicode61 tokenizer cuts them on SQLite, so both sides index the very same tokens.
 * - Per record: a tsvector of its tokens with positions and a weight per field (A title, B body,
 *   C category, D service) under a GIN index, its status tokens and its length in tokens. The
 *   tsvector finds the candidates (phrases, prefixes, fields) and gives the exact counts BM25 needs
 *   (ts_rank_cd, see weightedSql).
 * - PostgreSQL triggers cannot run our tokenizer: our code writes the index in the record's own
 *   transaction (reindexIncidents, reindexKnowledge), and keeps the table's totals (rows, tokens)
 *   in search_totals, as FTS5 keeps its own.
 * - Ranking: FTS5's bm25() (sqlite ext/fts5/fts5_aux.c) with the same column weights (WEIGHTS),
 *   computed on the server over every match, in one statement per kind: the same scores, so the
 *   same order and the same ties.
 *
 * A tsvector keeps at most 256 positions of a word, none beyond 16,383, and words up to 2 KB: a
 * record past any of these (or LEXEME_BYTES) is marked `overflow`, stored without a tsvector but with its tokens as text (per field),
 * always a candidate, and matched and counted from those texts.
 */

/** The text fields, in FTS5's column order (the fifth column, status, only filters: `status` below). */
const TEXT_FIELDS = ['title', 'body', 'category', 'service'] as const;
type TextField = (typeof TEXT_FIELDS)[number];
/** bm25() column weights, as store/search.ts WEIGHTS (the status column's 0 never adds). */
const WEIGHT: Record<TextField, number> = { title: 10, body: 1, category: 1, service: 1 };
/** tsvector weight letters of the text fields. */
const LETTER: Record<TextField, string> = { title: 'A', body: 'B', category: 'C', service: 'D' };
/** Where each field's tokens are stored. */
const COLUMN: Record<TextField, string> = { title: 'title_tokens', body: 'body_tokens', category: 'category_tokens', service: 'service_tokens' };

const TABLE = { incident: 'incident_search', knowledge: 'knowledge_search' } as const;
const BASE = { incident: 'incidents', knowledge: 'knowledge' } as const;

/** tsvector limits (PostgreSQL's): highest position, positions kept per word, bytes per word, bytes in all. */
const MAX_POSITION = 16_383;
const MAX_POSITIONS_PER_WORD = 256;
/**
 * Longer words are cut to this many bytes in a query's tsquery, and a record holding one is kept as
 * an `overflow` row (counted from its texts): a cut word could stand for several.
 */
const LEXEME_BYTES = 1_000;
const MAX_TSVECTOR_BYTES = 900_000;

/**
 * The index, for the PostgreSQL schema: one table per record kind, keyed by the record's id, and
 * the totals bm25() needs (rows and tokens per kind, as FTS5 keeps them).
 */
export const PG_SEARCH_INDEX_SQL = `
  CREATE TABLE incident_search (
    id              bigint PRIMARY KEY,
    -- Our tokens, positions and field weights ('' when past a tsvector's limits: overflow).
    doc             tsvector NOT NULL,
    -- The tokens of each field as text, for overflow rows only ('' for the others).
    title_tokens    text NOT NULL,
    body_tokens     text NOT NULL,
    category_tokens text NOT NULL,
    service_tokens  text NOT NULL,
    -- The status column's tokens, and the record's length in tokens over all five columns.
    status          text NOT NULL,
    len             integer NOT NULL,
    overflow        boolean NOT NULL
  );
  CREATE INDEX incident_search_doc ON incident_search USING gin (doc);
  CREATE INDEX incident_search_overflow ON incident_search (id) WHERE overflow;
  CREATE TABLE knowledge_search (LIKE incident_search INCLUDING ALL);
  -- A search is one short statement: parallel workers cost more to start than they save.
  ALTER TABLE incident_search SET (parallel_workers = 0);
  ALTER TABLE knowledge_search SET (parallel_workers = 0);
  CREATE TABLE search_totals (
    kind   text PRIMARY KEY CHECK (kind IN ('incident', 'knowledge')),
    rows   bigint NOT NULL,
    tokens bigint NOT NULL
  );
  INSERT INTO search_totals (kind, rows, tokens) VALUES ('incident', 0, 0), ('knowledge', 0, 0);
`;

// ---- tokens ------------------------------------------------------------------------------------

/** What FTS5's unicode61 tokenizer (categories 'L* N* Co M*') treats as part of a word. */
const FTS_SEPARATOR = /[^\p{L}\p{N}\p{M}\p{Co}]+/u;
const ASCII_TOKENS = /^[a-z0-9 ]*$/;

/**
 * Text as the FTS5 index on SQLite holds it: our tokens (indexText's output, or a query's tokens)
 * cut again where unicode61 cuts (our word characters include a few symbols it does not).
 */
export function ftsTokens(text: string | null | undefined): string[] {
  if (!text) return [];
  if (ASCII_TOKENS.test(text)) return text.split(' ').filter(Boolean);
  return text.split(FTS_SEPARATOR).filter(Boolean);
}

/** A field's tokens as stored: each between spaces, two between neighbours, so counting never overlaps. */
const stored = (toks: string[]): string => (toks.length ? ` ${toks.join('  ')} ` : '');

/** A word as the tsvector holds it: cut to LEXEME_BYTES on a character boundary. */
function lexeme(tok: string): string {
  if (tok.length * 3 <= LEXEME_BYTES) return tok;
  let out = '';
  let bytes = 0;
  for (const ch of tok) {
    bytes += Buffer.byteLength(ch);
    if (bytes > LEXEME_BYTES) break;
    out += ch;
  }
  return out;
}

/** A word longer than a tsvector is made to hold. */
const isLong = (tok: string): boolean => lexeme(tok) !== tok;

/** A quoted word for tsvector and tsquery text: quotes and backslashes doubled. */
const quoted = (tok: string): string => `'${lexeme(tok).replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/** One record's index row. */
export interface SearchRow {
  id: number;
  fields: Record<TextField, string[]>;
  status: string[];
}

/** The tsvector of a row's text fields, or null when it would pass a tsvector's limits. */
function tsvectorOf(fields: Record<TextField, string[]>): string | null {
  const positions = new Map<string, string[]>();
  let p = 0;
  for (const f of TEXT_FIELDS) {
    // One unused position between fields: a phrase never runs from one field into the next.
    p++;
    for (const tok of fields[f]) {
      if (isLong(tok)) return null;
      const lex = quoted(tok);
      let list = positions.get(lex);
      if (!list) positions.set(lex, (list = []));
      list.push(`${++p}${LETTER[f]}`);
      if (list.length > MAX_POSITIONS_PER_WORD) return null;
    }
  }
  if (p > MAX_POSITION) return null;
  let out = '';
  for (const [lex, list] of positions) out += `${out ? ' ' : ''}${lex}:${list.join(',')}`;
  return Buffer.byteLength(out) > MAX_TSVECTOR_BYTES ? null : out;
}

interface IncidentRecord {
  id: number;
  title: string;
  description: string | null;
  scope: string | null;
  resolution: string | null;
  tags: string | null;
  category: string | null;
  service: string | null;
  status: string;
  notes: string | null;
}

interface KnowledgeRecord {
  id: number;
  title: string;
  symptoms: string | null;
  cause: string | null;
  resolution: string | null;
  workaround: string | null;
  tags: string | null;
  category: string | null;
  service: string | null;
  status: string;
}

/** The same texts, in the same order, as the FTS5 triggers index (store/search.ts INCIDENT_ROW). */
function incidentRow(r: IncidentRecord): SearchRow {
  return {
    id: r.id,
    fields: {
      title: ftsTokens(indexText(r.title)),
      body: ftsTokens(indexText(r.description, r.scope, r.resolution, r.tags, r.notes)),
      category: ftsTokens(indexText(r.category)),
      service: ftsTokens(indexText(r.service)),
    },
    status: ftsTokens(r.status.replace(/_/g, '').toLowerCase()),
  };
}

function knowledgeRow(r: KnowledgeRecord): SearchRow {
  return {
    id: r.id,
    fields: {
      title: ftsTokens(indexText(r.title)),
      body: ftsTokens(indexText(r.symptoms, r.cause, r.resolution, r.workaround, r.tags)),
      category: ftsTokens(indexText(r.category)),
      service: ftsTokens(indexText(r.service)),
    },
    status: ftsTokens(r.status.toLowerCase()),
  };
}

/**
 * A row as written: [id, doc, title, body, category, service, status, len, overflow]. The token
 * texts are kept for `overflow` rows only (the others' tsvector holds every position): narrower
 * rows, fewer pages for a search to read.
 */
function written(row: SearchRow): [number, string, string, string, string, string, string, number, boolean] {
  const doc = tsvectorOf(row.fields);
  const len = TEXT_FIELDS.reduce((n, f) => n + row.fields[f].length, row.status.length);
  const text = (f: TextField) => (doc === null ? stored(row.fields[f]) : '');
  return [row.id, doc ?? '', text('title'), text('body'), text('category'), text('service'), row.status.join(' '), len, doc === null];
}

/** Ids as a PostgreSQL array literal (numbers only: nothing to escape). */
const idArray = (ids: readonly number[]): string => `{${ids.map((id) => Math.trunc(Number(id))).join(',')}}`;

const READ = {
  incident: `SELECT i.id, i.title, i.description, i.scope, i.resolution, i.tags, i.category, i.service, i.status,
      (SELECT string_agg(e.note, ' ' ORDER BY e.id) FROM events e WHERE e.incident_id = i.id AND e.kind = 'noted') AS notes
    FROM incidents i`,
  knowledge: `SELECT k.id, k.title, k.symptoms, k.cause, k.resolution, k.workaround, k.tags, k.category, k.service, k.status FROM knowledge k`,
} as const;

async function readRows(sql: Sql, kind: DocKind, where: string, params: SqlValue[]): Promise<SearchRow[]> {
  const records = await sql.all(`${READ[kind]} ${where}`, params);
  return kind === 'incident' ? records.map((r) => incidentRow(r as unknown as IncidentRecord)) : records.map((r) => knowledgeRow(r as unknown as KnowledgeRecord));
}

/**
 * Writes the index rows of `ids` (those that no longer exist are removed) and the totals, in one
 * statement: every CTE sees the rows as they were, so `old` holds what the totals lose.
 */
async function writeRows(sql: Sql, kind: DocKind, ids: readonly number[], rows: SearchRow[]): Promise<void> {
  const t = TABLE[kind];
  await sql.run(
    `WITH input AS (
        SELECT (r->>0)::bigint AS id, (r->>1)::tsvector AS doc, r->>2 AS title_tokens, r->>3 AS body_tokens, r->>4 AS category_tokens,
          r->>5 AS service_tokens, r->>6 AS status, (r->>7)::integer AS len, (r->>8)::boolean AS overflow
        FROM jsonb_array_elements(?::jsonb) r),
      ids AS (SELECT unnest(?::bigint[]) AS id),
      old AS (SELECT s.len FROM ${t} s WHERE s.id IN (SELECT id FROM ids)),
      gone AS (DELETE FROM ${t} s WHERE s.id IN (SELECT id FROM ids) AND s.id NOT IN (SELECT id FROM input) RETURNING 1),
      put AS (INSERT INTO ${t} AS s (id, doc, title_tokens, body_tokens, category_tokens, service_tokens, status, len, overflow)
        SELECT * FROM input
        ON CONFLICT (id) DO UPDATE SET doc = excluded.doc, title_tokens = excluded.title_tokens, body_tokens = excluded.body_tokens,
          category_tokens = excluded.category_tokens, service_tokens = excluded.service_tokens, status = excluded.status,
          len = excluded.len, overflow = excluded.overflow
        RETURNING 1)
    UPDATE search_totals SET
      rows = rows + (SELECT count(*) FROM input) - (SELECT count(*) FROM old),
      tokens = tokens + (SELECT coalesce(sum(len), 0) FROM input) - (SELECT coalesce(sum(len), 0) FROM old)
    WHERE kind = ?`,
    [JSON.stringify(rows.map(written)), idArray(ids), kind],
  );
}

async function reindex(sql: Sql, kind: DocKind, ids: readonly number[]): Promise<void> {
  const unique = [...new Set(ids)];
  if (!unique.length) return;
  const alias = kind === 'incident' ? 'i' : 'k';
  const rows = await readRows(sql, kind, `WHERE ${alias}.id = ANY(?::bigint[])`, [idArray(unique)]);
  await writeRows(sql, kind, unique, rows);
}

/**
 * Brings the index rows of these incidents in step with them (and removes those of incidents that
 * no longer exist): two statements whatever the number of ids. Call in the same transaction as
 * every write that changes an incident's title, description, scope, resolution, tags, category,
 * service or status, or adds a note (an event of kind `noted`): what the FTS5 triggers watch.
 */
export function reindexIncidents(sql: Sql, ids: readonly number[]): Promise<void> {
  return reindex(sql, 'incident', ids);
}

/**
 * The same for knowledge entries: after every write that changes an entry's title, symptoms, cause,
 * resolution, workaround, tags, category, service or status, and after removing one.
 */
export function reindexKnowledge(sql: Sql, ids: readonly number[]): Promise<void> {
  return reindex(sql, 'knowledge', ids);
}

/** Records read and written per statement by a rebuild: bounded memory at any size. */
const REBUILD_BATCH = 5_000;

/** Empties the index and fills it again from the records, totals included, in one transaction. */
export async function rebuildSearchIndex(sql: Sql): Promise<void> {
  await sql.write(async () => {
    for (const kind of ['incident', 'knowledge'] as const) {
      await sql.run(`DELETE FROM ${TABLE[kind]}`);
      await sql.run('UPDATE search_totals SET rows = 0, tokens = 0 WHERE kind = ?', [kind]);
      const alias = kind === 'incident' ? 'i' : 'k';
      let after = 0;
      for (;;) {
        const rows = await readRows(sql, kind, `WHERE ${alias}.id > ? ORDER BY ${alias}.id LIMIT ${REBUILD_BATCH}`, [after]);
        if (!rows.length) break;
        await writeRows(sql, kind, rows.map((r) => r.id), rows);
        after = rows[rows.length - 1]!.id;
      }
    }
  });
}

// ---- drift (db check) --------------------------------------------------------------------------

export interface KindDrift {
  /** Records without an index row. */
  missing: number[];
  /** Index rows without a record. */
  extra: number[];
  /** Index rows whose tokens differ from the record's. */
  stale: number[];
  /** The stored totals (rows, tokens) differ from the index rows'. */
  totals: boolean;
}

export type SearchDrift = Record<DocKind, KindDrift>;

/**
 * The index compared with the records, recomputed from them (SPEC §12 db check): what a rebuild
 * would change. Two reads per kind and the totals, whatever the number of records.
 */
export async function searchIndexDrift(sql: Sql): Promise<SearchDrift> {
  const out = {} as SearchDrift;
  const totals = new Map((await sql.all<{ kind: string; rows: number; tokens: number }>('SELECT kind, rows, tokens FROM search_totals')).map((t) => [t.kind, t]));
  for (const kind of ['incident', 'knowledge'] as const) {
    const expected = new Map((await readRows(sql, kind, '', [])).map((r) => [r.id, written(r)]));
    // The tsvectors are compared on the server (its own normal form); the rest here.
    const { rows, at } = await sql.cells(
      `SELECT s.id, s.title_tokens, s.body_tokens, s.category_tokens, s.service_tokens, s.status, s.len, s.overflow,
          s.doc = (c->>1)::tsvector AS same_doc
        FROM ${TABLE[kind]} s LEFT JOIN jsonb_array_elements(?::jsonb) c ON (c->>0)::bigint = s.id`,
      [JSON.stringify([...expected.values()].map((w) => [w[0], w[1]]))],
    );
    const drift: KindDrift = { missing: [], extra: [], stale: [], totals: false };
    let tokens = 0;
    const seen = new Set<number>();
    for (const r of rows) {
      const id = Number(r[at.id!]);
      seen.add(id);
      tokens += Number(r[at.len!]);
      const want = expected.get(id);
      if (!want) drift.extra.push(id);
      else if (
        r[at.title_tokens!] !== want[2] ||
        r[at.body_tokens!] !== want[3] ||
        r[at.category_tokens!] !== want[4] ||
        r[at.service_tokens!] !== want[5] ||
        r[at.status!] !== want[6] ||
        Number(r[at.len!]) !== want[7] ||
        Boolean(r[at.overflow!]) !== want[8] ||
        r[at.same_doc!] !== 1
      ) {
        drift.stale.push(id);
      }
    }
    for (const id of expected.keys()) if (!seen.has(id)) drift.missing.push(id);
    const t = totals.get(kind);
    drift.totals = !t || Number(t.rows) !== rows.length || Number(t.tokens) !== tokens;
    for (const list of [drift.missing, drift.extra, drift.stale]) list.sort((a, b) => a - b);
    out[kind] = drift;
  }
  return out;
}

// ---- queries -----------------------------------------------------------------------------------

/** One FTS5 phrase of a query: its tokens (the last a prefix when `prefix`) in some fields. */
interface Phrase {
  tokens: string[];
  prefix: boolean;
  fields: readonly TextField[];
}

/**
 * A query for the PostgreSQL index: what core/query.ts toFts() turns into an FTS5 expression, kept
 * as its phrases. A phrase with no tokens (a word of characters FTS5 drops) matches nothing, as in
 * FTS5: it empties an AND, and an OR or a NOT goes on without it.
 */
export interface PgMatch {
  /** Terms all of which (`any`: one of which) must match; a term matches when one of its phrases does. */
  include: Phrase[][];
  any: boolean;
  /** Status tokens of which one must be the record's (none: no condition). */
  statuses: string[] | null;
  /** Terms and status tokens none of which may match. */
  exclude: Phrase[][];
  notStatuses: string[];
}

function phrasesOf(t: QueryTerm): Phrase[] {
  const fields: readonly TextField[] = t.field ? [t.field] : TEXT_COLUMNS;
  const phrase = (toks: string[], prefix: boolean): Phrase => ({ tokens: toks.flatMap((x) => ftsTokens(x)), prefix, fields });
  return t.forms?.length ? [t.tokens[0]!, ...t.forms].map((f) => phrase([f], false)) : [phrase(t.tokens, t.prefix)];
}

/** The status column's token of a status, as toFts asks for it (on_hold → onhold). */
const statusTok = (s: string): string => statusToken(s).slice(1, -1);

/**
 * The PostgreSQL form of toFts(q, opts): the same arguments, the same null (nothing included). Built
 * only from our tokens, and the tokens go to the server as parameters or quoted lexemes: whatever
 * a person types cannot make it an SQL or tsquery error.
 */
export function toPgMatch(q: ParsedQuery, opts: { statuses?: readonly string[]; notStatuses?: readonly string[]; any?: boolean } = {}): PgMatch | null {
  if (!q.include.length) return null;
  return {
    include: q.include.map(phrasesOf),
    any: !!opts.any,
    statuses: opts.statuses?.length ? opts.statuses.map(statusTok) : null,
    exclude: q.exclude.map(phrasesOf),
    notStatuses: (opts.notStatuses ?? []).map(statusTok),
  };
}

/** A phrase as a tsquery: its lexemes one after another, in its fields' weights. */
function tsqueryOf(p: Phrase): string {
  const weights = p.fields.length === TEXT_FIELDS.length ? '' : p.fields.map((f) => LETTER[f]).join('');
  const last = p.tokens.length - 1;
  const operands = p.tokens.map((tok, i) => `${quoted(tok)}${i === last && p.prefix ? `:*${weights}` : weights ? `:${weights}` : ''}`);
  return operands.length > 1 ? `(${operands.join(' <-> ')})` : operands[0]!;
}

const REGEX_SPECIAL = /[\\^$.|?*+()[\]{}]/g;

/**
 * SQL that counts a phrase's occurrences in one stored field (`s.<column>`), as FTS5 counts its
 * instances: every position where the phrase starts, overlapping ones too.
 */
function countSql(column: string, p: Phrase, params: SqlValue[]): string {
  // Most fields of a candidate do not hold a given phrase: a search for its first word (no copy
  // made) answers 0 for those before the counting below (a copy, or a regular expression) runs.
  const first = ` ${p.tokens[0]}${p.tokens.length === 1 && p.prefix ? '' : ' '}`;
  params.push(first);
  if (p.tokens.length === 1 && !p.prefix) {
    // Tokens stand between their own spaces: the plain text occurrences are the token's.
    params.push(first, first);
    return `CASE WHEN strpos(s.${column}, ?) = 0 THEN 0 ELSE (octet_length(s.${column}) - octet_length(replace(s.${column}, ?, ''))) / octet_length(?) END`;
  }
  const body = p.tokens.map((t) => t.replace(REGEX_SPECIAL, '\\$&')).join('  ');
  params.push(` (?=${body}${p.prefix ? '[^ ]*' : ''} )`);
  return `CASE WHEN strpos(s.${column}, ?) = 0 THEN 0 ELSE regexp_count(s.${column}, ?) END`;
}

/** ts_rank_cd weights {D, C, B, A} (service, category, body, title): WEIGHT over 10 (it takes none above 1). */
const RANK_WEIGHTS = `{${[WEIGHT.service, WEIGHT.category, WEIGHT.body, WEIGHT.title].map((w) => w / 10).join(',')}}`;

/**
 * SQL for a phrase's weighted count over its fields: FTS5's aFreq for the phrase. Where the row's
 * tsvector holds every position (all rows but `overflow` ones), ts_rank_cd() with no normalisation
 * adds, over the phrase's occurrences (its covers: a word's positions, or a phrase's runs of
 * consecutive positions, overlapping ones too), the weight of the field each is in; our weights
 * over 10 make that the weighted count over 10, exact after rounding (a float4 holds it to 1e-3).
 * It does this in C from the tsvector, ≈ 5 × faster than counting in the token texts, which
 * `overflow` rows use.
 */
function weightedSql(p: Phrase, params: SqlValue[]): string {
  const text = p.fields.map((f) => `${WEIGHT[f]} * ${countSql(COLUMN[f], p, params)}`).join(' + ');
  // A phrase with a word too long for a tsvector is only in overflow rows.
  if (p.tokens.some(isLong)) return `CASE WHEN s.overflow THEN ${text} ELSE 0 END`;
  params.push(tsqueryOf(p));
  return `CASE WHEN s.overflow THEN ${text} ELSE round(10 * ts_rank_cd('${RANK_WEIGHTS}', s.doc, ?::tsquery)::float8)::integer END`;
}

const K1 = 1.2;
const B = 0.75;

/** Records of a kind as documents to show, read as store/search.ts DOC reads them. */
const DOC = {
  incident: {
    body: ['resolution', 'description', 'notes', 'scope'],
    at: `coalesce(b.resolved_at, b.opened_at, '')`,
    since: 'b.opened_at',
    columns: `b.id, b.title, b.resolution, b.description,
      (SELECT string_agg(e.note, chr(10) ORDER BY e.id) FROM events e WHERE e.incident_id = b.id AND e.kind = 'noted') AS notes,
      b.scope, b.category, b.service, b.tags, b.status, coalesce(b.resolved_at, b.opened_at, '') AS at`,
  },
  knowledge: {
    body: ['resolution', 'workaround', 'symptoms', 'cause'],
    at: 'b.updated_at',
    since: 'b.updated_at',
    columns: 'b.id, b.title, b.resolution, b.workaround, b.symptoms, b.cause, b.category, b.service, b.tags, b.status, b.updated_at AS at',
  },
} as const;

/**
 * Search on PostgreSQL with SearchStore's methods and results (store/search.ts), asynchronous: the
 * search app calls either. `best` takes toPgMatch()'s query where SearchStore takes toFts()'s.
 */
export class PgSearchStore {
  constructor(private readonly sql: Sql) {}

  /**
   * The matches with the `limit` best bm25() scores, best first, and every further match whose
   * score equals the last of them (SearchStore.best). One statement: the rows holding any included
   * phrase, each with every phrase's weighted count, and the table's totals. From those, as FTS5
   * does: each phrase's document frequency (its idf), the rows that match the whole query, and
   * their scores.
   */
  async best(kind: DocKind, match: PgMatch, limit: number, since?: string): Promise<Scored[]> {
    const include = match.include.flat().filter((p) => p.tokens.length);
    // An AND with a term that can match nothing matches nothing (FTS5: an empty phrase).
    if (!match.any && match.include.some((term) => term.every((p) => !p.tokens.length))) return [];
    if (!include.length) return [];
    const statuses = match.statuses?.filter(Boolean) ?? null;
    if (statuses && !statuses.length) return [];
    const exclude = match.exclude.flat().filter((p) => p.tokens.length);
    const params: SqlValue[] = [];
    const counts = [...include.map((p, i) => `${weightedSql(p, params)} AS f${i}`), ...exclude.map((p, j) => `${weightedSql(p, params)} AS x${j}`)];
    if (since) params.push(since);
    params.push(include.map(tsqueryOf).join(' | '), kind);
    // Which records match the whole query, from the counts (the tsquery only found candidates).
    const terms: string[] = [];
    let k = 0;
    for (const term of match.include) {
      const held = term.filter((p) => p.tokens.length).map(() => `c.f${k++} > 0`);
      if (held.length) terms.push(`(${held.join(' OR ')})`);
    }
    const conditions = [`(${terms.join(match.any ? ' OR ' : ' AND ')})`];
    if (statuses) {
      conditions.push(`string_to_array(c.status, ' ') && ?::text[]`);
      params.push(`{${statuses.join(',')}}`);
    }
    const notStatuses = match.notStatuses.filter(Boolean);
    if (notStatuses.length) {
      conditions.push(`NOT (string_to_array(c.status, ' ') && ?::text[])`);
      params.push(`{${notStatuses.join(',')}}`);
    }
    if (exclude.length) conditions.push(`NOT (${exclude.map((_, j) => `c.x${j} > 0`).join(' OR ')})`);
    if (since) conditions.push('c.recent');
    // Every CTE is computed once (MATERIALIZED: a one-row CTE inlined would be recomputed per match).
    // fts5Bm25Function term for term, in float8 as its doubles, in the same order (and ln() is the
    // C library's log(), as SQLite's): the same scores, so the same ties for the tie-breaks.
    const idfs = include.map((_, i) => `CASE WHEN v${i} <= 0 THEN 1e-6::float8 ELSE v${i} END AS i${i}`);
    // ln() refuses 0 and below, which only totals out of step with the rows could give (db check
    // says so): then the floor, not an error.
    const logs = include.map((_, i) => `ln(greatest(((t.rows - h.h${i})::float8 + 0.5::float8) / (h.h${i}::float8 + 0.5::float8), 1e-300::float8)) AS v${i}`);
    const score = include
      .map((_, i) => `i.i${i} * ((c.f${i}::float8 * (${K1}::float8 + 1.0::float8)) / (c.f${i}::float8 + ${K1}::float8 * ((1::float8 - ${B}::float8) + ${B}::float8 * c.len::float8 / t.avgdl)))`)
      .join(' + ');
    let cut = '';
    if (Number.isFinite(limit)) {
      // The limit's best and every match tied with the last of them.
      cut = `WHERE m.score >= coalesce((SELECT score FROM m ORDER BY score DESC OFFSET ? LIMIT 1), '-Infinity'::float8)`;
      params.push(Math.max(0, Math.trunc(limit) - 1));
    }
    const rows = await this.sql.all<Scored>(
      `WITH c AS MATERIALIZED (
          SELECT s.id, s.len, s.status, ${counts.join(', ')}${since ? `, ${DOC[kind].since} COLLATE "C" >= ? AS recent` : ''}
          FROM ${TABLE[kind]} s ${since ? `JOIN ${BASE[kind]} b ON b.id = s.id` : ''}
          WHERE s.doc @@ ?::tsquery OR s.overflow),
        t AS MATERIALIZED (SELECT rows, tokens::float8 / rows::float8 AS avgdl FROM search_totals WHERE kind = ? AND rows > 0),
        h AS MATERIALIZED (SELECT ${include.map((_, i) => `count(*) FILTER (WHERE f${i} > 0) AS h${i}`).join(', ')} FROM c),
        i AS MATERIALIZED (SELECT ${idfs.join(', ')} FROM (SELECT ${logs.join(', ')} FROM t, h) v),
        m AS (SELECT c.id, 0.0::float8 + ${score} AS score FROM c, i, t WHERE ${conditions.join(' AND ')})
      SELECT m.id, m.score FROM m ${cut} ORDER BY m.score DESC`,
      params,
    );
    return rows.map((r) => ({ id: Number(r.id), score: Number(r.score) }));
  }

  /** The tie-break keys of records of a kind, by id (SearchStore.keys). */
  async keys(kind: DocKind, ids: number[]): Promise<Map<number, RankKeys>> {
    if (!ids.length) return new Map();
    const rows = await this.sql.all<RankKeys>(`SELECT b.id, b.status, ${DOC[kind].at} AS at FROM ${BASE[kind]} b WHERE b.id = ANY(?::bigint[])`, [idArray(ids)]);
    return new Map(rows.map((r) => [Number(r.id), { id: Number(r.id), status: r.status, at: r.at }]));
  }

  /** Records of a kind as documents to show, by id (SearchStore.docs). */
  async docs(kind: DocKind, ids: number[]): Promise<Map<number, SearchDoc>> {
    if (!ids.length) return new Map();
    const rows = await this.sql.all<Record<string, unknown>>(`SELECT ${DOC[kind].columns} FROM ${BASE[kind]} b WHERE b.id = ANY(?::bigint[])`, [idArray(ids)]);
    return new Map(rows.map((v) => [Number(v.id), toDoc(kind, v)]));
  }
}

function toDoc(kind: DocKind, v: Record<string, unknown>): SearchDoc {
  const id = Number(v.id);
  return {
    kind,
    id,
    ref: formatRef(kind === 'incident' ? 'INC' : 'KB', id),
    title: v.title as string,
    body: DOC[kind].body.map((field) => ({ field, text: (v[field] as string | null) ?? null })),
    category: (v.category as string | null) ?? null,
    service: (v.service as string | null) ?? null,
    tags: JSON.parse((v.tags as string) || '[]') as string[],
    status: v.status as string,
    at: v.at as string,
  };
}
