import { copyDatabase, type CopyResult } from '../store/copy.js';
import { isPgUrl, shownTarget, Store, toStorageError, type CheckResult, type OpenOptions } from '../store/index.js';

/**
 * The database file itself (`incident db`) and the mapping of storage failures onto exit 5: what the
 * command line asks of the store beyond records.
 */

export type { CheckResult, OpenOptions, Store };
export { isPgUrl, shownTarget };

/** A SQLite or file-system failure as the user's one line and exit 5 (others are returned as they are). */
export function storageError(e: unknown, path: string): unknown {
  return toStorageError(e, path);
}

/** Opens the database (creating and migrating it unless told not to). */
export function openDatabase(path: string, options?: OpenOptions): Promise<Store> {
  return Store.open(path, options);
}

/** Inspection opens the database as it is: no migration, nothing created (a missing one is exit 5). */
export function inspectDatabase(path: string): Promise<Store> {
  return Store.open(path, { migrate: false, create: false });
}

/** Removes what killed migrations left of their backups. */
export function removeStaleBackups(path: string): void {
  Store.removeStaleBackups(path);
}

/** `incident db init URL`: the schema of a PostgreSQL database made or brought up to date. */
export async function initServerDatabase(url: string): Promise<{ shown: string; from: number; to: number }> {
  const { initSchema } = await import('../store/pg/connect.js');
  return initSchema(url);
}

/**
 * Every record of `source` into `target` (created when it is a missing file or an empty database;
 * refused, untouched, when it holds any record). A server's search index is rebuilt from the copied
 * records in the same transaction; SQLite's triggers fill its own as the rows arrive.
 */
export async function copyDatabases(source: string, target: string, options: OpenOptions): Promise<CopyResult> {
  const from = await Store.open(source, { ...options, create: false });
  try {
    const to = await Store.open(target, { ...options, create: true });
    try {
      return await to.write(async () => {
        await to.dialect.keepRecordedActors();
        const result = await copyDatabase(from.port, to.port, { targetName: shownTarget(target) });
        await to.dialect.indexAll();
        return result;
      });
    } finally {
      await to.close();
    }
  } finally {
    await from.close();
  }
}
