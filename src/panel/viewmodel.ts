/**
 * What the panel, the overview, the explorer and compare show, computed from
 * the atlas alone (pure: no DOM, no state), so the rules can be unit-tested:
 * - a figure is shown at the scope the source gives it; tier and province
 *   totals appear as labelled context, never divided among zones;
 * - a target appears for a zone only when its scope is the zone, its city,
 *   its city's cluster or the demonstration zone the zone belongs to;
 * - every item carries its SourceRef.
 */
import type { Atlas, Basis, City, Figure, Goal, Industry, IndustryClaim, Scope, SourceRef, Tier, Zone } from '../data/types.ts';
import { scopeKey } from './scope.ts';

/** The measures of the incubation section (the plan's 2015 incubation paragraph). */
export const INCUBATION_METRICS = ['incubation-area', 'incubating-enterprises', 'rd-institutions'] as const;
const isIncubation = (f: Figure): boolean => (INCUBATION_METRICS as readonly string[]).includes(f.metric);

/** The four indicators the plan compares with the average of China's national zones. */
export const PEER_METRICS = ['hightech-share', 'export-share', 'service-share', 'rd-intensity'] as const;

export const BASIS_ORDER: readonly Basis[] = ['zone', 'group', 'external'];
/** The heatmap's cell value: the strongest basis wins. */
export const BASIS_RANK: Record<Basis, number> = { zone: 3, group: 2, external: 1 };

const isScope = (s: Scope, level: Scope['level'], id?: string): boolean => s.level === level && (id === undefined || s.id === id);

/**
 * The demonstration zones a zone belongs to. 沈大示范区 is built on the two
 * cores (两核: the Shenyang and Dalian national zones), which the data marks
 * as role 'core' with its source, so membership is read from there.
 */
export const demoIdsOf = (z: Zone): string[] => (z.role === 'core' ? ['shenda'] : []);

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

export interface IndustryItem {
  industry: Industry;
  claims: IndustryClaim[];
}
export interface IndustryGroup {
  basis: Basis;
  items: IndustryItem[];
  /** For basis 'group': the distinct groups of zones the documents name together. */
  groups: string[][];
}

/** A zone's industries grouped by basis (zone → group → external), vocabulary order inside. */
export function industriesOf(atlas: Atlas, zoneId: string): IndustryGroup[] {
  const claims = atlas.claims.filter((c) => c.zone === zoneId);
  const out: IndustryGroup[] = [];
  for (const basis of BASIS_ORDER) {
    const mine = claims.filter((c) => c.basis === basis);
    if (!mine.length) continue;
    const items: IndustryItem[] = [];
    for (const industry of atlas.industries) {
      const cs = mine.filter((c) => c.industry === industry.key);
      if (cs.length) items.push({ industry, claims: cs });
    }
    const groups: string[][] = [];
    for (const c of mine) {
      const g = c.group ?? [];
      if (g.length && !groups.some((x) => x.join() === g.join())) groups.push(g);
    }
    out.push({ basis, items, groups });
  }
  return out;
}

export interface ContextBlock {
  /** The scope these totals belong to (tier:national, zones …). */
  scope: Scope;
  figures: Figure[];
}
export interface Incubation {
  /** Figures the sources give for this zone itself. */
  zone: Figure[];
  /** Otherwise: the zone's tier total and the all-zones total, as labelled context. */
  context: ContextBlock[];
}

export interface TargetItem {
  figure: Figure;
  /** The figure named by `baseline`, when the data links one. */
  baseline?: Figure;
}
export interface TargetGroup {
  scope: Scope;
  items: TargetItem[];
}
export interface OtherItem {
  figure: Figure;
  /** The national-zone average beside the zone's own value (same metric and year). */
  peer?: Figure;
}

export interface ZoneView {
  zone: Zone;
  city?: City;
  industries: IndustryGroup[];
  incubation: Incubation;
  goals: Goal[];
  targets: TargetGroup[];
  other: OtherItem[];
  /** Other figures of the zone's tier (not incubation), labelled as tier totals. */
  tierContext: ContextBlock | null;
  /** Every figure the panel shows, in panel order (for the download). */
  figures: Figure[];
}

const TARGET_SCOPE_ORDER: Scope['level'][] = ['zone', 'cluster', 'city', 'demo'];

const byId = (atlas: Atlas): Map<string, Figure> => new Map(atlas.figures.map((f) => [f.id, f]));

const normMetric = (m: string): string => m.replace(/-/g, '');
/**
 * A target's baseline: the figure its `baseline:` names; else the one earlier
 * baseline of the same measure (metric spelt alike), scope and unit, when
 * there is exactly one (e.g. 全省高新技术企业 1539 家 in 2015 → 4000 家 by 2020).
 * Never a figure of another scope: a zone target is not set against a province total.
 */
