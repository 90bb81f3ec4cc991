import { existsSync } from 'node:fs';
import { connect, type DB } from './db.js';

export type CompletionKind = 'INC' | 'KB' | 'PRB';

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

/**
 * Refs for shell completion, newest first. Opens the database read-only and never creates,
 * migrates or locks it; any problem (no file yet, older schema, busy) answers nothing rather than
 * an error, because a completion must never disturb the terminal.
 */
export function completionRefs(
  path: string,
  kind: CompletionKind,
  opts: { statuses?: readonly string[]; digits?: string; limit?: number } = {},
): RefCandidate[] {
  if (path !== ':memory:' && !existsSync(path)) return [];
  let db: DB | undefined;
  try {
    db = connect(path, { readonly: true, fileMustExist: true, timeout: 200 });
    const { table, priority } = TABLES[kind];
    const limit = opts.limit ?? 50;
    const where: string[] = [];
    const params: unknown[] = [];
    if (opts.statuses?.length) {
      where.push(`status IN (${opts.statuses.map(() => '?').join(', ')})`);
      params.push(...opts.statuses);
    }
    const select = (extra: string[]) => {
      const all = [...where, ...extra];
      return db!.prepare(`SELECT id, title, status${priority ? ', priority' : ''} FROM ${table} ${all.length ? `WHERE ${all.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ?`);
    };
    type Row = { id: number; title: string; status: string; priority?: string | null };
    let rows: Row[] = [];
    if (!opts.digits) {
      rows = select([]).all(...params, limit) as Row[];
    } else {
      // One primary-key range at a time, newest (longest ids) first, until the list is full: a single
      // query with all the ranges OR-ed together makes SQLite scan the table.
      const maxId = (db.prepare(`SELECT max(id) FROM ${table}`).pluck().get() as number | null) ?? 0;
      const byRange = select(['id BETWEEN ? AND ?']);
      for (const [from, to] of idRanges(opts.digits, maxId).reverse()) {
        rows.push(...(byRange.all(...params, from, to, limit - rows.length) as Row[]));
        if (rows.length >= limit) break;
      }
    }
    return rows.map((r) => ({ ref: `${kind}-${r.id}`, title: r.title, status: r.status, priority: r.priority }));
  } catch {
    return [];
  } finally {
    db?.close();
  }
}
