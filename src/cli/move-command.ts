import type { Command } from 'commander';
import { prepareChange } from '../app/incidents.js';
import type { ChangeContext } from '../app/change.js';
import type { IncidentRecord } from '../core/incident.js';
import type { Move } from '../core/lifecycle.js';
import type { MessageKey } from '../i18n/index.js';
import type { Runtime } from '../io/runtime.js';
import type { Context } from './context.js';
import type { HelpTable } from './help.js';
import { incidentId, long } from './inputs.js';
import { printChanged } from './print.js';
import { action } from './program.js';

/**
 * The lifecycle commands that are one move and, but for resume, a reason: cancel, reopen, hold,
 * resume. They differ only in their words, so one implementation serves them all; each command
 * module declares its move with this and registers it.
 */
export interface MoveCommand {
  move: Extract<Move, 'cancel' | 'reopen' | 'hold' | 'resume'>;
  /** The change itself (app/incidents.ts); a move without a reason gets none. */
  apply(c: ChangeContext, id: number, reason: string): Promise<IncidentRecord>;
  /** The confirmation line. */
  done: MessageKey;
  summary: string;
  /** The help of the required `--reason`; absent when the move takes none (resume). */
  reason?: string;
  example: string;
  /** The Japanese help: the summary, and the reason's when there is one. */
  ja: { summary: string; reason?: string };
}

export interface MoveOptions {
  reason?: string;
}

export async function runMove(ctx: Context, m: MoveCommand, opts: MoveOptions, id: string): Promise<void> {
  if (m.reason === undefined) {
    printChanged(ctx, await m.apply(await ctx.change(), await incidentId(ctx, id), ''), m.done);
    return;
  }
  // Asked on a terminal, the reason is asked about the incident shown first (and unchanged meanwhile).
  if (opts.reason === undefined && ctx.canPrompt) ctx.seen = await prepareChange(await ctx.change(), await incidentId(ctx, id), m.move);
  const reason = await ctx.required(opts.reason, '--reason', 'prompt.reason', (p) => p.text(ctx.t('prompt.reason'), { required: true }));
  const ref = await incidentId(ctx, id);
  printChanged(ctx, await m.apply(await ctx.change(), ref, long(reason, '--reason') as string), m.done);
}

export function registerMove(program: Command, rt: Runtime, m: MoveCommand): void {
  const cmd = program.command(m.move).summary(m.summary).argument('<id>', 'incident, e.g. INC-12');
  if (m.reason !== undefined) cmd.option('-r, --reason <text>', m.reason);
  cmd.addHelpText('after', `\nExamples:\n  $ ${m.example}`).action(action<MoveOptions>(rt, (ctx, opts, args) => runMove(ctx, m, opts, args[0])));
}

export function moveHelpJa(m: MoveCommand): HelpTable {
  return {
    [m.move]: m.ja.summary,
    [`${m.move} <id>`]: 'インシデント(例: INC-12)',
    ...(m.ja.reason !== undefined && { [`${m.move} --reason`]: m.ja.reason }),
  };
}
