import { describe, it, expect } from 'vitest';
import { crowd } from '../../src/map/look/crowd.ts';

const pts = (n: number, x0: number, y0: number, prefix: string): { id: string; x: number; y: number }[] =>
  Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, x: x0 + (i % 5) * 2, y: y0 + Math.floor(i / 5) * 2 }));

describe('aggregate symbols where zones crowd', () => {
  it('a sparse map has no groups: every zone is its own symbol', () => {
    const sparse = Array.from({ length: 15 }, (_, i) => ({ id: `z${i}`, x: 40 + i * 50, y: 100 }));
    expect(crowd(sparse, 24)).toEqual({ singles: sparse.map((p) => p.id), groups: [] });
  });

  it('folds a crowded cell into one group at its centre, and every zone is accounted for once', () => {
    const points = [...pts(20, 100, 100, 'a'), ...pts(2, 400, 400, 'b'), { id: 'c', x: 700, y: 50 }];
    const c = crowd(points, 24);
    expect(c.groups).toHaveLength(1);
    expect(c.groups[0]?.ids).toHaveLength(20);
    expect(c.groups[0]?.x).toBeCloseTo(104);
    expect(c.singles).toEqual(['b0', 'b1', 'c']);
    const all = [...c.singles, ...c.groups.flatMap((g) => g.ids)].sort();
    expect(all).toEqual(points.map((p) => p.id).sort());
  });

  it('never folds a kept zone (selected, compared, a story\'s)', () => {
    const c = crowd(pts(20, 100, 100, 'a'), 24, new Set(['a7']));
    expect(c.singles).toEqual(['a7']);
    expect(c.groups[0]?.ids).not.toContain('a7');
  });

  it('1,500 zones around 14 seats become a few hundred symbols at most', () => {
    let s = 5;
    const rnd = (): number => ((s = (s * 16807) % 2147483647) / 2147483647);
    const seats = Array.from({ length: 14 }, () => [50 + rnd() * 800, 50 + rnd() * 600] as const);
    const points = Array.from({ length: 1500 }, (_, i) => {
      const [x, y] = seats[i % 14] as readonly [number, number];
      return { id: `z${i}`, x: x + (rnd() - 0.5) * 60, y: y + (rnd() - 0.5) * 50 };
    });
    const c = crowd(points, 24);
    expect(c.singles.length + c.groups.length).toBeLessThan(300);
  });
});
