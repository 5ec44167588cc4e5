/** Symbol sizes (px) by role and tier, scaled for the projector theme. */
import type { Zone } from '../data/types.ts';

export function symbolRadius(z: Pick<Zone, 'role' | 'tier'>, scale = 1): number {
  const r = z.role === 'core' ? 11 : z.tier === 'national' ? 8 : 7;
  return r * scale;
}

/** SVG path of a diamond (provincial zones) centred on 0,0. */
export const diamond = (r: number): string => `M0,${-r * 1.25}L${r * 1.25},0L0,${r * 1.25}L${-r * 1.25},0Z`;

/**
 * Symbol and text scale of the map: larger for the projector and for large
 * text; a little smaller on a phone-sized map (under 560 px wide), where full
 * size symbols crowd the belt, unless the reader asked for large text.
 */
export function mapScale(theme: string | null, text: string, width = 0): number {
  const base = theme === 'projector' ? 1.35 : text === 'large' ? 1.2 : 1;
  return width > 0 && width < 560 && text !== 'large' ? base * 0.85 : base;
}
