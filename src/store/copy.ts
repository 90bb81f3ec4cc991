import { notAllowed } from '../core/errors.js';
import type { Sql, SqlValue } from './sql.js';

/**
 * `incident db copy`: a whole incident database into a new, empty one, over the Sql port, so the
 * same code moves a SQLite file to PostgreSQL and back (SPEC §15). Ids are kept, so INC-n refs
 * stay what they were; both databases must be at the same schema version (opening them migrates).
 */

/**
 * Every table of the schema, in an order in which each row's foreign keys point at rows already
 * copied, with the key its rows are read in. The full-text search index is not here: each backend
 * keeps its own, filled by its triggers as the rows arrive.
 */
export const COPY_TABLES: readonly { table: string; key: readonly string[]; rows?: number }[] = [
  { table: 'incidents', key: ['id'] },
  { table: 'knowledge', key: ['id'] },
  { table: 'problems', key: ['id'] },
  { table: 'events', key: ['id'] },
  { table: 'incident_links', key: ['incident_id', 'related_id'] },
  { table: 'incident_knowledge', key: ['incident_id', 'kb_id'] },
  { table: 'problem_events', key: ['id'] },
  { table: 'problem_knowledge', key: ['problem_id', 'kb_id'] },
  { table: 'outbox', key: ['id'] },
  // A file may be as large as attachment.maxSize: a few a batch keeps memory flat.
  { table: 'attachment_blobs', key: ['sha256'], rows: 4 },
  { table: 'attachments', key: ['id'] },
  { table: 'mail_messages', key: ['message_id'] },
  { table: 'settings', key: ['key'] },
];

/**
 * Values per statement: under SQLite's limit on bound parameters (32766) and PostgreSQL's (65535),
 * with the rows of one batch few enough to hold in memory whatever the table.
 */
const MAX_VALUES = 30_000;
const MAX_ROWS = 1_000;

export interface CopyResult {
  /** Rows copied, by table. */
  rows: Record<string, number>;
}

export interface CopyOptions {
  /** The target as it may be shown (no password), for the refusal. */
  targetName: string;
  /** Called after each batch, with the table and the rows of it copied so far. */
  onProgress?: (table: string, rows: number) => void;
}

/**
 * Copies every row of `from` into `to`, in batches (a few statements per thousand rows, never one
 * per row), in one write transaction on the target: all of it or none. The source is held under its
 * own write lock meanwhile, so what is copied is one consistent state. A target that holds any row
 * is refused (exit 4), untouched: a copy never merges two databases.
 */
export async function copyDatabase(from: Sql, to: Sql, options: CopyOptions): Promise<CopyResult> {
  return from.write(() =>
    to.write(async () => {
      await refuseNonEmpty(to, options.targetName);
      const rows: Record<string, number> = {};
      for (const { table, key, rows: most } of COPY_TABLES) rows[table] = await copyTable(from, to, table, key, options, most);
      return { rows };
    }),
  );
}

async function refuseNonEmpty(to: Sql, targetName: string): Promise<void> {
  const union = COPY_TABLES.map(({ table }) => `SELECT '${table}' AS name, (SELECT count(*) FROM ${table}) AS n`).join(' UNION ALL ');
  const counts = await to.all<{ name: string; n: number }>(union);
  const full = counts.find((c) => Number(c.n) > 0);
  if (full) throw notAllowed('error.copyTargetNotEmpty', { target: targetName, table: full.name }, 'error.copyTargetNotEmptyHint');
}

async function copyTable(from: Sql, to: Sql, table: string, key: readonly string[], options: CopyOptions, most = MAX_ROWS): Promise<number> {
  const order = key.join(', ');
  let after: SqlValue[] | undefined;
  let copied = 0;
  let limit = most;
  for (;;) {
    // Read by key from where the last batch ended: each batch costs the same, however far in.
    const where = after ? ` WHERE (${order}) > (${key.map(() => '?').join(', ')})` : '';
    const batch = await from.cells(`SELECT * FROM ${table}${where} ORDER BY ${order} LIMIT ?`, [...(after ?? []), limit]);
    if (batch.rows.length === 0) return copied;
    const columns = Object.entries(batch.at)
      .sort((a, b) => a[1] - b[1])
      .map(([name]) => name);
    // Later batches of a wide table hold no more values than one statement may bind.
    limit = Math.max(1, Math.min(most, Math.floor(MAX_VALUES / columns.length)));
    for (let i = 0; i < batch.rows.length; i += limit) await insertRows(to, table, columns, batch.rows.slice(i, i + limit));
    copied += batch.rows.length;
    options.onProgress?.(table, copied);
    const last = batch.rows[batch.rows.length - 1]!;
    after = key.map((k) => last[batch.at[k]!] as SqlValue);
  }
}

async function insertRows(to: Sql, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const values = rows.flatMap((r) => r.map((v) => (v === undefined ? null : (v as SqlValue))));
  await to.run(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${rows.map(() => tuple).join(', ')}`, values);
}
