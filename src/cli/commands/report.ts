import type { Command } from 'commander';
import { usageError } from '../../core/errors.js';
import { parseChoice, parseInteger } from '../../core/validate.js';
import type { Runtime } from '../../io/runtime.js';
import type { Context } from '../context.js';
import { time } from '../inputs.js';
import { dateTime } from '../../render/time.js';
import { action } from '../program.js';
import type { HelpTable } from '../help.js';
import type { Format } from '../../render/rows.js';
import type { ReportResult } from '../../app/reports.js';
import { openOutputFile } from '../../io/output-file.js';

export interface ReportOptions {
  since?: string;
  until?: string;
  groupBy?: string;
  from?: string;
  gross?: boolean;
  net?: boolean;
  business?: boolean;
  per?: string;
  min?: string;
  limit?: string;
  month?: string;
  output?: string;
}

const KINDS = ['summary', 'sla', 'mttr', 'recurring', 'workload', 'trend', 'kb', 'problems', 'monthly'] as const;

function parseKind(value: string): (typeof KINDS)[number] {
  const kind = value.normalize('NFKC').trim().toLowerCase();
  if (!(KINDS as readonly string[]).includes(kind)) throw usageError('report.badKind', { choices: KINDS.join(', '), value });
  return kind as (typeof KINDS)[number];
}
const GROUP_BY = ['priority', 'category', 'service', 'team', 'assignee'] as const;

export async function runReport(ctx: Context, opts: ReportOptions, kindArg: string): Promise<void> {
  const kind = parseKind(kindArg);
  if (kind === 'monthly') return runMonthly(ctx, opts);
  if (opts.month !== undefined) throw usageError('report.monthOnly');
  // trend is a chart: drawn unless another format is asked for, piped or not.
  const format = outputFormat(ctx, opts) ?? (kind === 'trend' && ctx.opts.format === undefined && !ctx.opts.json ? 'table' : ctx.format());
  const groupBy = opts.groupBy === undefined ? undefined : parseChoice(opts.groupBy, 'group-by', GROUP_BY);
  if (groupBy && (kind === 'recurring' || kind === 'trend' || kind === 'problems')) throw usageError('report.noGroupBy', { kind });
  const since = time(ctx, opts.since, 'since')?.toISOString();
  const until = time(ctx, opts.until, 'until')?.toISOString();
  // Said in local time, as typed: a JST user's `--since 2026-12-10` is not `2026-12-09T15:00Z` to them.
  if (since && until && since >= until) throw usageError('report.badWindow', { since: dateTime(since), until: dateTime(until) });
  // mttr: the bases asked for; none asked, all three (business: working time beside elapsed time).
  const asked = (['net', 'gross', 'business'] as const).filter((b) => opts[b]);
  const basis: ('net' | 'gross' | 'business')[] = asked.length ? [...asked] : ['net', 'gross', 'business'];
  // Report code loads only when a report is asked for (start-up of other commands stays small).
  const { buildReport } = await import('../../app/reports.js');
  const result = await buildReport(await ctx.store(), kind, {
    window: { since, until },
    now: ctx.now(),
    groupBy,
    from: opts.from === undefined ? 'opened' : parseChoice(opts.from, 'from', ['opened', 'detected'] as const),
    basis,
    // Calendars only where they count: sla's lateness and mttr's business basis.
    ...((kind === 'sla' || (kind === 'mttr' && basis.includes('business'))) && { sla: (await ctx.config()).sla(ctx.calendarSources()) }),
    per: opts.per === undefined ? 'day' : parseChoice(opts.per, 'per', ['day', 'week', 'month'] as const),
    minCount: opts.min === undefined ? 2 : parseInteger(opts.min, 'min', 2, 1_000_000),
    limit: opts.limit === undefined ? 10 : parseInteger(opts.limit, 'limit', 1, 10_000),
  });
  await emit(ctx, result, format, opts.output);
  if (format === 'table') for (const s of result.suggestions) ctx.hint('report.suggest', { command: s });
}

/**
 * `--format html`, which only reports have; or, with `-o FILE` and no `--format`, the format its
 * name says (`.html`, `.csv`, `.md`, `.json`; else tsv). Undefined: the usual choice (ctx.format).
 */
function outputFormat(ctx: Context, opts: ReportOptions): Format | 'html' | undefined {
  const asked = ctx.opts.json ? 'json' : ctx.opts.format?.normalize('NFKC').trim().toLowerCase();
  if (asked === 'html') return 'html';
  if (asked || !opts.output) return undefined;
  const ext = /\.(html?|csv|md|json)$/i.exec(opts.output)?.[1].toLowerCase();
  return ext === 'htm' || ext === 'html' ? 'html' : ext === 'csv' || ext === 'md' || ext === 'json' ? ext : 'tsv';
}

/** Renders a report and writes it to stdout, or to `-o FILE` (whole or not at all). */
async function emit(ctx: Context, result: ReportResult, format: Format | 'html', output: string | undefined): Promise<void> {
  let text: string;
  if (format === 'html') {
    // The HTML page and its chart library load only for HTML (SPEC §13).
    const { renderReportHtml } = await import('../../render/html.js');
    text = await renderReportHtml(result, { t: ctx.t, lang: ctx.lang, now: ctx.now() });
  } else {
    const { renderReport } = await import('../../render/reports.js');
    const table = format === 'table';
    text = renderReport(result, { format, t: ctx.t, chalk: ctx.out, color: table && !output && ctx.colorOut, width: ctx.width, lang: ctx.lang });
  }
  if (!output) {
    ctx.rt.stdout.write(text);
    return;
  }
  const file = openOutputFile(output);
  try {
    file.write(text);
    file.commit();
  } catch (e) {
    file.abandon();
    throw e;
  }
  ctx.info('report.written', { path: output });
}

