import type { Command } from 'commander';
import { holdIncident, resumeIncident } from '../../app/incidents.js';
import type { Runtime } from '../../io/runtime.js';
import type { HelpTable } from '../help.js';
import { moveHelpJa, registerMove, type MoveCommand } from '../move-command.js';

const hold: MoveCommand = {
  move: 'hold',
  apply: holdIncident,
  done: 'hold.done',
  summary: 'pause an incident while waiting on someone else (the SLA clock stops)',
  reason: 'what it waits for (required)',
  example: 'incident hold INC-12 --reason "waiting for the user to reboot"',
  ja: { summary: '他者の対応待ちで保留にする(SLA の時計が止まる)', reason: '何を待っているか(必須)' },
};

const resume: MoveCommand = {
  move: 'resume',
  apply: (c, id) => resumeIncident(c, id),
  done: 'resume.done',
  summary: 'take an incident off hold',
  example: 'incident resume INC-12',
  ja: { summary: '保留を解除する' },
};

/** The command words this module registers (cli/commands/names.ts builds only the one a run names). */
export const names: readonly string[] = ['hold', 'resume'];

export function register(program: Command, rt: Runtime): void {
  registerMove(program, rt, hold);
  registerMove(program, rt, resume);
}

export const helpJa: HelpTable = { ...moveHelpJa(hold), ...moveHelpJa(resume) };
