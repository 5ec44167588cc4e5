import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { formatDecimal, type Grouping } from '../../src/i18n/digits.ts';
import { formatArea, formatFigure, formatKm } from '../../src/i18n/format.ts';
import type { Atlas } from '../../src/data/types.ts';

const atlas = JSON.parse(readFileSync('public/data/atlas.json', 'utf8')) as Atlas;

/** What Intl writes (the reference digits.ts stands in for at start-up). */
const intl = (v: number, max: number, min: number, grouping: Grouping): string =>
  new Intl.NumberFormat(grouping === 'min2' ? 'zh-CN' : 'en-GB', {
    maximumFractionDigits: Math.max(max, min),
    minimumFractionDigits: min,
    useGrouping: grouping as unknown as boolean,
  }).format(v);

describe('digits without Intl', () => {
  it('groups as GB/T 15835 (Chinese, from five digits) and English (from four) ask', () => {
    expect(formatDecimal(1455, 0, 0, 'min2')).toBe('1455');
    expect(formatDecimal(20000, 0, 0, 'min2')).toBe('20,000');
    expect(formatDecimal(1455, 0, 0, 'auto')).toBe('1,455');
    expect(formatDecimal(972500, 0, 0, 'auto')).toBe('972,500');
    expect(formatDecimal(1234567.5, 1, 0, 'min2')).toBe('1,234,567.5');
  });
  it('keeps the precision asked for, and no more', () => {
    expect(formatDecimal(2, 1, 1, 'min2')).toBe('2.0');
    expect(formatDecimal(2.75, 2, 0, 'auto')).toBe('2.75');
    expect(formatDecimal(2.5, 3, 0, 'auto')).toBe('2.5');
    // The float artefact of a unit conversion (1.1 × 10⁴) is not a digit of the source.
    expect(formatDecimal(1.1 * 1e4, 0, 0, 'auto')).toBe('11,000');
  });
  it('writes what Intl.NumberFormat writes, for a sweep of values, precisions and both groupings', () => {
    let seed = 20261202;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const special = [0, -0, 0.5, 1.5, 2.5, -2.5, 0.125, 1.005, 9.995, 999.5, 9999.5, 99999.5, 1e15, 123456789012, -0.001, 0.045];
    const values = [...special, ...Array.from({ length: 3000 }, () => {
      const v = (random() - 0.2) * 10 ** Math.floor(random() * 10);
      // Values as data carries them: a few decimals, also halves of the last digit (the ties).
      return Math.round(v * 10 ** Math.floor(random() * 5)) / 10 ** Math.floor(random() * 5);
    })];
    for (const v of values) for (const grouping of ['min2', 'auto'] as const) {
      const max = Math.floor(random() * 5);
      const min = Math.floor(random() * (max + 1));
      expect(formatDecimal(v, max, min, grouping), `${v} ${max} ${min} ${grouping}`).toBe(intl(v, max, min, grouping));
    }
  });
  it('writes every figure, area and distance of the atlas as Intl did, in both languages', () => {
    /** formatValue's digits as it wrote them with Intl (before digits.ts): the number only, the rest is unchanged. */
    const decimals = (v: number): number => (String(v).split('.')[1] ?? '').length;
    for (const f of atlas.figures) {
      const keep = f.decimals ?? 0;
      // A range (1～2家) is compared by its lower bound, which Intl wrote alone.
      const lower = (n: string): string => (f.upTo === undefined ? n : (n.split(/[～–]/)[0] ?? ''));
      expect(lower(formatFigure(f, 'zh').number), f.id).toBe(intl(f.value, Math.max(decimals(f.value), keep), keep, 'min2'));
      const en =
        f.unit === 'yi_yuan'
          ? f.value * 1e8 >= 1e9 ? intl((f.value * 1e8) / 1e9, decimals(f.value) + 1, 0, 'auto') : intl((f.value * 1e8) / 1e6, Math.max(decimals(f.value) - 2, 0), 0, 'auto')
          : f.unit === 'wan_m2' ? intl(f.value * 1e4, Math.max(decimals(f.value) - 4, 0), 0, 'auto') : intl(f.value, Math.max(decimals(f.value), keep), keep, 'auto');
      expect(lower(formatFigure(f, 'en').number), f.id).toBe(en);
    }
    for (const z of atlas.zones) {
      if (z.area) expect(formatArea(z.area.km2, 'en'), z.id).toBe(`${intl(z.area.km2, decimals(z.area.km2), 0, 'auto')}\u00a0km²`);
      if (z.belt) expect(formatKm(z.belt.distanceKm, 'zh'), z.id).toBe(`${intl(z.belt.distanceKm, 1, 0, 'min2')}公里`);
      expect(formatKm(z.location.radiusKm, 'en'), z.id).toBe(`${intl(z.location.radiusKm, 1, 0, 'auto')}\u00a0km`);
    }
  });
});
