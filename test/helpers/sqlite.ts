import type { Store } from '../../src/store/index.js';
import type { SqliteSql } from '../../src/store/sqlite/sql.js';

/** The better-sqlite3 connection under a store, for tests of what SQLite itself does (query plans). */
export const sqliteDb = (store: Store) => (store.port as SqliteSql).db;
