import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { openOutputFile } from '../../io/output-file.js';
import { exportValues, getEntry, importValues, listEntries, setValue, unsetValue, type ConfigEntry } from '../../app/config.js';
import { Config, findKey } from '../../core/config.js';
import { recomputeDueTimes } from '../../app/incidents.js';
import { jsonText } from '../../core/controls.js';
import { notAllowed, usageError } from '../../core/errors.js';
import { isSecret, shownValue } from '../../core/secrets.js';
import { ownConfigPath } from '../../io/user-config.js';
import { withoutBom } from '../../core/validate.js';
import type { MessageKey } from '../../i18n/index.js';
import { readAll, type Runtime } from '../../io/runtime.js';
import { renderRows, type Column } from '../../render/rows.js';
import type { Context } from '../context.js';
import { action } from '../program.js';
import type { HelpTable } from '../help.js';
import { readFailure } from '../../io/read-failure.js';

export interface ConfigImportOptions {
  replace?: boolean;
}

export interface ConfigExportOptions {
  includeSecrets?: boolean;
}

/** The header key of an export that left secrets out: `{ "secretsLeftOut": [keys], "note": … }`. */
const HEADER = '#';

/** A value as people and logs see it: webhook URLs (and URLs in commands) down to their origin. */
const shown = <E extends ConfigEntry>(e: E): E => ({ ...e, value: shownValue(e.key, e.value), default: shownValue(e.key, e.default) });

/**
 * A command target written to a database others can write would never run (SPEC §12), and would
 * tell whoever wrote it that it does: refused, exit 4, pointing to the user's own config file.
 */
async function refuseSharedCommand(ctx: Context, keys: readonly string[]): Promise<void> {
  const key = keys.find((k) => findKey(k.normalize('NFKC').trim())?.type === 'command');
  if (key === undefined) return;
  // The database is opened (made, on first use) before its file's permissions are looked at.
  await ctx.store();
  const why = ctx.dbExposureText();
  if (why !== undefined) throw notAllowed('config.commandShared', { key, why, file: ownConfigPath(ctx.rt.env) }, 'config.commandSharedHint');
}

/** The one-line description of a key, in the user's language. */
const describe = (ctx: Context, e: ConfigEntry) => {
  const sla = /^sla\.(P\d)\.(\w+)$/.exec(e.key);
  if (sla) return ctx.t(`config.desc.sla.<P>.${sla[2]}` as MessageKey, { p: sla[1] });
  const family = e.template ? e.key : e.key.replace(/^notify\.[^.]+\./, 'notify.<name>.').replace(/^escalation\.level\d\./, 'escalation.level<n>.')
    .replace(/^ingest\.label\.\w+$/, 'ingest.label.<field>')
    .replace(/^ingest\.map\..+$/, 'ingest.map.<label>.<value>')
    .replace(/^calendar\.[^.]+\./, 'calendar.<name>.');
  return ctx.t(`config.desc.${family}` as MessageKey);
};

/** Where a value comes from: the default, this database, or the user's own config file (SPEC §11). */
type Source = 'default' | 'database' | 'file';
type ListedEntry = ConfigEntry & { source?: Source };
const sourceOf = (e: ListedEntry): Source | null => (e.template ? null : (e.source ?? (e.set ? 'database' : 'default')));

const toJson = (ctx: Context) => (e: ListedEntry) => ({
  key: e.key,
  value: e.template ? null : e.value,
  default: e.default,
  set: e.set,
  template: e.template,
  source: sourceOf(e),
  description: describe(ctx, e),
});

function printEntry(ctx: Context, entry: ConfigEntry): void {
  const e = shown(entry);
  if (ctx.json) return ctx.printJson(toJson(ctx)(e));
  ctx.print(e.value);
}

export async function runGet(ctx: Context, key: string): Promise<void> {
  printEntry(ctx, await getEntry(await ctx.store(), key));
}

export interface ConfigSetOptions {
  /** Count active incidents' due times anew under the new value (one event per incident that moved). */
  recompute?: boolean;
}

export async function runSet(ctx: Context, key: string, value: string, opts: ConfigSetOptions = {}): Promise<void> {
  await refuseSharedCommand(ctx, [key]);
  let moved: string[] | undefined;
  const recompute = async () => {
    // The configuration as it is after this write, not as the command first read it.
    const config = new Config(await (await ctx.store()).settings.all());
    moved = (await recomputeDueTimes({ ...(await ctx.change()), config, sla: config.sla(ctx.calendarSources()) })).map((i) => i.ref);
  };
  const e = await setValue(await ctx.store(), key, value, opts.recompute ? recompute : undefined);
  if (ctx.json) return ctx.printJson({ ...toJson(ctx)(shown(e)), ...(moved && { recomputed: moved }) });
  ctx.info('config.set', { key: e.key, value: shownValue(e.key, e.value) || '""' });
  if (moved) ctx.info('calendar.recomputed', { count: moved.length, refs: moved.join(', ') });
}

