/** The home view keeps the zones clear of the legend's corner, moving as little as it takes. */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Atlas } from '../../src/data/types.ts';
import type { Bounds, Padding } from '../../src/map/geometry.ts';
import { clearOfCorner, zonesClearOf } from '../../src/map/home-view.ts';
import { fitFrame } from '../../src/map/geometry.ts';

const atlas = JSON.parse(readFileSync('public/data/atlas.json', 'utf8')) as Atlas;
const frame = (JSON.parse(readFileSync('public/data/liaoning.topo.json', 'utf8')) as { metadata: { frame: Bounds } }).metadata.frame;
const padding: Padding = { top: 48, right: 24, bottom: 40, left: 24 };
const legend = { right: 312, up: 323 };
const look = { scale: 1, lang: 'zh' as const };
const clear = zonesClearOf.bind(null, atlas.zones, look);
const boxOf = (height: number) => ({ x0: 0, y0: height - legend.up, x1: legend.right, y1: height });

describe('clearOfCorner', () => {
  it('keeps the padding where the corner is already clear (nothing moves on a wide screen)', () => {
    expect(clear(fitFrame(frame, 1500, 1023, padding), boxOf(1023))).toBe(true);
    expect(clearOfCorner(frame, 1500, 1023, padding, legend, clear)).toEqual(padding);
  });

  it('moves the fit until every zone and label is clear, by no more than a step beyond the first clear place', () => {
    // 860×743: the map of a 1280×800 laptop, where Suizhong lay under the legend.
    expect(clear(fitFrame(frame, 860, 743, padding), boxOf(743))).toBe(false);
    const p = clearOfCorner(frame, 860, 743, padding, legend, clear);
    expect(clear(fitFrame(frame, 860, 743, p), boxOf(743))).toBe(true);
    const moved = p.left - padding.left + (p.bottom - padding.bottom);
    expect(moved).toBeGreaterThan(0);
    const less = p.left > padding.left ? { ...p, left: p.left - 4 } : { ...p, bottom: p.bottom - 4 };
    expect(clear(fitFrame(frame, 860, 743, less), boxOf(743))).toBe(false);
  });

  it('of moving right and moving up, keeps the larger map', () => {
    const firstClear = (edge: 'left' | 'bottom'): Padding | undefined => {
      for (let d = 0; d <= 400; d += 4) {
        const q = { ...padding, [edge]: padding[edge] + d };
        if (clear(fitFrame(frame, 860, 743, q), boxOf(743))) return q;
      }
      return undefined;
    };
    const scales = (['left', 'bottom'] as const).map((e) => firstClear(e)).filter((q) => q !== undefined).map((q) => fitFrame(frame, 860, 743, q).k);
    expect(scales.length).toBeGreaterThan(0);
    expect(fitFrame(frame, 860, 743, clearOfCorner(frame, 860, 743, padding, legend, clear)).k).toBe(Math.max(...scales));
  });

  it('with no corner to clear, or no size yet, changes nothing', () => {
    expect(clearOfCorner(frame, 860, 743, padding, { right: 0, up: 0 }, clear)).toBe(padding);
    expect(clearOfCorner(frame, 0, 0, padding, legend, clear)).toBe(padding);
  });

  it('where nothing clears the corner, the fit goes right of it', () => {
    const p = clearOfCorner(frame, 400, 400, padding, { right: 200, up: 400 }, () => false);
    expect(p.left).toBe(padding.left + 200);
  });
});
