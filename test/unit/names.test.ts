import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import { BY_NAME, namedCommand } from '../../src/cli/commands/names.js';
import { memoryRuntime } from '../helpers/memory.js';

/** A run builds only the command it names; the words that pick it must be exactly the real ones. */
describe('commands by name', () => {
  const rt = memoryRuntime([]);
  const words = (c: Command) => [c.name(), ...c.aliases()];

  it('knows every top-level word but those that need the whole tree', () => {
    const all = buildProgram(rt, '0').commands.flatMap(words);
    expect(all.filter((w) => !BY_NAME.has(w)).sort()).toEqual(['__complete', 'completion']);
  });

  it('maps each word to the module that registers it, and only to real top-level commands', () => {
    const all = buildProgram(rt, '0').commands.flatMap(words);
    for (const [word, m] of BY_NAME) {
      expect(all, word).toContain(word);
      const root = new Command('incident');
      m.register(root, rt);
      expect(root.commands.flatMap(words), word).toContain(word);
    }
  });

  it('builds the named command alone, and every command for a word not in the map', () => {
    const full = buildProgram(rt, '0').commands.length;
    expect(buildProgram(memoryRuntime(['--json', 'ls']), '0').commands.map((c) => c.name())).toEqual(['list']);
    // Completion needs the whole tree; a command missing from the map (one added later) gets it too.
    expect(buildProgram(memoryRuntime(['completion', 'bash']), '0').commands.length).toBe(full);
    expect(buildProgram(memoryRuntime(['lst']), '0').commands.length).toBe(full);
  });

  it('finds the word after the global options, and none when anything else comes first', () => {
    const list = BY_NAME.get('list');
    expect(namedCommand(['list'])).toBe(list);
    expect(namedCommand(['ls', '--json'])).toBe(list);
    expect(namedCommand(['--db', 'x.db', '--lang=ja', '-q', '--no-color', 'list'])).toBe(list);
    expect(namedCommand(['--db', 'list', 'show'])).toBe(BY_NAME.get('show'));
    for (const argv of [[], ['--help', 'list'], ['-V', 'list'], ['--', 'list'], ['--bogus', 'list'], ['help', 'list'], ['lst'], ['constructor'], ['completion', 'bash'], ['--db']]) {
      expect(namedCommand(argv), argv.join(' ')).toBeUndefined();
    }
  });
});
