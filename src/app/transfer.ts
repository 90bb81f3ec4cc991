import { notAllowed, usageError } from '../core/errors.js';
import { formatRef } from '../core/refs.js';
import { parseValue, requireKey } from '../core/config.js';
import {
  checkHeaderVersion,
  checkIncident,
  checkProblem,
  checkRow,
  decodeRow,
  encodeRow,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  parseLine,
  recordError,
  rowWriter,
  type ColumnSpec,
  type TableName,
} from '../core/transfer.js';
import { CHAIN_SCHEMA, eventHash } from '../core/chain.js';
import { sha256 } from '../store/chain.js';
import type { Store } from '../store/index.js';
import type { Page, TransferStore } from '../store/transfer.js';
import { isSecret } from '../core/secrets.js';
import { sha256Of } from './attachments.js';

/**
 * `incident export` and `incident import` (JSON Lines, lossless). Export streams the tables in id
 * order; import streams a file line by line into one immediate transaction: all of it or nothing.
 */

type Row = Record<string, unknown>;

export interface ExportSink {
  /** Writes text; resolves when it is safe to write more (back-pressure). */
  write(text: string): Promise<void> | void;
}

export interface ExportCounts {
  incidents: number;
  events: number;
  knowledge: number;
  kbLinks: number;
  links: number;
  settings: number;
  problems: number;
  problemEvents: number;
  problemKbLinks: number;
  /** Stored files (by content), the attachments naming them, and the mail taken in. */
  blobs: number;
  attachments: number;
  mail: number;
}

/** Every count at zero, before an export or import starts. */
const noneCounted = (): ExportCounts => ({
  incidents: 0,
  events: 0,
  knowledge: 0,
  kbLinks: 0,
  links: 0,
  settings: 0,
  problems: 0,
  problemEvents: 0,
  problemKbLinks: 0,
  blobs: 0,
  attachments: 0,
  mail: 0,
});

const line = (o: unknown) => `${JSON.stringify(o)}\n`;

/** Encodes one problem with its timeline (events without their problem id). */
function problemLine(ts: TransferStore, row: Row, events: Row[]): Record<string, unknown> {
  const id = row.id as number;
  const out = encodeRow(ts.specs.problems, row, { type: 'problem', id, ref: formatRef('PRB', id) });
  out.timeline = events.map((e) => encodeRow(ts.specs.problem_events, e));
  return out;
}

/** Encodes one incident with its timeline (events without their incident id). */
function incidentLine(ts: TransferStore, row: Row, events: Row[]): Record<string, unknown> {
  const id = row.id as number;
  const out = encodeRow(ts.specs.incidents, row, { type: 'incident', id, ref: formatRef('INC', id) });
  out.timeline = events.map((e) => encodeRow(ts.specs.events, e));
  return out;
}

/**
 * Secrets (SPEC §15): settings whose value holds a webhook's secret are left out unless
 * `includeSecrets`; the header then names them (`secretsLeftOut`) and says so (`note`).
 */
export interface SecretsOption {
  includeSecrets: boolean;
  /** The header's line for people, in their language. */
  note: string;
}

export async function exportJsonl(store: Store, sink: ExportSink, since?: string, secrets: SecretsOption = { includeSecrets: true, note: '' }): Promise<ExportCounts> {
  const ts = await store.transfer();
  return ts.snapshot(() => exportAll(ts, sink, since, secrets));
}

/** A row of a page as an object keyed by column name. */
const rowOf = (at: Readonly<Record<string, number>>, cells: unknown[]): Row => Object.fromEntries(Object.entries(at).map(([name, i]) => [name, cells[i]]));

