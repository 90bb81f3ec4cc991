import { parseRuleValue } from './alerts/mapping.js';
import { usageError } from './errors.js';
import { PRIORITIES, parsePriority, type Priority } from './priority.js';
import { DEFAULT_SLA, type SlaTargets } from './sla.js';
import {
  ALWAYS,
  ALWAYS_NAME,
  canonicalZone,
  closesEveryDay,
  formatClosed,
  formatHours,
  intlOffsets,
  parseClosed,
  parseHours,
  type Calendar,
  type ZoneOffsets,
} from './calendar.js';
import { redactText } from './secrets.js';
import { closest } from './suggest.js';
import { compilePattern } from './pattern.js';
import { parseDuration } from './time.js';
import { cleanText, normaliseTags, parseInteger } from './validate.js';
import { lookup } from './lookup.js';

/**
 * The configuration keys (SPEC §11): each with its type, default and validator. Values are stored in
 * the `settings` table as canonical text (`4h`, `80%`, `true`, `a,b,c`), written only after they
 * parse. A key written `notify.<name>.url` is a family: `<name>` is any rule name the team picks,
 * `<n>` an escalation level 1–9.
 */

export const NOTIFY_EVENTS = ['opened', 'escalated', 'breach', 'resolved', 'closed'] as const;
export type NotifyEvent = (typeof NOTIFY_EVENTS)[number];

export type ValueType =
  | 'duration'
  | 'durationOrNone'
  | 'percent'
  | 'integer'
  | 'boolean'
  | 'url'
  | 'list'
  | 'text'
  | 'command'
  | 'pattern'
  | 'priorityOrAny'
  | 'priorityOrNone'
  | 'events'
  | 'aliases'
  | 'labelName'
  | 'alertRule'
  | 'calendarName'
  | 'zone'
  | 'hours'
  | 'holidays'
  | 'closed'
  | 'size';

export interface KeySpec {
  key: string;
  type: ValueType;
  /** Canonical text; '' means "not set" (an empty list, no pattern, no target). */
  default: string;
  min?: number;
  max?: number;
}

const fmtSla = (s: number | null) => (s === null ? 'none' : compactDuration(s));

export const KEYS: KeySpec[] = [
  ...PRIORITIES.flatMap((p): KeySpec[] => [
    { key: `sla.${p}.response`, type: 'durationOrNone', default: fmtSla(DEFAULT_SLA[p].response) },
    { key: `sla.${p}.resolve`, type: 'durationOrNone', default: fmtSla(DEFAULT_SLA[p].resolve) },
  ]),
  // Empty: P3's response target (Config#sla).
  { key: 'sla.unclassified', type: 'durationOrNone', default: '' },
  // Which calendar each priority's targets count in (SPEC §8): the urgent ones around the clock.
  ...PRIORITIES.map((p): KeySpec => ({ key: `sla.${p}.calendar`, type: 'calendarName', default: p === 'P1' || p === 'P2' ? ALWAYS_NAME : 'business' })),
  // Empty: P3's calendar, as the unclassified target is P3's response target.
  { key: 'sla.unclassified.calendar', type: 'calendarName', default: '' },
  { key: 'calendar.<name>.zone', type: 'zone', default: 'Asia/Tokyo' },
  { key: 'calendar.<name>.hours', type: 'hours', default: 'mon-fri 09:00-18:00' },
  { key: 'calendar.<name>.holidays', type: 'holidays', default: 'jp' },
  { key: 'calendar.<name>.closed', type: 'closed', default: '12/29-01/03 年末年始' },
  { key: 'resolve.monitor', type: 'duration', default: '3d' },
  { key: 'check.warn', type: 'percent', default: '80%' },
  { key: 'check.stale', type: 'durationOrNone', default: '3d' },
  { key: 'escalation.priority', type: 'priorityOrNone', default: 'P4' },
  { key: 'escalation.maxLevel', type: 'integer', default: '3', min: 1, max: 9 },
  { key: 'escalation.level<n>.to', type: 'text', default: '' },
  { key: 'escalation.level<n>.team', type: 'text', default: '' },
  { key: 'categories', type: 'list', default: '' },
  { key: 'services', type: 'list', default: '' },
  { key: 'title.minLength', type: 'integer', default: '1', min: 1, max: 300 },
  { key: 'title.pattern', type: 'pattern', default: '' },
  { key: 'tags.aliases', type: 'aliases', default: '' },
  { key: 'notify.timeout', type: 'duration', default: '2s', min: 1, max: 60 },
  { key: 'notify.maxAttempts', type: 'integer', default: '8', min: 1, max: 100 },
  { key: 'notify.backoff', type: 'duration', default: '1m', min: 1, max: 86400 },
  { key: 'notify.<name>.url', type: 'url', default: '' },
  { key: 'notify.<name>.command', type: 'command', default: '' },
  { key: 'notify.<name>.on', type: 'events', default: 'all' },
  { key: 'notify.<name>.priority', type: 'priorityOrAny', default: 'any' },
  { key: 'notify.<name>.majorOnly', type: 'boolean', default: 'false' },
  { key: 'ingest.autoResolve', type: 'boolean', default: 'true' },
  { key: 'ingest.label.<field>', type: 'labelName', default: '' },
  { key: 'ingest.map.<label>.<value>', type: 'alertRule', default: '' },
  // Bytes a file: 1 GiB is beyond both backends' comfort for one value (PostgreSQL's bytea stops at 1 GB).
  { key: 'attachment.maxSize', type: 'size', default: '20MiB', min: 1, max: 512 * 1024 * 1024 },
];

