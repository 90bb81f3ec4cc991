import { commandWord } from './commands/names.js';

/**
 * Which bundle of dist/ a command line needs (SPEC §13): the one that holds the command it names
 * alone, so a start reads and compiles only that command's code, else the whole CLI (`cli`) for
 * help, completion, `--version` and any word no command owns. `bundles` maps each command word to
 * its bundle; the build writes it (scripts/build.mjs).
 */
export function bundleFor(argv: readonly string[], bundles: Readonly<Record<string, string>>): string {
  const word = commandWord(argv);
  return word !== undefined && Object.hasOwn(bundles, word) ? bundles[word] : 'cli';
}
