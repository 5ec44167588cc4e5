import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Objects, Properties, Topology } from 'topojson-specification';
import { feature, merge, mesh } from 'topojson-client';
import { boundariesFromTopo, type Topo } from '../../src/data/geo.ts';
import { areaLabelPoint, insideRing } from '../../src/map/geometry.ts';
import {
  decodeEChartsGeoJson,
  decodeRing,
  parseEChartsGeoJson,
  type EChartsGeoJson,
  type Offset,
} from '../../scripts/geo/decode-echarts.ts';
import {
  BUDGET_BYTES,
  CLIP_BBOX,
  FRAME_MARGIN_DEG,
  readCities,
  buildGeo,
  clipRing,
  crossingArcs,
  type BuildGeoResult,
  type CityProperties,
  type NeighbourProperties,
} from '../../scripts/geo/build-geo.ts';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

const CITY_IDS: Record<string, string> = {
  '210100': 'shenyang',
  '210200': 'dalian',
  '210300': 'anshan',
  '210400': 'fushun',
  '210500': 'benxi',
  '210600': 'dandong',
  '210700': 'jinzhou',
  '210800': 'yingkou',
  '210900': 'fuxin',
  '211000': 'liaoyang',
  '211100': 'panjin',
  '211200': 'tieling',
  '211300': 'chaoyang',
  '211400': 'huludao',
};

type Area = Polygon | MultiPolygon;

// --- an independent encoder (the inverse of ECharts 4's decoder) ---------------------------------

function zigzag(n: number): number {
  return n >= 0 ? n * 2 : -n * 2 - 1;
}

/** Encode integer points (degrees × scale) as ECharts does; returns the string and its offset. */
function encodeRing(points: ReadonlyArray<readonly [number, number]>): { text: string; offset: Offset } {
  const first = points[0];
  if (first === undefined) throw new Error('empty ring');
  // ECharts' encoder offsets from the first point, so the first pair is "@@".
  let prevX = first[0];
  let prevY = first[1];
  let text = '';
  for (const [px, py] of points) {
    text += String.fromCharCode(zigzag(px - prevX) + 64, zigzag(py - prevY) + 64);
    prevX = px;
    prevY = py;
  }
  return { text, offset: [first[0], first[1]] };
}

// --- small geometry checks, written independently of the build ------------------------------------

function polygonsOf(g: Area): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

function signedArea(ring: readonly Position[]): number {
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i];
    const b = ring[i + 1];
    if (a === undefined || b === undefined) continue;
    s += (a[0] ?? 0) * (b[1] ?? 0) - (b[0] ?? 0) * (a[1] ?? 0);
  }
  return s / 2;
}

function bboxOf(g: Area): [number, number, number, number] {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (const poly of polygonsOf(g)) {
    for (const ring of poly) {
      for (const p of ring) {
        const px = p[0] ?? NaN;
        const py = p[1] ?? NaN;
        w = Math.min(w, px);
        e = Math.max(e, px);
        s = Math.min(s, py);
        n = Math.max(n, py);
      }
    }
  }
  return [w, s, e, n];
}

function pointInArea(pt: readonly [number, number], g: Area): boolean {
  const [px, py] = pt;
  let inside = false;
  for (const poly of polygonsOf(g)) {
    for (const ring of poly) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const a = ring[i];
        const b = ring[j];
        if (a === undefined || b === undefined) continue;
        const [ax = 0, ay = 0] = a;
        const [bx = 0, by = 0] = b;
        if (ay > py !== by > py && px < ((bx - ax) * (py - ay)) / (by - ay) + ax) inside = !inside;
      }
    }
  }
  return inside;
}

