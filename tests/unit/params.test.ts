import { describe, it, expect } from 'vitest';
import { parseParams, serializeParams, DEFAULTS, type Known } from '../../src/state/params.ts';

const known: Known = {
  zones: new Set(['shenyang', 'dalian', 'anshan', 'benxi']),
  industries: new Set(['biomedicine', 'ic']),
  steps: 20,
};
const parse = (s: string) => parseParams(s, known);

describe('URL parameters', () => {
  it('reads every documented option', () => {
    const { params, notices } = parse('?zone=benxi&lang=en&industry=ic&compare=anshan,benxi&mode=present&embed=1&theme=projector&step=3&boundaries=off&review=辽S〔2023〕123号&renderer=fallback&autoplay=10&text=large&contrast=high&parentOrigin=https://www.ln.gov.cn');
    expect(notices).toEqual([]);
    expect(params).toEqual({
      zone: 'benxi', lang: 'en', industry: 'ic', compare: ['anshan', 'benxi'], mode: 'present', embed: true, theme: 'projector',
      step: 3, boundaries: false, review: '辽S〔2023〕123号', renderer: 'fallback', autoplay: 10, text: 'large', contrast: 'high',
      steps: null, view: 'audience', duration: null, parentOrigin: ['https://www.ln.gov.cn'],
    });
  });
  it('round-trips through serializeParams', () => {
    const s = '?zone=benxi&lang=en&industry=ic&compare=anshan,benxi&mode=present&theme=dark&step=2';
    expect(serializeParams(parse(s).params)).toBe(s);
    expect(serializeParams(DEFAULTS)).toBe('');
  });
  it('ignores an unknown zone with a notice', () => {
    const { params, notices } = parse('?zone=<script>alert(1)</script>');
    expect(params.zone).toBeNull();
    expect(notices).toEqual([{ param: 'zone', value: '<script>alert(1)</script>', reason: 'unknown' }]);
  });
  it('ignores ambiguous duplicates and keeps identical ones', () => {
    expect(parse('?zone=benxi&zone=dalian').params.zone).toBeNull();
    expect(parse('?zone=benxi&zone=benxi').params.zone).toBe('benxi');
  });
  it('rejects markup and script URLs in the review text', () => {
    for (const v of ['<b>x</b>', 'javascript:alert(1)', '"><img src=x onerror=alert(1)>', 'x'.repeat(61)]) {
      const { params, notices } = parse(`?review=${encodeURIComponent(v)}`);
      expect(params.review, v).toBeNull();
      expect(notices[0]?.param).toBe('review');
    }
  });
  it('needs 2 or 3 known, distinct zones to compare', () => {
    expect(parse('?compare=anshan').params.compare).toEqual([]);
    expect(parse('?compare=anshan,nowhere').params.compare).toEqual([]);
    expect(parse('?compare=anshan,benxi,dalian,shenyang').params.compare).toEqual([]);
  });
  it('shortens long values in notices', () => {
    const { notices } = parse(`?lang=${'x'.repeat(5000)}`);
    expect(notices[0]?.value.length).toBeLessThanOrEqual(41);
  });
  it('survives 1,000 generated hostile values for every parameter without throwing', () => {
    const nasty = ['<script>', 'javascript:alert(1)', '%00', '\u202e', '😀', '"\'><', '../', '%E0%A4%A', 'a'.repeat(10000), '', ' ', '1e309', '-1', 'NaN', '__proto__', 'constructor'];
    let seed = 7;
    const rand = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const keys = ['zone', 'lang', 'industry', 'compare', 'mode', 'embed', 'theme', 'step', 'boundaries', 'review', 'renderer', 'autoplay', 'text', 'contrast', 'parentOrigin'];
    for (const key of keys) {
      for (let i = 0; i < 1000; i++) {
        // Any code point but lone surrogates; half the values go in raw (unencoded, possibly broken percent escapes).
        let cp = rand(0x10ffff);
        if (cp >= 0xd800 && cp <= 0xdfff) cp = 0x41;
        const v = nasty[rand(nasty.length)] + String.fromCodePoint(cp) + nasty[rand(nasty.length)];
        const enc = rand(2) ? encodeURIComponent(v) : v.replace(/[&#]/g, '');
        const s = `?${key}=${enc}&${key}=${rand(3) ? enc : 'x'}`;
        const { params } = parse(s);
        expect(typeof params.lang).toBe('string');
        expect(params.zone === null || known.zones.has(params.zone)).toBe(true);
      }
    }
  });
});
