/**
 * The one port between the record stores and a database: SQLite (better-sqlite3, synchronous inside)
 * and PostgreSQL (pg) both answer it, so each store module is written once (SPEC §15).
 *
 * Statements are written with `?` placeholders; the PostgreSQL side numbers them (`$1`, `$2`, …).
 * Values cross as the SQLite schema has them: ids and counts as numbers, times as ISO-8601 text,
 * JSON as text, so row mapping is shared too.
 */

export type SqlValue = string | number | bigint | null | Uint8Array;

export interface RunResult {
  /** Rows the statement inserted, changed or deleted. */
  changes: number;
}

/** Rows as arrays in column order, with where each column is by name: wide rows read cheaper so. */
export interface CellRows {
  rows: unknown[][];
  at: Readonly<Record<string, number>>;
}

export type Backend = 'sqlite' | 'pg';

export interface Sql {
  readonly backend: Backend;
  /** Every row, as an object keyed by column name. */
  all<T = Record<string, unknown>>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  /** The first row, or undefined. */
  get<T = Record<string, unknown>>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined>;
  /** The first column of the first row, or undefined. */
  value<T = unknown>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined>;
  /** Every row as an array of its values. */
  cells(sql: string, params?: readonly SqlValue[]): Promise<CellRows>;
  run(sql: string, params?: readonly SqlValue[]): Promise<RunResult>;
  /**
   * All of fn's statements in one transaction, or none (SPEC §12): SQLite `BEGIN IMMEDIATE`,
   * PostgreSQL `BEGIN` and a transaction-scoped advisory lock, so writers queue as they do on SQLite.
   */
  write<T>(fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
