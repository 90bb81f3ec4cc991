import { openDatabase, writeTransaction, type DB, type OpenOptions } from './db.js';
import { IncidentStore } from './incidents.js';
import { ProblemStore } from './problems.js';
import { KnowledgeStore } from './knowledge.js';
import { SearchStore } from './search.js';
import { SettingsStore } from './settings.js';
import { OutboxStore } from './outbox.js';
import { AttentionStore } from './attention.js';

/** One open database and the record stores over it. */
export class Store {
  readonly incidents: IncidentStore;
  readonly settings: SettingsStore;
  readonly outbox: OutboxStore;
  readonly attention: AttentionStore;
  readonly problems: ProblemStore;
  readonly knowledge: KnowledgeStore;
  readonly search: SearchStore;

  constructor(
    readonly db: DB,
    readonly path: string,
  ) {
    this.incidents = new IncidentStore(db);
    this.settings = new SettingsStore(db);
    this.outbox = new OutboxStore(db);
    this.attention = new AttentionStore(db);
    this.problems = new ProblemStore(db);
    this.knowledge = new KnowledgeStore(db);
    this.search = new SearchStore(db);
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