function properCrossings(poly: Position[][]): number {
  const segs: Array<[Position, Position]> = [];
  for (const ring of poly) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const a = ring[i];
      const b = ring[i + 1];
      if (a !== undefined && b !== undefined) segs.push([a, b]);
    }
  }
  const o = (p: Position, q: Position, r: Position): number =>
    Math.sign(((q[0] ?? 0) - (p[0] ?? 0)) * ((r[1] ?? 0) - (p[1] ?? 0)) - ((q[1] ?? 0) - (p[1] ?? 0)) * ((r[0] ?? 0) - (p[0] ?? 0)));
  let n = 0;
  for (let i = 0; i < segs.length; i++) {
    for (let j = i + 1; j < segs.length; j++) {
      const s1 = segs[i];
      const s2 = segs[j];
      if (s1 === undefined || s2 === undefined) continue;
      const [a, b] = s1;
      const [c, d] = s2;
      if (o(a, b, c) * o(a, b, d) < 0 && o(c, d, a) * o(c, d, b) < 0) n++;
    }
  }
  return n;
}

function collection(topo: Topology, key: string): GeometryCollection<Properties> {
  const o = topo.objects[key];
  if (o === undefined || o.type !== 'GeometryCollection') throw new Error(`no collection ${key}`);
  return o;
}

function features<P>(topo: Topology, key: string, check: (p: unknown) => P): Array<Feature<Area, P>> {
  const fc = feature(topo, collection(topo, key));
  return fc.features.map((f) => {
    const g = f.geometry;
    if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') throw new Error(`${key}: not a polygon`);
    return { type: 'Feature', properties: check(f.properties), geometry: g };
  });
}

function str(o: Record<string, unknown>, k: string): string {
  const v = o[k];
  if (typeof v !== 'string') throw new Error(`property ${k} is not a string`);
  return v;
}

function num(o: Record<string, unknown>, k: string): number {
  const v = o[k];
  if (typeof v !== 'number') throw new Error(`property ${k} is not a number`);
  return v;
}

function record(p: unknown): Record<string, unknown> {
  if (typeof p !== 'object' || p === null) throw new Error('no properties');
  return { ...p };
}

function cityProps(p: unknown): CityProperties {
  const o = record(p);
  return { id: str(o, 'id'), code: str(o, 'code'), name_zh: str(o, 'name_zh'), name_en: str(o, 'name_en'), cx: num(o, 'cx'), cy: num(o, 'cy') };
}

function neighbourProps(p: unknown): NeighbourProperties {
  const o = record(p);
  const kind = o.kind;
  if (kind !== 'province' && kind !== 'country') throw new Error(`bad kind ${String(kind)}`);
  if (typeof o.adjacent !== 'boolean') throw new Error('adjacent is not a boolean');
  return { id: str(o, 'id'), name_zh: str(o, 'name_zh'), name_en: str(o, 'name_en'), kind, code: str(o, 'code'), adjacent: o.adjacent };
}

// -------------------------------------------------------------------------------------------------

