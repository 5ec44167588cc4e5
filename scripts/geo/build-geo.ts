/**
 * Geography build: writes public/data/liaoning.topo.json, a small TopoJSON with
 *   - `cities`:     Liaoning's 14 prefecture-level cities (ECharts 4.9.0 province map),
 *   - `neighbours`: the provinces and countries around it, clipped to a box around Liaoning,
 *   - `land`, `borders`, `outline`: the cities merged into the province, the borders between them, and
 *                   the province's outline (arc lists: the client decodes them, it does not work them out),
 *   - `metadata`:   origin, licences, the box, the simplification used, and `frame`: the province's
 *                   extent from its cities' outlines with a small margin, the default view of both maps.
 *
 * Which cities, their ids, codes and names come from data/cities.yaml (the data build reads the same
 * file); the ECharts file must have a feature with each code and the same Chinese name.
 *
 * Run: `npx tsx scripts/geo/build-geo.ts` (prints the city table).
 *
 * Sources (all from node_modules, nothing is downloaded):
 *   - echarts@4.9.0 (installed as `echarts-maps-v4`), Apache-2.0: map/json/province/liaoning.json
 *     for the cities; map/json/china.json for the neighbouring provinces' names and codes (and
 *     geometry as a fallback). Where the province's own file (map/json/province/<name>.json) is
 *     there, its cities are merged into the province outline instead: those files share their
 *     border points with liaoning.json exactly, so the borders line up without slivers, whereas
 *     china.json's outlines are coarser (~500 points per province) and do not.
 *   - world-atlas@2 countries-50m.json (Natural Earth 1:50m Admin 0, public domain; package ISC):
 *     North Korea (408) and South Korea (410).
 *
 * Rings follow the GeoJSON right-hand rule (exteriors counter-clockwise, holes clockwise) so
 * MapLibre's ring classification sees them consistently.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, GeometryObject, MultiPolygon as TopoMultiPolygon, Objects, Polygon as TopoPolygon, Properties, Topology, Transform } from 'topojson-specification';
import { topology } from 'topojson-server';
import { filter, filterWeight, presimplify } from 'topojson-simplify';
import { feature, merge, mergeArcs, meshArcs, quantize, transform } from 'topojson-client';
import { parse as parseYaml } from 'yaml';
import { decodeEChartsGeoJson, parseEChartsGeoJson } from './decode-echarts.ts';
import type { DecodedCollection, DecodedFeature } from './decode-echarts.ts';
import type { DerivedShapes } from '../../src/data/geo.ts';
import { areaLabelPoint } from '../../src/map/geometry.ts';

// ---------------------------------------------------------------------------------------------
// Configuration

/** [west, south, east, north]: the neighbours are clipped to this box. */
export const CLIP_BBOX: [number, number, number, number] = [117, 37.5, 127.5, 44.5];
/** Degrees of sea and neighbours around the province's extent in the default frame. */
export const FRAME_MARGIN_DEG = 0.07;
/** Size budget for the written file. */
export const BUDGET_BYTES = 120 * 1024;
/** Visvalingam threshold: points whose effective triangle is smaller than this (km²) go. */
export const DEFAULT_MIN_WEIGHT_KM2 = 0.6;
/** Arcs used only by neighbours are simplified this many times harder (context, not subject; 12, not 6: 200 bytes
 * less in the prerendered index.html, which must arrive in one round trip, scripts/bench/sizes.ts). */
export const DEFAULT_NEIGHBOUR_FACTOR = 12;
/** Rings (islands, holes) smaller than this (km²) are dropped. */
export const DEFAULT_MIN_RING_KM2 = 1.5;
/**
 * Quantization step in degrees, as 1/n: 1/1024° is the grid of ECharts 4 map data (UTF8Scale), so
 * every city vertex is stored exactly (no rounding that could make touching rings cross) and the
 * deltas stay small. Over the clip box that is 10 752 × 7 168 steps (~85 m × 108 m). Natural Earth
 * vertices and clip points are rounded to the same grid.
 */
export const DEFAULT_QUANTIZATION = 1024;

/** Grid anchored at the clip box's south-west corner (a multiple of 1/1024°). */
function quantizationTransform(stepsPerDegree: number): Transform {
  return { scale: [1 / stepsPerDegree, 1 / stepsPerDegree], translate: [CLIP_BBOX[0], CLIP_BBOX[1]] };
}

export interface CityProperties {
  id: string;
  code: string;
  name_zh: string;
  name_en: string;
  /** Label point: ECharts' `cp` for the city (its seat), or a computed centroid if missing. */
  cx: number;
  cy: number;
  /** Where the city's name goes: the area centroid of its largest ring, or the seat (areaLabelPoint, src/map/geometry.ts). Added after simplification. */
  lx?: number;
  ly?: number;
}

