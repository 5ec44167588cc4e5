/**
 * The WebGL map's layers, bottom to top, and the properties that follow the
 * view (language, theme, text size, legend toggles). `dynamicProps` is the one
 * place those are computed: the initial style merges it in, and the live map
 * applies only what changed (setPaintProperty / setLayoutProperty / setFilter).
 * Selection and dimming are feature states (`selected`, `dim`), not style.
 */
import type { LayerSpecification, FilterSpecification } from 'maplibre-gl';
import type { Lang } from '../../data/types.ts';
import type { Theme } from '../../state/params.ts';
import { PALETTES } from '../../ui/palette.ts';
import { FONT_FAMILIES } from '../../ui/tokens.ts';
import { CORE_RING_GAP, FORWARD_RANK, LABEL_HALO_WIDTH, SELECTION_STROKE, SYMBOL_STROKE, cityLabelPx, labelPx, reach, selectionRadius, symbolRadius, type ZoneClass } from '../look/zones.ts';
import { BELT_LABEL_PX, BELT_LINE_WIDTH, DIM_LINK_OPACITY, LINK_LOOK } from '../look/links.ts';
import { dimmedZoneOpacity } from '../look/emphasis.ts';
import type { Layers } from '../../state/app.svelte.ts';
import { ARROW_TIP, DIAMOND_R, BOX_SIZE } from './images.ts';

export interface ViewInput {
  lang: Lang;
  theme: Theme;
  /** Symbol and text scale: 1.35 projector, 1.2 large text (as the SVG map). */
  scale: number;
  layers: Layers;
  /** City borders (app.view.boundaries). */
  borders: boolean;
  /** Zones brought forward (a story step's, the explorer's): their labels are placed first. */
  forward?: readonly string[];
}

/** CJK-first system fonts (ui/tokens.ts); MapLibre reads the weight from the first name, the browser uses the rest. */
const FONTS = FONT_FAMILIES;
export const FONT_STACKS = {
  regular: ['PingFang SC Regular', ...FONTS],
  semibold: ['PingFang SC Semibold', ...FONTS],
  bold: ['PingFang SC Bold', ...FONTS],
};
export const LOCAL_IDEOGRAPH_FONTS = FONTS.join(', ');

export const IMAGE = { diamond: 'atlas-diamond', arrow: 'atlas-arrow', box: 'atlas-box' } as const;
/** Layers whose rendered features are the zones (for hit-testing and the test hook). */
export const ZONE_LAYERS = ['zones-national', 'zones-provincial'] as const;

type Props = Record<string, unknown>;
export interface Dynamic { paint?: Props; layout?: Props; filter?: FilterSpecification }

const CORE = ['==', ['get', 'role'], 'core'];
const NATIONAL = ['==', ['get', 'tier'], 'national'];
const DIM = ['boolean', ['feature-state', 'dim'], false];
const SELECTED = ['boolean', ['feature-state', 'selected'], false];
const vis = (on: boolean): 'visible' | 'none' => (on ? 'visible' : 'none');

/** A number per zone class (core / national / provincial), as an expression. */
const byClass = (f: (z: ZoneClass) => number): unknown[] =>
  ['case', CORE, f({ role: 'core', tier: 'national' }), NATIONAL, f({ role: 'spillover', tier: 'national' }), f({ role: 'spillover', tier: 'provincial' })];

