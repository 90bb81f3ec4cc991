import { AsyncLocalStorage } from 'node:async_hooks';
import type { Client, QueryResult } from 'pg';
import type { CellRows, RunResult, Sql, SqlValue } from '../sql.js';
import { toPgStorageError, type PgPlace } from './errors.js';

/**
 * The Sql port on PostgreSQL (SPEC §15), over one connection of node-postgres.
 *
 * Writers queue behind one transaction-scoped advisory lock, as SQLite's writers queue behind
 * BEGIN IMMEDIATE: refs, de-duplication and version checks then need no retry logic of their own.
 */

/** The advisory lock every write transaction takes: 0x494e43 is "INC". */
export const WRITE_LOCK = 0x494e43;

/** `?` placeholders numbered as PostgreSQL wants them (`$1`, `$2`, …), outside quotes and comments. */
export function numberPlaceholders(sql: string): string {
  let out = '';
  let n = 0;
  for (let i = 0; i < sql.length; i++) {
    const c = sql[i]!;
    if (c === "'" || c === '"') {
      const end = sql.indexOf(c, i + 1);
      const stop = end < 0 ? sql.length : end + 1;
      out += sql.slice(i, stop);
      i = stop - 1;
    } else if (c === '-' && sql[i + 1] === '-') {
      const end = sql.indexOf('\n', i);
      const stop = end < 0 ? sql.length : end;
      out += sql.slice(i, stop);
      i = stop - 1;
    } else if (c === '?') {
      out += `$${++n}`;
    } else {
      out += c;
    }
  }
  return out;
}

export class PgSql implements Sql {
  readonly backend = 'pg' as const;
  private readonly texts = new Map<string, string>();
  /**
   * Whether the running code is inside a write() (per chain of calls, not per connection): two
   * writes started side by side (deliveries of notifications at once) are two transactions, one
   * after the other, as on SQLite (store/sqlite/sql.ts).
   */
  private readonly inWrite = new AsyncLocalStorage<true>();
  /** The outermost writes, one at a time: the next begins when the one before has ended. */
  private writes: Promise<unknown> = Promise.resolve();
  /**
   * Statements, one at a time: one connection runs one query at once, and node-postgres warns on
   * stderr (a deprecation) when it is handed a second meanwhile.
   */
  private statements: Promise<unknown> = Promise.resolve();

  /**
   * place: where the connection goes, for the one line a lost connection or a lock held too long
   * becomes (errors.ts); without it, node-postgres's errors come through as they are.
   */
  constructor(
    readonly client: Client,
    readonly place?: PgPlace,
  ) {}

  private failed(e: unknown, statement?: string): unknown {
    return this.place ? toPgStorageError(e, this.place, false, statement) : e;
  }

  /** `statement`: what was sent, so a refusal can name the role it needs (errors.ts neededLevel). */
  private async send<R>(query: () => Promise<R>, statement?: string): Promise<R> {
    const run = this.statements.then(query);
    this.statements = run.catch(() => undefined);
    try {
      return await run;
    } catch (e) {
      throw this.failed(e, statement);
    }
  }

  private text(sql: string): string {
    let t = this.texts.get(sql);
    if (t === undefined) {
      t = numberPlaceholders(sql);
      this.texts.set(sql, t);
    }
    return t;
  }

  private query(sql: string, params: readonly SqlValue[] = []): Promise<QueryResult> {
    return this.send(() => this.client.query(this.text(sql), params as unknown[]), sql);
  }

  async all<T = Record<string, unknown>>(sql: string, params?: readonly SqlValue[]): Promise<T[]> {
    return (await this.query(sql, params)).rows as T[];
  }

  async get<T = Record<string, unknown>>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined> {
    return (await this.query(sql, params)).rows[0] as T | undefined;
  }

  async value<T = unknown>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined> {
    const r = await this.send(() => this.client.query({ text: this.text(sql), values: (params ?? []) as unknown[], rowMode: 'array' }), sql);
    return (r.rows[0] as unknown[] | undefined)?.[0] as T | undefined;
  }

  async cells(sql: string, params?: readonly SqlValue[]): Promise<CellRows> {
    const r = await this.send(() => this.client.query({ text: this.text(sql), values: (params ?? []) as unknown[], rowMode: 'array' }), sql);
    return { rows: r.rows as unknown[][], at: Object.fromEntries(r.fields.map((f, i) => [f.name, i])) };
  }

  /**
   * Statements without parameters sent together, in one round trip (the simple query protocol):
   * the first value of each one's first row. An error in one ends them all.
   */
  async firstValues(statements: readonly string[]): Promise<unknown[]> {
    const text = statements.join(';\n');
    const r = (await this.send(() => this.client.query({ text, rowMode: 'array' }), text)) as QueryResult | QueryResult[];
    return (Array.isArray(r) ? r : [r]).map((one) => (one.rows[0] as unknown[] | undefined)?.[0]);
  }

  async run(sql: string, params?: readonly SqlValue[]): Promise<RunResult> {
    return { changes: (await this.query(sql, params)).rowCount ?? 0 };
  }

  write<T>(fn: () => Promise<T>): Promise<T> {
    // A write inside a write is part of the outer one (one transaction per command).
    if (this.inWrite.getStore()) return fn();
    const run = this.writes.then(() => this.inWrite.run(true, () => this.transaction(fn)));
    this.writes = run.catch(() => undefined);
    return run;
  }

  private async transaction<T>(fn: () => Promise<T>): Promise<T> {
    await this.send(() => this.client.query('BEGIN'));
    try {
      await this.send(() => this.client.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]));
      const result = await fn();
      await this.send(() => this.client.query('COMMIT'));
      return result;
    } catch (e) {
      await this.send(() => this.client.query('ROLLBACK')).catch(() => undefined);
      throw e;
    }
  }

  /**
   * Says goodbye to the server and does not wait for it to close the socket (several ms of every
   * command, the server process's exit): nothing is left to answer once Terminate is written.
   */
  async close(): Promise<void> {
    // A connection already lost has nothing left to close.
    void this.client.end().catch(() => undefined);
    (this.client as unknown as { connection?: { stream?: { unref?: () => void } } }).connection?.stream?.unref?.();
  }
}

/**
 * How values come back: as the SQLite side gives them. bigint (count(*), sums) and numeric as
 * numbers, not strings; every id and count we keep fits a double exactly. Booleans as 1 and 0.
 */
export const PG_TYPE_PARSERS: Readonly<Record<number, (text: string) => unknown>> = {
  20: (t) => Number(t), // int8
  1700: (t) => Number(t), // numeric
  // A comparison or EXISTS selected as a value: 1 or 0, as SQLite answers it (it has no booleans).
  16: (t) => (t === 't' ? 1 : 0), // bool
};