const PLACEHOLDER: Record<string, string> = {
  '<name>': '([a-z0-9][a-z0-9_-]{0,39})',
  '<n>': '([1-9])',
  // Alert label names as Prometheus allows them; a label value may hold dots and capitals.
  '<field>': '(severity|impact|urgency|category|service|team|assignee)',
  '<label>': '([A-Za-z_][A-Za-z0-9_]*)',
  '<value>': '(.+)',
};
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isTemplate = (spec: KeySpec) => /<\w+>/.test(spec.key);
/** The pattern a family key's instances match (`notify.<name>.url` → `notify.ops.url`). */
export const templateRe = (spec: KeySpec) =>
  new RegExp(`^${spec.key.split(/(<\w+>)/).map((part) => PLACEHOLDER[part] ?? escapeRe(part)).join('')}$`);

export const isTemplateKey = isTemplate;

/** Exact keys by name, and each family's pattern: each made once, on first use. */
let exactKeys: Map<string, KeySpec> | undefined;
let families: [RegExp, KeySpec][] | undefined;

/**
 * The spec of a key as typed (exact, or a family instance such as `notify.ops.url`), or undefined.
 * No exact key is also a family instance (a unit test checks), so exact names are looked up first:
 * reading a setting compiles no family's pattern (most commands read a few, at every start).
 */
export function findKey(key: string): KeySpec | undefined {
  exactKeys ??= new Map(KEYS.filter((s) => !s.key.includes('<')).map((s) => [s.key, s]));
  const exact = exactKeys.get(key);
  if (exact) return exact;
  families ??= KEYS.filter(isTemplate).map((s) => [templateRe(s), s]);
  return families.find(([re]) => re.test(key))?.[1];
}

