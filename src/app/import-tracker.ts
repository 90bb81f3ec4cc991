import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import { TextDecoder } from 'node:util';
import type { ChangeContext } from './change.js';
import { CsvError, CsvParser, guessDelimiter, type CsvRecord } from '../core/csv.js';
import { usageError } from '../core/errors.js';
import { CompiledMap, foldIncident, RowError, type SourceRow } from '../core/tracker-import.js';
import { timeZone, type DateFormat, type TrackerMap } from '../core/tracker-map.js';
import type { MessageKey, MessageParams } from '../i18n/index.js';
import type { IncidentPatch, NewIncident } from '../store/incidents.js';
import { readFailure } from '../io/read-failure.js';

/**
 * Imports another tracker's CSV export (SPEC §5 `import`, issue "bring your history"): reads the file
 * in chunks, groups rows by the source's id, replays each incident's rows into an incident and its
 * timeline, and writes all of it in one transaction — or nothing, when a row cannot be read (unless
 * skipInvalid) or on a dry run. Incidents already imported (same externalRef) are left as they are,
 * so importing the same file twice changes nothing.
 */

export interface TrackerImportOptions {
  /** `servicenow` or `csv` (with a map): named in the timeline. */
  format: string;
  map: TrackerMap;
  file: string;
  dryRun?: boolean;
  skipInvalid?: boolean;
  dateFormat?: DateFormat;
  timezone?: string;
  /** The file's character encoding: utf-8 (default), shift_jis, utf-16le… */
  encoding?: string;
  /** Called now and then with the bytes read so far and the file's size (progress on a TTY). */
  onProgress?: (read: number, total: number, rows: number) => void;
}

export interface SkippedRow {
  line: number;
  key: MessageKey;
  params: MessageParams;
}

export interface TrackerImportResult {
  file: string;
  format: string;
  dryRun: boolean;
  rows: number;
  /** Incidents written now. */
  created: number;
  /** Incidents already in the database (same externalRef) with nothing new in the file: left untouched. */
  existing: number;
  /** Incidents imported before for which the file has newer rows: their timelines were extended. */
  updated: number;
  /** Incidents with newer rows in the file that were changed here since their import: left as they are. */
  conflicts: string[];
  events: number;
  reopenings: number;
  reassignments: number;
  skipped: SkippedRow[];
  /** Columns the map names that the file lacks. */
  missingColumns: string[];
  /** The first and last refs written, for the summary. */
  firstRef: number | null;
  lastRef: number | null;
}

const CHUNK = 1 << 20;

class DryRun extends Error {}

/** A row that cannot be read stopped the import (nothing was written): the command says which and why. */
export class BadRow extends Error {
  constructor(readonly row: SkippedRow) {
    super(`line ${row.line}: ${row.key}`);
  }
}
/** The file is not grouped by incident: run again holding groups in memory. */
class NotGrouped extends Error {}

/**
 * Reads a file's CSV records synchronously (a better-sqlite3 transaction cannot await). The encoding
 * is UTF-8 unless a UTF-16 byte-order mark or `encoding` says otherwise; the delimiter (comma,
 * semicolon or tab) is read off the header line.
 */
function* records(fd: number, total: number, encoding: string | undefined, onChunk: (read: number) => void): Generator<CsvRecord> {
  let parser: CsvParser | undefined;
  let decoder: TextDecoder | undefined;
  let head = '';
  const buf = Buffer.allocUnsafe(CHUNK);
  let read = 0;
  const decode = (bytes?: Buffer): string => {
    try {
      return bytes ? decoder!.decode(bytes, { stream: true }) : decoder!.decode();
    } catch {
      throw usageError('import.badBytes', { encoding: decoder!.encoding }, 'import.badBytesHint');
    }
  };
  const feed = (text: string): CsvRecord[] => {
    if (parser) return parser.push(text);
    head += text;
    const eol = head.search(/[\r\n]/);
    if (eol < 0) return [];
    parser = new CsvParser(guessDelimiter(head.slice(0, eol)));
    const all = head;
    head = '';
    return parser.push(all);
  };
  for (;;) {
    const n = readChunk(fd, buf);
    if (n === 0) break;
    if (!decoder) decoder = makeDecoder(encoding, buf.subarray(0, n));
    read += n;
    yield* feed(decode(buf.subarray(0, n)));
    onChunk(Math.min(read, total));
  }
  decoder ??= makeDecoder(encoding, Buffer.alloc(0));
  yield* feed(decode());
  parser ??= new CsvParser(guessDelimiter(head));
  if (head) yield* parser.push(head);
  yield* parser.end();
}

function makeDecoder(encoding: string | undefined, first: Buffer): TextDecoder {
  let label = encoding;
  if (!label) label = first[0] === 0xff && first[1] === 0xfe ? 'utf-16le' : first[0] === 0xfe && first[1] === 0xff ? 'utf-16be' : 'utf-8';
  try {
    return new TextDecoder(label, { fatal: true });
  } catch {
    throw usageError('import.badEncoding', { value: label });
  }
}

/** readSync, waiting out EAGAIN: stdin may be a non-blocking pipe. */
function readChunk(fd: number, buf: Buffer): number {
  for (;;) {
    try {
      return readSync(fd, buf, 0, buf.length, null);
    } catch (e) {
      if ((e as { code?: string }).code !== 'EAGAIN') throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
    }
  }
}

