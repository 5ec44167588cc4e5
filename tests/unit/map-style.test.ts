/**
 * The WebGL map's style and layer builders (src/map/gl): built only from the
 * project's own data, valid for MapLibre, with every layer, and with the tier
 * and role encodings the legend promises.
 */
import { describe, it, expect, beforeAll, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { validateStyleMin, createExpression, type StylePropertySpecification, type ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification, LayerSpecification } from 'maplibre-gl';
import type { Atlas } from '../../src/data/types.ts';
import { loadBoundaries, type Boundaries } from '../../src/data/geo.ts';
import { buildStyle, mapScale } from '../../src/map/gl/style.ts';
import { buildLayers, ZONE_LAYERS, IMAGE, type ViewInput } from '../../src/map/gl/layers.ts';
import { beltLabelPoint, zoneFeatures, cityLabelFeatures } from '../../src/map/gl/sources.ts';
import { areaLabelPoint, insideRing, mercator, type LonLat } from '../../src/map/geometry.ts';
import { dashSequence } from '../../src/map/gl/flow.ts';
import { FLOW_MS } from '../../src/map/look/motion.ts';
import { diamondImage, arrowImage } from '../../src/map/gl/images.ts';
import { PALETTES } from '../../src/ui/palette.ts';

const atlas = JSON.parse(readFileSync('public/data/atlas.json', 'utf8')) as Atlas;
let boundaries: Boundaries;
beforeAll(async () => {
  const topo = readFileSync('public/data/liaoning.topo.json', 'utf8');
  vi.stubGlobal('fetch', async () => new Response(topo));
  boundaries = await loadBoundaries();
  vi.unstubAllGlobals();
});

const VIEW: ViewInput = {
  lang: 'zh', theme: 'light', scale: 1, borders: true,
  layers: { belt: true, links: true, national: true, provincial: true, cities: true },
};
const style = (v: Partial<ViewInput> = {}): StyleSpecification => buildStyle({ ...VIEW, ...v, atlas, boundaries });
const layer = (layers: LayerSpecification[], id: string): LayerSpecification => {
  const l = layers.find((x) => x.id === id);
  if (!l) throw new Error(`no layer ${id}`);
  return l;
};
type Parts = { paint?: Record<string, unknown>; layout?: Record<string, unknown>; filter?: unknown };
const parts = (l: LayerSpecification): Parts => l as Parts;

/** Evaluates a data-driven style value for a feature (with feature state), as MapLibre would. */
function evaluate(value: unknown, spec: StylePropertySpecification, properties: Record<string, unknown>, state: Record<string, unknown> = {}, zoom = 6): unknown {
  const parsed = createExpression(value as ExpressionSpecification, 'test', spec);
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  return parsed.value.evaluate({ zoom }, { type: 'Point', properties, geometry: [] } as never, state);
}
const NUMBER: StylePropertySpecification = { type: 'number', 'property-type': 'data-driven', expression: { interpolated: true, parameters: ['zoom', 'feature', 'feature-state'] } } as StylePropertySpecification;
const BOOL: StylePropertySpecification = { type: 'boolean', 'property-type': 'data-constant', expression: { interpolated: false, parameters: ['zoom', 'feature'] } } as StylePropertySpecification;

const CLASSES = {
  core: { tier: 'national', role: 'core' },
  national: { tier: 'national', role: 'spillover' },
  provincial: { tier: 'provincial', role: 'spillover' },
} as const;

describe('map style: own data only', () => {
  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(style() as never)).toEqual([]);
    expect(validateStyleMin(style({ lang: 'en', theme: 'projector', scale: mapScale('projector', 'normal') }) as never)).toEqual([]);
  });

  it('has no glyph server, no sprite and no URL anywhere', () => {
    const s = style();
    expect(s).not.toHaveProperty('glyphs');
    expect(s).not.toHaveProperty('sprite');
    const text = JSON.stringify(s);
    expect(text).not.toMatch(/https?:|\/\/|mapbox:|maptiler|\.pbf|\{z\}/i);
    for (const [id, src] of Object.entries(s.sources)) {
      expect(src.type, id).toBe('geojson');
      // Inline data, never a URL to fetch.
      expect(typeof (src as { data: unknown }).data, id).toBe('object');
    }
  });

  it('uses only the images drawn in code (no sprite)', () => {
    const icons = new Set<string>();
    for (const l of style().layers) {
      const img = parts(l).layout?.['icon-image'];
      if (typeof img === 'string') icons.add(img);
    }
    expect([...icons].sort()).toEqual(Object.values(IMAGE).sort());
    const d = diamondImage();
    expect(d.data.length).toBe(d.width * d.height * 4);
    const a = arrowImage();
    expect(a.data.length).toBe(a.width * a.height * 4);
  });
});