/** The spec of a key, or exit 2 naming the closest known key. */
export function requireKey(input: string): { key: string; spec: KeySpec } {
  const key = String(input).normalize('NFKC').trim();
  const spec = findKey(key);
  if (spec) return { key, spec };
  // Family keys are suggested with the segment the user typed (`notify.ops.urll` → `notify.ops.url`).
  const parts = key.split('.');
  const plain = KEYS.filter((s) => !isTemplate(s)).map((s) => s.key);
  const instances = KEYS.filter(isTemplate).map((s) => {
    const tpl = s.key.split('.');
    return tpl.map((t, i) => (/<\w+>/.test(t) ? t.replace(/<\w+>/, (parts[i] ?? '').toLowerCase().replace(/^level/, '') || 'x') : t)).join('.');
  });
  // The typed segment may not fit the family (`escalation.level0.to`): a suggestion must be a key
  // that `config set` takes, and not the very key it refused.
  const usable = (c: string | undefined) => (c !== undefined && c !== key && findKey(c) ? c : undefined);
  const suggest = (candidates: string[]) => usable(closest(key, candidates)) ?? usable(closest(key.replace(/\.[^.]*$/, ''), candidates));
  const suggestion = suggest([...plain, ...instances.filter((c) => usable(c))]) ?? suggest(plain);
  if (suggestion) throw usageError('config.unknownKey', { key, suggestion }, 'config.unknownKeyHint');
  throw usageError('config.unknownKeyNoSuggestion', { key }, 'config.unknownKeyHint');
}

/** Seconds as the shortest duration text that reads back the same: `90` → `1m30s`, `86400` → `1d`. */
export function compactDuration(seconds: number): string {
  let s = Math.round(seconds);
  if (s === 0) return '0s';
  const out: string[] = [];
  for (const [unit, size] of [['d', 86400], ['h', 3600], ['m', 60], ['s', 1]] as const) {
    const n = Math.floor(s / size);
    if (n) out.push(`${n}${unit}`);
    s -= n * size;
  }
  return out.join('');
}

const SIZE_UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3 };

/** `20MiB`, `512k`, `1.5MB`, `300000` → bytes (K, M, G count in 1024s, as file managers mostly do); undefined when it is none of those. */
export function parseSize(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text.trim());
  const unit = m && lookup(SIZE_UNITS, m[2]!.toLowerCase());
  return m && unit ? Math.round(Number(m[1]) * unit) : undefined;
}

/** Bytes as the shortest exact text: `20971520` → `20MiB`, `1536` → `1536B`. */
export function formatSize(bytes: number): string {
  for (const [unit, size] of [['GiB', 1024 ** 3], ['MiB', 1024 ** 2], ['KiB', 1024]] as const) if (bytes >= size && bytes % size === 0) return `${bytes / size}${unit}`;
  return `${bytes}B`;
}

const NONE = ['none', 'off', '-', 'なし'];
const ANY = ['any', 'all', '*', 'すべて'];
const bad = (type: ValueType, key: string, value: string, extra: Record<string, string | number> = {}) =>
  usageError(`config.bad.${type}`, { key, value, ...extra });

function parseCap(key: string, type: 'priorityOrAny' | 'priorityOrNone', raw: string): string {
  const v = raw.trim().toLowerCase();
  if (type === 'priorityOrAny' && ANY.includes(v)) return 'any';
  if (type === 'priorityOrNone' && NONE.includes(v)) return 'none';
  try {
    return parsePriority(raw.replace(/^\s*(<=|≤|=<)\s*/, ''));
  } catch {
    throw bad(type, key, raw);
  }
}

function parseList(raw: string): string[] {
  const out: string[] = [];
  for (const part of raw.split(/[,、\n]/)) {
    const item = part.normalize('NFC').trim();
    if (item && !out.some((o) => o.toLowerCase() === item.toLowerCase())) out.push(item);
  }
  return out;
}