function openFile(path: string): { fd: number; size: number } {
  if (path === '-') return { fd: 0, size: 0 };
  try {
    const fd = openSync(path, 'r');
    const st = fstatSync(fd);
    if (st.isDirectory()) {
      closeSync(fd);
      throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    }
    return { fd, size: st.size };
  } catch (e) {
    throw usageError('error.readFile', { path, reason: readFailure(e) });
  }
}

export async function importTracker(c: ChangeContext, opts: TrackerImportOptions): Promise<TrackerImportResult> {
  const toUtc = timeZone(opts.timezone);
  // stdin cannot be read twice: group it in memory from the start.
  if (opts.file === '-') return run(c, opts, toUtc, true);
  try {
    return await run(c, opts, toUtc, false);
  } catch (e) {
    if (e instanceof NotGrouped) return run(c, opts, toUtc, true);
    throw e;
  }
}

async function run(c: ChangeContext, opts: TrackerImportOptions, toUtc: (ms: number) => number, buffered: boolean): Promise<TrackerImportResult> {
  const { fd, size } = openFile(opts.file);
  const file = basename(opts.file);
  const result: TrackerImportResult = {
    file: opts.file,
    format: opts.format,
    dryRun: !!opts.dryRun,
    rows: 0,
    created: 0,
    existing: 0,
    updated: 0,
    conflicts: [],
    events: 0,
    reopenings: 0,
    reassignments: 0,
    skipped: [],
    missingColumns: [],
    firstRef: null,
    lastRef: null,
  };
  const incidents = c.store.incidents;
  const foldContext = { actor: c.actor, now: c.now, format: opts.format, file, sla: c.sla };
  /**
   * An incident imported before: a later export may hold more of its updates (the same rows first,
   * then newer ones). Those are appended — unless someone changed the incident here since: then the
   * newer rows are left out rather than written over their work.
   */
  const refresh = async (id: number, rows: SourceRow[]) => {
    const imported = await incidents.lastEvent(id, 'imported');
    const applied = typeof imported?.data?.rows === 'number' ? imported.data.rows : Infinity;
    if (rows.length <= applied) {
      result.existing++;
      return;
    }
    if ((await incidents.lastEvent(id))?.id !== imported!.id) {
      result.conflicts.push(rows[0].key);
      return;
    }
    const current = (await incidents.get(id))!;
    const fold = foldIncident(rows, foldContext);
    const { detectedAt: _d, openedAt: _o, createdBy: _c, externalRef: _e, updatedAt, ...fields } = fold.incident;
    await incidents.update(id, current.version, fields as IncidentPatch, updatedAt);
    const unchangedPriority = current.priority === fold.incident.priority && current.impact === fold.incident.impact && current.urgency === fold.incident.urgency;
    for (const [i, e] of fold.events.entries()) {
      const row = fold.eventRows[i];
      const closing = row === rows.length;
      if (row < applied || (closing && e.kind === 'noted' && unchangedPriority)) continue;
      await incidents.appendEvent(id, e);
      result.events++;
      if (e.kind === 'reopened') result.reopenings++;
      if (e.kind === 'assigned' && e.data?.reassignment) result.reassignments++;
    }
    result.updated++;
  };
  const flush = async (rows: SourceRow[]) => {
    if (!rows.length) return;
    const existing = await incidents.idByExternalRef(rows[0].key);
    if (existing !== undefined) return refresh(existing, rows);
    const { incident, events, reopenings, reassignments } = foldIncident(rows, foldContext);
    const id = await incidents.insert(incident as NewIncident);
    for (const e of events) await incidents.appendEvent(id, e);
    result.created++;
    result.events += events.length;
    result.reopenings += reopenings;
    result.reassignments += reassignments;
    result.firstRef ??= id;
    result.lastRef = id;
  };
  try {
    return await c.store.write(async () => {
      let map: CompiledMap | undefined;
      let group: SourceRow[] = [];
      const done = new Set<string>();
      const held = new Map<string, SourceRow[]>();
      let sinceProgress = 0;
      const progress = (read: number) => opts.onProgress?.(read, size, result.rows);
      try {
        for (const record of records(fd, size, opts.encoding, progress)) {
          if (!map) {
            map = new CompiledMap(opts.map, record.fields, { dateFormat: opts.dateFormat, toUtc });
            result.missingColumns = map.missing;
            continue;
          }
          result.rows++;
          let row: SourceRow;
          try {
            row = map.read(record);
          } catch (e) {
            if (!(e instanceof RowError)) throw e;
            if (!opts.skipInvalid) throw new BadRow({ line: record.line, key: e.key, params: e.params });
            result.skipped.push({ line: record.line, key: e.key, params: e.params });
            continue;
          }
          if (buffered) {
            const rows = held.get(row.key);
            if (rows) rows.push(row);
            else held.set(row.key, [row]);
          } else if (group.length && group[0].key !== row.key) {
            done.add(group[0].key);
            await flush(group);
            if (done.has(row.key)) throw new NotGrouped();
            group = [row];
          } else {
            if (!group.length && done.has(row.key)) throw new NotGrouped();
            group.push(row);
          }
          if (++sinceProgress >= 4096) {
            sinceProgress = 0;
            opts.onProgress?.(-1, size, result.rows);
          }
        }
      } catch (e) {
        if (e instanceof CsvError) throw usageError('import.unterminatedQuote', { line: e.line });
        throw e;
      }
      if (!map) throw usageError('import.empty', { path: opts.file });
      await flush(group);
      for (const rows of held.values()) await flush(rows);
      if (opts.dryRun) throw new DryRun();
      return result;
    });
  } catch (e) {
    if (e instanceof DryRun) return result;
    throw e;
  } finally {
    if (fd !== 0) closeSync(fd);
  }
}
