import type { CommandModule } from '../program.js';
import * as open from './open.js';
import * as classify from './classify.js';
import * as assign from './assign.js';
import * as escalate from './escalate.js';
import * as hold from './hold.js';
import * as note from './note.js';
import * as resolve from './resolve.js';
import * as reopen from './reopen.js';
import * as close from './close.js';
import * as cancel from './cancel.js';
import * as list from './list.js';
import * as show from './show.js';
import * as check from './check.js';
import * as notify from './notify.js';
import * as report from './report.js';
import * as exportCmd from './export.js';
import * as importCmd from './import.js';
import * as config from './config.js';
import * as problem from './problem.js';
import * as ingest from './ingest.js';
import * as search from './search.js';
import * as kb from './kb.js';
import * as db from './db.js';

/**
 * The module that registers each top-level command word (names and aliases), so that a run builds
 * only the command it names (SPEC §13: building all of them is ≈ 1.5 ms of every start). Words not
 * here (help, completion, __complete, a typo, a command added later) build every command, as help,
 * completion and "did you mean" need the whole tree. A new top-level command works without an entry
 * here, only its start is slower: add its words. test/unit/names.test.ts checks each entry.
 */
export const BY_NAME: ReadonlyMap<string, CommandModule> = new Map<string, CommandModule>([
  ['open', open],
  ['classify', classify],
  ['assign', assign],
  ['escalate', escalate],
  ['hold', hold],
  ['resume', hold],
  ['note', note],
  ['resolve', resolve],
  ['reopen', reopen],
  ['close', close],
  ['cancel', cancel],
  ['list', list],
  ['ls', list],
  ['show', show],
  ['search', search],
  ['kb', kb],
  ['problem', problem],
  ['report', report],
  ['check', check],
  ['notify', notify],
  ['ingest', ingest],
  ['export', exportCmd],
  ['import', importCmd],
  ['config', config],
  ['db', db],
]);

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
