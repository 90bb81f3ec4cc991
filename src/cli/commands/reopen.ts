import type { Command } from 'commander';
import { reopenIncident, prepareChange } from '../../app/incidents.js';
import type { Runtime } from '../../io/runtime.js';
import type { Context } from '../context.js';
import { incidentId, long } from '../inputs.js';
import { printChanged } from '../print.js';
import { action } from '../program.js';
import type { HelpTable } from '../help.js';

export interface ReopenOptions {
  reason?: string;
}

export async function runReopen(ctx: Context, opts: ReopenOptions, id: string): Promise<void> {
  if (opts.reason === undefined && ctx.canPrompt) ctx.seen = await prepareChange(await ctx.change(), await incidentId(ctx, id), 'reopen');
  const reason = await ctx.required(opts.reason, '--reason', 'prompt.reason', (p) => p.text(ctx.t('prompt.reason'), { required: true }));
  const ref = await incidentId(ctx, id);
  const incident = await reopenIncident(await ctx.change(), ref, long(reason, '--reason') as string);
  printChanged(ctx, incident, 'reopen.done');
}

/** The command words this module registers (cli/commands/names.ts builds only the one a run names). */
export const names: readonly string[] = ['reopen'];

export function register(program: Command, rt: Runtime): void {
  program
    .command('reopen')
    .summary('reopen a resolved incident whose fix did not hold')
    .argument('<id>', 'incident, e.g. INC-12')
    .option('-r, --reason <text>', 'why it is reopened (required)')
    .addHelpText('after', '\nExamples:\n  $ incident reopen INC-12 --reason "再発: 朝から再び接続できない"')
    .action(action<ReopenOptions>(rt, (ctx, opts, args) => runReopen(ctx, opts, args[0])));
}

export const helpJa: HelpTable = {
  reopen: '対応が効かなかった解消済みインシデントを再開する',
  'reopen <id>': 'インシデント(例: INC-12)',
  'reopen --reason': '再開の理由(必須)',
};
