/**
 * Geometry shared by every renderer (static SVG, fallback, MapLibre), so the
 * map looks the same whichever draws it.
 */
export type LonLat = [number, number];

/** Bounds as [south-west, north-east] lon/lat corners. The maps' default frame comes from the data (the geography build's `frame`). */
export type Bounds = [LonLat, LonLat];

/** How far a reader may pan: the default frame plus a third of its size on every side (its context). */
export function panLimits([[w, s], [e, n]]: Bounds): Bounds {
  const dx = (e - w) / 3;
  const dy = (n - s) / 3;
  return [[w - dx, Math.max(s - dy, -85)], [e + dx, Math.min(n + dy, 85)]];
}

/** Web Mercator in [0,1]² (the same projection MapLibre uses, so the swap is seamless). */
export function mercator([lon, lat]: LonLat): [number, number] {
  const s = Math.sin((lat * Math.PI) / 180);
  return [(lon + 180) / 360, 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)];
}

/** The inverse of `mercator`: [0,1]² back to lon/lat. */
export const unmercator = (x: number, y: number): LonLat => [x * 360 - 180, (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI];

/** MapLibre's world size at zoom 0 (512-px tiles): a zoom is the same scale on both maps. */
export const WORLD_PX = 512;

export interface Frame {
  width: number;
  height: number;
  project: (p: LonLat) => [number, number];
  /** Pixels per kilometre at the frame's centre latitude. */
  pxPerKm: number;
  /** The frame as a linear map of Mercator space: screen = (ax + x·k, ay + y·k). */
  k: number;
  ax: number;
  ay: number;
}

/** A lon/lat point on screen through a frame's linear map of Mercator space (also a map file's frame: scripts/prerender). */
export function projectLinear({ k, ax, ay }: Pick<Frame, 'k' | 'ax' | 'ay'>, p: LonLat): [number, number] {
  const [x, y] = mercator(p);
  return [ax + x * k, ay + y * k];
}

const linearFrame = (width: number, height: number, k: number, ax: number, ay: number, lat: number): Frame => ({
  width, height, k, ax, ay,
  project: (p) => projectLinear({ k, ax, ay }, p),
  pxPerKm: k / (40075 * Math.cos((lat * Math.PI) / 180)),
});

/** A frame centred on a point at a MapLibre zoom (the story's camera on the SVG map). */
export function centreFrame(center: LonLat, zoom: number, width: number, height: number): Frame {
  const k = WORLD_PX * 2 ** zoom;
  const [cx, cy] = mercator(center);
  return linearFrame(width, height, k, width / 2 - cx * k, height / 2 - cy * k, center[1]);
}

/**
 * The transform that shows what frame `to` draws as frame `from` drew it
 * (both are linear in Mercator space): start a camera move at it and ease to none;
 * the SVG map also draws its boundaries, projected once, through it.
 */
export function flipTransform(from: Frame, to: Frame): string {
  const r = from.k / to.k;
  return `matrix(${r},0,0,${r},${from.ax - to.ax * r},${from.ay - to.ay * r})`;
}

/** Room kept free at each edge of the map's box (px): the panel, the legend, the note. */
export interface Padding { top: number; right: number; bottom: number; left: number }

/** Fits bounds into a width×height box with padding (top, right, bottom, left). */
export function fitFrame(
  bounds: [LonLat, LonLat], width: number, height: number,
  padding: Padding,
): Frame {
  const [x0, y1] = mercator(bounds[0]);
  const [x1, y0] = mercator(bounds[1]);
  const w = Math.max(width - padding.left - padding.right, 1);
  const h = Math.max(height - padding.top - padding.bottom, 1);
  const k = Math.min(w / (x1 - x0), h / (y1 - y0));
  const ox = padding.left + (w - (x1 - x0) * k) / 2;
  const oy = padding.top + (h - (y1 - y0) * k) / 2;
  return linearFrame(width, height, k, ox - x0 * k, oy - y0 * k, (bounds[0][1] + bounds[1][1]) / 2);
}

/** The control point of the gentle arc from a to b: set off to the right of the chord, by `bend` of its length. */
function arcControl(a: LonLat, b: LonLat, bend: number): LonLat {
  return [(a[0] + b[0]) / 2 + (b[1] - a[1]) * bend, (a[1] + b[1]) / 2 - (b[0] - a[0]) * bend];
}

/**
 * A gentle arc from a to b (quadratic Bézier through a control point set off to
 * the right of the chord), sampled as lon/lat points. Arcs from the same core
 * fan out instead of overlapping the belt line. The curve is a Bézier on the
 * Mercator plane, so that both maps draw the same one: the WebGL map these
 * points, the SVG map `arcPath` (any frame is linear on that plane).
 */
export function arc(a: LonLat, b: LonLat, bend = 0.18, samples = 24): LonLat[] {
  const [p, c, q] = [a, arcControl(a, b, bend), b].map(mercator) as [[number, number], [number, number], [number, number]];
  const out: LonLat[] = [a];
  for (let i = 1; i < samples; i++) {
    const t = i / samples;
    const u = 1 - t;
    out.push(unmercator(u * u * p[0] + 2 * u * t * c[0] + t * t * q[0], u * u * p[1] + 2 * u * t * c[1] + t * t * q[1]));
  }
  out.push(b);
  return out;
}

/**
 * The same arc as SVG path data: one quadratic Bézier through the projected ends and control point, in a
 * tenth of the bytes of the sampled points (the prerendered page carries every link: README "Performance").
 */
export function arcPath(a: LonLat, b: LonLat, project: Frame['project'], bend = 0.18): string {
  const [p, c, q] = [a, arcControl(a, b, bend), b].map((pt) => project(pt).map((v) => v.toFixed(1)).join(','));
  return `M${p}Q${c} ${q}`;
}

/** SVG path data of projected points. */
export const pathOf = (pts: readonly LonLat[], project: Frame['project'], close = false): string =>
  pts.map((p, i) => {
    const [x, y] = project(p);
    return `${i ? 'L' : 'M'}${x.toFixed(1)},${y.toFixed(1)}`;
  }).join('') + (close ? 'Z' : '');

/**
 * Where a region's name goes: the area centroid of its largest ring (in the
 * projected plane), so the name sits in the region's body rather than on its
 * seat (where the zone symbol and label already are). Falls back to `seat`
 * when the centroid falls outside the ring (a crescent-shaped region).
 */
export function areaLabelPoint(rings: readonly (readonly LonLat[])[], seat: LonLat): LonLat {
  let best: { area: number; x: number; y: number; ring: readonly LonLat[] } | null = null;
  for (const ring of rings) {
    let a = 0;
    let cx = 0;
    let cy = 0;
    const pts = ring.map(mercator);
    for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
      const [xi, yi] = pts[i] as [number, number];
      const [xj, yj] = pts[j] as [number, number];
      const f = xj * yi - xi * yj;
      a += f;
      cx += (xj + xi) * f;
      cy += (yj + yi) * f;
    }
    if (a !== 0 && (!best || Math.abs(a) > best.area)) best = { area: Math.abs(a), x: cx / (3 * a), y: cy / (3 * a), ring: pts.map(([x, y]) => [x, y] as LonLat) };
  }
  if (!best || !insideRing([best.x, best.y], best.ring)) return seat;
  return unmercator(best.x, best.y);
}

/** Even-odd point-in-polygon test for one ring. */
export function insideRing([x, y]: LonLat, ring: readonly LonLat[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as LonLat;
    const [xj, yj] = ring[j] as LonLat;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
