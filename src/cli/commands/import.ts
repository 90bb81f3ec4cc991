import type { Command } from 'commander';
import { usageError } from '../../core/errors.js';
import type { Runtime } from '../../io/runtime.js';
import type { Context } from '../context.js';
import { action } from '../program.js';
import type { HelpTable } from '../help.js';
import { runJsonlImport } from './import-jsonl.js';
import { runTrackerImport, TRACKER_FORMATS, type TrackerImportCliOptions } from './import-tracker.js';

/**
 * `incident import [--format FORMAT] FILE`: one command for every kind of import; the format picks
 * the reader. (`--format` is the global option: for import it names the input format.)
 * jsonl (default) reads back an `incident export`; servicenow and csv read other trackers' exports.
 */

export type ImportOptions = TrackerImportCliOptions;

export const IMPORT_FORMATS = ['jsonl', ...TRACKER_FORMATS] as const;

export async function runImport(ctx: Context, opts: ImportOptions, file: string): Promise<void> {
  const format = (opts.format ?? 'jsonl').normalize('NFKC').trim().toLowerCase();
  if (format === 'jsonl') return runJsonlImport(ctx, file);
  if ((TRACKER_FORMATS as readonly string[]).includes(format)) return runTrackerImport(ctx, { ...opts, format }, file);
  throw usageError('import.badFormat', { choices: IMPORT_FORMATS.join(', '), value: opts.format ?? '' });
}

/** The command words this module registers (cli/commands/names.ts builds only the one a run names). */
export const names: readonly string[] = ['import'];

export function register(program: Command, rt: Runtime): void {
  program
    .command('import')
    .summary('read in an `incident export`, a ServiceNow export, or any CSV with a map (all or nothing)')
    .description(
      'Import records. Without --format (or --format jsonl) it reads back an `incident export`, keeping refs. ' +
        '--format servicenow reads a ServiceNow incident export (an event log with one row per update, or one row per incident); ' +
        '--format csv --map MAP.json reads any other tracker\'s CSV. All or nothing: a line or row that cannot be read stops the ' +
        'import (exit 2) unless --skip-invalid (CSV formats). Importing the same file again changes nothing.',
    )
    .argument('<file>', 'the file to read (- reads stdin)')
    .option('--map <file>', 'JSON map: which column is which field, and how values translate (needed for --format csv)')
    .option('--dry-run', 'CSV formats: read and check everything, print what would be imported, write nothing')
    .option('--skip-invalid', 'CSV formats: skip rows that cannot be read (each is listed) instead of stopping')
    .option('--date-format <format>', 'CSV formats: how dates are written: auto (ISO or day-first) | iso | dmy | mdy')
    .option('--timezone <zone>', 'CSV formats: zone of times written without one: UTC (default), +09:00, Asia/Tokyo')
    .option('--encoding <encoding>', 'CSV formats: utf-8 (default; UTF-16 is found by its BOM), shift_jis')
    .addHelpText(
      'after',
      `
Examples:
  $ incident export | incident import --db copy.db -
  $ incident import --format servicenow incident_event_log.csv --dry-run
  $ incident import --format csv --map jira-map.json jira.csv --skip-invalid --timezone Asia/Tokyo`,
    )
    .action(action<ImportOptions>(rt, (ctx, opts, args) => runImport(ctx, opts, args[0]), 'input'));
}

export const helpJa: HelpTable = {
  import: 'incident export の出力、ServiceNow のエクスポート、マップを指定した任意の CSV を取り込む(失敗時は何も取り込まない)',
  'import:description':
    'レコードを取り込みます。--format を省くか --format jsonl なら incident export の出力を読み戻し、番号(INC-n など)をそのまま保ちます。' +
    '--format servicenow は ServiceNow のインシデントのエクスポート(更新ごとに 1 行のイベントログ、またはインシデントごとに 1 行)を、' +
    '--format csv --map MAP.json はその他のツールの CSV を読みます。読めない行が 1 つでもあれば取り込みを中止し、何も書き込みません' +
    '(終了コード 2。CSV 形式では --skip-invalid で読み飛ばせます)。同じファイルをもう一度取り込んでも何も変わりません。',
  'import <file>': '読み込むファイル(- で標準入力)',
  'import --map': '列と項目の対応、値の変換を定めた JSON マップ(--format csv では必須)',
  'import --dry-run': 'CSV 形式: すべて読んで確認し、取り込まれる内容を表示する。何も書き込まない',
  'import --skip-invalid': 'CSV 形式: 読めない行で中止せず読み飛ばす(読み飛ばした行は一覧を表示)',
  'import --date-format': 'CSV 形式: 日付の書き方: auto(ISO または日が先)| iso | dmy | mdy',
  'import --timezone': 'CSV 形式: タイムゾーンのない時刻のタイムゾーン: UTC(既定)、+09:00、Asia/Tokyo',
  'import --encoding': 'CSV 形式: utf-8(既定。UTF-16 は BOM で判別)、shift_jis',
};
