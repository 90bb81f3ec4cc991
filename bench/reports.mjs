// Benchmarks of reports and export/import at scale (SPEC §13): `report mttr` over N incidents ≤ 2 s,
// `import` of N incidents ≤ 60 s with peak memory ≤ 300 MiB. Whole-process runs of the built CLI,
// with `node -e 0` timed in the same run as the floor.
//
//   node bench/reports.mjs [--size 1000000] [--runs 3]
//
// The database is generated once per size into bench/.data/ (directly with better-sqlite3: the
// CLI would take hours to open a million incidents one by one) and reused by later runs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'incident.js');
const data = join(root, 'bench', '.data');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const size = arg('size', 1_000_000);
const runs = arg('runs', 3);
mkdirSync(data, { recursive: true });

// ---- data ---------------------------------------------------------------------------------------

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generate(path, n) {
  rmSync(path, { force: true });
  // The CLI creates the schema (all migrations), so the data matches what it expects.
  const r = spawnSync(process.execPath, [bin, 'list', '--db', path], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const cols = db.prepare('PRAGMA table_info(incidents)').all().map((c) => c.name);
  const fields = ['id', 'title', 'description', 'status', 'impact', 'urgency', 'priority', 'category', 'service', 'assignee', 'team',
    'detected_at', 'opened_at', 'classified_at', 'resolved_at', 'closed_at', 'response_due_at', 'resolve_due_at', 'held_seconds',
    'resolution', 'resolution_code', 'created_by', 'updated_at', 'hold_started_at', 'held_from', 'resolved_from', 'monitor_until'];
  for (const f of fields) if (!cols.includes(f)) throw new Error(`no column ${f}`);
  const insert = db.prepare(`INSERT INTO incidents (${fields.join(', ')}) VALUES (${fields.map(() => '?').join(', ')})`);
  const event = db.prepare('INSERT INTO events (incident_id, at, actor, kind, from_value, to_value, note, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const rand = rng(42);
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const titles = ['VPN に接続できない', 'メールが送信できない', 'Printer offline on floor 3', '共有フォルダにアクセスできない', 'パスワードを忘れた', 'Disk full on mail01'];
  const levels = ['high', 'medium', 'low'];
  const matrix = { high: { high: 'P1', medium: 'P2', low: 'P3' }, medium: { high: 'P2', medium: 'P3', low: 'P4' }, low: { high: 'P3', medium: 'P4', low: 'P5' } };
  const sla = { P1: [900, 14400], P2: [1800, 28800], P3: [14400, 259200], P4: [86400, 432000], P5: [null, null] };
  const start = Date.parse('2023-01-01T00:00:00Z');
  const span = Date.parse('2026-11-01T00:00:00Z') - start;
  const iso = (ms) => new Date(ms).toISOString();
  const people = ['tanaka', 'sato', 'suzuki', 'takahashi', 'ito', 'watanabe', 'yamamoto', 'nakamura'];
  db.transaction(() => {
    for (let id = 1; id <= n; id++) {
      const opened = start + Math.floor((span * id) / n);
      const impact = pick(levels);
      const urgency = pick(levels);
      const priority = matrix[impact][urgency];
      let t = opened;
      const events = [[iso(t), 'opened', null, 'open', null]];
      let status = 'open';
      let classified = null;
      let resolved = null;
      let closed = null;
      let held = 0;
      if (rand() < 0.9) {
        t += Math.floor(rand() * 7200_000);
        classified = iso(t);
        status = 'classified';
        events.push([classified, 'classified', 'open', 'classified', null]);
        if (rand() < 0.15) {
          t += Math.floor(rand() * 3600_000);
          events.push([iso(t), 'held', 'classified', 'on_hold', '回答待ち']);
          const h = Math.floor(rand() * 86400);
          t += h * 1000;
          held = h;
          events.push([iso(t), 'resumed', 'on_hold', 'classified', null]);
        }
      }
      if (rand() < 0.8) {
        t += Math.floor(rand() * 2 * 86400_000);
        resolved = iso(t);
        events.push([resolved, 'resolved', status, 'resolved', '再起動で復旧']);
        status = 'resolved';
        if (rand() < 0.7) {
          t += 3 * 86400_000;
          closed = iso(t);
          events.push([closed, 'closed', 'resolved', 'closed', null]);
          status = 'closed';
        }
      }
      const [resp, resol] = sla[priority];
      insert.run(id, pick(titles), null, status, impact, urgency, priority, pick(['network', 'mail', 'account', 'hardware']), pick(['VPN', 'Mail', 'Files']),
        pick(people), pick(['helpdesk', 'infra']), iso(opened), iso(opened), classified, resolved, closed,
        resp === null ? null : iso(opened + (resp + held) * 1000), resol === null ? null : iso(opened + (resol + held) * 1000), held,
        resolved ? '再起動で復旧' : null, resolved ? 'fixed' : null, 'bench', iso(t), null, null, resolved ? 'classified' : null,
        resolved ? iso(Date.parse(resolved) + 3 * 86400_000) : null);
      for (const [at, kind, from, to, note] of events) event.run(id, at, 'bench', kind, from, to, note, kind === 'classified' ? JSON.stringify({ priority }) : null);
    }
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}

// ---- measuring ----------------------------------------------------------------------------------

/** Runs the CLI under /usr/bin/time -v: wall seconds and peak resident memory (MiB). */
function measure(args, { input, output } = {}) {
  const shell = `${output ? `exec > '${output}'; ` : 'exec > /dev/null; '}${input ? `exec < '${input}'; ` : ''}exec /usr/bin/time -v '${process.execPath}' ${args.map((a) => `'${a}'`).join(' ')}`;
  const t0 = process.hrtime.bigint();
  const r = spawnSync('sh', ['-c', shell], { encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, INCIDENT_ACTOR: 'bench' } });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr.slice(0, 2000)}`);
  const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1] ?? NaN);
  return { seconds, peakMiB: kb / 1024 };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const db = join(data, `reports-${size}.db`);
if (!existsSync(db)) {
  const t0 = Date.now();
  process.stderr.write(`generating ${size} incidents with timelines into ${db} …\n`);
  generate(db, size);
  process.stderr.write(`generated in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
}

const results = [];
const floor = median(Array.from({ length: runs }, () => measure(['-e', '0']).seconds));
results.push({ what: 'node -e 0 (floor)', seconds: floor });
const mttr = Array.from({ length: runs }, () => measure([bin, 'report', 'mttr', '--db', db, '--json']));
results.push({ what: `report mttr (${size})`, seconds: median(mttr.map((m) => m.seconds)), peakMiB: Math.max(...mttr.map((m) => m.peakMiB)), limit: 2 });
const file = join(data, `export-${size}.jsonl`);
const exp = measure([bin, 'export', '--db', db], { output: file });
results.push({ what: `export (${size})`, ...exp, fileMiB: statSync(file).size / 2 ** 20 });
const target = join(data, `import-${size}.db`);
for (const f of [target, `${target}-wal`, `${target}-shm`]) rmSync(f, { force: true });
const imp = measure([bin, 'import', '-', '--db', target], { input: file });
results.push({ what: `import (${size})`, ...imp, limit: 60, memoryLimit: 300 });
rmSync(file, { force: true });
for (const f of [target, `${target}-wal`, `${target}-shm`]) rmSync(f, { force: true });

let failed = false;
console.log(`machine: ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}), node ${process.version}`);
for (const r of results) {
  const over = (r.limit && r.seconds > r.limit) || (r.memoryLimit && r.peakMiB > r.memoryLimit);
  failed ||= !!over;
  console.log(
    `${r.what.padEnd(28)} ${r.seconds.toFixed(2).padStart(7)} s` +
      (r.peakMiB ? `  peak ${r.peakMiB.toFixed(0).padStart(4)} MiB` : '') +
      (r.fileMiB ? `  file ${r.fileMiB.toFixed(0)} MiB` : '') +
      (r.limit ? `  (limit ${r.limit} s${r.memoryLimit ? `, ${r.memoryLimit} MiB` : ''}) ${over ? 'FAIL' : 'ok'}` : ''),
  );
}
process.exitCode = failed ? 1 : 0;
