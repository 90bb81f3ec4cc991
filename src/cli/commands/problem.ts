import type { Command } from 'commander';
import {
  analyseProblem,
  closeProblem,
  fixProblem,
  knownErrorProblem,
  linkToProblem,
  loadProblem,
  openProblem,
  type LinkOutcome,
} from '../../app/problems.js';
import { usageError } from '../../core/errors.js';
import { ACTIVE_PROBLEM_STATUSES, PROBLEM_STATUSES, assertProblemMove, type Problem } from '../../core/problem.js';
import { parseRef } from '../../core/refs.js';
import { cleanText } from '../../core/validate.js';
import type { MessageKey } from '../../i18n/index.js';
import type { Runtime } from '../../io/runtime.js';
import { problemColumns, problemStatusStyle, renderProblemDetail } from '../../render/problem.js';
import { renderRows } from '../../render/rows.js';
import { listProblems, problemIncidents, problemTimeline } from '../../app/read.js';
import type { Context } from '../context.js';
import type { HelpTable } from '../help.js';
import { cutToLimit, DEFAULT_LIST_LIMIT, incidentId, incidentIds, listLimit, listStatuses, long, short } from '../inputs.js';
import { action, collect } from '../program.js';
import { styled } from '../../core/controls.js';

export const problemId = (v: string): number => parseRef('PRB', v);

const split = (values: readonly string[]) => values.flatMap((v) => String(v).split(/[,\s]+/)).filter(Boolean);

/** `INC-3,INC-9 12` → incident ids: repeatable and comma-separated, as `report recurring` prints them. */
export function incidentList(ctx: Context, values: readonly string[]): Promise<number[]> {
  return incidentIds(ctx, split(values));
}

/** `INC-3 KB-2,12` → incidents and knowledge entries (a bare number is an incident). */
async function linkRefs(ctx: Context, values: readonly string[]): Promise<{ incidents: number[]; knowledge: number[] }> {
  const out = { incidents: [] as number[], knowledge: [] as number[] };
  for (const v of split(values)) {
    if (/^kb/i.test(v.normalize('NFKC').trim())) out.knowledge.push(parseRef('KB', v));
    else out.incidents.push(await incidentId(ctx, v));
  }
  return out;
}

/** How a problem command reports the problem it changed: `-q` the ref, `--json` the object, else a line. */
function printProblem(ctx: Context, p: Problem, key: MessageKey, extra: Record<string, unknown> = {}): void {
  if (ctx.quiet) return ctx.print(p.ref);
  if (ctx.json) return ctx.printJson({ ...p, ...extra });
  const c = ctx.out;
  ctx.print(ctx.t(key, { ref: styled(c.bold(p.ref)), status: styled(problemStatusStyle(p.status, p.status, c)), title: p.title }));
}

/** What a link did, on stderr: moved incidents are worth saying, a recurrence after a fix even more. */
function reportLinks(ctx: Context, out: LinkOutcome): void {
  for (const m of out.moved) ctx.info('problem.movedFrom', { incident: m.incident, from: m.from, ref: out.problem.ref });
  if (out.linked.length && out.problem.status === 'fixed') ctx.hint('problem.fixedRecurrenceHint', { ref: out.problem.ref, incidents: out.linked.join(', ') });
}

// ---- open ------------------------------------------------------------------------------------

export interface ProblemOpenOptions {
  description?: string;
  owner?: string;
  category?: string;
  service?: string;
  rootCause?: string;
  workaround?: string;
  from?: string[];
}

export async function runProblemOpen(ctx: Context, opts: ProblemOpenOptions, titleArg?: string): Promise<void> {
  const from = await incidentList(ctx, opts.from ?? []);
  let title = titleArg;
  let { description, owner } = opts;
  // With --from the first incident names it; otherwise a title is needed, asked for on a TTY.
  if (title === undefined && !from.length) {
    if (!ctx.canPrompt) throw usageError('error.missingValue', { what: ctx.t('problem.prompt.title'), flag: 'TITLE (or --from INC-…)' });
    const p = await ctx.prompter();
    title = await p.text(ctx.t('problem.prompt.title'), { required: true });
    description ??= (await p.text(`${ctx.t('problem.prompt.description')} ${ctx.t('prompt.skip')}`)) || undefined;
    owner ??= (await p.text(`${ctx.t('problem.prompt.owner')} ${ctx.t('prompt.skip')}`)) || undefined;
  }
  const input = {
    title: title === undefined ? undefined : cleanText(title, 'TITLE', 'title'),
    description: long(description, '--description'),
    owner: short(owner, '--owner'),
    category: short(opts.category, '--category'),
    service: short(opts.service, '--service'),
    rootCause: long(opts.rootCause, '--root-cause'),
    workaround: long(opts.workaround, '--workaround'),
    from,
  };
  const out = await openProblem(await ctx.change(), input);
  printProblem(ctx, out.problem, 'problem.opened');
  reportLinks(ctx, out);
  if (!out.problem.owner) ctx.hint('problem.noOwnerHint', { ref: out.problem.ref });
}

