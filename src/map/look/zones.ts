/**
 * How a zone looks and behaves on the map, whichever renderer draws it: which
 * zones show, the symbol's kind and size, how far it reaches (for rings, hit
 * areas, arrowheads and label offsets), the label's rank, size and weight.
 * The SVG map and the WebGL layers both read these; nothing here knows a renderer.
 */
import type { Role, Tier } from '../../data/types.ts';

export interface ZoneClass { tier: Tier; role: Role }
/** The legend's zone switches (a subset of the app's layers). */
export interface TierSwitches { national: boolean; provincial: boolean }

/** A tier shows when its legend switch is on. */
export const isShown = (z: Pick<ZoneClass, 'tier'>, layers: TierSwitches): boolean => layers[z.tier];

/** National zones are circles, provincial zones diamonds: tier told by shape as well as colour. */
export const symbolKind = (z: Pick<ZoneClass, 'tier'>): 'circle' | 'diamond' => (z.tier === 'national' ? 'circle' : 'diamond');

/** A diamond's corners stand this far out, in radii. */
export const DIAMOND_STRETCH = 1.25;

/** Symbol radius (px) by role and tier, times the map's scale. */
export function symbolRadius(z: ZoneClass, scale = 1): number {
  const r = z.role === 'core' ? 11 : z.tier === 'national' ? 8 : 7;
  return r * scale;
}

/** How far the symbol reaches from its centre (a diamond's corners are further out than its radius). */
export const reach = (z: ZoneClass, scale = 1): number =>
  symbolRadius(z, scale) * (symbolKind(z) === 'diamond' && z.role !== 'core' ? DIAMOND_STRETCH : 1);

/** The two cores wear a ring this far outside their symbol. */
export const CORE_RING_GAP = 3.5;
/** The selection ring's distance outside the symbol's reach, and its stroke. */
export const SELECTION_GAP = 7;
export const SELECTION_STROKE = 3;
/** The selection ring's radius (every map and the static pages draw it from here). */
export const selectionRadius = (z: ZoneClass, scale = 1): number => reach(z, scale) + SELECTION_GAP;
/** The symbols' outline (halo colour) width. */
export const SYMBOL_STROKE = 1.5;
/** How far a zone's pointer target (the SVG map's transparent hit circle) reaches outside its symbol. */
export const HIT_MARGIN = 8;
/** A zone's control is at least this big (WCAG 2.5.8), else its symbol plus a margin. */
export const hitSize = (z: ZoneClass, scale = 1): number => Math.max(24, 2 * reach(z, scale) + 8);

/** SVG path of a diamond centred on 0,0. */
export const diamondPath = (r: number): string => {
  const d = r * DIAMOND_STRETCH;
  return `M0,${-d}L${d},0L0,${d}L${-d},0Z`;
};

/** Label priority: cores first, then national, then provincial (lower is placed first). */
export const labelRank = (z: ZoneClass): number => (z.role === 'core' ? 0 : z.tier === 'national' ? 1 : 2);
/** A zone a story step names or brings forward is labelled before all others: it never loses its label. */
export const FORWARD_RANK = -1;
/** Zone label size (px): 13 px at scale 1, cores 15 % larger. */
export const labelPx = (z: ZoneClass, scale = 1): number => 13 * scale * (z.role === 'core' ? 1.15 : 1);
export const labelWeight = (z: ZoneClass): 600 | 700 => (z.role === 'core' ? 700 : 600);
/** The halo around a zone's label (px outside the glyph): MapLibre's text-halo-width. */
export const LABEL_HALO_WIDTH = 1.75;
/** The same halo as SVG presentation attributes (a stroke drawn under the fill is twice as wide): attributes, not CSS, so a picture of the map (export, the static pages' map file) keeps it. */
export const LABEL_HALO = { 'paint-order': 'stroke', 'stroke-width': 2 * LABEL_HALO_WIDTH, 'stroke-linejoin': 'round' } as const;
/** Gap between a symbol's reach and its label (px). */
export const LABEL_GAP = 4;
/** City names: smaller and greyer than the zones', never under 10 px. */
export const cityLabelPx = (scale = 1): number => Math.max(10, 11 * scale);

/**
 * Symbol and text scale of the map: larger for the projector and for large
 * text; a little smaller on a phone-sized map (under 560 px wide), where full
 * size symbols crowd the belt, unless the reader asked for large text.
 */
export function mapScale(theme: string | null, text: string, width = 0): number {
  const base = theme === 'projector' ? 1.35 : text === 'large' ? 1.2 : 1;
  return width > 0 && width < 560 && text !== 'large' ? base * 0.85 : base;
}

/** The three classes every per-class value is defined for (the WebGL style writes one expression over them). */
export const ZONE_CLASSES: readonly ZoneClass[] = [
  { role: 'core', tier: 'national' },
  { role: 'spillover', tier: 'national' },
  { role: 'spillover', tier: 'provincial' },
];
