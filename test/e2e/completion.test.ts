import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, Sandbox } from '../helpers/cli.js';
import { skipNote, skips } from '../helpers/optional.js';

/**
 * Completion as bash runs it: the script from `incident completion bash` is loaded into a real bash,
 * COMP_WORDS/COMP_CWORD are set as readline would set them, and the completion function is called.
 */
let sb: Sandbox;
let binDir: string;
beforeEach(() => {
  sb = new Sandbox();
  sb.env.INCIDENT_NOW = '2026-11-23T01:00:00Z';
  binDir = join(sb.dir, 'bin');
  mkdirSync(binDir);
  const shim = join(binDir, 'incident');
  writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(shim, 0o755);
});
afterEach(() => sb.cleanup());

/** Runs a shell in the sandbox, with `incident` on its PATH; answers stdout (stderr must be empty). */
function inShell(shell: string, args: string[], env: Record<string, string> = {}): string {
  const r = spawnSync(shell, args, {
    env: { ...sb.env, PATH: `${binDir}:${process.env.PATH}`, ...env },
    cwd: sb.dir,
    encoding: 'utf8',
    timeout: 30_000,
  });
  expect(r.stderr).toBe('');
  return r.stdout;
}

/** What bash offers after typing `line` (a trailing space means a new, empty word). */
function tab(line: string, env: Record<string, string> = {}): string[] {
  const words = line.split(' ');
  const script = [
    'source <(incident completion bash)',
    `COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')})`,
    `COMP_CWORD=${words.length - 1}`,
    `COMP_LINE='${line}'`,
    '_incident_complete',
    'printf "%s\\n" "${COMPREPLY[@]}"',
  ].join('\n');
  return inShell('bash', ['--norc', '--noprofile', '-c', script], env).split('\n').filter(Boolean);
}

describe('bash completion', () => {
  it('completes commands, including ones that share a prefix', () => {
    expect(tab('incident ')).toEqual(expect.arrayContaining(['open', 'classify', 'resolve', 'list', 'completion', 'help']));
    expect(tab('incident cl').sort()).toEqual(['classify', 'close']);
    expect(tab('incident __')).toEqual([]);
  });

  it('completes flags of the command and the global ones', () => {
    const flags = tab('incident open --');
    expect(flags).toEqual(expect.arrayContaining(['--impact', '--urgency', '--tag', '--db', '--json', '--lang', '--help']));
    expect(flags).not.toContain('--resolution');
    expect(tab('incident resolve --c')).toEqual(['--code']);
  });

  it('completes values: impact, urgency, status, codes, priority, format, language', () => {
    expect(tab('incident open --impact ')).toEqual(['high', 'medium', 'low']);
    expect(tab('incident classify 1 --urgency m')).toEqual(['medium']);
    expect(tab('incident list --status ')).toEqual(['open', 'classified', 'escalated', 'on_hold', 'resolved', 'closed', 'cancelled']);
    expect(tab('incident resolve 1 --code ')).toContain('workaround');
    expect(tab('incident list --priority ')).toEqual(['P1', 'P2', 'P3', 'P4', 'P5']);
    expect(tab('incident list --format t').sort()).toEqual(['table', 'tsv']);
    expect(tab('incident --lang ')).toEqual(['en', 'ja']);
    expect(tab('incident completion ')).toEqual(['bash', 'zsh', 'fish']);
    // bash splits --impact=h at the `=`.
    expect(tab('incident open --impact = h')).toEqual(['high']);
  });

  it('completes incident refs from the database, only those the command can act on', () => {
    for (const t of ['VPN 障害', 'プリンタ', 'メール遅延']) sb.run(['open', t]);
    sb.run(['resolve', '2', '--resolution', 'done']);
    expect(tab('incident show ').sort()).toEqual(['INC-1', 'INC-2', 'INC-3']);
    expect(tab('incident close ')).toEqual(['INC-2']);
    expect(tab('incident resolve ').sort()).toEqual(['INC-1', 'INC-3']);
    expect(tab('incident show INC-')).toHaveLength(3);
    expect(tab('incident show 3')).toEqual(['INC-3']);
    expect(tab('incident open x --related ').sort()).toEqual(['INC-1', 'INC-2', 'INC-3']);
  });

  it('finds refs by their digits among many, newest first, at most 50', async () => {
    sb.run(['open', 'seed']);
    // Many rows straight into the table: completion must not scan them all.
    const db = sb.openDb();
    const ins = db.prepare("INSERT INTO incidents (id, title, status, detected_at, opened_at, created_by, updated_at) VALUES (?, 't', 'open', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'x', '2026-01-01T00:00:00Z')");
    db.transaction(() => {
      for (let i = 2; i <= 3000; i++) ins.run(i);
    })();
    db.close();
    const hits = tab('incident show 12');
    expect(hits).toHaveLength(50);
    expect(hits[0]).toBe('INC-1299');
    expect(hits.every((h) => h.startsWith('INC-12'))).toBe(true);
    expect(tab('incident show 2999')).toEqual(['INC-2999']);
  });

  it('reads the database given with --db on the same line', () => {
    const other = join(sb.dir, 'other.db');
    sb.run(['open', 'one', '--db', other]);
    sb.run(['open', 'two', '--db', other]);
    expect(tab(`incident --db ${other} show `).sort()).toEqual(['INC-1', 'INC-2']);
  });

  it('offers nothing and creates nothing when there is no database yet', () => {
    expect(tab('incident show ')).toEqual([]);
    expect(existsSync(sb.db)).toBe(false);
  });

  it('completes file names for --db', () => {
    writeFileSync(join(sb.dir, 'team.db'), '');
    expect(tab('incident --db te')).toEqual(['team.db']);
  });
});