export function baselineOf(atlas: Atlas, target: Figure, figs: Map<string, Figure> = byId(atlas)): Figure | undefined {
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

/** Targets grouped by scope (zone, cluster, city, demo zone), each with its linked baseline. */
function targetsOf(atlas: Atlas, z: Zone): TargetGroup[] {
  const figs = byId(atlas);
  const groups = new Map<string, TargetGroup>();
  const applicable = atlas.figures
    .filter((f) => f.kind === 'target' && appliesTo(f, z))
    .sort((a, b) => TARGET_SCOPE_ORDER.indexOf(a.scope.level) - TARGET_SCOPE_ORDER.indexOf(b.scope.level) || a.year - b.year);
  for (const f of applicable) {
    const key = scopeKey(f.scope);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { scope: f.scope, items: [] }));
    const baseline = baselineOf(atlas, f, figs);
    g.items.push(baseline ? { figure: f, baseline } : { figure: f });
  }
  return [...groups.values()];
}

function incubationOf(atlas: Atlas, z: Zone): Incubation {
  const zone = atlas.figures.filter((f) => isIncubation(f) && f.kind === 'baseline' && isScope(f.scope, 'zone', z.id));
  if (zone.length) return { zone, context: [] };
  const tier = atlas.figures.filter((f) => isIncubation(f) && f.kind === 'baseline' && isScope(f.scope, 'tier', z.tier));
  const all = atlas.figures.filter((f) => isIncubation(f) && f.kind === 'baseline' && f.scope.level === 'zones');
  const context: ContextBlock[] = [];
  if (tier.length) context.push({ scope: { level: 'tier', id: z.tier }, figures: tier });
  if (all.length) context.push({ scope: { level: 'zones' }, figures: all });
  return { zone: [], context };
}

function otherOf(atlas: Atlas, z: Zone): OtherItem[] {
  const mine = atlas.figures.filter((f) => f.kind === 'baseline' && !isIncubation(f) && appliesTo(f, z));
  const out = mine.map((figure): OtherItem => {
    const peer = atlas.figures.find((p) => p.scope.level === 'peer' && p.metric === figure.metric && p.year === figure.year);
    return peer ? { figure, peer } : { figure };
  });
  // The zone's own stand-alone figures (GDP share) first, then the comparisons with the national average.
  return [...out.filter((o) => !o.peer), ...out.filter((o) => o.peer)];
}

function tierContextOf(atlas: Atlas, tier: Tier): ContextBlock | null {
  const figures = atlas.figures.filter(
    (f) => f.kind === 'baseline' && !isIncubation(f) && isScope(f.scope, 'tier', tier) && f.metric !== 'zone-count',
  );
  return figures.length ? { scope: { level: 'tier', id: tier }, figures } : null;
}

/**
 * Memoised per atlas and zone id: the atlas is immutable once loaded, so a
 * zone's view is computed once (zone switching stays cheap) and the same
 * object comes back (Svelte sees no change when nothing changed).
 */
const zoneViews = new WeakMap<Atlas, Map<string, ZoneView | null>>();
export function zoneView(atlas: Atlas, zoneId: string): ZoneView | null {
  let m = zoneViews.get(atlas);
  if (!m) zoneViews.set(atlas, (m = new Map()));
  let v = m.get(zoneId);
  if (v === undefined) m.set(zoneId, (v = computeZoneView(atlas, zoneId)));
  return v;
}

function computeZoneView(atlas: Atlas, zoneId: string): ZoneView | null {
  const zone = atlas.zones.find((z) => z.id === zoneId);
  if (!zone) return null;
  const incubation = incubationOf(atlas, zone);
  const targets = targetsOf(atlas, zone);
  const other = otherOf(atlas, zone);
  const tierContext = tierContextOf(atlas, zone.tier);
  const figures: Figure[] = [];
  const add = (f: Figure | undefined): void => {
    if (f && !figures.includes(f)) figures.push(f);
  };
  incubation.zone.forEach(add);
  incubation.context.forEach((b) => b.figures.forEach(add));
  other.forEach((o) => (add(o.figure), add(o.peer)));
  tierContext?.figures.forEach(add);
  targets.forEach((g) => g.items.forEach((t) => (add(t.baseline), add(t.figure))));
  const city = atlas.cities.find((c) => c.id === zone.city);
  return {
    zone,
    ...(city ? { city } : {}),
    industries: industriesOf(atlas, zoneId),
    incubation,
    goals: atlas.goals.filter((g) => g.zones.includes(zoneId)),
    targets,
    other,
    tierContext,
    figures,
  };
}

