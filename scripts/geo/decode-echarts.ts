/**
 * Decoder for the compressed GeoJSON that ECharts 4.x ships in `map/json/**`.
 *
 * Those files carry `"UTF8Encoding": true`. Each ring of a Polygon / MultiPolygon is a string:
 * every pair of UTF-16 code units is one point, stored as `charCode - 64`, zig-zag coded, as a
 * delta from the previous point; the first point is a delta from the ring's `encodeOffsets`
 * entry. Integers are degrees × `UTF8Scale` (1024 when absent). This is the algorithm of
 * echarts@4.9.0 `src/coord/geo/parseGeoJson.js` (`decode` / `decodePolygon`), rewritten with
 * types and input checks; the output is plain RFC 7946 GeoJSON (rings closed).
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

export type Offset = [number, number];

export interface EncodedPolygon {
  type: 'Polygon';
  /** One encoded string per ring. */
  coordinates: string[];
  /** One [x, y] offset per ring. */
  encodeOffsets: Offset[];
}

export interface EncodedMultiPolygon {
  type: 'MultiPolygon';
  coordinates: string[][];
  encodeOffsets: Offset[][];
}

export type EncodedGeometry = EncodedPolygon | EncodedMultiPolygon;

/** Properties of ECharts 4 map features (`cp` = the centre / label point ECharts uses). */
export interface EChartsProperties {
  name: string;
  cp?: [number, number];
  childNum?: number;
  id?: string;
}

export interface EncodedFeature {
  type: 'Feature';
  id?: string;
  properties: EChartsProperties;
  geometry: EncodedGeometry | Polygon | MultiPolygon;
}

export interface EChartsGeoJson {
  type: 'FeatureCollection';
  /** true: geometries are encoded; false or absent: plain coordinates. */
  UTF8Encoding?: boolean;
  UTF8Scale?: number;
  features: EncodedFeature[];
}

export type DecodedFeature = Feature<Polygon | MultiPolygon, EChartsProperties>;
export type DecodedCollection = FeatureCollection<Polygon | MultiPolygon, EChartsProperties>;

const DEFAULT_SCALE = 1024;

/** Zig-zag decode of one code unit (`charCode - 64`), as ECharts does it. */
function unzigzag(code: number): number {
  return (code >> 1) ^ -(code & 1);
}

/**
 * Decode one encoded ring into positions (not closed: exactly the points the string holds).
 * @param encoded the ring string (an even number of UTF-16 code units)
 * @param offset the ring's `encodeOffsets` entry
 * @param scale `UTF8Scale` (1024 in ECharts 4 data)
 */
export function decodeRing(encoded: string, offset: Offset, scale: number = DEFAULT_SCALE): Position[] {
  if (encoded.length % 2 !== 0) {
    throw new Error(`encoded ring has an odd length (${encoded.length})`);
  }
  const out: Position[] = [];
  let prevX = offset[0];
  let prevY = offset[1];
  for (let i = 0; i < encoded.length; i += 2) {
    const x = unzigzag(encoded.charCodeAt(i) - 64) + prevX;
    const y = unzigzag(encoded.charCodeAt(i + 1) - 64) + prevY;
    prevX = x;
    prevY = y;
    out.push([x / scale, y / scale]);
  }
  return out;
}

/** Close a ring (first position repeated at the end) if it is not closed yet. Returns a new array. */
export function closeRing(ring: Position[]): Position[] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first === undefined || last === undefined) return [];
  if (first[0] === last[0] && first[1] === last[1]) return ring.slice();
  return [...ring, first.slice()];
}

function decodePolygonRings(rings: string[], offsets: Offset[], scale: number, where: string): Position[][] {
  if (rings.length !== offsets.length) {
    throw new Error(`${where}: ${rings.length} rings but ${offsets.length} encodeOffsets`);
  }
  return rings.map((ring, i) => {
    const offset = offsets[i];
    if (offset === undefined) throw new Error(`${where}: ring ${i} has no offset`);
    return closeRing(decodeRing(ring, offset, scale));
  });
}

/** Decode one geometry (already-decoded geometries are returned with closed rings). */
export function decodeGeometry(
  geometry: EncodedGeometry | Polygon | MultiPolygon,
  encoded: boolean,
  scale: number = DEFAULT_SCALE,
  where = 'geometry',
): Polygon | MultiPolygon {
  if (!encoded || !('encodeOffsets' in geometry)) {
    if ('encodeOffsets' in geometry) throw new Error(`${where}: encodeOffsets in a collection that is not UTF8Encoding`);
    if (geometry.type === 'Polygon') {
      return { type: 'Polygon', coordinates: geometry.coordinates.map(closeRing) };
    }
    return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((p) => p.map(closeRing)) };
  }
  if (geometry.type === 'Polygon') {
    return { type: 'Polygon', coordinates: decodePolygonRings(geometry.coordinates, geometry.encodeOffsets, scale, where) };
  }
  const offsets = geometry.encodeOffsets;
  if (geometry.coordinates.length !== offsets.length) {
    throw new Error(`${where}: ${geometry.coordinates.length} polygons but ${offsets.length} offset lists`);
  }
  return {
    type: 'MultiPolygon',
    coordinates: geometry.coordinates.map((rings, p) =>
      decodePolygonRings(rings, offsets[p] ?? [], scale, `${where} polygon ${p}`),
    ),
  };
}

