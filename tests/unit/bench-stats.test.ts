import { describe, expect, it } from 'vitest';
import { median, medianOf } from '../../scripts/bench/stats.ts';

describe('bench medians', () => {
  it('takes the lower middle of an even count (a measured value), skipping runs that measured nothing', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2);
    expect(median([NaN, 5, Infinity])).toBe(5);
    expect(median([])).toBeNaN();
  });
  it('takes each field’s median, nested too, and keeps a field that no run measured null', () => {
    const runs = [
      { lcp: 800, tbt: null, mobile: { score: 99 } },
      { lcp: 780, tbt: null, mobile: { score: 97 } },
      { lcp: 950, tbt: null, mobile: { score: 98 } },
    ];
    expect(medianOf(runs)).toEqual({ lcp: 800, tbt: null, mobile: { score: 98 } });
  });
});
