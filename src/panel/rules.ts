/**
 * The rules every panel view shares, computed from the atlas alone (pure: no
 * DOM, no state), so they can be unit-tested:
 * - a figure is shown at the scope the source gives it; tier and province
 *   totals appear as labelled context, never divided among zones;
 * - a target applies to a zone only when its scope is the zone, its city,
 *   its city's cluster or a demonstration zone the zone belongs to (which
 *   zones those are is data: zones.yaml `scheme.demo`);
 * - "the plan" is the document that says so (documents.yaml `plan: true`).
 */
import type { Atlas, Basis, Figure, Scope, SourceRef, Zone } from '../data/types.ts';
import { scopeKey } from './scope.ts';

/** The measures of the incubation section (the plan's 2015 incubation paragraph). */
export const INCUBATION_METRICS = ['incubation-area', 'incubating-enterprises', 'rd-institutions'] as const;
export const isIncubation = (f: Figure): boolean => (INCUBATION_METRICS as readonly string[]).includes(f.metric);

/** The four indicators the plan compares with the average of China's national zones. */
export const PEER_METRICS = ['hightech-share', 'export-share', 'service-share', 'rd-intensity'] as const;
/** A zone's GDP as a share of its city's: the one figure the plan gives for most national zones. */
export const GDP_SHARE_METRIC = 'gdp-share-of-city';

export const BASIS_ORDER: readonly Basis[] = ['zone', 'group', 'demo', 'city', 'external'];
/** The heatmap's cell value: the strongest basis wins (a group, demonstration-zone or city sentence ranks as "named with others"). */
export const BASIS_RANK: Record<Basis, number> = { zone: 3, group: 2, demo: 2, city: 2, external: 1 };

export const isScope = (s: Scope, level: Scope['level'], id?: string): boolean => s.level === level && (id === undefined || s.id === id);

/** The demonstration zones a zone belongs to, as the data says (zones.yaml `scheme.demo`). */
export const demoIdsOf = (z: Zone): readonly string[] => z.demos ?? [];

/** True when a figure's scope covers the zone as a place (zone, city, cluster, demo zone). */
export function appliesTo(f: Figure, z: Zone): boolean {
  const s = f.scope;
  return (
    isScope(s, 'zone', z.id) ||
    isScope(s, 'city', z.city) ||
    isScope(s, 'cluster', z.city) ||
    (s.level === 'demo' && s.id !== undefined && demoIdsOf(z).includes(s.id))
  );
}

export const docOf = (s: SourceRef): string | null => (s.type === 'doc' ? s.doc : null);

/** The id of the zones' plan (documents.yaml `plan: true`), or null when no document is marked. */
export const planDocId = (atlas: Atlas): string | null => atlas.documents.find((d) => d.plan)?.id ?? null;

/** Documents that set targets for the whole province: their targets for a place outrank a city's own. */
export function provincialDocIds(atlas: Atlas): Set<string> {
  const out = new Set<string>();
  for (const f of atlas.figures) {
    const d = docOf(f.source);
    if (d && f.scope.level === 'province') out.add(d);
  }
  return out;
}

export const figuresById = (atlas: Atlas): Map<string, Figure> => new Map(atlas.figures.map((f) => [f.id, f]));

const normMetric = (m: string): string => m.replace(/-/g, '');
/**
 * A target's baseline: the figure its `baseline:` names; else the one earlier
 * baseline of the same measure (metric spelt alike), scope and unit, when
 * there is exactly one (e.g. 全省高新技术企业 1539 家 in 2015 → 4000 家 by 2020).
 * Never a figure of another scope: a zone target is not set against a province total.
 */
export function baselineOf(atlas: Atlas, target: Figure, figs: Map<string, Figure> = figuresById(atlas)): Figure | undefined {
  if (target.kind !== 'target') return undefined;
  if (target.baseline) return figs.get(target.baseline);
  const same = atlas.figures.filter(
    (f) =>
      f.kind === 'baseline' &&
      f.year < target.year &&
      f.unit === target.unit &&
      normMetric(f.metric) === normMetric(target.metric) &&
      scopeKey(f.scope) === scopeKey(target.scope) &&
      (f.subject?.zh ?? '') === (target.subject?.zh ?? ''),
  );
  return same.length === 1 ? same[0] : undefined;
}

/** The zones' GDP share of their city, largest first (the province-wide chart). */
export const gdpShareFigures = (atlas: Atlas): Figure[] =>
  atlas.figures.filter((f) => f.metric === GDP_SHARE_METRIC && f.scope.level === 'zone').sort((a, b) => b.value - a.value);

export interface PeerRow {
  metric: string;
  label: Figure['label'];
  zones: Figure[];
  peer?: Figure;
}
/** The four indicators: each zone's value and the national-zone average (the plan's comparison). */
export function peerRows(atlas: Atlas): PeerRow[] {
  return PEER_METRICS.flatMap((metric) => {
    const zones = atlas.figures.filter((f) => f.metric === metric && f.scope.level === 'zone');
    const peer = atlas.figures.find((f) => f.metric === metric && f.scope.level === 'peer');
    const first = zones[0] ?? peer;
    if (!first) return [];
    return [{ metric, label: first.label, zones, ...(peer ? { peer } : {}) }];
  });
}

/** Memoises a pure view per atlas (immutable once loaded) and key: the same object comes back, Svelte sees no change. */
export function memo<T>(compute: (atlas: Atlas, key: string) => T): (atlas: Atlas, key: string) => T {
  const cache = new WeakMap<Atlas, Map<string, T>>();
  return (atlas, key) => {
    let m = cache.get(atlas);
    if (!m) cache.set(atlas, (m = new Map()));
    if (!m.has(key)) m.set(key, compute(atlas, key));
    return m.get(key) as T;
  };
}
