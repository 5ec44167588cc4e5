/**
 * The SVG map's boundaries as path data, projected once per set of boundaries into a fixed frame of their
 * own (thousands of points): SvgMap shows them in its current frame through one transform, so measuring the
 * box, a resize or a camera move changes one attribute, not every path. Kept per Boundaries object, so the
 * takeover (src/main.ts) can draw them in the task that loaded them, not in the one that hydrates the page.
 */
import type { Geometry, Position } from 'geojson';
import type { Boundaries } from '../data/geo.ts';
import { fitFrame, pathOf, type Frame, type LonLat } from './geometry.ts';

export interface BoundaryPaths {
  /** The frame the paths are drawn in. */
  base: Frame;
  neighbours: { id: string; d: string }[];
  /** The province as one shape (its outline is this shape's edge). */
  land: string;
  /** The borders between cities. */
  borders: string;
}

const NO_PADDING = { top: 0, right: 0, bottom: 0, left: 0 };
const drawn = new WeakMap<Boundaries, BoundaryPaths>();

function geomPath(g: Geometry | null, project: Frame['project']): string {
  if (!g) return '';
  const rings: Position[][] = g.type === 'Polygon' ? g.coordinates : g.type === 'MultiPolygon' ? g.coordinates.flat() : g.type === 'MultiLineString' ? g.coordinates : [];
  const closed = g.type !== 'MultiLineString';
  return rings.map((r) => pathOf(r as LonLat[], project, closed)).join('');
}

export function boundaryPaths(b: Boundaries): BoundaryPaths {
  let paths = drawn.get(b);
  if (!paths) {
    // 800×600, the map's default frame: a tenth of a unit (pathOf's precision) stays under a pixel at the story's closest camera.
    const base = fitFrame(b.frame, 800, 600, NO_PADDING);
    paths = {
      base,
      neighbours: b.neighbours.features.map((f) => ({ id: f.properties.id, d: geomPath(f.geometry, base.project) })),
      land: geomPath(b.land, base.project),
      borders: geomPath(b.cityBorders, base.project),
    };
    drawn.set(b, paths);
  }
  return paths;
}
