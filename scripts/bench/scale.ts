/**
 * npm run bench:scale — the same app with 15, 150 and 1,500 zones (scripts/bench/synthetic.ts), in
 * one run: for each size, the data build's time, then a production build of a copy of the project
 * with that data, served as a host would, measured in Chromium: navigation → zones painted (the
 * `atlas:zones-painted` mark, median of 3 loads), zone switch p50/p95 over 200 switches (select →
 * panel and its on-screen charts painted) and the JS heap after them. Prints a table and writes
 * bench/scale.json. The project's own public/ and dist/ are never touched.
 *   --sizes 15,150,1500   --runs 3   --port 4370   --keep (leave the copies in $TMPDIR/atlas-scale)   --reuse (measure kept copies again)
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { buildAtlas } from '../data/build.ts';
import { serve } from '../serve.ts';
import { writeSynthetic } from './synthetic.ts';
import { SELECT_AND_PAINT, heapMB, quantile } from './browser.ts';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const argv = process.argv.slice(2);
const arg = (name: string): string | undefined => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const sizes = (arg('--sizes') ?? '15,150,1500').split(',').map(Number);
const runs = Number(arg('--runs') ?? 3) || 3;
const port = Number(arg('--port') ?? 4370) || 4370;
const SWITCHES = 200;

export interface ScaleRow { zones: number; buildMs: number; firstPaintMs: number; switchP50Ms: number; switchP95Ms: number; heapMB: number }

/** What a copy of the project needs to build (no node_modules: linked; no outputs). */
const SKIP = new Set(['node_modules', '.git', 'bench', 'test-results', 'playwright-report', 'data', 'seeds']);
function copyProject(to: string): void {
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to, { recursive: true });
  cpSync(REPO, to, { recursive: true, filter: (src) => { const top = relative(REPO, src).split('/')[0] ?? ''; return !SKIP.has(top) && !top.startsWith('dist'); } });
  symlinkSync(join(REPO, 'node_modules'), join(to, 'node_modules'));
}

function sh(cwd: string, cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd}`);
}

async function measure(url: string, zoneIds: readonly string[]): Promise<Omit<ScaleRow, 'zones' | 'buildMs'>> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--enable-unsafe-swiftshader'] });
  try {
    const paints: number[] = [];
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
      page.on('pageerror', (e) => console.error('page error:', e.message));
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForFunction(() => performance.getEntriesByName('atlas:zones-painted').length > 0, null, { timeout: 120_000 });
      paints.push(await page.evaluate(() => performance.getEntriesByName('atlas:zones-painted')[0]?.startTime ?? NaN));
      if (i < runs - 1) await page.close();
    }
    const page = browser.contexts()[0]?.pages().at(-1);
    if (!page) throw new Error('no page');
    await page.waitForTimeout(1000);
    // Zones spread over the list (every city, both tiers), not the first 200.
    const step = Math.max(1, Math.floor(zoneIds.length / 37));
    const ids = Array.from({ length: SWITCHES }, (_, i) => zoneIds[(i * step) % zoneIds.length] as string);
    const times = (await page.evaluate(`(${SELECT_AND_PAINT})(${JSON.stringify(ids)})`)) as number[];
    return { firstPaintMs: quantile(paints, 0.5), switchP50Ms: quantile(times, 0.5), switchP95Ms: quantile(times, 0.95), heapMB: await heapMB(page) };
  } finally {
    await browser.close();
  }
}

const round = (x: number, d = 0): number => Math.round(x * 10 ** d) / 10 ** d;
// Outside the project: a copy cannot live inside what it copies.
const work = join(tmpdir(), 'atlas-scale');
const rows: ScaleRow[] = [];
for (const [i, zones] of sizes.entries()) {
  const root = join(work, String(zones));
  // --reuse: a copy built by an earlier run with --keep (same data: the generator is seeded) is measured again.
  const reuse = argv.includes('--reuse') && existsSync(join(root, 'dist-scale', 'index.html'));
  if (!reuse) {
    copyProject(root);
    writeSynthetic({ zones, out: root });
  }
  // The data build, timed in process (what `npm run data` does, without tsx's start-up).
  const t0 = performance.now();
  const { atlas, texts } = buildAtlas({ root });
  const buildMs = performance.now() - t0;
  mkdirSync(join(root, 'public', 'data', 'docs'), { recursive: true });
  writeFileSync(join(root, 'public', 'data', 'atlas.json'), JSON.stringify(atlas));
  for (const t of texts) writeFileSync(join(root, 'public', 'data', 'docs', `${t.id}.json`), JSON.stringify(t));
  if (!existsSync(join(root, 'public', 'data', 'liaoning.topo.json'))) sh(root, 'npx', ['tsx', 'scripts/geo/build-geo.ts']);
  console.log(`${zones} zones: data built in ${round(buildMs)} ms; building the app…`);
  if (!reuse) sh(root, 'npx', ['vite', 'build', '--outDir', 'dist-scale', '--logLevel', 'error']);
  const stop = await serve(join(root, 'dist-scale'), port + i, true);
  try {
    const m = await measure(`http://127.0.0.1:${port + i}/`, atlas.zones.map((z) => z.id));
    rows.push({ zones, buildMs: round(buildMs), firstPaintMs: round(m.firstPaintMs), switchP50Ms: round(m.switchP50Ms, 1), switchP95Ms: round(m.switchP95Ms, 1), heapMB: round(m.heapMB, 1) });
    // Written after each size, so a long run that stops still leaves what it measured.
    mkdirSync(join(REPO, 'bench'), { recursive: true });
    writeFileSync(join(REPO, 'bench', 'scale.json'), `${JSON.stringify([...rows].sort((a, b) => a.zones - b.zones), null, 2)}\n`);
    console.log(`${zones} zones:`, JSON.stringify(rows.at(-1)));
  } finally {
    await stop();
  }
  if (!argv.includes('--keep')) rmSync(root, { recursive: true, force: true });
}

const sorted = [...rows].sort((a, b) => a.zones - b.zones);
console.log('\n| zones | data build | navigation → zones painted | zone switch p50 / p95 | JS heap after 200 switches |');
console.log('| ---: | ---: | ---: | ---: | ---: |');
for (const r of sorted) console.log(`| ${r.zones} | ${r.buildMs} ms | ${r.firstPaintMs} ms | ${r.switchP50Ms} / ${r.switchP95Ms} ms | ${r.heapMB} MB |`);
const first = sorted[0];
const last = sorted.at(-1);
if (first && last && last !== first) {
  console.log(`\nfirst paint at ${last.zones} zones: ${round(last.firstPaintMs / first.firstPaintMs, 2)}× the ${first.zones}-zone figure (target ≤ 3×); switch p95 ${last.switchP95Ms} ms (target ≤ 100 ms)`);
}
console.log('wrote bench/scale.json');
