// Search on PostgreSQL (SPEC §13, §15): N incidents + N/10 knowledge entries on a throw-away server
// over a Unix socket; every search command ≤ the `node -e 0` floor + 40 ms.
//
// The records are the SQLite suite's own (lib.mjs#generatedDatabase, the same seeded mix of
// Japanese and English), copied into PostgreSQL and indexed by src/store/pg/search.ts
// (rebuildSearchIndex: the same code every write calls). Then, for each query:
// - a whole process, timed against the floor as every suite is: load the driver, connect, search
//   both kinds as the search app does (best, keys, docs per kind), print, exit;
// - the search alone on an open connection (median), to show where the time goes;
// - the best 20 compared with SQLite's FTS5 on the same records (index built afresh): same ids, same order.
//
//   node bench/pg-search.mjs [--size 100000] [--runs 11]    (alone; also a suite of npm run bench)
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { compare, generatedDatabase, median, registerSearchFunctions, ROOT, workingCopy } from './lib.mjs';

export const name = 'pg-search';
export const backends = ['pg'];

/** The SQLite suite's queries (bench/search.mjs). */
const QUERIES = ['VPN', '障害', '紛失', '証明', 'ログイン', '証明書の期限', 'VPN 接続', '"証明書の期限切れ"', 'login fails', 'プリンター -遅い', 'title:ログイン', 'ＶＰＮ　接続', 'xyzzy', '証'];
const LIMIT = 20;
const BUDGET_MS = 40;

/** What a search command does on PostgreSQL, bundled as the CLI would bundle it (pg included). */
const SEARCH_SOURCE = `
  import pg from 'pg';
  import { parseQuery } from './src/core/query.ts';
  import { compareHits } from './src/core/rank.ts';
  import { PgSearchStore, toPgMatch } from './src/store/pg/search.ts';
  import { PG_TYPE_PARSERS, PgSql } from './src/store/pg/sql.ts';

  export async function connect(url) {
    const client = new pg.Client({
      connectionString: url,
      types: { getTypeParser: (oid, format) => PG_TYPE_PARSERS[oid] ?? pg.types.getTypeParser(oid, format) },
    });
    await client.connect();
    return new PgSql(client);
  }

  /** app/search.ts's flow, asynchronous: per kind the best and their ties, tie-breaks, the kept ones read. */
  export async function search(sql, text, limit) {
    const store = new PgSearchStore(sql);
    const q = parseQuery(text);
    const hits = [];
    for (const kind of ['incident', 'knowledge']) {
      const match = toPgMatch(q, kind === 'knowledge' ? { notStatuses: ['retired'] } : {});
      if (!match) continue;
      const scored = await store.best(kind, match, limit);
      if (!scored.length) continue;
      const keys = await store.keys(kind, scored.map((s) => s.id));
      const kept = scored.map((s) => ({ score: s.score, doc: { kind, ...keys.get(s.id) } })).sort(compareHits).slice(0, limit);
      const docs = await store.docs(kind, kept.map((k) => k.doc.id));
      for (const k of kept) hits.push({ score: k.score, doc: docs.get(k.doc.id) });
    }
    return hits.sort(compareHits).slice(0, limit);
  }
`;

async function bundle(contents, { platform = 'node', format = 'esm' } = {}) {
  const r = await build({ stdin: { contents, resolveDir: ROOT, loader: 'ts', sourcefile: 'bench-pg.ts' }, bundle: true, write: false, format, platform, external: ['better-sqlite3'], logLevel: 'silent' });
  return r.outputFiles[0].text;
}

const TOOLS_SOURCE = `
  export * from './src/store/pg/search.ts';
  export { findPgBin, startCluster, pgUrl } from './test/helpers/pg-cluster.ts';
  export { parseQuery, toFts } from './src/core/query.ts';
  export { rebuildSearchIndex as rebuildSqliteIndex } from './src/store/sqlite/search-index.ts';
`;

/** The record tables search reads (the product's PostgreSQL schema has every column; these suffice). */
const RECORDS_SQL = `
  CREATE TABLE incidents (id bigint PRIMARY KEY, title text NOT NULL, description text, scope text, resolution text,
    tags text NOT NULL DEFAULT '[]', category text, service text, status text NOT NULL, opened_at text NOT NULL, resolved_at text);
  CREATE TABLE events (id bigint PRIMARY KEY, incident_id bigint NOT NULL, kind text NOT NULL, note text);
  CREATE INDEX events_incident ON events (incident_id, id);
  CREATE TABLE knowledge (id bigint PRIMARY KEY, title text NOT NULL, symptoms text, cause text, resolution text, workaround text,
    tags text NOT NULL DEFAULT '[]', category text, service text, status text NOT NULL, updated_at text NOT NULL);
`;

