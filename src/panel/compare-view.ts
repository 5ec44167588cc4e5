/**
 * What the comparison (Compare.svelte) shows: 2–3 zones side by side, each
 * row marked when its values differ, numbers padded so they align on the
 * decimal point. Pure (tests/unit/compare-viewmodel.test.ts).
 */
import type { Atlas, Figure, Lang } from '../data/types.ts';
import { formatFigure } from '../i18n/format.ts';
import { zoneView, type ZoneView } from './zone-view.ts';

export interface MetricRow {
  metric: string;
  label: Figure['label'];
  /** One per zone, in column order; undefined where the documents give nothing. */
  cells: (Figure | undefined)[];
}
export interface CompareView {
  zones: ZoneView[];
  /** The zone-level figures, one row per measure, so they line up across zones. */
  metrics: MetricRow[];
}

export function compareView(atlas: Atlas, ids: readonly string[]): CompareView {
  const zones = ids.map((id) => zoneView(atlas, id)).filter((v): v is ZoneView => v !== null);
  const rows = new Map<string, Figure['label']>();
  for (const v of zones) for (const o of v.other) if (o.figure.scope.level === 'zone') rows.set(o.figure.metric, o.figure.label);
  const figureOf = (v: ZoneView, metric: string): Figure | undefined =>
    v.other.find((o) => o.figure.metric === metric && o.figure.scope.level === 'zone')?.figure;
  return { zones, metrics: [...rows.entries()].map(([metric, label]) => ({ metric, label, cells: zones.map((v) => figureOf(v, metric)) })) };
}

/** True when the cells of a row do not all say the same (a missing value differs from any value). */
export const differs = (cells: readonly (string | undefined)[]): boolean => new Set(cells.map((c) => c ?? '\u0000')).size > 1;

/** How a figure reads in a cell, for `differs`: the number, its unit and comparator as formatted. */
export const figureText = (f: Figure | undefined, lang: Lang): string | undefined => (f ? formatFigure(f, lang).text : undefined);

const FIGURE_SPACE = '\u2007';
const PUNCTUATION_SPACE = '\u2008';
/**
 * Pads formatted numbers on the right so that, right-aligned in tabular
 * figures, they line up on the decimal point: "19.4", "2 " + figure space…
 * (figure space = one digit's width, punctuation space = the point's).
 */
export function alignDecimals(numbers: readonly string[]): string[] {
  const frac = (n: string): number => (n.includes('.') ? n.length - n.indexOf('.') - 1 : -1);
  const max = Math.max(-1, ...numbers.map(frac));
  return numbers.map((n) => {
    const f = frac(n);
    if (f === max) return n;
    return n + (f < 0 ? PUNCTUATION_SPACE : '') + FIGURE_SPACE.repeat(max - Math.max(f, 0));
  });
}