async function exportAll(ts: TransferStore, sink: ExportSink, since: string | undefined, secrets: SecretsOption): Promise<ExportCounts> {
  const counts = noneCounted();
  let buffer = '';
  const emit = (o: unknown) => emitText(line(o));
  const emitText = async (text: string) => {
    buffer += text;
    if (buffer.length >= 1 << 16) {
      const chunk = buffer;
      buffer = '';
      await sink.write(chunk);
    }
  };
  // Settings are few: read first, so that the header can name the secrets left out.
  const settings = await ts.settings();
  const leftOut = secrets.includeSecrets ? [] : settings.filter((s) => isSecret(String(s.key), String(s.value))).map((s) => String(s.key));
  const note = leftOut.length ? { secretsLeftOut: leftOut, note: secrets.note } : {};
  await emit({ type: 'header', format: EXPORT_FORMAT, version: EXPORT_VERSION, schema: await ts.schemaVersion(), since: since ?? null, ...note });
  for (const s of settings) {
    if (leftOut.includes(String(s.key))) continue;
    await emit(encodeRow(ts.specs.settings, s, { type: 'setting' }));
    counts.settings++;
  }
  // Incidents and events both in incident order, a page at a time: merged, written as text.
  const incidentColumns = ts.columns.incidents;
  const eventColumns = ts.columns.events;
  const writeIncident = rowWriter(ts.specs.incidents, incidentColumns, ['id']);
  const writeEvent = rowWriter(ts.specs.events, eventColumns);
  for await (const { incidents, events } of ts.incidentPages(since)) {
    const idAt = incidents.at.id;
    const parentAt = events.at.incident_id;
    let e = 0;
    for (const row of incidents.rows) {
      const id = row[idAt] as number;
      let timeline = '';
      let n = 0;
      while (e < events.rows.length && (events.rows[e][parentAt] as number) < id) e++;
      while (e < events.rows.length && events.rows[e][parentAt] === id) {
        timeline += `${n++ ? ',' : ''}{${writeEvent(events.rows[e])}}`;
        e++;
      }
      await emitText(`{"type":"incident","id":${id},"ref":"${formatRef('INC', id)}",${writeIncident(row)},"timeline":[${timeline}]}\n`);
      counts.incidents++;
      counts.events += n;
    }
  }
  for await (const page of ts.knowledgePages()) {
    for (const cells of page.rows) {
      const k = rowOf(page.at, cells);
      const id = k.id as number;
      await emit(encodeRow(ts.specs.knowledge, k, { type: 'knowledge', id, ref: formatRef('KB', id) }));
      counts.knowledge++;
    }
  }
  // Problems after knowledge (their links name entries), each with its timeline.
  for await (const { problems, events } of ts.problemPages()) {
    const parentAt = events.at.problem_id;
    let e = 0;
    for (const cells of problems.rows) {
      const row = rowOf(problems.at, cells);
      const id = row.id as number;
      const timeline: Row[] = [];
      while (e < events.rows.length && (events.rows[e][parentAt] as number) < id) e++;
      while (e < events.rows.length && events.rows[e][parentAt] === id) timeline.push(rowOf(events.at, events.rows[e++]));
      await emit(problemLine(ts, row, timeline));
      counts.problems++;
      counts.problemEvents += timeline.length;
    }
  }
  // The records that follow, a line each, in this order: a file's content (blob) before the
  // attachments that name it.
  const records: { pages: AsyncGenerator<Page>; table: TableName; type: string; count: keyof ExportCounts }[] = [
    { pages: ts.problemKbLinkPages(), table: 'problem_knowledge', type: 'problem-kb-link', count: 'problemKbLinks' },
    { pages: ts.kbLinkPages(since), table: 'incident_knowledge', type: 'kb-link', count: 'kbLinks' },
    { pages: ts.linkPages(since), table: 'incident_links', type: 'link', count: 'links' },
    { pages: ts.blobPages(since), table: 'attachment_blobs', type: 'blob', count: 'blobs' },
    { pages: ts.attachmentPages(since), table: 'attachments', type: 'attachment', count: 'attachments' },
    { pages: ts.mailPages(since), table: 'mail_messages', type: 'mail', count: 'mail' },
  ];
  for (const r of records) {
    for await (const page of r.pages) {
      for (const cells of page.rows) {
        await emit(encodeRow(ts.specs[r.table], rowOf(page.at, cells), { type: r.type }));
        counts[r.count]++;
      }
    }
  }
  if (buffer) await sink.write(buffer);
  return counts;
}

