import { describe, it, expect } from 'vitest';
import { formatValue } from '../../src/i18n/format.ts';
import { zh } from '../../src/i18n/zh.ts';
import { en } from '../../src/i18n/en.ts';

describe('number formatting', () => {
  it('keeps the documents\' units in Chinese', () => {
    // GB/T 15835-2011: four digits are not grouped in Chinese; five and more are.
    expect(formatValue(1455, 'enterprises', 'zh').text).toBe('1455家');
    expect(formatValue(20000, 'people', 'zh').text).toBe('20,000人');
    // The sentence's precision and measure word are kept (2.0% stays 2.0%; 100项, not 件).
    expect(formatValue(2, 'percent', 'zh', 'eq', { decimals: 1 }).text).toBe('2.0%');
    expect(formatValue(2, 'percent', 'en', 'eq', { decimals: 1 }).text).toBe('2.0%');
    expect(formatValue(100, 'patents', 'zh', 'eq', { measureWord: '项' }).text).toBe('100项');
    expect(formatValue(97.25, 'wan_m2', 'zh').text).toBe('97.25万平方米');
    expect(formatValue(450, 'yi_yuan', 'zh', 'gte').text).toBe('≥450亿元');
    expect(formatValue(32.4, 'percent', 'zh').text).toBe('32.4%');
  });
  it('converts 亿元 and 万平方米 in English without losing precision', () => {
    expect(formatValue(450, 'yi_yuan', 'en').text).toBe('45 billion yuan');
    expect(formatValue(75, 'yi_yuan', 'en').text).toBe('7.5 billion yuan');
    expect(formatValue(1164.69, 'yi_yuan', 'en').text).toBe('116.469 billion yuan');
    expect(formatValue(5, 'yi_yuan', 'en').text).toBe('500 million yuan');
    expect(formatValue(97.25, 'wan_m2', 'en').text).toBe('972,500 m²');
    expect(formatValue(1455, 'enterprises', 'en').text).toBe('1,455 enterprises');
    expect(formatValue(3.5, 'percent', 'en', 'gte').text).toBe('≥ 3.5%');
  });
  it('shows a range as a range, both bounds, never its lower bound as "≥" (国家级联盟1-2家)', () => {
    expect(formatValue(1, 'people', 'zh', 'eq', { upTo: 2, measureWord: '名' }).text).toBe('1～2名');
    expect(formatValue(1, 'people', 'en', 'eq', { upTo: 2 }).text).toBe('1–2 people');
    expect(formatValue(1, 'count', 'en', 'eq', { upTo: 2 }).text).toBe('1–2');
    expect(formatValue(2.5, 'percent', 'en', 'eq', { upTo: 3 }).text).toBe('2.5–3%');
    // English scales 亿元 per bound: each keeps its unit where they differ.
    expect(formatValue(5, 'yi_yuan', 'en', 'eq', { upTo: 20 }).text).toBe('500 million yuan–2 billion yuan');
    expect(formatValue(10, 'yi_yuan', 'en', 'eq', { upTo: 20 }).text).toBe('1–2 billion yuan');
  });
  it('never rounds a figure away', () => {
    expect(formatValue(2.75, 'points', 'en').number).toBe('2.75');
    expect(formatValue(36.25, 'percent', 'zh').number).toBe('36.25');
  });
});

describe('dictionaries', () => {
  it('have the same keys in both languages, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const [k, v] of Object.entries(en)) expect(v.trim(), k).not.toBe('');
  });
  it('use the same placeholders in both languages', () => {
    const ph = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
    for (const k of Object.keys(zh) as (keyof typeof zh)[]) expect(ph(en[k]), k).toEqual(ph(zh[k]));
  });
});