/** Validates a value for a key and answers its canonical text; exit 2 naming the key when it does not parse. */
export function parseValue(key: string, spec: KeySpec, input: string): string {
  const raw = String(input).normalize('NFKC').trim();
  switch (spec.type) {
    case 'duration':
    case 'durationOrNone': {
      if (spec.type === 'durationOrNone' && NONE.includes(raw.toLowerCase())) return 'none';
      let seconds: number;
      try {
        seconds = parseDuration(raw, key);
      } catch {
        throw bad(spec.type, key, input);
      }
      if (seconds < (spec.min ?? 1) || seconds > (spec.max ?? 100 * 365 * 86400)) {
        throw bad('duration', key, input);
      }
      return compactDuration(seconds);
    }
    case 'size': {
      const bytes = parseSize(raw);
      if (bytes === undefined || bytes < (spec.min ?? 1) || bytes > (spec.max ?? Number.MAX_SAFE_INTEGER)) throw bad('size', key, input, { max: formatSize(spec.max ?? 0) });
      return formatSize(bytes);
    }
    case 'percent': {
      const m = /^(\d{1,3}(?:\.\d+)?)\s*%?$/.exec(raw);
      const n = m ? Number(m[1]) : NaN;
      if (!(n >= 1 && n <= 100)) throw bad('percent', key, input);
      return `${n}%`;
    }
    case 'integer':
      try {
        return String(parseInteger(raw, key, spec.min ?? 0, spec.max ?? 1_000_000));
      } catch {
        throw bad('integer', key, input, { min: spec.min ?? 0, max: spec.max ?? 1_000_000 });
      }
    case 'boolean': {
      const v = raw.toLowerCase();
      if (['true', 'yes', 'on', '1'].includes(v)) return 'true';
      if (['false', 'no', 'off', '0'].includes(v)) return 'false';
      throw bad('boolean', key, input);
    }
    case 'url': {
      let url: URL;
      // Even a refused URL is not echoed whole: it may hold a secret (`ftp://user:pass@…`).
      try {
        url = new URL(String(input).trim());
      } catch {
        throw bad('url', key, redactText(input));
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw bad('url', key, redactText(input));
      return url.href;
    }
    case 'list':
      return parseList(String(input)).join(',');
    case 'text':
      return cleanText(String(input), key, 'short');
    case 'command': {
      // A shell command line: one line, longer than a name may be (curl with a webhook URL).
      const text = cleanText(String(input), key, 'text');
      if (text.includes('\n')) throw bad('command', key, input);
      return text;
    }
    case 'pattern': {
      const text = String(input).trim();
      if (!text) return '';
      // Compiled by the engine that will apply it (RE2: linear time, no backreferences or lookaround).
      const compiled = compilePattern(text);
      if ('error' in compiled) throw bad('pattern', key, input, { reason: compiled.error });
      return text;
    }
    case 'priorityOrAny':
    case 'priorityOrNone':
      return parseCap(key, spec.type, raw);
    case 'events': {
      if (ANY.includes(raw.toLowerCase())) return 'all';
      const events = parseList(raw.toLowerCase());
      const unknown = events.find((e) => !(NOTIFY_EVENTS as readonly string[]).includes(e));
      if (!events.length || unknown !== undefined) {
        throw bad('events', key, input, { choices: NOTIFY_EVENTS.join(', '), suggestion: closest(unknown ?? '', NOTIFY_EVENTS) ?? '' });
      }
      return events.join(',');
    }
    case 'labelName': {
      if (!raw || NONE.includes(raw.toLowerCase())) return '';
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(raw)) throw bad('labelName', key, input);
      return raw;
    }
    case 'alertRule':
      // The same reader ingest uses, so a value config accepts is one ingest can apply.
      try {
        parseRuleValue(raw, key);
      } catch {
        throw bad('alertRule', key, input);
      }
      return raw;
    case 'calendarName': {
      const v = raw.toLowerCase();
      if (key === 'sla.unclassified.calendar' && (v === '' || NONE.includes(v))) return '';
      if (!/^[a-z0-9][a-z0-9_-]{0,39}$/.test(v)) throw bad('calendarName', key, input);
      return v;
    }
    case 'zone':
    case 'hours':
    case 'holidays':
    case 'closed': {
      if (key.split('.')[1] === ALWAYS_NAME) throw usageError('calendar.reserved');
      if (spec.type === 'zone') {
        const zone = canonicalZone(raw);
        if (!zone) throw bad('zone', key, input);
        return zone;
      }
      if (spec.type === 'hours') {
        const week = parseHours(raw);
        if (!week || week.every((d) => !d.length)) throw bad('hours', key, input);
        return formatHours(week);
      }
      if (spec.type === 'holidays') {
        const v = raw.toLowerCase();
        if (v === 'jp' || v === 'none') return v;
        if (NONE.includes(v)) return 'none';
        throw bad('holidays', key, input);
      }
      const closed = parseClosed(String(input).normalize('NFC'));
      if (!closed || closesEveryDay(closed)) throw bad('closed', key, input);
      return formatClosed(closed);
    }
    case 'aliases': {
      const pairs: string[] = [];
      for (const part of parseList(String(input))) {
        const m = /^([^=]+)=([^=]+)$/.exec(part);
        if (!m) throw bad('aliases', key, input);
        const [from] = normaliseTags([m[1]]);
        const [to] = normaliseTags([m[2]]);
        pairs.push(`${from}=${to}`);
      }
      return pairs.join(',');
    }
  }
}

