import { usageError } from './errors.js';
import { RESOLUTION_CODES, SOURCES, type ResolutionCode, type Source } from './incident.js';
import { STATUSES, type Status } from './lifecycle.js';
import { LEVELS, PRIORITIES, type Level, type Priority } from './priority.js';
import { lookup } from './lookup.js';

/**
 * How another tracker's CSV export maps onto our incidents: which column is which field, and how
 * its values translate. `servicenow` is the built-in map below; `--map FILE.json` gives any other
 * (docs/import-trackers.md describes the format).
 */

/** Fields a map can fill. Text fields (title, description, resolution) may be templates. */
export const MAPPED_FIELDS = [
  'title', 'description', 'status', 'impact', 'urgency', 'priority', 'category', 'service', 'source',
  'reporter', 'assignee', 'team', 'openedAt', 'resolvedAt', 'closedAt', 'resolution', 'resolutionCode',
  'knowledge', 'slaMet', 'problem', 'tags', 'createdBy',
] as const;
export type MappedField = (typeof MAPPED_FIELDS)[number];

/** Fields whose values go through a translation table. */
export const TRANSLATED_FIELDS = ['status', 'impact', 'urgency', 'priority', 'source', 'resolutionCode'] as const;
export type TranslatedField = (typeof TRANSLATED_FIELDS)[number];

