import { AppError, ExitCode, usageError } from './errors.js';
import { INCIDENT_EVENT_KINDS, LINK_KINDS, RESOLUTION_CODES, SOURCES } from './incident.js';
import { KNOWLEDGE_STATUSES } from './knowledge.js';
import { STATUSES } from './lifecycle.js';
import { LEVELS, PRIORITIES, derivePriority, type Level } from './priority.js';
import { PROBLEM_EVENT_KINDS, PROBLEM_STATUSES } from './problem.js';
import { formatRef, tryParseRef, type RefKind } from './refs.js';
import { checkText, type LIMITS } from './validate.js';

/**
 * The JSON Lines export format (docs/export-import.md): a header line, then one object per record
 * with a `type`. Every column of every exported table is written, named in camelCase (the §3 name
 * where there is one), in the table's column order, so export → import → export is byte-identical.
 * Columns added by later migrations are carried without code changes. No I/O here.
 */

export const EXPORT_FORMAT = 'incident-export';
export const EXPORT_VERSION = 1;

export type RecordType = 'incident' | 'knowledge' | 'link' | 'kb-link' | 'setting' | 'problem' | 'problem-kb-link' | 'blob' | 'attachment' | 'mail';
export type TableName =
  | 'incidents'
  | 'events'
  | 'knowledge'
  | 'incident_links'
  | 'incident_knowledge'
  | 'settings'
  | 'problems'
  | 'problem_events'
  | 'problem_knowledge'
  | 'attachment_blobs'
  | 'attachments'
  | 'mail_messages';

/** How one column travels: its JSON key and how its value is written and checked. */
export interface ColumnSpec {
  name: string;
  key: string;
  kind: 'int' | 'text' | 'time' | 'tags' | 'bool' | 'boolOrNull' | 'json' | 'base64' | { ref: RefKind };
  notnull: boolean;
  /** The column's default when the key is absent (simple literals only), else undefined. */
  fallback?: unknown;
}

export interface TableInfo {
  name: string;
  type: string;
  notnull: number;
  dflt_value: string | null;
  pk: number;
}

const OVERRIDES: Record<TableName, Record<string, Partial<ColumnSpec> | null>> = {
  incidents: {
    problem_id: { key: 'problem', kind: { ref: 'PRB' } },
    tags: { kind: 'tags' },
    major: { kind: 'bool' },
    source_knowledge: { kind: 'bool' },
    source_sla_met: { kind: 'boolOrNull' },
    escalation_eta: { kind: 'time' },
  },
  // The parent incident is the line the event sits in.
  events: { incident_id: null, from_value: { key: 'from' }, to_value: { key: 'to' }, data: { kind: 'json' } },
  knowledge: { source_incident: { kind: { ref: 'INC' } }, tags: { kind: 'tags' } },
  incident_links: { incident_id: { key: 'incident', kind: { ref: 'INC' } }, related_id: { key: 'related', kind: { ref: 'INC' } } },
  incident_knowledge: { incident_id: { key: 'incident', kind: { ref: 'INC' } }, kb_id: { key: 'kb', kind: { ref: 'KB' } } },
  settings: {},
  problems: {},
  // Like incident events: the parent problem is the line the event sits in.
  problem_events: { problem_id: null, from_value: { key: 'from' }, to_value: { key: 'to' }, data: { kind: 'json' } },
  problem_knowledge: { problem_id: { key: 'problem', kind: { ref: 'PRB' } }, kb_id: { key: 'kb', kind: { ref: 'KB' } } },
  // A file's bytes travel as base64 (RFC 4648, with padding), one blob a line.
  attachment_blobs: { data: { kind: 'base64' } },
  attachments: { incident_id: { key: 'incident', kind: { ref: 'INC' } } },
  mail_messages: { incident_id: { key: 'incident', kind: { ref: 'INC' } } },
};

const camel = (s: string) => s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

function literal(dflt: string | null): unknown {
  if (dflt === null) return undefined;
  if (/^-?\d+$/.test(dflt)) return Number(dflt);
  const m = /^'(.*)'$/s.exec(dflt);
  return m ? m[1].replace(/''/g, "'") : undefined;
}

