import type { Command } from 'commander';
import type { Runtime } from '../../io/runtime.js';
import type { Context } from '../context.js';
import { action } from '../program.js';
import type { HelpTable } from '../help.js';
import { usageError } from '../../core/errors.js';
import { parseDuration, parseTime } from '../../core/time.js';
import {
  addBusinessTime,
  businessSecondsBetween,
  day,
  dayAt,
  dayNumber,
  formatHours,
  localInstant,
  localText,
  type Calendar,
} from '../../core/calendar.js';
import { duration } from '../../render/time.js';
import { renderCalendarMonth, type CalendarDayRow } from '../../render/calendar.js';
import { renderRows, type Column } from '../../render/rows.js';

/**
 * `incident calendar show|due`: the working days and holidays of a calendar, and "when is this
 * due?" — what a team checks its rules with before adopting them (SPEC §8).
 */

export interface CalendarShowOptions {
  month?: string;
  calendar?: string;
}

export interface CalendarDueOptions {
  from?: string;
  target?: string;
  calendar?: string;
}

/** A calendar by name, or exit 2 naming the ones there are. */
async function pickCalendar(ctx: Context, name = 'business'): Promise<Calendar> {
  const config = await ctx.config();
  const wanted = name.normalize('NFKC').trim().toLowerCase();
  const names = config.calendarNames();
  if (!names.includes(wanted)) throw usageError('calendar.unknown', { name, names: names.join(', ') }, 'calendar.unknownHint');
  return config.calendar(wanted, ctx.calendarSources());
}

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

export async function runCalendarShow(ctx: Context, opts: CalendarShowOptions): Promise<void> {
  const format = ctx.format();
  const cal = await pickCalendar(ctx, opts.calendar);
  let month = opts.month?.normalize('NFKC').trim();
  if (month !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw usageError('calendar.badMonth', { value: opts.month ?? '' });
  // This month, as the calendar's zone has it.
  month ??= localText(cal, ctx.now().getTime()).text.slice(0, 7);
  const first = dayNumber(`${month}-01`);
  const [y, m] = month.split('-').map(Number);
  const last = dayNumber(new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10));
  const rows: CalendarDayRow[] = [];
  for (let n = first; n <= last; n++) {
    const d = day(cal, n);
    const hours = cal.always ? ['00:00-24:00'] : d.holiday || d.closed ? [] : cal.hours[d.weekday].map((s) => formatHours(weekOf(s)).replace(/^\S+ /, ''));
    rows.push({ date: d.date, weekday: WEEKDAYS[d.weekday], open: hours.length > 0, hours, holiday: d.holiday, closed: d.closed });
  }
  if (format === 'table' && ctx.stdoutIsTTY) {
    return void ctx.rt.stdout.write(renderCalendarMonth(rows, { month, calendar: cal, t: ctx.t, chalk: ctx.out }));
  }
  const columns: Column<CalendarDayRow>[] = [
    { key: 'date', heading: ctx.t('calendar.col.date'), value: (r) => r.date },
    { key: 'weekday', heading: '', value: (r) => r.weekday },
    { key: 'open', heading: ctx.t('calendar.col.open'), value: (r) => (r.open ? 'yes' : 'no') },
    { key: 'hours', heading: ctx.t('calendar.col.hours'), value: (r) => r.hours.join(',') },
    { key: 'why', heading: ctx.t('calendar.col.why'), value: (r) => r.holiday ?? r.closed ?? '', flexible: true },
  ];
  ctx.rt.stdout.write(renderRows(columns, rows, { format, width: ctx.width, chalk: ctx.out, color: ctx.colorOut, t: ctx.t, json: (r) => ({ ...r, calendar: cal.name, zone: cal.always ? null : cal.zone }) }));
}

/** One day's spans as a week with only Monday, for formatHours' text. */
const weekOf = (s: { start: number; end: number }) => [[], [s], [], [], [], [], []];

/**
 * --from as typed: a date and time without a zone is local time in the calendar's zone (the team's
 * clock, not this machine's); with a zone, `now` or relative, as every other time flag reads it.
 */
function readFrom(ctx: Context, cal: Calendar, input: string | undefined): number {
  if (input === undefined) return ctx.now().getTime();
  const text = input.normalize('NFKC').trim();
  const local = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{1,2}):(\d{2}))?$/.exec(text);
  if (local && !cal.always) {
    const [h, mi] = [Number(local[2] ?? 0), Number(local[3] ?? 0)];
    const valid = new Date(`${local[1]}T00:00:00Z`).toISOString().slice(0, 10) === local[1];
    if (!valid || h > 23 || mi > 59) throw usageError('calendar.badFrom', { value: input });
    return localInstant(cal, local[1], h * 60 + mi);
  }
  try {
    return parseTime(text, ctx.now(), '--from').getTime();
  } catch {
    throw usageError('calendar.badFrom', { value: input });
  }
}