export const DATE_FORMATS = ['auto', 'iso', 'dmy', 'mdy'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

export interface TrackerMap {
  name: string;
  /** The column holding the source's own id: it becomes externalRef, and rows sharing it are one incident's updates. */
  key: string;
  /** Event logs: the column with the time of each row's update, and who made it. */
  updatedAt?: string;
  updatedBy?: string;
  dateFormat?: DateFormat;
  /** Values that mean "no value" (compared after trimming). Default: empty and `?`. */
  none?: string[];
  /** Field → a column name, a template such as `{u_symptom} ({category})`, or a list of them: the first with a value wins. */
  fields: Partial<Record<MappedField, string | string[]>>;
  /** Columns we have no field for, kept in the description as `column: value` lines. */
  details?: string[];
  /** Source value → our value. Keys match case-insensitively; a trailing `*` matches any ending. */
  values?: Partial<Record<TranslatedField, Record<string, string>>>;
}

/** The built-in map for ServiceNow incident exports: event logs (incident_event_log) and snapshots. */
export const SERVICENOW_MAP: TrackerMap = {
  name: 'servicenow',
  key: 'number',
  updatedAt: 'sys_updated_at',
  updatedBy: 'sys_updated_by',
  dateFormat: 'auto',
  none: ['', '?'],
  fields: {
    title: ['{short_description}', '{u_symptom} ({category} / {subcategory})', '{category} / {subcategory}', '{category}', '{number}'],
    description: '{description}',
    status: ['incident_state', 'state'],
    impact: 'impact',
    urgency: 'urgency',
    priority: 'priority',
    category: 'category',
    service: ['cmdb_ci', 'business_service'],
    source: 'contact_type',
    reporter: 'caller_id',
    assignee: 'assigned_to',
    team: 'assignment_group',
    openedAt: ['opened_at', 'sys_created_on', 'sys_created_at'],
    resolvedAt: 'resolved_at',
    closedAt: 'closed_at',
    resolution: ['{close_notes}', '{closed_code}'],
    resolutionCode: ['closed_code', 'close_code'],
    knowledge: 'knowledge',
    slaMet: 'made_sla',
    problem: 'problem_id',
    createdBy: ['opened_by', 'sys_created_by'],
  },
  details: ['subcategory', 'u_symptom', 'location', 'opened_by', 'resolved_by', 'rfc', 'vendor', 'caused_by', 'closed_code', 'notify'],
  values: {
    status: {
      New: 'open',
      Active: 'classified',
      'In Progress': 'classified',
      'Awaiting *': 'on_hold',
      'On Hold': 'on_hold',
      Resolved: 'resolved',
      Closed: 'closed',
      Canceled: 'cancelled',
      Cancelled: 'cancelled',
    },
    source: {
      Phone: 'user',
      Email: 'user',
      'Self-service': 'user',
      'Self service': 'user',
      'Walk-in': 'user',
      'Walk in': 'user',
      Chat: 'user',
      'Virtual Agent': 'user',
      Monitoring: 'monitoring',
      Event: 'monitoring',
      Alert: 'monitoring',
      'Direct opening': 'staff',
      '*': 'other',
    },
    resolutionCode: {
      'Solved (Permanently)': 'fixed',
      'Solved Remotely (Permanently)': 'fixed',
      'Solved (Work Around)': 'workaround',
      'Solved Remotely (Work Around)': 'workaround',
      'Not Solved (Not Reproducible)': 'no-fault-found',
      'Not Solved (Too Costly)': 'other',
      'Closed/Resolved by Caller': 'user-error',
      Duplicate: 'duplicate',
      '*': 'other',
    },
  },
};

export const BUILTIN_MAPS: Record<string, TrackerMap> = { servicenow: SERVICENOW_MAP };

// ---- reading a map file ------------------------------------------------------------------------

const bad = (reason: string) => usageError('import.badMap', { reason });
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** Checks a map read from JSON; answers it typed, or a usage error naming what is wrong. */
export function checkMap(raw: unknown): TrackerMap {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw bad('the map must be a JSON object');
  const m = raw as Record<string, unknown>;
  if (typeof m.key !== 'string' || !m.key) throw bad('"key" must name the column with the source id');
  for (const k of ['name', 'updatedAt', 'updatedBy'] as const) {
    if (m[k] !== undefined && typeof m[k] !== 'string') throw bad(`"${k}" must be a column name`);
  }
  if (m.dateFormat !== undefined && !(DATE_FORMATS as readonly unknown[]).includes(m.dateFormat)) {
    throw bad(`"dateFormat" must be one of ${DATE_FORMATS.join(', ')}`);
  }
  if (m.none !== undefined && !isStringList(m.none)) throw bad('"none" must be a list of strings');
  if (m.details !== undefined && !isStringList(m.details)) throw bad('"details" must be a list of column names');
  if (!m.fields || typeof m.fields !== 'object' || Array.isArray(m.fields)) throw bad('"fields" must be an object: field → column');
  for (const [f, v] of Object.entries(m.fields)) {
    if (!(MAPPED_FIELDS as readonly string[]).includes(f)) throw bad(`unknown field "${f}" (known: ${MAPPED_FIELDS.join(', ')})`);
    if (typeof v !== 'string' && !isStringList(v)) throw bad(`field "${f}" must be a column name or a list of them`);
  }
  if (!(m.fields as Record<string, unknown>).openedAt) throw bad('"fields.openedAt" must name the column with the opening time');
  if (m.values !== undefined) {
    if (!m.values || typeof m.values !== 'object' || Array.isArray(m.values)) throw bad('"values" must be an object: field → { source value: our value }');
    for (const [f, table] of Object.entries(m.values)) {
      if (!(TRANSLATED_FIELDS as readonly string[]).includes(f)) throw bad(`"values.${f}": only ${TRANSLATED_FIELDS.join(', ')} are translated`);
      if (!table || typeof table !== 'object' || Array.isArray(table)) throw bad(`"values.${f}" must be an object`);
      for (const [from, to] of Object.entries(table as Record<string, unknown>)) {
        if (typeof to !== 'string' || translateTarget(f as TranslatedField, to) === undefined) {
          throw bad(`"values.${f}": "${from}" → ${JSON.stringify(to)} is not a valid ${f}`);
        }
      }
    }
  }
  return { ...(m as unknown as TrackerMap), name: typeof m.name === 'string' ? m.name : 'csv' };
}

/** Whether a map's target value is one of ours (status may carry a hold reason: `on_hold:Vendor`). */
function translateTarget(field: TranslatedField, to: string): string | undefined {
  switch (field) {
    case 'status':
      return (STATUSES as readonly string[]).includes(to.split(':')[0]) ? to : undefined;
    case 'impact':
    case 'urgency':
      return (LEVELS as readonly string[]).includes(to) ? to : undefined;
    case 'priority':
      return (PRIORITIES as readonly string[]).includes(to) ? to : undefined;
    case 'source':
      return (SOURCES as readonly string[]).includes(to) ? to : undefined;
    case 'resolutionCode':
      return (RESOLUTION_CODES as readonly string[]).includes(to) ? to : undefined;
  }
}

// ---- values -------------------------------------------------------------------------------------

/** Collapses runs of white space (exports pad labels: `Opened by  8`) and trims. */
const LOOSE_SPACE = /\s\s|[^\S ]/;
export const tidy = (s: string): string => (LOOSE_SPACE.test(s) ? s.replace(/\s+/g, ' ') : s).trim();
const fold = (s: string) => tidy(s.normalize('NFKC')).toLowerCase();

/** A compiled translation table: exact keys first, then `prefix*` patterns, longest prefix first. */
export class ValueTable {
  private readonly exact = new Map<string, string>();
  private readonly prefixes: [string, string][] = [];

  constructor(table: Record<string, string> = {}) {
    for (const [k, v] of Object.entries(table)) {
      if (k.endsWith('*')) this.prefixes.push([fold(k.slice(0, -1)), v]);
      else this.exact.set(fold(k), v);
    }
    this.prefixes.sort((a, b) => b[0].length - a[0].length);
  }

  /** Our value and, for a pattern, what the `*` matched (`Awaiting Vendor` → `Vendor`). */
  lookup(value: string): { to: string; rest: string | null } | undefined {
    const key = fold(value);
    const to = this.exact.get(key);
    if (to !== undefined) return { to, rest: null };
    for (const [p, v] of this.prefixes) {
      if (key.startsWith(p)) return { to: v, rest: tidy(value).slice(p.length).trim() || null };
    }
    return undefined;
  }
}

const LEVEL_WORDS: Record<string, Level> = {
  high: 'high', h: 'high', '高': 'high', critical: 'high',
  medium: 'medium', med: 'medium', m: 'medium', moderate: 'medium', '中': 'medium', normal: 'medium',
  low: 'low', l: 'low', '低': 'low', minor: 'low',
};
const PRIORITY_WORDS: Record<string, Priority> = {
  critical: 'P1', highest: 'P1', blocker: 'P1', immediate: 'P1', urgent: 'P1',
  high: 'P2', major: 'P2',
  moderate: 'P3', medium: 'P3', normal: 'P3',
  low: 'P4', minor: 'P4',
  planning: 'P5', lowest: 'P5', trivial: 'P5', 'very low': 'P5',
};

/** `2 - Medium` → [2, 'medium']; `High` → [null, 'high']; `3` → [3, null]. */
function numberAndWord(value: string): [number | null, string | null] {
  const v = fold(value);
  const m = /^p?(\d+)\s*(?:[-:.)]\s*(.*))?$/.exec(v);
  if (m) return [Number(m[1]), m[2] ? m[2].trim() : null];
  return [null, v];
}

