import { format as formatDate, formatDuration as fnsFormatDuration } from 'date-fns';
import { ja } from 'date-fns/locale/ja';
import { formatDurationShort } from '../core/time.js';
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
  const sign = seconds < 0 ? '-' : '';
  let s = Math.abs(Math.round(seconds));
  const days = Math.floor(s / 86400);
  s -= days * 86400;
  const hours = Math.floor(s / 3600);
  s -= hours * 3600;
  const minutes = Math.floor(s / 60);
  s -= minutes * 60;
  const units: [keyof Duration, number][] = [
    ['days', days],
    ['hours', hours],
    ['minutes', minutes],
  ];
  // As the English short form: the two largest units that are not zero.
  const picked = units.filter(([, n]) => n > 0).slice(0, 2);
  if (!picked.length) return sign + fnsFormatDuration({ seconds: s }, { locale: ja, zero: true });
  return sign + fnsFormatDuration(Object.fromEntries(picked), { locale: ja, delimiter: '' });
}

type Duration = { days: number; hours: number; minutes: number };

/** Seconds between two instants, as `duration` writes it. */
export const between = (from: Date | string, to: Date | string, lang: Lang): string =>
  duration((new Date(to).getTime() - new Date(from).getTime()) / 1000, lang);

/** `3h 12m ago` / `3時間12分前`. */
export const ago = (at: Date | string, now: Date, lang: Lang, t: Translate): string =>
  t('duration.ago', { duration: between(at, now, lang) });

/** A compact local date and time for tables: `2026-11-23 09:00` in every language. */
export function dateTime(at: Date | string | null): string {
  if (!at) return '';
  return formatDate(new Date(at), 'yyyy-MM-dd HH:mm');
}

/** A date in a sentence: `Mon 23 Nov 2026 09:00` / `2026年11月23日(月) 9:00` (local time). */
export function longDate(at: Date | string | null, lang: Lang): string {
  if (!at) return '';
  const d = new Date(at);
  return lang === 'ja' ? formatDate(d, 'yyyy年M月d日(E) H:mm', { locale: ja }) : formatDate(d, 'EEE d MMM yyyy HH:mm');
}
