import { formatDurationShort, splitDuration } from '../core/time.js';
import type { Lang, Translate } from '../i18n/index.js';

/**
 * Durations and dates as each language reads them: `3h 12m` / `3時間12分`,
 * `Mon 23 Nov 2026 09:00` / `2026年11月23日(月) 9:00`. Tables use `dateTime` (same width in both
 * languages, so columns line up); sentences use `longDate` and `duration`.
 */

/** The two largest units: `3h 12m`, `2d 4h`, `45s`; in Japanese `3時間12分`, `2日4時間`, `45秒`. */
export function duration(seconds: number, lang: Lang): string {
  if (!Number.isFinite(seconds)) return '';
  if (lang === 'en') return formatDurationShort(seconds);
  const { sign, days, hours, minutes, seconds: s } = splitDuration(seconds);
  // As the English short form: the two largest units that are not zero. Written out here (date-fns'
  // Japanese locale says the same) so that no locale object is built at start-up (SPEC §13).
  const units: [number, string][] = [
    [days, '日'],
    [hours, '時間'],
    [minutes, '分'],
  ];
  const picked = units.filter(([n]) => n > 0).slice(0, 2);
  return sign + (picked.length ? picked.map(([n, unit]) => `${n}${unit}`).join('') : `${s}秒`);
}

/** Seconds between two instants, as `duration` writes it. */
export const between = (from: Date | string, to: Date | string, lang: Lang): string =>
  duration((new Date(to).getTime() - new Date(from).getTime()) / 1000, lang);

/** `3h 12m ago` / `3時間12分前`. */
export const ago = (at: Date | string, now: Date, lang: Lang, t: Translate): string =>
  t('duration.ago', { duration: between(at, now, lang) });

const pad = (n: number) => String(n).padStart(2, '0');
const WEEKDAYS_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const WEEKDAYS_JA = ['日', '月', '火', '水', '木', '金', '土'];
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A compact local date and time for tables: `2026-11-23 09:00` in every language. */
export function dateTime(at: Date | string | null): string {
  if (!at) return '';
  const d = new Date(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * A date in a sentence: `Mon 23 Nov 2026 09:00` / `2026年11月23日(月) 9:00` (local time). Written
 * out by hand: date-fns' `format` would add its whole formatter to every start-up.
 */
export function longDate(at: Date | string | null, lang: Lang): string {
  if (!at) return '';
  const d = new Date(at);
  if (lang === 'ja') return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日(${WEEKDAYS_JA[d.getDay()]}) ${d.getHours()}:${pad(d.getMinutes())}`;
  return `${WEEKDAYS_EN[d.getDay()]} ${d.getDate()} ${MONTHS_EN[d.getMonth()]} ${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
