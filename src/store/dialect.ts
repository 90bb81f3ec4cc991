import type { ParsedQuery } from '../core/query.js';
import type { DocKind } from '../core/rank.js';
import type { TableInfo } from '../core/transfer.js';
import type { SqlValue } from './sql.js';

/**
 * What the record stores cannot say in SQL both databases read: each backend answers it in its own
 * terms (store/sqlite/dialect.ts; PostgreSQL's beside it in store/pg/). The stores themselves are
 * written once (SPEC §15).
 */
export interface Dialect {
  // ---- fragments of SQL ----------------------------------------------------------------------

  /** `id IN (${sql})` with one bound value however many ids: no statement per list length. */
  idSet(ids: readonly number[]): { sql: string; param: SqlValue };
  /** The values of `expr` over a group or subquery joined by `separator` (a SQL string literal). */
  groupConcat(expr: string, separator: string): string;
  /** `col = ?` ignoring case, in the form the list indexes can use. */
  equalsIgnoringCase(col: string): string;
  /** Epoch milliseconds (an integer) of a column holding ISO-8601 text. */
  epochMs(col: string): string;
  /** The local calendar day (YYYY-MM-DD) of a column holding ISO-8601 text. */
  localDate(col: string): string;

  // ---- whole operations ----------------------------------------------------------------------

  /**
   * The full-text matches of `query` (and the status filter) with the `limit` best BM25 scores, best first, and every
   * further match as good as the last (store/search.ts). `since`: opened (incidents) or updated
   * (knowledge) at or after.
   */
  searchBest(kind: DocKind, query: ParsedQuery, filter: SearchFilter, limit: number, since?: string): Promise<{ id: number; score: number }[]>;
  /**
   * Records of a kind whose indexed text changed (or that were added or removed): brings the
   * full-text index in step, in the writer's transaction. SQLite's triggers do that themselves.
   */
  indexChanged(kind: DocKind, ids: readonly number[]): Promise<void>;
  /** The whole full-text index again from the records (after an import). */
  indexAll(): Promise<void>;
  /**
   * One pass over the incidents a duration report reads (store/reports.ts scanDurations): `visit`
   * gets each one's group, start, classification and resolution times, held seconds and hold
   * intervals ("start:end,…" in epoch ms, or null: given for escalated incidents only, unless
   * `allHolds`), and priority.
   */
  scanDurations(
    query: { where: string; params: readonly SqlValue[]; group: string; start: string; allHolds: boolean },
    visit: DurationVisit,
  ): Promise<void>;

  /** The schema version of the database. */
  schemaVersion(): Promise<number>;
  /** A table's columns, as export and import describe them. */
  tableInfo(table: string): Promise<TableInfo[]>;
  /** fn's reads all from one snapshot, with no write lock (export). */
  readSnapshot<T>(fn: () => Promise<T>): Promise<T>;
  /** fn (a bulk import's whole transaction) without the database's own foreign-key checks. */
  withoutForeignKeys<T>(fn: () => Promise<T>): Promise<T>;
  /**
   * Into empty tables: drops their non-unique indexes and the search-index triggers on them, and
   * answers what restoreIndexes puts back (in the same transaction) once the rows are in.
   */
  deferIndexes(tables: readonly string[]): Promise<DeferredIndexes>;
  restoreIndexes(deferred: DeferredIndexes): Promise<void>;
  /** What a refused write was: a duplicate key, another constraint, or neither (undefined). */
  constraintKind(e: unknown): 'duplicate' | 'constraint' | undefined;

  // ---- who did it (SPEC §15) -----------------------------------------------------------------

  /**
   * The identity columns of an event this process writes, from the name it acts as (--actor,
   * INCIDENT_ACTOR, the login name, `check`, `monitoring`): on a server the authenticated role,
   * with the name beside it when it differs; on a file the name, with the OS account beside it.
   */
  whoActs(name: string): EventIdentity;
  /** An import or a copy keeps the names its rows hold, for the rest of its transaction (where the database allows). */
  keepRecordedActors(): Promise<void>;

  // ---- webhook secrets (SPEC §15) ------------------------------------------------------------

  /**
   * Each notification rule that has a webhook URL in the database, with its origin as shown
   * (core/secrets.ts redactUrl): what anyone who may work incidents may know of it, whether or not
   * this role may read the URL itself (on a server only admins may).
   */
  webhookOrigins(): Promise<Record<string, string>>;
}

/** The columns of an event that say who did it. */
export interface EventIdentity {
  actor: string;
  onBehalfOf: string | null;
  osUser: string | null;
}

/** Which statuses a search keeps or leaves out, and whether any term (rather than all) must match. */
export interface SearchFilter {
  statuses?: readonly string[];
  notStatuses?: readonly string[];
  any?: boolean;
}

/** One incident of a duration report's scan: group, start, classified, resolved, held seconds, hold intervals, priority. */
export type DurationVisit = (
  group: string | null,
  start: string,
  classified: string | null,
  resolved: string | null,
  heldSeconds: number,
  holds: string | null,
  priority: string | null,
) => void;

/** What an import into empty tables put off until its end (backend statements to run again). */
export interface DeferredIndexes {
  indexes: string[];
  triggers: string[];
}
