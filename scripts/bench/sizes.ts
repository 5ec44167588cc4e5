/**
 * Sizes of the build, from Vite's manifest: what loads before first paint
 * (the entry and its static imports), what the default view loads once the
 * reader reaches for the map (that, the WebGL map chunk with its worker, and
 * the data: budgeted strictly, as if every reader did), what loads only on
 * demand (charts when scrolled into view, dialogs, presentation…), and the
 * largest chunks. The browser benchmark measures the bytes really fetched.
 * `npx tsx scripts/bench/sizes.ts --check` fails when a size budget is exceeded
 * (sizes are stable, so this can gate CI; times are not and do not).
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

export const BUDGETS = {
  // The JS that starts the app (the entry and its static imports). Since the first view is prerendered
  // (issue 14) it no longer gates the first paint, only hydration — which needs the whole first view's
  // components (header, SVG map, overview's headline strip) and both dictionaries: 60 → 80 KB.
  firstPaintJsGzip: 80 * 1024,
  defaultViewGzip: 700 * 1024,
  // The portable single file is opened from disk, uncompressed: its raw size is what a USB stick,
  // an e-mail attachment or a chat app carries and what the browser parses at once.
  portableRaw: 4 * 1024 * 1024,
  portableGzip: 1200 * 1024,
  // The prerendered index.html as a server sends it (gzip level 6, zlib's and most servers' default) must
  // arrive in the first round trip: TCP's initial window is 10 segments of 1,460 bytes, 14,600 bytes with
  // the response headers (~650 with this app's CSP: scripts/serve.ts). One byte over costs a whole round
  // trip before first paint: Lighthouse's mobile LCP went from 0.77 to 0.92 s at 14,206 bytes (README, Performance).
  firstViewHtmlGzip: 13_900,
} as const;
/** Written by scripts/portable/build.ts after the build. */
const PORTABLE_FILE = 'liaoning-atlas.html';
/** The lazy chunk a reader's first reach for the map loads (budgeted with the default view, to be strict). */
const MAP_CHUNK = 'src/map/gl/GLMap.svelte';

interface ManifestChunk { file: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[]; css?: string[]; assets?: string[] }
export interface Sized { file: string; raw: number; gzip: number; brotli: number }
export interface SizeReport {
  /** index.html: raw, and gzip at level 6 (what a server sends; the other figures are gzip -9). */
  firstView: { raw: number; gzip6: number };
  firstPaint: { js: Sized[]; css: Sized[]; jsGzip: number; jsBrotli: number; totalGzip: number };
  defaultView: { gzip: number; brotli: number; files: number };
  onDemand: { gzip: number; brotli: number; files: number };
  largest: Sized[];
  data: Sized[];
  /** The portable single file, when the build wrote one. */
  portable: Sized | null;
}

const size = (dist: string, file: string): Sized => {
  const buf = readFileSync(join(dist, file));
  return {
    file, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};
const sum = (xs: Sized[], k: 'gzip' | 'brotli' | 'raw'): number => xs.reduce((a, x) => a + x[k], 0);
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)).map((x) => `${f}/${x}`) : [f]));

