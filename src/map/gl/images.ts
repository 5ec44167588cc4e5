/**
 * The map's icons, computed in code (no sprite file): signed-distance-field
 * shapes, so the style colours them (icon-color), draws their outline
 * (icon-halo) and scales them crisply, and a theme change is a paint change.
 */

/** Raw RGBA pixels, as map.addImage takes them. */
export interface Pixels { width: number; height: number; data: Uint8ClampedArray }

/** Radius of the diamond as drawn (the SVG map's provincial r at scale 1); its corners are 1.25 r out. */
export const DIAMOND_R = 7;
/** From the arrow image's centre to its tip, in image pixels. */
export const ARROW_TIP = 5;
/** Side of the invisible box the labels avoid (scaled per zone with icon-size). */
export const BOX_SIZE = 20;

// MapLibre's SDF convention: alpha 0.75 on the edge, falling by 1/8 per pixel outward.
const EDGE = 0.75;
const PX = 8;
const PAD = 7;

/** Signed distance field of a convex polygon (vertices clockwise on screen, centred on 0,0). */
export function sdfPolygon(vertices: readonly [number, number][], width: number, height: number): Pixels {
  const edges = vertices.map((a, i) => {
    const b = vertices[(i + 1) % vertices.length] as [number, number];
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
    // Outward normal of a clockwise (screen) polygon: rotate the edge direction by -90°.
    return { a, nx: (b[1] - a[1]) / len, ny: -(b[0] - a[0]) / len };
  });
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const px = x + 0.5 - width / 2;
      const py = y + 0.5 - height / 2;
      let d = -Infinity;
      for (const e of edges) d = Math.max(d, (px - e.a[0]) * e.nx + (py - e.a[1]) * e.ny);
      const i = (y * width + x) * 4;
      data[i] = data[i + 1] = data[i + 2] = 255;
      data[i + 3] = Math.round(Math.min(1, Math.max(0, EDGE - d / PX)) * 255);
    }
  }
  return { width, height, data };
}

export function diamondImage(): Pixels {
  const a = DIAMOND_R * 1.25;
  const size = Math.ceil(2 * (a + PAD));
  return sdfPolygon([[0, -a], [a, 0], [0, a], [-a, 0]], size, size);
}

/** A triangle pointing east (rotated per link with icon-rotate). */
export function arrowImage(): Pixels {
  const size = 2 * (ARROW_TIP + PAD);
  return sdfPolygon([[-ARROW_TIP, -4.5], [ARROW_TIP, 0], [-ARROW_TIP, 4.5]], size, size);
}

export const boxImage = (): Pixels => ({ width: BOX_SIZE, height: BOX_SIZE, data: new Uint8ClampedArray(BOX_SIZE * BOX_SIZE * 4) });
