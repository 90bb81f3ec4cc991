import { Command } from 'commander';
import type { Runtime } from '../io/runtime.js';
import { Context, type GlobalOptions } from './context.js';
import { shownTarget, storageError as toStorageError } from '../app/database.js';
import { usageError } from '../core/errors.js';
import { namedCommand } from './commands/names.js';
import * as home from './commands/home.js';
import { detectLang, translator } from '../i18n/index.js';
import { configureHelpLanguage, langFromArgv, localiseHelpOutput, translateHelp, type HelpTable } from './help.js';

/** What a command's action receives: the context and its own parsed options and arguments. */
export type Action<O> = (ctx: Context, opts: O, args: string[]) => Promise<void> | void;

/**
 * What `--format` means for a command: the rows (or record) it prints, the kind of file it reads
 * (`import`, `ingest`: SPEC §5, §9), or nothing — a command that reports one change prints a line,
 * `-q` the ref or `--json` the record, and a `--format csv` there would be silently ignored.
 */
export type FormatUse = 'rows' | 'input' | 'none';

/**
 * Output flags that contradict each other or the command are refused before anything runs (exit 2):
 * `--json --format csv` (which one?), and `--format` other than json on a command that prints no rows.
 */
function checkOutputFlags(opts: GlobalOptions, use: FormatUse): void {
  const f = opts.format?.normalize('NFKC').trim().toLowerCase();
  if (f === undefined || f === 'json' || use === 'input') return;
  if (opts.json) throw usageError('error.jsonAndFormat', { value: opts.format as string });
  if (use === 'none') throw usageError('error.formatNoRows', { value: opts.format as string });
}

/**
 * Commands that only read (SPEC §2): they never create a database, so a mistyped `--db` or
 * INCIDENT_DB is exit 5 naming the path, not an empty answer. `check` too, even with --escalate or
 * --close-resolved: an empty database has nothing to act on, and a cron line with a typo must fail
 * loudly. `notify` delivers what is queued, and a new database has nothing queued. ('' is `incident`
 * alone; the `db` commands open the file themselves and create nothing.)
 */
const READS_ONLY = new Set([
  '',
  'list',
  'show',
  'search',
  'check',
  'report',
  'export',
  'notify',
  'config get',
  'calendar show',
  'calendar due',
  'config list',
  'config export',
  'kb list',
  'kb show',
  'problem list',
  'problem show',
  'attachment list',
  'attachment get',
  'completion',
  '__complete',
]);

/** `config get` for the command `get` under `config` (the root's own name left out). */
function commandPath(cmd: Command): string {
  const words: string[] = [];
  for (let c: Command | null = cmd; c?.parent; c = c.parent) words.unshift(c.name());
  return words.join(' ');
}

/** Wires a run function into commander: builds the Context from the global options, closes the store. */
export function action<O>(rt: Runtime, run: Action<O>, format: FormatUse = 'none') {
  return async (...received: unknown[]) => {
    const cmd = received[received.length - 1] as Command;
    const opts = cmd.optsWithGlobals() as O & GlobalOptions;
    const args = received.slice(0, -2).map((a) => a as string);
    const ctx = new Context(rt, opts, { createsDatabase: !READS_ONLY.has(commandPath(cmd)) });
    try {
      checkOutputFlags(opts, format);
      await run(ctx, opts, args);
      await ctx.deliverQueued();
    } catch (e) {
      throw toStorageError(e, shownTarget(ctx.dbPath()));
    } finally {
      await ctx.close();
    }
  };
}

export interface CommandModule {
  /** The top-level words (names and aliases) register() adds; [] when a run must build every command. */
  names: readonly string[];
  register(program: Command, rt: Runtime): void;
  /** Japanese help for the commands it registers (see cli/help.ts). */
  helpJa?: HelpTable;
}

export const collect = (value: string, previous: string[] = []) => [...previous, value];

/** Japanese help of the root and its global options. */
export const helpJa: HelpTable = {
  incident: 'IT 運用のためのインシデント管理: 起票 → 分類 → エスカレーション → 解消 → 完了、ナレッジ検索つき。',
  'incident --db': 'データベースファイル(既定: $INCIDENT_DB、なければ ~/.local/share/incident/incidents.db)',
  'incident --json': 'JSON を 1 つだけ標準出力に出す',
  'incident --format': '行の出力形式: table | tsv | csv | md | json',
  'incident --actor': '操作する人(既定: $INCIDENT_ACTOR、なければ OS のユーザー名)',
  'incident --no-input': '質問しない。足りない値はエラーにする',
  'incident --no-color': '色を付けない',
  'incident --quiet': 'ID だけを出力し、ヒントを出さない',
  'incident --lang': 'メッセージの言語: en か ja(既定: LANG から)',
};

/**
 * The root command with the commands given: all of them (COMMANDS) in dist/cli.cjs and in tests, or
 * only the one a per-command bundle holds (see scripts/build.mjs).
 */
export function buildProgram(rt: Runtime, version: string, commands: readonly CommandModule[]): Command {
  const lang = detectLang(langFromArgv(rt.argv), rt.env);
  const t = translator(lang);
  const program = new Command('incident')
    .description('Incident tracker for IT operations: open → classify → escalate → resolve → close, with knowledge search.')
    .version(version, '-V, --version', t('help.version'))
    .option('--db <path>', 'database file (default: $INCIDENT_DB, else ~/.local/share/incident/incidents.db)')
    .option('--json', 'print one JSON document on stdout')
    // Checked by ctx.format() per command (and import reads its own kinds of file with it).
    .option('--format <format>', 'output format for rows: table | tsv | csv | md | json')
    .option('--actor <name>', 'who is acting (default: $INCIDENT_ACTOR, else the OS user)')
    .option('--no-input', 'never prompt; a missing value is an error')
    .option('--no-color', 'no colour')
    .option('-q, --quiet', 'print only the ref; no hints')
    .option('--lang <lang>', 'language of messages: en or ja (default: from LANG)')
    .showSuggestionAfterError(true);
  configureHelpLanguage(program, t);
  // Settings copied to subcommands at creation: configure before adding them.
  program.exitOverride();
  program.configureOutput({
    writeOut: (s) => rt.stdout.write(lang === 'ja' ? localiseHelpOutput(s, t) : s),
    writeErr: (s) => rt.stderr.write(s),
    // Errors are printed by main in our own one-line form.
    outputError: () => {},
  });
  // Only the command named on the command line, when it names one: help, completion and errors
  // about an unknown command get them all (see commands/names.ts).
  const named = namedCommand(rt.argv, commands);
  for (const m of named ? [named] : commands) m.register(program, rt);
  // Last: the root's own action lets extra words through, and subcommands must not inherit that.
  home.register(program, rt);
  if (lang === 'ja') translateHelp(program, Object.assign({}, helpJa, ...commands.map((m) => m.helpJa ?? {})));
  return program;
}
