import { usageError } from './errors.js';

/**
 * Business-time arithmetic (SPEC §8): an SLA target counts either around the clock or in a team's
 * working hours, in a time zone, skipping public holidays and the team's own closed days. No I/O:
 * what a date is called (holidays) and what a zone's offset is are handed in.
 *
 * A day is worked out once (its open spans as instants) and kept, so that a multi-week target steps
 * day by day, never minute by minute.
 */

/** Minutes from local midnight, end exclusive: `09:00-18:00` is { start: 540, end: 1080 }. */
export interface Span {
  start: number;
  end: number;
}

/** Working spans per weekday, [0] Sunday … [6] Saturday; several a day make a lunch break. */
export type WeekHours = Span[][];

/** A closed range, both ends included: every year (may wrap the year end: 12/29–1/3) or once. */
export type ClosedRange =
  | { kind: 'yearly'; from: [number, number]; to: [number, number]; label: string }
  | { kind: 'dated'; from: string; to: string; label: string };

/** Minutes east of UTC of a zone at each instant (epoch ms), as one batch. */
export type ZoneOffsets = (zone: string, instants: readonly number[]) => number[];

export interface Calendar {
  name: string;
  /** Around the clock: every second counts, no other field is read. */
  always: boolean;
  /** IANA time zone name, as Intl knows it. */
  zone: string;
  hours: WeekHours;
  /** The public holiday's name on a local date (`2027-05-03` → `憲法記念日`), or null. */
  holiday: (date: string) => string | null;
  closed: ClosedRange[];
  offsets: ZoneOffsets;
}

export const ALWAYS_NAME = 'always';

/** The around-the-clock calendar: the arithmetic of plain elapsed time. */
export const ALWAYS: Calendar = {
  name: ALWAYS_NAME,
  always: true,
  zone: 'UTC',
  hours: [0, 1, 2, 3, 4, 5, 6].map(() => [{ start: 0, end: 1440 }]),
  holiday: () => null,
  closed: [],
  offsets: (_zone, instants) => instants.map(() => 0),
};

const DAY_MS = 86_400_000;
/** A calendar with no open hour in this many days is refused rather than searched forever. */
const SEARCH_DAYS = 3700;

// ---- offsets ---------------------------------------------------------------------------------------

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * Offsets read from Intl: exact for every zone Intl knows. The first Intl.DateTimeFormat of a run
 * loads ICU's date data (≈ 30 ms), so the CLI hands in io/zone.ts's instead on its hot paths.
 */
export const intlOffsets: ZoneOffsets = (zone, instants) => {
  let f = formats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(zone, f);
  }
  const fmt = f;
  return instants.map((ms) => {
    const p: Record<string, number> = {};
    for (const part of fmt.formatToParts(ms)) if (part.type !== 'literal') p[part.type] = Number(part.value);
    const local = Date.UTC(p.year, p.month - 1, p.day, p.hour % 24, p.minute, p.second);
    return Math.round((local - Math.floor(ms / 1000) * 1000) / 60_000);
  });
};

/** The zone's canonical IANA name, or null when Intl does not know it. */
export function canonicalZone(zone: string): string | null {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

// ---- days ------------------------------------------------------------------------------------------

/** One local date of a calendar: its open spans as instants and, when closed all day, why. */
export interface Day {
  /** Days since 1970-01-01 of the local date. */
  n: number;
  date: string;
  /** 0 Sunday … 6 Saturday. */
  weekday: number;
  /** The instant the local date begins. */
  start: number;
  /** Open spans as [start, end) epoch ms, in order. */
  spans: [number, number][];
  holiday: string | null;
  closed: string | null;
}

const dateOf = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);
export const dayNumber = (date: string) => Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);

function closedLabel(cal: Calendar, date: string): string | null {
  const md = Number(date.slice(5, 7)) * 100 + Number(date.slice(8, 10));
  for (const r of cal.closed) {
    if (r.kind === 'dated') {
      if (r.from <= date && date <= r.to) return r.label || formatClosed([r]);
      continue;
    }
    const from = r.from[0] * 100 + r.from[1];
    const to = r.to[0] * 100 + r.to[1];
    if (from <= to ? from <= md && md <= to : md >= from || md <= to) return r.label || formatClosed([r]);
  }
  return null;
}

const cache = new WeakMap<Calendar, Map<number, Day>>();

