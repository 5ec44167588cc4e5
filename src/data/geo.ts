/** Loads the boundary TopoJSON and turns it into GeoJSON for the renderers. */
import { feature, merge, mesh } from 'topojson-client';
import type { Topology, GeometryCollection, Polygon as TopoPolygon, MultiPolygon as TopoMultiPolygon } from 'topojson-specification';
import type { FeatureCollection, MultiLineString, Polygon, MultiPolygon } from 'geojson';
import { LoadError, inlineOrFetch } from './load.ts';

export interface CityProps { id: string; code: string; name_zh: string; name_en: string; cx: number; cy: number }
export interface NeighbourProps { id: string; name_zh: string; name_en: string; kind: 'province' | 'country' }

export interface Boundaries {
  cities: FeatureCollection<Polygon | MultiPolygon, CityProps>;
  neighbours: FeatureCollection<Polygon | MultiPolygon, NeighbourProps>;
  /** Borders between cities (inner) and Liaoning's outline, drawn once each. */
  cityBorders: MultiLineString;
  outline: MultiLineString;
  /** The province as one shape (its cities merged): the SVG map's land, one path where fourteen would draw the same fill. */
  land: MultiPolygon;
  attribution: string;
  /** The maps' default view, [[west, south], [east, north]]: the geography build's province extent with a margin. */
  frame: [[number, number], [number, number]];
}

export type Topo = Topology<{ cities: GeometryCollection<CityProps>; neighbours: GeometryCollection<NeighbourProps> }>;

export async function loadBoundaries(url = './data/liaoning.topo.json'): Promise<Boundaries> {
  let topo: Topo;
  try {
    topo = (await inlineOrFetch('topo', url, 'liaoning.topo.json')) as Topo;
  } catch (e) {
    throw e instanceof LoadError ? e : new LoadError('liaoning.topo.json', 'is missing or not valid JSON');
  }
  return boundariesFromTopo(topo);
}

/** The renderers' GeoJSON from the TopoJSON (also used by the build's prerender, scripts/prerender). */
export function boundariesFromTopo(topo: Topo): Boundaries {
  if (topo?.type !== 'Topology' || !topo.objects?.cities || !topo.objects?.neighbours) {
    throw new LoadError('liaoning.topo.json', 'is not the expected TopoJSON (cities, neighbours)');
  }
  const cities = feature(topo, topo.objects.cities) as FeatureCollection<Polygon | MultiPolygon, CityProps>;
  const neighbours = feature(topo, topo.objects.neighbours) as FeatureCollection<Polygon | MultiPolygon, NeighbourProps>;
  const meta = (topo as unknown as { metadata?: { attribution?: string; frame?: unknown } }).metadata;
  const frame = meta?.frame;
  if (!isFrame(frame)) throw new LoadError('liaoning.topo.json', 'has no frame (metadata.frame); rebuild it with npm run geo');
  return {
    frame,
    cities, neighbours,
    cityBorders: mesh(topo, topo.objects.cities, (a, b) => a !== b),
    outline: mesh(topo, topo.objects.cities, (a, b) => a === b),
    land: merge(topo, topo.objects.cities.geometries.filter((g): g is TopoPolygon<CityProps> | TopoMultiPolygon<CityProps> => g.type === 'Polygon' || g.type === 'MultiPolygon')),
    attribution: meta?.attribution ?? '',
  };
}

const isFrame = (f: unknown): f is Boundaries['frame'] =>
  Array.isArray(f) && f.length === 2 && f.every((c) => Array.isArray(c) && c.length === 2 && c.every((v) => typeof v === 'number' && Number.isFinite(v)));
