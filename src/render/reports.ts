import type { ReportColumn, ReportResult, ReportRow, ReportSection } from '../app/reports.js';
import type { Lang, Translate, MessageKey } from '../i18n/index.js';
import { duration } from './time.js';
import { displayWidth } from './text.js';
import { jsonText } from '../core/controls.js';
import { localTime } from './incident.js';
import { renderRows, toCsv, toMarkdown, toTsv, type Column, type Format } from './rows.js';
import type { ChalkInstance } from './color.js';
import { renderTrendChart, type TrendPoint } from './chart.js';

/**
 * Prints a report. JSON: one object with the report's name, its period and each section as an array
 * of rows (durations in seconds, rates as fractions 0…1). CSV/TSV: one table; a report of several
 * sections gets a leading `section` column and the union of the sections' columns. Tables and
 * Markdown: each section under its heading, durations as `3h 12m`, rates as percentages.
 */
export interface RenderReportOptions {
  format: Format;
  t: Translate;
  chalk: ChalkInstance;
  color: boolean;
  width: number;
  /** Durations, states and levels in the reader's language (data formats keep the values). */
  lang?: Lang;
}

/** The group of incidents with no value in the grouped field (app/reports.ts NONE): in the reader's words. */
const NO_VALUE = '(none)';
export const groupWord = (t: Translate, g: string) => (g === NO_VALUE ? t('rvalue.none') : g);

const heading = (t: Translate, c: ReportColumn) => (c.heading === undefined ? t(`rcol.${c.key}` as MessageKey) : groupWord(t, c.heading));

/** A stored value (a state, a level, an SLA target) in the reader's words; unknown values as they are. */
export function valueWord(t: Translate, v: string): string {
  if (v === NO_VALUE) return groupWord(t, v);
  const key = `rvalue.${v}`;
  const word = t(key as MessageKey);
  return word === key ? v : word;
}

/** A value for people: durations short, rates in percent, times local, lists joined, states in words. */
export function human(c: ReportColumn, v: unknown, t: Translate, lang: Lang = 'en'): string {
  if (v === null || v === undefined || v === '') return c.kind === 'count' ? '0' : '—';
  switch (c.kind) {
    case 'duration':
      return duration(v as number, lang);
    case 'rate':
      return `${(Math.round((v as number) * 1000) / 10).toFixed(1)}%`;
    case 'time':
      return localTime(v as string);
    case 'list':
      return (v as string[]).join(' ') || '—';
    case 'bool':
      return valueWord(t, v ? 'yes' : 'no');
    case 'state':
    case 'level':
      return valueWord(t, String(v));
    case 'group':
      return groupWord(t, String(v));
    default:
      return String(v);
  }
}

/** The columns people see: a column that only some data fills is left out when no row fills it. */
export function shownColumns(s: ReportSection): ReportColumn[] {
  return s.columns.filter((c) => !c.onlyWithData || s.rows.some((r) => r[c.key] !== null && r[c.key] !== undefined && r[c.key] !== 0));
}

/** A value for CSV/TSV: numbers as they are (seconds, fractions), lists space-separated. */
function plain(c: ReportColumn, v: unknown): unknown {
  if (v === null || v === undefined) return '';
  if (c.kind === 'list') return (v as string[]).join(' ');
  if (c.kind === 'bool') return v ? 'true' : 'false';
  return v;
}

function flatTable(r: ReportResult): { headers: string[]; rows: unknown[][] } {
  if (r.sections.length === 1) {
    const s = r.sections[0];
    return { headers: s.columns.map((c) => c.key), rows: s.rows.map((row) => s.columns.map((c) => plain(c, row[c.key]))) };
  }
  // A section's own columns go before the first shared column that follows them (summary: status,
  // age, P1…), else at the end.
  const union: ReportColumn[] = [];
  for (const s of r.sections) {
    s.columns.forEach((c, j) => {
      if (union.some((u) => u.key === c.key)) return;
      const next = s.columns.slice(j + 1).find((n) => union.some((u) => u.key === n.key));
      const at = next ? union.findIndex((u) => u.key === next.key) : union.length;
      union.splice(at, 0, c);
    });
  }
  const rows: unknown[][] = [];
  for (const s of r.sections) {
    for (const row of s.rows) {
      // Each value as its own section's column says (monthly: `incidents` is a list of refs in one
      // section and a count in another).
      rows.push([
        s.name,
        ...union.map((c) => {
          const own = s.columns.find((sc) => sc.key === c.key);
          return own ? plain(own, row[c.key]) : '';
        }),
      ]);
    }
  }
  return { headers: ['section', ...union.map((c) => c.key)], rows };
}

