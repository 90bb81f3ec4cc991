// Commands on PostgreSQL (SPEC §13, §15): the built CLI as whole processes against a throw-away
// server over a Unix socket holding N incidents + N/10 knowledge entries; every command ≤ the
// `node -e 0` floor (timed in the same run) + 40 ms.
//
// The records are the SQLite suites' own (lib.mjs#generatedDatabase), moved to the server by the
// product's `incident db copy --to`, so the schema, the search index and the totals are what a
// team that moved its file has. Commands that write (open, note, check) write into that database:
// the first runs are warm-ups, so check's one-time breach records are not timed.
//
//   npm run bench -- --backend pg [--size 10000]     (with pg-search.mjs, the search parity suite)
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { benchEnv, cli, compare, generatedDatabase, measure, ROOT } from './lib.mjs';

export const name = 'pg';
export const backends = ['pg'];

/** SPEC §13: on PostgreSQL over a Unix socket, the floor plus this. */
export const BUDGET_MS = 40;

/** The test suite's throw-away server (test/helpers/pg-cluster.ts), bundled for plain Node. */
export async function pgCluster() {
  const r = await build({
    stdin: { contents: "export { findPgBin, startCluster, pgUrl } from './test/helpers/pg-cluster.ts';", resolveDir: ROOT, loader: 'ts', sourcefile: 'bench-pg-cluster.ts' },
    bundle: true, write: false, format: 'esm', platform: 'node', logLevel: 'silent',
  });
  return import(`data:text/javascript;base64,${Buffer.from(r.outputFiles[0].text).toString('base64')}`);
}

export default async function run({ size, runs, log }) {
  const tools = await pgCluster();
  const bin = tools.findPgBin();
  if (!bin) {
    log('pg: PostgreSQL server programs are not installed: skipped');
    return [];
  }
  const source = generatedDatabase({ incidents: size, knowledge: Math.max(1000, size / 10), log });
  const cluster = tools.startCluster(bin);
  try {
    execFileSync(join(bin, 'createdb'), ['-h', cluster.socketDir, '-U', 'postgres', 'bench']);
    const url = tools.pgUrl(cluster.socketDir, 'bench');
    const copy = measure(cli('db', 'copy', '--db', source, '--to', url), benchEnv(source));
    log(`pg: ${size.toLocaleString('en')} incidents copied to the server (db copy --to) in ${(copy.ms / 1000).toFixed(1)} s`);
    // What autovacuum would do soon after a bulk load: planner statistics and the visibility map.
    execFileSync(join(bin, 'psql'), ['-X', '-q', '-h', cluster.socketDir, '-U', 'postgres', '-d', 'bench', '-c', 'VACUUM ANALYZE']);

    const env = benchEnv(url);
    const mid = String(Math.floor(size / 2));
    // An incident still being worked on (a closed one takes no notes), near the middle.
    const lite = new Database(source, { readonly: true });
    const near = String(lite.prepare("SELECT id FROM incidents WHERE status = 'classified' AND id > ? ORDER BY id LIMIT 1").pluck().get(Number(mid)));
    lite.close();
    // What any command pays before its own work, for reference (no target): the server's own
    // client, and a Node process that loads node-postgres, connects and asks `SELECT 1`.
    const driver = JSON.stringify(join(ROOT, 'node_modules', 'pg'));
    const references = [
      { name: 'psql -c "SELECT 1" (reference)', argv: [join(bin, 'psql'), '-X', '-q', '-h', cluster.socketDir, '-U', 'postgres', '-d', 'bench', '-c', 'SELECT 1'] },
      {
        name: 'node: load pg, connect, SELECT 1 (reference)',
        argv: [process.execPath, '-e', `const c = new (require(${driver}).Client)({ connectionString: process.env.INCIDENT_DB }); c.connect().then(() => c.query('SELECT 1')).then(() => c.end());`],
      },
    ];
    const cases = [
      ...references,
      { name: 'incident list', argv: cli('list') },
      { name: 'incident list --json', argv: cli('list', '--json') },
      { name: `incident show INC-${mid}`, argv: cli('show', mid) },
      { name: `incident show INC-${mid} --json`, argv: cli('show', mid, '--json') },
      { name: 'incident open', argv: cli('open', 'VPN に接続できない', '--impact', 'high', '--urgency', 'medium', '--category', 'network', '-q') },
      { name: `incident note INC-${near}`, argv: cli('note', near, '再起動後も同じ症状') },
      { name: 'incident search VPN', argv: cli('search', 'VPN') },
      { name: 'incident search 障害', argv: cli('search', '障害') },
      { name: 'incident search "VPN 接続"', argv: cli('search', 'VPN 接続') },
      { name: 'incident search xyzzy', argv: cli('search', 'xyzzy') },
      { name: 'incident search VPN --kb', argv: cli('search', 'VPN', '--kb') },
      { name: 'incident check', argv: cli('check') },
      { name: 'incident report mttr --json', argv: cli('report', 'mttr', '--json') },
      { name: 'incident kb list', argv: cli('kb', 'list') },
    ];
    const { floor, results } = compare(cases, { runs, env });
    const rows = [{ suite: name, size, name: 'node -e 0 (floor)', median: floor, floor, ratio: 1, target: null, ok: null }];
    for (const r of results.slice(1, 1 + references.length)) {
      rows.push({ suite: name, size, name: `${r.name} (+${(r.median - floor).toFixed(0)} ms)`, median: r.median, floor, ratio: r.ratio, target: null, ok: null });
    }
    for (const r of results.slice(1 + references.length)) {
      rows.push({
        suite: name, size, name: `${r.name} (+${(r.median - floor).toFixed(0)} ms)`, median: r.median, floor, ratio: r.ratio,
        target: `≤ floor + ${BUDGET_MS} ms`, ok: r.median <= floor + BUDGET_MS,
      });
    }
    rows.push({ suite: name, size, name: 'incident db copy --to (seeding, once)', median: copy.ms, floor: null, ratio: null, target: null, ok: null });
    return rows;
  } finally {
    cluster.stop();
  }
}