/** Column specs of a table from its PRAGMA table_info rows. */
export function columnSpecs(table: TableName, info: TableInfo[]): ColumnSpec[] {
  const out: ColumnSpec[] = [];
  for (const c of info) {
    const o = OVERRIDES[table][c.name];
    if (o === null) continue;
    const isInt = /INT/i.test(c.type);
    const kind: ColumnSpec['kind'] = isInt ? 'int' : /_at$|_until$/.test(c.name) ? 'time' : 'text';
    out.push({ name: c.name, key: camel(c.name), kind, notnull: c.notnull === 1 || c.pk === 1, fallback: literal(c.dflt_value), ...o });
  }
  return out;
}

// ---- writing ----------------------------------------------------------------------------------

function encodeValue(spec: ColumnSpec, v: unknown): unknown {
  if (v === null || v === undefined) return null;
  switch (spec.kind) {
    case 'tags':
      return JSON.parse(v as string);
    case 'bool':
      return v === 1;
    case 'boolOrNull':
      return v === 1;
    case 'json':
      try {
        return JSON.parse(v as string);
      } catch {
        return v;
      }
    case 'base64': {
      const b = v as Uint8Array;
      return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('base64');
    }
    default:
      if (typeof spec.kind === 'object') return formatRef(spec.kind.ref, v as number);
      return v;
  }
}

/**
 * A compiled writer of one table's rows (arrays in table column order, as `SELECT *` returns them)
 * straight to JSON text, keys in spec order: the hot path of exporting a million incidents.
 * `skip` names keys the caller writes itself (id and ref at the head of a line).
 */
export function rowWriter(specs: ColumnSpec[], tableColumns: string[], skip: readonly string[] = []): (row: unknown[]) => string {
  const parts = specs
    .filter((s) => !skip.includes(s.key))
    .map((s) => ({ spec: s, at: tableColumns.indexOf(s.name), prefix: `${JSON.stringify(s.key)}:` }));
  return (row) => {
    let out = '';
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      const v = row[p.at];
      out += (i ? ',' : '') + p.prefix + (v === null || v === undefined ? 'null' : fastValue(p.spec, v));
    }
    return out;
  };
}

function fastValue(spec: ColumnSpec, v: unknown): string {
  if (spec.kind === 'text' || spec.kind === 'time') return JSON.stringify(v);
  if (spec.kind === 'int') return String(v);
  if (spec.kind === 'tags' && v === '[]') return '[]';
  return JSON.stringify(encodeValue(spec, v));
}

/** A row (column → value) as an ordered JSON object; `head` keys come first. */
export function encodeRow(specs: ColumnSpec[], row: Record<string, unknown>, head: Record<string, unknown> = {}): Record<string, unknown> {
  const out: Record<string, unknown> = { ...head };
  for (const s of specs) {
    if (s.key in out) continue;
    out[s.key] = encodeValue(s, row[s.name]);
  }
  return out;
}

// ---- reading ----------------------------------------------------------------------------------

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;

export class LineError extends Error {
  constructor(
    readonly reason: 'badField' | 'missingField' | 'unknownField',
    readonly field: string,
    readonly expected = '',
  ) {
    super(`${reason}: ${field}`);
  }
}

/** Made only on a bad value: decodeValue runs for every field of every imported line. */
const badField = (spec: ColumnSpec, expected: string) => new LineError('badField', spec.key, expected);

