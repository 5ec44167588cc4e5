/**
 * The data build must refuse what it cannot trace. Each test copies data/ and
 * seeds/ to a temporary root, breaks one thing, and expects the build to name
 * the file, the record and the reason.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildAtlas } from '../../scripts/data/build.ts';
import { ROOT, edit, failures, fixture } from './helpers/data-fixture.ts';
import type { Atlas } from '../../src/data/types.ts';

describe('the real data', () => {
  let atlas: Atlas;
  beforeAll(() => {
    atlas = buildAtlas({ root: ROOT }).atlas;
  });
  it('has the 15 zones with the public ids, 8 national and 7 provincial', () => {
    expect(atlas.zones.map((z) => z.id)).toEqual([
      'shenyang', 'dalian', 'anshan', 'benxi', 'jinzhou', 'yingkou', 'fuxin', 'liaoyang',
      'fushun', 'dandong', 'tieling', 'panjin', 'chaoyang', 'huludao', 'suizhong',
    ]);
    expect(atlas.zones.filter((z) => z.tier === 'national')).toHaveLength(8);
  });
  it('has the two cores of 000 and every other zone in the spillover area', () => {
    expect(atlas.zones.filter((z) => z.role === 'core').map((z) => z.id)).toEqual(['shenyang', 'dalian']);
    for (const z of atlas.zones) expect(z.roleSource.type).toBe('doc');
  });
  it('derives the belt from the expressway: the cores are on it, the western zones are not', () => {
    const on = (id: string): boolean => atlas.zones.find((z) => z.id === id)?.belt.on ?? false;
    expect(on('shenyang') && on('dalian') && on('anshan') && on('liaoyang')).toBe(true);
    expect(on('chaoyang') || on('huludao') || on('fuxin') || on('dandong')).toBe(false);
  });
  it('gives every figure, claim and link a verified source', () => {
    for (const f of atlas.figures) expect(f.source.quote.length).toBeGreaterThan(0);
    for (const c of atlas.claims) expect(c.source.quote.length).toBeGreaterThan(0);
    for (const l of atlas.links) expect(l.bases.length).toBeGreaterThan(0);
  });
  it('keeps the plan tier totals as tier totals (1455 = 1145 + 310)', () => {
    const get = (id: string): number | undefined => atlas.figures.find((f) => f.id === id)?.value;
    expect(get('plan-2016.incubating.zones')).toBe(1455);
    expect(get('plan-2016.incubating.national')).toBe(1145);
    expect(get('plan-2016.incubating.provincial')).toBe(310);
    expect(atlas.figures.find((f) => f.id === 'plan-2016.incubating.national')?.scope).toEqual({ level: 'tier', id: 'national' });
  });
  it('restores 大连 in quotes from 000 and says so', () => {
    const core = atlas.zones.find((z) => z.id === 'dalian')?.roleSource;
    expect(core?.type).toBe('doc');
    if (core?.type !== 'doc') return;
    expect(core.quote).toContain('365体育投注');
    expect(core.display).toContain('大连');
    expect(core.display).not.toContain('365体育投注');
    expect(core.corrected?.en).toMatch(/spam/);
  });
  it('corrects all 26 places of 000 where 大连 was replaced, one of them broken across a line', () => {
    const { texts } = buildAtlas({ root: ROOT });
    const shenda = texts.find((t) => t.id === 'shenda-2016');
    expect(shenda?.corrections).toHaveLength(26);
    expect(shenda?.text).not.toMatch(/365\s*体育投注/);
  });
  it('locates each quote in the corrected document text', () => {
    const { atlas: a, texts } = buildAtlas({ root: ROOT });
    for (const f of a.figures) {
      if (f.source.type !== 'doc') continue;
      const { doc, start, end, display } = f.source;
      const text = texts.find((t) => t.id === doc)?.text ?? '';
      expect(text.slice(start, end).replace(/\s+/g, '')).toBe(display.replace(/\s+/g, ''));
    }
  });
  it('stores the cleaned value beside 001\'s mangled numbers', () => {
    const mangled = atlas.figures.filter((f) => f.source.type === 'doc' && f.source.doc === 'dalian-2016' && f.written);
    expect(mangled.length).toBeGreaterThan(0);
    for (const f of mangled) expect(f.written).not.toBe(String(f.value));
  });
});

describe('the build refuses bad input with a clear message', () => {
  it('a quote that is not in its seed', () => {
    const root = fixture();
    edit(root, 'data/figures/plan-2016.yaml', (s) => s.replaceAll('在孵企业1455家', '在孵企业1456家'));
    const m = failures(root);
    expect(m.some((x) => x.startsWith('data/figures/plan-2016.yaml: plan-2016.incubating.zones: quote not found in plan-2016 (seeds/004_'))).toBe(true);
  });
  it('a value that is not in its quote', () => {
    const root = fixture();
    edit(root, 'data/figures/plan-2016.yaml', (s) => s.replace(/(id: plan-2016\.incubating\.zones[\s\S]*?value: )1455/, '$11456'));
    expect(failures(root)).toContain('data/figures/plan-2016.yaml: plan-2016.incubating.zones: value 1456 does not occur in the quote (if the seed writes it differently, give `written`)');
  });
  it('a range recorded as its lower bound, or a range the quote does not write', () => {
    const root = fixture();
    edit(root, 'data/figures/benxi-2015.yaml', (s) => s.replace(/(id: benxi-2015\.academicians[\s\S]*?)upTo: 2\n/, '$1comparator: gte\n'));
    edit(root, 'data/figures/benxi-2015.yaml', (s) => s.replace(/(id: benxi-2015\.thousand-talents[\s\S]*?upTo: )3/, '$14'));
    const m = failures(root);
    expect(m).toContain('data/figures/benxi-2015.yaml: benxi-2015.academicians: the quote gives a range, 1–2: record upTo: 2 (the value is its lower bound)');
    expect(m).toContain('data/figures/benxi-2015.yaml: benxi-2015.thousand-talents: upTo 4: the quote writes no range 2–4');
  });
  it('a zone area its quote does not write (an area is shown as written, never rounded)', () => {
    const root = fixture();
    edit(root, 'data/zones.yaml', (s) => s.replace('km2: 42.77', 'km2: 42.8'));
    expect(failures(root)).toContain('data/zones.yaml: fushun.area: km2 42.8 is not written as that number in its quote');
  });
  it('a quote from 000 with the name restored (the seed must be quoted as it is)', () => {
    const root = fixture();
    edit(root, 'data/zones.yaml', (s) => s.replace('沈阳、365体育投注市的创新优势', '沈阳、大连市的创新优势'));
    expect(failures(root).some((x) => x.includes('zones.yaml: shenyang.scheme: quote not found in shenda-2016') && x.includes('"365体育投注" for "大连"'))).toBe(true);
  });
  it('an unknown zone id', () => {
    const root = fixture();
    edit(root, 'data/figures/plan-2016.yaml', (s) => s.replace('scope: zone:benxi', 'scope: zone:benxii'));
    expect(failures(root)).toContain('data/figures/plan-2016.yaml: plan-2016.gdp-share-of-city.benxi: scope: unknown zone "benxii"');
  });
  it('a duplicate id', () => {
    const root = fixture();
    edit(root, 'data/zones.yaml', (s) => s.replace('- id: suizhong', '- id: huludao'));
    const m = failures(root);
    expect(m).toContain('data/zones.yaml: huludao: duplicate id');
  });
  it('a zone list that disagrees with the plan\'s own count (no number in code)', () => {
    const root = fixture();
    edit(root, 'data/zones.yaml', (s) => s.replace('short: { zh: 绥中, en: Suizhong }\n  tier: provincial', 'short: { zh: 绥中, en: Suizhong }\n  tier: national'));
    const m = failures(root);
    expect(m).toContain('data/zones.yaml: (file): lists 9 national zones, but the plan (plan-2016, figure plan-2016.zone-count.national) says 8');
    expect(m).toContain('data/zones.yaml: (file): lists 6 provincial zones, but the plan (plan-2016, figure plan-2016.zone-count.provincial) says 7');
  });
  it('a location outside Liaoning', () => {
    const root = fixture();
    edit(root, 'data/zones.yaml', (s) => s.replace('lon: 123.62\n    lat: 41.4', 'lon: 41.4\n    lat: 123.62'));
    expect(failures(root).some((x) => x.startsWith('data/zones.yaml: benxi: location [41.4, 123.62] is outside Liaoning'))).toBe(true);
  });
  it('a missing source', () => {
    const root = fixture();
    edit(root, 'data/figures/plan-2016.yaml', (s) => s.replace(/(id: plan-2016\.incubating\.national[\s\S]*?) {2}source: \{[^\n]*\}\n/, '$1'));
    expect(failures(root).some((x) => x.startsWith('data/figures/plan-2016.yaml: plan-2016.incubating.national: source:'))).toBe(true);
  });
  it('an unknown document', () => {
    const root = fixture();
    edit(root, 'data/goals.yaml', (s) => s.replace('doc: plan-2016', 'doc: plan-2017'));
    expect(failures(root)).toContain('data/goals.yaml: first-class-parks: unknown document "plan-2017"');
  });
  it('a group claim whose zone is not in the group, and an industry term not in the quote', () => {
    const root = fixture();
    edit(root, 'data/industry-claims/plan-2016.yaml', (s) => s.replace('term: 冶金自动化', 'term: 冶金自动化X'));
    expect(failures(root).some((x) => /industry-claims\/plan-2016\.yaml: \w+\.metallurgy-automation: term "冶金自动化X" does not occur in the quote/.test(x))).toBe(true);
  });
  it('a corrupted seed breaks the build', () => {
    const root = fixture();
    edit(root, 'seeds/004_33b8d2b5bb660338.txt', (s) => s.replace('其中国家高新区1145家', '其中国家高新区1154家'));
    expect(failures(root).some((x) => x.includes('plan-2016.incubating') && x.includes('quote not found'))).toBe(true);
  });
  it('a malformed YAML file', () => {
    const root = fixture();
    edit(root, 'data/cities.yaml', (s) => s + '\n- { id: [unclosed\n');
    expect(failures(root).some((x) => x.startsWith('data/cities.yaml: (file): not valid YAML'))).toBe(true);
  });
});

describe('the region (data/region.yaml) checks locations, from the data', () => {
  it('a malformed region file: a bound missing, east and west swapped', () => {
    const root = fixture();
    edit(root, 'data/region.yaml', (s) => s.replace(', north: 43.5', ''));
    expect(failures(root)).toEqual(['data/region.yaml: (record): extent.north: Invalid key: Expected "north" but received undefined']);
    const swapped = fixture();
    edit(swapped, 'data/region.yaml', (s) => s.replace('west: 118.8, east: 125.9', 'west: 125.9, east: 118.8'));
    expect(failures(swapped)).toEqual(['data/region.yaml: (record): extent: west must be less than east']);
  });
  it('a missing region file', () => {
    const root = fixture();
    rmSync(join(root, 'data', 'region.yaml'));
    expect(failures(root)).toContain('data/region.yaml: (file): file is missing');
  });
  it('the message names the region and its extent as the file gives them', () => {
    const root = fixture();
    edit(root, 'data/region.yaml', (s) => s.replace('en: Liaoning', 'en: Benxi only').replace('west: 118.8, east: 125.9, south: 38.6, north: 43.5', 'west: 123, east: 125, south: 40.5, north: 41.5'));
    const m = failures(root);
    expect(m).toContain('data/zones.yaml: shenyang: location [123.46, 41.72] is outside Benxi only (lon 123–125, lat 40.5–41.5); is lon/lat swapped?');
    expect(m).toContain('data/belt.yaml: waypoint Dalian: is outside Benxi only (lon 123–125, lat 40.5–41.5); is lon/lat swapped?');
    expect(m.some((x) => x.startsWith('data/zones.yaml: benxi:'))).toBe(false);
  });
});
