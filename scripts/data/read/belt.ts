/** belt.yaml: the Shenyang–Dalian expressway as a schematic line, and the belt around it. */
import type * as S from '../schema.ts';
import type { In } from '../files.ts';
import { corridor, type LonLat } from '../geo.ts';
import { outsideRegion, type Region } from './region.ts';
import type { ReadContext } from './context.ts';
import type { Atlas } from '../../../src/data/types.ts';

type BeltIn = In<typeof S.BeltIn>;

/** The line the zones' belt distances are measured to (read before the zones). */
export const beltLine = (beltIn: BeltIn | null): LonLat[] => (beltIn ? beltIn.waypoints.map((w) => [w.lon, w.lat]) : []);

/** Null when the belt's own source fails (reported); the build then stops. Waypoints are checked against the region when there is one. */
export function readBelt(beltIn: BeltIn, file: string, { errors, source, publish }: ReadContext, { region }: { region: Region | null }): Atlas['belt'] | null {
  for (const w of beltIn.waypoints) {
    const outside = region && outsideRegion(region, [w.lon, w.lat]);
    if (outside) errors.add(file, `waypoint ${w.name.en}`, outside);
  }
  const src = source(file, 'belt', beltIn.source);
  // A waypoint below the publisher's grade keeps its place on the schematic line (the belt needs
  // it) but loses its source and is counted as left out; it is then marked approximate.
  const waypoints = beltIn.waypoints.map((w) => {
    const ws = w.source ? source(file, `waypoint ${w.name.en}`, w.source) ?? undefined : undefined;
    const keep = publish.publishable(ws, 'waypoint');
    return { name: w.name, lon: w.lon, lat: w.lat, approximate: w.approximate || !keep, source: keep ? ws : undefined };
  });
  if (!src) return null;
  const line = beltLine(beltIn);
  return { name: beltIn.name, schematic: true, thresholdKm: beltIn.threshold_km, source: src, line, corridor: corridor(line, beltIn.threshold_km), waypoints };
}