export interface NeighbourProperties {
  id: string;
  name_zh: string;
  name_en: string;
  kind: 'province' | 'country';
  /** Administrative code (Chinese provinces) or ISO 3166-1 numeric (countries). */
  code: string;
  /** true where it shares a land border with Liaoning (the Yalu for the DPRK). */
  adjacent: boolean;
}

interface CitySpec { code: string; id: string; name_zh: string; name_en: string }

/** The cities from data/cities.yaml (`{ id, name: { zh, en }, code }`); a malformed record stops the build. */
export function readCities(file: string): CitySpec[] {
  const raw: unknown = parseYaml(readFileSync(file, 'utf8'));
  if (!Array.isArray(raw) || raw.length === 0) throw new Error(`${file}: must be a non-empty list of cities`);
  return raw.map((r: unknown, i) => {
    const c = r as { id?: unknown; code?: unknown; name?: { zh?: unknown; en?: unknown } } | null;
    const ok = typeof c?.id === 'string' && typeof c.code === 'string' && typeof c.name?.zh === 'string' && typeof c.name.en === 'string';
    if (!ok) throw new Error(`${file}: record #${i + 1}: needs id, code (string) and name { zh, en }`);
    return { id: c.id as string, code: c.code as string, name_zh: c.name?.zh as string, name_en: c.name?.en as string };
  });
}

interface ProvinceSpec {
  id: string;
  code: string;
  name_zh: string;
  name_en: string;
  /** map/json/province/<file>.json */
  file: string;
  adjacent: boolean;
}

const PROVINCES: readonly ProvinceSpec[] = [
  { id: 'jilin', code: '220000', name_zh: '吉林', name_en: 'Jilin', file: 'jilin', adjacent: true },
  { id: 'inner-mongolia', code: '150000', name_zh: '内蒙古', name_en: 'Inner Mongolia', file: 'neimenggu', adjacent: true },
  { id: 'hebei', code: '130000', name_zh: '河北', name_en: 'Hebei', file: 'hebei', adjacent: true },
  // Context only: across the Bohai (Shandong peninsula), or at the edge of the box.
  { id: 'shandong', code: '370000', name_zh: '山东', name_en: 'Shandong', file: 'shandong', adjacent: false },
  { id: 'tianjin', code: '120000', name_zh: '天津', name_en: 'Tianjin', file: 'tianjin', adjacent: false },
  { id: 'beijing', code: '110000', name_zh: '北京', name_en: 'Beijing', file: 'beijing', adjacent: false },
  { id: 'heilongjiang', code: '230000', name_zh: '黑龙江', name_en: 'Heilongjiang', file: 'heilongjiang', adjacent: false },
];

const COUNTRIES: ReadonlyArray<{ id: string; code: string; name_zh: string; name_en: string; adjacent: boolean }> = [
  { id: 'dprk', code: '408', name_zh: '朝鲜', name_en: 'North Korea (DPRK)', adjacent: true },
  { id: 'rok', code: '410', name_zh: '韩国', name_en: 'South Korea', adjacent: false },
];

// ---------------------------------------------------------------------------------------------
// Geometry helpers (planar, in degrees)

type Ring = Position[];
type PolygonCoords = Ring[];
type Area = Polygon | MultiPolygon;

const KM_PER_DEG = 111.32;

function x(p: Position): number {
  const v = p[0];
  if (v === undefined) throw new Error('position without x');
  return v;
}
function y(p: Position): number {
  const v = p[1];
  if (v === undefined) throw new Error('position without y');
  return v;
}

/** Shoelace signed area (deg², > 0 = counter-clockwise) of a closed or open ring. */
export function signedArea(ring: readonly Position[]): number {
  let s = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const a = ring[i];
    const b = ring[(i + 1) % n];
    if (a === undefined || b === undefined) continue;
    s += x(a) * y(b) - x(b) * y(a);
  }
  return s / 2;
}

/** Approximate ring area in km² (planar, scaled by cos(latitude) at the ring's mean latitude). */
function ringAreaKm2(ring: readonly Position[]): number {
  if (ring.length === 0) return 0;
  let lat = 0;
  for (const p of ring) lat += y(p);
  lat /= ring.length;
  return Math.abs(signedArea(ring)) * KM_PER_DEG * KM_PER_DEG * Math.cos((lat * Math.PI) / 180);
}

/** Triangle area in km² for Visvalingam weights. */
function triangleAreaKm2(t: readonly [Position, Position, Position]): number {
  const [a, b, c] = t;
  const deg2 = Math.abs((x(a) - x(c)) * (y(b) - y(a)) - (x(a) - x(b)) * (y(c) - y(a))) / 2;
  const lat = (y(a) + y(b) + y(c)) / 3;
  return deg2 * KM_PER_DEG * KM_PER_DEG * Math.cos((lat * Math.PI) / 180);
}