/** A local date's working spans as instants; a time that a DST change skips moves forward, a repeated one takes its first. */
export function day(cal: Calendar, n: number): Day {
  let days = cache.get(cal);
  if (!days) cache.set(cal, (days = new Map()));
  const known = days.get(n);
  if (known) return known;
  const date = dateOf(n);
  const weekday = (((n + 4) % 7) + 7) % 7;
  const holiday = cal.always ? null : cal.holiday(date);
  const closed = cal.always || holiday ? null : closedLabel(cal, date);
  const spans: [number, number][] = [];
  const midnight = n * DAY_MS;
  // The offsets half a day before and a day and a half after: equal, no change of offset that day.
  const [before, after] = cal.always ? [0, 0] : cal.offsets(cal.zone, [midnight - DAY_MS / 2, midnight + DAY_MS * 1.5]);
  const toInstant = (minute: number): number => {
    const local = midnight + minute * 60_000;
    if (before === after) return local - before * 60_000;
    const candidates = [local - before * 60_000, local - after * 60_000];
    const found = cal.offsets(cal.zone, candidates);
    const valid = candidates.filter((c, i) => local - found[i] * 60_000 === c);
    return valid.length ? Math.min(...valid) : local - before * 60_000;
  };
  if (!holiday && !closed) {
    for (const s of cal.hours[weekday]) {
      const from = toInstant(s.start);
      const to = toInstant(s.end);
      if (to > from) spans.push([from, to]);
    }
  }
  const d: Day = { n, date, weekday, start: toInstant(0), spans, holiday, closed };
  days.set(n, d);
  return d;
}

/** The local date (as a day number) an instant falls on. */
export function dayAt(cal: Calendar, ms: number): number {
  if (cal.always) return Math.floor(ms / DAY_MS);
  // From the days already worked out (their starts): no offset to read for most instants, which
  // keeps a report over a million incidents from asking the zone twice for each.
  let n = Math.floor((ms + (lastOffset.get(cal) ?? 0)) / DAY_MS);
  for (let step = 0; step < 3; step++) {
    if (ms < day(cal, n).start) n--;
    else if (ms >= day(cal, n + 1).start) n++;
    else {
      lastOffset.set(cal, n * DAY_MS - day(cal, n).start);
      return n;
    }
  }
  const [offset] = cal.offsets(cal.zone, [ms]);
  return Math.floor((ms + offset * 60_000) / DAY_MS);
}

const lastOffset = new WeakMap<Calendar, number>();

const neverOpen = (cal: Calendar) => usageError('calendar.neverOpen', { name: cal.name });

// ---- arithmetic --------------------------------------------------------------------------------------

/**
 * The instant at which `seconds` of the calendar's open time have passed since `start`. Zero counts
 * from the next opening (or `start` itself when open), so a due time is never in closed time; a due
 * time may be a span's end (18:00: the last working minute is over).
 */
export function addBusinessTime(cal: Calendar, start: number, seconds: number): number {
  if (cal.always) return start + seconds * 1000;
  let need = Math.max(0, seconds * 1000);
  const first = dayAt(cal, start);
  for (let n = first; n < first + SEARCH_DAYS; n++) {
    for (const [s, e] of day(cal, n).spans) {
      const from = Math.max(s, start);
      if (e <= from) continue;
      if (need <= e - from) return from + need;
      need -= e - from;
    }
  }
  throw neverOpen(cal);
}

/** Open seconds between two instants (negative when `b` is before `a`). */
export function businessSecondsBetween(cal: Calendar, a: number, b: number): number {
  if (cal.always) return (b - a) / 1000;
  if (b < a) return -businessSecondsBetween(cal, b, a);
  const first = dayAt(cal, a);
  const last = dayAt(cal, b);
  const within = (n: number) => {
    let ms = 0;
    for (const [s, e] of day(cal, n).spans) {
      const from = Math.max(s, a);
      const to = Math.min(e, b);
      if (to > from) ms += to - from;
    }
    return ms;
  };
  if (last - first < 3) {
    let ms = 0;
    for (let n = first; n <= last; n++) ms += within(n);
    return ms / 1000;
  }
  // Whole days between the first and the last from running totals: a report measures a million
  // spans of days or weeks, each in constant time.
  // The earlier day first: asking for a day before the totals' base starts them again from it.
  const whole = -openBefore(cal, first + 1) + openBefore(cal, last);
  return (within(first) + whole + within(last)) / 1000;
}

/** Running totals of open time per calendar: sums[i] = open ms of the days base … base + i − 1. */
const totals = new WeakMap<Calendar, { base: number; sums: number[] }>();

