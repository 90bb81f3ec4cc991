import { openDatabase, writeTransaction, type DB, type OpenOptions } from './db.js';
import { IncidentStore } from './incidents.js';
import { SettingsStore } from './settings.js';

/** One open database and the record stores over it. */
export class Store {
  readonly incidents: IncidentStore;
  readonly settings: SettingsStore;

  constructor(
    readonly db: DB,
    readonly path: string,
  ) {
    this.incidents = new IncidentStore(db);
    this.settings = new SettingsStore(db);
  }

  static open(path: string, options?: OpenOptions): Store {
    return new Store(openDatabase(path, options), path);
  }

  /** All of a command's writes, or none (SPEC §12). */
  write<T>(fn: () => T): T {
    return writeTransaction(this.db, fn);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