function polygons(g: Area): PolygonCoords[] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

function toArea(polys: PolygonCoords[]): Area | null {
  if (polys.length === 0) return null;
  const [only] = polys;
  if (polys.length === 1 && only !== undefined) return { type: 'Polygon', coordinates: only };
  return { type: 'MultiPolygon', coordinates: polys };
}

/** Drop consecutive duplicates; return a closed ring, or [] if fewer than 3 distinct points. */
function cleanRing(ring: readonly Position[]): Ring {
  const out: Ring = [];
  for (const p of ring) {
    const last = out[out.length - 1];
    if (last === undefined || x(last) !== x(p) || y(last) !== y(p)) out.push([x(p), y(p)]);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first !== undefined && last !== undefined && out.length > 1 && x(first) === x(last) && y(first) === y(last)) out.pop();
  if (out.length < 3 || signedArea(out) === 0) return [];
  const start = out[0];
  if (start === undefined) return [];
  out.push([x(start), y(start)]);
  return out;
}

/** Right-hand rule: exterior counter-clockwise, holes clockwise. */
function rewindPolygon(poly: PolygonCoords): PolygonCoords {
  return poly.map((ring, i) => {
    const ccw = signedArea(ring) > 0;
    const wantCcw = i === 0;
    return ccw === wantCcw ? ring : ring.slice().reverse();
  });
}

function normaliseArea(g: Area): Area | null {
  const polys: PolygonCoords[] = [];
  for (const poly of polygons(g)) {
    const rings = poly.map(cleanRing);
    const [exterior, ...holes] = rings;
    if (exterior === undefined || exterior.length === 0) continue;
    polys.push(rewindPolygon([exterior, ...holes.filter((r) => r.length > 0)]));
  }
  return toArea(polys);
}

/** Sutherland–Hodgman clip of one ring against an axis-aligned box. Returns a closed ring or []. */
export function clipRing(ring: readonly Position[], bbox: readonly [number, number, number, number]): Ring {
  const [w, s, e, n] = bbox;
  type Edge = { inside: (p: Position) => boolean; cut: (a: Position, b: Position) => Position };
  const atX = (a: Position, b: Position, v: number): Position => {
    const t = (v - x(a)) / (x(b) - x(a));
    return [v, y(a) + t * (y(b) - y(a))];
  };
  const atY = (a: Position, b: Position, v: number): Position => {
    const t = (v - y(a)) / (y(b) - y(a));
    return [x(a) + t * (x(b) - x(a)), v];
  };
  const edges: Edge[] = [
    { inside: (p) => x(p) >= w, cut: (a, b) => atX(a, b, w) },
    { inside: (p) => x(p) <= e, cut: (a, b) => atX(a, b, e) },
    { inside: (p) => y(p) >= s, cut: (a, b) => atY(a, b, s) },
    { inside: (p) => y(p) <= n, cut: (a, b) => atY(a, b, n) },
  ];
  // Work on the open ring.
  let pts: Position[] = ring.slice();
  const f = pts[0];
  const l = pts[pts.length - 1];
  if (f !== undefined && l !== undefined && pts.length > 1 && x(f) === x(l) && y(f) === y(l)) pts.pop();
  for (const edge of edges) {
    const input = pts;
    pts = [];
    for (let i = 0; i < input.length; i++) {
      const cur = input[i];
      const prev = input[(i + input.length - 1) % input.length];
      if (cur === undefined || prev === undefined) continue;
      const curIn = edge.inside(cur);
      const prevIn = edge.inside(prev);
      if (curIn) {
        if (!prevIn) pts.push(edge.cut(prev, cur));
        pts.push(cur);
      } else if (prevIn) {
        pts.push(edge.cut(prev, cur));
      }
    }
    if (pts.length === 0) break;
  }
  return cleanRing(pts);
}

export function clipArea(g: Area, bbox: readonly [number, number, number, number]): Area | null {
  const polys: PolygonCoords[] = [];
  for (const poly of polygons(g)) {
    const [exterior, ...holes] = poly;
    if (exterior === undefined) continue;
    const ext = clipRing(exterior, bbox);
    if (ext.length === 0) continue;
    polys.push([ext, ...holes.map((h) => clipRing(h, bbox)).filter((h) => h.length > 0)]);
  }
  return toArea(polys);
}

/** Area-weighted centroid of the largest polygon's exterior (fallback when ECharts has no cp). */
function centroid(g: Area): [number, number] {
  let best: Ring | undefined;
  let bestArea = -1;
  for (const poly of polygons(g)) {
    const ext = poly[0];
    if (ext === undefined) continue;
    const a = Math.abs(signedArea(ext));
    if (a > bestArea) {
      bestArea = a;
      best = ext;
    }
  }
  if (best === undefined) throw new Error('centroid of an empty geometry');
  let cx = 0;
  let cy = 0;
  let a2 = 0;
  for (let i = 0; i + 1 < best.length; i++) {
    const p = best[i];
    const q = best[i + 1];
    if (p === undefined || q === undefined) continue;
    const c = x(p) * y(q) - x(q) * y(p);
    a2 += c;
    cx += (x(p) + x(q)) * c;
    cy += (y(p) + y(q)) * c;
  }
  return [round6(cx / (3 * a2)), round6(cy / (3 * a2))];
}