/** Open ms of the days from the running totals' base up to (not including) day n. */
function openBefore(cal: Calendar, n: number): number {
  let t = totals.get(cal);
  if (!t || n < t.base) {
    // A year before the first day asked for, so that earlier spans seldom start the totals again.
    t = { base: n - 366, sums: [0] };
    totals.set(cal, t);
  }
  while (t.base + t.sums.length - 1 < n) {
    const d = day(cal, t.base + t.sums.length - 1);
    let open = 0;
    for (const [s, e] of d.spans) open += e - s;
    t.sums.push(t.sums[t.sums.length - 1] + open);
  }
  return t.sums[n - t.base];
}

/** Whether the calendar counts time at this instant. */
export function isOpen(cal: Calendar, ms: number): boolean {
  if (cal.always) return true;
  return day(cal, dayAt(cal, ms)).spans.some(([s, e]) => s <= ms && ms < e);
}

/** The first open instant at or after `ms`. */
export const nextOpening = (cal: Calendar, ms: number): number => addBusinessTime(cal, ms, 0);

// ---- reading what a team types ------------------------------------------------------------------------

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const WEEKDAYS_JA = ['日', '月', '火', '水', '木', '金', '土'];

const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

function weekdayIndex(word: string): number {
  const w = word.trim().toLowerCase();
  const en = WEEKDAYS.includes(w) ? WEEKDAYS.indexOf(w) : WEEKDAY_NAMES.indexOf(w);
  if (en >= 0) return en;
  return WEEKDAYS_JA.findIndex((d) => w === d || w === `${d}曜` || w === `${d}曜日`);
}

const clock = (text: string): number | null => {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const mi = Number(m[2]);
  if (mi > 59 || h > 24 || (h === 24 && mi > 0)) return null;
  return h * 60 + mi;
};
const hhmm = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

/**
 * Working hours as typed: groups of weekdays and spans separated by `;`, e.g.
 * `mon-fri 09:00-12:00,13:00-18:00; sat 10:00-14:00` (Japanese weekdays `月-金` too). A weekday not
 * named is closed. Null when it does not read.
 */
export function parseHours(text: string): WeekHours | null {
  const week: WeekHours = [[], [], [], [], [], [], []];
  const groups = text.split(/[;；]/).map((g) => g.trim()).filter(Boolean);
  if (!groups.length) return null;
  for (const group of groups) {
    const m = /^(\S+)\s+(.+)$/.exec(group);
    if (!m) return null;
    const days: number[] = [];
    for (const part of m[1].split(/[,、]/)) {
      const range = part.split(/[-–〜~]/);
      if (range.length > 2) return null;
      const a = weekdayIndex(range[0]);
      const b = range.length === 2 ? weekdayIndex(range[1]) : a;
      if (a < 0 || b < 0) return null;
      // mon-sun, fri-mon: a range may run through the weekend.
      for (let d = a; ; d = (d + 1) % 7) {
        days.push(d);
        if (d === b) break;
      }
    }
    const spans: Span[] = [];
    for (const part of m[2].split(/[,、\s]+/).filter(Boolean)) {
      const ends = part.split(/[-–〜~]/);
      if (ends.length !== 2) return null;
      const start = clock(ends[0]);
      const end = clock(ends[1]);
      if (start === null || end === null || end <= start) return null;
      spans.push({ start, end });
    }
    for (const d of days) {
      if (week[d].length) return null;
      week[d] = [...spans].sort((x, y) => x.start - y.start);
      if (week[d].some((s, i) => i > 0 && s.start < week[d][i - 1].end)) return null;
    }
  }
  return week;
}

