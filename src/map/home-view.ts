/**
 * The home view, clear of what lies over the map: the legend covers the map's
 * lower-left corner, where Liaoning's coast leaves the Bohai Sea on most screens,
 * but not on all (a 1280×800 laptop put Suizhong under it). The fit moves right or
 * up by as little as keeps every zone — its pointer target and its label — out of
 * that corner; both maps take the same padding, so the swap to WebGL keeps it.
 */
import { fitFrame, type Bounds, type Frame, type Padding } from './geometry.ts';
import { overlaps, placedBox, type Box, type LabelInput } from './labels.ts';
import { placeZoneLabels, zoneLabelInputs } from './look/label-layout.ts';
import { HIT_MARGIN, symbolRadius } from './look/zones.ts';
import type { Lang, Zone } from '../data/types.ts';

/** What covers the map's lower-left corner: how far it reaches right of it and up from it (px). */
export interface Corner { right: number; up: number }

/** The box the corner covers on a map of width×height (screen px), or none. */
export const cornerBox = (corner: Corner, width: number, height: number): Box | null =>
  corner.right > 0 && corner.up > 0 ? { x0: 0, y0: height - corner.up, x1: corner.right, y1: height } : null;

/** The search stops within STEP px of the least move: finer than any symbol. */
const STEP = 2;

/**
 * The padding, from `padding` up, whose fit of `bounds` in width×height leaves `corner` clear by
 * `isClear` (the zones drawn in a frame, against the corner's box). Of moving right and moving up,
 * the one that keeps the map larger; where neither clears it, the fit right of the corner.
 * Each move is found by bisection: moving right takes every point right (by 1 − its share of the
 * province's width, per px) and moving up takes the lower half up, so once clear a larger move stays
 * clear, and a crowded map (1,500 zones) costs a dozen fits, not a hundred.
 */
export function clearOfCorner(
  bounds: Bounds, width: number, height: number, padding: Padding, corner: Corner,
  isClear: (frame: Frame, box: Box) => boolean,
): Padding {
  const box = cornerBox(corner, width, height);
  if (!box || width <= 0 || height <= 0) return padding;
  const by = (edge: 'left' | 'bottom', extra: number): Padding => ({ ...padding, [edge]: padding[edge] + extra });
  const clearAt = (p: Padding): boolean => isClear(fitFrame(bounds, width, height, p), box);
  if (clearAt(padding)) return padding;
  const moved = (edge: 'left' | 'bottom', reach: number): { padding: Padding; k: number } | null => {
    if (!clearAt(by(edge, reach))) return null;
    let [lo, hi] = [0, reach];
    while (hi - lo > STEP) {
      const mid = (lo + hi) / 2;
      if (clearAt(by(edge, mid))) hi = mid;
      else lo = mid;
    }
    const p = by(edge, Math.ceil(hi));
    return { padding: p, k: fitFrame(bounds, width, height, p).k };
  };
  const right = moved('left', corner.right);
  const up = moved('bottom', corner.up);
  const best = right && up ? (up.k > right.k ? up : right) : (right ?? up);
  return best?.padding ?? { ...padding, left: padding.left + corner.right };
}

/**
 * Whether every zone's pointer target and label, drawn in `frame` as the maps draw them at home, keeps out of
 * `box`. Only zones near the box can reach into it: their labels are placed among themselves (a zone further
 * off moves a label near the box only through a chain of neighbours), which keeps a crowded map's fit quick.
 */
export function zonesClearOf(zones: readonly Zone[], look: { scale: number; lang: Lang }, frame: Frame, box: Box): boolean {
  const all = zoneLabelInputs(zones, (z) => frame.project([z.location.lon, z.location.lat]), { ...look, forward: null });
  const target = (l: LabelInput, z: Zone): Box => {
    const r = symbolRadius(z, look.scale) + HIT_MARGIN;
    return { x0: l.x - r, y0: l.y - r, x1: l.x + r, y1: l.y + r };
  };
  if (all.some((l, i) => overlaps(target(l, zones[i] as Zone), box))) return false;
  const reach = 2 * Math.max(0, ...all.map((l) => l.width + l.r + l.height));
  const near = all.filter((l) => l.x > box.x0 - reach && l.x < box.x1 + reach && l.y > box.y0 - reach && l.y < box.y1 + reach);
  return placeZoneLabels(near, frame).every((p, i) => !p.shown || !overlaps(placedBox(p, near[i]?.width ?? 0, near[i]?.height ?? 0), box));
}
