/**
 * ECharts options for the atlas's charts, built from already formatted
 * values (labels come from i18n/format.ts, never from ECharts' own number
 * formatting, so charts say exactly what the panels say).
 */
import type { ChartOption } from './echarts.ts';
import type { ChartTheme } from './theme.ts';

export interface BarSeries {
  name: string;
  values: number[];
  /** The label of each bar, already formatted ("3.6%"). */
  labels: string[];
  color: string;
  /** Bars drawn as outlines (targets) instead of solid (baselines). */
  outline?: boolean;
}

export interface BarSpec {
  categories: string[];
  series: BarSeries[];
  /** Index of the category to emphasise (e.g. the selected zone). */
  highlight?: number;
  stacked?: boolean;
  legend?: boolean;
}

const axisText = (t: ChartTheme): { color: string; fontFamily: string; fontSize: number } => ({ color: t.text, fontFamily: t.font, fontSize: t.fontSize });

const inside = (spec: BarSpec, k: number): boolean => !!spec.stacked && k < spec.series.length - 1;

/** Horizontal bars: categories down the side, long CJK names stay readable. */
export function barOption(spec: BarSpec, t: ChartTheme): ChartOption {
  const legend = spec.legend ?? spec.series.length > 1;
  return {
    textStyle: { fontFamily: t.font, fontSize: t.fontSize, color: t.text },
    grid: { left: 8, right: 56, top: legend ? 28 : 8, bottom: 8, containLabel: true },
    legend: legend ? { top: 0, left: 0, textStyle: axisText(t), itemWidth: 14, itemHeight: 10 } : { show: false },
    xAxis: { type: 'value', axisLabel: { show: false }, splitLine: { lineStyle: { color: t.grid, opacity: 0.5 } } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: spec.categories.map((c, i) => ({ value: c, textStyle: { fontWeight: i === spec.highlight ? 'bold' : 'normal', color: t.text } })),
      axisLabel: axisText(t),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: t.grid } },
    },
    series: spec.series.map((s, k) => ({
      type: 'bar',
      name: s.name,
      ...(spec.stacked ? { stack: 'total' } : {}),
      barMaxWidth: 18,
      data: s.values.map((v, i) => ({
        value: v,
        itemStyle: s.outline
          ? { color: 'transparent', borderColor: s.color, borderWidth: 2, borderType: 'solid' as const }
          : { color: spec.highlight !== undefined && i !== spec.highlight && spec.series.length === 1 ? t.peer : s.color },
        // Stacked: inner parts labelled inside (white on the fill), the last part after the bar's end.
        label: inside(spec, k)
          ? { show: true, position: 'inside' as const, formatter: s.labels[i] ?? '', color: readableOn(s.color), fontFamily: t.font, fontSize: t.fontSize }
          : { show: true, position: 'right' as const, formatter: s.labels[i] ?? '', color: t.text, fontFamily: t.font, fontSize: t.fontSize },
      })),
      itemStyle: { color: s.color },
    })),
  };
}

export interface HeatmapSpec {
  /** Column labels (industries). */
  x: string[];
  /** Row labels (zones). */
  y: string[];
  /** [column, row, value 1–3 (the shade), the cell's mark: one character, so that colour is not the only cue]. */
  cells: [number, number, number, string][];
  /** The legend's words for each shade 1, 2, 3. */
  pieces: [string, string, string];
}

export function heatmapOption(spec: HeatmapSpec, t: ChartTheme): ChartOption {
  return {
    textStyle: { fontFamily: t.font, fontSize: t.fontSize, color: t.text },
    grid: { left: 8, right: 8, top: 8, bottom: 56, containLabel: true },
    xAxis: {
      type: 'category',
      data: spec.x,
      position: 'top',
      axisLabel: { ...axisText(t), rotate: 60, interval: 0 },
      axisTick: { show: false },
      splitArea: { show: false },
    },
    yAxis: { type: 'category', data: spec.y, inverse: true, axisLabel: { ...axisText(t), interval: 0 }, axisTick: { show: false } },
    visualMap: {
      type: 'piecewise',
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      pieces: [
        { value: 3, label: spec.pieces[2], color: t.basis[2] },
        { value: 2, label: spec.pieces[1], color: t.basis[1] },
        { value: 1, label: spec.pieces[0], color: t.basis[0] },
      ],
      textStyle: axisText(t),
      selectedMode: false,
    },
    series: [
      {
        type: 'heatmap',
        // Each cell writes its own mark: one shade can stand for several marks (组, 市, 示).
        data: spec.cells.map(([x, y, v, mark]) => ({ value: [x, y, v], label: { color: readableOn(t.basis[v - 1] ?? t.basis[0]), formatter: mark } })),
        itemStyle: { borderColor: t.bg === 'transparent' ? '#ffffff' : t.bg, borderWidth: 1 },
        label: { show: true, fontFamily: t.font, fontSize: Math.max(10, t.fontSize - 1) },
        emphasis: { disabled: true },
      },
    ],
  };
}

/** Black or white text, whichever reads better on a #rrggbb fill (WCAG relative luminance). */
export function readableOn(hex: string): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return '#000000';
  const lin = (c: string): number => {
    const v = parseInt(c, 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * lin(m[1] ?? '0') + 0.7152 * lin(m[2] ?? '0') + 0.0722 * lin(m[3] ?? '0');
  // Contrast with white is 1.05/(l+0.05); with black (l+0.05)/0.05: pick the larger.
  return 1.05 / (l + 0.05) > (l + 0.05) / 0.05 ? '#ffffff' : '#000000';
}
