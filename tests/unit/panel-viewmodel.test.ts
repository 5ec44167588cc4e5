import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Atlas, Figure } from '../../src/data/types.ts';
import { zoneView, overviewView, overviewFigures, industryMatrix, zonesWithIndustry, appliesTo, baselineOf, type ZoneView } from '../../src/panel/viewmodel.ts';
import { scopeLabel, scopeKey } from '../../src/panel/scope.ts';
import { quoteInContext, segments } from '../../src/panel/doctext.ts';
import { toggleCompare } from '../../src/panel/compare.ts';

// The built atlas (npm run atlas writes it; npm test runs that first).
const atlas = JSON.parse(readFileSync(new URL('../../public/data/atlas.json', import.meta.url), 'utf8')) as Atlas;
const view = (id: string): ZoneView => {
  const v = zoneView(atlas, id);
  if (!v) throw new Error(`no zone ${id}`);
  return v;
};
const targetScopes = (v: ZoneView): string[] => v.targets.map((g) => scopeKey(g.scope));
const allTargets = (v: ZoneView): Figure[] => v.targets.flatMap((g) => g.items.map((t) => t.figure));

describe('zone view: incubation', () => {
  let benxi: ZoneView;
  beforeAll(() => (benxi = view('benxi')));

  it('shows the tier total as labelled context, never as a per-zone figure', () => {
    expect(benxi.incubation.zone).toEqual([]);
    const tier = benxi.incubation.context.find((b) => b.scope.level === 'tier');
    expect(tier?.scope).toEqual({ level: 'tier', id: 'national' });
    const incubating = tier?.figures.find((f) => f.metric === 'incubating-enterprises');
    expect(incubating?.value).toBe(1145);
    expect(incubating?.scope).toEqual({ level: 'tier', id: 'national' });
    expect(scopeLabel(atlas, tier!.scope, 'zh')).toBe('国家级高新区');
    // Nothing in the panel is a zone-scope incubation figure for benxi.
    expect(benxi.figures.filter((f) => f.metric === 'incubating-enterprises' && f.scope.level === 'zone')).toEqual([]);
  });

  it('adds the all-zones total as a second context block', () => {
    const all = benxi.incubation.context.find((b) => b.scope.level === 'zones');
    expect(all?.figures.map((f) => f.value)).toEqual(expect.arrayContaining([1455, 97.25, 282]));
  });

  it('gives a provincial zone the provincial tier total', () => {
    const s = view('suizhong');
    const tier = s.incubation.context.find((b) => b.scope.level === 'tier');
    expect(tier?.scope.id).toBe('provincial');
    expect(tier?.figures.find((f) => f.metric === 'incubating-enterprises')?.value).toBe(310);
    expect(s.tierContext?.scope).toEqual({ level: 'tier', id: 'provincial' });
  });
});

describe('zone view: targets carry their scope', () => {
  it('dalian gets its city and the demonstration zone targets', () => {
    const d = view('dalian');
    expect(targetScopes(d)).toEqual(expect.arrayContaining(['city:dalian', 'cluster:dalian', 'demo:shenda']));
    const trading = allTargets(d).find((f) => f.id === 'dalian-2016.tech-trading-volume');
    expect(trading?.scope).toEqual({ level: 'city', id: 'dalian' });
    expect(scopeLabel(atlas, trading!.scope, 'zh')).toBe('大连全市');
    expect(scopeLabel(atlas, { level: 'demo', id: 'shenda' }, 'zh')).toBe('沈大国家自主创新示范区');
    // Province-wide targets are the overview's, not a zone's.
    expect(allTargets(d).some((f) => f.scope.level === 'province')).toBe(false);
  });

  it('anshan gets its cluster target: 50亿元 lasers', () => {
    const a = view('anshan');
    const lasers = allTargets(a).find((f) => f.scope.level === 'cluster' && f.scope.id === 'anshan');
    expect(lasers?.value).toBe(50);
    expect(lasers?.unit).toBe('yi_yuan');
    expect(lasers?.subject?.zh).toContain('激光');
    expect(scopeLabel(atlas, lasers!.scope, 'zh', lasers!.subject)).toBe('鞍山激光产业集群');
    // Anshan is not in the demonstration zone (the two cores are).
    expect(targetScopes(a)).not.toContain('demo:shenda');
  });

  it('benxi gets its cluster targets and the innovative-parks goal', () => {
    const b = view('benxi');
    expect(targetScopes(b)).toEqual(expect.arrayContaining(['cluster:benxi', 'city:benxi']));
    expect(allTargets(b).some((f) => f.id === 'transfer-2018.cluster-sales.benxi' && f.value === 75)).toBe(true);
    expect(b.goals.map((g) => g.id)).toContain('innovative-parks');
    expect(b.goals.map((g) => g.id)).not.toContain('first-class-parks');
  });

  it('only lists targets whose scope covers the zone', () => {
    for (const z of atlas.zones) for (const f of allTargets(view(z.id))) expect(appliesTo(f, z)).toBe(true);
    expect(targetScopes(view('suizhong'))).toEqual([]);
  });

  it('keeps a source on every item', () => {
    const d = view('dalian');
    for (const f of d.figures) expect(f.source.quote.length).toBeGreaterThan(0);
    for (const g of d.industries) for (const it of g.items) for (const c of it.claims) expect(c.source).toBeDefined();
  });
});

