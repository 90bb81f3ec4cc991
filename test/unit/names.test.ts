import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import { BY_NAME, namedCommand } from '../../src/cli/commands/names.js';
import { memoryRuntime } from '../helpers/memory.js';

/** A run builds only the command it names; the words that pick it must be exactly the real ones. */
describe('commands by name', () => {
  const rt = memoryRuntime([]);
  const words = (c: Command) => [c.name(), ...c.aliases()];

  it('names every top-level command and alias but help and completion, each with the module that registers it', () => {
    const all = buildProgram(rt, '0').commands.flatMap(words);
    expect([...BY_NAME.keys()].sort()).toEqual(all.filter((w) => !['completion', '__complete'].includes(w)).sort());
    for (const [word, m] of BY_NAME) {
      const root = new Command('incident');
      m.register(root, rt);
      expect(root.commands.flatMap(words), word).toContain(word);
    }
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
