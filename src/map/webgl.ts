/**
 * Whether this browser can run the WebGL map (MapLibre 6), by feature detection, never by user agent.
 * Where it cannot, the SVG map stays (the rest of the app runs down to the browser floor, README
 * "Browsers"). Anything that still goes wrong while the map is created or running also falls back
 * (MapArea / GLMap): this check only spares the download and a blank map where failure is certain.
 */

/** What MapLibre 6 (main chunk and worker, as shipped) uses that the browser floor lacks. */
/** `costly`: probing it creates a WebGL context (tens of ms on a phone). */
const NEEDS: readonly { name: string; has: () => boolean; costly?: true }[] = [
  // Cancelling tile and image requests (MapLibre ≥ 5.14): Chrome 100, Firefox 97, Safari 15.4.
  // (Probed with `in`: naming the built-in itself would trip the browser-floor check.)
  { name: 'AbortSignal.prototype.throwIfAborted', has: () => typeof AbortSignal === 'function' && 'throwIfAborted' in AbortSignal.prototype },
  // Built-ins in its code and its worker: Chrome 92–93, Firefox 90–92, Safari 15.4.
  { name: 'Object.hasOwn', has: () => 'hasOwn' in Object },
  { name: 'Array.prototype.at', has: () => 'at' in Array.prototype },
  // The worker file is not transpiled and has class static blocks (Chrome 94, Firefox 93, Safari 16.4).
  // Syntax cannot be probed without eval, which the app's CSP forbids; OffscreenCanvas came in the same
  // Safari release (Chrome 69, Firefox 105), so it stands in for it. MapLibre draws images on it too.
  { name: 'OffscreenCanvas (for class static blocks)', has: () => 'OffscreenCanvas' in globalThis },
  { name: 'createImageBitmap', has: () => 'createImageBitmap' in globalThis },
  { name: 'WebGL2', has: hasWebGL2Context, costly: true },
];

/** MapLibre 6 renders with WebGL2 only (it throws GPUInitializationError without it). */
function hasWebGL2Context(): boolean {
  try {
    const c = document.createElement('canvas');
    const gl = c.getContext('webgl2');
    const ok = !!gl;
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    return ok;
  } catch {
    return false;
  }
}

/** The first thing the WebGL map needs that this browser lacks, or null: it can run. The costly probe (WebGL2) comes last, and only with `probeContext`. */
export function missingForWebGLMap(probeContext = true): string | null {
  for (const n of NEEDS) {
    if (n.costly && !probeContext) continue;
    let ok = false;
    try {
      ok = n.has();
    } catch {
      ok = false;
    }
    if (!ok) return n.name;
  }
  return null;
}

/** Whether the WebGL map can run here: everything MapLibre 6 needs, not WebGL2 alone (`probeContext`: as above). */
export function canRunWebGLMap(probeContext = true): boolean {
  const missing = missingForWebGLMap(probeContext);
  // For whoever looks into why a browser shows the simplified map.
  if (missing) console.info(`atlas: the interactive map needs ${missing}; showing the SVG map`);
  return missing === null;
}
