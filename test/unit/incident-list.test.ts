import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../../src/store/index.js';
import { sqliteDb } from '../helpers/sqlite.js';

/**
 * The incident list over a whole history: the order people see, and that SQLite reads it from an
 * index in that order (the first rows of a million, not a sort of every one; docs/performance.md).
 */
let store: Store;
beforeEach(async () => {
  store = await Store.open(':memory:');
  const insert = sqliteDb(store).prepare(
    `INSERT INTO incidents (title, status, priority, detected_at, opened_at, created_by, updated_at) VALUES (?, ?, ?, 't', 't', 'test', 't')`,
  );
  const statuses = ['open', 'classified', 'resolved', 'closed', 'cancelled', 'closed'];
  const priorities = ['P3', null, 'P1', 'P2', 'P1', 'P4'];
  for (let i = 0; i < 60; i++) insert.run(`incident ${i + 1}`, statuses[i % statuses.length], priorities[i % priorities.length]);
});
afterEach(() => store.close());

const ids = (rows: { id: number }[]) => rows.map((r) => r.id);

/** The statement the store runs for a list, caught as it is prepared. */
async function listSql(filter: Parameters<Store['incidents']['list']>[0]): Promise<string> {
  const seen: string[] = [];
  const prepare = sqliteDb(store).prepare.bind(sqliteDb(store));
  sqliteDb(store).prepare = ((sql: string) => (seen.push(sql), prepare(sql))) as typeof prepare;
  try {
    await store.incidents.list(filter);
  } finally {
    sqliteDb(store).prepare = prepare;
  }
  return seen.find((sql) => /FROM incidents/.test(sql) && /ORDER BY/.test(sql))!;
}

/** Whether SQLite plans to sort the rows itself (a temporary b-tree) for this statement. */
const sorts = (sql: string, ...params: unknown[]) =>
  (sqliteDb(store).prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).some((r) => /TEMP B-TREE FOR ORDER BY/.test(r.detail));

describe('incident list over a whole history', () => {
  it('--all gives P1 first, newest first within a priority, no priority last', async () => {
    const rows = await store.incidents.list({ sort: 'priority', limit: 100 });
    expect(rows).toHaveLength(60);
    const order = rows.map((r) => [r.priority ?? 'P9', r.id] as const);
    const expected = [...order].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : b[1] - a[1]));
    expect(order).toEqual(expected);
    expect(rows[0]).toMatchObject({ priority: 'P1', id: 59 });
    expect(rows.at(-1)).toMatchObject({ priority: null, id: 2 });
  });

  it('one status gives that status alone, in the same order', async () => {
    const closed = await store.incidents.list({ statuses: ['closed'], sort: 'priority', limit: 3 });
    expect(closed.map((r) => [r.status, r.priority])).toEqual([['closed', 'P2'], ['closed', 'P2'], ['closed', 'P2']]);
    expect(ids(closed)).toEqual([58, 52, 46]);
  });

  it('is read from an index in its own order: all, one status, or the active ones', async () => {
    expect(sorts(await listSql({ sort: 'priority', limit: 50 }))).toBe(false);
    expect(sorts(await listSql({ statuses: ['closed'], sort: 'priority', limit: 50 }), 'closed')).toBe(false);
    expect(sorts(await listSql({ statuses: ['open', 'classified', 'escalated', 'on_hold', 'resolved'], sort: 'priority', limit: 50 }))).toBe(false);
    // The check itself can fail: a list by update time has no such index.
    expect(sorts(await listSql({ sort: 'updated', limit: 50 }))).toBe(true);
  });
});
