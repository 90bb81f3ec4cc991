import { columnSpecs, type ColumnSpec, type TableName } from '../core/transfer.js';
import type { DocKind } from '../core/rank.js';
import type { DeferredIndexes, Dialect } from './dialect.js';
import type { Sql, SqlValue } from './sql.js';

type Row = Record<string, unknown>;
export type { DeferredIndexes };

/** Imported records given to the search index at a time. */
const INDEX_BATCH = 5000;

/** Rows read at a time by an export: memory stays flat at a million incidents, and a query a page. */
const PAGE = 5000;

/** A page of rows as arrays, with where each column is. */
export interface Page {
  rows: unknown[][];
  at: Readonly<Record<string, number>>;
}

const TABLES: TableName[] = [
  'incidents',
  'events',
  'knowledge',
  'incident_links',
  'incident_knowledge',
  'settings',
  'problems',
  'problem_events',
  'problem_knowledge',
  'attachment_blobs',
  'attachments',
  'mail_messages',
];

/** Blobs read at a time: each may be as large as attachment.maxSize (20 MiB by default). */
const BLOB_PAGE = 4;

/** Incidents opened since a time, as a subquery. */
const OPENED_SINCE = 'SELECT id FROM incidents WHERE opened_at >= ?';

/** The SQL of `incident export` and `incident import`: whole tables in key order, and inserts. */
export class TransferStore {
  /** The INSERT of each table, written once (an import runs it for each of a million rows). */
  private readonly inserts = new Map<TableName, string>();
  /** Imported records whose text the search index has not been given yet (store/dialect.ts indexChanged). */
  private readonly unindexed: Record<DocKind, number[]> = { incident: [], knowledge: [] };
  /** Where the id is in a row of incidents and of knowledge. */
  private readonly idAt: Record<DocKind, number>;

  private constructor(
    private readonly sql: Sql,
    private readonly dialect: Dialect,
    readonly specs: Record<TableName, ColumnSpec[]>,
    /** Each table's columns in the order `SELECT *` returns them. */
    readonly columns: Record<TableName, string[]>,
  ) {
    this.idAt = { incident: specs.incidents.findIndex((c) => c.name === 'id'), knowledge: specs.knowledge.findIndex((c) => c.name === 'id') };
  }

  static async open(sql: Sql, dialect: Dialect): Promise<TransferStore> {
    const infos = await Promise.all(TABLES.map((t) => dialect.tableInfo(t)));
    const specs = Object.fromEntries(TABLES.map((t, i) => [t, columnSpecs(t, infos[i])])) as Record<TableName, ColumnSpec[]>;
    const columns = Object.fromEntries(TABLES.map((t, i) => [t, infos[i].map((c) => c.name)])) as Record<TableName, string[]>;
    return new TransferStore(sql, dialect, specs, columns);
  }

  schemaVersion(): Promise<number> {
    return this.dialect.schemaVersion();
  }

  // ---- export ---------------------------------------------------------------------------------

  /** One snapshot for the whole export, so records written meanwhile never half appear in it. */
  snapshot<T>(fn: () => Promise<T>): Promise<T> {
    return this.dialect.readSnapshot(fn);
  }

  /**
   * Rows of `from` in the order of `key` (a unique key), a page at a time: each page starts after
   * the last key of the one before.
   */
  private async *pages(from: string, key: string[], where: string[] = [], params: SqlValue[] = [], size = PAGE): AsyncGenerator<Page> {
    let after: SqlValue[] | undefined;
    for (;;) {
      const terms = [...where];
      if (after) terms.push(key.length === 1 ? `${key[0]} > ?` : `(${key.join(', ')}) > (${key.map(() => '?').join(', ')})`);
      const sql = `SELECT * FROM ${from} ${terms.length ? `WHERE ${terms.join(' AND ')}` : ''} ORDER BY ${key.join(', ')} LIMIT ${size}`;
      const page = await this.sql.cells(sql, [...params, ...(after ?? [])]);
      if (page.rows.length) yield page;
      if (page.rows.length < size) return;
      const last = page.rows[page.rows.length - 1];
      after = key.map((k) => last[page.at[k.replace(/^\w+\./, '')]] as SqlValue);
    }
  }