/** Whether a shell is installed here (zsh and fish are not everywhere; bash is). */
const has = (shell: string) => spawnSync(shell, ['-c', 'exit 0']).status === 0;

describe.skipIf(skips(!has('fish')))(`fish completion, in a real fish${skipNote(!has('fish'), 'fish is not installed')}`, () => {
  /** What fish offers for `line` (its own `complete -C`), as `value<TAB>description` lines. */
  const fishTab = (line: string, env: Record<string, string> = {}) =>
    inShell('fish', ['--no-config', '-c', `incident completion fish | source; complete -C '${line}'`], env).split('\n').filter(Boolean);

  it('completes commands with their summaries, flags, values and refs', () => {
    expect(fishTab('incident cl').map((l) => l.split('\t')[0])).toEqual(['classify', 'close']);
    expect(fishTab('incident cl')[0]).toMatch(/^classify\t.*impact and urgency/);
    expect(fishTab('incident open --impact ')).toEqual(['high', 'low', 'medium']);
    expect(fishTab('incident show --f')[0]).toMatch(/^--format\t/);
    sb.run(['open', 'VPN down', '--impact', 'high', '--urgency', 'high', '-q']);
    expect(fishTab('incident resolve ')).toEqual(['INC-1\tP1 open VPN down']);
    expect(fishTab('incident op', { LANG: 'ja_JP.UTF-8' })).toEqual(['open\tインシデントを起票する(検出)']);
  });
});

describe.skipIf(skips(!has('zsh')))(`zsh completion, in a real zsh${skipNote(!has('zsh'), 'zsh is not installed')}`, () => {
  it('lists the commands a prefix can become, with their summaries, on Tab', () => {
    // An interactive zsh in a pseudo-terminal (zsh's own zpty), with compinit and the script loaded.
    const driver = [
      'zmodload zsh/zpty',
      'zpty -b z zsh -f -i',
      `zpty -w z "PS1='> '; autoload -U compinit; compinit -u -d ${join(sb.dir, 'zcompdump')}; source <(incident completion zsh)"`,
      "zpty -w -n z $'incident cl\\t'",
      // Read until both candidates are shown (a loaded machine may take seconds), for 20 s at most.
      'out=""',
      'for i in {1..200}; do',
      '  while zpty -r -t z chunk; do out+=$chunk; done',
      '  [[ $out == *"close a resolved incident"* && $out == *"set impact and urgency"* ]] && break',
      '  sleep 0.1',
      'done',
      "print -r -- \"$out\"",
      'zpty -d z',
    ].join('\n');
    const out = inShell('zsh', ['-f', '-c', driver]);
    expect(out).toMatch(/classify\s+-- set impact and urgency/);
    expect(out).toMatch(/close\s+-- close a resolved incident/);
  });
});

describe('incident completion', () => {
  it('prints scripts for zsh and fish that call back into incident', () => {
    const zsh = sb.run(['completion', 'zsh']);
    expect(zsh.code).toBe(0);
    expect(zsh.stdout).toMatch(/^#compdef incident/);
    expect(zsh.stdout).toContain('__complete --');
    const fish = sb.run(['completion', 'fish']);
    expect(fish.stdout).toContain('complete -c incident');
    expect(fish.stdout).toContain('__complete --');
  });

  it('the bash script is valid bash', () => {
    const script = sb.run(['completion', 'bash']).stdout;
    const r = spawnSync('bash', ['-n'], { input: script, encoding: 'utf8' });
    expect(r.status).toBe(0);
  });

  it('refuses an unknown shell with exit 2 and says which ones exist', () => {
    const r = sb.run(['completion', 'powershell']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bash, zsh and fish');
    expect(sb.run(['completion', 'powershell'], { env: { LANG: 'ja_JP.UTF-8' } }).stderr).toContain('対応していません');
  });

  it('describes candidates in the user language for zsh and fish', () => {
    const r = sb.run(['__complete', '--', 'op'], { env: { LANG: 'ja_JP.UTF-8' } });
    expect(r.stdout).toBe('open\tインシデントを起票する(検出)\n');
  });
});
