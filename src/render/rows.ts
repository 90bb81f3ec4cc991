import Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';
import type { Translate } from '../i18n/index.js';
import { inert, jsonText } from '../core/controls.js';
import { displayWidth, truncate, wrap } from './text.js';

export const FORMATS = ['table', 'tsv', 'csv', 'md', 'json'] as const;
export type Format = (typeof FORMATS)[number];

export interface Column<R> {
  /** JSON/CSV/TSV header: stable, English, the §3 field name where there is one. */
  key: string;
  /** Table heading, in the user's language. */
  heading: string;
  value: (row: R) => string | number | boolean | null | undefined;
  /** The value for csv/tsv when it differs from what people read (ISO times, booleans). */
  raw?: (row: R) => string | number | boolean | null | undefined;
  /** Colour for table cells on a TTY. */
  style?: (text: string, row: R, c: ChalkInstance) => string;
  /** Takes what width is left (long free text such as titles). */
  flexible?: boolean;
  /** On a narrow terminal columns are dropped 1 first, then 2, …; 0 = never dropped. */
  dropOrder?: number;
  /** Only in csv/tsv/json (e.g. a boolean the table already shows by colour). */
  machineOnly?: boolean;
}

const cellText = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

/**
 * A cell a spreadsheet would run as a formula (OWASP, "CSV Injection"): one starting with `=`, `+`,
 * `-`, `@`, a tab or a carriage return, also after leading spaces and in their full-width forms
 * (`＝` is read as `=` by Japanese spreadsheets).
 */
const FORMULA = /^(?:[\t\r]|[\s\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20])/;

/**
 * RFC 4180: quote fields holding commas, quotes or line breaks; CRLF between records. Text is
 * data: a text cell that would start a formula gets a leading `'` (what OWASP recommends; a
 * spreadsheet shows the text instead of running it), and its control characters are made inert
 * (line feeds and tabs kept). Numbers are ours (counts, seconds, rates) and stay as they are, `-5`
 * included.
 */
