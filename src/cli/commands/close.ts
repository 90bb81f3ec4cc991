import type { Command } from 'commander';
import { closeIncident } from '../../app/incidents.js';
import { tryParseRef } from '../../core/refs.js';
import type { Runtime } from '../../io/runtime.js';
import { findProblem, incidentTimeline } from '../../app/read.js';
import type { Context } from '../context.js';
import { incidentId, long } from '../inputs.js';
import { printChanged } from '../print.js';
import { action } from '../program.js';
import type { HelpTable } from '../help.js';
import { slaCalendars } from '../sla-calendars.js';

export interface CloseOptions {
  problem?: string | boolean;
  report?: boolean;
}

/** `--problem` alone, `--problem "text"` (a new problem) or `--problem PRB-4` (an existing one). */
function handOff(value: string | boolean | undefined): string | true | { problemId: number } | undefined {
  if (value === undefined || value === false) return undefined;
  if (value === true) return true;
  const text = String(value).normalize('NFKC').trim();
  // A ref names an existing problem: PRB-4, prb-4, PRB-0004, or a bare number.
  const id = /^(prb-?)?\d+$/i.test(text) ? tryParseRef('PRB', text) : null;
  return id !== null ? { problemId: id } : (long(String(value), '--problem') as string);
}

export async function runClose(ctx: Context, opts: CloseOptions, id: string): Promise<void> {
  const problem = handOff(opts.problem);
  const ref = await incidentId(ctx, id);
  const incident = await closeIncident(await ctx.change(), ref, { problem });
  if (opts.report && !ctx.json) {
    const { completionFacts } = await import('../../app/completion.js');
    const { renderCompletionReport } = await import('../../render/report.js');
    const store = await ctx.store();
    const timeline = await incidentTimeline(store, incident.id);
    const calendars = await slaCalendars(ctx, incident, timeline);
    ctx.rt.stdout.write(renderCompletionReport(incident, timeline, { t: ctx.t, now: ctx.now(), lang: ctx.lang, calendars, ...(await completionFacts(store, incident, timeline)) }));
  } else {
    printChanged(ctx, incident, 'close.done');
  }
  if (problem !== undefined && incident.problem) {
    const p = await findProblem(await ctx.store(), Number(incident.problem.slice(4)));
    if (p) {
      ctx.info('problem.handedOff', { incident: incident.ref, ref: p.ref, status: p.status, title: p.title });
      if (!p.owner) ctx.hint('problem.noOwnerHint', { ref: p.ref });
    }
  }
  // A workaround leaves the cause in place: say so unless someone already owns it.
  if (incident.resolutionCode === 'workaround' && problem === undefined && !incident.problem) ctx.hint('problem.workaroundHint', { ref: incident.ref });
}

/** The command words this module registers (cli/commands/names.ts builds only the one a run names). */
export const names: readonly string[] = ['close'];

export function register(program: Command, rt: Runtime): void {
  program
    .command('close')
    .summary('close a resolved incident (完了), optionally handing it to problem management')
    .argument('<id>', 'incident, e.g. INC-12')
    .option('--problem [text]', 'hand off to problem management (問題管理): a new problem (with what to investigate), or an existing one (PRB-n)')
    .option('--report', 'print the completion report (Markdown)')
    .addHelpText(
      'after',
      '\nExamples:\n  $ incident close INC-12 --report > INC-12.md\n  $ incident close INC-12 --problem "VPN 証明書の更新が手作業"\n  $ incident close INC-15 --problem PRB-4',
    )
    .action(action<CloseOptions>(rt, (ctx, opts, args) => runClose(ctx, opts, args[0])));
}

export const helpJa: HelpTable = {
  close: '解消済みインシデントを完了にする(必要なら問題管理へ引き継ぐ)',
  'close <id>': 'インシデント(例: INC-12)',
  'close --problem': '問題管理へ引き継ぐ(調べるべきことを添えて)',
  'close --report': '完了報告を Markdown で出力する',
};
