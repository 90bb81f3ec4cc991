/**
 * Charts of an HTML report, drawn by Apache ECharts' server-side SVG renderer when the report is
 * made: the page carries finished SVG and no script, so it opens with no network and prints as it
 * shows. The library loads here only (dist/charts.cjs, SPEC §13).
 */

export type ChartUnit = 'count' | 'rate' | 'hours';

export interface ChartSeries {
  name: string;
  kind: 'bar' | 'line';
  /** Plotted values: counts, percent (0…100) or hours; null = no value for that category. */
  values: (number | null)[];
  unit: ChartUnit;
  /** Series of one stack are drawn on top of each other. */
  stack?: string;
  /** 1 = the right-hand axis (a second unit in one chart). */
  axis?: 0 | 1;
  color?: string;
}

export interface ChartSpec {
  /** Stable id: the `data-chart` of its figure. */
  id: string;
  title: string;
  categories: string[];
  /** What the categories are (Period, Group…): the heading of the numbers table's first column. */
  categoryName?: string;
  series: ChartSeries[];
  /** Bars drawn left to right, categories down the side (long labels: titles). */
  horizontal?: boolean;
  /** Axis names, by unit. */
  axisNames: Partial<Record<ChartUnit, string>>;
}

/**
 * The font stack of the page, Japanese fallbacks included, none downloaded. Names in single quotes:
 * ECharts writes it inside a double-quoted style attribute of the SVG.
 */
export const FONT_STACK = "system-ui, -apple-system, 'Segoe UI', 'Hiragino Sans', 'Hiragino Kaku Gothic ProN', 'Noto Sans CJK JP', 'Noto Sans JP', 'Yu Gothic', Meiryo, sans-serif";

const WIDTH = 640;

/** SVG text of each chart, in order. One load of the library for all of them. */
export async function drawCharts(specs: ChartSpec[]): Promise<string[]> {
  if (!specs.length) return [];
  const { init } = await import('./echarts-entry.js');
  return specs.map((spec) => {
    const height = spec.horizontal ? Math.max(200, 60 + spec.categories.length * 28) : 300;
    const chart = init(null, null, { renderer: 'svg', ssr: true, width: WIDTH, height });
    try {
      const units = [...new Set(spec.series.map((s) => s.unit))];
      const valueAxes = units.map((u, i) => ({
        type: 'value' as const,
        name: spec.axisNames[u] ?? '',
        position: i === 0 ? (spec.horizontal ? 'bottom' : 'left') : spec.horizontal ? 'top' : 'right',
        max: u === 'rate' ? 100 : undefined,
        min: 0,
        minInterval: u === 'count' ? 1 : undefined,
        splitLine: { show: i === 0 },
        nameTextStyle: { fontFamily: FONT_STACK },
      }));
      const categoryAxis = {
        type: 'category' as const,
        data: spec.categories,
        axisLabel: { fontFamily: FONT_STACK, interval: 0, rotate: !spec.horizontal && spec.categories.length > 8 ? 45 : 0, width: spec.horizontal ? 200 : undefined, overflow: 'truncate' as const },
        inverse: !!spec.horizontal,
      };
      chart.setOption({
        animation: false,
        textStyle: { fontFamily: FONT_STACK },
        legend: { top: 0, textStyle: { fontFamily: FONT_STACK } },
        grid: { left: spec.horizontal ? 210 : 56, right: units.length > 1 ? 64 : 24, top: 48, bottom: !spec.horizontal && spec.categories.length > 8 ? 56 : 24 },
        xAxis: spec.horizontal ? valueAxes : categoryAxis,
        yAxis: spec.horizontal ? categoryAxis : valueAxes,
        series: spec.series.map((s) => ({
          name: s.name,
          type: s.kind,
          data: s.values,
          stack: s.stack,
          color: s.color,
          connectNulls: false,
          [spec.horizontal ? 'xAxisIndex' : 'yAxisIndex']: units.indexOf(s.unit),
          // Each bar's figure on it, when there is room and it is not zero (a row of zeros is noise).
          label:
            s.kind === 'bar' && spec.categories.length <= 12 && !s.stack
              ? { show: true, position: spec.horizontal ? 'right' : 'top', fontFamily: FONT_STACK, formatter: (p: { value: unknown }) => (p.value ? String(p.value) : '') }
              : undefined,
        })),
      });
      // Inline SVG in HTML needs no namespace declarations; dropping them leaves no URL in the page.
      return chart
        .renderToSVGString()
        .replace(/\s+xmlns(:xlink)?="[^"]*"/g, '')
        .replace('<svg ', `<svg role="img" aria-label="${spec.title.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)}" data-series="${spec.series.length}" `);
    } finally {
      chart.dispose();
    }
  });
}