/** Copies the generated records into PostgreSQL in batches (one statement per batch). */
async function copyRecords(db, sql) {
  const batches = [
    ['incidents', 'SELECT id, title, description, scope, resolution, tags, category, service, status, opened_at, resolved_at FROM incidents'],
    ['events', "SELECT id, incident_id, kind, note FROM events WHERE kind = 'noted'"],
    ['knowledge', 'SELECT id, title, symptoms, cause, resolution, workaround, tags, category, service, status, updated_at FROM knowledge'],
  ];
  for (const [table, select] of batches) {
    const stmt = db.prepare(select);
    const columns = stmt.columns().map((c) => c.name);
    let rows = [];
    const flush = async () => {
      if (!rows.length) return;
      await sql.run(`INSERT INTO ${table} (${columns.join(', ')}) SELECT * FROM jsonb_populate_recordset(NULL::${table}, ?::jsonb)`, [JSON.stringify(rows)]);
      rows = [];
    };
    for (const r of stmt.iterate()) {
      rows.push(r);
      if (rows.length >= 10_000) await flush();
    }
    await flush();
  }
}

export default async function run({ size = 100_000, runs = 11, log = console.error } = {}) {
  const tools = await import(`data:text/javascript;base64,${Buffer.from(await bundle(TOOLS_SOURCE)).toString('base64')}`);
  const bin = tools.findPgBin();
  if (!bin) {
    log('pg-search: PostgreSQL server programs are not installed: skipped');
    return [];
  }
  const path = generatedDatabase({ incidents: size, knowledge: Math.max(1000, size / 10), log });
  const work = mkdtempSync(join(tmpdir(), 'incident-pg-bench-'));
  const cluster = tools.startCluster(bin);
  const rows = [];
  try {
    execFileSync(join(bin, 'createdb'), ['-h', cluster.socketDir, '-U', 'postgres', 'bench']);
    const url = tools.pgUrl(cluster.socketDir, 'bench');
    const searchFile = join(work, 'search.mjs');
    writeFileSync(searchFile, `import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);\n${await bundle(SEARCH_SOURCE)}`);
    const lib = await import(pathToFileURL(searchFile).href);
    const sql = await lib.connect(url);

    // Fill: records copied, then the index built by the product's own code.
    const db = new Database(path, { readonly: true });
    await sql.run(RECORDS_SQL);
    await sql.run(tools.PG_SEARCH_INDEX_SQL);
    let t0 = performance.now();
    await copyRecords(db, sql);
    log(`pg-search: records copied in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    t0 = performance.now();
    await tools.rebuildSearchIndex(sql);
    const indexSeconds = (performance.now() - t0) / 1000;
    log(`pg-search: index of ${size.toLocaleString('en')} incidents built in ${indexSeconds.toFixed(1)} s`);
    await sql.run('VACUUM ANALYZE');
    db.close();

    // SQLite's FTS5 on the same records, its index built afresh (its totals then are the records' own).
    const copy = workingCopy(path, 'pg-search');
    const lite = new Database(copy.path);
    registerSearchFunctions(lite);
    lite.exec("INSERT INTO incident_fts (incident_fts) VALUES ('delete-all'); INSERT INTO knowledge_fts (knowledge_fts) VALUES ('delete-all');");
    tools.rebuildSqliteIndex(lite);
    const liteBest = (kind, text) => {
      const q = tools.parseQuery(text);
      const fts = tools.toFts(q, kind === 'knowledge' ? { notStatuses: ['retired'] } : {});
      if (!fts) return [];
      const all = lite.prepare(`SELECT rowid AS id, -bm25(${kind}_fts, 10, 1, 1, 1, 0) AS score FROM ${kind}_fts WHERE ${kind}_fts MATCH ? ORDER BY score DESC`).all(fts);
      return all.filter((r) => all.length <= LIMIT || r.score >= all[LIMIT - 1].score);
    };
    const store = new tools.PgSearchStore(sql);
    const order = (xs) => [...xs].sort((a, b) => b.score - a.score || a.id - b.id);
    const parity = [];
    for (const q of QUERIES) {
      for (const kind of ['incident', 'knowledge']) {
        const match = tools.toPgMatch(tools.parseQuery(q), kind === 'knowledge' ? { notStatuses: ['retired'] } : {});
        const got = match ? order(await store.best(kind, match, LIMIT)) : [];
        const want = order(liteBest(kind, q));
        const same = got.length === want.length && got.every((g, i) => g.id === want[i].id && Math.abs(g.score - want[i].score) <= 1e-9 * Math.abs(want[i].score));
        if (!same) parity.push(`${kind} ${q}`);
      }
    }
    lite.close();
    copy.cleanup();
    log(parity.length ? `pg-search: DIFFERENT from SQLite: ${parity.join(', ')}` : 'pg-search: the best 20 of every query equal SQLite’s');

    if (process.env.INCIDENT_BENCH_EXPLAIN) {
      // The plan of each kind's statement for one query (set INCIDENT_BENCH_EXPLAIN to the query).
      const cells = sql.cells.bind(sql);
      sql.cells = async (text, params) => {
        const plan = await sql.all(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, params);
        log(plan.map((p) => p['QUERY PLAN']).join('\n'));
        return cells(text, params);
      };
      await lib.search(sql, process.env.INCIDENT_BENCH_EXPLAIN, LIMIT);
      sql.cells = cells;
    }

    // In process: the search alone, on an open connection.
    const inProcess = {};
    const matches = {};
    for (const q of QUERIES) {
      const times = [];
      for (let i = 0; i < runs + 2; i++) {
        const t = performance.now();
        await lib.search(sql, q, LIMIT);
        if (i >= 2) times.push(performance.now() - t);
      }
      inProcess[q] = { median: median(times), min: Math.min(...times) };
      const m = tools.toPgMatch(tools.parseQuery(q), {});
      matches[q] = m ? (await store.best('incident', m, Infinity)).length : 0;
    }
    await sql.close();

    // Whole processes against the floor: what a user waits for.
    const script = join(work, 'run.mjs');
    writeFileSync(
      script,
      `globalThis.navigator ??= { userAgent: 'node' }; // pg's Cloudflare probe skipped, as in the bundled CLI (shared/NOTES)
       const { connect, search } = await import(${JSON.stringify(pathToFileURL(searchFile).href)});
       const sql = await connect(process.env.URL);
       const hits = await search(sql, process.env.Q, ${LIMIT});
       process.stdout.write(hits.map((h) => h.doc.ref).join(' ') + '\\n');
       await sql.close();`,
    );
    const cases = QUERIES.map((q) => ({ name: `search ${q}`, argv: [process.execPath, script], env: { PATH: process.env.PATH, URL: url, Q: q } }));
    const { floor, results } = compare(cases, { runs });
    rows.push({ suite: name, size, name: 'node -e 0 (floor)', median: floor, floor, ratio: 1, target: null, ok: null });
    results.slice(1).forEach((r, i) => {
      const q = QUERIES[i];
      const ok = r.median <= floor + BUDGET_MS;
      rows.push({
        suite: name, size, name: `${r.name} (${matches[q].toLocaleString('en')} incident matches; search alone: median ${inProcess[q].median.toFixed(1)} ms, fastest ${inProcess[q].min.toFixed(1)} ms)`,
        median: r.median, floor, ratio: r.ratio, target: `≤ floor + ${BUDGET_MS} ms`, ok,
      });
    });
    rows.push({ suite: name, size, name: 'index built (rebuildSearchIndex)', median: indexSeconds * 1000, floor: null, ratio: null, target: null, ok: null });
    rows.push({ suite: name, size, name: `best ${LIMIT} equal SQLite's, every query`, median: 0, shown: parity.length ? `no: ${parity.length}` : 'yes', floor: null, ratio: null, target: 'yes', ok: parity.length === 0 });
  } finally {
    cluster.stop();
    rmSync(work, { recursive: true, force: true });
  }
  return rows;
}

// Run alone: `node bench/pg-search.mjs [--size N] [--runs N]`.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { size: { type: 'string', default: '100000' }, runs: { type: 'string', default: '11' } } });
  const rows = await run({ size: Number(values.size), runs: Number(values.runs) });
  for (const r of rows) {
    const time = r.shown ?? (r.median >= 1000 ? `${(r.median / 1000).toFixed(1)} s` : `${r.median.toFixed(1)} ms`);
    const vs = r.floor == null ? '' : ` (floor ${r.floor.toFixed(1)} ms, +${(r.median - r.floor).toFixed(1)} ms)`;
    console.log(`${r.name}: ${time}${vs}${r.ok == null ? '' : r.ok ? ' ok' : ' MISSED'}`);
  }
}
