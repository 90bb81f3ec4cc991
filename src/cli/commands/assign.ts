import type { Command } from 'commander';
import { assignIncident } from '../../app/incidents.js';
import { cleanText } from '../../core/validate.js';
import type { Runtime } from '../../io/runtime.js';
import type { Context } from '../context.js';
import { incidentId, short } from '../inputs.js';
import { printChanged } from '../print.js';
import { action } from '../program.js';
import type { HelpTable } from '../help.js';

export interface AssignOptions {
  team?: string;
}

export async function runAssign(ctx: Context, opts: AssignOptions, id: string, who: string): Promise<void> {
  const name = cleanText(who, 'WHO');
  const team = short(opts.team, '--team');
  const incident = await assignIncident(await ctx.change(), await incidentId(ctx, id), name, team);
  printChanged(ctx, incident, 'assign.done', {});
}

/** The command words this module registers (cli/commands/names.ts builds only the one a run names). */
export const names: readonly string[] = ['assign'];

export function register(program: Command, rt: Runtime): void {
  program
    .command('assign')
    .summary('hand an incident to someone')
    .argument('<id>', 'incident, e.g. INC-12')
    .argument('<who>', 'the new assignee')
    .option('-t, --team <name>', 'their team')
    .addHelpText('after', '\nExamples:\n  $ incident assign INC-12 suzuki --team helpdesk')
    .action(action<AssignOptions>(rt, (ctx, opts, args) => runAssign(ctx, opts, args[0], args[1])));
}

export const helpJa: HelpTable = {
  assign: '担当者を割り当てる',
  'assign <id>': 'インシデント(例: INC-12)',
  'assign <who>': '新しい担当者',
  'assign --team': '担当者のチーム',
};
