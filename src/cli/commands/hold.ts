import type { Command } from 'commander';
import { holdIncident, resumeIncident, prepareChange } from '../../app/incidents.js';
import type { Runtime } from '../../io/runtime.js';
import type { Context } from '../context.js';
import { incidentId, long } from '../inputs.js';
import { printChanged } from '../print.js';
import { action } from '../program.js';
import type { HelpTable } from '../help.js';

export interface HoldOptions {
  reason?: string;
}

export async function runHold(ctx: Context, opts: HoldOptions, id: string): Promise<void> {
  if (opts.reason === undefined && ctx.canPrompt) ctx.seen = await prepareChange(await ctx.change(), await incidentId(ctx, id), 'hold');
  const reason = await ctx.required(opts.reason, '--reason', 'prompt.reason', (p) => p.text(ctx.t('prompt.reason'), { required: true }));
  const ref = await incidentId(ctx, id);
  const incident = await holdIncident(await ctx.change(), ref, long(reason, '--reason') as string);
  printChanged(ctx, incident, 'hold.done');
}

export async function runResume(ctx: Context, id: string): Promise<void> {
  const incident = await resumeIncident(await ctx.change(), await incidentId(ctx, id));
  printChanged(ctx, incident, 'resume.done');
}

/** The command words this module registers (cli/commands/names.ts builds only the one a run names). */
export const names: readonly string[] = ['hold', 'resume'];

export function register(program: Command, rt: Runtime): void {
  program
    .command('hold')
    .summary('pause an incident while waiting on someone else (the SLA clock stops)')
    .argument('<id>', 'incident, e.g. INC-12')
    .option('-r, --reason <text>', 'what it waits for (required)')
    .addHelpText('after', '\nExamples:\n  $ incident hold INC-12 --reason "waiting for the user to reboot"')
    .action(action<HoldOptions>(rt, (ctx, opts, args) => runHold(ctx, opts, args[0])));
  program
    .command('resume')
    .summary('take an incident off hold')
    .argument('<id>', 'incident, e.g. INC-12')
    .addHelpText('after', '\nExamples:\n  $ incident resume INC-12')
    .action(action<object>(rt, (ctx, _opts, args) => runResume(ctx, args[0])));
}

export const helpJa: HelpTable = {
  hold: '他者の対応待ちで保留にする(SLA の時計が止まる)',
  'hold <id>': 'インシデント(例: INC-12)',
  'hold --reason': '何を待っているか(必須)',
  resume: '保留を解除する',
  'resume <id>': 'インシデント(例: INC-12)',
};
