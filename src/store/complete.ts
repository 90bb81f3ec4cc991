import type { Sql, SqlValue } from './sql.js';

import type { RefKind } from '../core/refs.js';

export type CompletionKind = RefKind;

export interface RefCandidate {
  ref: string;
  title: string;
  status: string;
  priority?: string | null;
}

const TABLES: Record<CompletionKind, { table: string; priority: boolean }> = {
  INC: { table: 'incidents', priority: true },
  KB: { table: 'knowledge', priority: false },
  PRB: { table: 'problems', priority: false },
};

/**
 * Ids whose digits start with `digits`: 12 → 12, 120–129, 1200–1299, … as rowid ranges, so the
 * lookup uses the primary key instead of scanning a million rows on every Tab.
 */
function idRanges(digits: string, maxId = 1e12): [number, number][] {
  if (!/^\d{1,12}$/.test(digits) || Number(digits) === 0) return [];
  const ranges: [number, number][] = [];
  for (let scale = 1, p = Number(digits); p * scale <= maxId; scale *= 10) ranges.push([p * scale, (p + 1) * scale - 1]);
  return ranges;
}

/** Refs for shell completion (SPEC §6), newest first. */
export class CompletionStore {
  constructor(private readonly sql: Sql) {}

  async refs(kind: CompletionKind, opts: { statuses?: readonly string[]; digits?: string; limit?: number } = {}): Promise<RefCandidate[]> {
    const { table, priority } = TABLES[kind];
    const limit = opts.limit ?? 50;
    const where: string[] = [];
    const params: SqlValue[] = [];
    if (opts.statuses?.length) {
      where.push(`status IN (${opts.statuses.map(() => '?').join(', ')})`);
      params.push(...opts.statuses);
    }
    const select = (extra: string[]) => {
      const all = [...where, ...extra];
      return `SELECT id, title, status${priority ? ', priority' : ''} FROM ${table} ${all.length ? `WHERE ${all.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ?`;
    };
    type Row = { id: number; title: string; status: string; priority?: string | null };
    let rows: Row[] = [];
    if (!opts.digits) {
      rows = await this.sql.all<Row>(select([]), [...params, limit]);
    } else {
      // One primary-key range at a time, newest (longest ids) first, until the list is full: a single
      // query with all the ranges OR-ed together makes SQLite scan the table.
      const maxId = Number((await this.sql.value(`SELECT max(id) FROM ${table}`)) ?? 0);
      const byRange = select(['id BETWEEN ? AND ?']);
      for (const [from, to] of idRanges(opts.digits, maxId).reverse()) {
        rows.push(...(await this.sql.all<Row>(byRange, [...params, from, to, limit - rows.length])));
        if (rows.length >= limit) break;
      }
    }
    return rows.map((r) => ({ ref: `${kind}-${r.id}`, title: r.title, status: r.status, priority: r.priority }));
  }
}