export interface ImportCounts extends ExportCounts {
  /** Records already in the database exactly as in the file (skipped). */
  unchanged: number;
}

/** A reference to a record not yet seen when its line was read: checked again at the end. */
interface PendingRef {
  line: number;
  table: 'incidents' | 'knowledge' | 'problems';
  id: number;
}

/** Values of a decoded row by column name. */
const asRow = (specs: ColumnSpec[], values: unknown[]): Row => Object.fromEntries(specs.map((s, i) => [s.name, values[i]]));

/**
 * Reads an export back. Rules (docs/export-import.md): ids and refs are kept; into an empty
 * database the event ids are kept too; a record already present with the same content is skipped,
 * with other content it is a conflict (exit 4); settings in the file replace those of the same key
 * (one with the value it already has counts as already present).
 * A malformed line is exit 2 with its number. Nothing is written unless every line is good.
 */
export async function importJsonl(store: Store, lines: AsyncIterable<string>): Promise<ImportCounts> {
  const ts = await store.transfer();
  const counts: ImportCounts = { ...noneCounted(), unchanged: 0 };
  const pending: PendingRef[] = [];
  // Attachments naming a file that came neither before them in the file nor was in the database.
  const pendingBlobs: { line: number; sha256: string }[] = [];
  return ts.importing(async () => {
    const freshIncidents = await ts.count('incidents') === 0;
    const freshEvents = await ts.count('events') === 0;
    const freshKnowledge = await ts.count('knowledge') === 0;
    const freshProblems = await ts.count('problems') === 0;
    const freshProblemEvents = await ts.count('problem_events') === 0;
    const freshAttachments = (await ts.count('attachments')) === 0;
    const deferred = freshIncidents && freshEvents ? await ts.deferIndexes(['incidents', 'events']) : { indexes: [], triggers: [] };
    const seen = { incidents: new Set<number>(), knowledge: new Set<number>(), problems: new Set<number>() };
    const refCheck = async (n: number, table: 'incidents' | 'knowledge' | 'problems', id: unknown) => {
      if (typeof id === 'number' && !(await ts.exists(table, id))) pending.push({ line: n, table, id });
    };
    // Where the columns the loop reads are, found once (it runs for each of a million lines).
    const at = {
      incidentId: ts.specs.incidents.findIndex((s) => s.name === 'id'),
      incidentProblem: ts.specs.incidents.findIndex((s) => s.name === 'problem_id'),
      eventId: ts.specs.events.findIndex((s) => s.name === 'id'),
      eventKind: ts.specs.events.findIndex((s) => s.name === 'kind'),
    };
    let n = 0;
    let header = false;
    let hashesRequired = false;
    for await (const text of lines) {
      n++;
      if (!text.trim()) continue;
      const obj = parseLine(text, n);
      try {
        if (!header) {
          if (obj.type !== 'header' || obj.format !== EXPORT_FORMAT) throw usageError('import.noHeader', { line: n });
          checkHeaderVersion(obj.version);
          if ((obj.version as number) > EXPORT_VERSION) throw usageError('import.badVersion', { line: n, version: String(obj.version), known: EXPORT_VERSION });
          // Exports from the schema that chains timelines on carry a hash on every event.
          hashesRequired = typeof obj.schema === 'number' && obj.schema >= CHAIN_SCHEMA;
          header = true;
          continue;
        }
        switch (obj.type) {
          case 'incident': {
            const { timeline, ...fields } = obj;
            if (!Array.isArray(timeline)) throw usageError('import.badField', { line: n, field: 'timeline', expected: 'an array of events' });
            const values = decodeRow(ts.specs.incidents, fields, ['type', 'ref']);
            const id = values[at.incidentId] as number;
            if (typeof id !== 'number' || id < 1) throw usageError('import.badField', { line: n, field: 'id', expected: 'a positive integer' });
            if (fields.ref !== undefined && fields.ref !== formatRef('INC', id)) throw usageError('import.badField', { line: n, field: 'ref', expected: formatRef('INC', id) });
            checkRow('incidents', ts.specs.incidents, values);
            const events = timeline.map((e, i) => {
              if (!e || typeof e !== 'object' || Array.isArray(e)) throw usageError('import.badField', { line: n, field: 'timeline', expected: 'an array of events' });
              const v = decodeRow(ts.specs.events, e as Row, []);
              checkRow('events', ts.specs.events, v, `timeline[${i}].`);
              return v;
            });
            checkIncident(asRow(ts.specs.incidents, values), events.map((v) => v[at.eventKind]));
            chainTimeline(ts.specs.events, events, formatRef('INC', id), n, hashesRequired);
            if (!freshIncidents && (await ts.exists('incidents', id))) {
              if (seen.incidents.has(id)) throw usageError('import.duplicate', { line: n, ref: formatRef('INC', id) });
              const mine = JSON.stringify(incidentLine(ts, asRow(ts.specs.incidents, values), events.map((v) => asRow(ts.specs.events, v))), dropIds);
              const theirs = JSON.stringify(incidentLine(ts, (await ts.find('incidents', { id }))!, await ts.timeline(id)), dropIds);
              if (mine !== theirs) throw notAllowed('import.conflict', { line: n, ref: formatRef('INC', id) }, 'import.conflictHint');
              counts.unchanged++;
              continue;
            }
            if (!freshIncidents) seen.incidents.add(id);
            // incidents.problem_id has no foreign key: the problem must come in the file or be here.
            await refCheck(n, 'problems', values[at.incidentProblem]);
            await insertOrExplain(ts, () => ts.insert('incidents', values), n, formatRef('INC', id));
            for (const v of events) {
              // Event ids are kept into an empty timeline; otherwise new ones follow what is there.
              if (!freshEvents) v[at.eventId] = null;
              await insertOrExplain(ts, () => ts.insert('events', v, id), n, formatRef('INC', id));
            }
            counts.incidents++;
            counts.events += events.length;
            break;
          }
          case 'knowledge': {
            const values = decodeRow(ts.specs.knowledge, obj, ['type', 'ref']);
            checkRow('knowledge', ts.specs.knowledge, values);
            const row = asRow(ts.specs.knowledge, values);
            const id = row.id as number;
            if (typeof id !== 'number' || id < 1) throw usageError('import.badField', { line: n, field: 'id', expected: 'a positive integer' });
            if (obj.ref !== undefined && obj.ref !== formatRef('KB', id)) throw usageError('import.badField', { line: n, field: 'ref', expected: formatRef('KB', id) });
            if (!freshKnowledge && (await ts.exists('knowledge', id))) {
              if (seen.knowledge.has(id)) throw usageError('import.duplicate', { line: n, ref: formatRef('KB', id) });
              const same = JSON.stringify(encodeRow(ts.specs.knowledge, row)) === JSON.stringify(encodeRow(ts.specs.knowledge, (await ts.find('knowledge', { id }))!));
              if (!same) throw notAllowed('import.conflict', { line: n, ref: formatRef('KB', id) }, 'import.conflictHint');
              counts.unchanged++;
              continue;
            }
            if (!freshKnowledge) seen.knowledge.add(id);
            await refCheck(n, 'incidents', row.source_incident);
            await insertOrExplain(ts, () => ts.insert('knowledge', values), n, formatRef('KB', id));
            counts.knowledge++;
            break;
          }
          case 'kb-link': {
            const values = decodeRow(ts.specs.incident_knowledge, obj, ['type']);
            checkRow('incident_knowledge', ts.specs.incident_knowledge, values);
            const row = asRow(ts.specs.incident_knowledge, values);
            const existing = await ts.find('incident_knowledge', { incident_id: row.incident_id, kb_id: row.kb_id });
            if (existing) {
              if (JSON.stringify(encodeRow(ts.specs.incident_knowledge, existing)) !== JSON.stringify(encodeRow(ts.specs.incident_knowledge, row))) {
                throw notAllowed('import.conflict', { line: n, ref: `${formatRef('INC', row.incident_id as number)} ${formatRef('KB', row.kb_id as number)}` }, 'import.conflictHint');
              }
              counts.unchanged++;
              continue;
            }
            await refCheck(n, 'incidents', row.incident_id);
            await refCheck(n, 'knowledge', row.kb_id);
            await insertOrExplain(ts, () => ts.insert('incident_knowledge', values), n, formatRef('INC', row.incident_id as number));
            counts.kbLinks++;
            break;
          }
          case 'link': {
            const values = decodeRow(ts.specs.incident_links, obj, ['type']);
            checkRow('incident_links', ts.specs.incident_links, values);
            const row = asRow(ts.specs.incident_links, values);
            const found = await ts.find('incident_links', { incident_id: row.incident_id, related_id: row.related_id });
            if (found) {
              // The same two incidents linked another way here: not the file's link, so not skipped silently.
              if (found.kind !== row.kind) {
                throw notAllowed('import.conflict', { line: n, ref: `${formatRef('INC', row.incident_id as number)} ${formatRef('INC', row.related_id as number)}` }, 'import.conflictHint');
              }
              counts.unchanged++;
              continue;
            }
            await refCheck(n, 'incidents', row.incident_id);
            await refCheck(n, 'incidents', row.related_id);
            await insertOrExplain(ts, () => ts.insert('incident_links', values), n, formatRef('INC', row.incident_id as number));
            counts.links++;
            break;
          }
          case 'problem': {
            const { timeline, ...fields } = obj;
            if (!Array.isArray(timeline)) throw usageError('import.badField', { line: n, field: 'timeline', expected: 'an array of events' });
            const values = decodeRow(ts.specs.problems, fields, ['type', 'ref']);
            const id = values[ts.specs.problems.findIndex((s) => s.name === 'id')] as number;
            if (typeof id !== 'number' || id < 1) throw usageError('import.badField', { line: n, field: 'id', expected: 'a positive integer' });
            if (fields.ref !== undefined && fields.ref !== formatRef('PRB', id)) throw usageError('import.badField', { line: n, field: 'ref', expected: formatRef('PRB', id) });
            checkRow('problems', ts.specs.problems, values);
            checkProblem(asRow(ts.specs.problems, values));
            const events = timeline.map((e, i) => {
              if (!e || typeof e !== 'object' || Array.isArray(e)) throw usageError('import.badField', { line: n, field: 'timeline', expected: 'an array of events' });
              const v = decodeRow(ts.specs.problem_events, e as Row, []);
              checkRow('problem_events', ts.specs.problem_events, v, `timeline[${i}].`);
              return v;
            });
            chainTimeline(ts.specs.problem_events, events, formatRef('PRB', id), n, hashesRequired);
            if (!freshProblems && (await ts.exists('problems', id))) {
              if (seen.problems.has(id)) throw usageError('import.duplicate', { line: n, ref: formatRef('PRB', id) });
              const mine = JSON.stringify(problemLine(ts, asRow(ts.specs.problems, values), events.map((v) => asRow(ts.specs.problem_events, v))), dropIds);
              const theirs = JSON.stringify(problemLine(ts, (await ts.find('problems', { id }))!, await ts.problemTimeline(id)), dropIds);
              if (mine !== theirs) throw notAllowed('import.conflict', { line: n, ref: formatRef('PRB', id) }, 'import.conflictHint');
              counts.unchanged++;
              continue;
            }
            if (!freshProblems) seen.problems.add(id);
            await insertOrExplain(ts, () => ts.insert('problems', values), n, formatRef('PRB', id));
            const idAt = ts.specs.problem_events.findIndex((s) => s.name === 'id');
            for (const v of events) {
              if (!freshProblemEvents) v[idAt] = null;
              await insertOrExplain(ts, () => ts.insert('problem_events', v, id), n, formatRef('PRB', id));
            }
            counts.problems++;
            counts.problemEvents += events.length;
            break;
          }
          case 'problem-kb-link': {
            const values = decodeRow(ts.specs.problem_knowledge, obj, ['type']);
            checkRow('problem_knowledge', ts.specs.problem_knowledge, values);
            const row = asRow(ts.specs.problem_knowledge, values);
            const existing = await ts.find('problem_knowledge', { problem_id: row.problem_id, kb_id: row.kb_id });
            if (existing) {
              if (JSON.stringify(encodeRow(ts.specs.problem_knowledge, existing)) !== JSON.stringify(encodeRow(ts.specs.problem_knowledge, row))) {
                throw notAllowed('import.conflict', { line: n, ref: `${formatRef('PRB', row.problem_id as number)} ${formatRef('KB', row.kb_id as number)}` }, 'import.conflictHint');
              }
              counts.unchanged++;
              continue;
            }
            await refCheck(n, 'problems', row.problem_id);
            await refCheck(n, 'knowledge', row.kb_id);
            await insertOrExplain(ts, () => ts.insert('problem_knowledge', values), n, formatRef('PRB', row.problem_id as number));
            counts.problemKbLinks++;
            break;
          }
          case 'blob': {
            const values = decodeRow(ts.specs.attachment_blobs, obj, ['type']);
            checkRow('attachment_blobs', ts.specs.attachment_blobs, values);
            const row = asRow(ts.specs.attachment_blobs, values);
            // The bytes must be what their name says: a file damaged on its way is refused, not stored.
            const data = row.data as Buffer;
            if (!/^[0-9a-f]{64}$/.test(row.sha256 as string)) throw usageError('import.badField', { line: n, field: 'sha256', expected: '64 hex digits' });
            if (data.byteLength !== row.size || sha256Of(data) !== row.sha256) throw usageError('import.blobMismatch', { line: n, sha256: row.sha256 as string });
            // Content-addressed: the same hash is the same bytes, already here.
            if (await ts.blobExists(row.sha256 as string)) {
              counts.unchanged++;
              continue;
            }
            await insertOrExplain(ts, () => ts.insert('attachment_blobs', values), n, (row.sha256 as string).slice(0, 12));
            counts.blobs++;
            break;
          }
          case 'attachment': {
            const values = decodeRow(ts.specs.attachments, obj, ['type']);
            checkRow('attachments', ts.specs.attachments, values);
            const row = asRow(ts.specs.attachments, values);
            const ref = formatRef('INC', row.incident_id as number);
            const existing = await ts.find('attachments', { incident_id: row.incident_id, name: row.name, sha256: row.sha256 });
            if (existing) {
              const same = (r: Row) => JSON.stringify(encodeRow(ts.specs.attachments, { ...r, id: null }));
              if (same(existing) !== same(row)) throw notAllowed('import.conflict', { line: n, ref: `${ref} ${String(row.name)}` }, 'import.conflictHint');
              counts.unchanged++;
              continue;
            }
            await refCheck(n, 'incidents', row.incident_id);
            if (!(await ts.blobExists(row.sha256 as string))) pendingBlobs.push({ line: n, sha256: row.sha256 as string });
            // Ids are kept into an empty table; otherwise new ones follow what is there.
            if (!freshAttachments) values[ts.specs.attachments.findIndex((s) => s.name === 'id')] = null;
            await insertOrExplain(ts, () => ts.insert('attachments', values), n, ref);
            counts.attachments++;
            break;
          }
          case 'mail': {
            const values = decodeRow(ts.specs.mail_messages, obj, ['type']);
            checkRow('mail_messages', ts.specs.mail_messages, values);
            const row = asRow(ts.specs.mail_messages, values);
            const existing = await ts.find('mail_messages', { message_id: row.message_id });
            if (existing) {
              if (JSON.stringify(encodeRow(ts.specs.mail_messages, existing)) !== JSON.stringify(encodeRow(ts.specs.mail_messages, row))) {
                throw notAllowed('import.conflict', { line: n, ref: String(row.message_id) }, 'import.conflictHint');
              }
              counts.unchanged++;
              continue;
            }
            await refCheck(n, 'incidents', row.incident_id);
            await insertOrExplain(ts, () => ts.insert('mail_messages', values), n, String(row.message_id));
            counts.mail++;
            break;
          }
          case 'setting': {
            const row = asRow(ts.specs.settings, decodeRow(ts.specs.settings, obj, ['type']));
            // As `config set` takes it: a known key and a value that parses, stored in its canonical form.
            const { key, spec } = requireKey(row.key as string);
            if (key !== row.key) throw usageError('import.badField', { line: n, field: 'key', expected: key });
            const value = parseValue(key, spec, row.value as string);
            // The same value again changes nothing: counted as already present, like a record.
            if ((await ts.find('settings', { key }))?.value === value) {
              counts.unchanged++;
              continue;
            }
            await ts.setSetting(key, value);
            counts.settings++;
            break;
          }
          case 'header':
            throw usageError('import.secondHeader', { line: n });
          default:
            throw usageError('import.unknownType', { line: n, type: String(obj.type ?? '') });
        }
      } catch (e) {
        throw recordError(e, n);
      }
    }
    if (!header) throw usageError('transfer.importEmpty');
    // References to records that came later in the file (or never came).
    for (const p of pending) {
      const kind = p.table === 'incidents' ? 'INC' : p.table === 'problems' ? 'PRB' : 'KB';
      if (!(await ts.exists(p.table, p.id))) throw usageError('import.missingRef', { line: p.line, ref: formatRef(kind, p.id) });
    }
    for (const p of pendingBlobs) {
      if (!(await ts.blobExists(p.sha256))) throw usageError('import.missingBlob', { line: p.line, sha256: p.sha256 });
    }
    await ts.recreateIndexes(deferred);
    return counts;
  });
}

