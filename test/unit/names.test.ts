import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { namedCommand } from '../../src/cli/commands/names.js';
import { bundleFor } from '../../src/cli/route.js';
import { commandBundles } from '../../scripts/commands.mjs';
import { memoryRuntime } from '../helpers/memory.js';

/** A run builds only the command it names; the words that pick it must be exactly the real ones. */
describe('commands by name', () => {
  const rt = memoryRuntime([]);
  const words = (c: Command) => [c.name(), ...c.aliases()];
  const BY_NAME = new Map(COMMANDS.flatMap((m) => m.names.map((n) => [n, m] as const)));
  const named = (argv: string[]) => namedCommand(argv, COMMANDS);

  it('knows every top-level word but those that need the whole tree', () => {
    const all = buildProgram(rt, '0', COMMANDS).commands.flatMap(words);
    expect(all.filter((w) => !BY_NAME.has(w)).sort()).toEqual(['__complete', 'completion']);
  });

  it('maps each word to the module that registers it, and only to real top-level commands', () => {
    const all = buildProgram(rt, '0', COMMANDS).commands.flatMap(words);
    for (const [word, m] of BY_NAME) {
      expect(all, word).toContain(word);
      const root = new Command('incident');
      m.register(root, rt);
      expect(root.commands.flatMap(words), word).toContain(word);
    }
  });

  it('builds the named command alone, and every command for a word not in the map', () => {
    const full = buildProgram(rt, '0', COMMANDS).commands.length;
    expect(buildProgram(memoryRuntime(['--json', 'ls']), '0', COMMANDS).commands.map((c) => c.name())).toEqual(['list']);
    // Completion needs the whole tree; a command missing from the map (one added later) gets it too.
    expect(buildProgram(memoryRuntime(['completion', 'bash']), '0', COMMANDS).commands.length).toBe(full);
    expect(buildProgram(memoryRuntime(['lst']), '0', COMMANDS).commands.length).toBe(full);
  });

  it('finds the word after the global options, and none when anything else comes first', () => {
    const list = BY_NAME.get('list');
    expect(named(['list'])).toBe(list);
    expect(named(['ls', '--json'])).toBe(list);
    expect(named(['--db', 'x.db', '--lang=ja', '-q', '--no-color', 'list'])).toBe(list);
    expect(named(['--db', 'list', 'show'])).toBe(BY_NAME.get('show'));
    for (const argv of [[], ['--help', 'list'], ['-V', 'list'], ['--', 'list'], ['--bogus', 'list'], ['help', 'list'], ['lst'], ['constructor'], ['completion', 'bash'], ['--db']]) {
      expect(named(argv), argv.join(' ')).toBeUndefined();
    }
  });

  it('routes each word to the bundle built from the module that registers it, and the rest to the whole CLI', async () => {
    const bundles = commandBundles();
    const table = Object.fromEntries(bundles.flatMap((b) => b.names.map((n) => [n, b.name])));
    expect(Object.keys(table).sort()).toEqual([...BY_NAME.keys()].sort());
    for (const b of bundles) {
      const m = (await import(`../../src/cli/commands/${b.file}`)) as { names: readonly string[] };
      expect(b.names, b.file).toEqual([...m.names]);
      for (const n of b.names) expect(BY_NAME.get(n)?.names, n).toEqual(m.names);
    }
    expect(bundleFor(['--json', 'ls'], table)).toBe(table.list);
    expect(bundleFor(['--db', 'x.db', 'resume', 'INC-1'], table)).toBe(table.hold);
    for (const argv of [[], ['--version'], ['help', 'list'], ['completion', 'bash'], ['__complete', 'list'], ['lst'], ['constructor'], ['toString']]) {
      expect(bundleFor(argv, table), argv.join(' ')).toBe('cli');
    }
  });
});