export function dynamicProps(v: ViewInput): Record<string, Dynamic> {
  const p = PALETTES[v.theme];
  const s = v.scale;
  const tiers = (['national', 'provincial'] as const).filter((t) => v.layers[t]);
  const shown = ['in', ['get', 'tier'], ['literal', tiers]];
  const zoneFilter = (...more: unknown[]): FilterSpecification => (more.length ? ['all', shown, ...more] : shown) as FilterSpecification;
  const anyZones = tiers.length > 0;
  // Dimmed zones fade; in the explorer a weaker basis is a little fainter (feature state `strength`, look/emphasis.ts).
  const zoneOpacity = ['case', DIM, dimmedZoneOpacity(p.dim), ['number', ['feature-state', 'strength'], 1]];
  const linkOpacity = (normal: number): unknown[] => ['case', DIM, DIM_LINK_OPACITY, normal];
  // The arrow's tip stops 2 px short of the target symbol's edge (icon-offset is in icon units, along the rotated icon).
  const arrowSize = { special: LINK_LOOK.special.arrowSize * s, general: LINK_LOOK.general.arrowSize * s };
  const arrowOffset = (size: number): unknown[] =>
    ['interpolate', ['linear'], ['get', 'toReach'], 0, ['literal', [-(2 / size) - ARROW_TIP, 0]], 20, ['literal', [-((20 * s + 2) / size) - ARROW_TIP, 0]]];
  return {
    background: { paint: { 'background-color': p.sea } },
    'neighbours-fill': { paint: { 'fill-color': p.neighbour } },
    'neighbours-line': { paint: { 'line-color': p.neighbourStroke } },
    'cities-fill': { paint: { 'fill-color': p.land } },
    'city-borders': { paint: { 'line-color': p.landStroke }, layout: { visibility: vis(v.borders) } },
    outline: { paint: { 'line-color': p.landStroke } },
    'belt-corridor': { paint: { 'fill-color': p.beltFill, 'fill-opacity': p.beltOpacity }, layout: { visibility: vis(v.layers.belt) } },
    'belt-line': { paint: { 'line-color': p.belt, 'line-width': BELT_LINE_WIDTH * s }, layout: { visibility: vis(v.layers.belt) } },
    'links-general': { paint: { 'line-color': p.linkGeneral, 'line-width': LINK_LOOK.general.width * s, 'line-opacity': linkOpacity(LINK_LOOK.general.opacity) }, layout: { visibility: vis(v.layers.links) } },
    'links-special': { paint: { 'line-color': p.linkSpecial, 'line-width': LINK_LOOK.special.width * s, 'line-opacity': linkOpacity(LINK_LOOK.special.opacity) }, layout: { visibility: vis(v.layers.links) } },
    'links-hit': { layout: { visibility: vis(v.layers.links) } },
    'link-arrows': {
      paint: {
        'icon-color': ['match', ['get', 'kind'], 'special', p.linkSpecial, p.linkGeneral],
        'icon-opacity': ['case', DIM, DIM_LINK_OPACITY, ['match', ['get', 'kind'], 'special', LINK_LOOK.special.arrowOpacity, LINK_LOOK.general.arrowOpacity]],
      },
      layout: {
        visibility: vis(v.layers.links),
        'icon-size': ['match', ['get', 'kind'], 'special', arrowSize.special, arrowSize.general],
        'icon-offset': ['match', ['get', 'kind'], 'special', arrowOffset(arrowSize.special), arrowOffset(arrowSize.general)],
      },
    },
    'city-labels': {
      paint: { 'text-color': p.cityLabel, 'text-halo-color': p.land },
      layout: { visibility: vis(v.layers.cities), 'text-field': ['get', `name_${v.lang}`], 'text-size': cityLabelPx(s) },
    },
    'belt-label': {
      paint: { 'text-color': p.belt, 'text-halo-color': p.halo },
      layout: { visibility: vis(v.layers.belt), 'text-field': ['get', `label_${v.lang}`], 'text-size': BELT_LABEL_PX * s },
    },
    'zone-uncertainty': {
      paint: { 'circle-stroke-color': p.selected },
      layout: { visibility: vis(anyZones) },
      filter: zoneFilter(['>', ['get', 'uncertainty0'], 0]),
    },
    'zone-selected': {
      paint: { 'circle-radius': byClass((z) => selectionRadius(z, s)), 'circle-stroke-color': p.selected, 'circle-stroke-opacity': ['case', SELECTED, 1, 0] },
      layout: { visibility: vis(anyZones) },
      filter: zoneFilter(),
    },
    'zone-core-ring': {
      paint: { 'circle-radius': symbolRadius({ role: 'core', tier: 'national' }, s) + CORE_RING_GAP, 'circle-color': p.halo, 'circle-stroke-color': p.ring, 'circle-opacity': zoneOpacity, 'circle-stroke-opacity': zoneOpacity },
      layout: { visibility: vis(anyZones) },
      filter: zoneFilter(CORE),
    },
    'zones-national': {
      paint: { 'circle-radius': byClass((z) => symbolRadius(z, s)), 'circle-color': p.national, 'circle-stroke-color': p.halo, 'circle-opacity': zoneOpacity, 'circle-stroke-opacity': zoneOpacity },
      layout: { visibility: vis(v.layers.national) },
    },
    'zones-provincial': {
      paint: { 'icon-color': p.provincial, 'icon-halo-color': p.halo, 'icon-opacity': zoneOpacity },
      layout: { visibility: vis(v.layers.provincial), 'icon-size': byClass((z) => symbolRadius(z, s) / DIAMOND_R) },
    },
    'zone-labels': {
      paint: { 'text-color': p.text, 'text-halo-color': p.halo, 'text-opacity': zoneOpacity },
      layout: {
        visibility: vis(anyZones),
        'text-field': ['get', `short_${v.lang}`],
        'symbol-sort-key': v.forward?.length ? ['case', ['in', ['get', 'id'], ['literal', [...v.forward]]], FORWARD_RANK, ['get', 'rank']] : ['get', 'rank'],
        'text-size': byClass((z) => labelPx(z, s)),
      },
      // Placed as the SVG map places them (look/label-layout.ts, set on the features): a label it leaves out is not drawn.
      filter: zoneFilter(['==', ['get', 'ls'], true]),
    },
    'zone-collision': {
      layout: { visibility: vis(anyZones), 'icon-size': byClass((z) => (2 * reach(z, s) + 2) / BOX_SIZE) },
      filter: zoneFilter(),
    },
  };
}

