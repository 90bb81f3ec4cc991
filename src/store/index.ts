import type { Dialect } from './dialect.js';
import type { Sql } from './sql.js';
import { IncidentStore } from './incidents.js';
import { ProblemStore } from './problems.js';
import { KnowledgeStore } from './knowledge.js';
import { SearchStore } from './search.js';
import { SettingsStore } from './settings.js';
import { OutboxStore } from './outbox.js';
import { AttentionStore } from './attention.js';
import { ReportStore } from './reports.js';
import { CompletionStore } from './complete.js';
import { TransferStore } from './transfer.js';
import { openDatabase, peekDatabase, removeStaleBackups, toStorageError, type OpenOptions } from './sqlite/connection.js';
import { SqliteDialect } from './sqlite/dialect.js';
import { backupDatabase, checkDatabase, schemaVersion, vacuumDatabase, type CheckResult } from './sqlite/maintenance.js';
import { SqliteSql } from './sqlite/sql.js';

export type { OpenOptions, CheckResult };
export { toStorageError };

/**
 * One open database and the record stores over it. The stores speak to it through the Sql port
 * (store/sql.ts) and ask the Dialect for what differs between backends; only this class and
 * store/sqlite/ know the database is SQLite.
 */
export class Store {
  readonly incidents: IncidentStore;
  readonly settings: SettingsStore;
  readonly outbox: OutboxStore;
  readonly attention: AttentionStore;
  readonly problems: ProblemStore;
  readonly knowledge: KnowledgeStore;
  readonly search: SearchStore;
  readonly reports: ReportStore;
  readonly completion: CompletionStore;

  private constructor(
    private readonly sql: SqliteSql,
    readonly dialect: Dialect,
    /** Where the database is, as the user named it. */
    readonly path: string,
  ) {
    this.incidents = new IncidentStore(sql, dialect);
    this.settings = new SettingsStore(sql);
    this.outbox = new OutboxStore(sql);
    this.attention = new AttentionStore(sql, dialect);
    this.problems = new ProblemStore(sql, dialect);
    this.knowledge = new KnowledgeStore(sql);
    this.search = new SearchStore(sql, dialect);
    this.reports = new ReportStore(sql, dialect);
    this.completion = new CompletionStore(sql);
  }

  private static over(sql: SqliteSql, path: string): Store {
    return new Store(sql, new SqliteDialect(sql), path);
  }

  /** Opens (creating and migrating, unless the options say not to) the database at `target`. */
  static async open(target: string, options?: OpenOptions): Promise<Store> {
    return Store.over(new SqliteSql(await openDatabase(target, options)), target);
  }

  /** A read-only look for shell completion; undefined when there is nothing to read. */
  static peek(target: string): Store | undefined {
    const db = peekDatabase(target);
    return db && Store.over(new SqliteSql(db), target);
  }

  /** The port itself, for code written against it alone. */
  get port(): Sql {
    return this.sql;
  }

  /** All of a command's writes, or none (SPEC §12). */
  write<T>(fn: () => Promise<T>): Promise<T> {
    return this.sql.write(fn);
  }

  /** The SQL of export and import, with every table's columns read once. */
  transfer(): Promise<TransferStore> {
    return TransferStore.open(this.sql, this.dialect);
  }

  // ---- maintenance (`incident db`) ------------------------------------------------------------

  schemaVersion(): Promise<number> {
    return Promise.resolve(schemaVersion(this.sql.db));
  }

  check(): Promise<CheckResult> {
    return checkDatabase(this.sql);
  }

  backup(target: string, onProgress?: (done: number, total: number) => void): Promise<number> {
    return backupDatabase(this.sql.db, target, onProgress);
  }

  vacuum(): Promise<{ before: number; after: number }> {
    return Promise.resolve(vacuumDatabase(this.sql.db, this.path));
  }

  /** Removes what killed migrations left of their backups. */
  static removeStaleBackups(target: string): void {
    removeStaleBackups(target);
  }

  close(): Promise<void> {
    return this.sql.close();
  }
}
