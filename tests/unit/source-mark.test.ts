/** The source marker's prepared mark (src/panel/source-mark.ts): what SourceMarker shows, in both languages. */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Atlas, Omission, SourceRef } from '../../src/data/types.ts';
import { sourceMark } from '../../src/panel/source-mark.ts';
import { figureDisplay, omittedFacts } from '../../src/panel/describe.ts';

// The built atlas (npm run atlas writes it; npm test runs that first).
const atlas = JSON.parse(readFileSync(new URL('../../public/data/atlas.json', import.meta.url), 'utf8')) as Atlas;

describe('sourceMark', () => {
  const figure = atlas.figures.find((f) => f.id === 'plan-2016.incubating.zones');
  const plan = atlas.documents.find((d) => d.id === 'plan-2016');
  it('names the document in the accessible label and keeps what the dialog shows', () => {
    if (!figure || !plan) throw new Error('the real data has plan-2016.incubating.zones');
    expect(sourceMark(atlas, figure.source, 'x', 'zh')).toEqual({ source: figure.source, text: '来源', label: `来源：${plan.title.zh}`, what: 'x' });
    expect(sourceMark(atlas, figure.source, 'x', 'en')).toMatchObject({ text: 'Source', label: `Source: ${plan.title.en}` });
  });
  it('an outside source is named by its title, and before the atlas loads by nothing', () => {
    const ext: SourceRef = { type: 'external', title: 'A page', quote: 'q', grade: 'media', record: { file: 'f', id: 'i' } };
    expect(sourceMark(atlas, ext, '', 'en').label).toBe('Source: A page');
    expect(sourceMark(null, ext, '', 'zh').label).toBe('来源：');
  });
  it('a figure display carries its mark, with the figure described for the dialog', () => {
    if (!figure) throw new Error('no figure');
    const d = figureDisplay(atlas, figure, 'zh');
    expect(d.mark.source).toBe(figure.source);
    expect(d.mark.what).toContain('在孵企业');
  });
});

describe('omittedFacts (what OmittedNote shows)', () => {
  const left = (zone: string, id: string): Omission => ({ zone, record: { file: 'data/zones.yaml', id }, what: 'industry', grade: 'media' });
  const withOmitted: Atlas = { ...atlas, publish: { ...atlas.publish, minExternalGrade: 'official', omitted: [left('benxi', '1'), left('dalian', '2'), left('benxi', '3')] } };
  it('counts one zone’s omissions, or all of them, with the grade that left them out', () => {
    expect(omittedFacts(withOmitted, 'benxi')).toEqual({ count: 2, grade: 'official' });
    expect(omittedFacts(withOmitted)).toEqual({ count: 3, grade: 'official' });
    expect(omittedFacts(withOmitted, 'anshan').count).toBe(0);
  });
  it('says nothing before the atlas loads', () => {
    expect(omittedFacts(null)).toEqual({ count: 0, grade: null });
  });
});