describe('decode-echarts', () => {
  it('decodes a hand-computed sample', () => {
    // "@@" = no move from the offset; "M" = 77-64 = 13 → zig-zag -7; "D" = 4 → +2.
    expect(decodeRing('@@MD', [126558, 42490])).toEqual([
      [126558 / 1024, 42490 / 1024],
      [126551 / 1024, 42492 / 1024],
    ]);
  });

  it('round-trips rings encoded by an inverse encoder (Polygon and MultiPolygon)', () => {
    const ringA: Array<[number, number]> = [
      [126558, 42490],
      [126551, 42492],
      [126000, 42800],
      [126900, 41000],
      [126558, 42490],
    ];
    const ringB: Array<[number, number]> = [
      [-1000, 500],
      [-1003, 496],
      [-990, 520],
    ];
    const a = encodeRing(ringA);
    const b = encodeRing(ringB);
    const json: EChartsGeoJson = {
      type: 'FeatureCollection',
      UTF8Encoding: true,
      features: [
        { type: 'Feature', id: '1', properties: { name: 'P' }, geometry: { type: 'Polygon', coordinates: [a.text], encodeOffsets: [a.offset] } },
        {
          type: 'Feature',
          id: '2',
          properties: { name: 'M', cp: [1, 2] },
          geometry: { type: 'MultiPolygon', coordinates: [[a.text], [b.text]], encodeOffsets: [[a.offset], [b.offset]] },
        },
      ],
    };
    const parsed = parseEChartsGeoJson(JSON.parse(JSON.stringify(json)));
    const out = decodeEChartsGeoJson(parsed);
    const deg = (r: Array<[number, number]>): number[][] => r.map(([px, py]) => [px / 1024, py / 1024]);
    const bClosed = [...ringB, ringB[0] ?? [0, 0]];
    expect(out.features[0]?.geometry).toEqual({ type: 'Polygon', coordinates: [deg(ringA)] });
    expect(out.features[1]?.geometry).toEqual({ type: 'MultiPolygon', coordinates: [[deg(ringA)], [deg(bClosed)]] });
    expect(out.features[1]?.properties.cp).toEqual([1, 2]);
  });

  it('decodes ECharts 4.9 liaoning.json into the 14 cities, inside Liaoning', () => {
    const raw: unknown = JSON.parse(readFileSync(join(ROOT, 'node_modules/echarts-maps-v4/map/json/province/liaoning.json'), 'utf8'));
    const fc = decodeEChartsGeoJson(parseEChartsGeoJson(raw));
    expect(fc.features.map((f) => f.id).sort()).toEqual(Object.keys(CITY_IDS).sort());
    const shenyang = fc.features.find((f) => f.id === '210100');
    expect(shenyang?.properties.name).toBe('沈阳市');
    if (shenyang === undefined) return;
    const [w, s, e, n] = bboxOf(shenyang.geometry);
    expect(w).toBeGreaterThan(122);
    expect(e).toBeLessThan(124.5);
    expect(s).toBeGreaterThan(41);
    expect(n).toBeLessThan(43.5);
    for (const f of fc.features) {
      const [fw, fs, fe, fn] = bboxOf(f.geometry);
      expect(fw).toBeGreaterThanOrEqual(118);
      expect(fe).toBeLessThanOrEqual(126);
      expect(fs).toBeGreaterThanOrEqual(38);
      expect(fn).toBeLessThanOrEqual(44);
    }
  });
});

describe('geometry helpers', () => {
  it('clips a ring to a box (Sutherland–Hodgman)', () => {
    const ring = [
      [0, 0],
      [4, 0],
      [4, 4],
      [0, 4],
      [0, 0],
    ];
    const clipped = clipRing(ring, [1, 1, 10, 10]);
    expect(clipped[0]).toEqual(clipped[clipped.length - 1]);
    expect(Math.abs(signedArea(clipped))).toBeCloseTo(9);
    expect(clipRing(ring, [5, 5, 6, 6])).toEqual([]);
  });

  it('finds crossing arcs', () => {
    const bowTie: Topology<Objects> = {
      type: 'Topology',
      objects: { p: { type: 'Polygon', arcs: [[0]] } },
      arcs: [
        [
          [0, 0],
          [1, 1],
          [1, 0],
          [0, 1],
          [0, 0],
        ],
      ],
    };
    expect([...crossingArcs(bowTie)]).toEqual([0]);
  });
});

