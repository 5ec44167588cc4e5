/**
 * region.yaml: the region the atlas covers. Its extent only catches typos (a
 * swapped lon/lat) in the locations of zones and belt waypoints; readers never see it.
 */
import type * as S from '../schema.ts';
import type { In } from '../files.ts';
import { inside, type LonLat } from '../geo.ts';

export type Region = In<typeof S.RegionIn>;

/** Why a point is not in the region ("is outside Liaoning (lon 118.8–125.9, lat 38.6–43.5); is lon/lat swapped?"), or null. */
export function outsideRegion(region: Region, p: LonLat): string | null {
  const { west, east, south, north } = region.extent;
  return inside(region.extent, p) ? null : `is outside ${region.name.en} (lon ${west}–${east}, lat ${south}–${north}); is lon/lat swapped?`;
}
