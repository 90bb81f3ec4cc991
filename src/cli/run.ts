import { CommanderError } from 'commander';
import { AppError, CancelledError, ExitCode } from '../core/errors.js';
import { detectLang, translator, type MessageKey, type MessageParams } from '../i18n/index.js';
import { processRuntime, type Runtime } from '../io/runtime.js';
import { buildProgram, type CommandModule } from './program.js';
import { langFromArgv } from './help.js';
import { storageError as toStorageError } from '../app/database.js';
import { quotable } from '../render/text.js';
import { guardOutput } from '../core/controls.js';

/** package.json's version, put in by the build (scripts/build.mjs); source runs in tests say dev. */
declare const __INCIDENT_VERSION__: string | undefined;
const VERSION = typeof __INCIDENT_VERSION__ === 'string' ? __INCIDENT_VERSION__ : '0.0.0-dev';

const COMMANDER_USAGE: Record<string, MessageKey> = {
  'commander.unknownCommand': 'error.unknownCommand',
  'commander.unknownOption': 'error.unknownOption',
  'commander.missingArgument': 'error.missingArgument',
  'commander.excessArguments': 'error.excessArguments',
};

/**
 * Runs the CLI with the commands given and answers the exit code; never throws, never prints a
 * stack trace unless asked. src/main.ts gives it every command; a per-command bundle, its own.
 */
export async function runCli(proc: NodeJS.Process | Runtime, commands: readonly CommandModule[]): Promise<number> {
  const rt: Runtime = 'pid' in proc ? processRuntime(proc) : proc;
  const langFlag = langFromArgv(rt.argv);
  const t = translator(detectLang(langFlag, rt.env));
  // Values in an error come from what the user or a file gave: shown on one line, shortened, inert.
  const shown = (params?: MessageParams) =>
    params && Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? quotable(v) : v]));
  const fail = (code: number, key: MessageKey, params?: MessageParams, hint?: MessageKey, hintParams?: MessageParams) => {
    rt.stderr.write(guardOutput(`${t('error.prefix')}${t(key, shown(params))}\n`));
    if (hint) rt.stderr.write(guardOutput(`${t(hint, shown(hintParams ?? params))}\n`));
    return code;
  };
  const program = buildProgram(rt, VERSION, commands);
  try {
    await program.parseAsync(rt.argv, { from: 'user' });
    return typeof process.exitCode === 'number' && process.exitCode !== 0 ? process.exitCode : ExitCode.ok;
  } catch (raw) {
    if (rt.env.INCIDENT_DEBUG === '1' && raw instanceof Error) rt.stderr.write(`${raw.stack}\n`);
    if (raw instanceof CommanderError) {
      if (raw.code === 'commander.helpDisplayed' || raw.code === 'commander.version') return ExitCode.ok;
      // Help shown because something was missing (`incident kb`) or unknown (`incident help opne`)
      // went to stderr: a usage error for a script, not a success.
      if (raw.code === 'commander.help') {
        if (raw.exitCode === 0) return ExitCode.ok;
        const topic = rt.argv.includes('help') ? rt.argv[rt.argv.indexOf('help') + 1] : undefined;
        return topic !== undefined ? fail(ExitCode.usage, 'error.unknownCommand', { value: topic }) : ExitCode.usage;
      }
      const key = COMMANDER_USAGE[raw.code];
      const value = /'([^']*)'/.exec(raw.message)?.[1] ?? '';
      // The command (and subcommand) the words named, so the hint points at the help that has the option.
      const path: string[] = [];
      let at: typeof program | undefined = program;
      for (const word of rt.argv) {
        const sub: typeof program | undefined = at.commands.find((c) => c.name() === word || c.aliases().includes(word));
        if (!sub) continue;
        path.push(sub.name());
        at = sub;
      }
      const help = { command: path.length ? `${path.join(' ')} ` : '' };
      // commander's own "(Did you mean list?)" for a mistyped command or option becomes the hint.
      const suggestion = /\(Did you mean (.+)\?\)/.exec(raw.message)?.[1];
      if (key && suggestion) return fail(ExitCode.usage, key, { value }, 'error.didYouMean', { ...help, suggestion });
      if (key) return fail(ExitCode.usage, key, { value }, 'error.seeHelp', help);
      return fail(ExitCode.usage, 'error.usage', { message: raw.message.replace(/^error:\s*/, '') }, 'error.seeHelp', help);
    }
    const e = toStorageError(raw, '');
    if (e instanceof AppError) return fail(e.exitCode, e.key, e.params, e.hintKey);
    if (e instanceof CancelledError) return fail(ExitCode.cancelled, 'error.cancelled');
    const message = e instanceof Error ? e.message : String(e);
    return fail(ExitCode.internal, 'error.internal', { message }, 'error.internalHint');
  }
}
