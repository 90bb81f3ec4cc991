import type { Command } from 'commander';
import { cancelIncident, prepareChange } from '../../app/incidents.js';
import type { Runtime } from '../../io/runtime.js';
import type { Context } from '../context.js';
import { incidentId, long } from '../inputs.js';
import { printChanged } from '../print.js';
import { action } from '../program.js';
import type { HelpTable } from '../help.js';

export interface CancelOptions {
  reason?: string;
}

export async function runCancel(ctx: Context, opts: CancelOptions, id: string): Promise<void> {
  if (opts.reason === undefined && ctx.canPrompt) ctx.seen = await prepareChange(await ctx.change(), await incidentId(ctx, id), 'cancel');
  const reason = await ctx.required(opts.reason, '--reason', 'prompt.reason', (p) => p.text(ctx.t('prompt.reason'), { required: true }));
  const ref = await incidentId(ctx, id);
  const incident = await cancelIncident(await ctx.change(), ref, long(reason, '--reason') as string);
  printChanged(ctx, incident, 'cancel.done');
}

/** The command words this module registers (cli/commands/names.ts builds only the one a run names). */
export const names: readonly string[] = ['cancel'];

export function register(program: Command, rt: Runtime): void {
  program
    .command('cancel')
    .summary('cancel an incident that was a false alarm or a duplicate')
    .argument('<id>', 'incident, e.g. INC-12')
    .option('-r, --reason <text>', 'why (required)')
    .addHelpText('after', '\nExamples:\n  $ incident cancel INC-13 --reason "duplicate of INC-12"')
    .action(action<CancelOptions>(rt, (ctx, opts, args) => runCancel(ctx, opts, args[0])));
}

export const helpJa: HelpTable = {
  cancel: '誤報や重複だったインシデントを取り消す',
  'cancel <id>': 'インシデント(例: INC-12)',
  'cancel --reason': '理由(必須)',
};
