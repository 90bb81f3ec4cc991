import type { CommandModule } from '../program.js';

/** The root's options (see buildProgram) as they may come before the command word. */
const GLOBAL_WITH_VALUE = new Set(['--db', '--format', '--actor', '--lang']);
const GLOBAL_FLAGS = new Set(['--json', '--no-input', '--no-color', '-q', '--quiet']);

/**
 * The command word the command line names, or undefined when it names none for certain: anything
 * unexpected before the word (`--help`, `--version`, `--`, an unknown option) counts as none.
 * bin/incident.js uses it too (through dist/route.cjs) to load the bundle of that one command.
 */
export function commandWord(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (GLOBAL_FLAGS.has(a)) continue;
    if (GLOBAL_WITH_VALUE.has(a)) {
      i++;
      continue;
    }
    if (a.includes('=') && GLOBAL_WITH_VALUE.has(a.slice(0, a.indexOf('=')))) continue;
    if (a.startsWith('-')) return undefined;
    return a;
  }
  return undefined;
}

/**
 * The module that registers the command the command line names, so that a run builds only that
 * command (SPEC §13: building all of them is ≈ 1.5 ms of every start). Each module declares its
 * words (`names`); words not there (help, completion, __complete, a typo) build every command, as
 * help, completion and "did you mean" need the whole tree.
 */
export function namedCommand(argv: readonly string[], commands: readonly CommandModule[]): CommandModule | undefined {
  const word = commandWord(argv);
  return word === undefined ? undefined : commands.find((m) => m.names.includes(word));
}
