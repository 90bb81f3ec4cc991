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
import { AttachmentStore } from './attachments.js';
import { openDatabase, peekDatabase, removeStaleBackups, toStorageError, type OpenOptions } from './sqlite/connection.js';
import { SqliteDialect } from './sqlite/dialect.js';
import { backupDatabase, checkDatabase, schemaVersion, vacuumDatabase, type CheckResult } from './sqlite/maintenance.js';
import { SqliteSql } from './sqlite/sql.js';
import { isPgUrl } from './pg/url.js';
import { usageError } from '../core/errors.js';
import { withoutPassword } from './pg/errors.js';
import { localZoneName } from '../io/zone.js';

export type { OpenOptions, CheckResult };

/** How long shell completion waits for a PostgreSQL server to answer (Store.peek). */
const PEEK_CONNECT_MS = 1_500;
export { toStorageError, isPgUrl };

/** A database target as it may be shown: a URL without its password, a path as it is. */
export const shownTarget = (target: string): string => (isPgUrl(target) ? withoutPassword(target) : target);

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
  readonly attachments: AttachmentStore;

  private constructor(
    private readonly sql: Sql,
    readonly dialect: Dialect,
    /** Where the database is, as the user named it. */
    readonly path: string,
  ) {
    this.incidents = new IncidentStore(sql, dialect);
    this.settings = new SettingsStore(sql, dialect);
    this.outbox = new OutboxStore(sql);
    this.attention = new AttentionStore(sql, dialect);
    this.problems = new ProblemStore(sql, dialect);
    this.knowledge = new KnowledgeStore(sql, dialect);
    this.search = new SearchStore(sql, dialect);
    this.reports = new ReportStore(sql, dialect);
    this.completion = new CompletionStore(sql);
    this.attachments = new AttachmentStore(sql);
  }

  private static over(sql: SqliteSql, path: string): Store {
    return new Store(sql, new SqliteDialect(sql), path);
  }

  /**
   * Opens (creating and migrating, unless the options say not to) the database at `target`: a SQLite
   * file, or a PostgreSQL database named by a postgres:// URL (node-postgres is loaded only then).
   */
  static async open(target: string, options?: OpenOptions): Promise<Store> {
    if (isPgUrl(target)) {
      const [{ openPg }, { PgDialect }] = await Promise.all([import('./pg/connect.js'), import('./pg/dialect.js')]);
      const sql = await openPg(target, {
        create: options?.create,
        migrate: options?.migrate,
        onCreate: options?.onCreate,
        onMigrate: options?.onMigrate,
        lockTimeoutMs: options?.busyTimeoutMs,
        // Local days (reports) are the process's, as SQLite's 'localtime' is.
        timeZone: localZoneName(),
      });
      return new Store(sql, new PgDialect(sql), target);
    }
    return Store.over(new SqliteSql(await openDatabase(target, options)), target);
  }

  /** Whether the database is on a PostgreSQL server (no file to stat, back up or vacuum). */
  get onServer(): boolean {
    return this.sql.backend === 'pg';
  }

  /**
   * A read-only look for shell completion; undefined when there is nothing to read. Never creates,
   * migrates or waits on a lock. On PostgreSQL a Tab press waits for the server at most
   * PEEK_CONNECT_MS: a server that does not answer offers no refs rather than a frozen prompt.
   */
  static async peek(target: string): Promise<Store | undefined> {
    if (isPgUrl(target)) {
      const [{ openPg }, { PgDialect }] = await Promise.all([import('./pg/connect.js'), import('./pg/dialect.js')]);
      const sql = await openPg(target, { create: false, migrate: false, connectTimeoutMs: PEEK_CONNECT_MS }).catch(() => undefined);
      return sql && new Store(sql, new PgDialect(sql), target);
    }
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

  private get lite(): SqliteSql {
    return this.sql as SqliteSql;
  }

  schemaVersion(): Promise<number> {
    return this.onServer ? this.dialect.schemaVersion() : Promise.resolve(schemaVersion(this.lite.db));
  }

  async check(): Promise<CheckResult> {
    if (this.onServer) return (await import('./pg/check.js')).checkPg(this.sql);
    return checkDatabase(this.lite);
  }

  /** A PostgreSQL database is backed up with the server's own tool (pg_dump): exit 2 naming it. */
  backup(target: string, onProgress?: (done: number, total: number) => void): Promise<number> {
    if (this.onServer) throw usageError('error.pgBackup', { path: shownTarget(this.path) });
    return backupDatabase(this.lite.db, target, onProgress);
  }

  /** SQLite: VACUUM into a compact file. PostgreSQL: VACUUM ANALYZE (space for reuse, fresh planner statistics). */
  async vacuum(): Promise<{ before: number; after: number }> {
    if (this.onServer) {
      const size = async () => Number(await this.sql.value('SELECT pg_database_size(current_database())'));
      const before = await size();
      await this.sql.run('VACUUM ANALYZE');
      return { before, after: await size() };
    }
    return vacuumDatabase(this.lite.db, this.path);
  }

  /** Removes what killed migrations left of their backups (a SQLite file's only). */
  static removeStaleBackups(target: string): void {
    if (!isPgUrl(target)) removeStaleBackups(target);
  }

  close(): Promise<void> {
    return this.sql.close();
  }
}
