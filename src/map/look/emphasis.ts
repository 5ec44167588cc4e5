/**
 * What the map brings forward besides the selection, for both renderers: the
 * industry explorer's result by the strength of each zone's basis (a mark and
 * a fade, not only dimming), a story step's zones, and the zones being compared
 * (a dashed ring with their column number).
 */
import type { Basis, IndustryClaim } from '../../data/types.ts';

/** Stronger bases first: the sentence names the zone; a group of zones; its demonstration zone or city; an outside source. */
export const BASIS_STRENGTH: Record<Basis, number> = { zone: 4, group: 3, demo: 2, city: 2, external: 1 };
/** How much more a dimmed zone keeps than the palette's `dim`: its symbol and name stay findable among the brought-forward ones. */
const DIMMED_ZONE_LIFT = 0.15;
/** The opacity of a dimmed zone (symbol and name), on both maps. */
export const dimmedZoneOpacity = (dim: number): number => dim + DIMMED_ZONE_LIFT;
/** Opacity of a zone by the strength of its basis in the explorer (1 = as drawn). */
const STRENGTH_OPACITY: Record<number, number> = { 4: 1, 3: 0.9, 2: 0.8, 1: 0.7 };

/** Each zone's strongest basis for an industry. */
export function strongestBasis(claims: readonly IndustryClaim[], industry: string): Map<string, Basis> {
  const out = new Map<string, Basis>();
  for (const c of claims) {
    if (c.industry !== industry) continue;
    const had = out.get(c.zone);
    if (!had || BASIS_STRENGTH[c.basis] > BASIS_STRENGTH[had]) out.set(c.zone, c.basis);
  }
  return out;
}

export interface EmphasisInput {
  /** Zones brought forward (story step or industry filter); null = all. */
  highlighted: ReadonlySet<string> | null;
  /** With an industry filter: each matching zone's strongest basis. */
  industryBasis: ReadonlyMap<string, Basis> | null;
  compare: readonly string[];
}

export interface ZoneEmphasis {
  dimmed: boolean;
  /** The explorer's basis for this zone, shown as a mark beside the symbol. */
  basis: Basis | null;
  /** Multiplies the symbol's opacity (weaker bases a little fainter). */
  opacity: number;
  /** 1-based column in the comparison, or null. */
  compared: number | null;
}

export function zoneEmphasis(id: string, e: EmphasisInput): ZoneEmphasis {
  const basis = e.industryBasis?.get(id) ?? null;
  const at = e.compare.indexOf(id);
  return {
    dimmed: e.highlighted !== null && !e.highlighted.has(id),
    basis,
    opacity: basis ? (STRENGTH_OPACITY[BASIS_STRENGTH[basis]] ?? 1) : 1,
    compared: at >= 0 ? at + 1 : null,
  };
}
