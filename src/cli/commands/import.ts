import type { Command } from 'commander';
import type { Runtime } from '../../io/runtime.js';
import type { Context } from '../context.js';
import { action } from '../program.js';
import { runTrackerImport, TRACKER_FORMATS, type TrackerImportCliOptions } from './import-tracker.js';

/**
 * `incident import --format FORMAT FILE`: one command for every kind of import; the format picks
 * the reader. (`--format` is the global option: for import it names the input format.)
 */

export type ImportOptions = TrackerImportCliOptions;

export async function runImport(ctx: Context, opts: ImportOptions, file: string): Promise<void> {
  if ((TRACKER_FORMATS as readonly string[]).includes((opts.format ?? '').toLowerCase())) {
    return runTrackerImport(ctx, { ...opts, format: opts.format!.toLowerCase() }, file);
  }
  const { usageError } = await import('../../core/errors.js');
  throw usageError('import.badFormat', { choices: TRACKER_FORMATS.join(', '), value: opts.format ?? '' });
}

export function register(program: Command, rt: Runtime): void {
  program
    .command('import')
    .summary('import another tracker\'s export: ServiceNow, or any CSV with a column map')
    .description(
      'Import incidents with their history from another tracker. --format servicenow reads a ServiceNow incident export ' +
        '(an event log with one row per update, or one row per incident); --format csv --map MAP.json reads any other ' +
        'tracker\'s CSV. All or nothing: a row that cannot be read stops the import (exit 2) unless --skip-invalid. ' +
        'Importing the same file again changes nothing; a later export of the same log appends the newer updates.',
    )
    .argument('<file>', 'the export, a CSV file (- reads stdin)')
    .option('--map <file>', 'JSON map: which column is which field, and how values translate (needed for --format csv)')
    .option('--dry-run', 'read and check everything, print what would be imported, write nothing')
    .option('--skip-invalid', 'skip rows that cannot be read (each is listed) instead of stopping')
    .option('--date-format <format>', 'how dates are written: auto (ISO or day-first) | iso | dmy | mdy', undefined)
    .option('--timezone <zone>', 'zone of times written without one: UTC (default), +09:00, Asia/Tokyo')
    .option('--encoding <encoding>', 'character encoding of the file: utf-8 (default; UTF-16 is found by its BOM), shift_jis')
    .addHelpText(
      'after',
      `
Examples:
  $ incident import --format servicenow incident_event_log.csv --dry-run
  $ incident import --format servicenow export.csv --timezone Asia/Tokyo
  $ incident import --format csv --map jira-map.json jira.csv --skip-invalid
  $ incident show INC0000045`,
    )
    .action(action<ImportOptions>(rt, (ctx, opts, args) => runImport(ctx, opts, args[0])));
}
