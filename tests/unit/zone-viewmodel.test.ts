import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Atlas, Figure } from '../../src/data/types.ts';
import { zoneView, glanceTargets, GLANCE_MAX, GLANCE_PER_SCOPE, TARGET_SCOPE_ORDER, type ZoneView } from '../../src/panel/zone-view.ts';
import { BASIS_RANK, appliesTo, baselineOf, demoIdsOf, provincialDocIds } from '../../src/panel/rules.ts';
import { scopeLabel, scopeKey } from '../../src/panel/scope.ts';
import { quoteInContext, segments } from '../../src/panel/doctext.ts';

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
    expect(targetScopes(d)).toEqual(expect.arrayContaining(['city:dalian', 'cluster:dalian', 'demo:shenda', 'demo:dalian']));
    const trading = allTargets(d).find((f) => f.id === 'dalian-2016.tech-trading-volume');
    // 自创区技术交易额: the sentence's scope is Dalian's demonstration area, not the whole city (issue 10).
    expect(trading?.scope).toEqual({ level: 'demo', id: 'dalian' });
    expect(scopeLabel(atlas, trading!.scope, 'zh')).toBe('大连自创区（高新区、金普新区）');
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
    // The aggregator's list (auto parts …) was replaced by China Daily's (issue 10); the district's clusters
    // (浑南区: 智能制造, 生物医药) are the district's, not the zone's, and are not claimed for it.
    expect(ext?.items.map((i) => i.industry.key).sort()).toEqual(['digital-medical', 'robotics', 'software']);
    for (const it of ext?.items ?? []) for (const c of it.claims) expect(c.source.type).toBe('external');
  });

  it('orders the groups zone → group → city → external', () => {
    expect(view('benxi').industries.map((g) => g.basis)).toEqual(['zone', 'group', 'city', 'external']);
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

describe('zone view: at a glance', () => {
  it('benxi: its GDP share of the city, and the province\'s target for its pharmaceutical cluster first', () => {
    const b = view('benxi');
    expect(b.glance.own.map((f) => `${f.metric}:${f.value}`)).toEqual(['gdp-share-of-city:8']);
    expect(b.glance.peers).toEqual([]);
    expect(b.glance.targets[0]?.figure.id).toBe('transfer-2018.cluster-sales.benxi');
    expect(b.glance.targets.map((t) => t.figure.scope.level)).toEqual(['cluster', 'cluster', 'city', 'city']);
  });
  it('dalian: its GDP share and the four indicators against the national average', () => {
    const d = view('dalian');
    expect(d.glance.own.map((f) => f.value)).toEqual([3.6]);
    expect(d.glance.peers.map((p) => `${p.figure.metric}:${p.figure.value}/${p.peer.value}`)).toEqual([
      'hightech-share:13.2/30.6', 'export-share:17.7/12.8', 'service-share:16.1/16.5', 'rd-intensity:2.8/2.1',
    ]);
    expect(d.peerChart?.length).toBe(4);
    expect(d.gdpChart?.some((f) => f.scope.id === 'dalian')).toBe(true);
  });
  it('ranks by scope (zone → cluster → city → demo), at most two a scope and six in all', () => {
    for (const z of atlas.zones) {
      const g = view(z.id).glance.targets;
      expect(g.length).toBeLessThanOrEqual(GLANCE_MAX);
      const levels = g.map((t) => TARGET_SCOPE_ORDER.indexOf(t.figure.scope.level));
      expect([...levels].sort((a, b) => a - b)).toEqual(levels);
      const per = new Map<string, number>();
      for (const t of g) per.set(scopeKey(t.figure.scope), (per.get(scopeKey(t.figure.scope)) ?? 0) + 1);
      for (const n of per.values()) expect(n).toBeLessThanOrEqual(GLANCE_PER_SCOPE);
      // Every scope that has targets is represented while there is room.
      if (view(z.id).targets.length * GLANCE_PER_SCOPE <= GLANCE_MAX) expect(per.size).toBe(view(z.id).targets.length);
    }
  });
  it('puts a province-wide document\'s target before a city\'s own in the same scope', () => {
    const provincial = provincialDocIds(atlas);
    expect(provincial.has('transfer-2018')).toBe(true);
    expect(provincial.has('benxi-2015')).toBe(false);
    const g = glanceTargets(atlas, view('benxi').targets.filter((x) => x.scope.level === 'cluster'));
    expect(g.map((t) => t.figure.source.type === 'doc' && t.figure.source.doc)).toEqual(['transfer-2018', 'benxi-2015']);
  });
  it('lists each industry once with its strongest claim, strongest first', () => {
    for (const z of atlas.zones) {
      const v = view(z.id);
      const keys = v.glance.industries.map((i) => i.industry.key);
      expect(new Set(keys).size, z.id).toBe(keys.length);
      expect(new Set(keys), z.id).toEqual(new Set(v.industries.flatMap((g) => g.items.map((i) => i.industry.key))));
      const ranks = v.glance.industries.map((i) => BASIS_RANK[i.claim.basis]);
      expect([...ranks].sort((a, b) => b - a), z.id).toEqual(ranks);
    }
    expect(view('benxi').glance.industries[0]?.industry.key).toBe('biomedicine');
  });
  it('says nothing of its own for a zone the documents give no figure for', () => {
    const f = view('fushun');
    expect(f.glance.own).toEqual([]);
    expect(f.glance.peers).toEqual([]);
    expect(f.gdpChart).toBeNull();
  });
});

describe('zone view: demonstration zones come from the data', () => {
  it('the two cores belong to shenda (zones.yaml scheme.demo), others to none', () => {
    expect(atlas.zones.filter((z) => demoIdsOf(z).includes('shenda')).map((z) => z.id).sort()).toEqual(['dalian', 'shenyang']);
  });
  it('a zone given a demonstration zone in the data gets its targets', () => {
    const anshan = atlas.zones.find((z) => z.id === 'anshan');
    const demo = atlas.figures.find((f) => f.scope.level === 'demo');
    expect(anshan && demo).toBeTruthy();
    if (!anshan || !demo) return;
    expect(appliesTo(demo, anshan)).toBe(false);
    expect(appliesTo(demo, { ...anshan, demos: [demo.scope.id ?? ''] })).toBe(true);
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

describe('memoised views and baselines', () => {
  it('returns the same view object for the same zone (cheap zone switching)', () => {
    expect(zoneView(atlas, 'dalian')).toBe(zoneView(atlas, 'dalian'));
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
