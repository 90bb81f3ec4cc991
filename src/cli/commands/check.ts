import type { Command } from 'commander';
import { runCheck as check, type CheckFinding } from '../../app/check.js';
import { parseValue } from '../../core/config.js';
import { ExitCode } from '../../core/errors.js';
import { parseDuration } from '../../core/time.js';
import { duration } from '../../render/time.js';
import type { Runtime } from '../../io/runtime.js';
import { localTime, priorityStyle } from '../../render/incident.js';
import { renderRows, type Column } from '../../render/rows.js';
import type { Context } from '../context.js';
import { action } from '../program.js';
import type { HelpTable } from '../help.js';

export interface CheckOptions {
  warn?: string;
  stale?: string;
  escalate?: boolean;
  closeResolved?: boolean;
  exitCode?: boolean;
  newOnly?: boolean;
}

/** `--warn 80%` / `--stale 3d` as check reads them, with `none` to switch a finding off. */
async function readOptions(ctx: Context, opts: CheckOptions) {
  const off = opts.warn?.trim().toLowerCase() === 'none';
  // The flags first: a bad one is exit 2 before the database is opened (or found missing).
  const givenWarn = opts.warn === undefined || off ? undefined : parseValue('--warn', { key: 'warn', type: 'percent', default: '' }, opts.warn);
  const givenStale = opts.stale === undefined ? undefined : parseValue('--stale', { key: 'stale', type: 'durationOrNone', default: '' }, opts.stale);
  const warn = off ? 'none' : (givenWarn ?? (await ctx.config()).get('check.warn'));
  const stale = givenStale ?? (await ctx.config()).get('check.stale');
  return {
    warn: off ? null : Number(warn.replace('%', '')) / 100,
    staleSeconds: stale === 'none' ? null : parseDuration(stale),
  };
}

const json = (f: CheckFinding) => ({
  ref: f.incident.ref,
  finding: f.kind,
  due: f.due,
  at: f.at,
  used: f.used === null ? null : Math.round(f.used * 100) / 100,
  calendar: f.calendar?.name ?? null,
  new: f.new,
  action: f.action,
  priority: f.incident.priority,
  status: f.incident.status,
  major: f.incident.major,
  title: f.incident.title,
  assignee: f.incident.assignee,
  team: f.incident.team,
  escalatedTo: f.incident.escalatedTo,
});

export async function runCheck(ctx: Context, opts: CheckOptions): Promise<void> {
  const { warn, staleSeconds } = await readOptions(ctx, opts);
  const format = ctx.format();
  const all = await check(await ctx.change(), await ctx.config(), { warn, staleSeconds, escalate: !!opts.escalate, closeResolved: !!opts.closeResolved });
  // What this run did for the first time: a breach it recorded, an escalation or a close it made.
  // Warnings and stale incidents leave no record, so they cannot be told apart from last run's.
  const findings = opts.newOnly ? all.filter((f) => f.new || f.action !== null) : all;
  if (opts.exitCode && findings.length) process.exitCode = ExitCode.attention;
  // Quiet when nothing needs attention, so cron mails nothing (SPEC §8).
  if (!findings.length) return format === 'json' ? ctx.printJson([]) : undefined;
  if (ctx.quiet && format !== 'json') return ctx.print([...new Set(findings.map((f) => f.incident.ref))].join('\n'));
  const now = ctx.now().getTime();
  // A business-hours target: how late or how close in its working time, the calendar named.
  const working = (f: CheckFinding, elapsed: number) =>
    f.calendar ? ctx.t('calendar.workingTime', { duration: duration(f.calendar.seconds, ctx.lang), name: f.calendar.name }) : duration(elapsed, ctx.lang);
  const what = (f: CheckFinding) => {
    const due = f.due ? ctx.t(`check.due.${f.due}`) : '';
    switch (f.kind) {
      case 'breach':
        return ctx.t('check.breach', { due, by: working(f, (now - Date.parse(f.at)) / 1000) });
      case 'warning':
        return ctx.t('check.warning', { due, used: Math.round((f.used ?? 0) * 100), left: working(f, (Date.parse(f.at) - now) / 1000) });
      case 'stale':
        return ctx.t('check.stale', { idle: duration((now - Date.parse(f.at)) / 1000, ctx.lang) });
      case 'watch-ended':
        return ctx.t(f.incident.major ? 'check.watchEndedMajor' : 'check.watchEnded');
    }
  };
  const columns: Column<CheckFinding>[] = [
    { key: 'ref', heading: ctx.t('col.ref'), value: (f) => f.incident.ref, style: (s, _f, c) => c.cyan(s) },
    { key: 'priority', heading: ctx.t('col.priority'), value: (f) => f.incident.priority ?? '', style: (s, f, c) => priorityStyle(s, f.incident.priority, c) },
    { key: 'finding', heading: ctx.t('check.col.finding'), value: what, style: (s, f, c) => (f.kind === 'breach' ? c.red.bold(s) : f.kind === 'warning' ? c.yellow(s) : s) },
    { key: 'at', heading: ctx.t('check.col.at'), value: (f) => localTime(f.at), dropOrder: 2 },
    { key: 'title', heading: ctx.t('col.title'), value: (f) => (f.incident.major ? `${ctx.t('col.majorTag')} ${f.incident.title}` : f.incident.title), raw: (f) => (f.incident.major ? `[MAJOR] ${f.incident.title}` : f.incident.title), flexible: true },
    { key: 'assignee', heading: ctx.t('col.assignee'), value: (f) => f.incident.assignee ?? '', dropOrder: 3 },
    { key: 'action', heading: ctx.t('check.col.action'), value: (f) => (f.action ? ctx.t(`check.action.${f.action}`) : ''), dropOrder: 1 },
  ];
  ctx.rt.stdout.write(renderRows(columns, findings, { format, width: ctx.width, chalk: ctx.out, color: ctx.colorOut, t: ctx.t, json }));
}

