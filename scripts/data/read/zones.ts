/**
 * zones.yaml: each zone's facts with their sources, and whether it lies on the
 * belt, which is derived from its distance to the expressway, never hand-set.
 */
import type * as S from '../schema.ts';
import { uniqueIds, type In } from '../files.ts';
import { distanceToLineKm, type LonLat } from '../geo.ts';
import { outsideRegion, type Region } from './region.ts';
import { writesNumber } from '../rules.ts';
import type { ReadContext } from './context.ts';
import type { Zone } from '../../../src/data/types.ts';

export interface ZoneDeps {
  cityIds: ReadonlySet<string>;
  /** Null when region.yaml is missing or bad (reported there): locations are then not checked. */
  region: Region | null;
  /** The expressway (belt.yaml's waypoints); fewer than two points: no distance. */
  line: readonly LonLat[];
  thresholdKm: number;
}

/** `zoneIds` holds every id in the file, also of a zone dropped for a bad role source, so others are not reported as unknown. */
export function readZones(zonesIn: readonly In<typeof S.ZoneIn>[], file: string, { errors, source, publish }: ReadContext, { cityIds, region, line, thresholdKm }: ZoneDeps): { zones: Zone[]; zoneIds: Set<string> } {
  const zoneIds = uniqueIds(zonesIn, file, errors);
  const zones: Zone[] = [];
  for (const z of zonesIn) {
    const where = z.id;
    if (!cityIds.has(z.city)) errors.add(file, where, `unknown city "${z.city}"`);
    const p: LonLat = [z.location.lon, z.location.lat];
    const outside = region && outsideRegion(region, p);
    if (outside) errors.add(file, where, `location [${p.join(', ')}] ${outside}`);
    const roleSource = source(file, `${where}.scheme`, z.scheme.source);
    const dist = line.length > 1 ? distanceToLineKm(p, line) : NaN;
    if (z.district && !z.district.source) errors.add(file, `${where}.district`, 'a district needs its source');
    const districtSrc = z.district?.source ? source(file, `${where}.district`, z.district.source) : undefined;
    const approvedSrc = z.approved ? source(file, `${where}.approved`, z.approved.source) : undefined;
    const areaSrc = z.area ? source(file, `${where}.area`, z.area.source) : undefined;
    if (z.area && !writesNumber(z.area.source.quote, z.area.km2)) errors.add(file, `${where}.area`, `km2 ${z.area.km2} is not written as that number in its quote`);
    const showDistrict = !!districtSrc && publish.publishable(districtSrc, 'district', z.id);
    const showApproved = !!approvedSrc && publish.publishable(approvedSrc, 'approved', z.id);
    const showArea = !!areaSrc && publish.publishable(areaSrc, 'area', z.id);
    if (!roleSource) continue;
    zones.push({
      id: z.id, name: z.name, short: z.short, tier: z.tier, city: z.city,
      district: z.district && districtSrc && showDistrict ? { zh: z.district.zh, en: z.district.en, source: districtSrc } : undefined,
      location: { lon: z.location.lon, lat: z.location.lat, approximate: z.location.approximate, radiusKm: z.location.radius_km, method: z.location.method },
      approved: z.approved && approvedSrc && showApproved ? { year: z.approved.year, level: z.approved.level, source: approvedSrc } : undefined,
      area: z.area && areaSrc && showArea ? { km2: z.area.km2, note: z.area.note, source: areaSrc } : undefined,
      role: z.scheme.role, roleSource, demos: z.scheme.demo ?? [],
      belt: { on: dist <= thresholdKm, distanceKm: Math.round(dist * 10) / 10, borderline: Math.abs(dist - thresholdKm) <= z.location.radius_km },
    });
  }
  return { zones, zoneIds };
}
