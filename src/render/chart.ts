import type { ChalkInstance } from './color.js';
import { displayWidth, padEnd } from './text.js';
import type { Translate } from '../i18n/index.js';

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
  series: { period: string; opened: number; resolved: number }[],
  o: { t: Translate; chalk: ChalkInstance; color: boolean; width: number },
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
  return lines.join('\n') + '\n';
}
