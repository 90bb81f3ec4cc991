import type { Command } from 'commander';
import { cancelIncident } from '../../app/incidents.js';
import type { Runtime } from '../../io/runtime.js';
import type { HelpTable } from '../help.js';
import { moveHelpJa, registerMove, type MoveCommand } from '../move-command.js';

const cancel: MoveCommand = {
  move: 'cancel',
  apply: cancelIncident,
  done: 'cancel.done',
  summary: 'cancel an incident that was a false alarm or a duplicate',
  reason: 'why (required)',
  example: 'incident cancel INC-13 --reason "duplicate of INC-12"',
  ja: { summary: '誤報や重複だったインシデントを取り消す', reason: '理由(必須)' },
};

/** The command words this module registers (cli/commands/names.ts builds only the one a run names). */
export const names: readonly string[] = ['cancel'];

export function register(program: Command, rt: Runtime): void {
  registerMove(program, rt, cancel);
}

export const helpJa: HelpTable = moveHelpJa(cancel);
