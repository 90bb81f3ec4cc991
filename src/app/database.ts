import { Store, toStorageError, type CheckResult, type OpenOptions } from '../store/index.js';

/**
 * The database file itself (`incident db`) and the mapping of storage failures onto exit 5: what the
 * command line asks of the store beyond records.
 */

export type { CheckResult, OpenOptions };

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
