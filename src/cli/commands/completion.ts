import type { Command } from 'commander';
import { usageError } from '../../core/errors.js';
import type { Runtime } from '../../io/runtime.js';
import { truncate } from '../../render/text.js';
import { inert } from '../../core/controls.js';
import { refsForCompletion } from '../../app/completion.js';
import { complete } from '../complete.js';
import type { RefKind } from '../../core/refs.js';
import type { Context } from '../context.js';
import type { HelpTable } from '../help.js';
import { action } from '../program.js';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
type Shell = (typeof SHELLS)[number];

/*
 * The scripts are thin: they hand the words typed so far to `incident __complete` and show what it
 * prints (one `value<TAB>description` a line; `:files` asks the shell for file names). What can be
 * completed is worked out in cli/complete.ts from the command tree, so new commands need nothing here.
 */
const SCRIPTS: Record<Shell, string> = {
  bash: `# incident completion for bash.
# Load it now:      source <(incident completion bash)
# Load it always:   incident completion bash > ~/.local/share/bash-completion/completions/incident
_incident_complete() {
  local cur="\${COMP_WORDS[COMP_CWORD]}"
  local IFS=$'\\n'
  local out
  out=$("\${COMP_WORDS[0]}" __complete -- "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null) || return 0
  if [[ "$out" == ":files" ]]; then
    compopt -o filenames 2>/dev/null
    COMPREPLY=( $(compgen -f -- "$cur") )
    return 0
  fi
  COMPREPLY=( $(printf '%s\\n' "$out" | cut -f1) )
}
complete -F _incident_complete incident
`,
  zsh: `#compdef incident
# incident completion for zsh.
# Load it now:      source <(incident completion zsh)
# Load it always:   incident completion zsh > "\${fpath[1]}/_incident"   (then restart zsh)
_incident() {
  local -a lines described
  local line value
  lines=("\${(@f)$(\${words[1]} __complete -- "\${(@)words[2,CURRENT]}" 2>/dev/null)}")
  if [[ "\${lines[1]}" == ":files" ]]; then
    _files
    return
  fi
  for line in "\${lines[@]}"; do
    [[ -z "$line" ]] && continue
    value="\${line%%$'\\t'*}"
    if [[ "$line" == *$'\\t'* ]]; then
      described+=("\${value//:/\\\\:}:\${line#*$'\\t'}")
    else
      described+=("\${value//:/\\\\:}")
    fi
  done
  _describe 'incident' described
}
if [[ "\${funcstack[1]}" == "_incident" ]]; then
  _incident "$@"
else
  compdef _incident incident
fi
`,
  fish: `# incident completion for fish.
# Load it now:      incident completion fish | source
# Load it always:   incident completion fish > ~/.config/fish/completions/incident.fish
function __incident_complete
    set -l tokens (commandline -opc)
    set -e tokens[1]
    set -l cur (commandline -ct)
    set -l out (incident __complete -- $tokens "$cur" 2>/dev/null)
    if test "$out[1]" = ":files"
        __fish_complete_path "$cur"
        return
    end
    printf '%s\\n' $out
end
complete -c incident -f -a '(__incident_complete)'
`,
};

export function runCompletion(ctx: Context, shell: string): void {
  const s = shell.toLowerCase() as Shell;
  if (!SHELLS.includes(s)) throw usageError('completion.unknownShell', { value: shell });
  ctx.rt.stdout.write(SCRIPTS[s]);
}

/** `--db` typed on the line being completed chooses the database whose refs are offered. */
function dbFromWords(words: string[]): string | undefined {
  const i = words.findIndex((w) => w === '--db' || w.startsWith('--db='));
  if (i < 0) return undefined;
  return words[i].startsWith('--db=') ? words[i].slice(5) : words[i + 1];
}

export async function runComplete(ctx: Context, program: Command, words: string[]): Promise<void> {
  const db = dbFromWords(words.slice(0, -1)) ?? ctx.dbPath();
  // Worked out once without the database, noting which refs it would offer; those are then read
  // and the words completed again with them (cli/complete.ts stays free of I/O).
  let wanted: { kind: RefKind; statuses: readonly string[] | undefined; digits: string } | undefined;
  let result = complete(program, words, (kind, statuses, digits) => {
    wanted = { kind, statuses, digits };
    return [];
  });
  if (wanted) {
    const { kind, statuses, digits } = wanted;
    const found = (await refsForCompletion(db, kind, { statuses, digits, limit: 50 })).map((r) => ({
      value: r.ref,
      description: truncate([r.priority, r.status, r.title].filter(Boolean).join(' '), 60),
    }));
    result = complete(program, words, () => found);
  }
  if (result.files) return void ctx.rt.stdout.write(':files\n');
  const clean = (s: string) => inert(s);
  ctx.rt.stdout.write(result.candidates.map((c) => (c.description ? `${clean(c.value)}\t${clean(c.description)}` : clean(c.value)) + '\n').join(''));
}

/** None: completion needs the whole command tree (cli/commands/names.ts). */
export const names: readonly string[] = [];

export function register(program: Command, rt: Runtime): void {
  program
    .command('completion')
    .summary('print a shell completion script (bash, zsh, fish)')
    .description('Print a script that completes commands, flags, values and incident and knowledge refs as you type.')
    .argument('<shell>', 'bash | zsh | fish')
    .addHelpText(
      'after',
      '\nExamples:\n  $ source <(incident completion bash)        # in ~/.bashrc\n  $ incident completion zsh > "${fpath[1]}/_incident"\n  $ incident completion fish > ~/.config/fish/completions/incident.fish',
    )
    .action(action<object>(rt, (ctx, _opts, args) => runCompletion(ctx, args[0])));
  // What the scripts call on every Tab: hidden, quick, never writes.
  program
    .command('__complete', { hidden: true })
    .argument('[words...]')
    .helpOption(false)
    .allowUnknownOption()
    .action(action<object>(rt, (ctx, _opts, args) => runComplete(ctx, program, (args[0] as unknown as string[]) ?? [])));
}

export const helpJa: HelpTable = {
  completion: 'シェル補完スクリプトを出力する(bash・zsh・fish)',
  'completion:description': 'コマンド、フラグ、値、インシデントとナレッジの ID を入力中に補完するスクリプトを出力します。',
  'completion <shell>': 'bash | zsh | fish',
};
