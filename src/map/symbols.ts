/** Symbol sizes (px) by role and tier, scaled for the projector theme. */
import type { Zone } from '../data/types.ts';

export function symbolRadius(z: Pick<Zone, 'role' | 'tier'>, scale = 1): number {
  const r = z.role === 'core' ? 11 : z.tier === 'national' ? 8 : 7;
  return r * scale;
}

/** SVG path of a diamond (provincial zones) centred on 0,0. */
export const diamond = (r: number): string => `M0,${-r * 1.25}L${r * 1.25},0L0,${r * 1.25}L${-r * 1.25},0Z`;
