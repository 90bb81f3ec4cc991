import type { Statement } from 'better-sqlite3';
import type { DB } from './db.js';

/** What every record store shares: its connection, and statements prepared once per connection. */
export abstract class TableStore {
  private readonly stmts = new Map<string, Statement>();

  constructor(protected readonly db: DB) {}

  protected stmt(sql: string): Statement {
    let s = this.stmts.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.stmts.set(sql, s);
    }
    return s;
  }
}