/** `report monthly [--month YYYY-MM]`: the month's figures and the last 12 months' trend. */
async function runMonthly(ctx: Context, opts: ReportOptions): Promise<void> {
  for (const [flag, value] of [['--since', opts.since], ['--until', opts.until], ['--group-by', opts.groupBy]] as const) {
    if (value !== undefined) throw usageError('report.monthlyWindow', { flag });
  }
  const format = outputFormat(ctx, opts) ?? ctx.format();
  const month = opts.month?.normalize('NFKC').trim();
  if (month !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw usageError('report.badMonth', { value: opts.month });
  const limit = opts.limit === undefined ? 5 : parseInteger(opts.limit, 'limit', 1, 10_000);
  const { buildMonthly } = await import('../../app/monthly.js');
  const result = await buildMonthly(await ctx.store(), { month, now: ctx.now(), limit, sla: (await ctx.config()).sla(ctx.calendarSources()) });
  await emit(ctx, result, format, opts.output);
}

/** The command words this module registers (cli/commands/names.ts builds only the one a run names). */
export const names: readonly string[] = ['report'];

export function register(program: Command, rt: Runtime): void {
  program
    .command('report')
    .summary('reports: summary | sla | mttr | recurring | workload | trend | kb | problems | monthly')
    .description(
      'Reports for managers and for learning what keeps coming back. Incidents are those opened in [--since, --until).\n' +
        'Durations print as "3h 12m" in tables and as seconds in JSON/CSV; docs/metrics.md defines every figure.\n' +
        '--format html -o FILE writes one self-contained page with charts, for a browser or an A4 PDF.',
    )
    .argument(
      '<kind>',
      'summary (counts, backlog) | sla (compliance) | mttr (time to classify and resolve) | recurring (what keeps coming back) | ' +
        'workload (per assignee or team) | trend (opened and resolved per day, week or month) | kb (knowledge use) | problems (open problems, incidents avoided) | ' +
        'monthly (the month\'s report for managers)',
    )
    .option('--since <time>', 'opened at or after: ISO, "30d", "yesterday"')
    .option('--until <time>', 'opened before')
    .option('--group-by <field>', 'priority | category | service | team | assignee')
    .option('--from <start>', 'mttr: count durations from opened (default) or detected')
    .option('--gross', 'mttr: wall-clock durations only (time on hold included)')
    .option('--net', 'mttr: durations without time on hold only')
    .option('--business', "mttr: working time only, in each incident's SLA calendar (time on hold left out)")
    .option('--per <period>', 'trend: day (default), week or month')
    .option('--min <n>', 'recurring: smallest cluster shown (default 2)')
    .option('-n, --limit <n>', 'kb: how many most-used entries (default 10); monthly: how many recurring clusters and entries (default 5)')
    .option('-o, --output <file>', 'write the report to this file (created 0600) instead of stdout; --format html makes a page for a browser')
    .option('--month <YYYY-MM>', 'monthly: the month to report (default: the month before this one)')
    .addHelpText(
      'after',
      `
Examples:
  $ incident report sla --since 2026-10-01 --until 2026-11-01 --format md > sla-october.md
  $ incident report recurring --since 90d
  $ incident report monthly --month 2026-11 --format html -o 2026-11.html`,
    )
    .action(action<ReportOptions>(rt, (ctx, opts, args) => runReport(ctx, opts, args[0]), 'rows'));
}

export const helpJa: HelpTable = {
  report: 'レポート: summary | sla | mttr | recurring | workload | trend | kb | problems | monthly',
  'report:description':
    '管理者への報告と、繰り返し起きていることを知るためのレポートです。対象は [--since, --until) に起票したインシデントです。\n' +
    '所要時間は表では "3時間12分"、JSON・CSV では秒数で出力します。各数値の定義は docs/metrics.md にあります。\n' +
    '--format html -o ファイル で、グラフ入りの 1 つの HTML ファイル(ブラウザ表示・A4 の PDF 印刷用)を書き出します。',
  'report <kind>':
    'summary(件数と未解決の滞留)、sla(SLA 遵守率)、mttr(分類・解消までの時間)、recurring(繰り返し起きていること)、' +
    'workload(担当者・チームごとの作業量)、trend(日・週・月ごとの起票数と解消数)、kb(ナレッジの活用)、problems(未解決の問題と再発防止の効果)、' +
    'monthly(管理者向けの月次報告)',
  'report --since': 'この時刻以降に起票したもの: ISO 形式、"30d"、"yesterday"',
  'report --until': 'この時刻より前に起票したもの',
  'report --group-by': '集計の単位: priority | category | service | team | assignee',
  'report --from': 'mttr: 所要時間の起点: opened(起票、既定)または detected(発生)',
  'report --gross': 'mttr: 保留時間を含む経過時間だけを表示',
  'report --net': 'mttr: 保留時間を除いた所要時間だけを表示',
  'report --business': 'mttr: 各インシデントの SLA カレンダーの営業時間だけで数えた所要時間を表示(保留時間を除く)',
  'report --per': 'trend: day(日ごと、既定)、week(週ごと)または month(月ごと)',
  'report --min': 'recurring: 表示するまとまりの最小件数(既定 2)',
  'report --limit': 'kb: よく使われたナレッジの表示件数(既定 10)。monthly: 繰り返しとナレッジの表示件数(既定 5)',
  'report --output': '標準出力ではなくこのファイルに書き出す(権限 0600 で作成)。--format html でブラウザで開くページになる',
  'report --month': 'monthly: 報告する月(既定: 前月)',
};