/** Decode an ECharts 4 map file into a plain GeoJSON FeatureCollection (the input is not modified). */
export function decodeEChartsGeoJson(json: EChartsGeoJson): DecodedCollection {
  const encoded = json.UTF8Encoding === true;
  const scale = json.UTF8Scale ?? DEFAULT_SCALE;
  const features: DecodedFeature[] = json.features.map((f, i) => {
    const where = `feature ${f.id ?? i} (${f.properties.name})`;
    const out: DecodedFeature = {
      type: 'Feature',
      properties: { ...f.properties },
      geometry: decodeGeometry(f.geometry, encoded, scale, where),
    };
    if (f.id !== undefined) out.id = f.id;
    return out;
  });
  return { type: 'FeatureCollection', features };
}

// ---------------------------------------------------------------------------------------------
// Shape checks for JSON.parse output (unknown → EChartsGeoJson), so callers need no casts.

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isFiniteNumber(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

function isPair(x: unknown): x is [number, number] {
  return Array.isArray(x) && x.length >= 2 && isFiniteNumber(x[0]) && isFiniteNumber(x[1]);
}

function isPositionList(x: unknown): x is Position[] {
  return Array.isArray(x) && x.every(isPair);
}

function isStringArray(x: unknown): x is string[] {
  return Array.isArray(x) && x.every((s) => typeof s === 'string');
}

function toPair(x: [number, number]): [number, number] {
  return [x[0], x[1]];
}

function parseGeometry(g: unknown, where: string): EncodedGeometry | Polygon | MultiPolygon {
  if (!isRecord(g)) throw new Error(`${where}: geometry is missing`);
  const { type, coordinates, encodeOffsets } = g;
  if (type === 'Polygon') {
    if (encodeOffsets !== undefined) {
      if (!isStringArray(coordinates) || !Array.isArray(encodeOffsets) || !encodeOffsets.every(isPair)) {
        throw new Error(`${where}: bad encoded Polygon`);
      }
      return { type, coordinates, encodeOffsets: encodeOffsets.map(toPair) };
    }
    if (!Array.isArray(coordinates) || !coordinates.every(isPositionList)) throw new Error(`${where}: bad Polygon`);
    return { type, coordinates };
  }
  if (type === 'MultiPolygon') {
    if (encodeOffsets !== undefined) {
      if (
        !Array.isArray(coordinates) ||
        !coordinates.every(isStringArray) ||
        !Array.isArray(encodeOffsets) ||
        !encodeOffsets.every((o): o is unknown[] => Array.isArray(o) && o.every(isPair))
      ) {
        throw new Error(`${where}: bad encoded MultiPolygon`);
      }
      const offsets: Offset[][] = encodeOffsets.map((list) => list.filter(isPair).map(toPair));
      return { type, coordinates, encodeOffsets: offsets };
    }
    if (!Array.isArray(coordinates) || !coordinates.every((p) => Array.isArray(p) && p.every(isPositionList))) {
      throw new Error(`${where}: bad MultiPolygon`);
    }
    return { type, coordinates };
  }
  throw new Error(`${where}: unsupported geometry type ${String(type)}`);
}

/** Check the shape of a parsed ECharts 4 map file; throws with the place of the first problem. */
export function parseEChartsGeoJson(json: unknown, source = 'input'): EChartsGeoJson {
  if (!isRecord(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    throw new Error(`${source}: not a FeatureCollection`);
  }
  const { UTF8Encoding, UTF8Scale } = json;
  if (UTF8Encoding !== undefined && typeof UTF8Encoding !== 'boolean') throw new Error(`${source}: bad UTF8Encoding`);
  if (UTF8Scale !== undefined && !isFiniteNumber(UTF8Scale)) throw new Error(`${source}: bad UTF8Scale`);
  const features: EncodedFeature[] = json.features.map((f: unknown, i: number): EncodedFeature => {
    const where = `${source} feature ${i}`;
    if (!isRecord(f) || !isRecord(f.properties)) throw new Error(`${where}: not a Feature with properties`);
    const p = f.properties;
    if (typeof p.name !== 'string') throw new Error(`${where}: properties.name missing`);
    const properties: EChartsProperties = { name: p.name };
    if (p.cp !== undefined) {
      if (!isPair(p.cp)) throw new Error(`${where}: bad cp`);
      properties.cp = toPair(p.cp);
    }
    if (isFiniteNumber(p.childNum)) properties.childNum = p.childNum;
    if (typeof p.id === 'string') properties.id = p.id;
    const out: EncodedFeature = { type: 'Feature', properties, geometry: parseGeometry(f.geometry, where) };
    if (typeof f.id === 'string') out.id = f.id;
    return out;
  });
  const out: EChartsGeoJson = { type: 'FeatureCollection', features };
  if (UTF8Encoding !== undefined) out.UTF8Encoding = UTF8Encoding;
  if (UTF8Scale !== undefined) out.UTF8Scale = UTF8Scale;
  return out;
}
