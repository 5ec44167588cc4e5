/**
 * City names on either map: context, so they give way — to the zones' symbols and names (the SVG map places
 * them itself; MapLibre's collision does it on the WebGL map) and, on both, to what lies over the map, the
 * legend in its corner: a name half under it reads as another ("udao" beside Huludao at 1366×768).
 */
import type { Boundaries } from '../../data/geo.ts';
import type { Lang } from '../../data/types.ts';
import { overlaps, textWidth, type Box } from '../labels.ts';

export interface CityLabelBox { id: string; box: Box }

/** Each city's name box (centred on its label point, as both maps draw it) at a screen projection. */
export function cityLabelBoxes(b: Boundaries, project: (lonLat: [number, number]) => [number, number], lang: Lang, fontPx: number): CityLabelBox[] {
  return b.cities.features.map((f) => {
    const [x, y] = project([f.properties.lx, f.properties.ly]);
    const w = textWidth(lang === 'zh' ? f.properties.name_zh : f.properties.name_en, fontPx);
    return { id: f.properties.id, box: { x0: x - w / 2, y0: y - fontPx * 0.6, x1: x + w / 2, y1: y + fontPx * 0.6 } };
  });
}

/** The ids of the names that no box in `covered` touches. */
export const uncoveredCities = (labels: readonly CityLabelBox[], covered: readonly Box[]): Set<string> =>
  new Set(labels.filter((l) => !covered.some((c) => overlaps(l.box, c))).map((l) => l.id));
