/**
 * Where the zone labels go, for both maps: the same inputs (symbol size, label
 * size and width, rank — a zone brought forward first) into the same greedy
 * placement (labels.ts), so a label the SVG map shows the WebGL map shows too,
 * on the same side. The WebGL map gets each placement as an anchor and an
 * offset in ems, set on its zone features.
 */
import type { Lang, Zone } from '../../data/types.ts';
import { placeLabels, textWidth, type LabelInput, type Placed } from '../labels.ts';
import { FORWARD_RANK, LABEL_GAP, labelPx, labelRank, reach, symbolRadius } from './zones.ts';

export interface LabelContext {
  scale: number;
  lang: Lang;
  /** Zones brought forward (placed first); null = none in particular. */
  forward: ReadonlySet<string> | null;
}

/** The placement inputs of each zone at its screen point. */
export function zoneLabelInputs(zones: readonly Zone[], at: (z: Zone) => [number, number], c: LabelContext): LabelInput[] {
  return zones.map((z) => {
    const [x, y] = at(z);
    const px = labelPx(z, c.scale);
    return { id: z.id, x, y, r: symbolRadius(z, c.scale) + 2, width: textWidth(z.short[c.lang], px), height: px * 1.2, priority: c.forward?.has(z.id) ? FORWARD_RANK : labelRank(z) };
  });
}

export const placeZoneLabels = (inputs: readonly LabelInput[], bounds: { width: number; height: number }): Placed[] => placeLabels(inputs, bounds);

/** A zone label for MapLibre: text-anchor, text-offset (ems from the zone's point) and whether it is drawn. */
export interface GLLabel { anchor: 'left' | 'right' | 'center'; offset: [number, number]; shown: boolean }

const ANCHOR: Record<Placed['anchor'], GLLabel['anchor']> = { start: 'left', end: 'right', middle: 'center' };

export function glLabel(p: Placed, from: LabelInput, z: Zone, scale: number): GLLabel {
  const px = labelPx(z, scale);
  return { anchor: ANCHOR[p.anchor], offset: [(p.x - from.x) / px, (p.y - from.y) / px], shown: p.shown };
}

/** Before anything is placed: to the right of the symbol, as the first position labels.ts tries. */
export function defaultGLLabel(z: Zone, scale = 1): GLLabel {
  return { anchor: 'left', offset: [(reach(z, scale) + LABEL_GAP) / labelPx(z, scale), 0], shown: true };
}