export interface NotifyRule {
  name: string;
  url: string | null;
  command: string | null;
  on: NotifyEvent[];
  /** Incidents at this priority or more urgent; null = any (with or without a priority). */
  priority: Priority | null;
  majorOnly: boolean;
}

export interface EscalationPolicy {
  /** Breaches of incidents at this priority or more urgent are escalated; null = none. */
  priority: Priority | null;
  maxLevel: number;
  /** Who takes level n (1-based), when configured. */
  levels: Record<number, { to?: string; team?: string }>;
}

export interface EntryRules {
  categories: string[];
  services: string[];
  titleMinLength: number;
  titlePattern: string | null;
  tagAliases: Record<string, string>;
}

/** Where a calendar's zone offsets and public holidays come from (io/ hands in faster or lazy ones). */
export interface CalendarSources {
  offsets?: ZoneOffsets;
  japaneseHoliday?: (date: string) => string | null;
}

/** The effective configuration: what is set, else the defaults. Typed readers over canonical text. */
export class Config {
  constructor(readonly raw: Record<string, string> = {}) {}

  get(key: string): string {
    return this.raw[key] ?? findKey(key)?.default ?? '';
  }

  duration(key: string): number | null {
    const v = this.get(key);
    return v === 'none' || v === '' ? null : parseDuration(v, key);
  }

  integer(key: string): number {
    return Number(this.get(key));
  }

  /** A size in bytes (`20MiB` → 20971520). */
  bytes(key: string): number {
    return parseSize(this.get(key)) ?? 0;
  }

  /** A percentage as a fraction (`80%` → 0.8). */
  fraction(key: string): number {
    return Number(this.get(key).replace('%', '')) / 100;
  }

  list(key: string): string[] {
    const v = this.get(key);
    return v ? v.split(',') : [];
  }

  sla(sources: CalendarSources = {}): SlaTargets {
    const out = {} as SlaTargets;
    for (const p of PRIORITIES) out[p] = { response: this.duration(`sla.${p}.response`), resolve: this.duration(`sla.${p}.resolve`) };
    // Not set: P3's response target (SPEC §8), whatever P3's is configured to.
    if (this.raw['sla.unclassified'] !== undefined) out.unclassified = this.duration('sla.unclassified');
    const calendars: NonNullable<SlaTargets['calendars']> = {};
    for (const p of PRIORITIES) calendars[p] = this.calendar(this.get(`sla.${p}.calendar`), sources);
    calendars.unclassified = this.calendar(this.get('sla.unclassified.calendar') || this.get('sla.P3.calendar'), sources);
    out.calendars = calendars;
    return out;
  }

  /** The calendars there are: always, business (built in) and every one a key names. */
  calendarNames(): string[] {
    const names = new Set([ALWAYS_NAME, 'business']);
    for (const key of Object.keys(this.raw)) {
      const m = /^calendar\.([^.]+)\./.exec(key);
      if (m) names.add(m[1]);
    }
    return [...names];
  }

  private calendars = new Map<string, Calendar>();