/* ---------- province overview ---------- */

export interface HeadlineCard {
  /** The all-zones figure (e.g. 1455 incubating enterprises). */
  main: Figure;
  /** Its parts and denominators as the document gives them (tier split, province total, share). */
  parts: Figure[];
}
export interface OverviewView {
  headline: HeadlineCard[];
  gdpShare: Figure[];
  peers: { metric: string; label: Figure['label']; zones: Figure[]; peer?: Figure }[];
  byTier: { metric: string; national?: Figure; provincial?: Figure; total?: Figure }[];
  goals: Goal[];
  provinceTargets: Figure[];
  demoTargets: Figure[];
}

/** Shares that belong with a headline count (the 498 enterprises are 32.4% of the province's 1539). */
const RELATED: Record<string, string[]> = { 'hightech-enterprises': ['hightech-enterprises-share-of-province'] };
const HEADLINE_DOC = 'plan-2016';

const docOf = (s: SourceRef): string | null => (s.type === 'doc' ? s.doc : null);

const overviews = new WeakMap<Atlas, OverviewView>();
export function overviewView(atlas: Atlas): OverviewView {
  let v = overviews.get(atlas);
  if (!v) overviews.set(atlas, (v = computeOverview(atlas)));
  return v;
}

function computeOverview(atlas: Atlas): OverviewView {
  const plan = atlas.figures.filter((f) => docOf(f.source) === HEADLINE_DOC && f.kind === 'baseline');
  const relatedMetrics = new Set(Object.values(RELATED).flat());
  const headline: HeadlineCard[] = plan
    .filter((f) => f.scope.level === 'zones' && !relatedMetrics.has(f.metric))
    // The number of zones (15: 8 national, 7 provincial) leads.
    .sort((a, b) => Number(b.metric === 'zone-count') - Number(a.metric === 'zone-count'))
    .map((main) => ({
      main,
      parts: plan.filter(
        (f) =>
          f !== main &&
          ((f.metric === main.metric && (f.scope.level === 'tier' || f.scope.level === 'province')) ||
            ((RELATED[main.metric] ?? []).includes(f.metric) && f.scope.level === 'zones')),
      ),
    }));
  const gdpShare = atlas.figures
    .filter((f) => f.metric === 'gdp-share-of-city' && f.scope.level === 'zone')
    .sort((a, b) => b.value - a.value);
  const peers = PEER_METRICS.flatMap((metric) => {
    const zones = atlas.figures.filter((f) => f.metric === metric && f.scope.level === 'zone');
    const peer = atlas.figures.find((f) => f.metric === metric && f.scope.level === 'peer');
    const first = zones[0] ?? peer;
    if (!first) return [];
    return [{ metric, label: first.label, zones, ...(peer ? { peer } : {}) }];
  });
  const byTier = (['incubating-enterprises', 'rd-institutions'] as const).map((metric) => {
    const find = (level: Scope['level'], id?: string): Figure | undefined =>
      plan.find((f) => f.metric === metric && isScope(f.scope, level, id));
    const national = find('tier', 'national');
    const provincial = find('tier', 'provincial');
    const total = find('zones');
    return { metric, ...(national ? { national } : {}), ...(provincial ? { provincial } : {}), ...(total ? { total } : {}) };
  });
  return {
    headline,
    gdpShare,
    peers,
    byTier,
    goals: atlas.goals,
    provinceTargets: atlas.figures.filter((f) => f.scope.level === 'province' && docOf(f.source) === 'transfer-2018'),
    demoTargets: atlas.figures.filter((f) => f.scope.level === 'demo' && f.scope.id === 'shenda'),
  };
}

/** Every figure the overview shows (for its download). */
export function overviewFigures(v: OverviewView): Figure[] {
  const out = new Set<Figure>();
  v.headline.forEach((c) => [c.main, ...c.parts].forEach((f) => out.add(f)));
  v.gdpShare.forEach((f) => out.add(f));
  v.peers.forEach((p) => [...p.zones, ...(p.peer ? [p.peer] : [])].forEach((f) => out.add(f)));
  v.byTier.forEach((r) => [r.national, r.provincial, r.total].forEach((f) => f && out.add(f)));
  v.provinceTargets.forEach((f) => out.add(f));
  v.demoTargets.forEach((f) => out.add(f));
  return [...out];
}

/* ---------- industry explorer ---------- */

export interface MatrixCell {
  zone: string;
  industry: string;
  /** 3 named for the zone, 2 for a group, 1 public source; the strongest basis. */
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