/** The extent of some areas plus a margin, on the 1/1000° grid: [[west, south], [east, north]]. */
function extentOf(features: ReadonlyArray<object>, margin: number): [[number, number], [number, number]] {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  for (const f of features) {
    const g = 'geometry' in f ? f.geometry : undefined;
    if (!isArea(g)) continue;
    for (const poly of polygons(g)) for (const p of poly[0] ?? []) {
      w = Math.min(w, x(p)); e = Math.max(e, x(p)); s = Math.min(s, y(p)); n = Math.max(n, y(p));
    }
  }
  if (!Number.isFinite(w)) throw new Error('the cities have no outline to take an extent from');
  const r3 = (v: number): number => Math.round(v * 1000) / 1000;
  return [[r3(w - margin), r3(s - margin)], [r3(e + margin), r3(n + margin)]];
}

function round6(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}

function isArea(g: unknown): g is Area {
  return typeof g === 'object' && g !== null && 'type' in g && (g.type === 'Polygon' || g.type === 'MultiPolygon');
}

// ---------------------------------------------------------------------------------------------
// Sources

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function loadECharts(path: string): DecodedCollection {
  return decodeEChartsGeoJson(parseEChartsGeoJson(readJson(path), path));
}

function isTopology(t: unknown): t is Topo {
  return (
    typeof t === 'object' &&
    t !== null &&
    'type' in t &&
    t.type === 'Topology' &&
    'arcs' in t &&
    Array.isArray(t.arcs) &&
    'objects' in t &&
    typeof t.objects === 'object' &&
    t.objects !== null
  );
}

/**
 * topojson-server types its output with nullable properties (GeoJsonProperties), while
 * topojson-simplify / topojson-client's merge expect the specification's default `{}`. Check that
 * no geometry has `properties: null` and narrow.
 */
type Topo = Topology<Objects>;

function noNullProperties(g: GeometryObject<Properties>): boolean {
  return g.properties !== null && (g.type !== 'GeometryCollection' || g.geometries.every(noNullProperties));
}

function isPlain(t: Topology): t is Topo {
  return Object.values(t.objects).every(noNullProperties);
}

function plain(t: Topology): Topo {
  if (!isPlain(t)) throw new Error('topology has a geometry with null properties');
  return t;
}

function collection(topo: Topo, key: string): GeometryCollection {
  const o: GeometryObject | undefined = topo.objects[key];
  if (o === undefined || o.type !== 'GeometryCollection') throw new Error(`topology has no GeometryCollection "${key}"`);
  return o;
}

/** Merge a province file's city features into one outline (shared inner borders dissolve). */
function mergeProvince(fc: DecodedCollection): Area {
  const topo = plain(topology({ p: fc }));
  const polys = collection(topo, 'p').geometries.filter(
    (g): g is Extract<GeometryObject, { type: 'Polygon' | 'MultiPolygon' }> => g.type === 'Polygon' || g.type === 'MultiPolygon',
  );
  return merge(topo, polys);
}

// ---------------------------------------------------------------------------------------------
// Simplification helpers

/** topojson-simplify's simplify(), but with a threshold per arc. Input: presimplified (z = weight). */
function simplifyPerArc(pre: Topo, arcMin: readonly number[]): Topo {
  return {
    type: 'Topology',
    objects: pre.objects,
    arcs: pre.arcs.map((arc, i) => {
      const min = arcMin[i] ?? 0;
      return arc.filter((p) => (p[2] ?? Infinity) >= min).map((p) => [x(p), y(p)]);
    }),
  };
}

function polygonArcLists(g: GeometryObject): number[][][] {
  if (g.type === 'Polygon') return [g.arcs];
  if (g.type === 'MultiPolygon') return g.arcs;
  if (g.type === 'GeometryCollection') return g.geometries.flatMap(polygonArcLists);
  return [];
}

/**
 * Indexes of arcs whose segments properly cross another segment of the same polygon (any of its
 * rings). Touching at a vertex and collinear overlap are not counted.
 */
