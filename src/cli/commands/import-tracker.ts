import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { BadRow, importTracker, type TrackerImportResult } from '../../app/import-tracker.js';
import { usageError } from '../../core/errors.js';
import { formatRef } from '../../core/refs.js';
import { BUILTIN_MAPS, checkMap, DATE_FORMATS, type DateFormat, type TrackerMap } from '../../core/tracker-map.js';
import { parseChoice } from '../../core/validate.js';
import type { Context } from '../context.js';
import { readFailure } from '../../io/read-failure.js';

/** `incident import --format servicenow|csv FILE.csv`: other trackers' exports (docs/import-trackers.md). */

export const TRACKER_FORMATS = ['servicenow', 'csv'] as const;

export interface TrackerImportCliOptions {
  format?: string;
  map?: string;
  dryRun?: boolean;
  skipInvalid?: boolean;
  dateFormat?: string;
  timezone?: string;
  encoding?: string;
}

function loadMap(path: string): TrackerMap {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw usageError('import.mapFile', { path, reason: readFailure(e) });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw usageError('import.mapFile', { path, reason: (e as Error).message });
  }
  return checkMap(json);
}

export async function runTrackerImport(ctx: Context, opts: TrackerImportCliOptions, file: string): Promise<void> {
  const format = parseChoice(opts.format ?? '', 'format', TRACKER_FORMATS);
  if (format === 'csv' && !opts.map) throw usageError('import.needMap');
  // Everything is checked before the first write.
  const map = opts.map ? loadMap(opts.map) : BUILTIN_MAPS[format];
  const dateFormat = opts.dateFormat === undefined ? undefined : (parseChoice(opts.dateFormat, 'date-format', DATE_FORMATS) as DateFormat);
  const showProgress = !!ctx.rt.stderr.isTTY && !ctx.quiet;
  let lastDraw = 0;
  let bytes = 0;
  const onProgress = showProgress
    ? (read: number, total: number, rows: number) => {
        if (read >= 0) bytes = read;
        const now = Date.now();
        if (now - lastDraw < 200) return;
        lastDraw = now;
        const percent = total ? Math.floor((bytes / total) * 100) : 0;
        ctx.rt.stderr.write(`\r${ctx.t('import.progress', { file: basename(file), percent, rows: rows.toLocaleString('en-US') })}\u001b[K`);
      }
    : undefined;
  let result: TrackerImportResult;
  try {
    result = await importTracker(await ctx.change(), {
      format,
      map,
      file,
      dryRun: opts.dryRun,
      skipInvalid: opts.skipInvalid,
      dateFormat,
      timezone: opts.timezone,
      encoding: opts.encoding,
      onProgress,
    });
  } catch (e) {
    if (e instanceof BadRow) {
      throw usageError('import.badRow', { line: e.row.line, reason: ctx.t(e.row.key, e.row.params) }, 'import.badRowHint');
    }
    throw e;
  } finally {
    if (showProgress && lastDraw) ctx.rt.stderr.write('\r\u001b[K');
  }
  // The built-in map names columns of every export shape; only a user's own map's gaps are news.
  if (!opts.map) result.missingColumns = [];
  report(ctx, result);
}

function report(ctx: Context, r: TrackerImportResult): void {
  const skipped = r.skipped.map((s) => ({ line: s.line, reason: ctx.t(s.key, s.params) }));
  if (r.missingColumns.length) ctx.info('import.missingColumns', { columns: r.missingColumns.join(', ') });
  if (r.conflicts.length) {
    const refs = r.conflicts.slice(0, 20).join(', ') + (r.conflicts.length > 20 ? ', …' : '');
    ctx.info('import.conflicts', { count: r.conflicts.length, refs });
  }
  if (skipped.length) {
    ctx.info('import.skipped', { count: skipped.length });
    for (const s of skipped) ctx.info('import.skippedLine', s);
  }
  if (ctx.opts.json) {
    return ctx.printJson({
      file: r.file,
      format: r.format,
      dryRun: r.dryRun,
      rows: r.rows,
      incidents: { created: r.created, updated: r.updated, existing: r.existing },
      conflicts: r.conflicts,
      events: r.events,
      reopenings: r.reopenings,
      reassignments: r.reassignments,
      skipped,
      missingColumns: r.missingColumns,
      first: r.firstRef === null ? null : formatRef('INC', r.firstRef),
      last: r.lastRef === null ? null : formatRef('INC', r.lastRef),
    });
  }
  if (ctx.quiet) return;
  const n = (x: number) => x.toLocaleString('en-US');
  const lines = [ctx.t(r.dryRun ? 'import.dryRun' : 'import.done', { created: n(r.created), events: n(r.events), file: basename(r.file) })];
  if (r.firstRef !== null && !r.dryRun) lines.push(ctx.t('import.range', { first: formatRef('INC', r.firstRef), last: formatRef('INC', r.lastRef!) }));
  if (r.updated) lines.push(ctx.t('import.updated', { updated: n(r.updated) }));
  if (r.existing) lines.push(ctx.t('import.existing', { existing: n(r.existing) }));
  lines.push(ctx.t('import.counts', { rows: n(r.rows), reopenings: n(r.reopenings), reassignments: n(r.reassignments) }));
  ctx.print(lines.join('\n'));
}