/** Impact or urgency as exports write it: `1 - High`, `High`, `1`, `高`. */
export function readLevel(value: string): Level | undefined {
  const [n, word] = numberAndWord(value);
  const named = word ? lookup(LEVEL_WORDS, word) : undefined;
  if (named) return named;
  if (n !== null && n >= 1 && n <= 3) return LEVELS[n - 1];
  return undefined;
}

/** Priority as exports write it: `1 - Critical` → P1, `P2`, `3`, `Moderate` → P3. */
export function readPriority(value: string): Priority | undefined {
  const [n, word] = numberAndWord(value);
  if (n !== null) return n >= 1 && n <= 5 ? PRIORITIES[n - 1] : undefined;
  return word ? lookup(PRIORITY_WORDS, word) : undefined;
}

/** true/false as exports write it. */
export function readBoolean(value: string): boolean | undefined {
  const v = fold(value);
  if (['true', 'yes', 'y', '1', 't', 'はい'].includes(v)) return true;
  if (['false', 'no', 'n', '0', 'f', 'いいえ'].includes(v)) return false;
  return undefined;
}

export function readStatus(value: string, table: ValueTable): { status: Status; reason: string | null } | undefined {
  const hit = table.lookup(value);
  const to = hit?.to ?? fold(value).replace(/[ -]/g, '_');
  const [status, reason] = to.split(':');
  if (!(STATUSES as readonly string[]).includes(status)) return undefined;
  return { status: status as Status, reason: reason ?? hit?.rest ?? (status === 'on_hold' ? tidy(value) : null) };
}

