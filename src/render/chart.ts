import type { ChalkInstance } from './color.js';
import { displayWidth, padEnd } from './text.js';
import type { Lang, Translate } from '../i18n/index.js';
import { duration } from './time.js';

/** One period of `report trend`. */
export interface TrendPoint {
  period: string;
  opened: number;
  resolved: number;
  /** Resolution SLA % of the incidents resolved in the period (0…1; null when none had a target). */
  slaRate?: number | null;
  /** Mean net time to resolve of the incidents resolved in the period (seconds; null when none). */
  mttr?: number | null;
}

const SPARKS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/** One cell per value, its height from min to max of the values; a gap where there is no value. */
export function sparkline(values: (number | null | undefined)[], max: number): string {
  return values.map((v) => (v === null || v === undefined ? ' ' : SPARKS[Math.min(7, Math.max(0, Math.round((v / (max || 1)) * 7)))])).join('');
}

/** Eighth blocks: a bar's last cell shows how far into the next cell the value reaches. */
const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/** A horizontal bar `width` cells long at most, for value out of max. */
export function bar(value: number, max: number, width: number): string {
  if (max <= 0 || value <= 0) return '';
  const eighths = Math.max(1, Math.round((value / max) * width * 8));
  return '█'.repeat(Math.floor(eighths / 8)) + EIGHTHS[eighths % 8];
}

/**
 * Opened vs resolved per period as two bar columns side by side, one line per period. Colour only
 * when the output is a colour terminal; piped, the same blocks without escape codes.
 */
export function renderTrendChart(
  series: TrendPoint[],
  o: { t: Translate; chalk: ChalkInstance; color: boolean; width: number; lang?: Lang },
): string {
  const max = Math.max(1, ...series.map((s) => Math.max(s.opened, s.resolved)));
  const numWidth = String(max).length;
  const labelWidth = Math.max(10, ...series.map((s) => displayWidth(s.period)));
  // Label, two gaps, two bars each followed by its count.
  const barWidth = Math.max(4, Math.min(40, Math.floor((o.width - labelWidth - 2 * (numWidth + 4)) / 2)));
  const paint = (text: string, kind: 'opened' | 'resolved') => (o.color ? (kind === 'opened' ? o.chalk.red(text) : o.chalk.green(text)) : text);
  const column = (value: number, kind: 'opened' | 'resolved') =>
    `${paint(padEnd(bar(value, max, barWidth), barWidth), kind)} ${String(value).padStart(numWidth)}`;
  const head = `${padEnd('', labelWidth)}  ${padEnd(paint(o.t('rcol.opened'), 'opened'), barWidth + numWidth + 1)}  ${paint(o.t('rcol.resolved'), 'resolved')}`;
  const lines = [head];
  for (const s of series) lines.push(`${padEnd(s.period, labelWidth)}  ${column(s.opened, 'opened')}  ${column(s.resolved, 'resolved')}`);
  const total = series.reduce((a, s) => ({ opened: a.opened + s.opened, resolved: a.resolved + s.resolved }), { opened: 0, resolved: 0 });
  lines.push('', o.t('report.trendTotal', total));
  // The trend of SLA % and MTTR, one cell a period (the latest periods when they do not all fit).
  const room = Math.max(4, o.width - labelWidth - 2 - 2 - 16);
  const recent = series.slice(-room);
  const last = <T>(xs: (T | null | undefined)[]) => [...xs].reverse().find((x) => x !== null && x !== undefined) ?? null;
  if (recent.some((s) => s.slaRate !== null && s.slaRate !== undefined)) {
    const latest = last(recent.map((s) => s.slaRate));
    lines.push(`${padEnd(o.t('rcol.slaRate'), labelWidth)}  ${sparkline(recent.map((s) => s.slaRate), 1)}  ${latest === null ? '' : `${(Math.round(latest * 1000) / 10).toFixed(1)}%`}`);
  }
  if (recent.some((s) => s.mttr !== null && s.mttr !== undefined)) {
    const values = recent.map((s) => s.mttr);
    const latest = last(values);
    const top = Math.max(...values.map((v) => v ?? 0));
    lines.push(`${padEnd(o.t('rcol.mttr'), labelWidth)}  ${sparkline(values, top)}  ${latest === null ? '' : duration(latest, o.lang ?? 'en')}`);
  }
  return lines.join('\n') + '\n';
}