  /** Incidents (opened since `since`) a page at a time, each page with the events of its incidents. */
  async *incidentPages(since?: string): AsyncGenerator<{ incidents: Page; events: Page }> {
    for await (const incidents of this.pages('incidents', ['id'], since ? ['opened_at >= ?'] : [], since ? [since] : [])) {
      const idAt = incidents.at.id;
      const first = incidents.rows[0][idAt] as number;
      const last = incidents.rows[incidents.rows.length - 1][idAt] as number;
      // Events of the incidents between the first and last of the page; those of incidents left out
      // by --since are passed over by the caller's merge.
      const events = await this.sql.cells('SELECT * FROM events WHERE incident_id >= ? AND incident_id <= ? ORDER BY incident_id, id', [first, last]);
      yield { incidents, events };
    }
  }

  /** Problems a page at a time, each page with the timelines of its problems. */
  async *problemPages(): AsyncGenerator<{ problems: Page; events: Page }> {
    for await (const problems of this.pages('problems', ['id'])) {
      const idAt = problems.at.id;
      const events = await this.sql.cells('SELECT * FROM problem_events WHERE problem_id >= ? AND problem_id <= ? ORDER BY problem_id, id', [
        problems.rows[0][idAt] as SqlValue,
        problems.rows[problems.rows.length - 1][idAt] as SqlValue,
      ]);
      yield { problems, events };
    }
  }

  settings(): Promise<Row[]> {
    return this.sql.all('SELECT * FROM settings ORDER BY key');
  }

  knowledgePages(): AsyncGenerator<Page> {
    return this.pages('knowledge', ['id']);
  }

  kbLinkPages(since?: string): AsyncGenerator<Page> {
    return since
      ? this.pages('incident_knowledge', ['incident_id', 'kb_id'], ['incident_id IN (SELECT id FROM incidents WHERE opened_at >= ?)'], [since])
      : this.pages('incident_knowledge', ['incident_id', 'kb_id']);
  }

  linkPages(since?: string): AsyncGenerator<Page> {
    return since
      ? this.pages(
          'incident_links l',
          ['l.incident_id', 'l.related_id'],
          ['l.incident_id IN (SELECT id FROM incidents WHERE opened_at >= ?)', 'l.related_id IN (SELECT id FROM incidents WHERE opened_at >= ?)'],
          [since, since],
        )
      : this.pages('incident_links', ['incident_id', 'related_id']);
  }

  /** Stored files by hash, a few at a time; with `since`, those attached to incidents opened since. */
  blobPages(since?: string): AsyncGenerator<Page> {
    return since
      ? this.pages('attachment_blobs', ['sha256'], [`sha256 IN (SELECT sha256 FROM attachments WHERE incident_id IN (${OPENED_SINCE}))`], [since], BLOB_PAGE)
      : this.pages('attachment_blobs', ['sha256'], [], [], BLOB_PAGE);
  }

  attachmentPages(since?: string): AsyncGenerator<Page> {
    return since ? this.pages('attachments', ['id'], [`incident_id IN (${OPENED_SINCE})`], [since]) : this.pages('attachments', ['id']);
  }

  /** Mail taken in; with `since`, that of incidents opened since, and mail turned into none taken since. */
  mailPages(since?: string): AsyncGenerator<Page> {
    return since
      ? this.pages('mail_messages', ['message_id'], [`(incident_id IN (${OPENED_SINCE}) OR (incident_id IS NULL AND taken_at >= ?))`], [since, since])
      : this.pages('mail_messages', ['message_id']);
  }

  problemKbLinkPages(): AsyncGenerator<Page> {
    return this.pages('problem_knowledge', ['problem_id', 'kb_id']);
  }

  timeline(incidentId: number): Promise<Row[]> {
    return this.sql.all('SELECT * FROM events WHERE incident_id = ? ORDER BY id', [incidentId]);
  }

