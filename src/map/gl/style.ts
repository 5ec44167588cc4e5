/**
 * The WebGL map's style, built entirely from the project's own data: GeoJSON
 * sources from the atlas and the boundary file, no tiles, no glyph server
 * (labels use local fonts), no sprite (icons are drawn in code, images.ts).
 * Pure, so it is unit-tested without a browser.
 */
import type { StyleSpecification } from 'maplibre-gl';
import type { Atlas } from '../../data/types.ts';
import type { Boundaries } from '../../data/geo.ts';
import { buildLayers, type ViewInput } from './layers.ts';
import { zoneFeatures, linkFeatures, beltFeatures, cityLabelFeatures, lineFeature } from './sources.ts';

export type { ViewInput } from './layers.ts';
export interface StyleInput extends ViewInput {
  atlas: Atlas;
  boundaries: Boundaries;
}

export { mapScale } from '../look/zones.ts';

export function buildStyle(input: StyleInput): StyleSpecification {
  const { atlas, boundaries } = input;
  const links = linkFeatures(atlas);
  const belt = beltFeatures(atlas);
  return {
    version: 8,
    name: 'liaoning-hightech-atlas',
    sources: {
      neighbours: { type: 'geojson', data: boundaries.neighbours },
      cities: { type: 'geojson', data: boundaries.cities },
      'city-borders': { type: 'geojson', data: lineFeature(boundaries.cityBorders) },
      outline: { type: 'geojson', data: lineFeature(boundaries.outline) },
      'city-labels': { type: 'geojson', data: cityLabelFeatures(boundaries) },
      corridor: { type: 'geojson', data: belt.corridor },
      belt: { type: 'geojson', data: belt.line },
      'belt-label': { type: 'geojson', data: belt.label },
      // Zones and links carry their id as the feature id, for feature state (selected, dim).
      links: { type: 'geojson', data: links.lines, promoteId: 'id' },
      arrows: { type: 'geojson', data: links.arrows, promoteId: 'id' },
      zones: { type: 'geojson', data: zoneFeatures(atlas), promoteId: 'id' },
    },
    layers: buildLayers(input),
  };
}
