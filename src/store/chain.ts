import { ChainWalker, eventHash, TIMELINES, type ChainBreak, type Timeline } from '../core/chain.js';
import { loadBuiltin } from '../io/builtin.js';
import type { Dialect } from './dialect.js';
import type { Sql, SqlValue } from './sql.js';

/**
 * The hash chain of the timelines (core/chain.ts) where the rows are: events are appended with their
 * hash, and `db check` walks every chain.
 */

/** SHA-256 of a text's UTF-8 bytes, in lowercase hex. */
// node:crypto (and node:stream with it) is loaded by the commands that write or check a timeline,
// not at every start: list, show and search never need it (SPEC §13).
export const sha256 = (text: string): string => loadBuiltin<typeof import('node:crypto')>('node:crypto').hash('sha256', text, 'hex');

/** A timeline row's parent ref (`INC-12`, `PRB-3`). */
export const parentRef = (table: Timeline, parent: unknown): string => `${TIMELINES[table].ref}-${Number(parent)}`;

/** What an incident's or a problem's timeline event holds, as the app hands it to the store. */
export interface EventToAppend {
  at: string;
  actor: string;
  kind: string;
  from?: string | null;
  to?: string | null;
  note?: string | null;
  data?: unknown;
}

/**
 * Appends an event to its timeline: who did it as the database records it (on PostgreSQL the
 * table's trigger makes the same of the row: Dialect.whoActs), hashed over exactly what lands.
 */
export function appendTimelineEvent(sql: Sql, dialect: Dialect, table: Timeline, parentId: number, event: EventToAppend): Promise<void> {
  const who = dialect.whoActs(event.actor);
  return appendChained(sql, table, {
    [TIMELINES[table].parent]: parentId,
    at: event.at,
    actor: who.actor,
    on_behalf_of: who.onBehalfOf,
    os_user: who.osUser,
    kind: event.kind,
    from_value: event.from ?? null,
    to_value: event.to ?? null,
    note: event.note ?? null,
    data: event.data ? JSON.stringify(event.data) : null,
  });
}

/**
 * Appends one event (its columns, the parent's included, without id and hash) to its timeline,
 * chained to the event before it. Read and insert happen under the write lock (a write inside a
 * command's write is part of it), so two writers on one incident queue and never fork its chain.
 */
export function appendChained(sql: Sql, table: Timeline, row: Readonly<Record<string, SqlValue>>): Promise<void> {
  return sql.write(async () => {
    const { parent } = TIMELINES[table];
    const prev = await sql.value<string | null>(`SELECT hash FROM ${table} WHERE ${parent} = ? ORDER BY id DESC LIMIT 1`, [row[parent]]);
    const linked = eventHash(sha256, row, parentRef(table, row[parent]), prev ?? null);
    const columns = [...Object.keys(row), 'hash'];
    await sql.run(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`, [...Object.values(row), linked]);
  });
}

/** Rows read at a time while walking the chains: memory stays flat, a query per page, not per incident. */
export const PAGE = 5000;

/**
 * The queries that read a timeline table in timeline order (by parent, then id), a page at a time:
 * the first page; the rest of one parent's events after an id; the parents after one. Each is an
 * index range, never a row-value comparison, which SQLite ranges on the parent alone (quadratic in
 * a long timeline). Written once for the pages read here and for SQLite's migration 13, which reads
 * them synchronously.
 */
export function timelinePageQueries(table: Timeline): { first: string; rest: string; after: string } {
  const { parent } = TIMELINES[table];
  return {
    first: `SELECT * FROM ${table} ORDER BY ${parent}, id LIMIT ${PAGE}`,
    rest: `SELECT * FROM ${table} WHERE ${parent} = ? AND id > ? ORDER BY id LIMIT ${PAGE}`,
    after: `SELECT * FROM ${table} WHERE ${parent} > ? ORDER BY ${parent}, id LIMIT ${PAGE}`,
  };
}

/** Every row of a timeline table in timeline order, a page at a time (timelinePageQueries). */
export async function* timelinePages(sql: Sql, table: Timeline): AsyncGenerator<Record<string, unknown>[]> {
  const { parent } = TIMELINES[table];
  const query = timelinePageQueries(table);
  let rows = await sql.all(query.first);
  while (rows.length) {
    yield rows;
    const last = rows[rows.length - 1];
    rows = await sql.all(query.rest, [last[parent] as SqlValue, last.id as SqlValue]);
    if (!rows.length) rows = await sql.all(query.after, [last[parent] as SqlValue]);
  }
}

/**
 * The hashes for the events of a timeline table that have none (migration 13, on both backends):
 * handed every row in timeline order, a page at a time, it answers for each page the events to
 * give a hash, and which. A hash already there is kept and chained on from, so running again never
 * rewrites a chain. Only the reading and writing differ between the backends.
 */
export function chainFiller(table: Timeline): (rows: readonly Record<string, unknown>[]) => { id: number; hash: string }[] {
  const { parent } = TIMELINES[table];
  let current: unknown;
  let prev: string | null = null;
  return (rows) => {
    const missing: { id: number; hash: string }[] = [];
    for (const row of rows) {
      // Each timeline's chain starts afresh at its first event.
      if (row[parent] !== current) {
        current = row[parent];
        prev = null;
      }
      if (typeof row.hash === 'string') {
        prev = row.hash;
        continue;
      }
      prev = eventHash(sha256, row, parentRef(table, current), prev);
      missing.push({ id: Number(row.id), hash: prev });
    }
    return missing;
  };
}

/** What `db check` found in the chains. */
export interface ChainCheck {
  /** Events whose links were checked. */
  events: number;
  /** Timelines with a broken link. */
  brokenChains: number;
  /** The first broken link of each broken timeline (the first 20 of them). */
  breaks: ChainBreak[];
}

/**
 * Walks every timeline's chain, in order, a page of rows at a time (read-only). A database older
 * than the chain (no `hash` column yet) has nothing to walk.
 */
export async function checkChains(sql: Sql, hasHash: (table: Timeline) => Promise<boolean>): Promise<ChainCheck> {
  const walker = new ChainWalker(sha256);
  for (const table of Object.keys(TIMELINES) as Timeline[]) {
    if (!(await hasHash(table))) continue;
    const { parent } = TIMELINES[table];
    for await (const rows of timelinePages(sql, table)) {
      for (const row of rows) {
        const ref = parentRef(table, row[parent]);
        walker.add(ref, ref, row);
      }
    }
  }
  return { events: walker.events, brokenChains: walker.brokenChains, breaks: walker.breaks };
}
