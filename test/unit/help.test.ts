import { describe, expect, it } from 'vitest';
import { buildProgram, helpJa as rootHelpJa } from '../../src/cli/program.js';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { allCommands, commandPath, helpKeys } from '../../src/cli/help.js';
import { main } from '../../src/main.js';
import { memoryRuntime } from '../helpers/memory.js';

/** Help that teaches, in both languages, for every command (including ones added later). */

const program = buildProgram(memoryRuntime([]), '0', COMMANDS);
const commands = allCommands(program).filter((c) => c.parent);
const table: Record<string, string> = Object.assign({}, rootHelpJa, ...COMMANDS.map((m) => m.helpJa ?? {}));

async function help(path: string[], env: Record<string, string> = {}) {
  const rt = memoryRuntime([...path, '--help'], env);
  const code = await main(rt);
  return { code, out: rt.out() };
}

describe('Japanese help table', () => {
  it('has a Japanese line for every command, option and argument', () => {
    const { required } = helpKeys(program);
    expect(required.filter((k) => !table[k])).toEqual([]);
  });

  it('has no line for something that does not exist', () => {
    const { required, optional } = helpKeys(program);
    const known = new Set([...required, ...optional]);
    expect(Object.keys(table).filter((k) => !known.has(k))).toEqual([]);
  });
});

describe.each(commands.map((c) => [commandPath(c)]))('incident %s --help', (path) => {
  it('starts with a one-line purpose and shows 1 to 3 examples', async () => {
    const { code, out } = await help(path.split(' '));
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^Usage: incident /);
    expect(lines[2].trim().length).toBeGreaterThan(5);
    const cmd = commands.find((c) => commandPath(c) === path)!;
    if (cmd.commands.length) return; // a group: its subcommands carry the examples
    const examples = out.split(/^Examples:$/m)[1] ?? '';
    const count = examples.split('\n').filter((l) => /^\s+\$ incident /.test(l)).length;
    expect(count).toBeGreaterThanOrEqual(1);
    expect(count).toBeLessThanOrEqual(3);
  });

  it('is in Japanese with LANG=ja_JP.UTF-8', async () => {
    const { out } = await help(path.split(' '), { LANG: 'ja_JP.UTF-8' });
    expect(out).toMatch(/^使い方: incident /);
    const purpose = table[`${path}:description`] ?? table[path];
    expect(out.split('\n')[2]).toContain(purpose.slice(0, 8));
    expect(out).not.toMatch(/^(Usage|Options|Arguments|Examples):$/m);
  });
});

describe('help of the root', () => {
  it('lists every command with its summary, in the chosen language', async () => {
    const flat = (s: string) => s.replace(/\s+/g, '');
    const en = flat((await help([])).out);
    const ja = flat((await help(['--lang', 'ja'])).out);
    for (const c of commands.filter((c) => !c.parent!.parent)) {
      expect(en).toContain(flat(c.summary() || c.description()));
      expect(ja).toContain(flat(table[commandPath(c)]));
    }
    expect(ja).toContain('オプション:');
    expect(ja).toContain('このヘルプを表示');
  });
});

describe('one meaning per short flag (docs/commands.md)', () => {
  it('gives every short flag the same long flag in every command', () => {
    const meaning = new Map<string, Set<string>>();
    for (const c of allCommands(program)) {
      for (const o of c.options) {
        if (!o.short || !o.long) continue;
        meaning.set(o.short, (meaning.get(o.short) ?? new Set()).add(o.long));
      }
    }
    const twoMeanings = [...meaning].filter(([, longs]) => longs.size > 1).map(([s, longs]) => `${s}: ${[...longs].join(', ')}`);
    expect(twoMeanings).toEqual([]);
    expect([...(meaning.get('-r') ?? [])]).toEqual(['--reason']);
    expect([...(meaning.get('-n') ?? [])]).toEqual(['--limit']);
  });
});