export async function runUnset(ctx: Context, key: string): Promise<void> {
  const { entry, removed } = await unsetValue(await ctx.store(), key);
  if (ctx.json) return printEntry(ctx, entry);
  ctx.info(removed ? 'config.unset' : 'config.notSet', { key: entry.key, value: entry.default || '""' });
}

export async function runList(ctx: Context): Promise<void> {
  // The rules of the user's own config file after the database's: there they win, key by key.
  const own = Object.entries(ctx.ownConfig().values).map(([key, value]): ListedEntry => ({ key, value, default: findKey(key)?.default ?? '', set: true, template: false, source: 'file' }));
  const rows: ListedEntry[] = [...await listEntries(await ctx.store()), ...own].map(shown);
  const columns: Column<ListedEntry>[] = [
    { key: 'key', heading: ctx.t('config.col.key'), value: (e) => e.key, style: (s, e, c) => (e.template ? c.dim(s) : e.set ? c.bold(s) : s) },
    { key: 'value', heading: ctx.t('config.col.value'), value: (e) => (e.template ? '' : e.value), flexible: true },
    { key: 'default', heading: ctx.t('config.col.default'), value: (e) => e.default, dropOrder: 2 },
    { key: 'source', heading: ctx.t('config.col.source'), value: (e) => sourceOf(e) ?? '', dropOrder: 3 },
    { key: 'description', heading: ctx.t('config.col.description'), value: (e) => describe(ctx, e), flexible: true, dropOrder: 1 },
  ];
  ctx.rt.stdout.write(renderRows(columns, rows, { format: ctx.format(), width: ctx.width, chalk: ctx.out, color: ctx.colorOut, t: ctx.t, json: toJson(ctx) }));
}

/**
 * The keys set in this database as JSON. Without --include-secrets, values that hold a webhook's
 * secret are left out, and a header (the first key, `#`) names them, so that `import --replace`
 * keeps them and a reader knows.
 */
export async function runExport(ctx: Context, opts: ConfigExportOptions, file?: string): Promise<void> {
  const values = await exportValues(await ctx.store());
  const leftOut = opts.includeSecrets ? [] : Object.keys(values).filter((k) => isSecret(k, values[k]));
  const kept: Record<string, unknown> = leftOut.length ? { [HEADER]: { secretsLeftOut: leftOut, note: ctx.t('config.secretsLeftOut') } } : {};
  for (const [k, v] of Object.entries(values)) if (!leftOut.includes(k)) kept[k] = v;
  const text = `${jsonText(kept, 2)}\n`;
  if (!file || file === '-') return void ctx.rt.stdout.write(text);
  const out = openOutputFile(file);
  try {
    out.write(text);
    out.commit();
  } catch (e) {
    out.abandon();
    throw e;
  }
  ctx.info('config.exported', { path: file });
}

export async function runImport(ctx: Context, opts: ConfigImportOptions, file: string): Promise<void> {
  let text: string;
  try {
    // JSON.parse refuses the byte-order mark Windows Notepad writes first.
    text = withoutBom(file === '-' ? await readAll(ctx.rt.stdin) : readFileSync(file, 'utf8'));
  } catch (e) {
    throw usageError('error.readFile', { path: file, reason: readFailure(e) });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw usageError('config.badImport', { reason: (e as Error).message });
  }
  // The header of an export that left secrets out: not a key; what it names is kept by --replace.
  let keep: string[] = [];
  if (data && typeof data === 'object' && !Array.isArray(data) && HEADER in data) {
    const { [HEADER]: header, ...rest } = data as Record<string, unknown>;
    const named = (header as { secretsLeftOut?: unknown } | null)?.secretsLeftOut;
    keep = Array.isArray(named) ? named.map(String) : [];
    data = rest;
  }
  if (data && typeof data === 'object' && !Array.isArray(data)) await refuseSharedCommand(ctx, Object.keys(data));
  const { written, removed } = await importValues(await ctx.store(), data, !!opts.replace, keep);
  if (ctx.json) return ctx.printJson({ written, removed });
  ctx.info('config.imported', { written, removed });
}

/** The command words this module registers (cli/commands/names.ts builds only the one a run names). */
export const names: readonly string[] = ['config'];

