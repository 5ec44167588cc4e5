/**
 * The only module that imports ECharts at runtime, and only the parts the
 * charts use. It is reached through a dynamic import (echarts.ts), so ECharts
 * sits in its own chunk, outside the first paint.
 */
import { use, init } from 'echarts/core';
import { BarChart, HeatmapChart } from 'echarts/charts';
// No tooltip: every value is written on the chart (hover-only text fails on touch and projectors).
import { GridComponent, VisualMapPiecewiseComponent, LegendComponent } from 'echarts/components';
// SVG: lighter than canvas, sharp on a projector and in print.
import { SVGRenderer } from 'echarts/renderers';

use([BarChart, HeatmapChart, GridComponent, VisualMapPiecewiseComponent, LegendComponent, SVGRenderer]);

export { init };