// ---- list ------------------------------------------------------------------------------------

export interface ProblemListOptions {
  status?: string[];
  all?: boolean;
  owner?: string;
  mine?: boolean;
  limit?: string;
}

export async function runProblemList(ctx: Context, opts: ProblemListOptions): Promise<void> {
  const statuses = listStatuses(opts.status, opts.all, PROBLEM_STATUSES, [...ACTIVE_PROBLEM_STATUSES, 'fixed']);
  const format = ctx.format();
  const found = await listProblems(await ctx.store(), {
    statuses,
    owner: opts.mine ? ctx.actor : short(opts.owner, '--owner'),
    limit: listLimit(opts.limit),
  });
  const { rows, leftOut } = cutToLimit(found, opts.limit);
  if (ctx.quiet && format !== 'json') return rows.length ? ctx.print(rows.map((r) => r.ref).join('\n')) : undefined;
  if (format === 'table' && !rows.length) return ctx.info('problem.list.empty');
  ctx.rt.stdout.write(renderRows(problemColumns(ctx.t, ctx.now(), ctx.lang), rows, { format, width: ctx.width, chalk: ctx.out, color: ctx.colorOut, t: ctx.t, json: (p) => p }));
  if (leftOut) ctx.hint('problem.list.more', { shown: DEFAULT_LIST_LIMIT });
}

// ---- show ------------------------------------------------------------------------------------

export async function runProblemShow(ctx: Context, id: string): Promise<void> {
  const format = ctx.format(['table', 'json']);
  const prb = problemId(id);
  const c = await ctx.change();
  const problem = await loadProblem(c, prb);
  const timeline = await problemTimeline(c.store, problem.id);
  if (ctx.quiet && format !== 'json') return ctx.print(problem.ref);
  if (format === 'json') return ctx.printJson({ ...problem, timeline });
  const incidents = await problemIncidents(c.store, problem.id);
  ctx.rt.stdout.write(renderProblemDetail(problem, incidents, timeline, { t: ctx.t, chalk: ctx.out, width: ctx.width }));
}

// ---- link ------------------------------------------------------------------------------------

export async function runProblemLink(ctx: Context, id: string, refs: string[]): Promise<void> {
  const wanted = problemId(id);
  const prb = (await loadProblem(await ctx.change(), wanted)).id;
  const out = await linkToProblem(await ctx.change(), prb, await linkRefs(ctx, refs));
  if (ctx.quiet) return ctx.print(out.problem.ref);
  if (ctx.json) return ctx.printJson({ ...out.problem, linked: out.linked, alreadyLinked: out.already, moved: out.moved });
  if (out.linked.length) ctx.print(ctx.t('problem.linkedTo', { incidents: out.linked.join(', '), ref: styled(ctx.out.bold(out.problem.ref)) }));
  if (out.already.length) ctx.info('problem.alreadyLinked', { incidents: out.already.join(', '), ref: out.problem.ref });
  reportLinks(ctx, out);
}

// ---- analyse / known-error / fix / close ------------------------------------------------------

export interface ProblemChangeOptions {
  rootCause?: string;
  workaround?: string;
  fix?: string;
  owner?: string;
  note?: string;
  reason?: string;
}

export async function runProblemAnalyse(ctx: Context, opts: ProblemChangeOptions, id: string): Promise<void> {
  const input = { rootCause: long(opts.rootCause, '--root-cause'), owner: short(opts.owner, '--owner'), note: long(opts.note, '--note') };
  const prb = problemId(id);
  const reopened = (await loadProblem(await ctx.change(), prb)).status === 'fixed';
  const p = await analyseProblem(await ctx.change(), prb, input);
  printProblem(ctx, p, reopened ? 'problem.reopened' : 'problem.analysed');
  if (!p.owner) ctx.hint('problem.noOwnerHint', { ref: p.ref });
  else if (p.rootCause && !p.workaround) ctx.hint('problem.nextKnownError', { ref: p.ref });
}

