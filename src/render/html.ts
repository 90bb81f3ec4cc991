import type { ReportColumn, ReportResult, ReportRow, ReportSection } from '../app/reports.js';
import type { Lang, MessageKey, Translate } from '../i18n/index.js';
import { inert } from '../core/controls.js';
import { groupWord, human, period, sectionTitle, shownColumns, valueWord } from './reports.js';
import { drawCharts, FONT_STACK, type ChartSeries, type ChartSpec } from './html-charts.js';
import { longDate } from './time.js';

/**
 * `report KIND --format html`: one self-contained page a manager opens in a browser or prints to
 * PDF. Styles inline, charts as SVG drawn when the report is made (render/html-charts.ts), no
 * script and no URL, so nothing leaves the page when it is opened. Each chart has the numbers it
 * draws in a table beside it, and every section its full table. Cells carry the value `--json`
 * gives in `data-value` (seconds, fractions), so what a person reads can be checked against it.
 */

export interface HtmlReportOptions {
  t: Translate;
  lang: Lang;
  now: Date;
}

/** Text from the database (titles are user input) or from us, safe in HTML text and attributes. */
export function escapeHtml(s: string): string {
  return inert(s, true).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const OPENED = '#c0392b';
const RESOLVED = '#27ae60';
const OTHER = ['#2c6fbb', '#e67e22', '#8e44ad', '#16a085', '#7f8c8d', '#d35400'];

const rateValue = (v: unknown) => (typeof v === 'number' ? Math.round(v * 1000) / 10 : null);
const hoursValue = (v: unknown) => (typeof v === 'number' ? Math.round((v / 3600) * 100) / 100 : null);
const countValue = (v: unknown) => (typeof v === 'number' ? v : null);

/** The charts of a report: which section each draws and how. */
function chartsOf(r: ReportResult, t: Translate): { section: string; spec: ChartSpec }[] {
  const sec = (name: string) => r.sections.find((s) => s.name === name);
  const heading = (key: string) => t(`rcol.${key}` as MessageKey);
  const axisNames = { count: t('html.axisCount'), rate: '%', hours: t('html.axisHours') };
  const out: { section: string; spec: ChartSpec }[] = [];
  const add = (section: string, spec: Omit<ChartSpec, 'id' | 'axisNames'>) =>
    out.push({ section, spec: { ...spec, id: `${r.report}-${section}-${out.length + 1}`, axisNames } });
  const noTotal = (rows: ReportRow[], key: string) => rows.filter((row) => row[key] !== 'total');
  /** Stacked bars of a cross table (rows: first column; series: the group columns). */
  const crossBars = (s: ReportSection, first: string) => {
    const rows = noTotal(s.rows, first);
    const groups = s.columns.filter((c) => c.heading !== undefined);
    add(s.name, {
      title: sectionTitle(r, s, t),
      categoryName: heading(first),
      categories: rows.map((row) => valueWord(t, String(row[first]))),
      series: groups.map((g, i) => ({ name: groupWord(t, g.heading!), kind: 'bar', unit: 'count', stack: 'groups', color: OTHER[i % OTHER.length], values: rows.map((row) => countValue(row[g.key])) })),
    });
  };
  const bars = (s: ReportSection, label: string, keys: { key: string; unit: ChartSeries['unit']; color?: string; stack?: string }[], horizontal = false) => {
    const rows = noTotal(s.rows, label);
    add(s.name, {
      title: sectionTitle(r, s, t),
      horizontal,
      categoryName: heading(label),
      categories: rows.map((row) => valueWord(t, String(row[label] ?? ''))),
      series: keys.map((k, i) => ({
        name: heading(k.key),
        kind: 'bar',
        unit: k.unit,
        stack: k.stack,
        color: k.color ?? OTHER[i % OTHER.length],
        values: rows.map((row) => (k.unit === 'rate' ? rateValue(row[k.key]) : k.unit === 'hours' ? hoursValue(row[k.key]) : countValue(row[k.key]))),
      })),
    });
  };
  const trendCharts = (s: ReportSection) => {
    const periods = s.rows.map((row) => String(row.period));
    const withBacklog = s.columns.some((c) => c.key === 'backlog');
    add(s.name, {
      title: `${sectionTitle(r, s, t)}: ${heading('opened')} / ${heading('resolved')}${withBacklog ? ` / ${heading('backlog')}` : ''}`,
      categoryName: heading('period'),
      categories: periods,
      series: [
        { name: heading('opened'), kind: 'bar', unit: 'count', color: OPENED, values: s.rows.map((row) => countValue(row.opened)) },
        { name: heading('resolved'), kind: 'bar', unit: 'count', color: RESOLVED, values: s.rows.map((row) => countValue(row.resolved)) },
        ...(withBacklog ? [{ name: heading('backlog'), kind: 'line' as const, unit: 'count' as const, color: OTHER[0], values: s.rows.map((row) => countValue(row.backlog)) }] : []),
      ],
    });
    // MTTA beside MTTR on the hours axis, where the section has it (monthly).
    const withMtta = s.columns.some((c) => c.key === 'mtta');
    add(s.name, {
      title: `${sectionTitle(r, s, t)}: ${heading('slaRate')}${withMtta ? ` / ${heading('mtta')}` : ''} / ${heading('mttr')}`,
      categoryName: heading('period'),
      categories: periods,
      series: [
        { name: heading('slaRate'), kind: 'line', unit: 'rate', color: OTHER[0], values: s.rows.map((row) => rateValue(row.slaRate)) },
        ...(withMtta ? [{ name: heading('mtta'), kind: 'line' as const, unit: 'hours' as const, axis: 1 as const, color: OTHER[2], values: s.rows.map((row) => hoursValue(row.mtta)) }] : []),
        { name: heading('mttr'), kind: 'line', unit: 'hours', axis: 1, color: OTHER[1], values: s.rows.map((row) => hoursValue(row.mttr)) },
      ],
    });
  };
  switch (r.report) {
    case 'summary':
      if (sec('byStatus')) crossBars(sec('byStatus')!, 'status');
      if (sec('backlog')) crossBars(sec('backlog')!, 'age');
      break;
    case 'sla':
      bars(sec('compliance')!, 'group', [{ key: 'responseRate', unit: 'rate' }, { key: 'resolveRate', unit: 'rate' }]);
      break;
    case 'mttr': {
      const s = sec('groups')!;
      // Net when shown, else the first basis asked for (gross or business).
      const basis = (['net', 'gross', 'business'] as const).find((b) => s.columns.some((c) => c.key === `${b}Mean`)) ?? 'net';
      // One bar per group and measure: MTTA and MTTR side by side.
      const groups = [...new Set(s.rows.map((row) => String(row.group)))];
      const of = (g: string, m: string) => s.rows.find((row) => row.group === g && row.measure === m)?.[`${basis}Mean`];
      add('groups', {
        title: `${sectionTitle(r, s, t)}: ${heading(`${basis}Mean`)}`,
        categoryName: heading('group'),
        categories: groups,
        series: (['mtta', 'mttr'] as const).map((m, i) => ({ name: valueWord(t, m), kind: 'bar', unit: 'hours', color: OTHER[i], values: groups.map((g) => hoursValue(of(g, m))) })),
      });
      break;
    }
    case 'recurring': {
      const s = sec('clusters')!;
      add('clusters', {
        title: sectionTitle(r, s, t),
        horizontal: true,
        categoryName: heading('title'),
        categories: s.rows.map((row) => `#${row.cluster} ${row.title}`),
        series: [{ name: heading('count'), kind: 'bar', unit: 'count', color: OPENED, values: s.rows.map((row) => countValue(row.count)) }],
      });
      break;
    }
    case 'workload':
      bars(sec('groups')!, 'group', [
        { key: 'open', unit: 'count', color: OPENED, stack: 'load' },
        { key: 'resolved', unit: 'count', color: RESOLVED, stack: 'load' },
      ]);
      break;
    case 'trend':
      trendCharts(sec('series')!);
      break;
    case 'kb':
      bars(sec('groups')!, 'group', [{ key: 'share', unit: 'rate', color: RESOLVED }]);
      break;
    case 'problems':
      if (sec('fixes')?.rows.length) bars(sec('fixes')!, 'problem', [{ key: 'before', unit: 'count', color: OPENED }, { key: 'after', unit: 'count', color: RESOLVED }]);
      break;
    case 'monthly':
      trendCharts(sec('trend')!);
      bars(sec('sla')!, 'group', [{ key: 'responseRate', unit: 'rate' }, { key: 'resolveRate', unit: 'rate' }]);
      crossBars(sec('backlog')!, 'age');
      break;
  }
  // A chart with nothing to draw says nothing: its section's table is enough.
  return out.filter((c) => c.spec.categories.length && c.spec.series.some((s) => s.values.some((v) => v !== null && v !== 0)));
}

/** The numbers a chart draws, as a table (copyable into a slide; read by screen readers). */
function chartTable(spec: ChartSpec, t: Translate, lang: Lang): string {
  const cell = (s: ChartSeries, v: number | null) => {
    const text = v === null ? '—' : s.unit === 'rate' ? `${v.toFixed(1)}%` : s.unit === 'hours' ? human({ key: '', kind: 'duration' }, v * 3600, t, lang) : String(v);
    return `<td class="num" data-value="${v ?? ''}">${escapeHtml(text)}</td>`;
  };
  // The corner names what the rows are; it heads no column of numbers.
  const head = `<tr><th class="category">${escapeHtml(spec.categoryName ?? '')}</th>${spec.series.map((s) => `<th scope="col" class="num">${escapeHtml(s.name)}</th>`).join('')}</tr>`;
  const rows = spec.categories.map((c, i) => `<tr><th scope="row">${escapeHtml(c)}</th>${spec.series.map((s) => cell(s, s.values[i])).join('')}</tr>`);
  return `<table class="chart-data" data-chart="${spec.id}"><caption>${escapeHtml(t('html.chartNumbers'))}</caption><thead>${head}</thead><tbody>${rows.join('')}</tbody></table>`;
}

/** A raw value as `--json` gives it, for data-value. */
function rawValue(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.join(' ');
  return String(v);
}

function sectionTable(r: ReportResult, s: ReportSection, t: Translate, lang: Lang): string {
  if (!s.rows.length) return `<p class="nothing">${escapeHtml(t('report.nothing'))}</p>`;
  const cols = shownColumns(s).filter((c) => c.key !== 'suggestion');
  const heading = (c: ReportColumn) => (c.heading === undefined ? t(`rcol.${c.key}` as MessageKey) : groupWord(t, c.heading));
  const numeric = (c: ReportColumn) => c.kind === 'count' || c.kind === 'rate' || c.kind === 'duration';
  const head = cols.map((c) => `<th scope="col"${numeric(c) ? ' class="num"' : ''}>${escapeHtml(heading(c))}</th>`).join('');
  const body = s.rows
    .map((row) => {
      const cells = cols.map((c) => {
        const cls = [numeric(c) ? 'num' : '', c.key === 'title' ? 'title' : ''].filter(Boolean).join(' ');
        return `<td data-key="${escapeHtml(c.key)}" data-value="${escapeHtml(rawValue(row[c.key]))}"${cls ? ` class="${cls}"` : ''}>${escapeHtml(human(c, row[c.key], t, lang))}</td>`;
      });
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('\n');
  return `<table class="figures" data-section="${escapeHtml(s.name)}"><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

const CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font-family: ${FONT_STACK}; color: #1d232a; background: #fff; margin: 0 auto; max-width: 1200px; padding: 24px 32px 48px; line-height: 1.5; font-size: 15px; }
header { border-bottom: 3px solid #2c6fbb; margin-bottom: 16px; }
h1 { font-size: 1.6em; margin: 0 0 4px; }
h2 { font-size: 1.2em; margin: 28px 0 8px; padding-left: 8px; border-left: 5px solid #2c6fbb; }
.period, .made { margin: 2px 0; color: #4a5560; }
.made { font-size: 0.85em; padding-bottom: 8px; }
figure { margin: 8px 0 16px; display: flex; flex-wrap: wrap; gap: 16px; align-items: flex-start; break-inside: avoid; page-break-inside: avoid; }
figure > svg { flex: 0 0 auto; max-width: 100%; height: auto; border: 1px solid #e3e7eb; border-radius: 4px; }
figcaption { flex: 0 0 100%; font-weight: 600; color: #33414e; }
table { border-collapse: collapse; font-size: 0.9em; margin: 4px 0 8px; }
caption { text-align: left; color: #4a5560; font-size: 0.85em; padding-bottom: 2px; }
th, td { border: 1px solid #d5dbe1; padding: 3px 8px; text-align: left; vertical-align: top; }
thead th { background: #eef2f6; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.title { max-width: 36em; overflow-wrap: anywhere; }
table.figures { width: 100%; }
table.chart-data { flex: 0 1 auto; }
.nothing { color: #6b7782; font-style: italic; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
footer { margin-top: 32px; color: #6b7782; font-size: 0.8em; border-top: 1px solid #e3e7eb; padding-top: 8px; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  h2 { break-after: avoid; page-break-after: avoid; }
  /* Chart and its numbers side by side on the page as on the screen, the chart scaled to fit. */
  figure { display: grid; grid-template-columns: 62% 1fr; gap: 4mm; align-items: start; }
  figcaption { grid-column: 1 / -1; }
  figure > svg { display: block; width: 100%; height: auto; border: none; }
  table.chart-data { font-size: 8pt; }
  table.chart-data th, table.chart-data td { padding: 1px 4px; }
  table { page-break-inside: auto; }
  tr { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  td.title { max-width: none; }
}
`;

export async function renderReportHtml(r: ReportResult, o: HtmlReportOptions): Promise<string> {
  const { t, lang } = o;
  const charts = chartsOf(r, t);
  const svgs = await drawCharts(charts.map((c) => c.spec));
  const title = t(`report.title.${r.report}` as MessageKey);
  const parts = period(r, t).split(' · ').slice(1);
  const sections = r.sections.map((s) => {
    const figures = charts
      .map((c, i) => ({ ...c, svg: svgs[i] }))
      .filter((c) => c.section === s.name)
      // A caption that only repeats the section's heading is kept for screen readers, not shown twice.
      .map((c) => `<figure data-chart="${c.spec.id}"><figcaption${c.spec.title === sectionTitle(r, s, t) ? ' class="sr-only"' : ''}>${escapeHtml(c.spec.title)}</figcaption>${c.svg}${chartTable(c.spec, t, lang)}</figure>`)
      .join('\n');
    return `<section data-section="${escapeHtml(s.name)}">\n<h2>${escapeHtml(sectionTitle(r, s, t))}</h2>\n${figures}\n${sectionTable(r, s, t, lang)}\n</section>`;
  });
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="incident">
<title>${escapeHtml([title, ...parts].join(' · '))}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<p class="period">${escapeHtml(parts.join(' · '))}</p>
<p class="made">${escapeHtml(t('html.made', { when: longDate(o.now, lang) }))}</p>
</header>
<main>
${sections.join('\n')}
</main>
<footer>${escapeHtml(t('html.footer'))}</footer>
</body>
</html>
`;
}
