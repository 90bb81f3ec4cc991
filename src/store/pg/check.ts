import type { CheckResult } from '../sqlite/maintenance.js';
import { checkChains } from '../chain.js';
import { ProblemStore } from '../problems.js';
import { AttachmentStore } from '../attachments.js';
import type { Sql } from '../sql.js';
import { PgDialect } from './dialect.js';
import { PG_LATEST_VERSION } from './migrations.js';
import { searchIndexDrift } from './search.js';
import type { PgSql } from './sql.js';

/**
 * `incident db check` on PostgreSQL. The server keeps its pages and foreign keys itself (they are
 * enforced, deferred ones at commit), so what can drift is ours: the search index our code writes
 * (compared with the records, as a rebuild would make it) and incidents linked to a problem that is
 * not there (that column has no foreign key on either backend), and the hash chain of every
 * timeline (an event edited by the tables' owner, who may set the append-only trigger aside). Reads only.
 */
export async function checkPg(sql: Sql): Promise<CheckResult> {
  const dialect = new PgDialect(sql as PgSql);
  const drift = await searchIndexDrift(sql);
  const fts = (['incident', 'knowledge'] as const).map((kind) => {
    const d = drift[kind];
    const found = [
      d.missing.length ? `${d.missing.length} records not indexed` : '',
      d.extra.length ? `${d.extra.length} index rows without a record` : '',
      d.stale.length ? `${d.stale.length} index rows out of date` : '',
      d.totals ? 'totals out of step' : '',
    ].filter(Boolean);
    return { table: `${kind}_search`, result: found.length ? found.join('; ') : 'ok' };
  });
  const problemLinks = (await new ProblemStore(sql, dialect).integrity()).danglingIncidents;
  const chains = await checkChains(sql, async (table) => (await dialect.tableInfo(table)).some((c) => c.name === 'hash'));
  const hasAttachments = (await sql.value("SELECT to_regclass('attachment_blobs') IS NOT NULL")) === 1;
  const attachments = hasAttachments ? await new AttachmentStore(sql).damagedBlobs() : [];
  return {
    schemaVersion: await dialect.schemaVersion(),
    latestVersion: PG_LATEST_VERSION,
    journalMode: 'postgresql',
    integrity: [],
    foreignKeys: [],
    fts,
    problemLinks,
    chains,
    attachments,
    ok: fts.every((f) => f.result === 'ok') && !problemLinks.length && !chains.brokenChains && !attachments.length,
  };
}