/** Working hours as canonical text, weekdays with the same spans grouped: `mon-fri 09:00-18:00`. */
export function formatHours(week: WeekHours): string {
  const key = (d: number) => week[d].map((s) => `${hhmm(s.start)}-${hhmm(s.end)}`).join(',');
  const groups: string[] = [];
  // Monday first, as a working week is read.
  const order = [1, 2, 3, 4, 5, 6, 0];
  let i = 0;
  while (i < order.length) {
    let j = i;
    while (j + 1 < order.length && key(order[j + 1]) === key(order[i])) j++;
    if (key(order[i])) groups.push(`${WEEKDAYS[order[i]]}${j > i ? `-${WEEKDAYS[order[j]]}` : ''} ${key(order[i])}`);
    i = j + 1;
  }
  return groups.join('; ');
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
// A month or day out of range (2027-13-01) is no date at all: Date.parse says NaN, where toISOString would throw.
const validDate = (text: string) => {
  const ms = /^\d{4}-\d{2}-\d{2}$/.test(text) ? Date.parse(`${text}T00:00:00Z`) : Number.NaN;
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === text;
};

function monthDay(text: string): [number, number] | null {
  const m = /^(\d{1,2})\/(\d{1,2})$/.exec(text.trim());
  if (!m) return null;
  const month = Number(m[1]);
  const d = Number(m[2]);
  if (month < 1 || month > 12 || d < 1 || d > DAYS_IN_MONTH[month - 1]) return null;
  return [month, d];
}

/**
 * The team's closed days as typed, one range per `,` / `;` / line: `12/29-01/03 年末年始` (every
 * year, may wrap the year end), `2027-08-13..2027-08-16 夏季休業` (once), a single day
 * (`05/01 創立記念日`, `2027-12-27`). `none` is no closed day. Null when it does not read.
 */
export function parseClosed(text: string): ClosedRange[] | null {
  const out: ClosedRange[] = [];
  const trimmed = text.trim();
  if (!trimmed || ['none', 'off', '-', 'なし'].includes(trimmed.toLowerCase())) return out;
  for (const item of trimmed.split(/[,;\n、；]/).map((s) => s.trim()).filter(Boolean)) {
    const m = /^(\S+)(?:\s+(.+))?$/.exec(item);
    if (!m) return null;
    const label = (m[2] ?? '').trim();
    const dated = /^(\d{4}-\d{2}-\d{2})(?:(?:\.\.|~|〜)(\d{4}-\d{2}-\d{2}))?$/.exec(m[1]);
    if (dated) {
      const from = dated[1];
      const to = dated[2] ?? from;
      if (!validDate(from) || !validDate(to) || to < from) return null;
      out.push({ kind: 'dated', from, to, label });
      continue;
    }
    const ends = m[1].split(/-|~|〜|\.\./);
    if (ends.length > 2) return null;
    const from = monthDay(ends[0]);
    const to = ends.length === 2 ? monthDay(ends[1]) : from;
    if (!from || !to) return null;
    out.push({ kind: 'yearly', from, to, label });
  }
  return out;
}

const md = ([m, d]: [number, number]) => `${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}`;

export function formatClosed(ranges: readonly ClosedRange[]): string {
  if (!ranges.length) return 'none';
  return ranges
    .map((r) => {
      const span = r.kind === 'dated' ? (r.from === r.to ? r.from : `${r.from}..${r.to}`) : md(r.from) === md(r.to) ? md(r.from) : `${md(r.from)}-${md(r.to)}`;
      return r.label ? `${span} ${r.label}` : span;
    })
    .join(', ');
}

/** A yearly range that closes every day of the year leaves no open time: refused when it is set. */
export function closesEveryDay(ranges: readonly ClosedRange[]): boolean {
  const days = new Set<number>();
  for (const r of ranges) {
    if (r.kind !== 'yearly') continue;
    for (let n = 0; n < 366; n++) {
      const d = new Date(Date.UTC(2028, 0, 1 + n));
      const key = (d.getUTCMonth() + 1) * 100 + d.getUTCDate();
      const from = r.from[0] * 100 + r.from[1];
      const to = r.to[0] * 100 + r.to[1];
      if (from <= to ? from <= key && key <= to : key >= from || key <= to) days.add(key);
    }
  }
  return days.size >= 366;
}

// ---- local times in a calendar's zone ------------------------------------------------------------------

/** The instant of a local wall time in the calendar's zone (a skipped time moves forward, a repeated one takes its first). */
export function localInstant(cal: Calendar, date: string, minute: number): number {
  const n = dayNumber(date);
  const local = n * DAY_MS + minute * 60_000;
  const [before, after] = cal.offsets(cal.zone, [local - DAY_MS, local + DAY_MS]);
  const candidates = [local - before * 60_000, local - after * 60_000];
  const found = cal.offsets(cal.zone, candidates);
  const valid = candidates.filter((c, i) => local - found[i] * 60_000 === c);
  return valid.length ? Math.min(...valid) : local - before * 60_000;
}

/** An instant as local time in the calendar's zone: `2027-05-17 12:00`, and its offset `+09:00`. */
export function localText(cal: Calendar, ms: number): { text: string; offset: string } {
  const [minutes] = cal.offsets(cal.zone, [ms]);
  const text = new Date(ms + minutes * 60_000).toISOString().slice(0, 16).replace('T', ' ');
  const abs = Math.abs(minutes);
  const offset = `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return { text, offset };
}
