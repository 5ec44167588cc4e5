/**
 * The portable single file (scripts/portable/build.ts) carries its data, the
 * boundaries, the documents' texts and the MapLibre worker in non-executing
 * `<script type="application/json" id="inline-…">` blocks, because nothing can
 * be fetched from `file://`. The web app has no such blocks and fetches as usual.
 */
export const INLINE_IDS = {
  atlas: 'inline-atlas',
  topo: 'inline-topo',
  docs: 'inline-docs',
  worker: 'inline-maplibre-worker',
} as const;
export type InlineName = keyof typeof INLINE_IDS;

const parsed = new Map<InlineName, unknown>();

/** The parsed block, or undefined when the page has none (the web app). Throws on a broken block. */
export function inlineJson(name: InlineName): unknown {
  if (parsed.has(name)) return parsed.get(name);
  if (typeof document === 'undefined') return undefined;
  const el = document.getElementById(INLINE_IDS[name]);
  if (!el || el.tagName !== 'SCRIPT' || (el as HTMLScriptElement).type !== 'application/json') return undefined;
  const value: unknown = JSON.parse(el.textContent ?? '');
  parsed.set(name, value);
  return value;
}

let workerUrl: string | null | undefined;
/**
 * A blob URL for the classic (IIFE) MapLibre worker the portable file carries, or null.
 * MapLibre's loader starts a URL ending in `.cjs` as a classic worker (internal
 * behaviour, pinned by tests/e2e/portable.spec.ts); a module worker from a blob
 * is refused on `file://`.
 */
export function inlineWorkerUrl(): string | null {
  if (workerUrl !== undefined) return workerUrl;
  const code = inlineJson('worker');
  workerUrl = typeof code === 'string' ? `${URL.createObjectURL(new Blob([code], { type: 'text/javascript' }))}#.cjs` : null;
  return workerUrl;
}