export function csvField(v: unknown): string {
  let s = cellText(v);
  if (typeof v === 'string') s = inert(FORMULA.test(s) ? `'${s}` : s, true);
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(headers: string[], rows: unknown[][]): string {
  return [headers, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** TSV for pipes: one record a line; tabs and line breaks inside values become spaces, other controls inert. */
export function toTsv(headers: string[], rows: unknown[][], withHeader = true): string {
  const clean = (v: unknown) => inert(cellText(v));
  const lines = rows.map((r) => r.map(clean).join('\t'));
  return (withHeader ? [headers.join('\t'), ...lines] : lines).join('\n') + (rows.length || withHeader ? '\n' : '');
}

export function toMarkdown(headers: string[], rows: unknown[][]): string {
  const esc = (v: unknown) => inert(cellText(v), true).replace(/\|/g, '\\|').replace(/\n/g, '<br>');
  const lines = [`| ${headers.map(esc).join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`];
  for (const r of rows) lines.push(`| ${r.map(esc).join(' | ')} |`);
  return lines.join('\n') + '\n';
}

export interface TableOptions {
  width: number;
  chalk: ChalkInstance;
  color: boolean;
  /** For the line that says how many rows a long table left out. */
  t: Translate;
  /** Say under the table which columns did not fit, and how to see them. */
  noteDropped?: boolean;
}

/**
 * The most rows a table draws. Nobody reads more on a terminal, and cli-table3's layout grows with
 * the square of the rows (0.6 s for 2,000, minutes for 100,000); tsv, csv and json print them all.
 */
export const TABLE_ROWS = 1000;

/**
 * A table that fits the terminal: columns are dropped by dropOrder until the fixed ones fit, then
 * flexible columns share what is left and their text is cut with `…`.
 */
export function toTable<R>(columns: Column<R>[], all: R[], opts: TableOptions): string {
  const rows = all.length > TABLE_ROWS ? all.slice(0, TABLE_ROWS) : all;
  let cols = [...columns];
  let dropped = false;
  // Each cell's text and each column's width measured once: the fitting below asks again and again.
  const texts = new Map(columns.map((c) => [c, rows.map((r) => inert(cellText(c.value(r))))]));
  const widest = new Map(columns.map((c) => [c, Math.max(displayWidth(c.heading), ...texts.get(c)!.map(displayWidth), 1)]));
  const natural = (c: Column<R>) => widest.get(c)!;
  // A title cut to a few characters says nothing: keep about a third of the line for flexible
  // columns, and drop low-priority columns to make room for it.
  const MIN_FLEX = Math.max(10, Math.floor(opts.width * 0.3));
  // Borders: 3 cells per column plus one.
  const widthOf = (cs: Column<R>[]) => cs.reduce((sum, c) => sum + (c.flexible ? Math.min(natural(c), MIN_FLEX) : natural(c)) + 3, 1);
  while (widthOf(cols) > opts.width) {
    const droppable = cols.filter((c) => (c.dropOrder ?? 0) > 0);
    if (!droppable.length) break;
    const victim = droppable.reduce((a, b) => ((b.dropOrder ?? 0) < (a.dropOrder ?? 0) ? b : a));
    cols = cols.filter((c) => c !== victim);
    dropped = true;
  }
  const fixed = cols.filter((c) => !c.flexible).reduce((s, c) => s + natural(c) + 3, 1);
  const flex = cols.filter((c) => c.flexible);
  // When even the columns that are never dropped barely fit, the flexible ones shrink further.
  const share = flex.length ? Math.max(4, Math.floor((opts.width - fixed) / flex.length) - 3) : 0;
  const widths = cols.map((c) => (c.flexible ? Math.min(natural(c), share) : natural(c)));

  const table = new Table({
    head: cols.map((c, i) => (opts.color ? opts.chalk.bold(truncate(c.heading, widths[i])) : truncate(c.heading, widths[i]))),
    // cli-table3 colours head and border even when piped: empty styles when colour is off.
    style: opts.color ? { head: [], border: ['grey'] } : { head: [], border: [] },
    wordWrap: false,
    // No rule between rows: denser, and what people expect of a list.
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
  rows.forEach((r, n) => {
    table.push(
      cols.map((c, i) => {
        const text = truncate(texts.get(c)![n], widths[i]);
        return opts.color && c.style ? c.style(text, r, opts.chalk) : text;
      }),
    );
  });
  const more = all.length - rows.length;
  const notes: string[] = [];
  if (more) notes.push(opts.t('table.more', { count: more }));
  if (opts.noteDropped && dropped) {
    const kept = new Set(cols);
    // In the order they stand in the table, the note cut into lines that fit (nothing wraps).
    const names = columns.filter((c) => !kept.has(c)).map((c) => c.heading).join(', ');
    notes.push(wrap(opts.t('table.dropped', { columns: names }), opts.width));
  }
  if (!notes.length) return table.toString() + '\n';
  const note = notes.join('\n');
  return `${table.toString()}\n${opts.color ? opts.chalk.dim(note) : note}\n`;
}

export interface RenderRowsOptions<R> extends TableOptions {
  format: Format;
  /** What --json prints for each row (defaults to the columns' values). */
  json?: (row: R) => unknown;
}

/** One renderer for every command that prints rows. */
export function renderRows<R>(all: Column<R>[], rows: R[], opts: RenderRowsOptions<R>): string {
  const forPeople = opts.format === 'table' || opts.format === 'md';
  const columns = forPeople ? all.filter((c) => !c.machineOnly) : all;
  const headers = columns.map((c) => c.key);
  const matrix = () => rows.map((r) => columns.map((c) => c.value(r)));
  const rawMatrix = () => rows.map((r) => columns.map((c) => (c.raw ?? c.value)(r)));
  switch (opts.format) {
    case 'json':
      return jsonText(rows.map((r) => (opts.json ? opts.json(r) : Object.fromEntries(columns.map((c) => [c.key, (c.raw ?? c.value)(r) ?? null])))), 2) + '\n';
    case 'csv':
      return toCsv(headers, rawMatrix());
    case 'tsv':
      // No header when piped, so `cut -f1` and `while read` see only records (as gh does).
      return toTsv(headers, rawMatrix(), false);
    case 'md':
      return toMarkdown(columns.map((c) => c.heading), matrix());
    case 'table':
      return toTable(columns, rows, opts);
  }
}