describe('map style: layers', () => {
  const EXPECTED = [
    'background', 'neighbours-fill', 'neighbours-line', 'cities-fill', 'city-borders', 'outline',
    'belt-corridor', 'belt-line', 'links-general', 'links-special', 'links-hit', 'link-arrows',
    'city-labels', 'belt-label', 'zone-uncertainty', 'zone-selected', 'zone-core-ring',
    'zones-national', 'zones-provincial', 'zone-labels', 'zone-collision',
  ];

  it('has every layer, bottom to top, each on a source that exists', () => {
    const s = style();
    expect(s.layers.map((l) => l.id)).toEqual(EXPECTED);
    for (const l of s.layers) if ('source' in l) expect(Object.keys(s.sources), l.id).toContain(l.source);
    for (const id of ZONE_LAYERS) expect(EXPECTED).toContain(id);
  });

  it('carries the 15 zones, the two cores, the belt and every link', () => {
    const s = style();
    const zones = (s.sources.zones as { data: GeoJSON.FeatureCollection }).data.features;
    expect(zones).toHaveLength(15);
    expect(zones.filter((f) => f.properties?.role === 'core').map((f) => f.properties?.id).sort()).toEqual(['dalian', 'shenyang']);
    expect((s.sources.belt as { data: GeoJSON.FeatureCollection }).data.features).toHaveLength(1);
    expect((s.sources.corridor as { data: GeoJSON.FeatureCollection }).data.features).toHaveLength(1);
    expect((s.sources.links as { data: GeoJSON.FeatureCollection }).data.features).toHaveLength(atlas.links.length);
    // Selection and dimming go through feature state, keyed by the zone and link ids.
    expect(s.sources.zones).toMatchObject({ promoteId: 'id' });
    expect(s.sources.links).toMatchObject({ promoteId: 'id' });
  });

  it('labels in the current language', () => {
    expect(parts(layer(buildLayers(VIEW), 'zone-labels')).layout?.['text-field']).toEqual(['get', 'short_zh']);
    expect(parts(layer(buildLayers({ ...VIEW, lang: 'en' }), 'zone-labels')).layout?.['text-field']).toEqual(['get', 'short_en']);
    expect(parts(layer(buildLayers({ ...VIEW, lang: 'en' }), 'city-labels')).layout?.['text-field']).toEqual(['get', 'name_en']);
    expect(parts(layer(buildLayers({ ...VIEW, lang: 'en' }), 'belt-label')).layout?.['text-field']).toEqual(['get', 'label_en']);
    const props = zoneFeatures(atlas).features.find((f) => f.properties.id === 'benxi')?.properties;
    expect(props?.short_zh).toBe('本溪');
  });
});

