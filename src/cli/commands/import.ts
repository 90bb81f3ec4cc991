import type { Command } from 'commander';
import { parseChoice } from '../../core/validate.js';
import type { Runtime } from '../../io/runtime.js';
import type { Context } from '../context.js';
import { action } from '../program.js';
import { runJsonlImport } from './import-jsonl.js';

export interface ImportOptions {
  format?: string;
}

/** What `import` reads, and the reader for each. */
const READERS = {
  jsonl: runJsonlImport,
} as const;

export async function runImport(ctx: Context, opts: ImportOptions, file: string): Promise<void> {
  const format = parseChoice(opts.format ?? 'jsonl', 'format', Object.keys(READERS) as (keyof typeof READERS)[]);
  await READERS[format](ctx, file);
}

export function register(program: Command, rt: Runtime): void {
  program
    .command('import')
    .summary('read records back in (default: an `incident export` in JSON Lines), all or nothing')
    .argument('<file>', 'the file to read, or - for stdin')
    .option('--format <format>', 'jsonl (default: the output of incident export)')
    .addHelpText('after', '\nExamples:\n  $ incident import backup.jsonl --db new.db\n  $ incident export | incident import --db copy.db -')
    .action(action<ImportOptions>(rt, (ctx, opts, args) => runImport(ctx, opts, args[0])));
}
