/**
 * The hash chain over every timeline (docs/database.md, "Tamper evidence"): each event of an
 * incident's (a problem's) timeline carries the SHA-256 of its content and of the hash of the event
 * before it in that timeline. An event changed, removed or put in behind the product's back breaks
 * the chain at that point, which `db check` and `import` name.
 *
 * The content is a canonical text, written here so that anyone can compute it again from an export
 * with a script of their own (the rule is in docs/export-import.md). No I/O here: the digest
 * (SHA-256) is handed in by the caller.
 */

/** SHA-256 of a text's UTF-8 bytes, as 64 lowercase hex digits. */
export type Digest = (text: string) => string;

export type Timeline = 'events' | 'problem_events';

/** Each timeline's parent column and the kind of ref its parent has. */
export const TIMELINES = {
  events: { parent: 'incident_id', ref: 'INC' },
  problem_events: { parent: 'problem_id', ref: 'PRB' },
} as const satisfies Record<Timeline, { parent: string; ref: string }>;

/**
 * The first schema version whose exports carry a hash on every event: a file from it or later with
 * an event that has none has had it taken away, and is refused.
 */
export const CHAIN_SCHEMA = 13;

/**
 * Columns that are not the event's content: its id (a new one when imported beside other events),
 * its parent (named by `ref` instead, as the export names it: the line the event sits in) and the hash.
 */
const NOT_CONTENT: ReadonlySet<string> = new Set(['id', 'hash', 'incident_id', 'problem_id']);

/** Column → the event's key in an export (docs/export-import.md): camelCase, `from` and `to`. */
const KEYS: Readonly<Record<string, string>> = { from_value: 'from', to_value: 'to' };
const keyOf = (column: string) => KEYS[column] ?? column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** `data` as the export writes it: the JSON it holds, or the text itself when that is not JSON. */
function dataValue(text: unknown): unknown {
  if (typeof text !== 'string') return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * JSON with every object's keys sorted (by UTF-16 code units, as JavaScript sorts them) and no
 * spaces; strings, numbers and literals as JSON.stringify writes them. Equal to RFC 8785 for
 * what a timeline holds (text, integers, objects and arrays of them).
 */
export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map((x) => canonicalJson(x ?? null)).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const obj = v as Record<string, unknown>;
    const keys = Object.keys(obj)
      .filter((k) => obj[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

/**
 * The text an event's hash is taken over: an object of the event's fields that are not null, named
 * as the export names them (`at`, `actor`, `kind`, `from`, `to`, `note`, `data` as the object it
 * holds, and any column a later version adds), without its `id` and `hash`; with `ref`, the
 * incident's (problem's) ref, and `prev`, the hash of the event before it (absent for the first).
 * A column added later is null in every older event, so it leaves their hashes as they were.
 */
export function chainContent(row: Readonly<Record<string, unknown>>, ref: string, prev: string | null): string {
  let out = '';
  for (const part of shapeOf(row)) {
    let value: string;
    if (part.column === REF) value = JSON.stringify(ref);
    else if (part.column === PREV) {
      if (prev === null) continue;
      value = JSON.stringify(prev);
    } else {
      const v = row[part.column];
      if (v === null || v === undefined) continue;
      value = part.column === 'data' ? canonicalJson(dataValue(v)) : canonicalJson(v);
    }
    out += (out ? ',' : '') + part.prefix + value;
  }
  return `{${out}}`;
}

/** Stand-ins for the two keys that are not columns, in the list of a row's parts. */
const REF = Symbol('ref');
const PREV = Symbol('prev');

/** A row's content keys in sorted order with their `"key":` text, worked out once per set of columns (walking a million events). */
type Part = { column: string | typeof REF | typeof PREV; prefix: string };
const shapes = new Map<string, Part[]>();
function shapeOf(row: Readonly<Record<string, unknown>>): Part[] {
  const columns = Object.keys(row);
  const signature = columns.join(',');
  let parts = shapes.get(signature);
  if (!parts) {
    const keyed: [string, Part['column']][] = columns.filter((c) => !NOT_CONTENT.has(c)).map((c) => [keyOf(c), c]);
    keyed.push(['ref', REF], ['prev', PREV]);
    keyed.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    parts = keyed.map(([key, column]) => ({ column, prefix: `${JSON.stringify(key)}:` }));
    if (shapes.size < 64) shapes.set(signature, parts);
  }
  return parts;
}

/** The hash an event gets after `prev` (null for the first of its timeline). */
export function eventHash(digest: Digest, row: Readonly<Record<string, unknown>>, ref: string, prev: string | null): string {
  return digest(chainContent(row, ref, prev));
}

/** Where a timeline's chain breaks first, and how. */
export interface ChainBreak {
  /** The incident's (problem's) ref. */
  ref: string;
  /** The event's place in its timeline, from 1. */
  position: number;
  /** The event's id (its row in the database), when it has one. */
  eventId: number | null;
  /** The hash the event carries (null: none). */
  stored: string | null;
  /** The hash its content and the previous event's stored hash give. */
  computed: string;
}

/**
 * Walks timelines event by event, in order (each timeline's events together, oldest first), and
 * keeps the first broken link of each. Each link is checked against the stored hash of the event
 * before it, so the link that breaks is the event that was changed, or the one after an event
 * removed or rewritten with a new hash.
 */
export class ChainWalker {
  private parent: unknown = undefined;
  private prev: string | null = null;
  private position = 0;
  private broken = false;
  /** Events walked. */
  events = 0;
  /** Timelines with a broken link. */
  brokenChains = 0;
  /** The first broken link of the first `keep` broken timelines. */
  readonly breaks: ChainBreak[] = [];

  constructor(
    private readonly digest: Digest,
    private readonly keep = 20,
  ) {}

  /** The next event; `parent` is its incident's (problem's) id, `ref` that one's ref. */
  add(parent: unknown, ref: string, row: Readonly<Record<string, unknown>>): ChainBreak | undefined {
    if (parent !== this.parent) {
      this.parent = parent;
      this.prev = null;
      this.position = 0;
      this.broken = false;
    }
    this.events++;
    this.position++;
    const stored = typeof row.hash === 'string' ? row.hash : null;
    const computed = eventHash(this.digest, row, ref, this.prev);
    this.prev = stored;
    if (stored === computed || this.broken) return undefined;
    this.broken = true;
    this.brokenChains++;
    const found: ChainBreak = { ref, position: this.position, eventId: typeof row.id === 'number' ? row.id : null, stored, computed };
    if (this.breaks.length < this.keep) this.breaks.push(found);
    return found;
  }
}
