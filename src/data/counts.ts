/**
 * How many zones there are is the data's business, never a number in code: the plan's own
 * stated counts (its zone-count figures: all zones, per tier) are checked against the zone list.
 * Used by the data build (scripts/data/build.ts) and by the app's loader (load.ts).
 */
import type { DocumentMeta, Figure, Tier, Zone } from './types.ts';

export const ZONE_COUNT_METRIC = 'zone-count';

type CountFigure = Pick<Figure, 'id' | 'metric' | 'scope' | 'value' | 'source'>;

/** Problems, as sentences; empty when the zone list agrees with every count the plan states. */
export function zoneCountProblems(
  zones: readonly Pick<Zone, 'tier'>[],
  figures: readonly CountFigure[],
  documents: readonly Pick<DocumentMeta, 'id' | 'plan'>[],
): string[] {
  if (zones.length === 0) return ['lists no zones'];
  const plan = documents.find((d) => d.plan)?.id;
  if (!plan) return [];
  const out: string[] = [];
  for (const f of figures) {
    if (f.metric !== ZONE_COUNT_METRIC || f.source.type !== 'doc' || f.source.doc !== plan) continue;
    const tier: Tier | null = f.scope.level === 'tier' && (f.scope.id === 'national' || f.scope.id === 'provincial') ? f.scope.id : null;
    if (f.scope.level !== 'zones' && !tier) continue;
    const listed = tier ? zones.filter((z) => z.tier === tier).length : zones.length;
    if (listed !== f.value) out.push(`lists ${listed} ${tier ? `${tier} ` : ''}zones, but the plan (${plan}, figure ${f.id}) says ${f.value}`);
  }
  return out;
}
