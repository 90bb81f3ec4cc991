/**
 * The chart library behind `report --format html`: Apache ECharts, only the parts we draw with (bar
 * and line charts, axes, legend, SVG rendering). Bundled apart as dist/charts.cjs and loaded only when
 * an HTML report is made (SPEC §13): no other run reads it.
 */
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, SVGRenderer]);

export const init = echarts.init;
