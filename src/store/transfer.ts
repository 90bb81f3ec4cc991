import type { Statement } from 'better-sqlite3';
import { columnSpecs, type ColumnSpec, type TableInfo, type TableName } from '../core/transfer.js';
import type { DB } from './db.js';
import { rebuildIncidentIndex } from './search.js';
import { crashPoint } from './faults.js';

type Row = Record<string, unknown>;

/** Helper threads SQLite may start to sort an index's keys when they do not fit in memory at once. */
const SORT_THREADS = 2;

/** What an import into empty tables put off until its end. */
export interface DeferredIndexes {
  indexes: string[];
  triggers: string[];
}

/** The SQL of `incident export` and `incident import`: whole tables in id order, and inserts. */
export class TransferStore {
  readonly specs: Record<TableName, ColumnSpec[]>;
  private readonly inserts = new Map<TableName, Statement>();
  private readonly cache = new Map<string, Statement>();

  private stmt(sql: string): Statement {
    let s = this.cache.get(sql);
    if (!s) this.cache.set(sql, (s = this.db.prepare(sql)));
    return s;
  }

  constructor(private readonly db: DB) {
    const tables: TableName[] = [
      'incidents',
      'events',
      'knowledge',
      'incident_links',
      'incident_knowledge',
      'settings',
      'problems',
      'problem_events',
      'problem_knowledge',
    ];
    this.specs = Object.fromEntries(
      tables.map((t) => [t, columnSpecs(t, db.prepare(`PRAGMA table_info(${t})`).all() as TableInfo[])]),
    ) as Record<TableName, ColumnSpec[]>;
  }

  /** A table's columns in the order `SELECT *` returns them. */
  tableColumns(table: TableName): string[] {
    return (this.db.prepare(`PRAGMA table_info(${table})`).all() as TableInfo[]).map((c) => c.name);
  }

  /** Incidents as arrays (faster than objects at a million rows). */
  incidentArrays(since?: string): IterableIterator<unknown[]> {
    return (since
      ? this.db.prepare('SELECT * FROM incidents WHERE opened_at >= ? ORDER BY id').raw().iterate(since)
      : this.db.prepare('SELECT * FROM incidents ORDER BY id').raw().iterate()) as IterableIterator<unknown[]>;
  }

  /** Every event of the selected incidents, by incident then id: merged with incidentArrays() in one pass. */
  eventArrays(since?: string): IterableIterator<unknown[]> {
    return (since
      ? this.db
          .prepare('SELECT * FROM events WHERE incident_id IN (SELECT id FROM incidents WHERE opened_at >= ?) ORDER BY incident_id, id')
          .raw()
          .iterate(since)
      : this.db.prepare('SELECT * FROM events ORDER BY incident_id, id').raw().iterate()) as IterableIterator<unknown[]>;
  }

