/**
 * One map language: the WebGL layers and the SVG map read how a zone, a link,
 * the belt and a label look from src/map/look/. The SVG map draws straight
 * from those functions; here the WebGL style's expressions are evaluated for
 * the same zone classes and links and must give the same values.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { createExpression, type StylePropertySpecification, type ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import type { Atlas, Link } from '../../src/data/types.ts';
import { buildLayers, type ViewInput } from '../../src/map/gl/layers.ts';
import { linkFeatures, zoneFeatures } from '../../src/map/gl/sources.ts';
import { DIAMOND_R } from '../../src/map/gl/images.ts';
import { ZONE_CLASSES, isShown, labelPx, labelRank, reach, symbolKind, symbolRadius, cityLabelPx, FORWARD_RANK, SELECTION_GAP, CORE_RING_GAP, diamondPath, DIAMOND_STRETCH } from '../../src/map/look/zones.ts';
import { LINK_LOOK, DIM_LINK_OPACITY, BELT_LINE_WIDTH, hasArrow, linkDimmed } from '../../src/map/look/links.ts';
import { flowRuns, moveMs } from '../../src/map/look/motion.ts';
import { strongestBasis, zoneEmphasis } from '../../src/map/look/emphasis.ts';
import { centreFrame, fitFrame, flipTransform, mercator, unmercator, type Bounds } from '../../src/map/geometry.ts';
import { changes } from '../../src/map/gl/apply.ts';

/** A sample frame (about Liaoning's); the app's comes from the geography build. */
const LIAONING_BOUNDS: Bounds = [[118.8, 38.65], [125.8, 43.5]];

const atlas = JSON.parse(readFileSync('public/data/atlas.json', 'utf8')) as Atlas;
const VIEW: ViewInput = { lang: 'zh', theme: 'light', scale: 1.35, borders: true, layers: { belt: true, links: true, national: true, provincial: true, cities: true } };
const NUMBER = { type: 'number', 'property-type': 'data-driven', expression: { interpolated: true, parameters: ['zoom', 'feature', 'feature-state'] } } as StylePropertySpecification;
const BOOL = { type: 'boolean', 'property-type': 'data-constant', expression: { interpolated: false, parameters: ['zoom', 'feature'] } } as StylePropertySpecification;
function evaluate(value: unknown, spec: StylePropertySpecification, properties: object, state: Record<string, unknown> = {}): unknown {
  const parsed = createExpression(value as ExpressionSpecification, 'test', spec);
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  return parsed.value.evaluate({ zoom: 6 }, { type: 'Point', properties, geometry: [] } as never, state);
}
type Parts = { paint?: Record<string, unknown>; layout?: Record<string, unknown>; filter?: unknown };
const layer = (id: string, v = VIEW): Parts => {
  const l = buildLayers(v).find((x: LayerSpecification) => x.id === id);
  if (!l) throw new Error(`no layer ${id}`);
  return l as Parts;
};

