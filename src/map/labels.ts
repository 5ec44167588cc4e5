/**
 * Greedy label placement for the SVG map: each zone label tries eight
 * positions around its symbol and takes the first that overlaps no symbol and
 * no label placed before it (by rank: cores first, then national, then
 * provincial), keeping a quarter of its height from every other label. A label
 * with no free position is still drawn where it covers only symbols of zones it
 * does not yield to (its own rank or lower); where every position would cover
 * or touch another label, or cover a higher-ranked zone — zones crowd — it is left out
 * (`shown: false`): the zone keeps its symbol, tooltip, accessible name and
 * its line in the zone list. Boxes are kept in a uniform grid, so placing n
 * labels costs about n × 8 × (boxes nearby), not n². MapLibre does the same
 * itself with text-variable-anchor and collision detection.
 */
export interface LabelInput {
  id: string;
  x: number;
  y: number;
  /** Symbol radius in px. */
  r: number;
  width: number;
  height: number;
  priority: number;
}
export interface Placed {
  id: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** false when no position was free. */
  free: boolean;
  /** false when the label would cover another label: it is not drawn. */
  shown: boolean;
}
export interface Box { x0: number; y0: number; x1: number; y1: number }
export const overlaps = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

type Pos = { dx: (l: LabelInput) => number; dy: (l: LabelInput) => number; anchor: Placed['anchor'] };
const GAP = 4;
/** The room kept between two labels, as a share of the label's height: labels that touch read as one name (盘锦鞍山). */
const SPACING = 0.25;
const grown = (b: Box, d: number): Box => ({ x0: b.x0 - d, y0: b.y0 - d, x1: b.x1 + d, y1: b.y1 + d });
const POSITIONS: Pos[] = [
  { dx: (l) => l.r + GAP, dy: () => 0, anchor: 'start' },
  { dx: (l) => -l.r - GAP, dy: () => 0, anchor: 'end' },
  { dx: () => 0, dy: (l) => -l.r - GAP - l.height / 2, anchor: 'middle' },
  { dx: () => 0, dy: (l) => l.r + GAP + l.height / 2, anchor: 'middle' },
  { dx: (l) => l.r * 0.7 + GAP, dy: (l) => -l.r * 0.7 - l.height / 2, anchor: 'start' },
  { dx: (l) => l.r * 0.7 + GAP, dy: (l) => l.r * 0.7 + l.height / 2, anchor: 'start' },
  { dx: (l) => -l.r * 0.7 - GAP, dy: (l) => -l.r * 0.7 - l.height / 2, anchor: 'end' },
  { dx: (l) => -l.r * 0.7 - GAP, dy: (l) => l.r * 0.7 + l.height / 2, anchor: 'end' },
];

function boxOf(l: LabelInput, p: Pos): Box {
  const cx = l.x + p.dx(l);
  const cy = l.y + p.dy(l);
  const x0 = p.anchor === 'start' ? cx : p.anchor === 'end' ? cx - l.width : cx - l.width / 2;
  return { x0, y0: cy - l.height / 2, x1: x0 + l.width, y1: cy + l.height / 2 };
}

/** Boxes in a uniform grid of `cell`-px squares: a query looks only at the cells a box covers. */
export class BoxGrid<T> {
  private readonly cells = new Map<number, { box: Box; value: T }[]>();
  constructor(private readonly cell = 48) {}
  private keys(b: Box): number[] {
    const out: number[] = [];
    const c = this.cell;
    for (let i = Math.floor(b.x0 / c); i <= Math.floor(b.x1 / c); i++) for (let j = Math.floor(b.y0 / c); j <= Math.floor(b.y1 / c); j++) out.push(i * 1_000_003 + j);
    return out;
  }
  add(box: Box, value: T): void {
    const item = { box, value };
    for (const k of this.keys(box)) {
      const list = this.cells.get(k);
      if (list) list.push(item);
      else this.cells.set(k, [item]);
    }
  }
  /** The values of the boxes a box overlaps (`skip` says which to ignore). */
  values(box: Box, skip?: (value: T) => boolean): Set<T> {
    const out = new Set<T>();
    for (const k of this.keys(box)) for (const it of this.cells.get(k) ?? []) if (overlaps(box, it.box) && !skip?.(it.value)) out.add(it.value);
    return out;
  }
  /** Whether a box overlaps one in the grid (`skip` says which to ignore). */
  hits(box: Box, skip?: (value: T) => boolean): boolean {
    for (const k of this.keys(box)) for (const it of this.cells.get(k) ?? []) if (overlaps(box, it.box) && !skip?.(it.value)) return true;
    return false;
  }
}

