import type { Argument, Command, Option } from 'commander';
import { RESOLUTION_CODES, SOURCES } from '../core/incident.js';
import { ALLOWED_FROM, STATUSES, type Move } from '../core/lifecycle.js';
import { LEVELS } from '../core/priority.js';
import { LANGS } from '../i18n/index.js';
import { FORMATS } from '../render/rows.js';
import type { RefKind as CompletionKind } from '../core/refs.js';
import { commandPath, isHidden } from './help.js';

/**
 * Shell completion computed from the commander tree at run time, so a command or flag added later
 * completes with no change here. The shell scripts (commands/completion.ts) only pass the words
 * typed so far to `incident __complete` and show what it prints.
 */

export interface Candidate {
  value: string;
  description?: string;
}

export interface Completion {
  candidates: Candidate[];
  /** Let the shell complete file names (for --db, FILE arguments). */
  files?: boolean;
}

/** Looks up refs in the database: kind, the statuses that make sense here, digits typed so far. */
export type RefSource = (kind: CompletionKind, statuses: readonly string[] | undefined, digits: string) => Candidate[];

/**
 * Values of flags whose parser accepts more than a fixed list (so they have no commander
 * `.choices()`): keyed by long flag, or by `command --flag` where a command means something else.
 * A new option with `.choices([...])` completes its values with no entry here.
 */
export const FLAG_VALUES: Record<string, readonly string[]> = {
  '--impact': LEVELS,
  '--urgency': LEVELS,
  '--source': SOURCES,
  '--code': RESOLUTION_CODES,
  '--status': STATUSES,
  '--priority': ['P1', 'P2', 'P3', 'P4', 'P5'],
  '--lang': LANGS,
  '--format': FORMATS,
  'list --sort': ['priority', 'opened', 'updated', 'due', 'id'],
  'link --as': ['related', 'duplicate', 'parent', 'child'],
};

/** Values of arguments, keyed by `command <name>`. */
export const ARGUMENT_VALUES: Record<string, readonly string[]> = {
  'completion <shell>': ['bash', 'zsh', 'fish'],
};

/** Flags whose value is a ref. */
const REF_FLAGS: Record<string, CompletionKind> = { '--related': 'INC', '--parent': 'INC', '--kb-link': 'KB', '--incident': 'INC', '--kb': 'KB', '--problem-ref': 'PRB' };

const optionHidden = (o: Option) => o.hidden;
const takesValue = (o: Option) => o.required || o.optional;

function lineage(cmd: Command): Command[] {
  const out: Command[] = [];
  for (let c: Command | null = cmd; c; c = c.parent) out.push(c);
  return out;
}

function findOption(cmd: Command, flag: string): Option | undefined {
  for (const c of lineage(cmd)) {
    const o = c.options.find((x) => x.long === flag || x.short === flag);
    if (o) return o;
  }
  return undefined;
}

/** Which kind of record an argument or command deals with: kb commands take KB refs, and so on. */
function kindFor(cmd: Command, name: string): CompletionKind | undefined {
  const path = commandPath(cmd);
  if (/^kb/i.test(name)) return 'KB';
  if (/^(prb|problem)/i.test(name)) return 'PRB';
  if (/^(inc|incident)/i.test(name)) return 'INC';
  if (!/^(id|ref|refs|ids)$/i.test(name)) return undefined;
  if (path.startsWith('kb')) return 'KB';
  if (path.startsWith('problem')) return 'PRB';
  return 'INC';
}

function refCandidates(cmd: Command, kind: CompletionKind, cur: string, refs: RefSource): Candidate[] {
  // A lifecycle command offers only the incidents it can move: close offers resolved ones.
  const move = cmd.parent && !cmd.parent.parent ? (cmd.name() as Move) : undefined;
  const statuses = kind === 'INC' && move && move in ALLOWED_FROM ? ALLOWED_FROM[move] : undefined;
  const digits = /^(?:[a-z]+-?)?0*(\d*)$/i.exec(cur)?.[1] ?? '';
  if (cur && !/^(?:[a-z]+-?)?\d*$/i.test(cur)) return [];
  return refs(kind, statuses, digits);
}

function optionValues(cmd: Command, o: Option, cur: string, refs: RefSource): Completion {
  const flag = o.long ?? o.short ?? '';
  if (o.argChoices) return { candidates: o.argChoices.map((value) => ({ value })) };
  const values = FLAG_VALUES[`${commandPath(cmd)} ${flag}`] ?? FLAG_VALUES[flag];
  if (values) return { candidates: values.map((value) => ({ value })) };
  if (REF_FLAGS[flag]) return { candidates: refCandidates(cmd, REF_FLAGS[flag], cur, refs) };
  if (/<(path|file|dir)[^>]*>/.test(o.flags)) return { candidates: [], files: true };
  return { candidates: [] };
}

