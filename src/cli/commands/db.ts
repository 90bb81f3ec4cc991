import type { Command } from 'commander';
import { existsSync, realpathSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { storageError, usageError } from '../../core/errors.js';
import type { Runtime } from '../../io/runtime.js';
import { copyDatabases, initServerDatabase, inspectDatabase, isPgUrl, openDatabase, removeStaleBackups, shownTarget, storageError as toStorageError, type CheckResult, type Store } from '../../app/database.js';
import { grantLevel, parseLevel, revokeLevel } from '../../app/access.js';
import type { Context } from '../context.js';
import { action } from '../program.js';
import type { HelpTable } from '../help.js';

export interface BackupOptions {
  force?: boolean;
}

const size = (bytes: number) =>
  bytes >= 2 ** 30 ? `${(bytes / 2 ** 30).toFixed(1)} GiB` : bytes >= 2 ** 20 ? `${(bytes / 2 ** 20).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;

/** Where the database is, as it may be shown: a file's full path, a URL without its password. */
const where = (target: string) => (isPgUrl(target) ? shownTarget(target) : resolve(target));

/** Inspection opens the database as it is: no migration, nothing created (a missing one is exit 5). */
function inspect(ctx: Context): Promise<Store> {
  return inspectDatabase(ctx.dbPath());
}

export function runPath(ctx: Context): void {
  if (isPgUrl(ctx.dbPath())) {
    // Whether a server's database exists is the server's to say: the connection string is the answer.
    const url = shownTarget(ctx.dbPath());
    if (ctx.json) return ctx.printJson({ path: url, server: true });
    return ctx.print(url);
  }
  const path = resolve(ctx.dbPath());
  let exists: boolean;
  try {
    exists = statSync(path, { throwIfNoEntry: false }) !== undefined;
  } catch (e) {
    // A folder on the way that this user cannot look into: not "missing", but no permission (exit 5).
    throw toStorageError(e, path);
  }
  if (ctx.json) return ctx.printJson({ path, exists });
  ctx.print(path);
}

/** The first 12 hex digits of a hash: enough to tell two apart on a terminal (--json has them whole). */
const short = (hash: string) => `${hash.slice(0, 12)}…`;

export async function runCheck(ctx: Context): Promise<void> {
  const path = shownTarget(ctx.dbPath());
  const store = await inspect(ctx);
  try {
    const result: CheckResult = await store.check();
    if (ctx.json) ctx.printJson({ path: where(ctx.dbPath()), ...result });
    else {
      for (const line of result.integrity) ctx.rt.stderr.write(`${ctx.t('db.check.integrity', { line })}\n`);
      for (const f of result.foreignKeys) ctx.rt.stderr.write(`${ctx.t('db.check.foreignKey', { table: f.table, rowid: f.rowid ?? '—', parent: f.parent })}\n`);
      for (const f of result.fts) if (f.result !== 'ok') ctx.rt.stderr.write(`${ctx.t('db.check.fts', { table: f.table, result: f.result })}\n`);
      for (const l of result.problemLinks) ctx.rt.stderr.write(`${ctx.t('db.check.problemLink', l)}\n`);
      for (const b of result.chains.breaks) {
        const where = { ref: b.ref, position: b.position, id: b.eventId ?? '—' };
        const line = b.stored === null ? ctx.t('db.check.chainMissing', where) : ctx.t('db.check.chainBroken', { ...where, stored: short(b.stored), computed: short(b.computed) });
        ctx.rt.stderr.write(`${line}\n`);
      }
      const more = result.chains.brokenChains - result.chains.breaks.length;
      if (more > 0) ctx.rt.stderr.write(`${ctx.t('db.check.chainMore', { count: more })}\n`);
      for (const a of result.attachments) ctx.rt.stderr.write(`${ctx.t('attachment.checkFailed', a)}\n`);
      if (result.ok) ctx.info('db.check.ok', { path, version: result.schemaVersion, fts: result.fts.length });
      if (result.schemaVersion < result.latestVersion) ctx.hint('db.check.old', { version: result.schemaVersion, latest: result.latestVersion });
    }
    if (!result.ok) throw storageError('db.check.failed', { path }, isPgUrl(ctx.dbPath()) ? 'db.check.failedHintPg' : 'db.check.failedHint');
  } finally {
    await store.close();
  }
}

export async function runBackup(ctx: Context, opts: BackupOptions, file: string): Promise<void> {
  const path = ctx.dbPath();
  // A server's database is backed up with the server's own tool: the command to run, exit 2.
  if (isPgUrl(path)) throw usageError('error.pgBackup', { path: shownTarget(path) });
  const target = resolve(file);
  if (!existsSync(dirname(target)) || !statSync(dirname(target)).isDirectory()) throw usageError('db.backup.noFolder', { target });
  if (existsSync(path) && existsSync(target) && realpathSync(target) === realpathSync(path)) throw usageError('db.backup.same', { target });
  if (existsSync(target) && !opts.force) throw usageError('db.backup.exists', { target });
  const store = await inspect(ctx);
  try {
    let bytes: number;
    try {
      bytes = await store.backup(target);
    } catch (e) {
      // The database is fine; it is the copy that could not be written.
      throw storageError('db.backup.failed', { target, reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message });
    }
    if (ctx.json) return ctx.printJson({ path: resolve(path), backup: target, bytes });
    if (ctx.quiet) return ctx.print(target);
    ctx.info('db.backup.done', { path, target, size: size(bytes) });
  } finally {
    await store.close();
  }
}

export async function runMigrate(ctx: Context): Promise<void> {
  const path = shownTarget(ctx.dbPath());
  let moved: { from: number; to: number } | undefined;
  const store = await openDatabase(ctx.dbPath(), {
    now: () => ctx.now(),
    onBackup: (p) => ctx.info('db.backedUp', { path: p }),
    // A missing database is created and set up (a deliberate first step, e.g. before cron uses it):
    // the line below says where.
    onMigrate: (from, to) => (moved = { from, to }),
  });
  try {
    // A migration killed while it copied the database left a partial backup; the schema may since
    // have been updated by another process, so nothing else would clear it.
    removeStaleBackups(ctx.dbPath());
    const version = await store.schemaVersion();
    if (ctx.json) return ctx.printJson({ path: where(ctx.dbPath()), from: moved?.from ?? version, to: version, migrated: !!moved });
    if (moved) ctx.info('db.migrate.done', { path, ...moved });
    else ctx.info('db.migrate.current', { path, version });
  } finally {
    await store.close();
  }
}

export async function runVacuum(ctx: Context): Promise<void> {
  const path = shownTarget(ctx.dbPath());
  const store = await openDatabase(ctx.dbPath(), { now: () => ctx.now(), onBackup: (p) => ctx.info('db.backedUp', { path: p }), create: false });
  try {
    const { before, after } = await store.vacuum();
    if (ctx.json) return ctx.printJson({ path: where(ctx.dbPath()), before, after });
    ctx.info('db.vacuum.done', { path, before: size(before), after: size(after) });
  } finally {
    await store.close();
  }
}

/** `incident db init URL`: sets up (or brings up to date) the schema of a PostgreSQL database; nothing when it is. */
export async function runInit(ctx: Context, url: string): Promise<void> {
  if (!isPgUrl(url)) throw usageError('db.init.notUrl', { path: url });
  const { shown, from, to } = await initServerDatabase(url);
  if (ctx.json) return ctx.printJson({ path: shown, from, to, created: from === 0 && to > 0, migrated: from !== to });
  if (from === 0 && to > 0) ctx.info('db.init.created', { path: shown, to });
  else if (from === to) ctx.info('db.migrate.current', { path: shown, version: to });
  else ctx.info('db.migrate.done', { path: shown, from, to });
}

export interface CopyOptions {
  to?: string;
  from?: string;
}

/**
 * `incident db copy --to TARGET` (this database into a new one) or `--from SOURCE` (another into
 * this one, which must be empty): SQLite file or PostgreSQL URL either side, every record kept.
 */
export async function runCopy(ctx: Context, opts: CopyOptions): Promise<void> {
  if ((opts.to === undefined) === (opts.from === undefined)) throw usageError('db.copy.oneOf');
  const source = opts.from ?? ctx.dbPath();
  const target = opts.to ?? ctx.dbPath();
  const key = (t: string) => (isPgUrl(t) ? shownTarget(t).replace(/\/+$/, '') : resolve(t));
  if (key(source) === key(target)) throw usageError('db.copy.same', { target: shownTarget(target) });
  const result = await copyDatabases(source, target, {
    now: () => ctx.now(),
    onCreate: () => undefined,
  });
  const from = where(source);
  const to = where(target);
  if (ctx.json) return ctx.printJson({ from, to, rows: result.rows });
  ctx.info('db.copy.done', {
    from,
    to,
    incidents: result.rows.incidents ?? 0,
    problems: result.rows.problems ?? 0,
    knowledge: result.rows.knowledge ?? 0,
    events: (result.rows.events ?? 0) + (result.rows.problem_events ?? 0),
  });
}

/**
 * `incident db grant ROLE reader|agent|admin`: the role joins that level's group on the server
 * (docs/team.md "Roles"). Refused on a SQLite file (exit 2), which has no roles.
 */
export async function runGrant(ctx: Context, role: string, levelName: string): Promise<void> {
  const level = parseLevel(levelName);
  if (!isPgUrl(ctx.dbPath())) throw usageError('db.grant.sqlite');
  const store = await openDatabase(ctx.dbPath(), { now: () => ctx.now(), create: false });
  try {
    const { group, path } = await grantLevel(store, role, level);
    if (ctx.json) return ctx.printJson({ path, role, level, group });
    ctx.info('db.grant.done', { role, level, group, path });
  } finally {
    await store.close();
  }
}

/** `incident db revoke ROLE [LEVEL]`: out of that level's group, or of every level's. */
export async function runRevoke(ctx: Context, role: string, levelName?: string): Promise<void> {
  const level = levelName === undefined ? undefined : parseLevel(levelName);
  if (!isPgUrl(ctx.dbPath())) throw usageError('db.grant.sqlite');
  const store = await openDatabase(ctx.dbPath(), { now: () => ctx.now(), create: false });
  try {
    const { levels, path } = await revokeLevel(store, role, level);
    if (ctx.json) return ctx.printJson({ path, role, revoked: levels });
    if (levels.length) ctx.info('db.revoke.done', { role, levels: levels.join(', '), path });
    else ctx.info('db.revoke.none', { role, levels: level ?? 'reader, agent or admin', path });
  } finally {
    await store.close();
  }
}

/** The command words this module registers (cli/commands/names.ts builds only the one a run names). */
export const names: readonly string[] = ['db'];

export function register(program: Command, rt: Runtime): void {
  const db = program.command('db').summary('the database file: where it is, check, backup, migrate, vacuum');
  db.command('path')
    .summary('print where the database is')
    .addHelpText('after', '\nExamples:\n  $ incident db path\n  $ incident db path --json')
    .action(action<object>(rt, (ctx) => runPath(ctx)));
  db.command('check')
    .summary('check integrity, references, the full-text index and the timelines\' hash chains (exit 5 if damaged)')
    .addHelpText('after', '\nExamples:\n  $ incident db check\n  $ incident db check --json | jq .ok')
    .action(action<object>(rt, (ctx) => runCheck(ctx)));
  db.command('backup')
    .summary('copy the database with SQLite online backup (safe while others write)')
    .argument('<file>', 'where to write the copy')
    .option('-f, --force', 'replace FILE if it exists')
    .addHelpText('after', '\nExamples:\n  $ incident db backup ~/backup/incidents-$(date +%F).db')
    .action(action<BackupOptions>(rt, (ctx, opts, args) => runBackup(ctx, opts, args[0])));
  db.command('migrate')
    .summary('update the schema now (an older database is first copied to a backup file next to it)')
    .addHelpText('after', '\nExamples:\n  $ incident db migrate')
    .action(action<object>(rt, (ctx) => runMigrate(ctx)));
  db.command('init')
    .summary('set up the schema of a PostgreSQL database (idempotent)')
    .argument('<url>', 'postgres://ROLE@HOST:PORT/DATABASE')
    .addHelpText('after', '\nExamples:\n  $ incident db init postgres://incident@db.example.com/incidents')
    .action(action<object>(rt, (ctx, _opts, args) => runInit(ctx, args[0])));
  db.command('copy')
    .summary('copy every record into a new, empty database (SQLite file or PostgreSQL URL)')
    .option('--to <target>', 'copy this database into TARGET (a file or postgres:// URL; must be empty)')
    .option('--from <source>', 'copy SOURCE into this database (which must be empty)')
    .addHelpText('after', '\nExamples:\n  $ incident db copy --to postgres://incident@db.example.com/incidents\n  $ incident --db postgres://incident@db.example.com/incidents db copy --to ~/incidents.db')
    .action(action<CopyOptions>(rt, (ctx, opts) => runCopy(ctx, opts)));
  db.command('grant')
    .summary('let a PostgreSQL role read (reader), work incidents (agent) or also configure and grant (admin)')
    .argument('<role>', 'a login role of the server')
    .argument('<level>', 'reader, agent or admin')
    .addHelpText('after', '\nExamples:\n  $ incident db grant alice agent\n  $ incident db grant auditor reader')
    .action(action<object>(rt, (ctx, _opts, args) => runGrant(ctx, args[0], args[1])));
  db.command('revoke')
    .summary('take a level (or every level) away from a PostgreSQL role')
    .argument('<role>', 'a login role of the server')
    .argument('[level]', 'reader, agent or admin (default: every level)')
    .addHelpText('after', '\nExamples:\n  $ incident db revoke alice\n  $ incident db revoke bob admin')
    .action(action<object>(rt, (ctx, _opts, args) => runRevoke(ctx, args[0], args[1])));
  db.command('vacuum')
    .summary('compact the file and refresh the query planner statistics (PostgreSQL: VACUUM ANALYZE)')
    .addHelpText('after', '\nExamples:\n  $ incident db vacuum')
    .action(action<object>(rt, (ctx) => runVacuum(ctx)));
}

export const helpJa: HelpTable = {
  db: 'データベースファイルの管理: 場所の表示、検査、バックアップ、スキーマ更新、最適化',
  'db path': 'データベースの場所を表示する',
  'db check': '整合性、参照、全文索引、経緯のハッシュ連鎖を検査する(壊れていれば終了コード 5)',
  'db backup': 'SQLite のオンラインバックアップでデータベースを複製する(他の人が書き込み中でも安全)',
  'db backup <file>': 'バックアップの書き出し先',
  'db backup --force': 'FILE が既にあれば置き換える',
  'db migrate': 'スキーマを今すぐ更新する(古いデータベースは先に隣のファイルへバックアップ)',
  'db vacuum': 'ファイルを詰めて小さくし、クエリの統計情報を更新する(PostgreSQL では VACUUM ANALYZE)',
  'db init': 'PostgreSQL のデータベースにスキーマを準備する(何度実行しても同じ)',
  'db init <url>': 'postgres://ロール@ホスト:ポート/データベース',
  'db copy': 'すべての記録を新しい空のデータベース(SQLite ファイルまたは PostgreSQL の URL)にコピーする',
  'db copy --to': 'このデータベースを TARGET(ファイルまたは postgres:// の URL、空であること)へコピーする',
  'db copy --from': 'SOURCE をこのデータベース(空であること)へコピーする',
  'db grant': 'PostgreSQL のロールに、閲覧(reader)、対応(agent)、設定と権限付与も(admin)を許可する',
  'db grant <role>': 'サーバーのログインロール',
  'db grant <level>': 'reader、agent、admin のいずれか',
  'db revoke': 'PostgreSQL のロールから権限(指定がなければすべて)を取り消す',
  'db revoke <role>': 'サーバーのログインロール',
  'db revoke <level>': 'reader、agent、admin のいずれか(既定: すべて)',
};
