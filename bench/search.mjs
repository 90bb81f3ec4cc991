// Search benchmark (SPEC §13): `incident search` on 10k and 1M incidents + knowledge entries, timed as
// whole-process runs of the built CLI against `node -e 0` in the same run.
//
//   node bench/search.mjs                 # 10k incidents + 1k entries, and 1M + 100k (slow to generate once)
//   node bench/search.mjs --sizes 10000   # only the small one
//   node bench/search.mjs --runs 9        # runs per query (median)
//
// Databases are generated once into bench/.data/ (directly with better-sqlite3, in batches inside
// transactions, with the index triggers live, as the CLI itself would write them) and reused.
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = join(root, 'bench', '.data');
const bin = join(root, 'bin', 'incident.js');

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : process.argv[i + 1];
};
const sizes = arg('sizes', '10000,1000000').split(',').map(Number);
const runs = Number(arg('runs', 7));

// The index's SQL function, from the same source the CLI uses.
const bundled = await build({ entryPoints: [join(root, 'src/core/normalize.ts')], bundle: true, write: false, format: 'esm', platform: 'node' });
const { indexText } = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);

// ---- data ------------------------------------------------------------------------------------------
let seed = 42;
const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const pick = (xs) => xs[Math.floor(rnd() * xs.length)];

const SERVICES = ['VPN', 'Exchange', 'Teams', '基幹システム', '勤怠システム', 'ファイルサーバー', 'プリンタ', 'Wi-Fi', 'Salesforce', '経費精算', 'SharePoint', 'Active Directory', '販売管理', 'Box', 'Zoom'];
const DEVICES = ['ノートPC', 'USBメモリ', 'スマートフォン', '社員証', 'モニター', 'ヘッドセット', 'タブレット'];
const DEPTS = ['営業部', '総務部', '経理部', '人事部', '開発部', '物流センター', '大阪支店', '名古屋支店', 'コールセンター'];
const JA_TITLES = [
  (s) => `${s}に接続できない`,
  (s) => `${s}で障害が発生`,
  (_s, d) => `${d}を紛失した`,
  (s) => `${s}の証明書の期限切れ`,
  (s) => `${s}にログインできない`,
  (_s, d) => `${d}が起動しない`,
  (s) => `${s}の応答が遅い`,
  () => 'メールが送信できない',
  (s) => `${s}でエラーが表示される`,
  () => 'パスワードを忘れた',
  (s) => `${s}のライセンス認証エラー`,
  () => '不審なメールの添付ファイルを開いた',
];
const EN_TITLES = [
  (s) => `Cannot connect to ${s}`,
  (s) => `${s} outage reported by users`,
  (s) => `Login failure on ${s}`,
  (s) => `${s} certificate expired`,
  (_s, d) => `Lost ${d === 'USBメモリ' ? 'USB stick' : 'laptop'}`,
  () => 'Printer offline on 3rd floor',
  (s) => `${s} is very slow`,
  () => 'Suspicious email attachment',
];
const JA_SENTENCES = [
  (s, d, dept) => `${dept}の利用者から電話で報告あり。`,
  (s) => `${s}の画面でエラーコード ${Math.floor(rnd() * 9000 + 1000)} が表示される。`,
  () => '朝から複数の社員が同じ症状を訴えている。',
  (s, d) => `${d}は先週交換したばかり。`,
  () => '再起動しても改善しない。',
  (s) => `${s}のサーバー側のログを確認中。`,
  () => '在宅勤務の社員のみ影響。',
  () => '影響範囲は調査中。',
  () => '午前 9 時頃から発生。',
];
const EN_SENTENCES = [
  (s, d, dept) => `Reported by phone from ${dept}.`,
  (s) => `${s} shows error ${Math.floor(rnd() * 9000 + 1000)} after sign-in.`,
  () => 'Several users see the same problem since this morning.',
  () => 'Restarting did not help.',
  () => 'Only remote workers are affected.',
];
const JA_FIX = ['再起動で復旧', '証明書を再発行して解決', 'ベンダーが修正パッチを適用', '設定を初期化して再登録', 'アカウントのロックを解除', '遠隔ロックを実行し、遺失届を提出', 'ドライバを再インストール', '回線業者の障害。復旧を確認'];
const EN_FIX = ['Restarted the service', 'Renewed the certificate', 'Vendor applied a fix', 'Reset the password and unlocked the account', 'Reinstalled the client'];
const STATUSES = ['closed', 'closed', 'closed', 'closed', 'closed', 'closed', 'resolved', 'open', 'classified', 'escalated', 'cancelled'];

function incident(i, n) {
  const en = rnd() < 0.3;
  const s = pick(SERVICES);
  const d = pick(DEVICES);
  const dept = pick(DEPTS);
  const title = pick(en ? EN_TITLES : JA_TITLES)(s, d);
  const sentences = en ? EN_SENTENCES : JA_SENTENCES;
  const description = [0, 1, 2].map(() => pick(sentences)(s, d, dept)).join(en ? ' ' : '');
  const status = i > n - 200 ? pick(['open', 'classified']) : pick(STATUSES);
  const done = status === 'closed' || status === 'resolved';
  const at = new Date(Date.UTC(2020, 0, 1) + (i / n) * 6 * 365 * 86400e3).toISOString();
  return { title, description, status, category: pick(['network', 'account', 'mail', 'hardware', 'security', 'software']), service: s, scope: en ? null : `${dept} ${Math.floor(rnd() * 50 + 1)} 名`, resolution: done ? pick(en ? EN_FIX : JA_FIX) : null, at };
}

