/**
 * What the zone panel (ZonePanel.svelte) shows, and its "at a glance" block.
 * Pure: atlas + zone id in, view out (tests/unit/zone-viewmodel.test.ts).
 *
 * The at-a-glance rule (README, "At a glance"): the zone's own figures (its
 * GDP share of the city; the four indicators against the national average
 * where the plan gives them), then its most important targets: by scope, the
 * zone's own → its city's cluster → its city → a demonstration zone it belongs
 * to; inside a scope a province-wide document's target before a city's, then
 * one with a baseline, then the document's order; at most GLANCE_PER_SCOPE a
 * scope and GLANCE_MAX in all. They are never folded.
 */
import type { Atlas, Basis, City, Figure, Goal, Industry, IndustryClaim, Scope, Tier, Zone } from '../data/types.ts';
import { scopeKey } from './scope.ts';
import {
  BASIS_ORDER, BASIS_RANK, GDP_SHARE_METRIC, appliesTo, baselineOf, docOf, figuresById, gdpShareFigures, isIncubation, isScope, memo,
  peerRows, provincialDocIds, type PeerRow,
} from './rules.ts';

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

/** A zone's industries grouped by basis (strongest first), vocabulary order inside. */
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
export interface GlanceIndustry {
  industry: Industry;
  /** The strongest claim (basis first, an existing industry before a planned one at equal basis). */
  claim: IndustryClaim;
}
export interface Glance {
  /** Each industry once, strongest basis first: the compact chips of the first screen. */
  industries: GlanceIndustry[];
  /** The zone's own stand-alone figures (e.g. its GDP share of the city). */
  own: Figure[];
  /** The zone against the national-zone average, one row per indicator. */
  peers: { figure: Figure; peer: Figure }[];
  /** The targets the rule ranks first, in rank order. */
  targets: TargetItem[];
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
  glance: Glance;
  /** The province-wide GDP-share chart (the zone's bar highlighted), when the zone has a bar in it. */
  gdpChart: Figure[] | null;
  /** The four indicators for this zone against the average, when the plan gives them. */
  peerChart: PeerRow[] | null;
  /** Every figure the panel shows, in panel order (for the download). */
  figures: Figure[];
}

export const TARGET_SCOPE_ORDER: readonly Scope['level'][] = ['zone', 'cluster', 'city', 'demo'];
export const GLANCE_PER_SCOPE = 2;
export const GLANCE_MAX = 6;

/** Targets grouped by scope (zone, cluster, city, demo zone), each with its linked baseline. */
function targetsOf(atlas: Atlas, z: Zone): TargetGroup[] {
  const figs = figuresById(atlas);
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

/** Each industry once with its strongest claim, strongest first (a stable sort keeps the vocabulary's order). */
export function glanceIndustries(groups: IndustryGroup[]): GlanceIndustry[] {
  const score = (c: IndustryClaim): number => BASIS_RANK[c.basis] * 2 + (c.status === 'planned' ? 0 : 1);
  const best = new Map<string, GlanceIndustry>();
  for (const g of groups)
    for (const it of g.items)
      for (const claim of it.claims) {
        const cur = best.get(it.industry.key);
        if (!cur || score(claim) > score(cur.claim)) best.set(it.industry.key, { industry: it.industry, claim });
      }
  return [...best.values()].sort((a, b) => score(b.claim) - score(a.claim));
}

/** The at-a-glance targets: see the rule at the top of this file. */
export function glanceTargets(atlas: Atlas, groups: TargetGroup[]): TargetItem[] {
  const provincial = provincialDocIds(atlas);
  const rank = (t: TargetItem): number => (provincial.has(docOf(t.figure.source) ?? '') ? 0 : 2) + (t.baseline ? 0 : 1);
  const out: TargetItem[] = [];
  for (const g of groups) {
    // A stable sort keeps the document's order among equals.
    const best = [...g.items].sort((a, b) => rank(a) - rank(b)).slice(0, GLANCE_PER_SCOPE);
    out.push(...best.slice(0, GLANCE_MAX - out.length));
  }
  return out;
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

function computeZoneView(atlas: Atlas, zoneId: string): ZoneView | null {
  const zone = atlas.zones.find((z) => z.id === zoneId);
  if (!zone) return null;
  const incubation = incubationOf(atlas, zone);
  const targets = targetsOf(atlas, zone);
  const other = otherOf(atlas, zone);
  const tierContext = tierContextOf(atlas, zone.tier);
  const ownScope = (f: Figure): boolean => isScope(f.scope, 'zone', zone.id);
  const industries = industriesOf(atlas, zoneId);
  const glance: Glance = {
    industries: glanceIndustries(industries),
    own: [...incubation.zone, ...other.filter((o) => !o.peer && ownScope(o.figure)).map((o) => o.figure)],
    peers: other.flatMap((o) => (o.peer && ownScope(o.figure) ? [{ figure: o.figure, peer: o.peer }] : [])),
    targets: glanceTargets(atlas, targets),
  };
  const gdp = gdpShareFigures(atlas);
  const peers = peerRows(atlas).filter((r) => r.zones.some((f) => f.scope.id === zone.id));
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
    industries,
    incubation,
    goals: atlas.goals.filter((g) => g.zones.includes(zoneId)),
    targets,
    other,
    tierContext,
    glance,
    gdpChart: gdp.some((f) => f.metric === GDP_SHARE_METRIC && f.scope.id === zone.id) ? gdp : null,
    peerChart: peers.length ? peers : null,
    figures,
  };
}

/** Memoised per atlas and zone id: a zone's view is computed once, zone switching stays cheap. */
export const zoneView = memo(computeZoneView);