export function register(program: Command, rt: Runtime): void {
  const config = program
    .command('config')
    .summary("the team's rules: SLA targets, categories, notifications, escalation (設定)")
    .description('Configuration lives in the database, so a shared database carries its rules. Values are validated before they are written.')
    .addHelpText(
      'after',
      `
Examples:
  $ incident config list
  $ incident config set sla.P1.resolve 2h
  $ incident config set categories "network,mail,account,hardware"
  $ incident config set notify.ops.url https://hooks.slack.com/services/T0000/B0000/XXXXXXXX
  $ incident config set notify.ops.on opened,escalated,breach
  $ incident config set notify.ops.priority P2
  $ incident config export > incident-config.json`,
    );
  config
    .command('get')
    .description('print the value of a key (its default when not set)')
    .argument('<key>', 'e.g. sla.P1.response')
    .addHelpText('after', '\nExamples:\n  $ incident config get sla.P1.response\n  $ incident config get categories --json')
    .action(action(rt, (ctx, _o, args) => runGet(ctx, args[0])));
  config
    .command('set')
    .description('validate and set a value')
    .argument('<key>', 'e.g. sla.P1.response')
    .argument('<value>', 'e.g. 15m')
    .option('--recompute', 'count the due times of active incidents anew under the new value (SLA targets, calendars)')
    .addHelpText(
      'after',
      '\nExamples:\n  $ incident config set sla.P1.resolve 2h\n  $ incident config set categories "network,mail,account,hardware"\n  $ incident config set calendar.business.hours "mon-fri 09:00-12:00,13:00-18:00" --recompute',
    )
    .action(action(rt, (ctx, o, args) => runSet(ctx, args[0], args[1], o as ConfigSetOptions)));
  config
    .command('unset')
    .description('go back to the default')
    .argument('<key>', 'e.g. sla.P1.resolve')
    .addHelpText('after', '\nExamples:\n  $ incident config unset sla.P1.resolve')
    .action(action(rt, (ctx, _o, args) => runUnset(ctx, args[0])));
  config
    .command('list')
    .alias('ls')
    .description('every key with its value, default and description')
    .addHelpText('after', '\nExamples:\n  $ incident config list\n  $ incident config list --format csv > settings.csv')
    .action(action(rt, (ctx) => runList(ctx), 'rows'));
  config
    .command('export')
    .description('print the keys set in this database as JSON (or write FILE); webhook secrets are left out unless asked for')
    .argument('[file]', 'where to write (default, or -: standard output)')
    .option('--include-secrets', 'keep webhook URLs (and commands holding one) whole')
    .addHelpText('after', '\nExamples:\n  $ incident config export > incident-config.json\n  $ incident config export team-rules.json\n  $ incident config export --include-secrets | incident config import --db copy.db -')
    .action(action<ConfigExportOptions>(rt, (ctx, opts, args) => runExport(ctx, opts, args[0])));
  config
    .command('import')
    .description('validate and set every key of a JSON file (- for stdin): all or nothing')
    .argument('<file>', 'a JSON file, as config export writes it (- reads stdin)')
    .option('--replace', 'keys not in the file go back to their defaults')
    .addHelpText('after', '\nExamples:\n  $ incident config import team-rules.json\n  $ incident config import --replace team-rules.json\n  $ incident config export --db old.db | incident config import -')
    .action(action<ConfigImportOptions>(rt, (ctx, opts, args) => runImport(ctx, opts, args[0])));
}

export const helpJa: HelpTable = {
  config: 'チームの規則の設定: SLA 目標、カテゴリ、通知、エスカレーション',
  'config:description': '設定はデータベースに保存されるので、共有のデータベースにはチームの規則も入っています。値は書き込む前に検証します。',
  'config get': 'キーの値を表示する(未設定なら既定値)',
  'config get <key>': 'キー(例: sla.P1.response)',
  'config set': '値を検証して設定する',
  'config set <key>': 'キー(例: sla.P1.response)',
  'config set <value>': '値(例: 15m)',
  'config set --recompute': '対応中のインシデントの期限を新しい値(SLA 目標、カレンダー)で計算し直す',
  'config unset': '既定値に戻す',
  'config unset <key>': 'キー(例: sla.P1.resolve)',
  'config list': 'すべてのキーの値、既定値、説明',
  'config export': 'このデータベースで設定したキーを JSON で出力する(FILE を指定すればそのファイルへ)。指定しない限り Webhook の秘密は除く',
  'config export <file>': '書き出し先(省略または - で標準出力)',
  'config export --include-secrets': 'Webhook の URL(と URL を含むコマンド)を省略せずに書き出す',
  'config import': 'JSON ファイル(- で標準入力)のキーをすべて検証して設定する(一つでも不正なら何も設定しない)',
  'config import <file>': 'config export で書き出した形式の JSON ファイル(- で標準入力)',
  'config import --replace': 'ファイルにないキーは既定値に戻す',
};
