import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { AppError, usageError } from '../../core/errors.js';
import { closest } from '../../core/suggest.js';
import type { IncidentRecord } from '../../core/incident.js';
import { ACTIVE_STATUSES } from '../../core/lifecycle.js';
import { isOverdue } from '../../core/sla.js';
import type { Runtime } from '../../io/runtime.js';
import { priorityStyle } from '../../render/incident.js';
import { renderRows, type Column } from '../../render/rows.js';
import { duration } from '../../render/time.js';
import { countIncidents, listIncidents, type IncidentFilter } from '../../app/read.js';
import type { Context } from '../context.js';
import { isPgUrl, type Store } from '../../app/database.js';
import { action } from '../program.js';

const SHOWN = 5;

/**
 * `incident` with no command: on a terminal, what needs me now (my open incidents, what is overdue)
 * instead of a wall of help; piped, the plain help.
 */
export async function runHome(ctx: Context, program: Command, words: string[]): Promise<void> {
  if (words.length) {
    // A word no command owns reaches the root (whose action takes any words): name the likely one.
    const known = program.createHelp().visibleCommands(program).map((c) => c.name());
    const suggestion = closest(words[0], known);
    if (suggestion) throw usageError('error.unknownCommand', { value: words[0], command: '', suggestion }, 'error.didYouMean');
    throw usageError('error.unknownCommand', { value: words[0], command: '' }, 'error.seeHelp');
  }
  if (!ctx.stdoutIsTTY) return void program.outputHelp();
  const { t } = ctx;
  const c = ctx.out;
  const firstSteps = (path: string) => ctx.print([t('overview.noDatabase', { path }), t('overview.firstSteps'), c.dim(t('overview.next'))].join('\n'));
  if (!isPgUrl(ctx.dbPath()) && !existsSync(ctx.dbPath())) return firstSteps(ctx.dbPath());
  let store: Store;
  try {
    store = await ctx.store();
  } catch (e) {
    // An empty database on a server is what a missing file is here: nothing recorded yet, nothing made.
    if (e instanceof AppError && e.key === 'error.storageMissing' && isPgUrl(ctx.dbPath())) return firstSteps(String(e.params.path));
    throw e;
  }
  const incidents = { count: (f: IncidentFilter) => countIncidents(store, f), list: (f: IncidentFilter) => listIncidents(store, f) };
  const now = ctx.now().toISOString();
  const active = { statuses: ACTIVE_STATUSES };
  const me = ctx.actor;
  const mine = await incidents.count({ ...active, assignee: me });
  const mineOverdue = await incidents.count({ overdueAt: now, assignee: me });
  const all = await incidents.count(active);
  const lines: string[] = [];
  if (!all) {
    lines.push(t('overview.nothing'));
  } else {
    const overdue = await incidents.count({ overdueAt: now });
    const unassigned = await incidents.count({ ...active, unassigned: true });
    const mineText = t('overview.mine', { actor: me, count: mine, overdue: mineOverdue });
    lines.push(mineOverdue ? c.bold(mineText) : mineText);
    lines.push(t('overview.all', { count: all, overdue, unassigned }));
    // Mine first, soonest due first; when nothing is mine, the most urgent of everyone's.
    const rows = mine
      ? await incidents.list({ ...active, assignee: me, sort: 'due', limit: SHOWN })
      : await incidents.list({ ...active, sort: 'priority', limit: SHOWN });
    lines.push('');
    lines.push(renderRows(overviewColumns(ctx), rows, { format: 'table', width: ctx.width, chalk: c, color: ctx.colorOut, t: ctx.t }).trimEnd());
    if (mine > SHOWN) lines.push(c.dim(t('overview.more', { count: mine - SHOWN })));
  }
  lines.push('', c.dim(t('overview.next')));
  ctx.print(lines.join('\n'));
}

function overviewColumns(ctx: Context): Column<IncidentRecord>[] {
  const now = ctx.now();
  const due = (i: IncidentRecord): string => {
    if (i.status === 'on_hold') return '';
    const at = i.classifiedAt ? i.resolveDueAt : (i.responseDueAt ?? i.resolveDueAt);
    if (!at) return '';
    const seconds = (Date.parse(at) - now.getTime()) / 1000;
    return seconds < 0
      ? ctx.t('overview.overdueBy', { duration: duration(-seconds, ctx.lang) })
      : ctx.t('overview.dueIn', { duration: duration(seconds, ctx.lang) });
  };
  return [
    { key: 'ref', heading: ctx.t('col.ref'), value: (i) => i.ref, style: (s, _i, c) => c.cyan(s) },
    { key: 'priority', heading: ctx.t('col.priority'), value: (i) => i.priority ?? '', style: (s, i, c) => priorityStyle(s, i.priority, c) },
    { key: 'status', heading: ctx.t('col.status'), value: (i) => i.status, dropOrder: 1 },
    { key: 'title', heading: ctx.t('col.title'), value: (i) => (i.major ? `${ctx.t('col.majorTag')} ${i.title}` : i.title), raw: (i) => (i.major ? `[MAJOR] ${i.title}` : i.title), flexible: true },
    { key: 'due', heading: ctx.t('col.due'), value: due, style: (s, i, c) => (isOverdue(i, now) ? c.red.bold(s) : s), dropOrder: 2 },
  ];
}

/** The root's own action. Registered after every subcommand (see buildProgram). */
export function register(program: Command, rt: Runtime): void {
  program.allowExcessArguments(true).action(
    action<object>(rt, (ctx) => runHome(ctx, program, program.args)),
  );
}
