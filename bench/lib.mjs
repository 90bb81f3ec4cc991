// Shared helpers for `npm run bench` suites: generated databases (cached by size and schema
// version) and whole-process timings with `node -e 0` measured in the same run as the floor.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { build } from 'esbuild';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const BIN = join(ROOT, 'bin', 'incident.js');
export const DATA = join(ROOT, 'bench', '.data');

/**
 * The SQL functions the search-index triggers call (src/store/sqlite/search-index.ts#registerSearchFunctions),
 * bundled from the same source the CLI uses: every connection that inserts rows needs them.
 */
const searchModule = await build({
  entryPoints: [join(ROOT, 'src/store/sqlite/search-index.ts')], bundle: true, write: false, format: 'esm', platform: 'node', external: ['better-sqlite3'], logLevel: 'silent',
});
export const { registerSearchFunctions } = await import(`data:text/javascript;base64,${Buffer.from(searchModule.outputFiles[0].text).toString('base64')}`);

/** A connection for generating data: the index triggers work on it. */
export function openForWriting(path) {
  const db = new Database(path);
  registerSearchFunctions(db);
  return db;
}

/** The environment every timed run gets: no TTY, fixed language, fixed clock (as cron would). */
export function benchEnv(db, extra = {}) {
  return {
    PATH: process.env.PATH,
    HOME: tmpdir(),
    INCIDENT_DB: db,
    INCIDENT_ACTOR: 'bench',
    INCIDENT_NOW: '2026-11-23T09:00:00Z',
    LANG: 'C',
    TZ: 'UTC',
    ...extra,
  };
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** One whole-process run: wall time in ms. Throws if the command fails (a fast failure is no result). */
export function timeOnce(argv, env) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(argv[0], argv.slice(1), { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${argv.slice(1).join(' ')} exited ${r.status}: ${r.stderr?.trim().slice(0, 500)}`);
  return ms;
}

export const FLOOR = { name: 'node -e 0 (floor)', argv: [process.execPath, '-e', '0'] };

/** argv for the built CLI. */
export const cli = (...args) => [process.execPath, BIN, ...args];

/**
 * Times each case `runs` times, interleaved round-robin with the floor so that load from other users
 * of the machine falls on all of them alike. Answers { floor, results: [{ name, median, ratio, target, ok }] }.
 * A case: { name, argv, env?, target? (max ratio to the floor), before?(i) (untimed set-up per run) }.
 */
export function compare(cases, { runs = 21, warmup = 2, env = {} } = {}) {
  const all = [FLOOR, ...cases];
  const times = all.map(() => []);
  for (let i = 0; i < warmup + runs; i++) {
    all.forEach((c, k) => {
      c.before?.(i);
      const ms = timeOnce(c.argv, { ...env, ...c.env });
      if (i >= warmup) times[k].push(ms);
    });
  }
  const floor = median(times[0]);
  const results = all.map((c, k) => {
    const m = median(times[k]);
    const ratio = m / floor;
    return { name: c.name, median: m, ratio, target: c.target ?? null, ok: c.target == null ? null : ratio <= c.target };
  });
  return { floor, results };
}

/**
 * One whole-process run with its peak memory: { ms, maxRssMiB } (maxRssMiB null where GNU time is
 * missing). For targets such as "import of 1M incidents ≤ 60 s with peak memory ≤ 300 MiB".
 */
export function measure(argv, env) {
  const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
  const full = gnuTime ? [gnuTime, '-f', '@@maxrss=%M', ...argv] : argv;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(full[0], full.slice(1), { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const m = /@@maxrss=(\d+)/.exec(r.stderr ?? '');
  if (r.status !== 0) throw new Error(`${argv.slice(1).join(' ')} exited ${r.status}: ${r.stderr?.replace(/@@maxrss=\d+/, '').trim().slice(0, 500)}`);
  return { ms, maxRssMiB: m ? Number(m[1]) / 1024 : null, stdout: r.stdout };
}

/** Times an arbitrary function (e.g. one long command) once: ms. */
export function timeCall(fn) {
  const t0 = process.hrtime.bigint();
  const value = fn();
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, value };
}

// ---- generated data ---------------------------------------------------------------------------

/** A deterministic pseudo-random generator (mulberry32), so every machine builds the same data. */
export function rng(seed = 42) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (r, xs) => xs[Math.floor(r() * xs.length)];

const SERVICES = ['VPN', 'Exchange', 'Teams', 'SharePoint', 'ファイルサーバー', '基幹システム', '勤怠システム', 'Wi-Fi', 'プリンター', 'Active Directory', 'Salesforce', 'Box', 'Zoom', 'Okta', '経費精算'];
const CATEGORIES = ['network', 'mail', 'account', 'security', 'hardware', 'software', 'printer', 'storage'];
const TEAMS = ['infra', 'helpdesk', 'network', 'security', 'apps', 'MSP'];
const PEOPLE = ['tanaka', 'suzuki', 'sato', 'takahashi', 'watanabe', 'ito', 'yamamoto', 'nakamura', 'kobayashi', 'kato', 'yoshida', 'yamada', 'sasaki', 'matsumoto', 'inoue'];
const JA = [
  '{s} に接続できない',
  '{s} でログインできない',
  '{s} が遅い',
  '{s} の証明書の期限切れ',
  '{s} で障害が発生',
  '{s} のパスワードをリセットしたい',
  'ノートPCの紛失({s} のアカウント停止)',
  '{s} のエラーで業務が止まっている',
  '{s} へのアクセス権限がない',
  '{s} の同期が失敗する',
];
const EN = [
  'Cannot connect to {s}',
  '{s} login fails with error 0x{n}',
  '{s} is slow for the sales floor',
  'Certificate expired on {s}',
  'Disk full on {s} server',
  '{s} outage reported by monitoring',
  'Password reset request for {s}',
  '{s} sync keeps failing',
];
const DESCRIPTIONS = [
  '営業部の複数名から報告。再起動しても改善しない。',
  'Reported by the help desk after several calls this morning.',
  '監視からアラート。CPU 使用率が 95% を超えている。',
  'User sees error 0x80070005 when opening the app.',
  '本社 3F の全員が影響を受けている。',
  null,
];
const RESOLUTIONS = ['再起動で復旧', 'Renewed the certificate and restarted the service', 'パスワードをリセットした', 'Vendor applied a patch', '設定を元に戻した', 'Cleared the cache and re-synced'];
// Roughly the mix of a team's database after a few years: most incidents are closed.
const STATUS_MIX = [
  ['closed', 0.82],
  ['cancelled', 0.04],
  ['resolved', 0.05],
  ['open', 0.02],
  ['classified', 0.03],
  ['escalated', 0.02],
  ['on_hold', 0.02],
];
const LEVELS = ['high', 'medium', 'low'];
const MATRIX = { high: { high: 'P1', medium: 'P2', low: 'P3' }, medium: { high: 'P2', medium: 'P3', low: 'P4' }, low: { high: 'P3', medium: 'P4', low: 'P5' } };

function pickStatus(r) {
  let x = r();
  for (const [s, p] of STATUS_MIX) {
    if ((x -= p) < 0) return s;
  }
  return 'closed';
}

/** Creates an empty database with the current schema by running the built CLI once (`db migrate`: reading commands never create one); answers its version. */
function createEmpty(path) {
  rmSync(path, { force: true });
  const r = spawnSync(process.execPath, [BIN, 'db', 'migrate', '--db', path], { env: benchEnv(path), encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`could not create a database: ${r.stderr}`);
  const db = new Database(path);
  const version = db.pragma('user_version', { simple: true });
  db.close();
  return version;
}

/** The schema version the built CLI creates (cache key). */
export function schemaVersion() {
  mkdirSync(DATA, { recursive: true });
  const probe = join(DATA, `probe-${process.pid}.db`);
  try {
    return createEmpty(probe);
  } finally {
    for (const s of ['', '-wal', '-shm']) rmSync(probe + s, { force: true });
  }
}

/** JSON with every object's keys sorted and no spaces. */
const sortedJson = (v) =>
  Array.isArray(v)
    ? `[${v.map(sortedJson).join(',')}]`
    : v !== null && typeof v === 'object'
      ? `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${sortedJson(v[k])}`).join(',')}}`
      : JSON.stringify(v);

/** An event's hash by the documented rule: its non-null fields, `ref` and `prev` (absent for the first). */
function chainHash(event, ref, prev) {
  const content = { ref };
  for (const [k, v] of Object.entries(event)) if (v !== null && v !== undefined) content[k] = v;
  if (prev !== null) content.prev = prev;
  return createHash('sha256').update(sortedJson(content), 'utf8').digest('hex');
}

/**
 * A database with `incidents` incidents (a few timeline events each) and `knowledge` knowledge
 * entries, built with direct batch inserts and cached under bench/.data/ by size and schema version.
 * Answers the cached path: copy it before timing commands that write.
 */
export function generatedDatabase({ incidents = 100_000, knowledge = 0, seed = 42, log = console.error } = {}) {
  const version = schemaVersion();
  const path = join(DATA, `incidents-${incidents}-kb${knowledge}-v${version}.db`);
  if (existsSync(path)) return path;
  log(`generating ${incidents.toLocaleString('en')} incidents and ${knowledge.toLocaleString('en')} knowledge entries → ${path}`);
  const tmp = `${path}.tmp`;
  createEmpty(tmp);
  const t0 = Date.now();
  const db = openForWriting(tmp);
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -200000');
  const r = rng(seed);
  const insertIncident = db.prepare(`INSERT INTO incidents (id, title, description, status, held_from, resolved_from, impact, urgency, priority,
      category, service, source, reporter, assignee, team, escalation_level, tags, detected_at, opened_at, classified_at, escalated_at,
      resolved_at, closed_at, response_due_at, resolve_due_at, hold_started_at, resolution, resolution_code, created_by, updated_at, version)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertEventRow = db.prepare('INSERT INTO events (incident_id, at, actor, kind, from_value, to_value, note, data, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  // Each event chained to the one before it, as the product writes them (docs/export-import.md, "Hash
  // chain"): an export of this database imports again. An incident's events are inserted together.
  let chainOf = 0;
  let prev = null;
  const insertEvent = { run: (incidentId, at, actor, kind, from, to, note, data) => {
    if (incidentId !== chainOf) [chainOf, prev] = [incidentId, null];
    prev = chainHash({ at, actor, kind, from, to, note, data: data === null ? null : JSON.parse(data) }, `INC-${incidentId}`, prev);
    insertEventRow.run(incidentId, at, actor, kind, from, to, note, data, prev);
  } };
  const insertKb = db.prepare(`INSERT INTO knowledge (id, title, symptoms, cause, resolution, workaround, category, service, tags, status,
      created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  // Spread over five years up to the bench clock.
  const end = Date.parse('2026-11-23T09:00:00Z');
  const span = 5 * 365 * 86400_000;
  const iso = (ms) => new Date(ms).toISOString();
  const batch = 20_000;
  for (let start = 1; start <= incidents; start += batch) {
    db.transaction(() => {
      for (let id = start; id < Math.min(start + batch, incidents + 1); id++) {
        const service = pick(r, SERVICES);
        const title = (r() < 0.6 ? pick(r, JA) : pick(r, EN)).replace('{s}', service).replace('{n}', Math.floor(r() * 0xffff).toString(16));
        const status = pickStatus(r);
        const opened = end - span + Math.floor((id / incidents) * span) - Math.floor(r() * 3600_000);
        const impact = pick(r, LEVELS);
        const urgency = pick(r, LEVELS);
        const classifiedStatus = status !== 'open';
        const priority = classifiedStatus ? MATRIX[impact][urgency] : null;
        const assignee = pick(r, PEOPLE);
        const classifiedAt = classifiedStatus ? opened + 600_000 : null;
        const escalated = status === 'escalated' || r() < 0.1;
        const resolved = ['resolved', 'closed'].includes(status);
        const resolvedAt = resolved ? opened + Math.floor(r() * 3 * 86400_000) + 1800_000 : null;
        const closedAt = status === 'closed' ? resolvedAt + 3 * 86400_000 : status === 'cancelled' ? opened + 3600_000 : null;
        const resolution = resolved ? pick(r, RESOLUTIONS) : null;
        insertIncident.run(
          id, title, pick(r, DESCRIPTIONS), status,
          status === 'on_hold' ? 'classified' : null, resolved ? 'classified' : null,
          classifiedStatus ? impact : null, classifiedStatus ? urgency : null, priority,
          pick(r, CATEGORIES), service, pick(r, ['user', 'monitoring', 'staff', 'vendor']), null, assignee, pick(r, TEAMS),
          escalated && classifiedStatus ? 1 : 0, JSON.stringify(r() < 0.3 ? [service.toLowerCase()] : []),
          iso(opened - 300_000), iso(opened), classifiedAt && iso(classifiedAt), escalated && classifiedStatus ? iso(opened + 1200_000) : null,
          resolvedAt && iso(resolvedAt), closedAt && iso(closedAt),
          iso(opened + 1800_000), iso(opened + 8 * 3600_000), status === 'on_hold' ? iso(opened + 3600_000) : null,
          resolution, resolved ? pick(r, ['fixed', 'fixed', 'workaround', 'vendor', 'user-error']) : null,
          assignee, iso(closedAt ?? resolvedAt ?? classifiedAt ?? opened), 1,
        );
        insertEvent.run(id, iso(opened), assignee, 'opened', null, 'open', title, null);
        if (classifiedAt) insertEvent.run(id, iso(classifiedAt), assignee, 'classified', 'open', 'classified', null, JSON.stringify({ priority }));
        if (r() < 0.4) insertEvent.run(id, iso(opened + 900_000), assignee, 'noted', null, null, pick(r, DESCRIPTIONS) ?? '確認中', null);
        if (resolvedAt) insertEvent.run(id, iso(resolvedAt), assignee, 'resolved', 'classified', 'resolved', resolution, null);
        if (status === 'closed') insertEvent.run(id, iso(closedAt), assignee, 'closed', 'resolved', 'closed', null, null);
        if (status === 'cancelled') insertEvent.run(id, iso(closedAt), assignee, 'cancelled', 'open', 'cancelled', '重複', null);
      }
    })();
  }
  for (let start = 1; start <= knowledge; start += batch) {
    db.transaction(() => {
      for (let id = start; id < Math.min(start + batch, knowledge + 1); id++) {
        const service = pick(r, SERVICES);
        const title = (r() < 0.6 ? pick(r, JA) : pick(r, EN)).replace('{s}', service).replace('{n}', Math.floor(r() * 0xffff).toString(16));
        const at = iso(end - Math.floor(r() * span));
        insertKb.run(id, title, pick(r, DESCRIPTIONS), null, pick(r, RESOLUTIONS), null, pick(r, CATEGORIES), service, '[]',
          r() < 0.8 ? 'published' : r() < 0.5 ? 'draft' : 'retired', pick(r, PEOPLE), at, at);
      }
    })();
  }
  db.exec('ANALYZE');
  db.pragma('journal_mode = WAL');
  db.close();
  renameSync(tmp, path);
  log(`generated in ${((Date.now() - t0) / 1000).toFixed(1)} s (${(statSync(path).size / 2 ** 20).toFixed(0)} MiB)`);
  return path;
}

/** A private copy of a cached database, for commands that write. */
export function workingCopy(path, name = 'work') {
  const dir = join(tmpdir(), `incident-bench-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const target = join(dir, `${name}.db`);
  for (const s of ['-wal', '-shm']) rmSync(target + s, { force: true });
  copyFileSync(path, target);
  return { path: target, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** What the results were measured on, for docs/performance.md. */
export function machine() {
  const c = cpus();
  const load = loadavg().map((x) => x.toFixed(2)).join(' ');
  return `${c[0]?.model?.trim() ?? 'unknown CPU'} × ${c.length} (nproc), ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}, ${process.platform}, load average ${load}`;
}

/** A results row for the summary table. */
export function row(suite, size, r, floor) {
  return { suite, size, name: r.name, median: r.median, floor, ratio: r.ratio, target: r.target, ok: r.ok };
}
