import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../../src/store/index.js';

/**
 * The incident list over a whole history: the order people see, and that SQLite reads it from an
 * index in that order (the first rows of a million, not a sort of every one; docs/performance.md).
 */
let store: Store;
beforeEach(() => {
  store = Store.open(':memory:');
  const insert = store.db.prepare(
    `INSERT INTO incidents (title, status, priority, detected_at, opened_at, created_by, updated_at) VALUES (?, ?, ?, 't', 't', 'test', 't')`,
  );
  const statuses = ['open', 'classified', 'resolved', 'closed', 'cancelled', 'closed'];
  const priorities = ['P3', null, 'P1', 'P2', 'P1', 'P4'];
  for (let i = 0; i < 60; i++) insert.run(`incident ${i + 1}`, statuses[i % statuses.length], priorities[i % priorities.length]);
});
afterEach(() => store.close());

const ids = (rows: { id: number }[]) => rows.map((r) => r.id);
/** Whether SQLite plans to sort the rows itself (a temporary b-tree) for this list. */
const sorts = (sql: string, ...params: unknown[]) =>
  (store.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).some((r) => /TEMP B-TREE FOR ORDER BY/.test(r.detail));

describe('incident list over a whole history', () => {
  it('--all gives P1 first, newest first within a priority, no priority last', () => {
    const rows = store.incidents.list({ sort: 'priority', limit: 100 });
    expect(rows).toHaveLength(60);
    const order = rows.map((r) => [r.priority ?? 'P9', r.id] as const);
    const expected = [...order].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : b[1] - a[1]));
    expect(order).toEqual(expected);
    expect(rows[0]).toMatchObject({ priority: 'P1', id: 59 });
    expect(rows.at(-1)).toMatchObject({ priority: null, id: 2 });
  });

  it('one status gives that status alone, in the same order', () => {
    const closed = store.incidents.list({ statuses: ['closed'], sort: 'priority', limit: 3 });
    expect(closed.map((r) => [r.status, r.priority])).toEqual([['closed', 'P2'], ['closed', 'P2'], ['closed', 'P2']]);
    expect(ids(closed)).toEqual([58, 52, 46]);
  });

  it('is read from an index in its own order: all, one status, or the active ones', () => {
    const order = "ORDER BY coalesce(priority, 'P9'), id DESC LIMIT 50";
    expect(sorts(`SELECT * FROM incidents ${order}`)).toBe(false);
    expect(sorts(`SELECT * FROM incidents WHERE status IN (?) ${order}`, 'closed')).toBe(false);
    expect(sorts(`SELECT * FROM incidents WHERE status NOT IN ('closed', 'cancelled') ${order}`)).toBe(false);
    // The check itself can fail: a list by update time has no such index.
    expect(sorts('SELECT * FROM incidents ORDER BY updated_at DESC, id DESC LIMIT 50')).toBe(true);
  });
});