/** Layers bottom to top, with what never changes; `dynamicProps` is merged in. */
const STATIC: LayerSpecification[] = [
  { id: 'background', type: 'background' },
  { id: 'neighbours-fill', type: 'fill', source: 'neighbours' },
  { id: 'neighbours-line', type: 'line', source: 'neighbours', paint: { 'line-width': 0.8 } },
  { id: 'cities-fill', type: 'fill', source: 'cities' },
  { id: 'city-borders', type: 'line', source: 'city-borders', paint: { 'line-width': 0.7, 'line-dasharray': [4, 3] } },
  { id: 'outline', type: 'line', source: 'outline', paint: { 'line-width': 1.2 }, layout: { 'line-join': 'round' } },
  { id: 'belt-corridor', type: 'fill', source: 'corridor' },
  { id: 'belt-line', type: 'line', source: 'belt', layout: { 'line-cap': 'round', 'line-join': 'round' } },
  { id: 'links-general', type: 'line', source: 'links', filter: ['==', ['get', 'kind'], 'general'], paint: { 'line-dasharray': [...(LINK_LOOK.general.dash ?? [])], 'line-dasharray-transition': { duration: 0 } } },
  { id: 'links-special', type: 'line', source: 'links', filter: ['==', ['get', 'kind'], 'special'], layout: { 'line-cap': 'round' } },
  // Invisible and wide: makes the thin links easy to hover.
  { id: 'links-hit', type: 'line', source: 'links', paint: { 'line-width': 12, 'line-opacity': 0 } },
  {
    id: 'link-arrows', type: 'symbol', source: 'arrows',
    layout: { 'icon-image': IMAGE.arrow, 'icon-rotate': ['get', 'angle'], 'icon-rotation-alignment': 'map', 'icon-allow-overlap': true, 'icon-ignore-placement': true },
  },
  {
    id: 'city-labels', type: 'symbol', source: 'city-labels',
    // In each city's body; context only, so it gives way to the zones (it may move a little, or hide).
    layout: { 'text-font': FONT_STACKS.regular, 'text-variable-anchor': ['center', 'top', 'bottom'], 'text-radial-offset': 0.6, 'text-padding': 2 },
    paint: { 'text-halo-width': 1 },
  },
  {
    id: 'belt-label', type: 'symbol', source: 'belt-label',
    // Beside the line (offset across it, in the turned frame), along the line's longest straight stretch.
    layout: {
      'text-font': FONT_STACKS.semibold, 'text-rotate': ['get', 'angle'], 'text-rotation-alignment': 'map', 'text-offset': [0, -1.2],
      'text-max-width': 14, 'text-letter-spacing': 0.05, 'text-padding': 1,
    },
    paint: { 'text-halo-width': 1.6 },
  },
  {
    id: 'zone-uncertainty', type: 'circle', source: 'zones',
    // The location's uncertainty as a true-to-scale circle: pixels double with each zoom level.
    paint: { 'circle-radius': ['interpolate', ['exponential', 2], ['zoom'], 0, ['get', 'uncertainty0'], 12, ['*', ['get', 'uncertainty0'], 4096]], 'circle-opacity': 0, 'circle-stroke-width': 1.2, 'circle-stroke-opacity': ['case', SELECTED, 0.8, 0] },
  },
  { id: 'zone-selected', type: 'circle', source: 'zones', paint: { 'circle-opacity': 0, 'circle-stroke-width': SELECTION_STROKE } },
  { id: 'zone-core-ring', type: 'circle', source: 'zones', paint: { 'circle-stroke-width': SYMBOL_STROKE } },
  { id: 'zones-national', type: 'circle', source: 'zones', filter: NATIONAL as FilterSpecification, paint: { 'circle-stroke-width': SYMBOL_STROKE } },
  {
    id: 'zones-provincial', type: 'symbol', source: 'zones', filter: ['==', ['get', 'tier'], 'provincial'],
    layout: { 'icon-image': IMAGE.diamond, 'icon-allow-overlap': true, 'icon-ignore-placement': true },
    paint: { 'icon-halo-width': SYMBOL_STROKE },
  },
  {
    id: 'zone-labels', type: 'symbol', source: 'zones',
    layout: {
      'text-font': ['case', CORE, ['literal', FONT_STACKS.bold], ['literal', FONT_STACKS.semibold]],
      // Where look/label-layout.ts put it (the same placement as the SVG map's); its box still keeps city names away.
      'text-anchor': ['get', 'la'],
      'text-offset': ['get', 'lo'],
      'text-allow-overlap': true,
      'text-justify': 'auto',
      'text-padding': 1,
    },
    paint: { 'text-halo-width': LABEL_HALO_WIDTH },
  },
  // On top, so placed first: invisible boxes over the zone symbols that the labels below must avoid.
  {
    id: 'zone-collision', type: 'symbol', source: 'zones',
    layout: { 'icon-image': IMAGE.box, 'icon-allow-overlap': true, 'icon-ignore-placement': false },
    paint: { 'icon-opacity': 0 },
  },
] as LayerSpecification[];

export function buildLayers(v: ViewInput): LayerSpecification[] {
  const dyn = dynamicProps(v);
  return STATIC.map((l) => {
    const d = dyn[l.id];
    if (!d) return l;
    const own = l as { paint?: Props; layout?: Props; filter?: FilterSpecification };
    const paint = { ...own.paint, ...d.paint };
    const layout = { ...own.layout, ...d.layout };
    // A layer's own filter (e.g. tier) and the view's (shown tiers) both apply.
    const filter = own.filter && d.filter ? ['all', own.filter, d.filter] : (d.filter ?? own.filter);
    return { ...l, paint, layout, ...(filter ? { filter } : {}) } as LayerSpecification;
  });
}