  problemTimeline(problemId: number): Promise<Row[]> {
    return this.sql.all('SELECT * FROM problem_events WHERE problem_id = ? ORDER BY id', [problemId]);
  }

  // ---- import ---------------------------------------------------------------------------------

  /**
   * The one transaction of an import. The database's own foreign-key checks are off meanwhile —
   * they cost a lookup per row, and the importer checks every reference itself (an event belongs to
   * the line it sits in; links and knowledge references are looked up), naming the line that is wrong.
   */
  importing<T>(fn: () => Promise<T>): Promise<T> {
    // The imported records' text is searched too (a no-op where triggers index it): those records
    // only, whatever the database held before.
    return this.dialect.withoutForeignKeys(() =>
      this.sql.write(async () => {
        // The file's events say who did them then: kept as they are where this role may (docs/team.md).
        await this.dialect.keepRecordedActors();
        const result = await fn();
        await this.indexImported('incident');
        await this.indexImported('knowledge');
        return result;
      }),
    );
  }

  /** Gives the search index the records of a kind imported since it was last given them. */
  private async indexImported(kind: DocKind): Promise<void> {
    const ids = this.unindexed[kind].splice(0);
    if (ids.length) await this.dialect.indexChanged(kind, ids);
  }

  /**
   * Into empty tables, building an index once at the end (a sort) is several times faster than
   * keeping it up to date row by row: drops them, and answers what `recreateIndexes` puts back before
   * commit (inside the same transaction).
   */
  deferIndexes(tables: string[]): Promise<DeferredIndexes> {
    return this.dialect.deferIndexes(tables);
  }

  recreateIndexes(deferred: DeferredIndexes): Promise<void> {
    return this.dialect.restoreIndexes(deferred);
  }

  /** What a refused insert was: a duplicate key, another constraint, or neither. */
  constraintKind(e: unknown): 'duplicate' | 'constraint' | undefined {
    return this.dialect.constraintKind(e);
  }

  async count(table: 'incidents' | 'events' | 'knowledge' | 'problems' | 'problem_events' | 'attachments'): Promise<number> {
    return Number(await this.sql.value(`SELECT count(*) FROM ${table}`));
  }

  /** `incidentId`: the parent of an event (an incident's, or a problem's for problem_events). */
  async insert(table: TableName, values: unknown[], incidentId?: number): Promise<void> {
    const kind = table === 'incidents' ? 'incident' : table === 'knowledge' ? 'knowledge' : undefined;
    if (kind) {
      // An incident's notes (events) follow its row: those before it are whole, and are indexed a
      // batch at a time (bounded memory at a million).
      if (this.unindexed[kind].length >= INDEX_BATCH) await this.indexImported(kind);
      this.unindexed[kind].push(values[this.idAt[kind]] as number);
    }
    const parent = table === 'events' || table === 'problem_events';
    let sql = this.inserts.get(table);
    if (!sql) {
      const cols = [...(table === 'events' ? ['incident_id'] : table === 'problem_events' ? ['problem_id'] : []), ...this.specs[table].map((s) => s.name)];
      this.inserts.set(table, (sql = `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`));
    }
    await this.sql.run(sql, (parent ? [incidentId, ...values] : values) as SqlValue[]);
  }

  /** The row of a table with this primary key, for comparing with an imported line. */
  find(table: TableName, key: Record<string, unknown>): Promise<Row | undefined> {
    const cols = Object.keys(key);
    return this.sql.get(`SELECT * FROM ${table} WHERE ${cols.map((c) => `${c} = ?`).join(' AND ')}`, Object.values(key) as SqlValue[]);
  }

  async exists(table: 'incidents' | 'knowledge' | 'problems', id: number): Promise<boolean> {
    return (await this.sql.value(`SELECT 1 FROM ${table} WHERE id = ?`, [id])) !== undefined;
  }

  async blobExists(sha256: string): Promise<boolean> {
    return (await this.sql.value('SELECT 1 FROM attachment_blobs WHERE sha256 = ?', [sha256])) !== undefined;
  }

  async setSetting(key: string, value: string): Promise<void> {
    await this.sql.run('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [key, value]);
  }
}