  /**
   * A calendar by name, made once per configuration (it keeps the days it worked out). A name no
   * key defines (the setting was written before its calendar was removed) counts as `business`'s defaults.
   */
  calendar(name: string, sources: CalendarSources = {}): Calendar {
    if (name === ALWAYS_NAME) return ALWAYS;
    const known = this.calendars.get(name);
    if (known) return known;
    const get = (field: string) => this.raw[`calendar.${name}.${field}`] ?? findKey(`calendar.x.${field}`)!.default;
    const cal: Calendar = {
      name,
      always: false,
      zone: get('zone'),
      hours: parseHours(get('hours'))!,
      holiday: get('holidays') === 'jp' ? (sources.japaneseHoliday ?? (() => null)) : () => null,
      closed: parseClosed(get('closed')) ?? [],
      offsets: sources.offsets ?? intlOffsets,
    };
    this.calendars.set(name, cal);
    return cal;
  }

  entryRules(): EntryRules {
    const aliases: Record<string, string> = {};
    for (const pair of this.list('tags.aliases')) {
      const [from, to] = pair.split('=');
      aliases[from] = to;
    }
    return {
      categories: this.list('categories'),
      services: this.list('services'),
      titleMinLength: this.integer('title.minLength'),
      titlePattern: this.get('title.pattern') || null,
      tagAliases: aliases,
    };
  }

  escalation(): EscalationPolicy {
    const cap = this.get('escalation.priority');
    const levels: EscalationPolicy['levels'] = {};
    for (const [key, value] of Object.entries(this.raw)) {
      const m = /^escalation\.level([1-9])\.(to|team)$/.exec(key);
      if (m) (levels[Number(m[1])] ??= {})[m[2] as 'to' | 'team'] = value;
    }
    return { priority: cap === 'none' ? null : (cap as Priority), maxLevel: this.integer('escalation.maxLevel'), levels };
  }

  notifyRules(): NotifyRule[] {
    const names = new Set<string>();
    for (const key of Object.keys(this.raw)) {
      const m = /^notify\.([^.]+)\.(url|command)$/.exec(key);
      if (m) names.add(m[1]);
    }
    return [...names].sort().map((name) => {
      const on = this.get(`notify.${name}.on`);
      const cap = this.get(`notify.${name}.priority`);
      return {
        name,
        url: this.raw[`notify.${name}.url`] ?? null,
        command: this.raw[`notify.${name}.command`] ?? null,
        on: on === 'all' ? [...NOTIFY_EVENTS] : (on.split(',') as NotifyEvent[]),
        priority: cap === 'any' ? null : (cap as Priority),
        majorOnly: this.get(`notify.${name}.majorOnly`) === 'true',
      };
    });
  }
}

// ---- the user's own config file --------------------------------------------------------------------

/** The keys the user's own config file may hold: notification rules (`notify.<name>.command`, …). */
export const isRuleKey = (key: string): boolean => /^notify\.[^.]+\.[A-Za-z]+$/.test(key) && findKey(key) !== undefined;

/**
 * Reads the user's own config file (`key = value` lines, `#` comments): the notification rules that
 * only this user can write, such as command targets (SPEC §12). Each value is checked as `config set`
 * checks it; a bad line is exit 2 naming the file and the line.
 */
export function parseOwnConfig(text: string, path: string): Record<string, string> {
  const out: Record<string, string> = {};
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    const body = raw.replace(/^\uFEFF/, '').trim();
    if (!body || body.startsWith('#')) return;
    const eq = body.indexOf('=');
    if (eq < 1) throw usageError('config.file.badLine', { path, line, text: body.slice(0, 80) }, 'config.file.hint');
    const key = body.slice(0, eq).trim().normalize('NFKC');
    if (!isRuleKey(key)) throw usageError('config.file.notRule', { path, line, key: key.slice(0, 80) }, 'config.file.hint');
    try {
      out[key] = parseValue(key, findKey(key)!, body.slice(eq + 1).trim());
    } catch {
      throw usageError('config.file.badValue', { path, line, key }, 'config.file.hint');
    }
  });
  return out;
}