export function placeLabels(labels: readonly LabelInput[], bounds?: { width: number; height: number }): Placed[] {
  const cell = Math.max(16, ...labels.slice(0, 64).map((l) => l.height * 2));
  // What a label may not cover: every zone's symbol (value: its index) and the labels drawn before it (-1).
  const symbols = new BoxGrid<number>(cell);
  const drawn = new BoxGrid<number>(cell);
  labels.forEach((l, i) => symbols.add({ x0: l.x - l.r, y0: l.y - l.r, x1: l.x + l.r, y1: l.y + l.r }, i));
  const inside = (b: Box): boolean => !bounds || (b.x0 >= 0 && b.y0 >= 0 && b.x1 <= bounds.width && b.y1 <= bounds.height);
  const order = labels.map((_, i) => i).sort((a, b) => (labels[a] as LabelInput).priority - (labels[b] as LabelInput).priority || a - b);
  const out: Placed[] = new Array<Placed>(labels.length);
  for (const own of order) {
    const l = labels[own] as LabelInput;
    // The first position clear of every label drawn that covers no symbol; failing that, the one of them
    // that covers the fewest symbols, none of a zone that outranks this one: a provincial zone's name over a
    // national zone's circle reads as that zone's name.
    let chosen: { p: Pos; box: Box } | null = null;
    let fewest = Infinity;
    for (const p of POSITIONS) {
      const box = boxOf(l, p);
      if (!inside(box) || drawn.hits(grown(box, l.height * SPACING))) continue;
      const under = symbols.values(box, (i) => i === own);
      if ([...under].some((i) => (labels[i] as LabelInput).priority < l.priority)) continue;
      const covered = under.size;
      if (covered < fewest) {
        fewest = covered;
        chosen = { p, box };
        if (covered === 0) break;
      }
    }
    const free = fewest === 0;
    const p = chosen?.p ?? (POSITIONS[0] as Pos);
    if (chosen) drawn.add(chosen.box, -1);
    out[own] = { id: l.id, x: l.x + p.dx(l), y: l.y + p.dy(l), anchor: p.anchor, free, shown: chosen !== null };
  }
  return out;
}

/** Rough text width without a DOM: CJK characters are square, Latin about 0.55 em. */
export function textWidth(s: string, fontPx: number): number {
  let w = 0;
  for (const ch of s) w += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? fontPx : fontPx * 0.58;
  return w;
}

/** The box a placed label covers. */
export function placedBox(p: Placed, width: number, height: number): Box {
  const x0 = p.anchor === 'start' ? p.x : p.anchor === 'end' ? p.x - width : p.x - width / 2;
  return { x0, y0: p.y - height / 2, x1: x0 + width, y1: p.y + height / 2 };
}

/**
 * Which context labels (city names) can be drawn: those that overlap no zone
 * label or symbol and no context label kept before them. The data's labels win;
 * MapLibre's collision detection does the same on the WebGL map.
 */
export function clearLabels(candidates: readonly { id: string; box: Box }[], taken: readonly Box[]): Set<string> {
  const grid = new BoxGrid<null>();
  for (const b of taken) grid.add(b, null);
  const out = new Set<string>();
  for (const c of candidates) {
    if (grid.hits(c.box)) continue;
    grid.add(c.box, null);
    out.add(c.id);
  }
  return out;
}