describe('map style: encodings', () => {
  it('draws national zones as circles and provincial zones as diamonds', () => {
    const layers = buildLayers(VIEW);
    const nat = layer(layers, 'zones-national');
    const prov = layer(layers, 'zones-provincial');
    expect(nat.type).toBe('circle');
    expect(prov.type).toBe('symbol');
    expect(parts(prov).layout?.['icon-image']).toBe(IMAGE.diamond);
    const passes = (l: LayerSpecification, props: Record<string, unknown>): boolean => evaluate(parts(l).filter, BOOL, props) as boolean;
    expect(passes(nat, CLASSES.national)).toBe(true);
    expect(passes(nat, CLASSES.provincial)).toBe(false);
    expect(passes(prov, CLASSES.provincial)).toBe(true);
    expect(passes(prov, CLASSES.core)).toBe(false);
    // Different colours for the two tiers, from the palette.
    expect(parts(nat).paint?.['circle-color']).toBe(PALETTES.light.national);
    expect(parts(prov).paint?.['icon-color']).toBe(PALETTES.light.provincial);
    expect(PALETTES.light.national).not.toBe(PALETTES.light.provincial);
  });

  it('makes cores biggest and ringed, national bigger than provincial; the projector scales up', () => {
    const radius = (v: ViewInput, cls: Record<string, unknown>): number =>
      evaluate(parts(layer(buildLayers(v), 'zones-national')).paint?.['circle-radius'], NUMBER, cls) as number;
    const core = radius(VIEW, CLASSES.core);
    const nat = radius(VIEW, CLASSES.national);
    expect(core).toBeGreaterThan(nat);
    const provSize = evaluate(parts(layer(buildLayers(VIEW), 'zones-provincial')).layout?.['icon-size'], NUMBER, CLASSES.provincial) as number;
    expect(provSize).toBeGreaterThan(0);
    expect(radius({ ...VIEW, scale: mapScale('projector', 'normal') }, CLASSES.core)).toBeGreaterThan(core);
    const ring = layer(buildLayers(VIEW), 'zone-core-ring');
    expect(evaluate(parts(ring).filter, BOOL, CLASSES.core)).toBe(true);
    expect(evaluate(parts(ring).filter, BOOL, CLASSES.national)).toBe(false);
  });

  it('dims through feature state and highlights the selected zone', () => {
    const layers = buildLayers(VIEW);
    const opacity = parts(layer(layers, 'zones-national')).paint?.['circle-opacity'];
    expect(evaluate(opacity, NUMBER, CLASSES.national, { dim: false })).toBe(1);
    expect(evaluate(opacity, NUMBER, CLASSES.national, { dim: true })).toBeLessThan(0.6);
    const ring = parts(layer(layers, 'zone-selected')).paint?.['circle-stroke-opacity'];
    expect(evaluate(ring, NUMBER, CLASSES.national, { selected: true })).toBe(1);
    expect(evaluate(ring, NUMBER, CLASSES.national, {})).toBe(0);
    const link = parts(layer(layers, 'links-general')).paint?.['line-opacity'];
    expect(evaluate(link, NUMBER, { kind: 'general' }, { dim: true })).toBeLessThan(evaluate(link, NUMBER, { kind: 'general' }, {}) as number);
  });

  it('makes the sourced special links stand out from the general ones', () => {
    const layers = buildLayers(VIEW);
    const general = parts(layer(layers, 'links-general')).paint as Record<string, number | string>;
    const special = parts(layer(layers, 'links-special')).paint as Record<string, number | string>;
    expect(special['line-width']).toBeGreaterThan(general['line-width'] as number);
    expect(special['line-color']).not.toBe(general['line-color']);
    expect(general['line-dasharray']).toBeDefined();
  });

  it('switches layers with the legend and hides city borders with ?boundaries=off', () => {
    const vis = (v: ViewInput, id: string): unknown => parts(layer(buildLayers(v), id)).layout?.visibility;
    expect(vis(VIEW, 'city-borders')).toBe('visible');
    expect(vis({ ...VIEW, borders: false }, 'city-borders')).toBe('none');
    const off = { ...VIEW, layers: { belt: false, links: false, national: false, provincial: true, cities: false } };
    for (const id of ['belt-corridor', 'belt-line', 'belt-label', 'links-general', 'links-special', 'link-arrows', 'zones-national', 'city-labels']) expect(vis(off, id), id).toBe('none');
    for (const id of ['zones-provincial', 'zone-labels', 'outline', 'cities-fill']) expect(vis(off, id) ?? 'visible', id).toBe('visible');
    // The labels of a hidden tier go too.
    const labels = layer(buildLayers(off), 'zone-labels');
    expect(evaluate(parts(labels).filter, BOOL, { ...CLASSES.national, ls: true })).toBe(false);
    expect(evaluate(parts(labels).filter, BOOL, { ...CLASSES.provincial, ls: true })).toBe(true);
    // …and a label the shared placement leaves out (look/label-layout.ts) is not drawn.
    expect(evaluate(parts(labels).filter, BOOL, { ...CLASSES.provincial, ls: false })).toBe(false);
  });

  it('follows the theme with paint changes only (same layers, same sources)', () => {
    const light = style();
    const dark = style({ theme: 'dark' });
    expect(dark.layers.map((l) => l.id)).toEqual(light.layers.map((l) => l.id));
    expect(parts(layer(dark.layers, 'background')).paint?.['background-color']).toBe(PALETTES.dark.sea);
  });
});