  schemaVersion(): number {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  // ---- export ---------------------------------------------------------------------------------

  /** One snapshot for the whole export, so records written meanwhile never half appear in it. */
  beginRead(): void {
    this.db.exec('BEGIN');
    // A deferred transaction takes its snapshot at the first read.
    this.db.prepare('SELECT 1 FROM settings LIMIT 1').get();
  }

  endRead(): void {
    if (this.db.inTransaction) this.db.exec('COMMIT');
  }

  settings(): IterableIterator<Row> {
    return this.db.prepare('SELECT * FROM settings ORDER BY key').iterate() as IterableIterator<Row>;
  }

  timeline(incidentId: number): Row[] {
    return this.stmt('SELECT * FROM events WHERE incident_id = ? ORDER BY id').all(incidentId) as Row[];
  }

  knowledge(): IterableIterator<Row> {
    return this.db.prepare('SELECT * FROM knowledge ORDER BY id').iterate() as IterableIterator<Row>;
  }

  kbLinks(since?: string): IterableIterator<Row> {
    return (since
      ? this.db
          .prepare('SELECT * FROM incident_knowledge WHERE incident_id IN (SELECT id FROM incidents WHERE opened_at >= ?) ORDER BY incident_id, kb_id')
          .iterate(since)
      : this.db.prepare('SELECT * FROM incident_knowledge ORDER BY incident_id, kb_id').iterate()) as IterableIterator<Row>;
  }

  links(since?: string): IterableIterator<Row> {
    return (since
      ? this.db
          .prepare(
            `SELECT l.* FROM incident_links l JOIN incidents a ON a.id = l.incident_id JOIN incidents b ON b.id = l.related_id
             WHERE a.opened_at >= ? AND b.opened_at >= ? ORDER BY l.incident_id, l.related_id`,
          )
          .iterate(since, since)
      : this.db.prepare('SELECT * FROM incident_links ORDER BY incident_id, related_id').iterate()) as IterableIterator<Row>;
  }

  /** Every problem, whatever --since says: incidents of any age may point at one. */
  problems(): IterableIterator<Row> {
    return this.db.prepare('SELECT * FROM problems ORDER BY id').iterate() as IterableIterator<Row>;
  }

  problemEvents(): IterableIterator<Row> {
    return this.db.prepare('SELECT * FROM problem_events ORDER BY problem_id, id').iterate() as IterableIterator<Row>;
  }

  problemTimeline(problemId: number): Row[] {
    return this.stmt('SELECT * FROM problem_events WHERE problem_id = ? ORDER BY id').all(problemId) as Row[];
  }

  problemKbLinks(): IterableIterator<Row> {
    return this.db.prepare('SELECT * FROM problem_knowledge ORDER BY problem_id, kb_id').iterate() as IterableIterator<Row>;
  }

  // ---- import ---------------------------------------------------------------------------------

  /**
   * Starts the one transaction of an import: immediate (the write lock at once, SPEC §12). The
   * database's own foreign-key checks are off meanwhile — they cost a lookup per row, and the
   * importer checks every reference itself (an event belongs to the line it sits in; links and
   * knowledge references are looked up), naming the line that is wrong.
   */
  begin(): void {
    this.db.pragma('foreign_keys = OFF');
    this.db.exec('BEGIN IMMEDIATE');
  }

  commit(): void {
    // Streamed imports hold their own transaction (not store.write): the same crash point before COMMIT.
    crashPoint('write');
    this.db.exec('COMMIT');
    this.db.pragma('foreign_keys = ON');
  }

  rollback(): void {
    if (this.db.inTransaction) this.db.exec('ROLLBACK');
    this.db.pragma('foreign_keys = ON');
  }

  /**
   * Into empty tables, building an index once at the end (a sort) is several times faster than
   * keeping it up to date row by row. Drops the non-unique indexes of these tables, and the search
   * index's triggers on them (each note would re-read its incident's notes, a scan of every event
   * without the dropped index: quadratic), and answers what `recreateIndexes` puts back before
   * commit (inside the same transaction).
   */
  deferIndexes(tables: string[]): DeferredIndexes {
    const list = `(${tables.map(() => '?').join(', ')})`;
    const rows = (type: string, extra: string) =>
      this.db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = '${type}' AND sql IS NOT NULL ${extra} AND tbl_name IN ${list}`).all(...tables) as { name: string; sql: string }[];
    const indexes = rows('index', "AND sql NOT LIKE 'CREATE UNIQUE%'");
    const triggers = rows('trigger', "AND name GLOB 'incident_fts_*'");
    for (const r of indexes) this.db.exec(`DROP INDEX "${r.name.replace(/"/g, '""')}"`);
    for (const r of triggers) this.db.exec(`DROP TRIGGER "${r.name.replace(/"/g, '""')}"`);
    return { indexes: indexes.map((r) => r.sql), triggers: triggers.map((r) => r.sql) };
  }

  recreateIndexes(deferred: DeferredIndexes): void {
    // SQLite may sort an index's keys on a helper thread: ≈ 15 % faster for the indexes at 1M rows.
    const threads = this.db.pragma('threads', { simple: true }) as number;
    this.db.pragma(`threads = ${SORT_THREADS}`);
    try {
      for (const s of deferred.indexes) this.db.exec(s);
    } finally {
      this.db.pragma(`threads = ${threads}`);
    }
    for (const s of deferred.triggers) this.db.exec(s);
    if (deferred.triggers.length) rebuildIncidentIndex(this.db);
  }

  count(table: 'incidents' | 'events' | 'knowledge' | 'problems' | 'problem_events'): number {
    return this.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  }

  /** `incidentId`: the parent of an event (an incident's, or a problem's for problem_events). */
  insert(table: TableName, values: unknown[], incidentId?: number): void {
    let stmt = this.inserts.get(table);
    if (!stmt) {
      const parent = table === 'events' ? ['incident_id'] : table === 'problem_events' ? ['problem_id'] : [];
      const cols = [...parent, ...this.specs[table].map((s) => s.name)];
      stmt = this.db.prepare(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`);
      this.inserts.set(table, stmt);
    }
    if (table === 'events' || table === 'problem_events') stmt.run(incidentId, ...values);
    else stmt.run(...values);
  }

  /** The row of a table with this primary key, for comparing with an imported line. */
  find(table: TableName, key: Record<string, unknown>): Row | undefined {
    const cols = Object.keys(key);
    return this.stmt(`SELECT * FROM ${table} WHERE ${cols.map((c) => `${c} = ?`).join(' AND ')}`).get(...Object.values(key)) as Row | undefined;
  }

  exists(table: 'incidents' | 'knowledge' | 'problems', id: number): boolean {
    return this.stmt(`SELECT 1 FROM ${table} WHERE id = ?`).pluck().get(id) !== undefined;
  }

  setSetting(key: string, value: string): void {
    this.stmt('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
  }
}