describe('map look: the WebGL layers read the same values as the SVG map', () => {
  for (const z of ZONE_CLASSES) {
    const name = `${z.role}/${z.tier}`;
    it(`${name}: symbol kind, size and label`, () => {
      const s = VIEW.scale;
      if (symbolKind(z) === 'circle') {
        expect(evaluate(layer('zones-national').paint?.['circle-radius'], NUMBER, z)).toBeCloseTo(symbolRadius(z, s));
        expect(evaluate(layer('zones-national').filter ?? ['==', ['get', 'tier'], 'national'], BOOL, z)).toBe(true);
      } else {
        expect((evaluate(layer('zones-provincial').layout?.['icon-size'], NUMBER, z) as number) * DIAMOND_R).toBeCloseTo(symbolRadius(z, s));
      }
      expect(evaluate(layer('zone-labels').layout?.['text-size'], NUMBER, z)).toBeCloseTo(labelPx(z, s));
      expect(evaluate(layer('zone-selected').paint?.['circle-radius'], NUMBER, z)).toBeCloseTo(reach(z, s) + SELECTION_GAP);
    });
  }
  it('the core ring, city labels and the belt', () => {
    const s = VIEW.scale;
    expect(layer('zone-core-ring').paint?.['circle-radius']).toBeCloseTo(symbolRadius({ role: 'core', tier: 'national' }, s) + CORE_RING_GAP);
    expect(layer('city-labels').layout?.['text-size']).toBeCloseTo(cityLabelPx(s));
    expect(layer('belt-line').paint?.['line-width']).toBeCloseTo(BELT_LINE_WIDTH * s);
  });
  it('a diamond reaches 1.25 r, on the SVG path and in the reach', () => {
    expect(diamondPath(8)).toBe(`M0,${-8 * DIAMOND_STRETCH}L${8 * DIAMOND_STRETCH},0L0,${8 * DIAMOND_STRETCH}L${-8 * DIAMOND_STRETCH},0Z`);
    expect(reach({ role: 'spillover', tier: 'provincial' }, 1)).toBe(7 * DIAMOND_STRETCH);
  });
  it('label rank: the features carry the look\'s rank', () => {
    for (const f of zoneFeatures(atlas).features) {
      const z = atlas.zones.find((x) => x.id === f.properties.id);
      expect(z && f.properties.rank).toBe(z && labelRank(z));
    }
  });
  it('links: widths, opacity and dimming', () => {
    for (const kind of ['special', 'general'] as const) {
      const l = layer(`links-${kind}`);
      expect(l.paint?.['line-width']).toBeCloseTo(LINK_LOOK[kind].width * VIEW.scale);
      expect(evaluate(l.paint?.['line-opacity'], NUMBER, { kind }, { dim: false })).toBeCloseTo(LINK_LOOK[kind].opacity);
      expect(evaluate(l.paint?.['line-opacity'], NUMBER, { kind }, { dim: true })).toBeCloseTo(DIM_LINK_OPACITY);
    }
  });
  it('zone opacity: dimmed, or the explorer\'s basis strength, as the SVG map draws it', () => {
    const op = layer('zones-national').paint?.['circle-opacity'];
    const c = { role: 'spillover', tier: 'national' };
    expect(evaluate(op, NUMBER, c, { dim: false })).toBe(1);
    expect(evaluate(op, NUMBER, c, { dim: false, strength: 0.8 })).toBeCloseTo(0.8);
    expect(evaluate(op, NUMBER, c, { dim: true, strength: 0.8 })).toBeCloseTo(0.4);
  });
  it('a zone brought forward is labelled first (story steps never lose their zone\'s label)', () => {
    const key = layer('zone-labels', { ...VIEW, forward: ['benxi'] }).layout?.['symbol-sort-key'];
    expect(evaluate(key, NUMBER, { id: 'benxi', rank: 2 })).toBe(FORWARD_RANK);
    expect(evaluate(key, NUMBER, { id: 'dalian', rank: 0 })).toBe(0);
    expect(FORWARD_RANK).toBeLessThan(Math.min(...ZONE_CLASSES.map(labelRank)));
  });
  it('tier visibility: the legend switch hides a tier on both maps', () => {
    const v = { ...VIEW, layers: { ...VIEW.layers, provincial: false } };
    expect(layer('zones-provincial', v).layout?.visibility).toBe('none');
    expect(isShown({ tier: 'provincial' }, v.layers)).toBe(false);
    expect(isShown({ tier: 'national' }, v.layers)).toBe(true);
  });
});

describe('links: an arrowhead only where the sentence gives a direction', () => {
  const { lines, arrows } = linkFeatures(atlas);
  it('every directed link has an arrowhead, no grouping has one', () => {
    const arrowIds = new Set(arrows.features.map((f) => f.properties.id));
    for (const l of atlas.links) expect(arrowIds.has(l.id), l.id).toBe(hasArrow(l));
    expect(lines.features).toHaveLength(atlas.links.length);
  });
  it('the data has both kinds (the 沈大鞍 and 辽宁中部 groupings are undirected)', () => {
    expect(atlas.links.some((l) => l.directed)).toBe(true);
    expect(atlas.links.some((l) => !l.directed)).toBe(true);
  });
  const link = (directed: boolean): Pick<Link, 'from' | 'to' | 'directed'> => ({ from: 'a', to: 'b', directed });
  it('a directed link stays with its target, a grouping with either member', () => {
    expect(linkDimmed(link(true), null)).toBe(false);
    expect(linkDimmed(link(true), new Set(['a']))).toBe(true);
    expect(linkDimmed(link(true), new Set(['b']))).toBe(false);
    expect(linkDimmed(link(false), new Set(['a']))).toBe(false);
    expect(linkDimmed(link(false), new Set(['c']))).toBe(true);
  });
});

describe('motion policy', () => {
  const base = { awake: true, linksShown: true, reducedMotion: false, onScreen: true, pageVisible: true };
  it('flows only awake, shown, on screen, in a visible tab and without reduced motion', () => {
    expect(flowRuns(base)).toBe(true);
    for (const k of ['awake', 'linksShown', 'onScreen', 'pageVisible'] as const) expect(flowRuns({ ...base, [k]: false })).toBe(false);
    expect(flowRuns({ ...base, reducedMotion: true })).toBe(false);
  });
  it('moves cut under reduced motion', () => {
    expect(moveMs(1200, true)).toBe(0);
    expect(moveMs(1200, false)).toBe(1200);
  });
});