function json(r: ReportResult): string {
  const doc: Record<string, unknown> = { report: r.report, ...r.meta };
  for (const s of r.sections) doc[s.name] = s.rows.map((row) => Object.fromEntries(s.columns.map((c) => [c.key, row[c.key] ?? null])));
  return jsonText(doc, 2) + '\n';
}

export function period(r: ReportResult, t: Translate): string {
  const parts = [t(`report.title.${r.report}` as MessageKey)];
  if (r.meta.month) return [...parts, t('report.monthOf', { month: String(r.meta.month) })].join(' · ');
  const since = r.meta.since ? localTime(r.meta.since as string) : t('report.beginning');
  const until = r.meta.until ? localTime(r.meta.until as string) : t('report.now');
  parts.push(`${since} → ${until}`);
  // The --group-by value is a field name; the title says it in the reader's words (優先度別, not priority 別).
  if (r.meta.groupBy) parts.push(t('report.byGroup', { group: t(`report.group.${String(r.meta.groupBy)}` as MessageKey) }));
  if (r.meta.from === 'detected') parts.push(t('report.fromDetected'));
  return parts.join(' · ');
}

export const sectionTitle = (r: ReportResult, s: ReportSection, t: Translate) => t(`report.section.${r.report}.${s.name}` as MessageKey);

/** The title line, or title and period on two lines when one would not fit the terminal. */
function titleLines(r: ReportResult, t: Translate, width: number): string {
  const line = period(r, t);
  if (displayWidth(line) <= width) return line;
  const [title, ...rest] = line.split(' · ');
  return `${title}\n${rest.join(' · ')}`;
}

export function renderReport(r: ReportResult, o: RenderReportOptions): string {
  const { t } = o;
  const lang = o.lang ?? 'en';
  switch (o.format) {
    case 'json':
      return json(r);
    case 'csv': {
      const f = flatTable(r);
      return toCsv(f.headers, f.rows);
    }
    case 'tsv': {
      const f = flatTable(r);
      return toTsv(f.headers, f.rows, true);
    }
    case 'md': {
      const out = [`# ${period(r, t)}`, ''];
      for (const s of r.sections) {
        out.push(`## ${sectionTitle(r, s, t)}`, '');
        const cols = shownColumns(s);
        out.push(s.rows.length ? toMarkdown(cols.map((c) => heading(t, c)), s.rows.map((row) => cols.map((c) => human(c, row[c.key], t, lang)))) : `${t('report.nothing')}\n`);
      }
      return out.join('\n');
    }
    case 'table': {
      if (r.chart) return `${titleLines(r, t, o.width)}\n\n${renderTrendChart(r.sections[0].rows as unknown as TrendPoint[], { ...o, lang })}`;
      const title = titleLines(r, t, o.width);
      const out = [o.color ? o.chalk.bold(title) : title, ''];
      for (const s of r.sections) {
        const title = sectionTitle(r, s, t);
        out.push(o.color ? o.chalk.bold(title) : title);
        if (!s.rows.length) {
          out.push(`  ${t('report.nothing')}`, '');
          continue;
        }
        const columns: Column<ReportRow>[] = shownColumns(s)
          .filter((c) => c.key !== 'suggestion')
          .map((c) => ({
            key: c.key,
            heading: heading(t, c),
            value: (row) => human(c, row[c.key], t, lang),
            flexible: c.key === 'title' || c.kind === 'list',
            dropOrder: c.dropOrder ?? 0,
          }));
        out.push(renderRows(columns, s.rows, { format: 'table', width: o.width, chalk: o.chalk, color: o.color, t, noteDropped: true }));
      }
      return out.join('\n');
    }
  }
}
