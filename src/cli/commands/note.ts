import type { Command } from 'commander';
import { noteIncident } from '../../app/incidents.js';
import { cleanText } from '../../core/validate.js';
import type { Runtime } from '../../io/runtime.js';
import type { Context } from '../context.js';
import { incidentId } from '../inputs.js';
import { printChanged } from '../print.js';
import { action } from '../program.js';
import type { HelpTable } from '../help.js';

export async function runNote(ctx: Context, id: string, text: string): Promise<void> {
  const note = cleanText(text, 'TEXT', 'text');
  const incident = await noteIncident(await ctx.change(), await incidentId(ctx, id), note);
  printChanged(ctx, incident, 'note.done');
}

/** The command words this module registers (cli/commands/names.ts builds only the one a run names). */
export const names: readonly string[] = ['note'];

export function register(program: Command, rt: Runtime): void {
  program
    .command('note')
    .summary('add a work note (progress shared with the team)')
    .argument('<id>', 'incident, e.g. INC-12')
    .argument('<text>', 'the note')
    .addHelpText('after', '\nExamples:\n  $ incident note INC-12 "ルーターを再起動、様子見"')
    .action(action<object>(rt, (ctx, _opts, args) => runNote(ctx, args[0], args[1])));
}

export const helpJa: HelpTable = {
  note: '作業メモを残す(チームへの進捗共有)',
  'note <id>': 'インシデント(例: INC-12)',
  'note <text>': 'メモの内容',
};