export async function runProblemKnownError(ctx: Context, opts: ProblemChangeOptions, id: string): Promise<void> {
  const ref = problemId(id);
  // Refuse a move from the wrong state before asking for anything.
  const current = await loadProblem(await ctx.change(), ref);
  assertProblemMove('known-error', current.status, current.ref);
  const ask = (key: MessageKey) => (p: { text: (m: string, o: { required: boolean }) => Promise<string> }) => p.text(ctx.t(key), { required: true });
  const prompted = ctx.canPrompt && ((opts.rootCause === undefined && !current.rootCause) || (opts.workaround === undefined && !current.workaround));
  const rootCause = opts.rootCause === undefined && current.rootCause ? undefined : await ctx.required(opts.rootCause, '--root-cause', 'problem.prompt.rootCause', ask('problem.prompt.rootCause'));
  const workaround = opts.workaround === undefined && current.workaround ? undefined : await ctx.required(opts.workaround, '--workaround', 'problem.prompt.workaround', ask('problem.prompt.workaround'));
  const input = {
    expectedVersion: prompted ? current.version : undefined,
    rootCause: long(rootCause, '--root-cause'),
    workaround: long(workaround, '--workaround'),
    owner: short(opts.owner, '--owner'),
    note: long(opts.note, '--note'),
  };
  const p = await knownErrorProblem(await ctx.change(), ref, input);
  printProblem(ctx, p, 'problem.knownErrorDone');
  if (p.knowledge[0]) ctx.info('problem.knowledgePublished', { ref: p.ref, kb: p.knowledge[0] });
}

export async function runProblemFix(ctx: Context, opts: ProblemChangeOptions, id: string): Promise<void> {
  const ref = problemId(id);
  const current = await loadProblem(await ctx.change(), ref);
  assertProblemMove('fix', current.status, current.ref);
  const prompted = ctx.canPrompt && ((opts.rootCause === undefined && !current.rootCause) || opts.fix === undefined);
  const rootCause = opts.rootCause === undefined && current.rootCause ? undefined : await ctx.required(opts.rootCause, '--root-cause', 'problem.prompt.rootCause', (p) => p.text(ctx.t('problem.prompt.rootCause'), { required: true }));
  const fix = await ctx.required(opts.fix, '--fix', 'problem.prompt.fix', (p) => p.text(ctx.t('problem.prompt.fix'), { required: true }));
  const input = {
    expectedVersion: prompted ? current.version : undefined,
    fix: long(fix, '--fix') as string,
    rootCause: long(rootCause, '--root-cause'),
    owner: short(opts.owner, '--owner'),
    note: long(opts.note, '--note'),
  };
  const p = await fixProblem(await ctx.change(), ref, input);
  printProblem(ctx, p, 'problem.fixedDone');
}

export async function runProblemClose(ctx: Context, opts: ProblemChangeOptions, id: string): Promise<void> {
  const prb = problemId(id);
  const p = await closeProblem(await ctx.change(), prb, { reason: long(opts.reason, '--reason') });
  printProblem(ctx, p, 'problem.closedDone');
}

// ---- wiring ----------------------------------------------------------------------------------

/** The command words this module registers (cli/commands/names.ts builds only the one a run names). */
export const names: readonly string[] = ['problem'];