function argumentValues(cmd: Command, a: Argument, cur: string, refs: RefSource): Completion {
  if (a.argChoices) return { candidates: a.argChoices.map((value) => ({ value })) };
  const values = ARGUMENT_VALUES[`${commandPath(cmd)} <${a.name()}>`];
  if (values) return { candidates: values.map((value) => ({ value })) };
  if (/^(file|path)/i.test(a.name())) return { candidates: [], files: true };
  const kind = kindFor(cmd, a.name());
  return { candidates: kind ? refCandidates(cmd, kind, cur, refs) : [] };
}

function optionsOf(cmd: Command): Candidate[] {
  const seen = new Set<string>();
  const out: Candidate[] = [];
  for (const c of lineage(cmd)) {
    for (const o of c.options) {
      if (optionHidden(o) || !o.long || seen.has(o.long)) continue;
      seen.add(o.long);
      out.push({ value: o.long, description: o.description });
    }
  }
  out.push({ value: '--help' });
  return out;
}

const matches = (cur: string) => (c: Candidate) => {
  if (!cur) return true;
  const v = c.value.toLowerCase();
  const p = cur.toLowerCase();
  // `12` and `inc-12` both reach INC-12.
  return v.startsWith(p) || (/^\d+$/.test(p) && /^[a-z]+-\d/.test(v) && v.split('-')[1].startsWith(p));
};

/** What can come next, given the words typed after `incident` (the last one is being typed). */
export function complete(root: Command, typed: string[], refs: RefSource): Completion {
  // bash splits `--impact=h` into `--impact`, `=`, `h`: the `=` carries no meaning of its own.
  const words = typed.filter((w, i) => !(w === '=' && i > 0 && i < typed.length));
  const cur = words.length ? words[words.length - 1] : '';
  const before = words.slice(0, -1);
  let cmd = root;
  let operands = 0;
  let expecting: Option | undefined;
  let rest = false;
  for (const w of before) {
    if (expecting) {
      expecting = undefined;
      continue;
    }
    if (!rest && w === '--') {
      rest = true;
      continue;
    }
    if (!rest && w.startsWith('-') && w.length > 1) {
      const [flag, inline] = w.includes('=') ? [w.slice(0, w.indexOf('=')), true] : [w, false];
      const o = findOption(cmd, flag);
      if (o && o.required && !inline) expecting = o;
      continue;
    }
    const sub = operands === 0 ? cmd.commands.find((c) => c.name() === w || c.aliases().includes(w)) : undefined;
    if (sub) {
      cmd = sub;
      continue;
    }
    operands++;
  }
  const filter = (c: Completion): Completion => ({ ...c, candidates: c.candidates.filter(matches(cur)) });

  if (expecting) return filter(optionValues(cmd, expecting, cur, refs));
  if (!rest && cur.startsWith('--') && cur.includes('=')) {
    const flag = cur.slice(0, cur.indexOf('='));
    const o = findOption(cmd, flag);
    if (!o || !takesValue(o)) return { candidates: [] };
    const value = cur.slice(flag.length + 1);
    const found = optionValues(cmd, o, value, refs);
    return { ...found, candidates: found.candidates.filter(matches(value)).map((c) => ({ ...c, value: `${flag}=${c.value}` })) };
  }
  if (!rest && cur.startsWith('-')) return filter({ candidates: optionsOf(cmd) });
  const subs = cmd.commands.filter((c) => !isHidden(c));
  // `incident help <command>`
  if (cmd === root && operands === 1 && before.filter((w) => !w.startsWith('-')).at(-1) === 'help') {
    return filter({ candidates: subs.map((c) => ({ value: c.name(), description: c.summary() || c.description() })) });
  }
  if (subs.length && operands === 0) {
    const names: Candidate[] = subs.map((c) => ({ value: c.name(), description: c.summary() || c.description() }));
    if (!cmd.parent) names.push({ value: 'help' });
    return filter({ candidates: names });
  }
  const args = cmd.registeredArguments;
  if (!args.length) return { candidates: [] };
  const arg = operands < args.length ? args[operands] : args[args.length - 1].variadic ? args[args.length - 1] : undefined;
  return arg ? filter(argumentValues(cmd, arg, cur, refs)) : { candidates: [] };
}