describe('map label placement', () => {
  it('puts the belt label on the line, well away from every zone, never upside down', () => {
    const zones = atlas.zones.map((z) => [z.location.lon, z.location.lat] as LonLat);
    const { at, angle } = beltLabelPoint(atlas.belt.line as LonLat[], zones);
    expect(Math.abs(angle)).toBeLessThanOrEqual(90);
    const clear = (p: LonLat): number => Math.min(...zones.map((z) => Math.hypot(mercator(z)[0] - mercator(p)[0], mercator(z)[1] - mercator(p)[1])));
    // Farther from the zones than any vertex of the line.
    for (const v of atlas.belt.line as LonLat[]) expect(clear(at)).toBeGreaterThanOrEqual(clear(v) - 1e-9);
  });

  it('puts city names inside their city', () => {
    const labels = cityLabelFeatures(boundaries).features;
    expect(labels).toHaveLength(14);
    for (const f of labels) {
      const city = boundaries.cities.features.find((c) => c.properties.id === f.properties.id);
      const polys = city?.geometry.type === 'Polygon' ? [city.geometry.coordinates] : (city?.geometry.coordinates ?? []);
      const p = f.geometry.coordinates as LonLat;
      expect(polys.some((poly) => insideRing(mercator(p), (poly[0] as LonLat[]).map(mercator))), f.properties.name_en).toBe(true);
    }
  });

  it('falls back to the seat when the centroid is outside the shape', () => {
    // A C shape: its centroid lies in the gap.
    const c: LonLat[] = [[0, 0], [3, 0], [3, 1], [1, 1], [1, 2], [3, 2], [3, 3], [0, 3], [0, 0]];
    expect(areaLabelPoint([c], [0.5, 1.5])).toEqual([0.5, 1.5]);
    const square: LonLat[] = [[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]];
    const [x, y] = areaLabelPoint([square], [9, 9]);
    expect(x).toBeCloseTo(1, 5);
    expect(y).toBeCloseTo(1, 2);
  });
});

describe('link flow', () => {
  it('steps through dash patterns of one period', () => {
    const seq = dashSequence(4, 4);
    expect(seq).toHaveLength(8);
    for (const d of seq) expect(d.reduce((a, b) => a + b, 0)).toBe(8);
  });
  it('stops by itself within 5 s (WCAG 2.2.2: Pause, Stop, Hide)', () => {
    expect(FLOW_MS).toBeGreaterThan(0);
    expect(FLOW_MS).toBeLessThanOrEqual(5_000);
  });
});
