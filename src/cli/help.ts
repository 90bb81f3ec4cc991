import type { Argument, Command, Option } from 'commander';
import stringWidth from 'string-width';
import { wrap } from '../render/text.js';
import type { MessageKey, Translate } from '../i18n/index.js';

/**
 * Help in the user's language.
 *
 * English help is written where the command is defined (`.summary()`, `.option()`, …). Japanese
 * help is a table next to it: each command module exports `helpJa`, keyed by the command's path
 * below the root and what is described:
 *
 *   'open'                 the one-line summary shown in lists (and the purpose line of its --help)
 *   'open:description'     the longer description, when the command has one
 *   'open --impact'        an option, by its long flag (or short flag when it has no long one)
 *   'open <title>'         an argument, by its name
 *   'kb add --title'       a subcommand of a group
 *   'incident --db'        the root's own options
 *
 * When the language is Japanese, `translateHelp` puts these texts into the commander tree before
 * it prints anything. test/unit/help.test.ts fails when a command, option or argument has no
 * Japanese line, or a line names something that does not exist.
 */
export type HelpTable = Record<string, string>;

const TITLES: Record<string, MessageKey> = {
  'Usage:': 'help.title.usage',
  'Arguments:': 'help.title.arguments',
  'Options:': 'help.title.options',
  'Global Options:': 'help.title.globalOptions',
  'Commands:': 'help.title.commands',
};

/** `--lang` is needed before commander parses: for its errors and its help. */
export function langFromArgv(argv: string[]): string | undefined {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return undefined;
  return argv[i].includes('=') ? argv[i].slice('--lang='.length) : argv[i + 1];
}

/**
 * Titles, the help option and help command in the user's language. Call it on the root before
 * adding subcommands: commander copies these settings to subcommands when they are created.
 */
export function configureHelpLanguage(program: Command, t: Translate): void {
  program.helpOption('-h, --help', t('help.option'));
  program.helpCommand('help [command]', t('help.command'));
  program.configureHelp({
    sortSubcommands: false,
    showGlobalOptions: true,
    styleTitle: (title) => (TITLES[title] ? t(TITLES[title]) : title),
    // Every command's help starts with its purpose, even when it only has a summary.
    commandDescription: (cmd) => cmd.description() || cmd.summary(),
    // Japanese characters take two cells: align and wrap by display width.
    displayWidth: (s) => stringWidth(s),
    // commander wraps at spaces only; Japanese has none, and would run past the edge.
    boxWrap: (s, width) => (width < 40 ? s : wrap(s, width)),
  });
}

/**
 * What commander writes itself and no Help method reaches: the "Examples:" heading that commands
 * add after their help, and the "(choices: …, default: …)" it appends to option descriptions.
 */
export const localiseHelpOutput = (text: string, t: Translate): string =>
  text
    .replace(/^Examples:$/m, t('help.title.examples'))
    .replace(/\((choices|default): /g, (_m, word: string) => `(${t(word === 'choices' ? 'help.choices' : 'help.default')} `);

/** A command's path below the root (`open`, `kb add`); the root itself is its own name. */
export function commandPath(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c?.parent; c = c.parent) names.unshift(c.name());
  return names.length ? names.join(' ') : cmd.name();
}

const optionKey = (path: string, o: Option) => `${path} ${o.long ?? o.short}`;
const argumentKey = (path: string, a: Argument) => `${path} <${a.name()}>`;

export const isHidden = (c: Command): boolean => (c as unknown as { _hidden?: boolean })._hidden === true;

/** Every command users can see, the root first (hidden ones such as `__complete` left out). */
export function allCommands(root: Command): Command[] {
  const out: Command[] = [];
  const walk = (c: Command) => {
    if (isHidden(c)) return;
    out.push(c);
    for (const sub of c.commands) walk(sub);
  };
  walk(root);
  return out;
}

/** The table keys that a complete Japanese help needs for this tree (descriptions are optional). */
export function helpKeys(root: Command): { required: string[]; optional: string[] } {
  const required: string[] = [];
  const optional: string[] = [];
  for (const cmd of allCommands(root)) {
    const path = commandPath(cmd);
    if (cmd.parent) required.push(path);
    if (cmd.description()) (cmd.parent ? optional : required).push(cmd.parent ? `${path}:description` : path);
    for (const o of cmd.options) if (!['--help', '--version'].includes(o.long ?? '')) required.push(optionKey(path, o));
    for (const a of cmd.registeredArguments) required.push(argumentKey(path, a));
  }
  return { required, optional };
}

/** Puts the table's texts into the tree; what the table lacks stays in English. */
export function translateHelp(root: Command, table: HelpTable): void {
  for (const cmd of allCommands(root)) {
    const path = commandPath(cmd);
    if (!cmd.parent) {
      if (table[path]) cmd.description(table[path]);
    } else {
      if (table[path]) cmd.summary(table[path]);
      // A description in English under a Japanese summary reads worse than the summary alone.
      if (table[`${path}:description`]) cmd.description(table[`${path}:description`]);
      else if (table[path] && cmd.description()) cmd.description(table[path]);
    }
    for (const o of cmd.options) {
      const text = table[optionKey(path, o)];
      if (text) o.description = text;
    }
    for (const a of cmd.registeredArguments) {
      const text = table[argumentKey(path, a)];
      if (text) (a as { description: string }).description = text;
    }
  }
}
