/**
 * The prerendered map's outlines at the 800×600 first frame's own resolution:
 * each long polygon path is simplified to within a pixel (Douglas–Peucker)
 * and written at whole pixels, as relative steps, and the page's HTML (what
 * paints first) gets much smaller: small enough to arrive in the first round
 * trip of a new connection (README "Performance"). Only long M/L/Z paths
 * (boundaries, the belt) are touched; symbols keep their exact shapes. The app
 * redraws every path exactly when it takes the page over.
 */
import { PALETTES } from '../../src/ui/palette.ts';

const LONG = 200;
const POLY = /^[MLZ0-9.,\s-]+$/;
/** Tolerance in px of the first frame. */
const TOLERANCE = 1;

type Pt = [number, number];

function segDist2(p: Pt, a: Pt, b: Pt): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  const x = a[0] + t * dx - p[0];
  const y = a[1] + t * dy - p[1];
  return x * x + y * y;
}

/** Douglas–Peucker, iterative; the first and last points stay. */
export function simplify(pts: readonly Pt[], tolerance = TOLERANCE): Pt[] {
  if (pts.length < 3) return [...pts];
  const keep = new Uint8Array(pts.length);
  keep[0] = keep[pts.length - 1] = 1;
  const stack: [number, number][] = [[0, pts.length - 1]];
  const tol2 = tolerance * tolerance;
  while (stack.length) {
    const [i, j] = stack.pop() as [number, number];
    let worst = -1;
    let at = -1;
    for (let k = i + 1; k < j; k++) {
      const d = segDist2(pts[k] as Pt, pts[i] as Pt, pts[j] as Pt);
      if (d > worst) [worst, at] = [d, k];
    }
    if (worst > tol2) {
      keep[at] = 1;
      stack.push([i, at], [at, j]);
    }
  }
  return pts.filter((_, k) => keep[k] === 1);
}

/** A ring at whole pixels: the first point absolute, the others as relative steps (`l dx dy …`, about half the bytes). */
function write(pts: readonly Pt[], closed: boolean): string {
  const whole = pts.map(([x, y]): Pt => [Math.round(x), Math.round(y)]);
  const [first] = whole;
  if (!first) return '';
  let out = `M${first[0]},${first[1]}`;
  let [px, py] = first;
  const steps: number[] = [];
  for (const [x, y] of whole.slice(1)) {
    if (x === px && y === py) continue;
    steps.push(x - px, y - py);
    [px, py] = [x, y];
  }
  // A minus sign separates numbers by itself.
  if (steps.length) out += `l${steps.map((n, i) => (i === 0 || n < 0 ? String(n) : ` ${n}`)).join('')}`;
  return closed ? `${out}Z` : out;
}

/** Whether a ring or line, at whole pixels, spans at most one pixel each way. */
function speck(pts: readonly Pt[]): boolean {
  const xs = pts.map((p) => Math.round(p[0]));
  const ys = pts.map((p) => Math.round(p[1]));
  return Math.max(...xs) - Math.min(...xs) <= 1 && Math.max(...ys) - Math.min(...ys) <= 1;
}

export function compactPath(d: string, tolerance = TOLERANCE): string {
  if (d.length < LONG || !POLY.test(d)) return d;
  let out = '';
  let ring: Pt[] = [];
  const flush = (closed: boolean): void => {
    // An island or a line no bigger than a pixel is a speck at this resolution, and is left out (the app
    // draws it); a larger closed ring keeps at least a triangle, so a small island does not vanish.
    const simple = ring.length > 3 ? simplify(ring, tolerance) : ring;
    if (ring.length && !speck(ring)) out += write(closed && simple.length < 3 ? ring.slice(0, 3) : simple, closed);
    ring = [];
  };
  for (const [, cmd, args] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (cmd === 'Z') {
      flush(true);
      continue;
    }
    const [x = NaN, y = NaN] = (args ?? '').split(',').map(Number);
    if (!Number.isFinite(x) || !Number.isFinite(y)) return d;
    if (cmd === 'M') flush(false);
    ring.push([x, y]);
  }
  flush(false);
  return out;
}

/** Every long `d` attribute of the markup, compacted. */
export const compactPaths = (html: string): string => html.replace(/ d="([^"]*)"/g, (_, d: string) => ` d="${compactPath(d)}"`);

/**
 * Whether a path of the map is one of its context layers: the neighbouring provinces' land and the dashed
 * borders between cities (told by how SvgMap paints them: src/ui/palette.ts).
 */
export function isContextLayer(tag: string): boolean {
  const light = PALETTES.light;
  if (tag.includes(` fill="${light.neighbour}"`)) return true;
  return tag.includes(' fill="none"') && tag.includes(` stroke="${light.landStroke}"`) && tag.includes(' stroke-dasharray=');
}

/**
 * The app's first frame without the map's context layers: the page must arrive in the first round trip with
 * the first paint's CSS inside it (README "Performance"), and these two are a fifth of its bytes. The province,
 * its cities' names, the belt, the links and every zone are there; the live map adds the two when it takes
 * the page over, and the map pictures of the static pages keep them.
 */
export const withoutContext = (html: string): string => html.replace(/<path\b[^>]*><\/path>/g, (tag) => (isContextLayer(tag) ? '' : tag));
