import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Atlas } from '../../src/data/types.ts';
import { overviewView, overviewFigures } from '../../src/panel/overview-view.ts';
import { zoneView } from '../../src/panel/zone-view.ts';
import { whenLabel } from '../../src/panel/when.ts';
import { planDocId } from '../../src/panel/rules.ts';

// The built atlas (npm run atlas writes it; npm test runs that first).
const atlas = JSON.parse(readFileSync(new URL('../../public/data/atlas.json', import.meta.url), 'utf8')) as Atlas;
const view = (id: string) => {
  const v = zoneView(atlas, id);
  if (!v) throw new Error(`no zone ${id}`);
  return v;
};

describe('overview', () => {
  const ov = overviewView(atlas);
  it('has the 2015 headline figures with their tier split and denominators', () => {
    const ht = ov.headline.find((c) => c.main.metric === 'hightech-enterprises');
    expect(ht?.main.value).toBe(498);
    expect(ht?.parts.map((p) => p.value)).toEqual(expect.arrayContaining([1539, 32.4]));
    const inc = ov.headline.find((c) => c.main.metric === 'incubating-enterprises');
    expect(inc?.main.value).toBe(1455);
    expect(inc?.parts.map((p) => p.value).sort((a, b) => a - b)).toEqual([310, 1145]);
    expect(ov.headline.find((c) => c.main.metric === 'incubation-area')?.main.value).toBe(97.25);
    expect(ov.headline.find((c) => c.main.metric === 'rd-institutions')?.parts.map((p) => p.value).sort((a, b) => a - b)).toEqual([32, 250]);
  });
  it('charts the eight national zones and the four peer indicators', () => {
    expect(ov.gdpShare).toHaveLength(8);
    expect(ov.gdpShare[0]?.scope.id).toBe('liaoyang');
    expect(ov.peers.map((p) => p.metric)).toEqual(['hightech-share', 'export-share', 'service-share', 'rd-intensity']);
    for (const p of ov.peers) expect(p.peer?.scope.level).toBe('peer');
  });
  it('lists province and demonstration-zone targets', () => {
    expect(ov.provinceTargets.every((f) => f.scope.level === 'province')).toBe(true);
    expect(ov.provinceTargets.length).toBeGreaterThan(20);
    expect(ov.demoTargets.every((f) => f.scope.level === 'demo')).toBe(true);
    expect(new Set(ov.demoTargets.map((f) => (f.source.type === 'doc' ? f.source.doc : '')))).toEqual(new Set(['shenda-2016', 'transfer-2018', 'dalian-2016']));
    expect(ov.provinceTargets.some((f) => f.id === 'plan-2016.hightech-enterprises.province')).toBe(false);
    expect(new Set(ov.provinceTargets.map((f) => (f.source.type === 'doc' ? f.source.doc : '')))).toEqual(new Set(['transfer-2018']));
    for (const d of ov.demos) expect(d.figures.every((f) => f.scope.id === d.scope.id)).toBe(true);
  });
});

describe('overview: the headline strip', () => {
  const ov = overviewView(atlas);
  it('comes from the document the data marks as the plan', () => {
    expect(planDocId(atlas)).toBe('plan-2016');
    for (const c of ov.headline) for (const f of [c.main, ...c.parts]) expect(f.source.type === 'doc' && f.source.doc).toBe('plan-2016');
  });
  it('says the shared context once per date the sentences give: 现有 (undated) and 2015 baselines of the plan (rule i)', () => {
    expect(ov.headlineGroups.map((g) => `${whenLabel(g, 'zh')}|${g.kind}|${g.doc}`)).toEqual(['现有（据2016年规划）|baseline|plan-2016', '2015|baseline|plan-2016']);
    const cards = (i: number): string[] => ov.headlineGroups[i]?.cards.map((c) => `${c.main.metric}:${c.main.value}`) ?? [];
    expect(cards(0)).toEqual(expect.arrayContaining(['zone-count:15', 'incubation-area:97.25', 'incubating-enterprises:1455', 'rd-institutions:282']));
    expect(cards(1)).toEqual(expect.arrayContaining(['hightech-enterprises:498', 'gdp-share-of-province:5.3', 'hitech-value-added-share-of-province:12.6']));
    // A group shows a year only where every one of its sentences gives it.
    for (const g of ov.headlineGroups) for (const c of g.cards) expect(whenLabel(c.main, 'zh')).toBe(whenLabel(g, 'zh'));
  });
  it('follows the data when another document is the plan, and shows no headline when none is', () => {
    const moved: Atlas = { ...atlas, documents: atlas.documents.map((d) => ({ ...d, plan: d.id === 'benxi-2015' })) };
    expect(overviewView(moved).headline).toEqual([]);
    const none: Atlas = { ...atlas, documents: atlas.documents.map((d) => ({ ...d, plan: false })) };
    expect(overviewView(none).headline).toEqual([]);
    // The province's figures are still listed (the plan's 1539 among them, no longer in a headline).
    expect(overviewView(none).provinceTargets).toEqual(expect.arrayContaining(overviewView(atlas).provinceTargets));
  });
});

describe('every figure is reachable in the UI with its source', () => {
  it('each figure of atlas.json is shown by a zone panel or the overview', () => {
    const shown = new Set<string>();
    for (const z of atlas.zones) for (const f of view(z.id).figures) shown.add(f.id);
    for (const f of overviewFigures(overviewView(atlas))) shown.add(f.id);
    const missing = atlas.figures.filter((f) => !shown.has(f.id)).map((f) => f.id);
    expect(missing).toEqual([]);
    for (const f of atlas.figures) expect(f.source.quote.length, f.id).toBeGreaterThan(0);
  });
  it('each industry claim is shown in its zone panel, and each goal somewhere', () => {
    for (const c of atlas.claims) {
      const items = view(c.zone).industries.flatMap((g) => g.items.flatMap((i) => i.claims));
      expect(items).toContain(c);
    }
    const goals = new Set([...atlas.zones.flatMap((z) => view(z.id).goals), ...overviewView(atlas).goals]);
    for (const g of atlas.goals) expect(goals.has(g)).toBe(true);
  });
  it('returns the same overview object (memoised)', () => {
    expect(overviewView(atlas)).toBe(overviewView(atlas));
  });
  it('the zone count leads the overview, split by tier', () => {
    const first = overviewView(atlas).headline[0];
    expect(first?.main.metric).toBe('zone-count');
    expect(first?.main.value).toBe(15);
    expect(first?.parts.map((p) => `${p.scope.id}:${p.value}`).sort()).toEqual(['national:8', 'provincial:7']);
  });
});

