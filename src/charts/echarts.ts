/**
 * Lazy access to ECharts: the first chart on screen loads echarts-setup.ts
 * (its own chunk); later charts reuse it. Also counts live chart instances,
 * so a test can check that switching panels disposes the old ones.
 */
import type { ComposeOption, EChartsType } from 'echarts/core';
import type { BarSeriesOption, HeatmapSeriesOption } from 'echarts/charts';
import type { GridComponentOption, VisualMapComponentOption, LegendComponentOption } from 'echarts/components';

export type ChartOption = ComposeOption<
  BarSeriesOption | HeatmapSeriesOption | GridComponentOption | VisualMapComponentOption | LegendComponentOption
>;
export type { EChartsType };

type Setup = typeof import('./echarts-setup.ts');
let loading: Promise<Setup> | null = null;

export function loadECharts(): Promise<Setup> {
  loading ??= import('./echarts-setup.ts');
  loading.catch(() => (loading = null));
  return loading;
}

/** Live chart instances; mirrored to <html data-charts> for the browser tests. */
export const liveCharts = { count: 0 };

export function countChart(delta: 1 | -1): void {
  liveCharts.count += delta;
  if (typeof document !== 'undefined') document.documentElement.dataset.charts = String(liveCharts.count);
}
