import type { Command } from 'commander';
import { ACTIVE_STATUSES, STATUSES } from '../../core/lifecycle.js';
import { parsePriority } from '../../core/priority.js';
import { parseChoice } from '../../core/validate.js';
import type { Runtime } from '../../io/runtime.js';
import { incidentColumns } from '../../render/incident.js';
import { renderRows } from '../../render/rows.js';
import { INCIDENT_SORTS, toPublic } from '../../core/incident.js';
import { listIncidents } from '../../app/read.js';
import type { Context } from '../context.js';
import { cutToLimit, DEFAULT_LIST_LIMIT, incidentId, listLimit, listStatuses, short, time } from '../inputs.js';
import { action, collect } from '../program.js';
import type { HelpTable } from '../help.js';

export interface ListOptions {
  status?: string[];
  all?: boolean;
  priority?: string[];
  assignee?: string;
  team?: string;
  category?: string;
  service?: string;
  since?: string;
  until?: string;
  overdue?: boolean;
  mine?: boolean;
  sort?: string;
  limit?: string;
  parent?: string;
}

export async function runList(ctx: Context, opts: ListOptions): Promise<void> {
  const statuses = listStatuses(opts.status, opts.all, STATUSES, [...ACTIVE_STATUSES, 'resolved']);
  const format = ctx.format();
  const filter = {
    statuses,
    priorities: opts.priority?.flatMap((p) => p.split(',')).map(parsePriority),
    assignee: opts.mine ? ctx.actor : short(opts.assignee, '--assignee'),
    team: short(opts.team, '--team'),
    category: short(opts.category, '--category'),
    service: short(opts.service, '--service'),
    since: time(ctx, opts.since, 'since')?.toISOString(),
    until: time(ctx, opts.until, 'until')?.toISOString(),
    overdueAt: opts.overdue ? ctx.now().toISOString() : undefined,
    sort: opts.sort === undefined ? undefined : parseChoice(opts.sort, 'sort', INCIDENT_SORTS),
    limit: listLimit(opts.limit),
    parent: opts.parent === undefined ? undefined : await incidentId(ctx, opts.parent),
  };
  const { rows, leftOut } = cutToLimit(await listIncidents(await ctx.store(), filter), opts.limit);
  if (ctx.quiet && format !== 'json') return rows.length ? ctx.print(rows.map((r) => r.ref).join('\n')) : undefined;
  if (format === 'table' && !rows.length) return ctx.info('list.empty');
  ctx.page(
    renderRows(incidentColumns(ctx.t, ctx.now()), rows, { format, width: ctx.width, chalk: ctx.out, color: ctx.colorOut, t: ctx.t, json: toPublic }),
  );
  if (leftOut) ctx.hint('list.more', { shown: DEFAULT_LIST_LIMIT });
}

/** The command words this module registers (cli/commands/names.ts builds only the one a run names). */
export const names: readonly string[] = ['list', 'ls'];

export function register(program: Command, rt: Runtime): void {
  program
    .command('list')
    .alias('ls')
    .summary('list incidents (default: every state but closed and cancelled)')
    .option('--status <status>', 'open | classified | escalated | on_hold | resolved | closed | cancelled (repeatable)', collect)
    .option('--all', 'every state')
    .option('-p, --priority <P>', 'P1…P5 (repeatable)', collect)
    .option('-a, --assignee <name>', 'assigned to')
    .option('-t, --team <name>', 'team')
    .option('-c, --category <name>', 'category')
    .option('-s, --service <name>', 'service')
    .option('--since <time>', 'opened at or after: ISO, "7d", "yesterday"')
    .option('--until <time>', 'opened before')
    .option('--overdue', 'past a response or resolution due time')
    .option('--mine', 'assigned to me (the actor)')
    .option('--sort <key>', 'priority | opened | updated | due | id (default priority)')
    .option('-n, --limit <n>', 'at most n rows (default 50; 0 = no limit)')
    .option('--parent <ref>', 'the children of this incident (incident link … --as parent)')
    .addHelpText('after', '\nExamples:\n  $ incident list --mine\n  $ incident list --overdue --priority P1 --priority P2\n  $ incident list --all --since 30d --format csv > incidents.csv')
    .action(action<ListOptions>(rt, (ctx, opts) => runList(ctx, opts), 'rows'));
}

export const helpJa: HelpTable = {
  list: 'インシデントの一覧(既定: 完了・取消以外のすべて)',
  'list --status': 'open | classified | escalated | on_hold | resolved | closed | cancelled(繰り返し指定可)',
  'list --all': 'すべての状態',
  'list --priority': 'P1…P5(繰り返し指定可)',
  'list --assignee': '担当者',
  'list --team': 'チーム',
  'list --category': 'カテゴリ',
  'list --service': 'サービス',
  'list --since': 'この時刻以降に起票: ISO 形式、"7d"、"yesterday"',
  'list --until': 'この時刻より前に起票',
  'list --overdue': '対応期限または解消期限を過ぎたもの',
  'list --mine': '自分(操作者)が担当のもの',
  'list --sort': 'priority | opened | updated | due | id(既定 priority)',
  'list --limit': '最大 n 行(既定 50、0 で無制限)',
  'list --parent': 'このインシデントの子(incident link … --as parent)',
};
