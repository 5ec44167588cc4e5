/** Geographic helpers of the data build. */
import buffer from '@turf/buffer';
import { lineString } from '@turf/helpers';

export type LonLat = [number, number];

const KM_PER_DEG_LAT = 110.57;
const kmPerDegLon = (lat: number): number => 111.32 * Math.cos((lat * Math.PI) / 180);

/** Distance in km from a point to a polyline, on a local equirectangular projection (fine at this scale). */
export function distanceToLineKm(p: LonLat, line: readonly LonLat[]): number {
  const kx = kmPerDegLon(p[1]);
  const toXY = ([lon, lat]: LonLat): [number, number] => [lon * kx, lat * KM_PER_DEG_LAT];
  const [px, py] = toXY(p);
  let best = Infinity;
  for (let i = 0; i + 1 < line.length; i++) {
    const [ax, ay] = toXY(line[i] as LonLat);
    const [bx, by] = toXY(line[i + 1] as LonLat);
    const dx = bx - ax;
    const dy = by - ay;
    const len2 = dx * dx + dy * dy;
    const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
    best = Math.min(best, Math.hypot(px - (ax + t * dx), py - (ay + t * dy)));
  }
  return best;
}

/** A box in degrees (data/region.yaml's extent). */
export interface Extent { west: number; east: number; south: number; north: number }
export const inside = (e: Extent, [lon, lat]: LonLat): boolean => lon >= e.west && lon <= e.east && lat >= e.south && lat <= e.north;

/** The belt's soft corridor: the expressway line buffered by the belt threshold (one outer ring, 4 decimals). */
export function corridor(line: readonly LonLat[], km: number): LonLat[] {
  const poly = buffer(lineString(line.map((p) => [...p])), km, { units: 'kilometers', steps: 8 });
  const geom = poly?.geometry;
  const ring = geom?.type === 'Polygon' ? geom.coordinates[0] : undefined;
  if (!ring) throw new Error('the belt line could not be buffered');
  const r4 = (x: number): number => Math.round(x * 1e4) / 1e4;
  return ring.map(([lon, lat]) => [r4(lon ?? 0), r4(lat ?? 0)]);
}
