import type { CommandModule } from '../program.js';
import { COMMANDS } from './index.js';

/**
 * The module that registers each top-level command word (names and aliases), so that a run builds
 * only the command it names (SPEC §13: building all of them is ≈ 1.5 ms of every start). Each module
 * declares its words (`names`); words not here (help, completion, __complete, a typo) build every
 * command, as help, completion and "did you mean" need the whole tree.
 */
export const BY_NAME: ReadonlyMap<string, CommandModule> = new Map(COMMANDS.flatMap((m) => m.names.map((n) => [n, m] as const)));

/** The root's options (see buildProgram) as they may come before the command word. */
const GLOBAL_WITH_VALUE = new Set(['--db', '--format', '--actor', '--lang']);
const GLOBAL_FLAGS = new Set(['--json', '--no-input', '--no-color', '-q', '--quiet']);

/**
 * The module of the command the command line names, or undefined when it names none for certain:
 * anything unexpected before the word (`--help`, `--version`, `--`, an unknown option) counts as none.
 */
export function namedCommand(argv: readonly string[]): CommandModule | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (GLOBAL_FLAGS.has(a)) continue;
    if (GLOBAL_WITH_VALUE.has(a)) {
      i++;
      continue;
    }
    if (a.includes('=') && GLOBAL_WITH_VALUE.has(a.slice(0, a.indexOf('=')))) continue;
    if (a.startsWith('-')) return undefined;
    return BY_NAME.get(a);
  }
  return undefined;
}
