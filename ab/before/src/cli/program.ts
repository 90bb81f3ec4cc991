import { Command, Option } from 'commander';
import type { Runtime } from '../io/runtime.js';
import { Context, type GlobalOptions } from './context.js';
import { toStorageError } from '../store/db.js';
import { COMMANDS } from './commands/index.js';

/** What a command's action receives: the context and its own parsed options and arguments. */
export type Action<O> = (ctx: Context, opts: O, args: string[]) => Promise<void> | void;

/** Wires a run function into commander: builds the Context from the global options, closes the store. */
export function action<O>(rt: Runtime, run: Action<O>) {
  return async (...received: unknown[]) => {
    const cmd = received[received.length - 1] as Command;
    const opts = cmd.optsWithGlobals() as O & GlobalOptions;
    const args = received.slice(0, -2).map((a) => a as string);
    const ctx = new Context(rt, opts);
    try {
      await run(ctx, opts, args);
    } catch (e) {
      throw toStorageError(e, ctx.dbPath());
    } finally {
      ctx.close();
    }
  };
}

export interface CommandModule {
  register(program: Command, rt: Runtime): void;
}

export const collect = (value: string, previous: string[] = []) => [...previous, value];

export function buildProgram(rt: Runtime, version: string): Command {
  const program = new Command('incident')
    .description('Incident tracker for IT operations: open → classify → escalate → resolve → close, with knowledge search.')
    .version(version, '-V, --version')
    .option('--db <path>', 'database file (default: $INCIDENT_DB, else ~/.local/share/incident/incidents.db)')
    .option('--json', 'print one JSON document on stdout')
    .addOption(new Option('--format <format>', 'output format for rows').choices(['table', 'tsv', 'csv', 'md', 'json']))
    .option('--actor <name>', 'who is acting (default: $INCIDENT_ACTOR, else the OS user)')
    .option('--no-input', 'never prompt; a missing value is an error')
    .option('--no-color', 'no colour')
    .option('-q, --quiet', 'print only the ref; no hints')
    .option('--lang <lang>', 'language of messages: en or ja (default: from LANG)')
    .showSuggestionAfterError(true)
    .configureHelp({ sortSubcommands: false, showGlobalOptions: true });
  // Settings copied to subcommands at creation: configure before adding them.
  program.exitOverride();
  program.configureOutput({
    writeOut: (s) => rt.stdout.write(s),
    writeErr: (s) => rt.stderr.write(s),
    // Errors are printed by main in our own one-line form.
    outputError: () => {},
  });
  for (const m of COMMANDS) m.register(program, rt);
  return program;
}
