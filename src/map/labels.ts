/**
 * Greedy label placement for the SVG map: each zone label tries eight
 * positions around its symbol and takes the first that overlaps no symbol and
 * no label placed before it (cores first, then national, then provincial).
 * MapLibre does the same itself with text-variable-anchor.
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
  /** false when no position was free: the label is drawn anyway, lighter. */
  free: boolean;
}
export interface Box { x0: number; y0: number; x1: number; y1: number }
const overlaps = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

type Pos = { dx: (l: LabelInput) => number; dy: (l: LabelInput) => number; anchor: Placed['anchor'] };
const GAP = 4;
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

export function placeLabels(labels: readonly LabelInput[], bounds?: { width: number; height: number }): Placed[] {
  const taken: Box[] = labels.map((l) => ({ x0: l.x - l.r, y0: l.y - l.r, x1: l.x + l.r, y1: l.y + l.r }));
  const inside = (b: Box): boolean => !bounds || (b.x0 >= 0 && b.y0 >= 0 && b.x1 <= bounds.width && b.y1 <= bounds.height);
  const order = [...labels].sort((a, b) => a.priority - b.priority);
  const out = new Map<string, Placed>();
  for (const l of order) {
    const own = labels.indexOf(l);
    let chosen: { p: Pos; box: Box } | null = null;
    for (const p of POSITIONS) {
      const box = boxOf(l, p);
      if (inside(box) && taken.every((t, i) => i === own || !overlaps(box, t))) {
        chosen = { p, box };
        break;
      }
    }
    const p = chosen?.p ?? (POSITIONS[0] as Pos);
    const box = chosen?.box ?? boxOf(l, p);
    taken.push(box);
    out.set(l.id, { id: l.id, x: l.x + p.dx(l), y: l.y + p.dy(l), anchor: p.anchor, free: chosen !== null });
  }
  return labels.map((l) => out.get(l.id) as Placed);
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
  const boxes = [...taken];
  const out = new Set<string>();
  for (const c of candidates) {
    if (boxes.some((b) => overlaps(c.box, b))) continue;
    boxes.push(c.box);
    out.add(c.id);
  }
  return out;
}
