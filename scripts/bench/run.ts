/**
 * npm run bench — builds the app and a naive baseline page (MapLibre + full
 * ECharts loaded up front), serves both, and prints every figure with its
 * ratio to the baseline; writes bench/results.json. Medians of several runs.
 *   --runs N        runs per measurement (default 3)
 *   --no-lighthouse skip the Lighthouse runs (fast)
 *   --no-build      use the existing dist/ and bench/tmp/baseline
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { serve } from '../serve.ts';
import { measureSizes, printSizes, BUDGETS } from './sizes.ts';
import { lighthouse, type LighthouseFigures } from './lighthouse.ts';
import { measureInBrowser, type BrowserFigures } from './browser.ts';
import { medianOf } from './stats.ts';
import { writeFloorPage } from './floor-page.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const argv = process.argv.slice(2);
const runs = Number(argv[argv.indexOf('--runs') + 1]) || 3;
const withLighthouse = !argv.includes('--no-lighthouse');

function sh(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed`);
}
if (!argv.includes('--no-build')) {
  sh('npm', ['run', 'build']);
  sh('npx', ['vite', 'build', '--config', 'bench/baseline/vite.config.ts']);
}

const APP_PORT = 4180;
const BASE_PORT = 4181;
const FLOOR_PORT = 4182;
writeFloorPage(join(root, 'dist'), join(root, 'bench', 'tmp', 'floor'));
const stopApp = await serve(join(root, 'dist'), APP_PORT, true);
const stopBase = await serve(join(root, 'bench', 'tmp', 'baseline'), BASE_PORT, false);
const stopFloor = await serve(join(root, 'bench', 'tmp', 'floor'), FLOOR_PORT, true);
const appUrl = `http://127.0.0.1:${APP_PORT}/`;
const baseUrl = `http://127.0.0.1:${BASE_PORT}/`;
const floorUrl = `http://127.0.0.1:${FLOOR_PORT}/`;

try {
  const sizes = measureSizes(join(root, 'dist'));
  const baseJs = readdirSync(join(root, 'bench', 'tmp', 'baseline', 'assets')).filter((f) => f.endsWith('.js') || f.endsWith('.mjs'))
    .map((f) => readFileSync(join(root, 'bench', 'tmp', 'baseline', 'assets', f)));
  const baseSizes = { firstPaintJsGzip: baseJs.reduce((a, b) => a + gzipSync(b, { level: 9 }).length, 0), firstPaintJsBrotli: baseJs.reduce((a, b) => a + brotliCompressSync(b).length, 0) };

  const lh: Record<string, { app: LighthouseFigures; baseline: LighthouseFigures; floor: LighthouseFigures }> = {};
  if (withLighthouse) {
    for (const preset of ['mobile', 'desktop'] as const) {
      const app: LighthouseFigures[] = [];
      const base: LighthouseFigures[] = [];
      const floor: LighthouseFigures[] = [];
      // Interleaved, so that all three see the machine in the same state.
      for (let i = 0; i < runs; i++) {
        app.push(await lighthouse(appUrl, preset));
        base.push(await lighthouse(baseUrl, preset));
        floor.push(await lighthouse(floorUrl, preset));
        process.stdout.write(`lighthouse ${preset} run ${i + 1}/${runs}: app ${app.at(-1)?.score} LCP ${app.at(-1)?.lcpMs.toFixed(0)}, baseline ${base.at(-1)?.score} LCP ${base.at(-1)?.lcpMs.toFixed(0)}, floor LCP ${floor.at(-1)?.lcpMs.toFixed(0)}\n`);
      }
      lh[preset] = { app: medianOf(app), baseline: medianOf(base), floor: medianOf(floor) };
    }
  }

  const opts = { switches: 200, heapSwitches: 500, langSwitches: 100 };
  const appB: BrowserFigures[] = [];
  const baseB: BrowserFigures[] = [];
  for (let i = 0; i < runs; i++) {
    appB.push(await measureInBrowser(appUrl, opts));
    baseB.push(await measureInBrowser(baseUrl, { ...opts, langSwitches: 0 }));
    process.stdout.write(`browser run ${i + 1}/${runs} done\n`);
  }
  const app = medianOf(appB);
  const base = medianOf(baseB);

  const ratio = (a: number | null, b: number | null): string => (a !== null && b !== null && b !== 0 && Number.isFinite(a) && Number.isFinite(b) ? `${(a / b).toFixed(2)}×` : '—');
  const f = (x: number | null, unit = '', d = 0): string => (x === null || !Number.isFinite(x) ? '—' : `${x.toFixed(d)}${unit}`);
  const rows: [string, number | null, number | null, string, string][] = [];
  for (const [preset, v] of Object.entries(lh)) {
    // Issue 14's targets are the mobile profile's; desktop keeps a score.
    const mobile = preset === 'mobile';
    rows.push([`Lighthouse ${preset}: performance`, v.app.score, v.baseline.score, '', '≥ 98']);
    rows.push([`Lighthouse ${preset}: LCP`, v.app.lcpMs, v.baseline.lcpMs, ' ms', mobile ? '≤ 900 ms, ≤ baseline' : '']);
    // The app column holds the floor page: the app's <head> and one heading (floor-page.ts).
    rows.push([`Lighthouse ${preset}: LCP, floor page`, v.floor.lcpMs, v.baseline.lcpMs, ' ms', '']);
    rows.push([`Lighthouse ${preset}: TBT`, v.app.tbtMs, v.baseline.tbtMs, ' ms', mobile ? '≤ 111 ms' : '']);
    rows.push([`Lighthouse ${preset}: CLS`, v.app.cls, v.baseline.cls, '', '≤ 0.02']);
  }
  rows.push(['JS to start the app: hydrates the prerendered first view (gzip)', sizes.firstPaint.jsGzip / 1024, baseSizes.firstPaintJsGzip / 1024, ' KB', '≤ 80 KB']);
  rows.push(['JS to start the app (brotli)', sizes.firstPaint.jsBrotli / 1024, baseSizes.firstPaintJsBrotli / 1024, ' KB', '']);
  rows.push(['Loaded for the default view (gzip)', app.defaultViewBytes.gzip / 1024, base.defaultViewBytes.gzip / 1024, ' KB', '≤ 700 KB']);
  rows.push(['Requests for the default view', app.defaultViewBytes.requests, base.defaultViewBytes.requests, '', '']);
  rows.push(['Loaded with the WebGL map too (gzip)', app.withMapBytes.gzip / 1024, base.withMapBytes.gzip / 1024, ' KB', '≤ 700 KB']);
  rows.push(['Navigation → 15 zones visible', app.zonesVisibleMs, base.zonesVisibleMs, ' ms', '']);
  // The app loads its WebGL map when the reader points at the map (the bench points 2 s after the zones show);
  // the baseline loads it with the page.
  rows.push(['WebGL map ready (app: after the pointer)', app.pointerToMapMs, base.interactiveMapMs, ' ms', '']);
  rows.push(['Zone switch p50 (200 switches)', app.switchP50Ms, base.switchP50Ms, ' ms', '']);
  rows.push(['Zone switch p95 (200 switches)', app.switchP95Ms, base.switchP95Ms, ' ms', '≤ 100 ms']);
  rows.push(['JS heap at start', app.heapStartMB, base.heapStartMB, ' MB', '']);
  rows.push(['JS heap after 500 zone switches', app.heapAfterSwitchesMB, base.heapAfterSwitchesMB, ' MB', '']);
  rows.push(['Heap growth after 500 switches', app.heapAfterSwitchesMB - app.heapStartMB, base.heapAfterSwitchesMB - base.heapStartMB, ' MB', '≤ 5 MB']);
  rows.push(['JS heap after 100 language switches', app.heapAfterLangMB, null, ' MB', '']);

  console.log(`\nBenchmark (median of ${runs} runs; Debian Chromium, SwiftShader WebGL, ${process.env.CI ? 'CI' : 'this machine'})\n`);
  console.log(`${'figure'.padEnd(40)} ${'app'.padStart(12)} ${'baseline'.padStart(12)} ${'ratio'.padStart(8)}  budget`);
  for (const [name, a, b, unit, budget] of rows) {
    const d = unit === ' MB' || name.includes('CLS') || unit === ' KB' ? 2 : 0;
    console.log(`${name.padEnd(40)} ${f(a, unit, d).padStart(12)} ${f(b, unit, d).padStart(12)} ${ratio(a, b).padStart(8)}  ${budget}`);
  }
  printSizes(sizes);
  mkdirSync(join(root, 'bench'), { recursive: true });
  writeFileSync(join(root, 'bench', 'results.json'), JSON.stringify({ date: new Date().toISOString(), runs, budgets: BUDGETS, lighthouse: lh, sizes, baselineSizes: baseSizes, browser: { app, baseline: base }, table: rows }, null, 2) + '\n');
  console.log('\nwrote bench/results.json');
} finally {
  await stopApp();
  await stopBase();
  await stopFloor();
}
