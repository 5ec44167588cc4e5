/**
 * The prerendered map's outlines at whole pixels: a polygon path of the 800×600
 * first frame loses nothing visible at 1 px, and the page's HTML (which is what
 * paints first) gets a third smaller. Only long M/L/Z paths (boundaries, the
 * belt) are touched; symbols keep their exact shapes. The app redraws every path
 * exactly when it takes the page over.
 */
const LONG = 200;
const POLY = /^[MLZ0-9.,\s-]+$/;

export function compactPath(d: string): string {
  if (d.length < LONG || !POLY.test(d)) return d;
  let out = '';
  let last = '';
  for (const [, cmd, args] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (cmd === 'Z') {
      out += 'Z';
      last = '';
      continue;
    }
    const [x = NaN, y = NaN] = (args ?? '').split(',').map(Number);
    if (!Number.isFinite(x) || !Number.isFinite(y)) return d;
    const pt = `${Math.round(x)},${Math.round(y)}`;
    if (cmd === 'L' && pt === last) continue;
    out += `${cmd}${pt}`;
    last = pt;
  }
  return out;
}

/** Every long `d` attribute of the markup, compacted. */
export const compactPaths = (html: string): string => html.replace(/ d="([^"]*)"/g, (_, d: string) => ` d="${compactPath(d)}"`);
