import { describe, it, expect } from 'vitest';
import { placeLabels, placedBox, clearLabels, BoxGrid, type LabelInput } from '../../src/map/labels.ts';

/** Seeded points: a few crowded clusters (cities' seats) on a 900×700 map. */
function crowd(n: number, seed = 3): LabelInput[] {
  let a = seed;
  const rnd = (): number => ((a = (a * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const seats = Array.from({ length: 14 }, () => [80 + rnd() * 740, 60 + rnd() * 580] as const);
  return Array.from({ length: n }, (_, i) => {
    const [sx, sy] = seats[i % seats.length] as readonly [number, number];
    return { id: `z${i}`, x: sx + (rnd() - 0.5) * 60, y: sy + (rnd() - 0.5) * 50, r: 9, width: 26 + rnd() * 30, height: 15.6, priority: i < 2 ? 0 : i % 3 === 0 ? 1 : 2 };
  });
}
const overlap = (a: { x0: number; y0: number; x1: number; y1: number }, b: typeof a): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe('label placement at many zones', () => {
  it('returns one placement per input, in input order', () => {
    const input = crowd(300);
    const out = placeLabels(input, { width: 900, height: 700 });
    expect(out.map((p) => p.id)).toEqual(input.map((l) => l.id));
  });

  it('no two drawn labels overlap or touch, and a free label covers no symbol', () => {
    for (const n of [15, 150, 1500]) {
      const input = crowd(n);
      const out = placeLabels(input, { width: 900, height: 700 });
      const boxes = out.map((p, i) => ({ p, box: placedBox(p, input[i]?.width ?? 0, input[i]?.height ?? 0) }));
      const shown = boxes.filter((b) => b.p.shown);
      // Nor do they touch: a quarter of the height apart (two names that touch read as one), also where crowded.
      const kept = (b: (typeof shown)[number]): typeof b.box => ({ x0: b.box.x0 - 3.9, y0: b.box.y0 - 3.9, x1: b.box.x1 + 3.9, y1: b.box.y1 + 3.9 });
      let crossings = 0;
      for (let i = 0; i < shown.length; i++) for (let j = i + 1; j < shown.length; j++) if (overlap(kept(shown[i] as (typeof shown)[number]), (shown[j] as (typeof shown)[number]).box)) crossings++;
      let onSymbols = 0;
      for (const [i, b] of boxes.entries()) {
        if (!b.p.free) continue;
        for (const [k, l] of input.entries()) if (k !== i && overlap(b.box, { x0: l.x - l.r, y0: l.y - l.r, x1: l.x + l.r, y1: l.y + l.r })) onSymbols++;
      }
      expect({ n, crossings, onSymbols }).toEqual({ n, crossings: 0, onSymbols: 0 });
    }
  });

  it('thins by rank where zones crowd: higher ranks keep their labels, lower ranks give way', () => {
    const input = crowd(1500);
    const out = placeLabels(input, { width: 900, height: 700 });
    const hidden = out.filter((p) => !p.shown).length;
    expect(hidden).toBeGreaterThan(1000);
    const shareShown = (rank: number): number => {
      const ofRank = out.filter((_, i) => input[i]?.priority === rank);
      return ofRank.filter((p) => p.shown).length / ofRank.length;
    };
    expect(shareShown(0)).toBe(1);
    expect(shareShown(1)).toBeGreaterThan(shareShown(2));
  });

  it("never draws a label over the symbol of a zone that outranks it (the name would read as that zone's)", () => {
    // A provincial zone (rank 2) hemmed in by a national zone's large symbol: every position covers it.
    const hemmed = (neighbourRank: number): LabelInput[] => [
      { id: 'neighbour', x: 200, y: 200, r: 60, width: 40, height: 15.6, priority: neighbourRank },
      { id: 'own', x: 200, y: 200, r: 6, width: 40, height: 15.6, priority: 2 },
    ];
    const [, outranked] = placeLabels(hemmed(1), { width: 900, height: 700 });
    expect(outranked).toMatchObject({ id: 'own', free: false, shown: false });
    // Over a zone of its own rank it is still drawn, where it covers the fewest symbols.
    const [, level] = placeLabels(hemmed(2), { width: 900, height: 700 });
    expect(level).toMatchObject({ id: 'own', free: false, shown: true });
    // In the crowd, no drawn label covers a higher-ranked zone's symbol.
    const input = crowd(300);
    const out = placeLabels(input, { width: 900, height: 700 });
    out.forEach((p, i) => {
      const l = input[i] as LabelInput;
      if (!p.shown) return;
      const box = placedBox(p, l.width, l.height);
      for (const o of input) if (o.priority < l.priority) expect(overlap(box, { x0: o.x - o.r, y0: o.y - o.r, x1: o.x + o.r, y1: o.y + o.r }), `${l.id} over ${o.id}`).toBe(false);
    });
  });

  it('draws every label of a sparse map (nothing is thinned where there is room)', () => {
    const sparse = Array.from({ length: 15 }, (_, i) => ({ id: `s${i}`, x: 60 + (i % 5) * 180, y: 80 + Math.floor(i / 5) * 200, r: 9, width: 40, height: 15.6, priority: 2 }));
    expect(placeLabels(sparse, { width: 900, height: 700 }).every((p) => p.free && p.shown)).toBe(true);
  });

  it('places 1,500 labels in well under a frame budget of a second (grid, not n²)', () => {
    const input = crowd(1500);
    placeLabels(input, { width: 900, height: 700 });
    const t0 = performance.now();
    placeLabels(input, { width: 900, height: 700 });
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it('the grid finds exactly the boxes a scan finds', () => {
    const grid = new BoxGrid<number>(20);
    const boxes = crowd(400).map((l) => ({ x0: l.x, y0: l.y, x1: l.x + l.width, y1: l.y + l.height }));
    boxes.slice(0, 200).forEach((b, i) => grid.add(b, i));
    for (const q of boxes.slice(200)) expect(grid.hits(q)).toBe(boxes.slice(0, 200).some((b) => overlap(q, b)));
    const cities = boxes.slice(200, 260).map((box, i) => ({ id: `c${i}`, box }));
    const kept = clearLabels(cities, boxes.slice(0, 200));
    for (const c of cities) expect(kept.has(c.id)).toBe(!boxes.slice(0, 200).some((b) => overlap(c.box, b)) && ![...kept].some((k) => k !== c.id && cities.find((x) => x.id === k && cities.indexOf(x) < cities.indexOf(c) && overlap(x.box, c.box))));
  });
});

describe('room between labels', () => {
  // A's label sits right of its symbol, x 19–59. B's right position is off the map (width 150), so B tries its
  // left one next: its label ends 9 px left of B's point.
  const a: LabelInput = { id: 'a', x: 10, y: 50, r: 5, width: 40, height: 16, priority: 0 };
  const b = (x: number): LabelInput => ({ id: 'b', x, y: 50, r: 5, width: 40, height: 16, priority: 1 });
  const bounds = { width: 150, height: 100 };
  it('a label with room beside the one placed before it stays beside it', () => {
    // B at 118: its left label spans 69–109, 10 px from A's.
    expect(placeLabels([a, b(118)], bounds)[1]?.anchor).toBe('end');
  });
  it('a label that would touch it (two names reading as one, 盘锦鞍山) takes another position', () => {
    // B at 110: its left label would span 61–101, 2 px from A's (less than a quarter of the height): it goes above.
    const placed = placeLabels([a, b(110)], bounds)[1];
    expect(placed?.anchor).toBe('middle');
    expect(placed?.y).toBeLessThan(50);
  });
});
