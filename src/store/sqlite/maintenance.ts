import { existsSync, renameSync, statSync } from 'node:fs';
import { privatePartial, removeStalePartialsOf } from '../../io/partial-files.js';
import type { DB } from './connection.js';
import { crashPoint } from '../faults.js';
import { LATEST_VERSION } from './migrations.js';
import { ProblemStore } from '../problems.js';
import { checkChains, type ChainCheck } from '../chain.js';
import { AttachmentStore } from '../attachments.js';
import type { SqliteSql } from './sql.js';
import { SqliteDialect } from './dialect.js';

/** What `incident db check` found: each list is empty when all is well. */
export interface CheckResult {
  schemaVersion: number;
  latestVersion: number;
  journalMode: string;
  /** PRAGMA integrity_check lines other than "ok". */
  integrity: string[];
  /** Rows that point at something missing (PRAGMA foreign_key_check). */
  foreignKeys: { table: string; rowid: number | null; parent: string }[];
  /** Each full-text index and what its own integrity-check said ("ok" or the error). */
  fts: { table: string; result: string }[];
  /** Incidents linked to a problem that does not exist (incidents.problem_id has no foreign key). */
  problemLinks: { incident: string; problem: string }[];
  /** The hash chain of every timeline (core/chain.ts): the first broken link of each broken one. */
  chains: ChainCheck;
  /** Stored files whose bytes no longer hash to their SHA-256 (or size), with the attachments that name them. */
  attachments: { sha256: string; names: string }[];
  ok: boolean;
}

/** Full-text (FTS5) tables, whatever they are called: each has an integrity-check of its own. */
export function ftsTables(db: DB): string[] {
  return db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%' AND lower(sql) LIKE '%using fts5%' ORDER BY name")
    .pluck()
    .all() as string[];
}

const quoteId = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Integrity, foreign keys and every full-text index (SPEC §12). Reads only: it works on a read-only
 * connection, so that someone who may read but not write the file can check it.
 */
export async function checkDatabase(sql: SqliteSql): Promise<CheckResult> {
  const db = sql.db;
  const lines = (sql: string) => (db.pragma(sql) as { integrity_check: string }[]).map((r) => r.integrity_check).filter((l) => l !== 'ok');
  const foreignKeys = (db.pragma('foreign_key_check') as { table: string; rowid: number | null; parent: string }[]).map((r) => ({
    table: r.table,
    rowid: r.rowid ?? null,
    parent: r.parent,
  }));
  // integrity_check(TABLE) runs an FTS5 table's own integrity check (SQLite ≥ 3.44) without the
  // write lock that the 'integrity-check' command (written as an INSERT) takes.
  const fts = ftsTables(db).map((table) => {
    try {
      const found = lines(`integrity_check(${quoteId(table)})`);
      return { table, result: found.length ? found.join('; ') : 'ok' };
    } catch (e) {
      return { table, result: (e as Error).message };
    }
  });
  // The whole-file check names the full-text damage too: each problem is listed once, under its index.
  const ftsLines = new Set(fts.flatMap((f) => (f.result === 'ok' ? [] : f.result.split('; '))));
  const integrity = lines('integrity_check').filter((l) => !ftsLines.has(l));
  const schemaVersion = db.pragma('user_version', { simple: true }) as number;
  const hasProblems = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'problems'").get() !== undefined;
  const dialect = new SqliteDialect(sql);
  const problemLinks = hasProblems ? (await new ProblemStore(sql, dialect).integrity()).danglingIncidents : [];
  const chains = await checkChains(sql, async (table) => (await dialect.tableInfo(table)).some((c) => c.name === 'hash'));
  const hasAttachments = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'attachment_blobs'").get() !== undefined;
  const attachments = hasAttachments ? await new AttachmentStore(sql).damagedBlobs() : [];
  return {
    schemaVersion,
    latestVersion: LATEST_VERSION,
    journalMode: String(db.pragma('journal_mode', { simple: true })),
    integrity,
    foreignKeys,
    fts,
    problemLinks,
    chains,
    attachments,
    ok: !integrity.length && !foreignKeys.length && fts.every((f) => f.result === 'ok') && !problemLinks.length && !chains.brokenChains && !attachments.length,
  };
}

/**
 * A consistent copy of the database with SQLite's online backup, which copies pages while other
 * processes go on writing (it restarts from a page that changed). Written to a temporary name and
 * renamed, so FILE is either the whole backup or not there. The temporary file is made 0600 before
 * SQLite writes a byte to it (SQLite would make it with the umask's mode, and its journal follows the
 * file's mode). What a killed earlier run left of FILE is removed first.
 */
export async function backupDatabase(db: DB, target: string, onProgress?: (done: number, total: number) => void): Promise<number> {
  removeStalePartialsOf(target);
  const { path: tmp, discard } = privatePartial(target);
  try {
    await db.backup(tmp, {
      // Large steps: each step is one read of a consistent snapshot, and a step that another
      // process's commit interrupts starts the copy again, so small steps may never finish under load.
      progress: ({ totalPages, remainingPages }) => {
        onProgress?.(totalPages - remainingPages, totalPages);
        crashPoint('backup');
        return Math.max(totalPages, 1024);
      },
    });
    renameSync(tmp, target);
  } catch (e) {
    discard();
    throw e;
  }
  return statSync(target).size;
}

/** Rebuilds the file without free pages and refreshes the planner's statistics. */
export function vacuumDatabase(db: DB, path: string): { before: number; after: number } {
  const size = () => (existsSync(path) ? statSync(path).size : 0);
  db.pragma('wal_checkpoint(TRUNCATE)');
  const before = size();
  db.exec('VACUUM');
  db.exec('ANALYZE');
  db.pragma('optimize');
  db.pragma('wal_checkpoint(TRUNCATE)');
  return { before, after: size() };
}

/** The schema version a database file is at (0 for a new one). */
export function schemaVersion(db: DB): number {
  return db.pragma('user_version', { simple: true }) as number;
}
