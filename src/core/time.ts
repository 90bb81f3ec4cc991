// One module per function, not the package root: in a bundle where this module loads lazily the
// root would bring (and start) every date-fns function (SPEC §13).
import { addDays } from 'date-fns/addDays';
import { addHours } from 'date-fns/addHours';
import { addMinutes } from 'date-fns/addMinutes';
import { addSeconds } from 'date-fns/addSeconds';
import { addWeeks } from 'date-fns/addWeeks';
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';
import { set } from 'date-fns/set';
import { startOfDay } from 'date-fns/startOfDay';
import { subDays } from 'date-fns/subDays';
import { usageError } from './errors.js';
import { lookup } from './lookup.js';

/** Earliest and latest instants we accept anywhere (flags, INCIDENT_NOW): anything else is a typo, not a date. */
const MIN_TIME = Date.UTC(1970, 0, 1);
const MAX_TIME = Date.UTC(2200, 0, 1);

const UNIT_SECONDS: Record<string, number> = {
  s: 1, sec: 1, secs: 1, second: 1, seconds: 1, '秒': 1,
  m: 60, min: 60, mins: 60, minute: 60, minutes: 60, '分': 60,
  h: 3600, hr: 3600, hrs: 3600, hour: 3600, hours: 3600, '時間': 3600,
  d: 86400, day: 86400, days: 86400, '日': 86400,
  w: 604800, week: 604800, weeks: 604800, '週': 604800, '週間': 604800,
};

/**
 * Reads a duration such as `15m`, `4h`, `3d`, `1h30m`, `90s` or `2時間` into seconds. date-fns has no
 * parser for these, so a small one lives here.
 */
export function parseDuration(input: string, flag = 'duration'): number {
  const text = String(input).normalize('NFKC').trim().toLowerCase();
  const re = /(\d+(?:\.\d+)?)\s*([a-z]+|秒|分|時間|日|週間|週)/gy;
  let total = 0;
  let matched = false;
  let m: RegExpExecArray | null;
  let last = 0;
  while ((m = re.exec(text)) !== null) {
    const unit = lookup(UNIT_SECONDS, m[2]!);
    if (unit === undefined) break;
    total += Number(m[1]) * unit;
    matched = true;
    last = re.lastIndex;
    while (text[re.lastIndex] === ' ') re.lastIndex++;
  }
  if (!matched || last !== text.length || !Number.isFinite(total) || total > 100 * 365 * 86400) {
    throw usageError('error.badDuration', { flag, value: input });
  }
  return Math.round(total);
}

/** Seconds split into days, hours, minutes and seconds (rounded to the second), with the sign apart. */
export function splitDuration(total: number): { sign: '' | '-'; days: number; hours: number; minutes: number; seconds: number } {
  let s = Math.abs(Math.round(total));
  const days = Math.floor(s / 86400);
  s -= days * 86400;
  const hours = Math.floor(s / 3600);
  s -= hours * 3600;
  const minutes = Math.floor(s / 60);
  return { sign: total < 0 ? '-' : '', days, hours, minutes, seconds: s - minutes * 60 };
}

/** Seconds as `3h 12m`, `2d 4h`, `45s` (the short form used in tables). */
export function formatDurationShort(seconds: number): string {
  if (!Number.isFinite(seconds)) return '';
  const { sign, days, hours, minutes, seconds: secs } = splitDuration(seconds);
  const parts: string[] = [];
  if (days) parts.push(`${days}d`);
  if (hours) parts.push(`${hours}h`);
  if (minutes && parts.length < 2) parts.push(`${minutes}m`);
  if (!parts.length) parts.push(`${secs}s`);
  return sign + parts.slice(0, 2).join(' ');
}

function checkRange(d: Date, flag: string, input: string): Date {
  if (!isValid(d) || d.getTime() < MIN_TIME || d.getTime() > MAX_TIME) {
    throw usageError('error.badTime', { flag, value: input });
  }
  return d;
}

function applyClock(day: Date, clock: string | undefined, flag: string, input: string): Date {
  if (!clock) return day;
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(clock);
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59 || Number(m[3] ?? 0) > 59) throw usageError('error.badTime', { flag, value: input });
  return set(day, { hours: Number(m[1]), minutes: Number(m[2]), seconds: Number(m[3] ?? 0), milliseconds: 0 });
}

