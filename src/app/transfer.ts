import { notAllowed, usageError } from '../core/errors.js';
import { formatRef, type RefKind } from '../core/refs.js';
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
import { CHAIN_SCHEMA, eventHash, type Timeline } from '../core/chain.js';
import { sha256 } from '../store/chain.js';
import type { Store } from '../store/index.js';
import type { DeferredIndexes, Page, TransferStore } from '../store/transfer.js';
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

/** The records that carry a timeline: their line's type, the kind of their ref, and their events' table. */
const WITH_TIMELINE = {
  incidents: { type: 'incident', kind: 'INC', events: 'events' },
  problems: { type: 'problem', kind: 'PRB', events: 'problem_events' },
} as const;

/** Encodes one incident or problem with its timeline (events without their parent's id). */
function timelineLine(ts: TransferStore, table: keyof typeof WITH_TIMELINE, row: Row, events: Row[]): Record<string, unknown> {
  const { type, kind, events: timeline } = WITH_TIMELINE[table];
  const id = row.id as number;
  const out = encodeRow(ts.specs[table], row, { type, id, ref: formatRef(kind, id) });
  out.timeline = events.map((e) => encodeRow(ts.specs[timeline], e));
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
      await emit(timelineLine(ts, 'problems', row, timeline));
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

/** The tables whose records the file names by id, each with the kind of ref its records have. */
type Referenced = 'incidents' | 'knowledge' | 'problems';
const REF_KIND: Record<Referenced, RefKind> = { incidents: 'INC', knowledge: 'KB', problems: 'PRB' };

/** A reference to a record not yet seen when its line was read: checked again at the end. */
interface PendingRef {
  line: number;
  table: Referenced;
  id: number;
}

/** Values of a decoded row by column name. */
const asRow = (specs: ColumnSpec[], values: unknown[]): Row => Object.fromEntries(specs.map((s, i) => [s.name, values[i]]));

/** What one import knows while it reads the file, line after line. */
interface ImportRun {
  ts: TransferStore;
  counts: ImportCounts;
  /** The header was read (it must come first). */
  header: boolean;
  /** The file is from a schema that chains timelines: every event must carry its hash. */
  hashesRequired: boolean;
  /** Tables empty when the import began: their ids are kept, and nothing in them can conflict. */
  fresh: Record<Referenced | Timeline | 'attachments', boolean>;
  /** Ids the file brought into a table that was not empty: a second line with one is a duplicate. */
  seen: Record<Referenced, Set<number>>;
  pending: PendingRef[];
  /** Attachments naming a file that came neither before them in the file nor was in the database. */
  pendingBlobs: { line: number; sha256: string }[];
  /** Indexes dropped while an empty database is filled, put back at the end. */
  deferred: DeferredIndexes;
  /** Where the columns the loop reads are, found once (it runs for each of a million lines). */
  at: Record<'incidentId' | 'incidentProblem' | 'eventId' | 'eventKind' | 'problemId' | 'problemEventId' | 'attachmentId', number>;
}

/**
 * Reads an export back. Rules (docs/export-import.md): ids and refs are kept; into an empty
 * database the event ids are kept too; a record already present with the same content is skipped,
 * with other content it is a conflict (exit 4); settings in the file replace those of the same key
 * (one with the value it already has counts as already present).
 * A malformed line is exit 2 with its number. Nothing is written unless every line is good.
 */
export async function importJsonl(store: Store, lines: AsyncIterable<string>): Promise<ImportCounts> {
  const ts = await store.transfer();
  return ts.importing(async () => {
    const run = await beginImport(ts);
    let n = 0;
    for await (const text of lines) {
      n++;
      if (!text.trim()) continue;
      const obj = parseLine(text, n);
      try {
        await importLine(run, obj, n);
      } catch (e) {
        throw recordError(e, n);
      }
    }
    if (!run.header) throw usageError('transfer.importEmpty');
    await checkPending(run);
    await ts.recreateIndexes(run.deferred);
    return run.counts;
  });
}

/** Looks at the database before the first line: which tables are empty, and where the columns are. */
async function beginImport(ts: TransferStore): Promise<ImportRun> {
  const empty = async (table: keyof ImportRun['fresh']) => (await ts.count(table)) === 0;
  const fresh = {
    incidents: await empty('incidents'),
    events: await empty('events'),
    knowledge: await empty('knowledge'),
    problems: await empty('problems'),
    problem_events: await empty('problem_events'),
    attachments: await empty('attachments'),
  };
  const column = (table: TableName, name: string) => ts.specs[table].findIndex((s) => s.name === name);
  return {
    ts,
    counts: { ...noneCounted(), unchanged: 0 },
    header: false,
    hashesRequired: false,
    fresh,
    seen: { incidents: new Set(), knowledge: new Set(), problems: new Set() },
    pending: [],
    pendingBlobs: [],
    deferred: fresh.incidents && fresh.events ? await ts.deferIndexes(['incidents', 'events']) : { indexes: [], triggers: [] },
    at: {
      incidentId: column('incidents', 'id'),
      incidentProblem: column('incidents', 'problem_id'),
      eventId: column('events', 'id'),
      eventKind: column('events', 'kind'),
      problemId: column('problems', 'id'),
      problemEventId: column('problem_events', 'id'),
      attachmentId: column('attachments', 'id'),
    },
  };
}

/** One line of the file: the header first, then records of the kinds the format has. */
async function importLine(run: ImportRun, obj: Row, n: number): Promise<void> {
  if (!run.header) return readHeader(run, obj, n);
  if (obj.type === 'header') throw usageError('import.secondHeader', { line: n });
  const importRecord = RECORDS.get(obj.type);
  if (!importRecord) throw usageError('import.unknownType', { line: n, type: String(obj.type ?? '') });
  await importRecord(run, obj, n);
}

/** The first line: this format, at a version this program reads. */
function readHeader(run: ImportRun, obj: Row, n: number): void {
  if (obj.type !== 'header' || obj.format !== EXPORT_FORMAT) throw usageError('import.noHeader', { line: n });
  checkHeaderVersion(obj.version);
  if ((obj.version as number) > EXPORT_VERSION) throw usageError('import.badVersion', { line: n, version: String(obj.version), known: EXPORT_VERSION });
  // Exports from the schema that chains timelines on carry a hash on every event.
  run.hashesRequired = typeof obj.schema === 'number' && obj.schema >= CHAIN_SCHEMA;
  run.header = true;
}

/** References to records that came later in the file (or never came), and files no line brought. */
async function checkPending(run: ImportRun): Promise<void> {
  for (const p of run.pending) {
    if (!(await run.ts.exists(p.table, p.id))) throw usageError('import.missingRef', { line: p.line, ref: formatRef(REF_KIND[p.table], p.id) });
  }
  for (const p of run.pendingBlobs) {
    if (!(await run.ts.blobExists(p.sha256))) throw usageError('import.missingBlob', { line: p.line, sha256: p.sha256 });
  }
}

// ---- the record kinds, a line each --------------------------------------------------------------

type RecordImporter = (run: ImportRun, obj: Row, n: number) => Promise<void>;

/** A record of a table whose columns are the line's fields (all but `type`, and `ref` where given): decoded and checked. */
function readRecord(ts: TransferStore, table: TableName, obj: Row, skip = ['type']): { values: unknown[]; row: Row } {
  const values = decodeRow(ts.specs[table], obj, skip);
  checkRow(table, ts.specs[table], values);
  return { values, row: asRow(ts.specs[table], values) };
}

/** An id is a positive integer, and the line's ref (where it has one) is the one the id gives. */
function checkIdentity(kind: RefKind, id: unknown, ref: unknown, n: number): asserts id is number {
  if (typeof id !== 'number' || id < 1) throw usageError('import.badField', { line: n, field: 'id', expected: 'a positive integer' });
  if (ref !== undefined && ref !== formatRef(kind, id)) throw usageError('import.badField', { line: n, field: 'ref', expected: formatRef(kind, id) });
}

/** A line that carries a timeline: its `timeline`, which must be an array (looked at first), and its other fields. */
function splitTimeline(obj: Row, n: number): { timeline: unknown[]; fields: Row } {
  const { timeline, ...fields } = obj;
  if (!Array.isArray(timeline)) throw notEvents(n);
  return { timeline, fields };
}

const notEvents = (n: number) => usageError('import.badField', { line: n, field: 'timeline', expected: 'an array of events' });

/** Each event of a timeline decoded and checked, its place named in an error (`timeline[2].`). */
function readTimeline(ts: TransferStore, table: Timeline, timeline: unknown[], n: number): unknown[][] {
  return timeline.map((e, i) => {
    if (!e || typeof e !== 'object' || Array.isArray(e)) throw notEvents(n);
    const v = decodeRow(ts.specs[table], e as Row, []);
    checkRow(table, ts.specs[table], v, `timeline[${i}].`);
    return v;
  });
}

/** An incident or problem in the file and the one here with its id: the same, event ids aside (they differ between databases). */
async function sameAsHere(ts: TransferStore, table: keyof typeof WITH_TIMELINE, id: number, values: unknown[], events: unknown[][]): Promise<boolean> {
  const timeline = WITH_TIMELINE[table].events;
  const mine = timelineLine(ts, table, asRow(ts.specs[table], values), events.map((v) => asRow(ts.specs[timeline], v)));
  const row = (await ts.find(table, { id }))!;
  const theirs = timelineLine(ts, table, row, table === 'incidents' ? await ts.timeline(id) : await ts.problemTimeline(id));
  return JSON.stringify(mine, dropIds) === JSON.stringify(theirs, dropIds);
}

/** A new incident or problem, then its events: their ids kept into an empty timeline, otherwise new ones follow what is there. */
async function insertWithTimeline(run: ImportRun, table: keyof typeof WITH_TIMELINE, id: number, values: unknown[], events: unknown[][], n: number): Promise<void> {
  const { ts } = run;
  const { kind, events: timeline } = WITH_TIMELINE[table];
  const ref = formatRef(kind, id);
  const idAt = table === 'incidents' ? run.at.eventId : run.at.problemEventId;
  await insertOrExplain(ts, () => ts.insert(table, values), n, ref);
  for (const v of events) {
    if (!run.fresh[timeline]) v[idAt] = null;
    await insertOrExplain(ts, () => ts.insert(timeline, v, id), n, ref);
  }
}

/**
 * An incident, knowledge entry or problem whose id is already in a database that was not empty:
 * skipped (counted unchanged) when `same` says the file has it as it is here, a conflict (exit 4)
 * otherwise, a duplicate (exit 2) when the file brought it already. False: a new record, to write.
 */
async function alreadyHere(run: ImportRun, table: Referenced, id: number, n: number, same: () => Promise<boolean>): Promise<boolean> {
  if (run.fresh[table]) return false;
  const ref = formatRef(REF_KIND[table], id);
  if (await run.ts.exists(table, id)) {
    if (run.seen[table].has(id)) throw usageError('import.duplicate', { line: n, ref });
    if (!(await same())) throw notAllowed('import.conflict', { line: n, ref }, 'import.conflictHint');
    run.counts.unchanged++;
    return true;
  }
  run.seen[table].add(id);
  return false;
}

/** A record found by its key (a link, an attachment, a mail): skipped when the same, else a conflict naming `ref`. */
function skipIfSame(run: ImportRun, same: boolean, ref: string, n: number): void {
  if (!same) throw notAllowed('import.conflict', { line: n, ref }, 'import.conflictHint');
  run.counts.unchanged++;
}

/** Two rows of a table with the same content, as the export writes it. */
const sameContent = (specs: ColumnSpec[], a: Row, b: Row) => JSON.stringify(encodeRow(specs, a)) === JSON.stringify(encodeRow(specs, b));

/** A reference to a record not here (yet): the file must bring it further down (checked at the end). */
async function expectRecord(run: ImportRun, n: number, table: Referenced, id: unknown): Promise<void> {
  if (typeof id === 'number' && !(await run.ts.exists(table, id))) run.pending.push({ line: n, table, id });
}

/** An incident with its timeline, checked whole (its chain too) before anything is written. */
async function importIncident(run: ImportRun, obj: Row, n: number): Promise<void> {
  const { ts, at } = run;
  const { timeline, fields } = splitTimeline(obj, n);
  const values = decodeRow(ts.specs.incidents, fields, ['type', 'ref']);
  const id = values[at.incidentId];
  checkIdentity('INC', id, fields.ref, n);
  checkRow('incidents', ts.specs.incidents, values);
  const events = readTimeline(ts, 'events', timeline, n);
  checkIncident(asRow(ts.specs.incidents, values), events.map((v) => v[at.eventKind]));
  chainTimeline(ts.specs.events, events, formatRef('INC', id), n, run.hashesRequired);
  if (await alreadyHere(run, 'incidents', id, n, () => sameAsHere(ts, 'incidents', id, values, events))) return;
  // incidents.problem_id has no foreign key: the problem must come in the file or be here.
  await expectRecord(run, n, 'problems', values[at.incidentProblem]);
  await insertWithTimeline(run, 'incidents', id, values, events, n);
  run.counts.incidents++;
  run.counts.events += events.length;
}

/** A problem with its timeline, as an incident is. */
async function importProblem(run: ImportRun, obj: Row, n: number): Promise<void> {
  const { ts, at } = run;
  const { timeline, fields } = splitTimeline(obj, n);
  const values = decodeRow(ts.specs.problems, fields, ['type', 'ref']);
  const id = values[at.problemId];
  checkIdentity('PRB', id, fields.ref, n);
  checkRow('problems', ts.specs.problems, values);
  checkProblem(asRow(ts.specs.problems, values));
  const events = readTimeline(ts, 'problem_events', timeline, n);
  chainTimeline(ts.specs.problem_events, events, formatRef('PRB', id), n, run.hashesRequired);
  if (await alreadyHere(run, 'problems', id, n, () => sameAsHere(ts, 'problems', id, values, events))) return;
  await insertWithTimeline(run, 'problems', id, values, events, n);
  run.counts.problems++;
  run.counts.problemEvents += events.length;
}

async function importKnowledge(run: ImportRun, obj: Row, n: number): Promise<void> {
  const { ts } = run;
  const { values, row } = readRecord(ts, 'knowledge', obj, ['type', 'ref']);
  const id = row.id;
  checkIdentity('KB', id, obj.ref, n);
  const same = async () => sameContent(ts.specs.knowledge, row, (await ts.find('knowledge', { id }))!);
  if (await alreadyHere(run, 'knowledge', id, n, same)) return;
  await expectRecord(run, n, 'incidents', row.source_incident);
  await insertOrExplain(ts, () => ts.insert('knowledge', values), n, formatRef('KB', id));
  run.counts.knowledge++;
}

/** The links from an incident, or from a problem, to a knowledge entry: the same two ends are the same link. */
const KNOWLEDGE_LINKS = {
  'kb-link': { table: 'incident_knowledge', from: 'incidents', column: 'incident_id', count: 'kbLinks' },
  'problem-kb-link': { table: 'problem_knowledge', from: 'problems', column: 'problem_id', count: 'problemKbLinks' },
} as const;

function knowledgeLinkImporter(kind: keyof typeof KNOWLEDGE_LINKS): RecordImporter {
  const { table, from, column, count } = KNOWLEDGE_LINKS[kind];
  return async (run, obj, n) => {
    const { ts } = run;
    const { values, row } = readRecord(ts, table, obj);
    const fromRef = formatRef(REF_KIND[from], row[column] as number);
    const here = await ts.find(table, { [column]: row[column], kb_id: row.kb_id });
    if (here) return skipIfSame(run, sameContent(ts.specs[table], here, row), `${fromRef} ${formatRef('KB', row.kb_id as number)}`, n);
    await expectRecord(run, n, from, row[column]);
    await expectRecord(run, n, 'knowledge', row.kb_id);
    await insertOrExplain(ts, () => ts.insert(table, values), n, fromRef);
    run.counts[count]++;
  };
}

async function importLink(run: ImportRun, obj: Row, n: number): Promise<void> {
  const { ts } = run;
  const { values, row } = readRecord(ts, 'incident_links', obj);
  const ref = formatRef('INC', row.incident_id as number);
  const here = await ts.find('incident_links', { incident_id: row.incident_id, related_id: row.related_id });
  // The same two incidents linked another way here: not the file's link, so not skipped silently.
  if (here) return skipIfSame(run, here.kind === row.kind, `${ref} ${formatRef('INC', row.related_id as number)}`, n);
  await expectRecord(run, n, 'incidents', row.incident_id);
  await expectRecord(run, n, 'incidents', row.related_id);
  await insertOrExplain(ts, () => ts.insert('incident_links', values), n, ref);
  run.counts.links++;
}

/** A stored file's content, named by its SHA-256. */
async function importBlob(run: ImportRun, obj: Row, n: number): Promise<void> {
  const { ts } = run;
  const { values, row } = readRecord(ts, 'attachment_blobs', obj);
  const sha256 = row.sha256 as string;
  // The bytes must be what their name says: a file damaged on its way is refused, not stored.
  const data = row.data as Buffer;
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw usageError('import.badField', { line: n, field: 'sha256', expected: '64 hex digits' });
  if (data.byteLength !== row.size || sha256Of(data) !== sha256) throw usageError('import.blobMismatch', { line: n, sha256 });
  // Content-addressed: the same hash is the same bytes, already here.
  if (await ts.blobExists(sha256)) {
    run.counts.unchanged++;
    return;
  }
  await insertOrExplain(ts, () => ts.insert('attachment_blobs', values), n, sha256.slice(0, 12));
  run.counts.blobs++;
}

/** An incident's attachment: a name for a stored file, which the file brings before it or the database has. */
async function importAttachment(run: ImportRun, obj: Row, n: number): Promise<void> {
  const { ts } = run;
  const { values, row } = readRecord(ts, 'attachments', obj);
  const ref = formatRef('INC', row.incident_id as number);
  const here = await ts.find('attachments', { incident_id: row.incident_id, name: row.name, sha256: row.sha256 });
  if (here) return skipIfSame(run, sameContent(ts.specs.attachments, { ...here, id: null }, { ...row, id: null }), `${ref} ${String(row.name)}`, n);
  await expectRecord(run, n, 'incidents', row.incident_id);
  if (!(await ts.blobExists(row.sha256 as string))) run.pendingBlobs.push({ line: n, sha256: row.sha256 as string });
  // Ids are kept into an empty table; otherwise new ones follow what is there.
  if (!run.fresh.attachments) values[run.at.attachmentId] = null;
  await insertOrExplain(ts, () => ts.insert('attachments', values), n, ref);
  run.counts.attachments++;
}

/** A mail message taken in, by its Message-ID. */
async function importMail(run: ImportRun, obj: Row, n: number): Promise<void> {
  const { ts } = run;
  const { values, row } = readRecord(ts, 'mail_messages', obj);
  const here = await ts.find('mail_messages', { message_id: row.message_id });
  if (here) return skipIfSame(run, sameContent(ts.specs.mail_messages, here, row), String(row.message_id), n);
  await expectRecord(run, n, 'incidents', row.incident_id);
  await insertOrExplain(ts, () => ts.insert('mail_messages', values), n, String(row.message_id));
  run.counts.mail++;
}

async function importSetting(run: ImportRun, obj: Row, n: number): Promise<void> {
  const { ts } = run;
  const row = asRow(ts.specs.settings, decodeRow(ts.specs.settings, obj, ['type']));
  // As `config set` takes it: a known key and a value that parses, stored in its canonical form.
  const { key, spec } = requireKey(row.key as string);
  if (key !== row.key) throw usageError('import.badField', { line: n, field: 'key', expected: key });
  const value = parseValue(key, spec, row.value as string);
  // The same value again changes nothing: counted as already present, like a record.
  if ((await ts.find('settings', { key }))?.value === value) {
    run.counts.unchanged++;
    return;
  }
  await ts.setSetting(key, value);
  run.counts.settings++;
}

/** Each record kind of the format (docs/export-import.md) and what reads it in. A Map: a line's `type` is only looked up, never a property. */
const RECORDS = new Map<unknown, RecordImporter>([
  ['incident', importIncident],
  ['knowledge', importKnowledge],
  ['kb-link', knowledgeLinkImporter('kb-link')],
  ['link', importLink],
  ['problem', importProblem],
  ['problem-kb-link', knowledgeLinkImporter('problem-kb-link')],
  ['blob', importBlob],
  ['attachment', importAttachment],
  ['mail', importMail],
  ['setting', importSetting],
]);

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