export function crossingArcs(topo: Topo): Set<number> {
  const decode = transform(topo.transform ?? null);
  const absolute: Position[][] = topo.arcs.map((arc) => arc.map((p, k) => decode(p.slice(), k !== 0)));
  // topojson-client's transformer undoes the delta coding of quantized arcs; its second argument
  // is "not the first point of the arc" (false resets the running sums).
  const bad = new Set<number>();
  const orient = (p: Position, q: Position, r: Position): number =>
    Math.sign((x(q) - x(p)) * (y(r) - y(p)) - (y(q) - y(p)) * (x(r) - x(p)));
  for (const g of Object.values(topo.objects)) {
    for (const poly of polygonArcLists(g)) {
      const segs: Array<{ a: Position; b: Position; arc: number }> = [];
      for (const ring of poly) {
        for (const ref of ring) {
          const i = ref < 0 ? ~ref : ref;
          const pts = absolute[i] ?? [];
          for (let k = 0; k + 1 < pts.length; k++) {
            const a = pts[k];
            const b = pts[k + 1];
            if (a !== undefined && b !== undefined) segs.push({ a, b, arc: i });
          }
        }
      }
      for (let s1 = 0; s1 < segs.length; s1++) {
        const u = segs[s1];
        if (u === undefined) continue;
        const minX = Math.min(x(u.a), x(u.b));
        const maxX = Math.max(x(u.a), x(u.b));
        const minY = Math.min(y(u.a), y(u.b));
        const maxY = Math.max(y(u.a), y(u.b));
        for (let s2 = s1 + 1; s2 < segs.length; s2++) {
          const v = segs[s2];
          if (v === undefined) continue;
          if (Math.max(x(v.a), x(v.b)) < minX || Math.min(x(v.a), x(v.b)) > maxX) continue;
          if (Math.max(y(v.a), y(v.b)) < minY || Math.min(y(v.a), y(v.b)) > maxY) continue;
          if (orient(u.a, u.b, v.a) * orient(u.a, u.b, v.b) < 0 && orient(v.a, v.b, u.a) * orient(v.a, v.b, u.b) < 0) {
            bad.add(u.arc);
            bad.add(v.arc);
          }
        }
      }
    }
  }
  return bad;
}

// ---------------------------------------------------------------------------------------------
// Build

export interface GeoMetadata {
  title: string;
  generator: string;
  generated_from: string[];
  note: string;
  clip_bbox: [number, number, number, number];
  /** [[west, south], [east, north]]: the cities' extent plus FRAME_MARGIN_DEG, the maps' default view. */
  frame: [[number, number], [number, number]];
  crs: string;
  winding: string;
  simplification: {
    method: string;
    min_weight_km2: number;
    neighbour_factor: number;
    min_ring_km2: number;
    /** Arcs kept at a finer threshold because the normal one made rings cross. */
    arcs_kept_finer: number;
    /** Grid steps per degree (the transform's scale is its inverse). */
    quantization_steps_per_degree: number;
  };
  sources: Array<{
    name: string;
    package: string;
    files: string[];
    licence: string;
    url: string;
    used_for: string;
  }>;
}

export type AtlasTopology = Topo & { metadata: GeoMetadata };

export interface CityRow extends CityProperties {
  /** Where cx/cy came from. */
  label_from: 'echarts-cp' | 'centroid';
}

export interface BuildGeoOptions {
  /** Project root (default: two levels above this file). */
  root?: string;
  /** Where to write; null = do not write (default: <root>/public/data/liaoning.topo.json). */
  outFile?: string | null;
  minWeightKm2?: number;
  neighbourFactor?: number;
  minRingKm2?: number;
  quantization?: number;
}

export interface BuildGeoResult {
  topology: AtlasTopology;
  json: string;
  bytes: number;
  outFile: string | null;
  cities: CityRow[];
  /** Decoded counts, for the report. */
  stats: { arcs: number; points: number; cityRings: number; neighbourRings: number; repairedArcs: number };
}

const HERE = dirname(fileURLToPath(import.meta.url));

