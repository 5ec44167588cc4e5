import { describe, it, expect } from 'vitest';
import { fitFrame, arc, arcPath, type Bounds } from '../../src/map/geometry.ts';
import { placeLabels, textWidth } from '../../src/map/labels.ts';

/** A sample frame (about Liaoning's); the app's comes from the geography build. */
const LIAONING_BOUNDS: Bounds = [[118.8, 38.65], [125.8, 43.5]];

describe('map geometry', () => {
  it('fits Liaoning inside the frame with its padding at any size', () => {
    for (const [w, h] of [[1920, 1080], [1366, 768], [390, 400], [300, 900]] as const) {
      const pad = { top: 20, right: 30, bottom: 40, left: 10 };
      const f = fitFrame(LIAONING_BOUNDS, w, h, pad);
      const [x0, y0] = f.project([LIAONING_BOUNDS[0][0], LIAONING_BOUNDS[1][1]]);
      const [x1, y1] = f.project([LIAONING_BOUNDS[1][0], LIAONING_BOUNDS[0][1]]);
      expect(x0).toBeGreaterThanOrEqual(pad.left - 0.01);
      expect(y0).toBeGreaterThanOrEqual(pad.top - 0.01);
      expect(x1).toBeLessThanOrEqual(w - pad.right + 0.01);
      expect(y1).toBeLessThanOrEqual(h - pad.bottom + 0.01);
    }
  });
  it('draws arcs that start and end at the zones and bend off the chord', () => {
    const a: [number, number] = [123.46, 41.72];
    const b: [number, number] = [123.62, 41.4];
    const pts = arc(a, b);
    expect(pts[0]).toEqual(a);
    expect(pts.at(-1)?.[0]).toBeCloseTo(b[0]);
    const mid = pts[Math.floor(pts.length / 2)] as [number, number];
    expect(Math.hypot(mid[0] - (a[0] + b[0]) / 2, mid[1] - (a[1] + b[1]) / 2)).toBeGreaterThan(0.01);
  });
  it('writes an arc as one Bézier that is the sampled arc (to its written tenths) at the 800×600 frame and 4× it', () => {
    // The longest links of the atlas run across the province (Shenyang–Suizhong, Dalian–Fuxin).
    const pairs: [[number, number], [number, number]][] = [[[123.46, 41.8], [120.2, 40.1]], [[121.6, 38.9], [121.65, 42.0]], [[123.46, 41.8], [123.77, 41.3]]];
    for (const size of [1, 4]) {
      const f = fitFrame(LIAONING_BOUNDS, 800 * size, 600 * size, { top: 0, right: 0, bottom: 0, left: 0 });
      for (const [a, b] of pairs) {
        const m = /^M([-\d.]+),([-\d.]+)Q([-\d.]+),([-\d.]+) ([-\d.]+),([-\d.]+)$/.exec(arcPath(a, b, f.project));
        if (!m) throw new Error(`not one Bézier: ${arcPath(a, b, f.project)}`);
        const [p0x, p0y, cx, cy, p1x, p1y] = m.slice(1).map(Number) as [number, number, number, number, number, number];
        const samples = arc(a, b, 0.18, 200).map((p) => f.project(p));
        // Every sampled point lies near the written curve (the curve at 400 steps, the nearest of them).
        const curve = Array.from({ length: 401 }, (_, i) => {
          const t = i / 400;
          const u = 1 - t;
          return [u * u * p0x + 2 * u * t * cx + t * t * p1x, u * u * p0y + 2 * u * t * cy + t * t * p1y] as const;
        });
        const worst = Math.max(...samples.map(([x, y]) => Math.min(...curve.map(([qx, qy]) => Math.hypot(qx - x, qy - y)))));
        expect(worst).toBeLessThan(0.1);
      }
    }
  });
});

describe('label placement', () => {
  it('places crowded labels without overlaps where room allows', () => {
    const labels = [0, 1, 2, 3].map((i) => ({ id: `z${i}`, x: 100 + i * 12, y: 100, r: 6, width: textWidth('鞍山', 13), height: 16, priority: i }));
    const placed = placeLabels(labels, { width: 400, height: 400 });
    const boxes = placed.map((p) => {
      const w = textWidth('鞍山', 13);
      const x0 = p.anchor === 'start' ? p.x : p.anchor === 'end' ? p.x - w : p.x - w / 2;
      return { x0, x1: x0 + w, y0: p.y - 8, y1: p.y + 8, free: p.free };
    });
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!; const b = boxes[j]!;
      if (a.free && b.free) expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1).toBe(false);
    }
  });
});
