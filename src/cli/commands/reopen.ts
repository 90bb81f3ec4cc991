import type { Command } from 'commander';
import { reopenIncident } from '../../app/incidents.js';
import type { Runtime } from '../../io/runtime.js';
import type { HelpTable } from '../help.js';
import { moveHelpJa, registerMove, type MoveCommand } from '../move-command.js';

const reopen: MoveCommand = {
  move: 'reopen',
  apply: reopenIncident,
  done: 'reopen.done',
  summary: 'reopen a resolved incident whose fix did not hold',
  reason: 'why it is reopened (required)',
  example: 'incident reopen INC-12 --reason "再発: 朝から再び接続できない"',
  ja: { summary: '対応が効かなかった解消済みインシデントを再開する', reason: '再開の理由(必須)' },
};

/** The command words this module registers (cli/commands/names.ts builds only the one a run names). */
export const names: readonly string[] = ['reopen'];

export function register(program: Command, rt: Runtime): void {
  registerMove(program, rt, reopen);
}

export const helpJa: HelpTable = moveHelpJa(reopen);