function decodeValue(spec: ColumnSpec, v: unknown): unknown {
  if (v === null) {
    if (spec.notnull) throw badField(spec, 'not null');
    return null;
  }
  switch (spec.kind) {
    case 'int':
      if (typeof v !== 'number' || !Number.isSafeInteger(v)) throw badField(spec, 'an integer');
      return v;
    case 'text':
      if (typeof v !== 'string') throw badField(spec, 'text');
      return v;
    case 'time':
      if (typeof v !== 'string' || !ISO_UTC.test(v) || Number.isNaN(Date.parse(v))) throw badField(spec, 'an ISO-8601 UTC time (…Z)');
      return v;
    case 'tags':
      if (!Array.isArray(v) || v.some((t) => typeof t !== 'string')) throw badField(spec, 'an array of text');
      return JSON.stringify(v);
    case 'bool':
      if (typeof v !== 'boolean') throw badField(spec, 'true or false');
      return v ? 1 : 0;
    case 'boolOrNull':
      if (typeof v !== 'boolean') throw badField(spec, 'true, false or null');
      return v ? 1 : 0;
    case 'json':
      // Text that was not JSON in the database travels as a string and goes back verbatim.
      if (typeof v === 'string') return v;
      if (typeof v !== 'object') throw badField(spec, 'an object');
      return JSON.stringify(v);
    case 'base64': {
      // Only the canonical spelling: what decodes must encode back to the same text (no stray characters dropped).
      const bytes = typeof v === 'string' && /^[A-Za-z0-9+/]*={0,2}$/.test(v) ? Buffer.from(v, 'base64') : undefined;
      if (!bytes || bytes.toString('base64') !== v) throw badField(spec, 'base64 (RFC 4648)');
      return bytes;
    }
    default: {
      const kind = spec.kind.ref;
      const n = typeof v === 'string' ? tryParseRef(kind, v) : null;
      if (n === null || !/^[A-Z]+-\d+$/.test(v as string)) throw badField(spec, `a ${kind}-n reference`);
      return n;
    }
  }
}

/**
 * An object from a line → the values of its columns in spec order. Absent keys take the column's
 * default (or null); an unknown key is refused, so nothing is ever dropped silently.
 */
export function decodeRow(specs: ColumnSpec[], obj: Record<string, unknown>, ignore: readonly string[]): unknown[] {
  const known = knownKeys(specs, ignore);
  for (const k in obj) if (!known.has(k)) throw new LineError('unknownField', k);
  const out = new Array<unknown>(specs.length);
  for (let i = 0; i < specs.length; i++) {
    const s = specs[i];
    const v = obj[s.key];
    if (v === undefined) {
      if (s.fallback !== undefined) out[i] = s.fallback;
      else if (s.notnull) throw new LineError('missingField', s.key);
      else out[i] = null;
    } else out[i] = decodeValue(s, v);
  }
  return out;
}

const known = new WeakMap<ColumnSpec[], Map<string, Set<string>>>();
function knownKeys(specs: ColumnSpec[], ignore: readonly string[]): Set<string> {
  let bySpecs = known.get(specs);
  if (!bySpecs) known.set(specs, (bySpecs = new Map()));
  const k = ignore.join(',');
  let set = bySpecs.get(k);
  if (!set) bySpecs.set(k, (set = new Set([...specs.map((s) => s.key), ...ignore])));
  return set;
}

/** Parses one line; a line that is not a JSON object is exit 2 with its number. */
export function parseLine(text: string, line: number): Record<string, unknown> {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    throw usageError('import.notJson', { line });
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw usageError('import.notObject', { line });
  return v as Record<string, unknown>;
}

/** Turns a LineError into the user's one line (exit 2). */
export function lineError(e: unknown, line: number): unknown {
  if (e instanceof LineError) return usageError(`import.${e.reason}`, { line, field: e.field, expected: e.expected });
  return e;
}

// ---- checking records as typed input is checked ---------------------------------------------

/**
 * What a value must be beyond its JSON type, column by column: the rules the commands apply to what
 * people type (SPEC §3), so that a file cannot bring in what the command line refuses. Text is
 * checked by validate.ts#checkText (the same rules as cleanText, the text kept as it is); names
 * of states and levels must be the stored spelling; counts are positive where the commands make
 * them so. Columns not named here are checked by their kind alone (decodeValue).
 */
type Rule = { text: keyof typeof LIMITS; optional?: true } | { choices: readonly string[] } | { min: number; max: number } | 'tags';

