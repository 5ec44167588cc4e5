/**
 * Firefox smoke of the portable single file: copied alone into an empty
 * folder, opened by file:// in Debian's Firefox ESR (headless, so no WebGL:
 * the SVG map), driven by puppeteer-core over WebDriver BiDi. Walks the map,
 * a zone's panel, the Source dialog, five presentation steps and English.
 *   npx tsx tests/engines/portable-firefox.ts [--dist dist]
 * Exits 0 when it passes (or, with a SKIP line, when Firefox is not installed), 1 when it fails.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Page } from 'puppeteer-core';
import type { Atlas } from '../../src/data/types.ts';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const i = process.argv.indexOf('--dist');
const dist = i > 0 ? (process.argv[i + 1] ?? 'dist') : 'dist';
const source = join(dist, 'liaoning-atlas.html');
const atlas = JSON.parse(readFileSync('public/data/atlas.json', 'utf8')) as Atlas;

function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(what);
  console.log(`  ok  ${what}`);
}

/** Polls a page condition (Firefox gives no auto-waiting locators through BiDi here). */
async function until(page: Page, what: string, fn: (arg: string) => boolean, arg = ''): Promise<void> {
  // A poll of its own: puppeteer's waitForFunction never returns over BiDi in Firefox ESR 140.12.
  for (const end = Date.now() + 30_000; Date.now() < end; await new Promise((r) => setTimeout(r, 200))) {
    if (await page.evaluate(fn, arg).catch(() => false)) {
      console.log(`  ok  ${what}`);
      return;
    }
  }
  throw new Error(`timed out: ${what}`);
}

async function main(): Promise<number> {
  if (!existsSync(FIREFOX)) {
    console.log(`SKIP: ${FIREFOX} not found (apt-get install firefox-esr): the portable file was not checked in Firefox`);
    return 0;
  }
  if (!existsSync(source)) throw new Error(`${source} is missing: npm run build first`);
  const folder = mkdtempSync(join(tmpdir(), 'atlas-usb-ff-'));
  copyFileSync(source, join(folder, 'liaoning-atlas.html'));
  const url = pathToFileURL(join(folder, 'liaoning-atlas.html')).href;
  // The viewport is set at launch: Firefox ESR 140.12's BiDi has no screen-orientation override, which setViewport sends.
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, defaultViewport: { width: 1280, height: 800 } });
  const errors: string[] = [];
  try {
    const page = await browser.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    const benxi = atlas.zones.find((z) => z.id === 'benxi');
    const s4 = atlas.story[4];
    const s8 = atlas.story[8];
    if (!benxi || !s4 || !s8) throw new Error('atlas has no benxi or fewer than 9 steps');

    console.log(`Firefox, ${url}?zone=benxi`);
    await page.goto(`${url}?zone=benxi`, { waitUntil: 'load' });
    await until(page, '15 zones on the map', () => document.querySelectorAll('[data-map-zone]').length === 15);
    // WebGL2 is probed when the reader reaches for the map (src/map/MapArea.svelte): the pointer over it.
    await page.hover('.map-area');
    await until(page, 'the SVG map (headless Firefox has no WebGL)', () => document.querySelector('.map-area')?.getAttribute('data-renderer') !== 'static');
    const title = await page.$eval('[data-testid="panel-title"]', (e) => e.textContent ?? '');
    check(title === benxi.name.zh, `the panel shows ${benxi.name.zh}`);
    await page.click('[data-testid="zone-panel"] [data-source-marker]');
    await until(page, 'the Source dialog opens with its quote', () => {
      const d = document.querySelector<HTMLDialogElement>('[data-testid="source-dialog"]');
      return !!d?.open && (d.querySelector('[data-testid="source-quote"]')?.textContent ?? '').length > 0;
    });

    console.log(`Firefox, ${url}?mode=present&step=5&lang=en`);
    await page.goto(`${url}?mode=present&step=5&lang=en`, { waitUntil: 'load' });
    for (let n = 4; n <= 8; n++) {
      const id = atlas.story[n]?.id ?? '';
      await until(page, `step ${n + 1} (${id})`, (step) => document.querySelector('[data-testid="presenter"]')?.getAttribute('data-step') === step, id);
      if (n < 8) await page.keyboard.press('PageDown');
    }
    const en = await page.$eval('[data-testid="story-title"]', (e) => e.textContent ?? '');
    check(en === s8.title.en, 'the caption is in English');
    // The page's own location: puppeteer's page.url() misses history.replaceState over BiDi in Firefox ESR 140.12.
    check(new URLSearchParams(await page.evaluate(() => location.search)).get('step') === '9', 'the address follows the step (step=9)');
    check(errors.length === 0, `no page errors${errors.length ? `: ${errors.join('; ')}` : ''}`);
    return 0;
  } finally {
    await browser.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`FAIL: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