export function measureSizes(dist: string): SizeReport {
  const manifestPath = join(dist, '.vite', 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`${manifestPath} is missing: run the build first`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>;
  const entryKey = Object.keys(manifest).find((k) => manifest[k]?.isEntry);
  if (!entryKey) throw new Error('no entry in the manifest');
  // A chunk with what it pulls in statically: its imports, their CSS and assets (e.g. the map worker).
  const closure = (roots: string[]): { chunks: Set<string>; files: Set<string> } => {
    const chunks = new Set<string>();
    const files = new Set<string>();
    const visit = (key: string): void => {
      if (chunks.has(key)) return;
      chunks.add(key);
      const c = manifest[key];
      for (const f of [...(c?.css ?? []), ...(c?.assets ?? [])]) files.add(f);
      for (const i of c?.imports ?? []) visit(i);
    };
    roots.forEach(visit);
    return { chunks, files };
  };
  // First paint: the entry and its static imports (what the browser fetches before running the app).
  const first = closure([entryKey]);
  const js = [...first.chunks].map((k) => size(dist, manifest[k]?.file ?? '')).filter((s) => s.file);
  const cssSized = [...first.files].filter((f) => f.endsWith('.css')).map((f) => size(dist, f));
  const view = closure([entryKey, ...(manifest[MAP_CHUNK] ? [MAP_CHUNK] : [])]);
  const viewFiles = new Set([...[...view.chunks].map((k) => manifest[k]?.file ?? ''), ...view.files]);
  const assets = walk(join(dist, 'assets')).map((f) => size(dist, `assets/${f}`));
  const data = ['data/atlas.json', 'data/liaoning.topo.json'].filter((f) => existsSync(join(dist, f))).map((f) => size(dist, f));
  const inView = [...assets.filter((a) => viewFiles.has(a.file)), ...data];
  const onDemand = assets.filter((a) => !viewFiles.has(a.file));
  const html = readFileSync(join(dist, 'index.html'));
  return {
    firstView: { raw: html.length, gzip6: gzipSync(html, { level: 6 }).length },
    firstPaint: { js, css: cssSized, jsGzip: sum(js, 'gzip'), jsBrotli: sum(js, 'brotli'), totalGzip: sum(js, 'gzip') + sum(cssSized, 'gzip') },
    defaultView: { gzip: sum(inView, 'gzip'), brotli: sum(inView, 'brotli'), files: inView.length },
    onDemand: { gzip: sum(onDemand, 'gzip'), brotli: sum(onDemand, 'brotli'), files: onDemand.length },
    largest: [...assets].sort((a, b) => b.gzip - a.gzip).slice(0, 6),
    data,
    portable: existsSync(join(dist, PORTABLE_FILE)) ? size(dist, PORTABLE_FILE) : null,
  };
}

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

export function printSizes(r: SizeReport): void {
  console.log('\nSizes (gzip -9 / brotli 11)');
  console.log(`  index.html (gzip -6)       ${`${r.firstView.gzip6} B`.padStart(10)}                budget ${BUDGETS.firstViewHtmlGzip} B, the first round trip (raw ${kb(r.firstView.raw)})`);
  console.log(`  JS to start the app        ${kb(r.firstPaint.jsGzip).padStart(10)} / ${kb(r.firstPaint.jsBrotli).padStart(10)}   budget ${kb(BUDGETS.firstPaintJsGzip)}`);
  console.log(`  default view + WebGL map  ${kb(r.defaultView.gzip).padStart(10)} / ${kb(r.defaultView.brotli).padStart(10)}   budget ${kb(BUDGETS.defaultViewGzip)} (${r.defaultView.files} files)`);
  console.log(`  loaded only on demand      ${kb(r.onDemand.gzip).padStart(10)} / ${kb(r.onDemand.brotli).padStart(10)}   (${r.onDemand.files} files: charts, dialogs, presentation)`);
  for (const d of r.data) console.log(`  ${d.file.padEnd(26)} ${kb(d.gzip).padStart(10)} / ${kb(d.brotli).padStart(10)}   (raw ${kb(d.raw)})`);
  if (r.portable) console.log(`  ${PORTABLE_FILE.padEnd(26)} ${kb(r.portable.gzip).padStart(10)} / ${kb(r.portable.brotli).padStart(10)}   raw ${kb(r.portable.raw)}, budget raw ${kb(BUDGETS.portableRaw)}, gzip ${kb(BUDGETS.portableGzip)}`);
  console.log('  largest chunks:');
  for (const c of r.largest) console.log(`    ${c.file.padEnd(44)} ${kb(c.gzip).padStart(10)} / ${kb(c.brotli).padStart(10)}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const i = process.argv.indexOf('--dist');
  const dist = join(dirname(fileURLToPath(import.meta.url)), '..', '..', i > 0 ? (process.argv[i + 1] ?? 'dist') : 'dist');
  const r = measureSizes(dist);
  printSizes(r);
  if (process.argv.includes('--check')) {
    const over: string[] = [];
    if (r.firstView.gzip6 > BUDGETS.firstViewHtmlGzip) over.push(`index.html ${r.firstView.gzip6} bytes gzip -6 > ${BUDGETS.firstViewHtmlGzip}: it no longer arrives in the first round trip`);
    if (r.firstPaint.jsGzip > BUDGETS.firstPaintJsGzip) over.push(`JS to start the app ${kb(r.firstPaint.jsGzip)} > ${kb(BUDGETS.firstPaintJsGzip)}`);
    if (r.defaultView.gzip > BUDGETS.defaultViewGzip) over.push(`default view ${kb(r.defaultView.gzip)} > ${kb(BUDGETS.defaultViewGzip)}`);
    if (!r.portable) over.push(`${PORTABLE_FILE} is missing: run npm run portable after vite build`);
    else {
      if (r.portable.raw > BUDGETS.portableRaw) over.push(`${PORTABLE_FILE} ${kb(r.portable.raw)} > ${kb(BUDGETS.portableRaw)} (raw)`);
      if (r.portable.gzip > BUDGETS.portableGzip) over.push(`${PORTABLE_FILE} ${kb(r.portable.gzip)} > ${kb(BUDGETS.portableGzip)} (gzip)`);
    }
    if (over.length) {
      console.error(`\nSize budget exceeded:\n  ${over.join('\n  ')}`);
      process.exit(1);
    }
    console.log('\nSize budgets met.');
  }
}