/** The command words this module registers (cli/commands/names.ts builds only the one a run names). */
export const names: readonly string[] = ['check'];

export function register(program: Command, rt: Runtime): void {
  program
    .command('check')
    .summary('for cron: SLA breaches and near-breaches, stale incidents, watch periods ended (点検)')
    .description(
      'Finds what needs attention now and prints nothing when nothing does. Each breach is recorded once on the timeline (actor "check") and notified; running it twice acts once.',
    )
    .option('--warn <percent>', 'warn when this share of a target is used, e.g. 80% (default: config check.warn; none = off)')
    .option('--stale <duration>', 'active incidents with no event for this long, e.g. 3d (default: config check.stale; none = off)')
    .option('--escalate', 'escalate breaches per the escalation rules in config (escalation.*)')
    .option('--close-resolved', 'close resolved incidents whose watch period ended (never major ones)')
    .option('--exit-code', 'exit 6 when anything needs attention')
    .option('--new-only', 'show only what this run did for the first time: breaches recorded, escalations and closes made (for cron mail)')
    .addHelpText(
      'after',
      '\nExamples:\n  $ incident check --escalate --close-resolved --new-only\n  $ incident check --escalate --close-resolved --exit-code\n  $ incident check --warn 90% --stale 1d --json',
    )
    .action(action<CheckOptions>(rt, (ctx, opts) => runCheck(ctx, opts), 'rows'));
}

export const helpJa: HelpTable = {
  check: 'cron 向けの点検: SLA 超過と超過間近、放置中のインシデント、経過観察の終了',
  'check:description':
    '今対応が必要なものを探します。何もなければ何も出力しません。SLA 超過は一件につき一度だけ経緯に記録し(操作者 "check")、' +
    '通知します。続けて 2 回実行しても、処理は一度だけです。',
  'check --warn': '目標時間のこの割合が過ぎたら警告する(例: 80%、既定: 設定 check.warn、none で無効)',
  'check --stale': 'この期間イベントのない対応中のインシデントを放置とみなす(例: 3d、既定: 設定 check.stale、none で無効)',
  'check --escalate': 'SLA 超過を設定のエスカレーション規則(escalation.*)に従ってエスカレーションする',
  'check --close-resolved': '経過観察期間が終わった解消済みインシデントを完了にする(重大インシデントは除く)',
  'check --exit-code': '対応が必要なものがあれば終了コード 6 で終わる',
  'check --new-only': 'この実行で初めて行ったことだけを表示する: 記録した SLA 超過、行ったエスカレーションと完了(cron のメール向け)',
};
