/**
 * The rules of data/README.md ("Rules the data must follow", issue 10): each
 * test breaks one rule in a copy of data/ and expects the build to fail naming
 * the file, the record and the reason; the last ones check the real data and
 * the pure helpers.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildAtlas } from '../../scripts/data/build.ts';
import { ROOT, edit, failures, fixture as copyOf } from './helpers/data-fixture.ts';
import { asWritten, missingPairs, namesZone, rangeFrom, writesNumber } from '../../scripts/data/rules.ts';
import { meetsGrade } from '../../scripts/data/grades.ts';

const fixture = (): string => copyOf('atlas-rules-');
import type { Atlas } from '../../src/data/types.ts';

/** Exactly one message, for that file and record, with the reason. */
function expectOne(messages: string[], file: string, record: string, reason: RegExp): void {
  const hits = messages.filter((m) => m.startsWith(`${file}: ${record}: `));
  expect(hits, messages.join('\n')).toHaveLength(1);
  expect(hits[0]).toMatch(reason);
}

describe('rule d: industry basis and status', () => {
  it('a zone claim whose quote does not name the zone', () => {
    const root = fixture();
    // Basis zone on a sentence that names only the demonstration area's industries.
    edit(root, 'data/industry-claims/dalian-2016.yaml', (s) => s.replace('  industry: ic\n  basis: demo\n  demo: dalian\n', '  industry: ic\n  basis: zone\n'));
    expectOne(failures(root), 'data/industry-claims/dalian-2016.yaml', 'dalian.ic', /basis zone, but the quote does not name the zone \(大连高新技术产业园区 \/ 大连高新区/);
  });
  it('a city claim whose quote does not name the city', () => {
    const root = fixture();
    edit(root, 'data/industry-claims/transfer-2018.yaml', (s) => s.replace('- zone: benxi\n  industry: biomedicine\n  basis: city', '- zone: fuxin\n  industry: biomedicine\n  basis: city'));
    expectOne(failures(root), 'data/industry-claims/transfer-2018.yaml', 'fuxin.biomedicine', /basis city, but the quote does not name 阜新/);
  });
  it('a demo claim for a zone outside that demonstration zone', () => {
    const root = fixture();
    edit(root, 'data/industry-claims/dalian-2016.yaml', (s) => s.replace('- zone: dalian\n  industry: ic\n', '- zone: anshan\n  industry: ic\n'));
    expectOne(failures(root), 'data/industry-claims/dalian-2016.yaml', 'anshan.ic', /basis demo "dalian", but zones.yaml does not put anshan in it/);
  });
  it('a claim without a status', () => {
    const root = fixture();
    edit(root, 'data/industry-claims/benxi-2015.yaml', (s) => s.replace('  status: planned\n', ''));
    expect(failures(root).join('\n')).toMatch(/data\/industry-claims\/benxi-2015.yaml: benxi.biomedicine \(#1\): status: /);
  });
});

describe('rule c: look-alike figures carry a note', () => {
  it('a look-alike without its note and twins fails, naming the other', () => {
    const root = fixture();
    edit(root, 'data/figures/shenda-2016.yaml', (s) => s.replace(/\n {2}note: \{ zh: 2016年文件的目标[^\n]*\n {2}twins: \[[^\]]*\]/, ''));
    const m = failures(root);
    expect(m.some((x) => x.startsWith('data/figures/shenda-2016.yaml: shenda-2016.high-end-equipment-share.demo: looks like transfer-2018.high-end-equipment-share.demo') && /list .* in twins/.test(x))).toBe(true);
    expect(m.some((x) => x.startsWith('data/figures/shenda-2016.yaml: shenda-2016.high-end-equipment-share.demo: ') && /needs a note saying how they differ/.test(x))).toBe(true);
    // The other one names its twin, so only the missing side is reported.
    expect(m.filter((x) => x.startsWith('data/figures/transfer-2018.yaml'))).toEqual([]);
  });
  it('twins that name no figure', () => {
    const root = fixture();
    edit(root, 'data/figures/shenda-2016.yaml', (s) => s.replace('twins: [transfer-2018.high-end-equipment-share.demo]', 'twins: [transfer-2018.high-end-equipment-share.demo, no-such-figure]'));
    expectOne(failures(root), 'data/figures/shenda-2016.yaml', 'shenda-2016.high-end-equipment-share.demo', /twins: "no-such-figure" is not a figure id/);
  });
});

describe('rule h: ambiguous quotes', () => {
  it('a duplicated quote without occurrence', () => {
    const root = fixture();
    edit(root, 'data/figures/benxi-2015.yaml', (s) => s.replace('source: { doc: benxi-2015, occurrence: 1, quote: "把中国药都打造成', 'source: { doc: benxi-2015, quote: "把中国药都打造成'));
    expectOne(failures(root), 'data/figures/benxi-2015.yaml', 'benxi-2015.cluster-output.pharma', /quote occurs 2 times in benxi-2015: give occurrence \(1–2\)/);
  });
  it('an occurrence beyond the quote\'s count', () => {
    const root = fixture();
    edit(root, 'data/figures/benxi-2015.yaml', (s) => s.replace('source: { doc: benxi-2015, occurrence: 1, quote: "把中国药都打造成', 'source: { doc: benxi-2015, occurrence: 3, quote: "把中国药都打造成'));
    expectOne(failures(root), 'data/figures/benxi-2015.yaml', 'benxi-2015.cluster-output.pharma', /occurrence 3, but the quote occurs 2 time\(s\)/);
  });
  it('the second occurrence is located where it stands', () => {
    const root = fixture();
    const first = buildAtlas({ root }).atlas.figures.find((f) => f.id === 'benxi-2015.cluster-output.pharma');
    edit(root, 'data/figures/benxi-2015.yaml', (s) => s.replace('source: { doc: benxi-2015, occurrence: 1, quote: "把中国药都打造成', 'source: { doc: benxi-2015, occurrence: 2, quote: "把中国药都打造成'));
    const second = buildAtlas({ root }).atlas.figures.find((f) => f.id === 'benxi-2015.cluster-output.pharma');
    expect(first?.source.type === 'doc' && second?.source.type === 'doc' && second.source.start > first.source.end).toBe(true);
  });
});

describe('rule e: links only as strong as their sentence', () => {
  it('a grouping that misses a pair of its members', () => {
    const root = fixture();
    edit(root, 'data/links.yaml', (s) => s.replace(/\n- id: central-anshan-fushun\n(?: {2}[^\n]*\n)+/, '\n'));
    expect(failures(root).some((m) => m.startsWith('data/links.yaml: central-shenyang-anshan: the grouping shenyang–anshan–fushun has no link for anshan–fushun'))).toBe(true);
  });
  it('a grouping without members, and a directed link with members', () => {
    const root = fixture();
    edit(root, 'data/links.yaml', (s) =>
      s.replace('- id: central-anshan-fushun\n  from: anshan\n  to: fushun\n  kind: special\n  directed: false\n  members: [shenyang, anshan, fushun]\n', '- id: central-anshan-fushun\n  from: anshan\n  to: fushun\n  kind: special\n  directed: false\n')
        .replace('  kind: special\n  directed: true\n  label: { zh: 沈本一体化', '  kind: special\n  directed: true\n  members: [shenyang, benxi]\n  label: { zh: 沈本一体化'));
    const m = failures(root);
    expectOne(m.filter((x) => /needs members/.test(x)), 'data/links.yaml', 'central-anshan-fushun', /a grouping \(directed: false\) needs members/);
    expectOne(m, 'data/links.yaml', 'shenben-shenyang-benxi', /a directed link has no members/);
  });
  it('a link without directed', () => {
    const root = fixture();
    edit(root, 'data/links.yaml', (s) => s.replace('  kind: special\n  directed: true\n  label: { zh: 沈本一体化', '  kind: special\n  label: { zh: 沈本一体化'));
    expect(failures(root).join('\n')).toMatch(/data\/links.yaml: shenben-shenyang-benxi: directed: /);
  });
});

describe('rule f: goals say what the sentence says', () => {
  it('a goal text that adds words the document lacks', () => {
    const root = fixture();
    edit(root, 'data/goals.yaml', (s) => s.replace('zh: 支持推进盘锦、丹东、抚顺、朝阳等省级高新技术产业开发区晋升国家级高新技术产业开发区。', 'zh: 盘锦、丹东、抚顺、朝阳高新区已晋升国家级高新技术产业开发区。'));
    expectOne(failures(root), 'data/goals.yaml', 'national-promotion', /text.zh is not the document's words \(mark left-out words with ……\)/);
  });
  it('an abridged goal passes when …… marks the cut', () => {
    const root = fixture();
    edit(root, 'data/goals.yaml', (s) => s.replace('zh: 支持推进盘锦、丹东、抚顺、朝阳等省级高新技术产业开发区晋升国家级高新技术产业开发区。', 'zh: 支持推进盘锦……等省级高新技术产业开发区晋升国家级高新技术产业开发区。'));
    expect(failures(root)).toEqual([]);
  });
});

describe('rule 4: outside sources, graded', () => {
  it('an external source without a grade', () => {
    const root = fixture();
    edit(root, 'data/zones.yaml', (s) => s.replace('title: "求真百科", grade: reprint, quote: "籌建於1992年', 'title: "求真百科", quote: "籌建於1992年'));
    expect(failures(root).join('\n')).toMatch(/data\/zones.yaml: yingkou: approved.source: /);
  });
  it('an unknown grade', () => {
    const root = fixture();
    edit(root, 'data/zones.yaml', (s) => s.replace('title: "求真百科", grade: reprint,', 'title: "求真百科", grade: trusted,'));
    expect(failures(root).join('\n')).toMatch(/data\/zones.yaml: yingkou: approved.source/);
  });
  it('a record below the publisher\'s minimum grade is left out and counted', () => {
    const root = fixture();
    const publish = join(root, 'official.yaml');
    writeFileSync(publish, 'min_external_grade: official\n');
    const { atlas } = buildAtlas({ root, publishFile: publish });
    expect(atlas.publish.minExternalGrade).toBe('official');
    expect(atlas.publish.omitted).toContainEqual({ record: { file: 'data/zones.yaml', id: 'yingkou.approved' }, zone: 'yingkou', what: 'approved', grade: 'reprint' });
    expect(atlas.zones.find((z) => z.id === 'yingkou')?.approved).toBeUndefined();
    // An official fact stays.
    expect(atlas.zones.find((z) => z.id === 'dalian')?.approved?.year).toBe(1991);
    for (const c of atlas.claims) if (c.source.type === 'external') expect(c.source.grade).toBe('official');
    // The belt keeps its line; its waypoints lose the sources below the grade.
    expect(atlas.belt.waypoints.length).toBeGreaterThan(2);
    expect(atlas.belt.waypoints.every((w) => w.source === undefined && w.approximate)).toBe(true);
  });
  it('a publisher file that does not exist', () => {
    const root = fixture();
    expect(failures(root, join(root, 'no-such.yaml')).join('\n')).toMatch(/no-such.yaml: \(file\): the publisher settings file \(ATLAS_PUBLISH\) is missing/);
  });
  it('a publisher file with a grade that does not exist', () => {
    const root = fixture();
    const publish = join(root, 'bad.yaml');
    writeFileSync(publish, 'min_external_grade: best\n');
    expect(failures(root, publish).join('\n')).toMatch(/bad.yaml: \(record\): min_external_grade: grade must be official, media, reference or reprint/);
  });
});

describe('the real data', () => {
  let atlas: Atlas;
  beforeAll(() => {
    atlas = buildAtlas({ root: ROOT }).atlas;
  });
  it('grades every outside source and records every source\'s file and id', () => {
    const refs = [
      ...atlas.claims.map((c) => c.source), ...atlas.figures.map((f) => f.source),
      ...atlas.zones.flatMap((z) => [z.district?.source, z.approved?.source, z.area?.source, z.roleSource]),
      ...atlas.belt.waypoints.map((w) => w.source),
    ].filter((r) => r !== undefined);
    for (const r of refs) {
      expect(r.record.file).toMatch(/^data\/.+\.yaml$/);
      expect(r.record.id.length).toBeGreaterThan(0);
      if (r.type === 'external') expect(['official', 'media', 'reference', 'reprint']).toContain(r.grade);
    }
    expect(atlas.figures.find((f) => f.id === 'dalian-2016.tech-trading-volume')?.source.record).toEqual({ file: 'data/figures/dalian-2016.yaml', id: 'dalian-2016.tech-trading-volume' });
  });
  it('keeps no fact that only an aggregator supported', () => {
    const urls = [...atlas.claims.map((c) => c.source), ...atlas.zones.flatMap((z) => [z.district?.source, z.approved?.source, z.area?.source])]
      .flatMap((r) => (r?.type === 'external' && r.url ? [r.url] : []));
    for (const spam of ['bkwk.cn', 'drdinosmun.com', '6860415.cn', 'subhan.com.cn']) expect(urls.some((u) => u.includes(spam)), spam).toBe(false);
  });
  it('scopes 自创区 figures to Dalian\'s demonstration area and never the whole city', () => {
    for (const id of ['dalian-2016.tech-trading-volume', 'dalian-2016.rd-share-gdp', 'dalian-2016.high-end-equipment-share', 'dalian-2016.services-share-gdp', 'dalian-2016.tech-transfer-institutions-national']) {
      expect(atlas.figures.find((f) => f.id === id)?.scope, id).toEqual({ level: 'demo', id: 'dalian' });
    }
    expect(atlas.zones.find((z) => z.id === 'dalian')?.demos).toEqual(['shenda', 'dalian']);
  });
  it('draws groupings undirected over all their members, and spillover directed', () => {
    const pair = (a: string, b: string) => atlas.links.find((l) => (l.from === a && l.to === b) || (l.from === b && l.to === a));
    expect(pair('anshan', 'fushun')?.directed).toBe(false);
    expect(pair('shenyang', 'dalian')?.directed).toBe(false);
    expect(pair('shenyang', 'benxi')?.directed).toBe(true);
    // 多点辐射 still makes Anshan a spillover area of Shenyang; the 沈大鞍 and 辽宁中部 groupings stand beside it.
    const sa = pair('shenyang', 'anshan');
    expect(sa?.directed).toBe(true);
    expect(sa?.bases.filter((b) => !b.directed).map((b) => b.id).sort()).toEqual(['central-shenyang-anshan', 'shendaan-shenyang-anshan']);
  });
  it('marks the tasks of 000 and 003 as planned and the 004 clusters as existing', () => {
    const c = (zone: string, industry: string, doc: string) => atlas.claims.filter((x) => x.zone === zone && x.industry === industry && x.source.type === 'doc' && x.source.doc === doc);
    expect(c('shenyang', 'new-materials', 'shenda-2016').map((x) => [x.basis, x.status])).toEqual([['demo', 'planned']]);
    expect(c('dalian', 'clean-energy', 'transfer-2018').map((x) => x.status)).toEqual(['planned']);
    expect(c('dalian', 'robotics', 'shenda-2016').map((x) => [x.basis, x.status])).toEqual([['city', 'planned']]);
    expect(c('fuxin', 'hydraulics', 'plan-2016').map((x) => [x.basis, x.status])).toEqual([['group', 'existing']]);
  });
});

describe('helpers', () => {
  it('namesZone ignores white space', () => {
    expect(namesZone('把本溪 高新区打造成', ['本溪高新区'])).toBe(true);
    expect(namesZone('本溪制药', ['本溪高新区'])).toBe(false);
  });
  it('missingPairs counts either order', () => {
    expect(missingPairs(['a', 'b', 'c'], new Set(['a|b', 'c|b']))).toEqual(['a–c']);
  });
  it('rangeFrom finds the range a value starts, as the documents write ranges, and nothing else', () => {
    expect(rangeFrom('力争到2020年,全市产业技术创新战略联盟达到5家,其中国家级联盟1-2家', 1)).toBe(2);
    expect(rangeFrom('中组部“千人计划”或“青年千人计划”人才2-3名', 2)).toBe(3);
    expect(rangeFrom('每年1～2次', 1)).toBe(2);
    expect(rangeFrom('研发投入占比达到2.5至3%', 2.5)).toBe(3);
    // Not a range: a value alone, the range's end, a number inside another (11-2), a descending pair.
    expect(rangeFrom('国家级联盟1家', 1)).toBeNull();
    expect(rangeFrom('国家级联盟1-2家', 2)).toBeNull();
    expect(rangeFrom('第11-2条', 1)).toBeNull();
    expect(rangeFrom('3-2', 3)).toBeNull();
  });
  it('writesNumber finds a number written digit for digit, not inside another', () => {
    expect(writesNumber('园区规划面积为42.77平方公里,现已建成园区面积15.9平方公里', 42.77)).toBe(true);
    expect(writesNumber('园区规划面积为42.77平方公里', 42.8)).toBe(false);
    expect(writesNumber('辖区面积153平方公里', 15)).toBe(false);
    expect(writesNumber('面積 15.10平方キロ', 15.1)).toBe(false);
    expect(writesNumber('面積 15.1平方キロ', 15.1)).toBe(true);
    expect(writesNumber('面积为220。', 220)).toBe(true);
  });
  it('asWritten keeps the precision and the measure word of the sentence', () => {
    expect(asWritten('研发经费支出占GDP比重为2.0%', 2, 'percent')).toEqual({ decimals: 1 });
    expect(asWritten('力争每年产生100项高价值核心专利', 100, 'patents')).toEqual({ measureWord: '项' });
    expect(asWritten('在孵企业1455家', 1455, 'enterprises')).toEqual({ measureWord: '家' });
    expect(asWritten('达到3,5', 3.5, 'percent')).toEqual({});
  });
  it('meetsGrade orders official > media > reference > reprint', () => {
    expect(meetsGrade('media', 'reference')).toBe(true);
    expect(meetsGrade('reprint', 'reference')).toBe(false);
    expect(meetsGrade('official', 'official')).toBe(true);
  });
});