describe('emphasis: the explorer by basis strength, the compared zones', () => {
  it('keeps each zone\'s strongest basis', () => {
    const claims = [
      { zone: 'a', industry: 'x', basis: 'external' },
      { zone: 'a', industry: 'x', basis: 'zone' },
      { zone: 'b', industry: 'x', basis: 'city' },
      { zone: 'c', industry: 'y', basis: 'zone' },
    ] as Atlas['claims'];
    const m = strongestBasis(claims, 'x');
    expect([...m]).toEqual([['a', 'zone'], ['b', 'city']]);
    const e = (id: string) => zoneEmphasis(id, { highlighted: new Set(m.keys()), industryBasis: m, compare: ['c', 'a'] });
    expect(e('a')).toEqual({ dimmed: false, basis: 'zone', opacity: 1, compared: 2 });
    expect(e('b').opacity).toBeLessThan(1);
    expect(e('c')).toEqual({ dimmed: true, basis: null, opacity: 1, compared: 1 });
  });
});

describe('projection and camera frames', () => {
  it('unmercator inverts mercator', () => {
    for (const p of [[123.4, 41.8], [121.6, 38.9], [0, 0]] as [number, number][]) {
      const [x, y] = mercator(p);
      const [lon, lat] = unmercator(x, y);
      expect(lon).toBeCloseTo(p[0], 9);
      expect(lat).toBeCloseTo(p[1], 9);
    }
  });
  it('a centred frame puts its centre in the middle; the flip transform maps the new frame onto the old', () => {
    const c: [number, number] = [123.4, 41.8];
    const to = centreFrame(c, 8, 800, 600);
    expect(to.project(c)[0]).toBeCloseTo(400);
    expect(to.project(c)[1]).toBeCloseTo(300);
    const from = fitFrame(LIAONING_BOUNDS, 800, 600, { top: 0, right: 0, bottom: 0, left: 0 });
    const m = /matrix\(([^,]+),0,0,[^,]+,([^,]+),([^)]+)\)/.exec(flipTransform(from, to));
    expect(m).not.toBeNull();
    const [r, tx, ty] = (m as RegExpExecArray).slice(1).map(Number) as [number, number, number];
    const p: [number, number] = [121.6, 38.9];
    const [nx, ny] = to.project(p);
    expect(nx * r + tx).toBeCloseTo(from.project(p)[0], 6);
    expect(ny * r + ty).toBeCloseTo(from.project(p)[1], 6);
  });
});

describe('apply: a live map follows the built layers', () => {
  it('sets changed keys and unsets keys a new style no longer has', () => {
    expect(changes({ a: 1, b: 2 }, { a: 1, b: 3 })).toEqual([['b', 3]]);
    expect(changes({ a: 1, gone: 'x' }, { a: 1 })).toEqual([['gone', undefined]]);
    expect(changes(undefined, { a: 1 })).toEqual([['a', 1]]);
  });
});

describe('labels: both maps place them the same way', () => {
  it('the WebGL anchor and offset reproduce the shared placement', async () => {
    const { zoneLabelInputs, placeZoneLabels, glLabel } = await import('../../src/map/look/label-layout.ts');
    const frame = fitFrame(LIAONING_BOUNDS, 1280, 720, { top: 32, right: 32, bottom: 40, left: 32 });
    const at = (z: (typeof atlas.zones)[number]): [number, number] => frame.project([z.location.lon, z.location.lat]);
    const inputs = zoneLabelInputs(atlas.zones, at, { scale: 1.35, lang: 'zh', forward: null });
    const placed = placeZoneLabels(inputs, { width: 1280, height: 720 });
    expect(placed.every((p) => p.shown), 'every zone is labelled at the home view').toBe(true);
    placed.forEach((p, i) => {
      const input = inputs[i] as (typeof inputs)[number];
      const z = atlas.zones[i] as (typeof atlas.zones)[number];
      const gl = glLabel(p, input, z, 1.35);
      const px = labelPx(z, 1.35);
      expect(input.x + gl.offset[0] * px).toBeCloseTo(p.x, 6);
      expect(input.y + gl.offset[1] * px).toBeCloseTo(p.y, 6);
      expect(gl.anchor).toBe({ start: 'left', end: 'right', middle: 'center' }[p.anchor]);
    });
  });
});