export function register(program: Command, rt: Runtime): void {
  const group = program
    .command('problem')
    .summary('problem management (問題管理): root cause, known errors and permanent fixes')
    .description(
      'Problem management: incident management restores service, problem management removes the cause.\n' +
        'A problem PRB-n moves open → analysing → known_error → fixed → closed, with its incidents linked.',
    )
    .addHelpText(
      'after',
      `
Examples:
  $ incident problem open --from INC-3,INC-9,INC-12 --owner tanaka
  $ incident problem analyse PRB-1 --root-cause "証明書の更新が手作業で漏れる"
  $ incident problem known-error PRB-1 --workaround "VPN ゲートウェイで証明書を手動更新"
  $ incident problem fix PRB-1 --fix "証明書を ACME で自動更新"
  $ incident problem close PRB-1`,
    );

  group
    .command('open')
    .summary('open a problem, from scratch or from recurring incidents (--from)')
    .argument('[title]', 'the underlying problem, in one line (default with --from: the first incident\'s title)')
    .option('-d, --description <text>', 'symptoms, how often, who is affected')
    .option('--owner <name>', 'who is responsible for the root cause')
    .option('-c, --category <name>', 'category (default with --from: the first incident\'s)')
    .option('-s, --service <name>', 'service (default with --from: the first incident\'s)')
    .option('--root-cause <text>', 'the root cause, if already known')
    .option('--workaround <text>', 'a workaround, if already known')
    .option('--from <refs>', 'incidents it starts from, e.g. INC-3,INC-9 (repeatable)', collect)
    .addHelpText('after', '\nExamples:\n  $ incident problem open "プリンタのスプーラが毎週止まる" --owner suzuki\n  $ incident problem open --from INC-3,INC-9,INC-12')
    .action(action<ProblemOpenOptions>(rt, (ctx, opts, args) => runProblemOpen(ctx, opts, args[0])));

  group
    .command('list')
    .alias('ls')
    .summary('list problems, oldest first (default: every state but closed)')
    .option('--status <status>', 'open | analysing | known_error | fixed | closed (repeatable)', collect)
    .option('--all', 'every state')
    .option('--owner <name>', 'owned by')
    .option('--mine', 'owned by me (the actor)')
    .option('-n, --limit <n>', 'at most n rows (default 50; 0 = no limit)')
    .addHelpText('after', '\nExamples:\n  $ incident problem list\n  $ incident problem list --status known_error --json\n  $ incident problem list --mine')
    .action(action<ProblemListOptions>(rt, (ctx, opts) => runProblemList(ctx, opts), 'rows'));

  group
    .command('show')
    .summary('all fields, linked incidents and the timeline of a problem')
    .argument('<id>', 'problem, e.g. PRB-4 or 4')
    .addHelpText('after', '\nExamples:\n  $ incident problem show PRB-4\n  $ incident problem show 4 --json | jq .timeline')
    .action(action<object>(rt, (ctx, _opts, args) => runProblemShow(ctx, args[0]), 'rows'));

  group
    .command('link')
    .summary('link incidents (moving them from another problem) or knowledge entries to a problem')
    .argument('<id>', 'problem, e.g. PRB-4')
    .argument('<refs...>', 'incidents or knowledge entries, e.g. INC-12 INC-15,KB-3')
    .addHelpText('after', '\nExamples:\n  $ incident problem link PRB-4 INC-12 INC-15\n  $ incident problem link PRB-4 KB-3')
    .action(action<object>(rt, (ctx, _opts, args) => runProblemLink(ctx, args[0], args[1] as unknown as string[])));

  group
    .command('analyse')
    .alias('analyze')
    .summary('start or continue the root-cause analysis (also: the fix did not hold)')
    .argument('<id>', 'problem, e.g. PRB-4')
    .option('--root-cause <text>', 'the root cause found so far')
    .option('--owner <name>', 'who is responsible for the root cause')
    .option('--note <text>', 'progress, findings')
    .addHelpText('after', '\nExamples:\n  $ incident problem analyse PRB-4 --owner tanaka\n  $ incident problem analyse PRB-4 --root-cause "証明書の更新が手作業"\n  $ incident problem analyse PRB-4 --note "the fix did not hold: 再発"')
    .action(action<ProblemChangeOptions>(rt, (ctx, opts, args) => runProblemAnalyse(ctx, opts, args[0])));

  group
    .command('known-error')
    .summary('record root cause and workaround: a known error (既知のエラー), published as a knowledge entry')
    .argument('<id>', 'problem, e.g. PRB-4')
    .option('--root-cause <text>', 'the root cause (required unless recorded)')
    .option('--workaround <text>', 'how to restore service until the fix (required unless recorded)')
    .option('--owner <name>', 'who is responsible for the root cause')
    .option('--note <text>', 'note for the timeline')
    .addHelpText('after', '\nExamples:\n  $ incident problem known-error PRB-4 --workaround "VPN ゲートウェイで証明書を手動更新"\n  $ incident problem known-error PRB-4 --root-cause "…" --workaround "…"')
    .action(action<ProblemChangeOptions>(rt, (ctx, opts, args) => runProblemKnownError(ctx, opts, args[0])));

  group
    .command('fix')
    .summary('record the permanent fix (恒久対策)')
    .argument('<id>', 'problem, e.g. PRB-4')
    .option('--fix <text>', 'what was changed so it does not recur (required)')
    .option('--root-cause <text>', 'the root cause (required unless recorded)')
    .option('--owner <name>', 'who is responsible')
    .option('--note <text>', 'note for the timeline, e.g. the change request')
    .addHelpText('after', '\nExamples:\n  $ incident problem fix PRB-4 --fix "証明書を ACME で自動更新" --note RFC-88')
    .action(action<ProblemChangeOptions>(rt, (ctx, opts, args) => runProblemFix(ctx, opts, args[0])));

  group
    .command('close')
    .summary('close a fixed problem (or, with --reason, one that will not be fixed)')
    .argument('<id>', 'problem, e.g. PRB-4')
    .option('-r, --reason <text>', 'why it is closed without a permanent fix, or a closing note')
    .addHelpText('after', '\nExamples:\n  $ incident problem close PRB-4\n  $ incident problem close PRB-7 --reason "旧システム廃止のため対応しない"')
    .action(action<ProblemChangeOptions>(rt, (ctx, opts, args) => runProblemClose(ctx, opts, args[0])));
}

