/**
 * Both dictionaries have every key, no empty string, the same placeholders,
 * and no English string carries Chinese text, except the few deliberately
 * bilingual ones (the language switch names the other language in its own script).
 */
import { describe, it, expect } from 'vitest';
import { zh } from '../../src/i18n/zh.ts';
import { en } from '../../src/i18n/en.ts';
import { translate } from '../../src/i18n/index.ts';

const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;
/** Deliberately bilingual: the switch to Chinese is labelled in Chinese. */
const BILINGUAL = new Set(['app.lang']);

describe('i18n dictionaries', () => {
  it('have exactly the same keys', () => {
    const zk = Object.keys(zh).sort();
    const ek = Object.keys(en).sort();
    expect(zk.filter((k) => !ek.includes(k)), 'missing in en').toEqual([]);
    expect(ek.filter((k) => !zk.includes(k)), 'missing in zh').toEqual([]);
  });
  it('have no empty or untrimmed strings', () => {
    for (const d of [zh, en]) for (const [k, v] of Object.entries(d)) {
      expect(v.trim(), k).not.toBe('');
      expect(v, k).toBe(v.trim());
    }
  });
  it('use the same placeholders in both languages', () => {
    const ph = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
    for (const k of Object.keys(zh) as (keyof typeof zh)[]) expect(ph(en[k]), k).toEqual(ph(zh[k]));
  });
  it('count in English with the number\'s own form: "1 zone", "3 zones" ({n|one|other})', () => {
    expect(translate('en', 'explorer.count', { n: 1 })).toBe('1 zone');
    expect(translate('en', 'explorer.count', { n: 3 })).toBe('3 zones');
    expect(translate('en', 'omitted.note', { count: 1, grade: 'x' })).toMatch(/^1 more outside fact not shown: its source is below/);
    expect(translate('zh', 'explorer.count', { n: 1 })).toBe('1个园区');
    // A count placeholder followed by a plural noun reads "1 zones" for one: only the 15 zones are always many.
    const always = new Set(['app.subtitle', 'app.description']);
    const bare = Object.entries(en).filter(([k, v]) => !always.has(k) && /\{(n|count)\} (more )?[a-z-]+s\b/.test(v)).map(([k, v]) => `${k}: ${v}`);
    expect(bare).toEqual([]);
  });
  it('have no Chinese in English strings, except the deliberately bilingual ones', () => {
    const offenders = Object.entries(en).filter(([k, v]) => !BILINGUAL.has(k) && CJK.test(v)).map(([k, v]) => `${k}: ${v}`);
    expect(offenders).toEqual([]);
  });
  it('have Chinese in every Chinese string that is not a pure symbol, code or a deliberate Latin term', () => {
    // A zh string that is plain English is an untranslated string.
    const untranslated = Object.entries(zh).filter(([k, v]) => /[a-z]{4,}/i.test(v.replace(/\{\w+\}/g, '')) && !CJK.test(v) && !['app.lang', 'download.csv', 'download.json'].includes(k));
    expect(untranslated).toEqual([]);
  });
});