const MAX = Number.MAX_SAFE_INTEGER;
const TITLE: Rule = { text: 'title' };
const SHORT: Rule = { text: 'short' };
const TEXT: Rule = { text: 'text' };
/** Timeline fields: `from`, `to` and `note` may be blank (a note-less move). */
const EVENT_TEXT: Rule = { text: 'text', optional: true };

const RULES: Partial<Record<TableName, Record<string, Rule>>> = {
  incidents: {
    title: TITLE,
    description: TEXT,
    status: { choices: STATUSES },
    held_from: { choices: STATUSES },
    resolved_from: { choices: STATUSES },
    impact: { choices: LEVELS },
    urgency: { choices: LEVELS },
    priority: { choices: PRIORITIES },
    source_priority: SHORT,
    source_problem: SHORT,
    category: SHORT,
    service: SHORT,
    source: { choices: SOURCES },
    reporter: SHORT,
    assignee: SHORT,
    team: SHORT,
    // One level per escalation: a thousand is far past any policy (escalation.maxLevel ≤ 9).
    escalation_level: { min: 0, max: 1000 },
    tags: 'tags',
    dedup_key: SHORT,
    occurrences: { min: 1, max: MAX },
    scope: TEXT,
    held_seconds: { min: 0, max: MAX },
    resolution: TEXT,
    resolution_code: { choices: RESOLUTION_CODES },
    problem_handoff: TEXT,
    external_ref: SHORT,
    created_by: SHORT,
    version: { min: 1, max: MAX },
  },
  events: { actor: SHORT, on_behalf_of: SHORT, os_user: SHORT, kind: { choices: INCIDENT_EVENT_KINDS }, from_value: EVENT_TEXT, to_value: EVENT_TEXT, note: EVENT_TEXT },
  knowledge: {
    title: TITLE,
    symptoms: TEXT,
    cause: TEXT,
    resolution: TEXT,
    workaround: TEXT,
    category: SHORT,
    service: SHORT,
    tags: 'tags',
    status: { choices: KNOWLEDGE_STATUSES },
    uses: { min: 0, max: MAX },
    created_by: SHORT,
    version: { min: 1, max: MAX },
  },
  problems: {
    title: TITLE,
    description: TEXT,
    status: { choices: PROBLEM_STATUSES },
    root_cause: TEXT,
    workaround: TEXT,
    fix: TEXT,
    owner: SHORT,
    category: SHORT,
    service: SHORT,
    close_reason: TEXT,
    created_by: SHORT,
    version: { min: 1, max: MAX },
  },
  problem_events: { actor: SHORT, on_behalf_of: SHORT, os_user: SHORT, kind: { choices: PROBLEM_EVENT_KINDS }, from_value: EVENT_TEXT, to_value: EVENT_TEXT, note: EVENT_TEXT },
  incident_knowledge: { relation: { choices: ['created', 'used'] } },
  incident_links: { kind: { choices: LINK_KINDS } },
  attachment_blobs: { sha256: { text: 'short' }, size: { min: 0, max: MAX } },
  attachments: { name: SHORT, sha256: SHORT, size: { min: 0, max: MAX }, media_type: SHORT, attached_by: SHORT },
  mail_messages: { message_id: SHORT, action: { choices: ['opened', 'noted', 'ignored'] }, sender: SHORT, subject: { text: 'text', optional: true } },
  problem_knowledge: { relation: { choices: ['workaround', 'linked'] } },
};

/**
 * A value typed input would have refused, from a validator the commands share (validate.ts): the
 * CLI says it with the line's number, in the user's language.
 */
export class RecordError extends Error {
  constructor(
    readonly line: number,
    readonly error: AppError,
  ) {
    super(`line ${line}: ${error.key}`);
  }
}

/** The rules of a table's columns, in spec order (made once per table). */
const rulesOf = new WeakMap<ColumnSpec[], (Rule | undefined)[]>();

/**
 * Checks a decoded row (values in spec order, as decodeRow answers) against RULES. `where` names
 * the field for messages (`timeline[2].kind` for an event).
 */
