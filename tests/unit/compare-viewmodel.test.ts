import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Atlas } from '../../src/data/types.ts';
import { compareView, differs, figureText, alignDecimals } from '../../src/panel/compare-view.ts';
import { toggleCompare } from '../../src/panel/compare.ts';

// The built atlas (npm run atlas writes it; npm test runs that first).
const atlas = JSON.parse(readFileSync(new URL('../../public/data/atlas.json', import.meta.url), 'utf8')) as Atlas;

describe('compare list', () => {
  it('adds up to three zones and removes', () => {
    expect(toggleCompare(['a', 'b', 'c'], 'd')).toEqual(['a', 'b', 'c']);
    expect(toggleCompare(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggleCompare(['a', 'b'], 'a')).toEqual(['b']);
  });
});

describe('compare view', () => {
  it('lines the zone figures up by measure, a gap where a zone has none', () => {
    const v = compareView(atlas, ['shenyang', 'dalian', 'fushun']);
    expect(v.zones.map((z) => z.zone.id)).toEqual(['shenyang', 'dalian', 'fushun']);
    const gdp = v.metrics.find((r) => r.metric === 'gdp-share-of-city');
    expect(gdp?.cells.map((f) => f?.value)).toEqual([6.3, 3.6, undefined]);
    expect(v.metrics.map((r) => r.metric)).toEqual(expect.arrayContaining(['hightech-share', 'export-share', 'service-share', 'rd-intensity']));
  });
  it('ignores unknown ids', () => {
    expect(compareView(atlas, ['shenyang', 'nowhere']).zones.map((z) => z.zone.id)).toEqual(['shenyang']);
  });
  it('marks a row whose values differ, a missing value included', () => {
    expect(differs(['1', '1'])).toBe(false);
    expect(differs(['1', '2'])).toBe(true);
    expect(differs(['1', undefined])).toBe(true);
    expect(differs([undefined, undefined])).toBe(false);
    const v = compareView(atlas, ['shenyang', 'dalian']);
    const rd = v.metrics.find((r) => r.metric === 'rd-intensity');
    expect(differs(rd?.cells.map((f) => figureText(f, 'zh')) ?? [])).toBe(true);
  });
  it('pads numbers so they align on the decimal point (figure and punctuation spaces)', () => {
    expect(alignDecimals(['19.4', '2', '2.85', ''])).toEqual(['19.4\u2007', '2\u2008\u2007\u2007', '2.85', '\u2008\u2007\u2007']);
    expect(alignDecimals(['1,455', '310'])).toEqual(['1,455', '310']);
    // Every padded number has as many characters after its point position as the longest.
    const out = alignDecimals(['6.3', '16.9', '8']);
    expect(new Set(out.map((n) => n.length - (n.includes('.') ? n.indexOf('.') : n.indexOf('\u2008'))))).toEqual(new Set([2]));
  });
});
