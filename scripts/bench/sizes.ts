/**
 * Sizes of the build, from Vite's manifest: what loads before first paint
 * (the entry and its static imports), everything the default view can load
 * (all chunks and assets plus the data), and the largest chunks.
 * `npx tsx scripts/bench/sizes.ts --check` fails when a size budget is exceeded
 * (sizes are stable, so this can gate CI; times are not and do not).
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

export const BUDGETS = { firstPaintJsGzip: 60 * 1024, defaultViewGzip: 700 * 1024 } as const;

interface ManifestChunk { file: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[]; css?: string[]; assets?: string[] }
export interface Sized { file: string; raw: number; gzip: number; brotli: number }
export interface SizeReport {
  firstPaint: { js: Sized[]; css: Sized[]; jsGzip: number; jsBrotli: number; totalGzip: number };
  defaultView: { gzip: number; brotli: number; files: number };
  largest: Sized[];
  data: Sized[];
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
  // First paint: the entry and its static imports (what the browser fetches before running the app).
  const seen = new Set<string>();
  const css = new Set<string>();
  const visit = (key: string): void => {
    if (seen.has(key)) return;
    seen.add(key);
    const c = manifest[key];
    for (const f of c?.css ?? []) css.add(f);
    for (const i of c?.imports ?? []) visit(i);
  };
  visit(entryKey);
  const js = [...seen].map((k) => size(dist, manifest[k]?.file ?? '')).filter((s) => s.file);
  const cssSized = [...css].map((f) => size(dist, f));
  // Everything the default view may load: every chunk and asset (an upper bound), the atlas and the boundaries.
  const assets = walk(join(dist, 'assets')).map((f) => size(dist, `assets/${f}`));
  const data = ['data/atlas.json', 'data/liaoning.topo.json'].filter((f) => existsSync(join(dist, f))).map((f) => size(dist, f));
  const everything = [...assets, ...data];
  return {
    firstPaint: { js, css: cssSized, jsGzip: sum(js, 'gzip'), jsBrotli: sum(js, 'brotli'), totalGzip: sum(js, 'gzip') + sum(cssSized, 'gzip') },
    defaultView: { gzip: sum(everything, 'gzip'), brotli: sum(everything, 'brotli'), files: everything.length },
    largest: [...assets].sort((a, b) => b.gzip - a.gzip).slice(0, 6),
    data,
  };
}

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

export function printSizes(r: SizeReport): void {
  console.log('\nSizes (gzip -9 / brotli 11)');
  console.log(`  JS before first paint      ${kb(r.firstPaint.jsGzip).padStart(10)} / ${kb(r.firstPaint.jsBrotli).padStart(10)}   budget ${kb(BUDGETS.firstPaintJsGzip)}`);
  console.log(`  everything, default view   ${kb(r.defaultView.gzip).padStart(10)} / ${kb(r.defaultView.brotli).padStart(10)}   budget ${kb(BUDGETS.defaultViewGzip)} (${r.defaultView.files} files, upper bound)`);
  for (const d of r.data) console.log(`  ${d.file.padEnd(26)} ${kb(d.gzip).padStart(10)} / ${kb(d.brotli).padStart(10)}   (raw ${kb(d.raw)})`);
  console.log('  largest chunks:');
  for (const c of r.largest) console.log(`    ${c.file.padEnd(44)} ${kb(c.gzip).padStart(10)} / ${kb(c.brotli).padStart(10)}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dist = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');
  const r = measureSizes(dist);
  printSizes(r);
  if (process.argv.includes('--check')) {
    const over: string[] = [];
    if (r.firstPaint.jsGzip > BUDGETS.firstPaintJsGzip) over.push(`JS before first paint ${kb(r.firstPaint.jsGzip)} > ${kb(BUDGETS.firstPaintJsGzip)}`);
    if (r.defaultView.gzip > BUDGETS.defaultViewGzip) over.push(`default view ${kb(r.defaultView.gzip)} > ${kb(BUDGETS.defaultViewGzip)}`);
    if (over.length) {
      console.error(`\nSize budget exceeded:\n  ${over.join('\n  ')}`);
      process.exit(1);
    }
    console.log('\nSize budgets met.');
  }
}