export function buildGeo(options: BuildGeoOptions = {}): BuildGeoResult {
  const root = options.root ?? resolve(HERE, '../..');
  const outFile = options.outFile === undefined ? join(root, 'public/data/liaoning.topo.json') : options.outFile;
  const minWeight = options.minWeightKm2 ?? DEFAULT_MIN_WEIGHT_KM2;
  const neighbourFactor = options.neighbourFactor ?? DEFAULT_NEIGHBOUR_FACTOR;
  const minRing = options.minRingKm2 ?? DEFAULT_MIN_RING_KM2;
  const quantization = options.quantization ?? DEFAULT_QUANTIZATION;

  const echartsDir = join(root, 'node_modules/echarts-maps-v4');
  const echartsPkg = readJson(join(echartsDir, 'package.json'));
  const echartsVersion =
    typeof echartsPkg === 'object' && echartsPkg !== null && 'version' in echartsPkg && typeof echartsPkg.version === 'string'
      ? echartsPkg.version
      : 'unknown';
  if (!echartsVersion.startsWith('4.')) throw new Error(`echarts-maps-v4 is echarts@${echartsVersion}, expected 4.x`);
  const worldDir = join(root, 'node_modules/world-atlas');
  const worldPkg = readJson(join(worldDir, 'package.json'));
  const worldVersion =
    typeof worldPkg === 'object' && worldPkg !== null && 'version' in worldPkg && typeof worldPkg.version === 'string'
      ? worldPkg.version
      : 'unknown';

  // --- cities
  const CITIES = readCities(join(root, 'data/cities.yaml'));
  const liaoning = loadECharts(join(echartsDir, 'map/json/province/liaoning.json'));
  const byCode = new Map<string, DecodedFeature>();
  for (const f of liaoning.features) {
    const code = typeof f.id === 'string' ? f.id : undefined;
    if (code !== undefined) byCode.set(code, f);
  }
  const cityRows: CityRow[] = [];
  const cityFeatures: Array<Feature<Area, CityProperties>> = CITIES.map((c) => {
    const src = byCode.get(c.code);
    if (src === undefined) throw new Error(`liaoning.json has no feature ${c.code} (${c.name_zh})`);
    if (src.properties.name !== c.name_zh) {
      throw new Error(`liaoning.json ${c.code} is "${src.properties.name}", expected "${c.name_zh}"`);
    }
    const geometry = normaliseArea(src.geometry);
    if (geometry === null) throw new Error(`${c.code} has no geometry`);
    const cp = src.properties.cp;
    const [cx, cy] = cp ?? centroid(geometry);
    const properties: CityProperties = { id: c.id, code: c.code, name_zh: c.name_zh, name_en: c.name_en, cx, cy };
    cityRows.push({ ...properties, label_from: cp ? 'echarts-cp' : 'centroid' });
    return { type: 'Feature', id: c.code, properties, geometry };
  });

  // --- neighbouring provinces
  const china = loadECharts(join(echartsDir, 'map/json/china.json'));
  const neighbourFeatures: Array<Feature<Area, NeighbourProperties>> = [];
  const geometrySources: string[] = [];
  for (const p of PROVINCES) {
    const inChina = china.features.find((f) => f.id === p.code || f.properties.id === p.code);
    if (inChina === undefined) throw new Error(`china.json has no province ${p.code} (${p.name_zh})`);
    if (inChina.properties.name !== p.name_zh) {
      throw new Error(`china.json ${p.code} is "${inChina.properties.name}", expected "${p.name_zh}"`);
    }
    const provinceFile = join(echartsDir, `map/json/province/${p.file}.json`);
    let outline: Area;
    try {
      outline = mergeProvince(loadECharts(provinceFile));
      geometrySources.push(`map/json/province/${p.file}.json`);
    } catch (err) {
      if (!(err instanceof Error) || !('code' in err) || err.code !== 'ENOENT') throw err;
      outline = inChina.geometry; // coarser, but the same source
    }
    const clipped = clipArea(outline, CLIP_BBOX);
    const geometry = clipped === null ? null : normaliseArea(clipped);
    if (geometry === null) continue;
    neighbourFeatures.push({
      type: 'Feature',
      id: p.id,
      properties: { id: p.id, name_zh: inChina.properties.name, name_en: p.name_en, kind: 'province', code: p.code, adjacent: p.adjacent },
      geometry,
    });
  }

  // --- countries (Natural Earth via world-atlas)
  const world = readJson(join(worldDir, 'countries-50m.json'));
  if (!isTopology(world)) throw new Error('countries-50m.json is not a TopoJSON topology');
  const countries = collection(world, 'countries');
  for (const c of COUNTRIES) {
    const g = countries.geometries.find((o) => String(o.id) === c.code);
    if (g === undefined) throw new Error(`countries-50m.json has no country ${c.code}`);
    const f = feature(world, g);
    if (f.type !== 'Feature' || !isArea(f.geometry)) throw new Error(`country ${c.code} is not a polygon feature`);
    const clipped = clipArea(f.geometry, CLIP_BBOX);
    const geometry = clipped === null ? null : normaliseArea(clipped);
    if (geometry === null) continue;
    neighbourFeatures.push({
      type: 'Feature',
      id: c.id,
      properties: { id: c.id, name_zh: c.name_zh, name_en: c.name_en, kind: 'country', code: c.code, adjacent: c.adjacent },
      geometry,
    });
  }

  // --- topology, simplification, quantization
  const citiesFc: FeatureCollection<Area, CityProperties> = { type: 'FeatureCollection', features: cityFeatures };
  const neighboursFc: FeatureCollection<Area, NeighbourProperties> = { type: 'FeatureCollection', features: neighbourFeatures };
  const raw = plain(topology({ cities: citiesFc, neighbours: neighboursFc }));
  const pre = presimplify(raw, triangleAreaKm2);

  // Arcs that belong to no city are context: scale their weights down so they simplify harder.
  const cityArcs = new Set<number>();
  const collectArcs = (g: GeometryObject): void => {
    if (g.type === 'Polygon') for (const r of g.arcs) for (const a of r) cityArcs.add(a < 0 ? ~a : a);
    if (g.type === 'MultiPolygon') for (const p of g.arcs) for (const r of p) for (const a of r) cityArcs.add(a < 0 ? ~a : a);
  };
  for (const g of collection(pre, 'cities').geometries) collectArcs(g);
  pre.arcs.forEach((arc, i) => {
    if (cityArcs.has(i)) return;
    for (const pt of arc) {
      const wgt = pt[2];
      if (wgt !== undefined && Number.isFinite(wgt)) pt[2] = wgt / neighbourFactor;
    }
  });

  // Simplify and quantize; where that makes a polygon's rings cross (Visvalingam can fold a narrow
  // spike over its neighbour), keep more points on the arcs involved and try again, so earcut in
  // MapLibre gets simple rings. (quantize() keeps arc indexes, so the check can run after it.)
  const grid = quantizationTransform(quantization);
  const arcMin = pre.arcs.map(() => minWeight);
  let repairs = 0;
  let quantized: Topo | undefined;
  for (let round = 0; quantized === undefined; round++) {
    const candidate = quantize(simplifyPerArc(pre, arcMin), grid);
    const bad = crossingArcs(candidate);
    if (bad.size === 0) {
      quantized = candidate;
      break;
    }
    if (round >= 12) throw new Error(`simplification leaves crossing rings on arcs ${[...bad].join(', ')}`);
    for (const i of bad) arcMin[i] = round >= 10 ? 0 : (arcMin[i] ?? minWeight) / 4;
    repairs += bad.size;
  }
  // Drop islets and holes below minRing (after simplification, as toposimplify does).
  const q = filter(quantized, filterWeight(quantized, minRing, ringAreaKm2));

  // --- checks on what a client will decode
  const cityCol = collection(q, 'cities');
  const neighbourCol = collection(q, 'neighbours');
  if (cityCol.geometries.length !== CITIES.length) throw new Error(`expected ${CITIES.length} cities (data/cities.yaml), got ${cityCol.geometries.length}`);
  let cityRings = 0;
  let neighbourRings = 0;
  const checkWinding = (col: GeometryCollection, label: string): number => {
    let rings = 0;
    for (const g of col.geometries) {
      const f = feature(q, g);
      if (f.type !== 'Feature' || !isArea(f.geometry)) throw new Error(`${label} ${String(g.id)}: geometry lost in simplification`);
      for (const poly of polygons(f.geometry)) {
        poly.forEach((ring, i) => {
          rings++;
          const a = signedArea(ring);
          if (ring.length < 4 || a === 0) throw new Error(`${label} ${String(g.id)}: degenerate ring after simplification`);
          if ((i === 0) !== a > 0) throw new Error(`${label} ${String(g.id)}: ring ${i} wound the wrong way after simplification`);
        });
      }
    }
    return rings;
  };
  cityRings = checkWinding(cityCol, 'city');
  // The city names' places, from the shapes as simplified (both maps put the name there; worked out here
  // once, not on every page load).
  for (const g of cityCol.geometries) {
    const f = feature(q, g);
    const p = g.properties as CityProperties | undefined;
    if (f.type !== 'Feature' || !isArea(f.geometry) || !p) continue;
    const outer = polygons(f.geometry).map((poly) => (poly[0] ?? []) as [number, number][]);
    [p.lx, p.ly] = areaLabelPoint(outer, [p.cx, p.cy]).map(round6) as [number, number];
  }
  const frame = extentOf(cityCol.geometries.map((g) => feature(q, g)), FRAME_MARGIN_DEG);
  neighbourRings = checkWinding(neighbourCol, 'neighbour');

  const metadata: GeoMetadata = {
    title: 'Liaoning: prefecture-level cities and neighbouring areas (schematic)',
    generator: 'scripts/geo/build-geo.ts',
    generated_from: [
      `echarts@${echartsVersion}: map/json/province/liaoning.json, map/json/china.json, ${geometrySources.join(', ')}`,
      `world-atlas@${worldVersion}: countries-50m.json`,
    ],
    note:
      'Boundaries are schematic: simplified from small-scale map data for orientation only; they are not ' +
      'authoritative, not survey-accurate and carry no position on any boundary. Neighbours are clipped to ' +
      'clip_bbox; the box edges are not boundaries. Chinese (ECharts) and Korean (Natural Earth) outlines come ' +
      'from different sources and do not line up exactly along the Yalu (small gaps and overlaps); draw cities ' +
      'above neighbours.',
    clip_bbox: [CLIP_BBOX[0], CLIP_BBOX[1], CLIP_BBOX[2], CLIP_BBOX[3]],
    frame,
    crs: 'longitude/latitude in degrees as given by the sources (nominally WGS 84; ECharts data may carry small offsets)',
    winding: 'GeoJSON right-hand rule after topojson-client feature(): exteriors counter-clockwise, holes clockwise',
    simplification: {
      method:
        'Visvalingam (topojson-simplify presimplify with km² triangle weights, then a per-arc threshold), ' +
        'topojson-client quantize, topojson-simplify filter by ring area',
      min_weight_km2: minWeight,
      neighbour_factor: neighbourFactor,
      min_ring_km2: minRing,
      arcs_kept_finer: repairs,
      quantization_steps_per_degree: quantization,
    },
    sources: [
      {
        name: 'Apache ECharts 4.9.0 map data',
        package: `echarts@${echartsVersion} (npm; installed as echarts-maps-v4)`,
        files: ['map/json/province/liaoning.json', 'map/json/china.json', ...geometrySources],
        licence: 'Apache-2.0',
        url: 'https://github.com/apache/echarts/tree/4.9.0/map',
        used_for: 'cities (with cp label points) and neighbouring Chinese provinces',
      },
      {
        name: 'Natural Earth 1:50m Admin 0 countries, via world-atlas',
        package: `world-atlas@${worldVersion} (npm)`,
        files: ['countries-50m.json'],
        licence: 'Natural Earth data: public domain; world-atlas package: ISC',
        url: 'https://github.com/topojson/world-atlas',
        used_for: 'North Korea (DPRK, 408) and South Korea (410)',
      },
    ],
  };

  // The shapes the maps draw from the cities as a whole, worked out here once rather than on every page
  // load (topojson's merge and mesh walk every arc: tens of ms on a phone, in the task before the app takes
  // the page over). They are arc lists, so the client only decodes them: the province as one shape (the SVG
  // map's land), the borders between cities, and the province's outline.
  const cityAreas = cityCol.geometries.filter((g): g is TopoPolygon | TopoMultiPolygon => g.type === 'Polygon' || g.type === 'MultiPolygon');
  const shapes: DerivedShapes = {
    land: mergeArcs(q, cityAreas),
    borders: meshArcs(q, cityCol, (a, b) => a !== b),
    outline: meshArcs(q, cityCol, (a, b) => a === b),
  };
  const out: AtlasTopology = { ...q, objects: { ...q.objects, ...shapes }, bbox: [CLIP_BBOX[0], CLIP_BBOX[1], CLIP_BBOX[2], CLIP_BBOX[3]], metadata };
  const json = JSON.stringify(out);
  const bytes = Buffer.byteLength(json, 'utf8');
  if (bytes > BUDGET_BYTES) throw new Error(`liaoning.topo.json would be ${bytes} bytes, over the ${BUDGET_BYTES} budget`);
  if (outFile !== null) {
    mkdirSync(dirname(outFile), { recursive: true });
    writeFileSync(outFile, json);
    const onDisk = statSync(outFile).size;
    if (onDisk !== bytes) throw new Error(`wrote ${onDisk} bytes, expected ${bytes}`);
  }
  const points = q.arcs.reduce((n, a) => n + a.length, 0);
  return { topology: out, json, bytes, outFile, cities: cityRows, stats: { arcs: q.arcs.length, points, cityRings, neighbourRings, repairedArcs: repairs } };
}