function generate(file, n, kbN) {
  rmSync(file, { force: true });
  // Create the schema through the CLI, so the migrations (and the index design) are the product's own.
  const r = spawnSync(process.execPath, [bin, 'list', '--db', file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  db.function('incident_tokens', { deterministic: true, varargs: true }, (...p) => indexText(...p.map((x) => (x == null ? null : String(x)))));
  const ins = db.prepare(`INSERT INTO incidents (id, title, description, status, category, service, scope, resolution, resolution_code, detected_at, opened_at, resolved_at, created_by, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'bench', ?)`);
  const note = db.prepare(`INSERT INTO events (incident_id, at, actor, kind, note) VALUES (?, ?, 'bench', 'noted', ?)`);
  const kb = db.prepare(`INSERT INTO knowledge (id, title, symptoms, cause, resolution, category, service, status, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'bench', ?, ?)`);
  const started = Date.now();
  const batch = 20000;
  for (let from = 1; from <= n; from += batch) {
    db.transaction(() => {
      for (let i = from; i < Math.min(from + batch, n + 1); i++) {
        const x = incident(i, n);
        ins.run(i, x.title, x.description, x.status, x.category, x.service, x.scope, x.resolution, x.resolution ? 'fixed' : null, x.at, x.at, x.resolution ? x.at : null, x.at);
        if (rnd() < 0.05) note.run(i, x.at, pick([...JA_SENTENCES, ...EN_SENTENCES])('VPN', 'ノートPC', '総務部'));
      }
    })();
    process.stderr.write(`\r  ${file}: ${Math.min(from + batch - 1, n)} incidents (${Math.round((Date.now() - started) / 1000)} s)`);
  }
  db.transaction(() => {
    for (let i = 1; i <= kbN; i++) {
      const x = incident(i, kbN);
      kb.run(i, x.title, x.description, pick(['証明書の期限切れ', 'Expired certificate', '設定の誤り', 'ネットワーク機器の故障', null]), pick([...JA_FIX, ...EN_FIX]), x.category, x.service, pick(['published', 'published', 'draft', 'retired']), x.at, x.at);
    }
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  process.stderr.write(`\r  ${file}: ${n} incidents + ${kbN} entries in ${Math.round((Date.now() - started) / 1000)} s, ${Math.round(statSync(file).size / 1048576)} MiB\n`);
}

// ---- timing ----------------------------------------------------------------------------------------
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function once(args) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
  if (r.status !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
  return Number(process.hrtime.bigint() - t) / 1e6;
}
/**
 * Runs every command once per round, `runs` rounds: on a shared machine a burst of load then hits
 * the floor and the queries alike instead of one query's runs. Median and fastest of each.
 */
function timeAll(commands) {
  const ms = commands.map(() => []);
  for (let r = 0; r < runs; r++) commands.forEach((args, i) => ms[i].push(once(args)));
  return ms.map((xs) => ({ median: median(xs), min: Math.min(...xs) }));
}

const QUERIES = ['VPN', '障害', '紛失', '証明', 'ログイン', '証明書の期限', 'VPN 接続', '"証明書の期限切れ"', 'login failure', 'プリンタ -遅い', 'title:ログイン', 'ＶＰＮ　接続', 'xyzzy', '障害 経理部 -VPN', '証'];

mkdirSync(dataDir, { recursive: true });
console.log(`machine: ${cpus().length} CPU (${cpus()[0]?.model ?? '?'}), node ${process.version}; median of ${runs} runs`);
const results = {};
for (const n of sizes) {
  const file = join(dataDir, `search-${n}.db`);
  if (!existsSync(file)) generate(file, n, Math.max(1000, n / 10));
  once([bin, 'search', 'VPN', '--db', file]); // warm the page cache
  const commands = [['-e', '0'], [bin, '--version'], ...QUERIES.map((q) => [bin, 'search', q, '--db', file])];
  const [floor, startup, ...timed] = timeAll(commands);
  const f = (x) => `${x.median.toFixed(1).padStart(7)} ms ${(x.median / floor.median).toFixed(2)}× (fastest ${x.min.toFixed(1)} ms ${(x.min / floor.min).toFixed(2)}×)`;
  console.log(`\n${n} incidents + ${Math.max(1000, n / 10)} knowledge entries (${Math.round(statSync(file).size / 1048576)} MiB)`);
  console.log(`  ${f(floor)}  node -e 0`);
  console.log(`  ${f(startup)}  incident --version (CLI start-up, no database)`);
  results[n] = {};
  QUERIES.forEach((q, i) => {
    results[n][q] = timed[i].median;
    console.log(`  ${f(timed[i])}  search ${q}`);
  });
}
if (sizes.length > 1) {
  const [a, b] = [sizes[0], sizes[sizes.length - 1]];
  console.log(`\n${b} vs ${a}:`);
  for (const q of QUERIES) console.log(`  ${(results[b][q] / results[a][q]).toFixed(2)}×  ${q}`);
}