/**
 * Checks a timeline's hash chain as the file has it (core/chain.ts), and fills in the hashes of a
 * file written before timelines were chained. An event whose hash does not follow from its content
 * and the hash before it was changed in the file (or one before it was removed): exit 2 with the
 * line, nothing written. The hashes kept are the file's, which are the ones the chain gives.
 */
function chainTimeline(specs: ColumnSpec[], events: unknown[][], ref: string, line: number, required: boolean): void {
  const hashAt = specs.findIndex((s) => s.name === 'hash');
  if (hashAt < 0) return;
  let prev: string | null = null;
  events.forEach((v, i) => {
    const computed = eventHash(sha256, asRow(specs, v), ref, prev);
    const stored = v[hashAt];
    if (stored === null && required) throw usageError('import.chainMissing', { line, ref, position: i + 1 });
    if (stored !== null && stored !== computed) throw usageError('import.chainBroken', { line, ref, position: i + 1 });
    v[hashAt] = prev = computed;
  });
}

/** Event ids differ between databases that hold the same history: compare without them. */
function dropIds(this: unknown, key: string, value: unknown): unknown {
  return key === 'id' && this && typeof this === 'object' && 'kind' in this ? undefined : value;
}

/** A constraint the database refused (an unknown status, a duplicate id) as the line's exit 2. */
async function insertOrExplain(ts: TransferStore, fn: () => Promise<void>, line: number, ref: string): Promise<void> {
  try {
    await fn();
  } catch (e) {
    const kind = ts.constraintKind(e);
    if (kind === 'duplicate') throw usageError('import.duplicate', { line, ref });
    if (kind === 'constraint') throw usageError('import.constraint', { line, reason: (e as Error).message });
    throw e;
  }
}
