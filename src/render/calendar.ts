import type { Calendar } from '../core/calendar.js';
import { formatHours } from '../core/calendar.js';
import type { Translate } from '../i18n/index.js';
import type { ChalkInstance } from './color.js';
import { displayWidth } from './text.js';

/** One day of a calendar's month, as `calendar show` prints it (and its --json). */
export interface CalendarDayRow {
  date: string;
  weekday: string;
  open: boolean;
  /** Working spans, `09:00-12:00`. */
  hours: string[];
  holiday: string | null;
  closed: string | null;
}

const CELL = 5;
const padStart = (s: string, width: number) => ' '.repeat(Math.max(0, width - displayWidth(s))) + s;

/**
 * A month as a grid, Monday first: a working day plain, a day without working hours in ( ), a
 * holiday or closed day in [ ] (red on colour), then the holidays and closed days by name.
 */
export function renderCalendarMonth(rows: readonly CalendarDayRow[], o: { month: string; calendar: Calendar; t: Translate; chalk: ChalkInstance }): string {
  const { t, chalk: c, calendar: cal } = o;
  const lines: string[] = [];
  lines.push(c.bold(t('calendar.title', { month: o.month, name: cal.name, zone: cal.always ? 'UTC' : cal.zone })));
  lines.push(cal.always ? t('calendar.always') : t('calendar.hours', { hours: formatHours(cal.hours) }));
  lines.push('');
  lines.push(t('calendar.weekdays').split(/\s+/).map((w) => padStart(`${w} `, CELL)).join('').trimEnd());
  const monday = (w: string) => ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].indexOf(w);
  let line = ' '.repeat(CELL * monday(rows[0].weekday));
  for (const r of rows) {
    const n = String(Number(r.date.slice(8)));
    const cell = r.holiday || r.closed ? c.red(padStart(`[${n}]`, CELL)) : r.open ? padStart(`${n} `, CELL) : c.dim(padStart(`(${n})`, CELL));
    line += cell;
    if (r.weekday === 'sun') {
      lines.push(line.trimEnd());
      line = '';
    }
  }
  if (line) lines.push(line.trimEnd());
  lines.push('');
  const named = rows.filter((r) => r.holiday || r.closed);
  if (!named.length) lines.push(t('calendar.noClosed'));
  else {
    lines.push(t('calendar.holidays'));
    for (const r of named) lines.push(`  ${r.date} ${r.weekday}  ${r.holiday ?? r.closed ?? ''}`);
  }
  return `${lines.join('\n')}\n`;
}