describe('buildGeo', () => {
  let dir = '';
  let result: BuildGeoResult;
  let cities: Array<Feature<Area, CityProperties>> = [];
  let neighbours: Array<Feature<Area, NeighbourProperties>> = [];

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'geo-test-'));
    result = buildGeo({ root: ROOT, outFile: join(dir, 'liaoning.topo.json') });
    const written: unknown = JSON.parse(readFileSync(join(dir, 'liaoning.topo.json'), 'utf8'));
    if (typeof written !== 'object' || written === null || !('type' in written) || written.type !== 'Topology') {
      throw new Error('output is not a topology');
    }
    cities = features(result.topology, 'cities', cityProps);
    neighbours = features(result.topology, 'neighbours', neighbourProps);
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('has the 14 cities with codes 210100…211400, names and pinyin ids', () => {
    expect(cities).toHaveLength(14);
    expect(cities.map((c) => c.properties.code)).toEqual(Object.keys(CITY_IDS).sort());
    for (const c of cities) {
      expect(c.properties.id).toBe(CITY_IDS[c.properties.code]);
      expect(c.properties.name_zh).toMatch(/^\p{Script=Han}+市$/u);
    }
    expect(cities.find((c) => c.properties.code === '210100')?.properties.name_zh).toBe('沈阳市');
    expect(cities.find((c) => c.properties.code === '211400')?.properties.name_zh).toBe('葫芦岛市');
  });

  it('gives each city a label point inside it and a plausible extent', () => {
    for (const c of cities) {
      const { cx, cy } = c.properties;
      expect(pointInArea([cx, cy], c.geometry), `${c.properties.id} label point`).toBe(true);
      const [w, s, e, n] = bboxOf(c.geometry);
      expect(w).toBeGreaterThanOrEqual(118);
      expect(e).toBeLessThanOrEqual(126);
      expect(s).toBeGreaterThanOrEqual(38);
      expect(n).toBeLessThanOrEqual(44);
    }
    expect(result.cities.map((c) => c.id)).toEqual(cities.map((c) => c.properties.id));
  });

  it('has the neighbours, including the DPRK and Jilin, clipped to the box', () => {
    const byId = new Map(neighbours.map((n) => [n.properties.id, n.properties]));
    expect(byId.get('dprk')).toMatchObject({ kind: 'country', code: '408', name_zh: '朝鲜', adjacent: true });
    expect(byId.get('jilin')).toMatchObject({ kind: 'province', name_zh: '吉林', name_en: 'Jilin', adjacent: true });
    expect(byId.get('inner-mongolia')?.name_zh).toBe('内蒙古');
    expect(byId.get('hebei')?.name_zh).toBe('河北');
    for (const n of neighbours) {
      expect(['province', 'country']).toContain(n.properties.kind);
      expect(n.properties.name_en.length).toBeGreaterThan(0);
      const [w, s, e, nn] = bboxOf(n.geometry);
      expect(w).toBeGreaterThanOrEqual(CLIP_BBOX[0] - 1e-9);
      expect(s).toBeGreaterThanOrEqual(CLIP_BBOX[1] - 1e-9);
      expect(e).toBeLessThanOrEqual(CLIP_BBOX[2] + 1e-9);
      expect(nn).toBeLessThanOrEqual(CLIP_BBOX[3] + 1e-9);
    }
  });

  it('has simple rings wound by the right-hand rule (for MapLibre)', () => {
    for (const f of [...cities, ...neighbours]) {
      for (const poly of polygonsOf(f.geometry)) {
        poly.forEach((ring, i) => {
          expect(ring.length).toBeGreaterThanOrEqual(4);
          expect(ring[0]).toEqual(ring[ring.length - 1]);
          const a = signedArea(ring);
          expect(i === 0 ? a > 0 : a < 0, `${f.properties.id} ring ${i}`).toBe(true);
        });
        expect(properCrossings(poly), `${f.properties.id} crossings`).toBe(0);
      }
    }
  });

  it('names origin and licences in metadata', () => {
    const m = result.topology.metadata;
    const text = JSON.stringify(m);
    expect(text).toContain('echarts@4.9.0');
    expect(text).toContain('Apache-2.0');
    expect(text).toContain('Natural Earth');
    expect(text).toContain('public domain');
    expect(text).toContain('ISC');
    expect(m.note).toMatch(/schematic/i);
    expect(m.sources.map((s) => s.licence)).toHaveLength(2);
  });

  it('takes its cities from data/cities.yaml, the file the data build reads', () => {
    const yaml = readCities(join(ROOT, 'data/cities.yaml'));
    expect(cities.map((c) => c.properties.id).sort()).toEqual(yaml.map((c) => c.id).sort());
    for (const c of yaml) {
      const got = cities.find((f) => f.properties.id === c.id)?.properties;
      expect(got && { code: got.code, name_zh: got.name_zh, name_en: got.name_en }, c.id).toEqual({ code: c.code, name_zh: c.name_zh, name_en: c.name_en });
    }
  });

  it('writes the default frame: every city and every zone of data/zones.yaml inside, with the margin', () => {
    const [[w, s], [e, n]] = result.topology.metadata.frame;
    for (const f of cities) {
      const g = f.geometry;
      const rings = g.type === 'Polygon' ? [g.coordinates[0] ?? []] : g.coordinates.map((p) => p[0] ?? []);
      for (const [lon = NaN, lat = NaN] of rings.flat()) {
        expect(lon).toBeGreaterThanOrEqual(w + FRAME_MARGIN_DEG - 0.001);
        expect(lon).toBeLessThanOrEqual(e - FRAME_MARGIN_DEG + 0.001);
        expect(lat).toBeGreaterThanOrEqual(s + FRAME_MARGIN_DEG - 0.001);
        expect(lat).toBeLessThanOrEqual(n - FRAME_MARGIN_DEG + 0.001);
      }
    }
    const zones = parseYaml(readFileSync(join(ROOT, 'data/zones.yaml'), 'utf8')) as { id: string; location: { lon: number; lat: number } }[];
    for (const z of zones) {
      expect(z.location.lon > w && z.location.lon < e && z.location.lat > s && z.location.lat < n, z.id).toBe(true);
    }
  });

  it('refuses a cities file without id, code or names', () => {
    const bad = join(dir, 'bad-cities.yaml');
    writeFileSync(bad, '- { id: shenyang, code: "210100" }\n');
    expect(() => readCities(bad)).toThrow(/record #1: needs id, code \(string\) and name/);
  });

  it('stays under the size budget', () => {
    const size = statSync(join(dir, 'liaoning.topo.json')).size;
    expect(size).toBe(result.bytes);
    expect(size).toBeLessThanOrEqual(BUDGET_BYTES);
    expect(size).toBeLessThanOrEqual(120 * 1024);
  });

  it('carries the province, its city borders and its outline as merge and mesh would work them out on the page', () => {
    const topo = result.topology as unknown as Topo;
    const b = boundariesFromTopo(topo);
    const areas = topo.objects.cities.geometries.filter((g) => g.type === 'Polygon' || g.type === 'MultiPolygon');
    expect(b.land).toEqual(merge(topo, areas));
    expect(b.cityBorders).toEqual(mesh(topo, topo.objects.cities, (x, y) => x !== y));
    expect(b.outline).toEqual(mesh(topo, topo.objects.cities, (x, y) => x === y));
    expect(b.land.coordinates.length).toBeGreaterThan(0);
    expect(b.cityBorders.coordinates.length).toBeGreaterThan(0);
  });

  it('places each city name inside its city, where areaLabelPoint puts it', () => {
    const b = boundariesFromTopo(result.topology as unknown as Topo);
    for (const f of b.cities.features) {
      const outer = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).map((p) => (p[0] ?? []) as [number, number][]);
      const [lx, ly] = areaLabelPoint(outer, [f.properties.cx, f.properties.cy]);
      expect(f.properties.lx).toBeCloseTo(lx, 5);
      expect(f.properties.ly).toBeCloseTo(ly, 5);
      expect(outer.some((ring) => insideRing([f.properties.lx, f.properties.ly], ring)), f.properties.id).toBe(true);
    }
  });

  it('refuses a topology without those shapes, naming the file and the fix', () => {
    const { land: _land, ...rest } = (result.topology as unknown as Topo).objects;
    const old = { ...result.topology, objects: rest } as unknown as Topo;
    expect(() => boundariesFromTopo(old)).toThrow(/liaoning\.topo\.json.*land.*npm run geo/);
  });

  it('matches the committed public/data/liaoning.topo.json (rebuild with npx tsx scripts/geo/build-geo.ts)', () => {
    const committed = join(ROOT, 'public/data/liaoning.topo.json');
    if (!existsSync(committed)) return;
    expect(readFileSync(committed, 'utf8')).toBe(result.json);
  });
});
