import { describe, it, expect } from 'vitest';
import { fitFrame, arc, type Bounds } from '../../src/map/geometry.ts';
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
