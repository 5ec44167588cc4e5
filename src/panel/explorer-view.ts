/**
 * What the industry explorer (Explorer.svelte) shows: the zone × industry
 * matrix and, for a chosen industry, the zones with it by basis strength —
 * also what the map draws for the filter (`industryStrength`). Pure
 * (tests/unit/explorer-viewmodel.test.ts).
 */
import type { Atlas, Basis, IndustryClaim, Zone } from '../data/types.ts';
import { BASIS_ORDER, BASIS_RANK } from './rules.ts';

export { BASIS_ORDER } from './rules.ts';

export interface MatrixCell {
  zone: string;
  industry: string;
  /** 3 named for the zone, 2 with others (group, city, demonstration zone), 1 public source; the strongest basis. */
  value: number;
  basis: Basis;
}
/** The zone × industry matrix: one cell per pair that has a claim. */
export function industryMatrix(atlas: Atlas): MatrixCell[] {
  const cells = new Map<string, MatrixCell>();
  for (const c of atlas.claims) {
    const key = `${c.zone}|${c.industry}`;
    const v = BASIS_RANK[c.basis];
    const cur = cells.get(key);
    if (!cur || cur.value < v) cells.set(key, { zone: c.zone, industry: c.industry, value: v, basis: c.basis });
  }
  return [...cells.values()];
}

export interface IndustryZone {
  zone: Zone;
  /** The claims for this industry, strongest basis first. */
  claims: IndustryClaim[];
  bases: Basis[];
}
/** The zones that have an industry, strongest basis first, then map order. */
export function zonesWithIndustry(atlas: Atlas, industry: string): IndustryZone[] {
  const out: IndustryZone[] = [];
  for (const zone of atlas.zones) {
    const claims = atlas.claims
      .filter((c) => c.zone === zone.id && c.industry === industry)
      .sort((a, b) => BASIS_RANK[b.basis] - BASIS_RANK[a.basis]);
    if (!claims.length) continue;
    out.push({ zone, claims, bases: BASIS_ORDER.filter((b) => claims.some((c) => c.basis === b)) });
  }
  return out.sort((a, b) => BASIS_RANK[b.bases[0] ?? 'external'] - BASIS_RANK[a.bases[0] ?? 'external']);
}

/** For the map: each zone with the industry → its strongest basis (the others have none). */
export function industryStrength(atlas: Atlas, industry: string): Map<string, Basis> {
  return new Map(zonesWithIndustry(atlas, industry).map((iz) => [iz.zone.id, iz.bases[0] ?? 'external']));
}