/**
 * Reads a point in time as people type it: ISO-8601 (`2026-11-23T09:00:00Z`, `2026-11-23 09:00`,
 * `2026-11-23`), relative (`15m ago`, `3d`, `2 hours ago`), or `now`, `9:00`, `today 9:00`, `yesterday 9:00`
 * (and 今日 / 昨日). Local wall-clock forms use the machine's time zone.
 */
export function parseTime(input: string, now: Date, flag = 'time'): Date {
  const text = String(input).normalize('NFKC').trim();
  const lower = text.toLowerCase();
  if (!text) throw usageError('error.badTime', { flag, value: input });
  if (lower === 'now' || lower === '今') return now;

  // A bare clock time is today at that time.
  if (/^\d{1,2}:\d{2}(:\d{2})?$/.test(lower)) return checkRange(applyClock(startOfDay(now), lower, flag, input), flag, input);

  const day = /^(today|yesterday|tomorrow|今日|昨日|明日)(?:\s+(\S+))?$/.exec(lower);
  if (day) {
    const offset = { today: 0, '今日': 0, yesterday: -1, '昨日': -1, tomorrow: 1, '明日': 1 }[day[1]] ?? 0;
    return checkRange(applyClock(addDays(startOfDay(now), offset), day[2], flag, input), flag, input);
  }

  const rel = /^(.+?)\s*(?:ago|前)?$/.exec(lower);
  if (rel && /^\d/.test(lower) && !/^\d{4}-\d{2}/.test(lower) && !lower.includes(':')) {
    // A time is asked for: a number that is no duration (`0`, `5x`) is no time, and is said so.
    let seconds: number;
    try {
      seconds = parseDuration(rel[1], flag);
    } catch {
      throw usageError('error.badTime', { flag, value: input });
    }
    return checkRange(addSeconds(now, -seconds), flag, input);
  }

  const at = parseIsoTime(text);
  if (at) return at;
  throw usageError('error.badTime', { flag, value: input });
}

const UTC_FORM = /^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d{1,3})?)?Z$/;

/** The ISO-8601 forms we read: a date, then optionally a time (`T` or one space) and a zone. */
const ISO_FORM = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * An ISO-8601 date (`2026-11-23`) or date and time (`2026-11-23T09:00:00Z`, `2026-11-23 09:00`,
 * `…+09:00`), else undefined. Without a zone it is local time, as a person means it. A day the month
 * does not have (Feb 30: date-fns refuses it where `new Date` rolls over to March) or a time outside
 * TIME_RANGE is undefined too. `withTime` refuses a date alone.
 */
export function parseIsoTime(input: string, opts: { withTime?: boolean } = {}): Date | undefined {
  // A UTC time (our own stored form, what scripts and tests put in INCIDENT_NOW, read at every start)
  // needs neither NFKC nor date-fns: Date reads it, and a day that rolled over shows when read back.
  if (input.length >= 17 && input.charCodeAt(input.length - 1) === 90 && UTC_FORM.test(input)) {
    const d = new Date(input);
    const t = d.getTime();
    return t >= MIN_TIME && t <= MAX_TIME && d.toISOString().startsWith(input.slice(0, 10)) ? d : undefined;
  }
  const text = String(input).normalize('NFKC').trim().replace(' ', 'T');
  const m = ISO_FORM.exec(text);
  if (!m || (opts.withTime && !m[1])) return undefined;
  const d = parseISO(text);
  return isValid(d) && d.getTime() >= MIN_TIME && d.getTime() <= MAX_TIME ? d : undefined;
}

/**
 * Epoch milliseconds of a stored timestamp. Our own form (`2026-11-23T09:00:00.000Z`) is read
 * digit by digit — a report reads millions of them — and anything else by Date.parse.
 */
export function epochMs(isoTime: string): number {
  if (isoTime.length !== 24 || isoTime.charCodeAt(23) !== 90 || isoTime.charCodeAt(10) !== 84) return Date.parse(isoTime);
  const d = (i: number) => isoTime.charCodeAt(i) - 48;
  return Date.UTC(
    d(0) * 1000 + d(1) * 100 + d(2) * 10 + d(3),
    d(5) * 10 + d(6) - 1,
    d(8) * 10 + d(9),
    d(11) * 10 + d(12),
    d(14) * 10 + d(15),
    d(17) * 10 + d(18),
    d(20) * 100 + d(21) * 10 + d(22),
  );
}

/** A timestamp as we store it: ISO-8601 UTC with `Z`, so text order is time order. */
export const iso = (d: Date): string => d.toISOString();

export { addDays, addHours, addMinutes, addWeeks, subDays };
