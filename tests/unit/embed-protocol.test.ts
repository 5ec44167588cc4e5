import { describe, it, expect } from 'vitest';
import {
  MESSAGE, allowedOrigins, heightMessage, isAllowedOrigin, normalizeOrigin, parseParentMessage, postTargets, zoneMessage,
} from '../../src/embed/protocol.ts';
import { embedCode, escapeAttr } from '../../src/embed/code.ts';

const zones = new Set(['shenyang', 'dalian', 'benxi']);
const parse = (d: unknown) => parseParentMessage(d, zones);

describe('embed protocol: app → parent', () => {
  it('builds height and zone messages', () => {
    expect(heightMessage(812.2)).toEqual({ type: 'liaoning-atlas:height', version: 1, height: 813 });
    expect(heightMessage(-5).height).toBe(0);
    expect(zoneMessage('benxi')).toEqual({ type: 'liaoning-atlas:zone', version: 1, zone: 'benxi' });
    expect(zoneMessage(null).zone).toBeNull();
  });
});

describe('embed protocol: parent → app', () => {
  it('accepts a select of a known zone, null (deselect) and a language', () => {
    expect(parse({ type: MESSAGE.select, version: 1, zone: 'dalian' })).toEqual({ kind: 'select', zone: 'dalian' });
    expect(parse({ type: MESSAGE.select, version: 1, zone: null })).toEqual({ kind: 'select', zone: null });
    expect(parse({ type: MESSAGE.lang, version: 1, lang: 'en' })).toEqual({ kind: 'lang', lang: 'en' });
    expect(parse({ type: MESSAGE.lang, version: 1, lang: 'zh' })).toEqual({ kind: 'lang', lang: 'zh' });
  });
  it('rejects unknown zones, wrong shapes, versions and extra fields', () => {
    const bad: unknown[] = [
      null, undefined, 42, 'liaoning-atlas:select', [], {},
      { type: MESSAGE.select, version: 1, zone: 'nowhere' },
      { type: MESSAGE.select, version: 1, zone: 'Dalian' },
      { type: MESSAGE.select, version: 1, zone: '<img src=x onerror=alert(1)>' },
      { type: MESSAGE.select, version: 1, zone: 'x'.repeat(10_000) },
      { type: MESSAGE.select, version: 1, zone: 7 },
      { type: MESSAGE.select, version: 1 },
      { type: MESSAGE.select, version: 2, zone: 'dalian' },
      { type: MESSAGE.select, version: '1', zone: 'dalian' },
      { type: MESSAGE.select, version: 1, zone: 'dalian', html: '<b>' },
      { type: MESSAGE.lang, version: 1, lang: 'fr' },
      { type: MESSAGE.lang, version: 1, lang: 'EN' },
      { type: MESSAGE.height, version: 1, height: 100 },
      { type: MESSAGE.zone, version: 1, zone: 'dalian' },
      { type: 'other:select', version: 1, zone: 'dalian' },
      JSON.stringify({ type: MESSAGE.select, version: 1, zone: 'dalian' }),
    ];
    for (const d of bad) expect(parse(d), JSON.stringify(d)?.slice(0, 80)).toBeNull();
  });
  it('does not read inherited properties (prototype pollution shapes)', () => {
    const proto = Object.create({ type: MESSAGE.select, version: 1, zone: 'dalian' }) as object;
    expect(parse(proto)).toBeNull();
    expect(parse(JSON.parse('{"type":"liaoning-atlas:select","version":1,"zone":"dalian","__proto__":{"x":1}}'))).toBeNull();
  });
});

describe('embed protocol: origins', () => {
  it('normalises origins the way browsers report them', () => {
    expect(normalizeOrigin('https://WWW.LN.GOV.CN')).toBe('https://www.ln.gov.cn');
    expect(normalizeOrigin('https://www.ln.gov.cn:443')).toBe('https://www.ln.gov.cn');
    expect(normalizeOrigin('http://localhost:8080')).toBe('http://localhost:8080');
    for (const s of ['https://a.cn/', 'https://a.cn/path', 'javascript:alert(1)', 'ftp://a.cn', '*', 'null', '', 'https://a.cn:99999999', 'https://user@a.cn']) {
      expect(normalizeOrigin(s), s).toBeNull();
    }
  });
  it('merges URL and config lists without duplicates, dropping invalid entries', () => {
    expect(allowedOrigins(['https://a.cn', 'bad', 'https://A.cn'], ['https://b.cn', 'https://a.cn:443'])).toEqual(['https://a.cn', 'https://b.cn']);
    expect(allowedOrigins([], [])).toEqual([]);
  });
  it('matches exactly: no suffix, prefix, scheme or port tricks, never "null"', () => {
    const allowed = ['https://www.ln.gov.cn'];
    expect(isAllowedOrigin('https://www.ln.gov.cn', allowed)).toBe(true);
    for (const o of ['http://www.ln.gov.cn', 'https://www.ln.gov.cn:8443', 'https://evil.www.ln.gov.cn', 'https://www.ln.gov.cn.evil.com', 'https://ln.gov.cn', 'null', '']) {
      expect(isAllowedOrigin(o, allowed), o).toBe(false);
    }
    expect(isAllowedOrigin('null', ['null'])).toBe(false);
    expect(isAllowedOrigin('https://a.cn', [])).toBe(false);
  });
  it('posts to any parent only when no parent is configured', () => {
    expect(postTargets([], null)).toEqual(['*']);
    expect(postTargets([], 'https://x.cn')).toEqual(['*']);
    expect(postTargets(['https://a.cn', 'https://b.cn'], 'https://b.cn')).toEqual(['https://b.cn']);
    expect(postTargets(['https://a.cn'], 'https://evil.cn')).toEqual([]);
    expect(postTargets(['https://a.cn', 'https://b.cn'], null)).toEqual(['https://a.cn', 'https://b.cn']);
  });
});

describe('embed code', () => {
  const base = { src: 'https://atlas.example/?zone=dalian&embed=1', script: 'https://atlas.example/embed.js', title: 'Atlas', width: null, height: 640 } as const;
  it('auto height: a fixed starting height plus the embed.js line', () => {
    const c = embedCode({ ...base, aspect: 'auto' });
    expect(c).toContain('<iframe data-liaoning-atlas src="https://atlas.example/?zone=dalian&amp;embed=1"');
    expect(c).toContain('style="border:0;width:100%;height:640px"');
    expect(c.split('\n')[1]).toBe('<script src="https://atlas.example/embed.js" defer></script>');
  });
  it('fixed aspect ratio and a maximum width', () => {
    const c = embedCode({ ...base, aspect: '16:9', width: 960 });
    expect(c).toContain('style="border:0;width:100%;max-width:960px;aspect-ratio:16/9"');
    expect(c).not.toContain('height:');
  });
  it('escapes every attribute value', () => {
    expect(escapeAttr(`"><script>alert(1)</script>'&`)).toBe('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&#39;&amp;');
    const c = embedCode({ ...base, aspect: 'auto', title: '"><img src=x onerror=alert(1)>' });
    expect(c).not.toContain('<img');
    expect(c.match(/<iframe/g)).toHaveLength(1);
  });
});
