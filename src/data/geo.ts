/** Loads the boundary TopoJSON and turns it into GeoJSON for the renderers. */
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection, MultiLineString as TopoMultiLineString, MultiPolygon as TopoMultiPolygon } from 'topojson-specification';
import type { FeatureCollection, MultiLineString, Polygon, MultiPolygon } from 'geojson';
import { LoadError, inlineOrFetch } from './load.ts';

/** cx, cy: the city's seat; lx, ly: where its name goes (the body of the city, worked out by the geography build). */
export interface CityProps { id: string; code: string; name_zh: string; name_en: string; cx: number; cy: number; lx: number; ly: number }
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

/** Shapes of the cities as a whole, worked out by the geography build (scripts/geo) so a page load only decodes them. */
export type DerivedShapes = { land: TopoMultiPolygon; borders: TopoMultiLineString; outline: TopoMultiLineString };

export type Topo = Topology<{ cities: GeometryCollection<CityProps>; neighbours: GeometryCollection<NeighbourProps> } & DerivedShapes>;

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
  const o = topo?.type === 'Topology' ? topo.objects : undefined;
  if (o?.cities?.type !== 'GeometryCollection' || o.neighbours?.type !== 'GeometryCollection' || o.land?.type !== 'MultiPolygon' || o.borders?.type !== 'MultiLineString' || o.outline?.type !== 'MultiLineString') {
    throw new LoadError('liaoning.topo.json', 'is not the expected TopoJSON (cities, neighbours, land, borders, outline); rebuild it with npm run geo');
  }
  const cities = feature(topo, topo.objects.cities) as FeatureCollection<Polygon | MultiPolygon, CityProps>;
  const unplaced = cities.features.find((f) => !Number.isFinite(f.properties?.lx) || !Number.isFinite(f.properties?.ly));
  if (unplaced) throw new LoadError('liaoning.topo.json', `city ${String(unplaced.properties?.id)} has no name point (lx, ly); rebuild it with npm run geo`);
  const neighbours = feature(topo, topo.objects.neighbours) as FeatureCollection<Polygon | MultiPolygon, NeighbourProps>;
  const meta = (topo as unknown as { metadata?: { attribution?: string; frame?: unknown } }).metadata;
  const frame = meta?.frame;
  if (!isFrame(frame)) throw new LoadError('liaoning.topo.json', 'has no frame (metadata.frame); rebuild it with npm run geo');
  return {
    frame,
    cities, neighbours,
    cityBorders: feature(topo, o.borders).geometry as MultiLineString,
    outline: feature(topo, o.outline).geometry as MultiLineString,
    land: feature(topo, o.land).geometry as MultiPolygon,
    attribution: meta?.attribution ?? '',
  };
}

const isFrame = (f: unknown): f is Boundaries['frame'] =>
  Array.isArray(f) && f.length === 2 && f.every((c) => Array.isArray(c) && c.length === 2 && c.every((v) => typeof v === 'number' && Number.isFinite(v)));