export async function runCalendarDue(ctx: Context, opts: CalendarDueOptions): Promise<void> {
  if (opts.target === undefined) throw usageError('error.missingValue', { what: 'the target', flag: '--target' });
  let target: number;
  try {
    target = parseDuration(opts.target.normalize('NFKC').trim(), '--target');
  } catch {
    throw usageError('calendar.badTarget', { value: opts.target });
  }
  const cal = await pickCalendar(ctx, opts.calendar);
  const from = readFrom(ctx, cal, opts.from);
  const due = addBusinessTime(cal, from, target);
  const zone = cal.always ? 'UTC' : cal.zone;
  const local = (ms: number) => localText(cal, ms);
  if (ctx.json) {
    const iso = (ms: number) => `${local(ms).text.replace(' ', 'T')}:00${local(ms).offset}`;
    return ctx.printJson({
      calendar: cal.name,
      zone,
      from: new Date(from).toISOString(),
      fromLocal: iso(from),
      targetSeconds: target,
      due: new Date(due).toISOString(),
      dueLocal: iso(due),
      elapsedSeconds: (due - from) / 1000,
      workingSeconds: businessSecondsBetween(cal, from, due),
      dueDay: day(cal, dayAt(cal, due)).date,
    });
  }
  if (ctx.quiet) return ctx.print(new Date(due).toISOString());
  ctx.print(ctx.t('calendar.due', { due: `${local(due).text} ${local(due).offset}`, zone }));
  ctx.print(
    ctx.t('calendar.dueDetail', {
      target: duration(target, ctx.lang),
      name: cal.name,
      from: `${local(from).text} ${local(from).offset}`,
      elapsed: duration((due - from) / 1000, ctx.lang),
    }),
  );
}

/** The command words this module registers (cli/commands/names.ts builds only the one a run names). */
export const names: readonly string[] = ['calendar'];

export function register(program: Command, rt: Runtime): void {
  const calendar = program
    .command('calendar')
    .summary('business-hours calendars: working days and holidays, and when a target is due (営業カレンダー)')
    .description(
      'SLA targets count around the clock or in a calendar\'s working hours (config sla.<P>.calendar). Check a calendar before adopting it: its month, and the due time of a target from a given time.',
    )
    .addHelpText(
      'after',
      '\nExamples:\n  $ incident calendar show --month 2027-05\n  $ incident calendar due --from "2027-04-30 17:00" --target 4h\n  $ incident config set calendar.business.hours "mon-fri 09:00-12:00,13:00-18:00"',
    );
  calendar
    .command('show')
    .description('the working days, hours and holidays of a month (a grid on a terminal, one row a day otherwise)')
    .option('--month <YYYY-MM>', 'the month (default: this month)')
    .option('--calendar <name>', 'which calendar (default: business)')
    .addHelpText('after', '\nExamples:\n  $ incident calendar show\n  $ incident calendar show --month 2027-12 --calendar support\n  $ incident calendar show --month 2027-05 --json')
    .action(action<CalendarShowOptions>(rt, (ctx, o) => runCalendarShow(ctx, o), 'rows'));
  calendar
    .command('due')
    .description('when a target counted from a time is due in a calendar')
    .option('--from <time>', 'start, e.g. "2027-05-14 17:00" (the calendar\'s local time) or 2027-05-14T08:00:00Z (default: now)')
    .option('--target <duration>', 'the target, e.g. 4h or 3d (required)')
    .option('--calendar <name>', 'which calendar (default: business)')
    .addHelpText('after', '\nExamples:\n  $ incident calendar due --from "2027-04-30 17:00" --target 4h\n  $ incident calendar due --from 2027-12-28T07:00:00Z --target 3d --json')
    .action(action<CalendarDueOptions>(rt, (ctx, o) => runCalendarDue(ctx, o)));
}

export const helpJa: HelpTable = {
  calendar: '営業カレンダー: 営業日と祝日、目標時間の期限',
  'calendar:description':
    'SLA 目標は24時間で数えるか、カレンダーの営業時間で数えます(設定 sla.<P>.calendar)。採用する前に、月の営業日と、ある時刻からの期限を確かめられます。',
  'calendar show': '月の営業日・営業時間・祝日(端末ではカレンダー表、それ以外は1日1行)',
  'calendar show --month': '年月(既定: 今月)',
  'calendar show --calendar': 'カレンダー名(既定: business)',
  'calendar due': 'ある時刻から数えた目標時間の期限',
  'calendar due --from': '起点。例 "2027-05-14 17:00"(カレンダーの現地時刻)や 2027-05-14T08:00:00Z(既定: 現在)',
  'calendar due --target': '目標時間。例 4h、3d(必須)',
  'calendar due --calendar': 'カレンダー名(既定: business)',
};