export function readSource(value: string, table: ValueTable): Source | undefined {
  const v = table.lookup(value)?.to ?? fold(value);
  return (SOURCES as readonly string[]).includes(v) ? (v as Source) : undefined;
}

export function readResolutionCode(value: string, table: ValueTable): ResolutionCode | undefined {
  const v = table.lookup(value)?.to ?? fold(value);
  return (RESOLUTION_CODES as readonly string[]).includes(v) ? (v as ResolutionCode) : undefined;
}

// ---- dates --------------------------------------------------------------------------------------

const ISO_RE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const SLASH_RE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)?)?$/i;

const MIN_YEAR = 1970;
const MAX_YEAR = 2199;

/**
 * A time zone for wall-clock times in an export: `UTC`, an offset (`+09:00`) or an IANA name
 * (`Asia/Tokyo`). Answers a function from local wall-clock milliseconds to UTC milliseconds.
 */
export function timeZone(name: string | undefined): (localMs: number) => number {
  const zone = (name ?? 'UTC').trim();
  if (/^(utc|z|gmt)$/i.test(zone)) return (ms) => ms;
  const off = /^(?:utc|gmt)?([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(zone);
  if (off) {
    const minutes = (Number(off[2]) * 60 + Number(off[3] ?? 0)) * (off[1] === '-' ? -1 : 1);
    if (Number(off[2]) > 14 || Number(off[3] ?? 0) > 59) throw usageError('import.badTimezone', { value: name });
    return (ms) => ms - minutes * 60_000;
  }
  let dtf: Intl.DateTimeFormat;
  try {
    dtf = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
  } catch {
    throw usageError('import.badTimezone', { value: name });
  }
  // The zone's offset at an instant; cached per hour, since exports repeat the same hours a lot.
  const cache = new Map<number, number>();
  const offsetAt = (utcMs: number): number => {
    const hour = Math.floor(utcMs / 3_600_000);
    let o = cache.get(hour);
    if (o === undefined) {
      const p: Record<string, number> = {};
      for (const part of dtf.formatToParts(new Date(hour * 3_600_000))) if (part.type !== 'literal') p[part.type] = Number(part.value);
      o = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - hour * 3_600_000;
      cache.set(hour, o);
    }
    return o;
  };
  return (local) => {
    const first = local - offsetAt(local);
    const second = offsetAt(first);
    return local - second;
  };
}

const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function build(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number): number | undefined {
  if (y < MIN_YEAR || y > MAX_YEAR || mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo) || h > 23 || mi > 59 || s > 59) return undefined;
  return Date.UTC(y, mo - 1, d, h, mi, s, ms);
}

/**
 * Reads an export's date: ISO-8601 (`2016-02-29 01:16`, with or without zone) or day-first
 * (`29/2/2016 01:16`); `mdy` reads `2/29/2016` month-first. Times without a zone are wall-clock
 * times in `toUtc`'s zone. Answers UTC milliseconds, or undefined if it is not a valid date.
 */
export function readDate(value: string, format: DateFormat, toUtc: (localMs: number) => number): number | undefined {
  const v = value.trim();
  if (format !== 'dmy' && format !== 'mdy') {
    const m = ISO_RE.exec(v);
    if (m) {
      const frac = m[7] ? Number(`0.${m[7]}`) * 1000 : 0;
      const local = build(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), Math.floor(frac));
      if (local === undefined) return undefined;
      const zone = m[8];
      if (!zone) return toUtc(local);
      if (zone.toUpperCase() === 'Z') return local;
      const z = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone)!;
      const minutes = (Number(z[2]) * 60 + Number(z[3] ?? 0)) * (z[1] === '-' ? -1 : 1);
      return local - minutes * 60_000;
    }
    if (format === 'iso') return undefined;
  }
  const m = SLASH_RE.exec(v);
  if (!m) return undefined;
  const [a, b] = [Number(m[1]), Number(m[2])];
  const [day, month] = format === 'mdy' ? [b, a] : [a, b];
  let hour = Number(m[4] ?? 0);
  const ampm = m[7]?.toLowerCase();
  if (ampm) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (ampm === 'pm' ? 12 : 0);
  }
  const local = build(Number(m[3]), month, day, hour, Number(m[5] ?? 0), Number(m[6] ?? 0), 0);
  return local === undefined ? undefined : toUtc(local);
}