export const helpJa: HelpTable = {
  problem: '問題管理: 根本原因・既知のエラー・恒久対策',
  'problem:description':
    '問題管理: インシデント管理はサービスを復旧し、問題管理は原因を取り除きます。\n問題 PRB-n は open → analysing → known_error → fixed → closed と進み、関連するインシデントを紐付けます。',
  'problem open': '問題を起票する(一から、または再発したインシデントから --from)',
  'problem open <title>': '根本にある問題を一行で(--from のときの既定: 最初のインシデントのタイトル)',
  'problem open --description': '症状、頻度、影響を受ける人',
  'problem open --owner': '根本原因に責任を持つ担当者',
  'problem open --category': 'カテゴリ(--from のときの既定: 最初のインシデントのもの)',
  'problem open --service': 'サービス(--from のときの既定: 最初のインシデントのもの)',
  'problem open --root-cause': '根本原因(分かっていれば)',
  'problem open --workaround': '回避策(分かっていれば)',
  'problem open --from': '元になるインシデント(例: INC-3,INC-9、繰り返し指定可)',
  'problem list': '問題の一覧(古い順。既定: closed 以外すべて)',
  'problem list --status': 'open | analysing | known_error | fixed | closed(繰り返し指定可)',
  'problem list --all': 'すべての状態',
  'problem list --owner': '担当者で絞り込む',
  'problem list --mine': '自分(actor)が担当の問題',
  'problem list --limit': '最大 n 行(既定 50、0 で無制限)',
  'problem show': '問題の全項目・紐付いたインシデント・経過を表示する',
  'problem show <id>': '問題(例: PRB-4 または 4)',
  'problem link': 'インシデント(別の問題から移動)やナレッジを問題に紐付ける',
  'problem link <id>': '問題(例: PRB-4)',
  'problem link <refs>': 'インシデントまたはナレッジ(例: INC-12 INC-15,KB-3)',
  'problem analyse': '根本原因の分析を始める・続ける(恒久対策が効かなかったときも)',
  'problem analyse <id>': '問題(例: PRB-4)',
  'problem analyse --root-cause': 'これまでに分かった根本原因',
  'problem analyse --owner': '根本原因に責任を持つ担当者',
  'problem analyse --note': '進捗・調査結果',
  'problem known-error': '根本原因と回避策を記録する: 既知のエラー(ナレッジとして公開)',
  'problem known-error <id>': '問題(例: PRB-4)',
  'problem known-error --root-cause': '根本原因(未記録なら必須)',
  'problem known-error --workaround': '恒久対策までの復旧手順(未記録なら必須)',
  'problem known-error --owner': '根本原因に責任を持つ担当者',
  'problem known-error --note': '経過に残すメモ',
  'problem fix': '恒久対策を記録する',
  'problem fix <id>': '問題(例: PRB-4)',
  'problem fix --fix': '再発しないように何を変えたか(必須)',
  'problem fix --root-cause': '根本原因(未記録なら必須)',
  'problem fix --owner': '担当者',
  'problem fix --note': '経過に残すメモ(例: 変更要求の番号)',
  'problem close': '対策済みの問題をクローズする(--reason で対策しない問題も)',
  'problem close <id>': '問題(例: PRB-4)',
  'problem close --reason': '恒久対策なしでクローズする理由、またはクローズ時のメモ',
};
