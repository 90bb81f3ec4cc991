import { createHash } from 'node:crypto';
import { ChainWalker, eventHash, TIMELINES, type ChainBreak, type Timeline } from '../core/chain.js';
import type { Sql, SqlValue } from './sql.js';

/**
 * The hash chain of the timelines (core/chain.ts) where the rows are: events are appended with their
 * hash, and `db check` walks every chain.
 */

/** SHA-256 of a text's UTF-8 bytes, in lowercase hex. */
export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** A timeline row's parent ref (`INC-12`, `PRB-3`). */
export const parentRef = (table: Timeline, parent: unknown): string => `${TIMELINES[table].ref}-${Number(parent)}`;

/**
 * Appends one event (its columns, the parent's included, without id and hash) to its timeline,
 * chained to the event before it. Read and insert happen under the write lock (a write inside a
 * command's write is part of it), so two writers on one incident queue and never fork its chain.
 */
export function appendChained(sql: Sql, table: Timeline, row: Readonly<Record<string, SqlValue>>): Promise<void> {
  return sql.write(async () => {
    const { parent } = TIMELINES[table];
    const prev = await sql.value<string | null>(`SELECT hash FROM ${table} WHERE ${parent} = ? ORDER BY id DESC LIMIT 1`, [row[parent]]);
    const hash = eventHash(sha256, row, parentRef(table, row[parent]), prev ?? null);
    const columns = [...Object.keys(row), 'hash'];
    await sql.run(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`, [...Object.values(row), hash]);
  });
}

/** Rows read at a time while walking the chains: memory stays flat, a query per page, not per incident. */
const PAGE = 5000;

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
    let after: SqlValue[] | undefined;
    for (;;) {
      const where = after ? `WHERE (${parent}, id) > (?, ?)` : '';
      const page = await sql.cells(`SELECT * FROM ${table} ${where} ORDER BY ${parent}, id LIMIT ${PAGE}`, after ?? []);
      const names = Object.entries(page.at);
      for (const cells of page.rows) {
        const row: Record<string, unknown> = {};
        for (const [name, i] of names) row[name] = cells[i];
        const ref = parentRef(table, row[parent]);
        walker.add(ref, ref, row);
      }
      if (page.rows.length < PAGE) break;
      const last = page.rows[page.rows.length - 1];
      after = [last[page.at[parent]] as SqlValue, last[page.at.id] as SqlValue];
    }
  }
  return { events: walker.events, brokenChains: walker.brokenChains, breaks: walker.breaks };
}
