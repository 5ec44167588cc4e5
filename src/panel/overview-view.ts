/**
 * What the province overview (Overview.svelte) shows. Pure: atlas in, view out
 * (tests/unit/overview-viewmodel.test.ts).
 *
 * The headline strip is the plan's (documents.yaml `plan: true`) picture of
 * all zones: each all-zones baseline with its parts as the document gives them
 * (tier split, province total, share), grouped by what they share (year,
 * baseline, document), so that context is said once per group.
 */
import type { Atlas, Figure, Goal, I18n, Scope } from '../data/types.ts';
import { whenLabel } from './when.ts';
import { scopeKey } from './scope.ts';
import { docOf, gdpShareFigures, isScope, memo, peerRows, planDocId, type PeerRow } from './rules.ts';

export interface HeadlineCard {
  /** The all-zones figure (e.g. 1455 incubating enterprises). */
  main: Figure;
  /** Its parts and denominators as the document gives them (tier split, province total, share). */
  parts: Figure[];
}
/** Headline cards that share their year, kind and document: the strip says that context once. */
export interface HeadlineGroup {
  year: number;
  /** What the sentences say instead of a year (rule i: 现有（据2016年规划）), when they give none. */
  when?: I18n;
  kind: Figure['kind'];
  doc: string | null;
  cards: HeadlineCard[];
}
export interface TargetBlock {
  scope: Scope;
  figures: Figure[];
}
export interface OverviewView {
  headline: HeadlineCard[];
  headlineGroups: HeadlineGroup[];
  gdpShare: Figure[];
  peers: PeerRow[];
  byTier: { metric: string; national?: Figure; provincial?: Figure; total?: Figure }[];
  goals: Goal[];
  /** The province's targets (and the odd province-wide baseline the same documents give), beyond the headline's. */
  provinceTargets: Figure[];
  /** Targets of each demonstration zone, one block per zone. */
  demos: TargetBlock[];
  /** The same, flat (for the handout). */
  demoTargets: Figure[];
}

/** Shares that belong with a headline count (the 498 enterprises are 32.4% of the province's 1539). */
const RELATED: Record<string, string[]> = { 'hightech-enterprises': ['hightech-enterprises-share-of-province'] };
/** The number of zones leads the strip (15: 8 national, 7 provincial). */
const LEADS = 'zone-count';

function computeOverview(atlas: Atlas): OverviewView {
  const planId = planDocId(atlas);
  const plan = planId ? atlas.figures.filter((f) => docOf(f.source) === planId && f.kind === 'baseline') : [];
  const relatedMetrics = new Set(Object.values(RELATED).flat());
  const headline: HeadlineCard[] = plan
    .filter((f) => f.scope.level === 'zones' && !relatedMetrics.has(f.metric))
    .sort((a, b) => Number(b.metric === LEADS) - Number(a.metric === LEADS))
    .map((main) => ({
      main,
      parts: plan.filter(
        (f) =>
          f !== main &&
          ((f.metric === main.metric && (f.scope.level === 'tier' || f.scope.level === 'province')) ||
            ((RELATED[main.metric] ?? []).includes(f.metric) && f.scope.level === 'zones')),
      ),
    }));
  const headlineGroups: HeadlineGroup[] = [];
  for (const card of headline) {
    // Grouped by the date the sentences give (a year, or 现有 where they give none), never a year they lack.
    const { year, kind, when } = card.main;
    const doc = docOf(card.main.source);
    const date = whenLabel(card.main, 'zh');
    let g = headlineGroups.find((x) => whenLabel(x, 'zh') === date && x.kind === kind && x.doc === doc);
    if (!g) headlineGroups.push((g = { year, ...(when ? { when } : {}), kind, doc, cards: [] }));
    g.cards.push(card);
  }
  const inHeadline = new Set(headline.flatMap((c) => [c.main, ...c.parts]));
  const byTier = (['incubating-enterprises', 'rd-institutions'] as const).map((metric) => {
    const find = (level: Scope['level'], id?: string): Figure | undefined =>
      plan.find((f) => f.metric === metric && isScope(f.scope, level, id));
    const national = find('tier', 'national');
    const provincial = find('tier', 'provincial');
    const total = find('zones');
    return { metric, ...(national ? { national } : {}), ...(provincial ? { provincial } : {}), ...(total ? { total } : {}) };
  });
  const demos = new Map<string, TargetBlock>();
  for (const f of atlas.figures) {
    if (f.scope.level !== 'demo' || f.kind !== 'target') continue;
    const key = scopeKey(f.scope);
    const b = demos.get(key) ?? { scope: f.scope, figures: [] };
    b.figures.push(f);
    demos.set(key, b);
  }
  return {
    headline,
    headlineGroups,
    gdpShare: gdpShareFigures(atlas),
    peers: peerRows(atlas),
    byTier,
    goals: atlas.goals,
    provinceTargets: atlas.figures.filter((f) => f.scope.level === 'province' && !inHeadline.has(f)),
    demos: [...demos.values()],
    demoTargets: [...demos.values()].flatMap((b) => b.figures),
  };
}

const cached = memo((atlas) => computeOverview(atlas));
export const overviewView = (atlas: Atlas): OverviewView => cached(atlas, '');

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
