/**
 * The home view, clear of what lies over the map: the legend covers the map's
 * lower-left corner, where Liaoning's coast leaves the Bohai Sea on most screens,
 * but not on all (a 1280×800 laptop put Suizhong under it). The fit moves right or
 * up by as little as keeps every zone — its pointer target and its label — out of
 * that corner; both maps take the same padding, so the swap to WebGL keeps it.
 */
import { fitFrame, type Bounds, type Frame } from './geometry.ts';
import { overlaps, placedBox, type Box, type LabelInput } from './labels.ts';
import { placeZoneLabels, zoneLabelInputs } from './look/label-layout.ts';
import { HIT_MARGIN, symbolRadius } from './look/zones.ts';
import type { Lang, Zone } from '../data/types.ts';

export interface Padding { top: number; right: number; bottom: number; left: number }
/** What covers the map's lower-left corner: how far it reaches right of it and up from it (px). */
export interface Corner { right: number; up: number }

/** The fit is tried every STEP px: finer than any symbol, and few tries. */
const STEP = 4;

/**
 * The padding, from `padding` up, whose fit of `bounds` in width×height leaves `corner` clear by
 * `isClear` (the zones drawn in a frame, against the corner's box). Of moving right and moving up,
 * the one that keeps the map larger; where neither clears it, the fit right of the corner.
 */
export function clearOfCorner(
  bounds: Bounds, width: number, height: number, padding: Padding, corner: Corner,
  isClear: (frame: Frame, box: Box) => boolean,
): Padding {
  if (corner.right <= 0 || corner.up <= 0 || width <= 0 || height <= 0) return padding;
  const box: Box = { x0: 0, y0: height - corner.up, x1: corner.right, y1: height };
  const fits = (p: Padding): Frame => fitFrame(bounds, width, height, p);
  const moved = (edge: 'left' | 'bottom', reach: number): { padding: Padding; k: number } | null => {
    for (let extra = 0; extra <= reach; extra += STEP) {
      const p = { ...padding, [edge]: padding[edge] + extra };
      const f = fits(p);
      if (isClear(f, box)) return { padding: p, k: f.k };
    }
    return null;
  };
  const right = moved('left', corner.right);
  if (right && right.padding.left === padding.left) return padding;
  const up = moved('bottom', corner.up);
  const best = right && up ? (up.k > right.k ? up : right) : (right ?? up);
  return best?.padding ?? { ...padding, left: padding.left + corner.right };
}

/** Whether every zone's pointer target and label, drawn in `frame` as the maps draw them at home, keeps out of `box`. */
export function zonesClearOf(zones: readonly Zone[], look: { scale: number; lang: Lang }, frame: Frame, box: Box): boolean {
  const inputs = zoneLabelInputs(zones, (z) => frame.project([z.location.lon, z.location.lat]), { ...look, forward: null });
  const target = (l: LabelInput, z: Zone): Box => {
    const r = symbolRadius(z, look.scale) + HIT_MARGIN;
    return { x0: l.x - r, y0: l.y - r, x1: l.x + r, y1: l.y + r };
  };
  if (inputs.some((l, i) => overlaps(target(l, zones[i] as Zone), box))) return false;
  return placeZoneLabels(inputs, frame).every((p, i) => !p.shown || !overlaps(placedBox(p, inputs[i]?.width ?? 0, inputs[i]?.height ?? 0), box));
}
