import { AsyncLocalStorage } from 'node:async_hooks';
import type { Statement } from 'better-sqlite3';
import { crashPoint } from '../faults.js';
import type { CellRows, RunResult, Sql, SqlValue } from '../sql.js';
import type { DB } from './connection.js';

/**
 * The port (store/sql.ts) over one better-sqlite3 connection. better-sqlite3 is synchronous: each
 * call does its work at once and answers a settled promise, so a command pays one microtask a
 * statement, never one a row. Statements are prepared once per SQL text and kept for the connection.
 */
export class SqliteSql implements Sql {
  readonly backend = 'sqlite' as const;
  private readonly rows = new Map<string, Statement>();
  private readonly values = new Map<string, Statement>();
  private readonly arrays = new Map<string, { stmt: Statement; at: Readonly<Record<string, number>> }>();
  /**
   * How deep the write() calls around the running code are nested: the outermost holds the
   * transaction, inner ones a savepoint. Per chain of calls, not per connection: two writes started
   * side by side (deliveries of notifications at once) are two transactions, one after the other.
   */
  private readonly nesting = new AsyncLocalStorage<number>();
  /** The outermost writes, one at a time: the next starts when the one before has ended. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    /** The connection itself, for what only SQLite has (store/sqlite/ alone reaches for it). */
    readonly db: DB,
  ) {}

  /** The statement for this text, prepared on first use. */
  statement(sql: string): Statement {
    let s = this.rows.get(sql);
    if (!s) this.rows.set(sql, (s = this.db.prepare(sql)));
    return s;
  }

  async all<T = Record<string, unknown>>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    return this.statement(sql).all(...params) as T[];
  }

  async get<T = Record<string, unknown>>(sql: string, params: readonly SqlValue[] = []): Promise<T | undefined> {
    return this.statement(sql).get(...params) as T | undefined;
  }

  async value<T = unknown>(sql: string, params: readonly SqlValue[] = []): Promise<T | undefined> {
    let s = this.values.get(sql);
    if (!s) this.values.set(sql, (s = this.db.prepare(sql).pluck()));
    return s.get(...params) as T | undefined;
  }

  /**
   * Rows as arrays: wide rows read this way cost a third of named objects (better-sqlite3 builds
   * those a property at a time from C++, ≈ 15 µs a row of incidents, SPEC §13).
   */
  async cells(sql: string, params: readonly SqlValue[] = []): Promise<CellRows> {
    let s = this.arrays.get(sql);
    if (!s) {
      const stmt = this.db.prepare(sql).raw(true);
      s = { stmt, at: Object.fromEntries(stmt.columns().map((c, i) => [c.name, i])) };
      this.arrays.set(sql, s);
    }
    return { rows: s.stmt.all(...params) as unknown[][], at: s.at };
  }

  async run(sql: string, params: readonly SqlValue[] = []): Promise<RunResult> {
    return { changes: this.statement(sql).run(...params).changes };
  }

  /**
   * BEGIN IMMEDIATE takes the write lock at once: a deferred transaction that upgrades later fails
   * with SQLITE_BUSY at once, whatever the timeout (SPEC §12). Nested calls are savepoints, as
   * better-sqlite3's own transactions nest. The crash point sits before every COMMIT or RELEASE.
   */
  write<T>(fn: () => Promise<T>): Promise<T> {
    const depth = this.nesting.getStore();
    if (depth !== undefined) return this.transaction(depth, fn);
    const run = this.queue.then(() => this.transaction(0, fn));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async transaction<T>(depth: number, fn: () => Promise<T>): Promise<T> {
    const outer = depth === 0;
    const savepoint = `write_${depth}`;
    this.db.exec(outer ? 'BEGIN IMMEDIATE' : `SAVEPOINT ${savepoint}`);
    try {
      const result = await this.nesting.run(depth + 1, fn);
      crashPoint('write');
      this.db.exec(outer ? 'COMMIT' : `RELEASE ${savepoint}`);
      return result;
    } catch (e) {
      // SQLite may have rolled back already (a full disk, an interrupted statement).
      if (this.db.inTransaction) this.db.exec(outer ? 'ROLLBACK' : `ROLLBACK TO ${savepoint}; RELEASE ${savepoint}`);
      throw e;
    }
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