describe('zone view: industries by basis', () => {
  it('marks group claims as group, with the group listed', () => {
    const anshan = view('anshan');
    const group = anshan.industries.find((g) => g.basis === 'group');
    expect(group?.items.map((i) => i.industry.key)).toContain('metallurgy-automation');
    expect(group?.groups[0]).toEqual(['anshan', 'benxi', 'jinzhou', 'yingkou', 'fuxin', 'liaoyang']);
    for (const it of group?.items ?? []) for (const c of it.claims) expect(c.basis).toBe('group');
  });

  it('marks public-source claims as external', () => {
    const shenyang = view('shenyang');
    const ext = shenyang.industries.find((g) => g.basis === 'external');
    expect(ext?.items.map((i) => i.industry.key)).toEqual(expect.arrayContaining(['digital-medical', 'auto-parts']));
    for (const it of ext?.items ?? []) for (const c of it.claims) expect(c.source.type).toBe('external');
  });

  it('orders the groups zone → group → external', () => {
    expect(view('benxi').industries.map((g) => g.basis)).toEqual(['zone', 'group', 'external']);
  });
});

describe('zone view: other figures', () => {
  it('puts the national-zone average beside shenyang and dalian', () => {
    const d = view('dalian');
    const gdp = d.other.find((o) => o.figure.metric === 'gdp-share-of-city');
    expect(gdp?.figure.value).toBe(3.6);
    const hightech = d.other.find((o) => o.figure.metric === 'hightech-share');
    expect(hightech?.figure.value).toBe(13.2);
    expect(hightech?.peer?.value).toBe(30.6);
    expect(hightech?.peer?.scope.level).toBe('peer');
  });
});

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
  it('lists province (transfer-2018) and demonstration-zone targets', () => {
    expect(ov.provinceTargets.every((f) => f.scope.level === 'province')).toBe(true);
    expect(ov.provinceTargets.length).toBeGreaterThan(20);
    expect(ov.demoTargets.every((f) => f.scope.level === 'demo')).toBe(true);
    expect(new Set(ov.demoTargets.map((f) => (f.source.type === 'doc' ? f.source.doc : '')))).toEqual(new Set(['shenda-2016', 'transfer-2018']));
  });
});

describe('industry explorer', () => {
  it('encodes the strongest basis per cell: 3 zone, 2 group, 1 external', () => {
    const m = industryMatrix(atlas);
    expect(m.find((c) => c.zone === 'benxi' && c.industry === 'biomedicine')?.value).toBe(3);
    expect(m.find((c) => c.zone === 'jinzhou' && c.industry === 'biomedicine')?.value).toBe(2);
    expect(m.find((c) => c.zone === 'yingkou' && c.industry === 'green-tech')?.value).toBe(1);
  });
  it('lists the zones with an industry, strongest basis first', () => {
    const zs = zonesWithIndustry(atlas, 'biomedicine');
    expect(zs.map((z) => z.zone.id)).toEqual(expect.arrayContaining(['benxi', 'dalian', 'anshan', 'jinzhou', 'shenyang']));
    expect(zs[0]?.bases[0]).toBe('zone');
    expect(zs.some((z) => z.zone.id === 'suizhong')).toBe(false);
  });
});

describe('source text', () => {
  const doc = { id: 'x', text: '0123456789365体育投注abc', corrections: [{ start: 3, end: 5, original: 'XYZ' }] };
  it('splits at corrected spots', () => {
    expect(segments(doc, 0, 8)).toEqual([{ text: '012' }, { text: '34', original: 'XYZ' }, { text: '567' }]);
  });
  it('gives the quote with context either side', () => {
    const q = quoteInContext(doc, 4, 6, 2);
    expect(q.before.map((s) => s.text).join('')).toBe('23');
    expect(q.quote).toEqual([{ text: '4', original: 'XYZ' }, { text: '5' }]);
    expect(q.after.map((s) => s.text).join('')).toBe('67');
    expect(q.clippedStart && q.clippedEnd).toBe(true);
  });
});

describe('compare list', () => {
  it('adds up to three zones and removes', () => {
    expect(toggleCompare(['a', 'b', 'c'], 'd')).toEqual(['a', 'b', 'c']);
    expect(toggleCompare(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggleCompare(['a', 'b'], 'a')).toEqual(['b']);
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
  it('the zone count leads the overview, split by tier', () => {
    const first = overviewView(atlas).headline[0];
    expect(first?.main.metric).toBe('zone-count');
    expect(first?.main.value).toBe(15);
    expect(first?.parts.map((p) => `${p.scope.id}:${p.value}`).sort()).toEqual(['national:8', 'provincial:7']);
  });
});

describe('memoised views and baselines', () => {
  it('returns the same view object for the same zone (cheap zone switching)', () => {
    expect(zoneView(atlas, 'dalian')).toBe(zoneView(atlas, 'dalian'));
    expect(overviewView(atlas)).toBe(overviewView(atlas));
    expect(zoneView(atlas, 'nowhere')).toBeNull();
  });
  it('pairs a target with the earlier baseline of the same measure and scope only', () => {
    const t = atlas.figures.find((f) => f.id === 'transfer-2018.high-tech-enterprises.province');
    expect(t && baselineOf(atlas, t)?.id).toBe('plan-2016.hightech-enterprises.province');
    // A zone or city target is never set against a province or all-zones total.
    for (const z of atlas.zones)
      for (const g of view(z.id).targets)
        for (const it of g.items) if (it.baseline) expect(scopeKey(it.baseline.scope)).toBe(scopeKey(it.figure.scope));
  });
});