// ---------------------------------------------------------------------------------------------
// CLI

function main(): void {
  const result = buildGeo();
  const where = result.outFile === null ? '(not written)' : relative(process.cwd(), result.outFile);
  console.log(`wrote ${where}: ${result.bytes} bytes (${(result.bytes / 1024).toFixed(1)} KiB)`);
  console.log(
    `  ${result.stats.arcs} arcs, ${result.stats.points} points, ${result.stats.cityRings} city rings, ${result.stats.neighbourRings} neighbour rings, ${result.stats.repairedArcs} arc(s) kept finer to avoid crossings`,
  );
  const neighbours = collection(result.topology, 'neighbours').geometries.map((g) => String(g.id));
  console.log(`  neighbours: ${neighbours.join(', ')}`);
  console.log('');
  console.log('id        code    name_zh    cx          cy          label');
  for (const c of result.cities) {
    console.log(
      `${c.id.padEnd(9)} ${c.code}  ${c.name_zh}${'　'.repeat(Math.max(0, 5 - c.name_zh.length))} ${c.cx.toFixed(6).padEnd(11)} ${c.cy.toFixed(6).padEnd(11)} ${c.label_from}`,
    );
  }
  console.log(`  frame: ${JSON.stringify(result.topology.metadata.frame)}`);
}

const invokedAs = process.argv[1];
if (invokedAs !== undefined && resolve(invokedAs) === fileURLToPath(import.meta.url)) {
  main();
}
