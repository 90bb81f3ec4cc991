import { usageError } from './errors.js';
import { formatRef, tryParseRef, type RefKind } from './refs.js';

/**
 * The JSON Lines export format (docs/export-import.md): a header line, then one object per record
 * with a `type`. Every column of every exported table is written, named in camelCase (the §3 name
 * where there is one), in the table's column order, so export → import → export is byte-identical.
 * Columns added by later migrations are carried without code changes. No I/O here.
 */

export const EXPORT_FORMAT = 'incident-export';
export const EXPORT_VERSION = 1;

export type RecordType = 'incident' | 'knowledge' | 'link' | 'kb-link' | 'setting' | 'problem' | 'problem-kb-link';
export type TableName =
  | 'incidents'
  | 'events'
  | 'knowledge'
  | 'incident_links'
  | 'incident_knowledge'
  | 'settings'
  | 'problems'
  | 'problem_events'
  | 'problem_knowledge';

/** How one column travels: its JSON key and how its value is written and checked. */
export interface ColumnSpec {
  name: string;
  key: string;
  kind: 'int' | 'text' | 'time' | 'tags' | 'bool' | 'boolOrNull' | 'json' | { ref: RefKind };
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