export function checkRow(table: TableName, specs: ColumnSpec[], values: unknown[], where = ''): void {
  let rules = rulesOf.get(specs);
  if (!rules) rulesOf.set(specs, (rules = specs.map((s) => RULES[table]?.[s.name])));
  for (let i = 0; i < specs.length; i++) {
    const rule = rules[i];
    const v = values[i];
    if (rule === undefined || v === null) continue;
    // Named for messages only: `where` is '' but for events.
    const field = where ? `${where}${specs[i].key}` : specs[i].key;
    if (rule === 'tags') {
      for (const tag of JSON.parse(v as string) as string[]) checkText(tag, field, 'short');
    } else if ('text' in rule) {
      checkText(v as string, field, rule.text, rule.optional);
    } else if ('choices' in rule) {
      if (!rule.choices.includes(v as string)) throw usageError('import.badChoice', { field, choices: rule.choices.join(', '), value: String(v) });
    } else if (typeof v !== 'number' || v < rule.min || v > rule.max) {
      throw usageError('import.badNumber', { field, min: rule.min, max: rule.max === MAX ? '∞' : rule.max, value: String(v) });
    }
  }
}

/**
 * The rules between an incident's fields (SPEC §3, §4), as the commands keep them:
 * - the priority is the matrix's for its impact and urgency, unless the incident came from another
 *   tracker whose priority was kept as it was (`sourcePriority` set; docs/import-trackers.md);
 * - the state agrees with its times: an incident being worked on is neither resolved nor closed, a
 *   resolved one has `resolvedAt` and no `closedAt`, a closed one both, a cancelled one neither;
 * - its timeline holds an `opened` event (every incident was opened once).
 */
export function checkIncident(row: Record<string, unknown>, kinds: readonly unknown[]): void {
  const expected = derivePriority(row.impact as Level | null, row.urgency as Level | null);
  if (row.priority !== expected && row.source_priority === null) {
    throw usageError('import.rule.priority', {
      priority: String(row.priority ?? 'none'),
      impact: String(row.impact ?? 'none'),
      urgency: String(row.urgency ?? 'none'),
      expected: expected ?? 'none',
    });
  }
  const status = row.status as string;
  const needs: Record<string, [resolved: boolean, closed: boolean]> = {
    resolved: [true, false],
    closed: [true, true],
  };
  const [resolved, closed] = needs[status] ?? [false, false];
  for (const [field, key, must] of [
    ['resolved_at', 'resolvedAt', resolved],
    ['closed_at', 'closedAt', closed],
  ] as const) {
    const v = row[field];
    if (must && v === null) throw usageError('import.rule.timeMissing', { status, field: key });
    if (!must && v !== null) throw usageError('import.rule.timeUnexpected', { status, field: key, value: String(v) });
  }
  if (!kinds.includes('opened')) throw usageError('import.rule.noOpened', { ref: formatRef('INC', row.id as number) });
}

/** A problem's state against its closing time: closed ones have one, others none. */
export function checkProblem(row: Record<string, unknown>): void {
  const status = row.status as string;
  if (status === 'closed' && row.closed_at === null) throw usageError('import.rule.timeMissing', { status, field: 'closedAt' });
  if (status !== 'closed' && row.closed_at !== null) {
    throw usageError('import.rule.timeUnexpected', { status, field: 'closedAt', value: String(row.closed_at) });
  }
}

/** The header's format version: a whole number this program reads (1 … EXPORT_VERSION). */
export function checkHeaderVersion(version: unknown): void {
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw usageError('import.badNumber', { field: 'version', min: 1, max: EXPORT_VERSION, value: String(version) });
  }
}

/** An error a line's content caused, with the line's number: an AppError of a shared validator becomes a RecordError. */
export function recordError(e: unknown, line: number): unknown {
  if (e instanceof AppError && e.exitCode === ExitCode.usage && !e.key.startsWith('import.')) return new RecordError(line, e);
  if (e instanceof AppError && e.exitCode === ExitCode.usage && e.params.line === undefined) {
    return new AppError(e.exitCode, e.key, { ...e.params, line }, e.hintKey);
  }
  return lineError(e, line);
}
