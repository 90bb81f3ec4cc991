import { describe, expect, it } from 'vitest';
import { Command, Option } from 'commander';
import { complete, type RefSource } from '../../src/cli/complete.js';

/** Completion over a command tree it has never seen: commands added later complete with no change. */
function tree(): Command {
  const root = new Command('incident').option('--db <path>').option('--lang <lang>');
  const kb = root.command('kb').summary('knowledge');
  kb.command('show').argument('<id>');
  kb.command('link').argument('<kb>').argument('<incident>');
  kb.command('import').argument('<file>');
  root.command('report').addOption(new Option('--group-by <field>').choices(['priority', 'team'])).argument('<kind>');
  root.command('close').argument('<id>');
  root.command('secret', { hidden: true });
  return root;
}

const calls: unknown[] = [];
const refs: RefSource = (kind, statuses, digits) => {
  calls.push({ kind, statuses, digits });
  return [1, 2, 12].map((n) => ({ value: `${kind}-${n}` }));
};
const values = (words: string[]) => complete(tree(), words, refs).candidates.map((c) => c.value);

describe('completion over any command tree', () => {
  it('walks groups and hides hidden commands', () => {
    expect(values([''])).toEqual(['kb', 'report', 'close', 'help']);
    expect(values(['kb', ''])).toEqual(['show', 'link', 'import']);
    expect(values(['help', 'r'])).toEqual(['report']);
  });

  it('gives knowledge refs under kb and by argument name, incident refs elsewhere', () => {
    expect(values(['kb', 'show', ''])).toEqual(['KB-1', 'KB-2', 'KB-12']);
    expect(values(['kb', 'link', 'KB-1', ''])).toEqual(['INC-1', 'INC-2', 'INC-12']);
    expect(values(['close', '1'])).toEqual(['INC-1', 'INC-12']);
    expect(calls.at(-1)).toEqual({ kind: 'INC', statuses: ['resolved'], digits: '1' });
  });

  it('uses commander choices of new options', () => {
    expect(values(['report', '--group-by', ''])).toEqual(['priority', 'team']);
    expect(values(['report', '--group-by=t'])).toEqual(['--group-by=team']);
  });

  it('asks the shell for files where a file is expected', () => {
    expect(complete(tree(), ['kb', 'import', ''], refs).files).toBe(true);
    expect(complete(tree(), ['--db', ''], refs).files).toBe(true);
  });

  it('offers nothing for free text, and no flags after --', () => {
    expect(values(['report', ''])).toEqual([]);
    expect(values(['close', '--', '-'])).toEqual([]);
  });
});
