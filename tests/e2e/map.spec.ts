/**
 * The map (issue #3) in the built app: the WebGL map draws, holds the 15
 * zones, the two cores and the belt; selection by click, Enter and URL; hostile
 * URLs; the fallback without WebGL and on request; no foreign request; axe;
 * screenshots at projector, laptop and phone sizes (kept in docs/screenshots).
 */
import { chromium, type Page, type Locator } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { arc, type LonLat } from '../../src/map/geometry.ts';
import type { Atlas } from '../../src/data/types.ts';

const atlas = JSON.parse(readFileSync('public/data/atlas.json', 'utf8')) as Atlas;
// A software-rendered WebGL map on a busy two-core machine is slow: give each test room.
test.describe.configure({ timeout: 120_000 });

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Reaches for the map (as a reader's pointer does: that loads MapLibre) and waits until it has drawn the zones and replaced the SVG map. */
async function glReady(page: Page): Promise<void> {
  await page.locator('.map-area').dispatchEvent('pointerenter');
  await expect(page.locator('[data-gl-ready="true"]')).toBeAttached({ timeout: 45_000 });
  await expect(page.locator('.map-area')).toHaveAttribute('data-renderer', 'gl');
}

/** Share of a screenshot's pixels that are not the background (the most common colour), and how many colours it has. */
async function pixelStats(page: Page, target: Locator): Promise<{ share: number; colours: number }> {
  const png = await target.screenshot();
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d');
    if (!ctx) return { share: 0, colours: 0 };
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    const counts = new Map<number, number>();
    for (let i = 0; i < d.length; i += 4) {
      const key = ((d[i] ?? 0) << 16) | ((d[i + 1] ?? 0) << 8) | (d[i + 2] ?? 0);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const background = Math.max(...counts.values());
    const total = d.length / 4;
    return { share: (total - background) / total, colours: counts.size };
  }, png.toString('base64'));
}

test.describe('the WebGL map', () => {
  test('draws (the canvas is not blank) with the 15 zones, the two cores and the belt', async ({ page }) => {
    await page.goto('./');
    await glReady(page);
    const canvas = page.locator('.glmap canvas');
    await expect(canvas).toBeVisible();
    const stats = await pixelStats(page, canvas);
    expect(stats.share).toBeGreaterThan(0.25);
    expect(stats.colours).toBeGreaterThan(100);

    const rendered = await page.evaluate(() => window.__atlasGL?.renderedZoneIds() ?? []);
    expect(rendered.sort()).toEqual(atlas.zones.map((z) => z.id).sort());
    expect(rendered).toEqual(expect.arrayContaining(['shenyang', 'dalian']));
    const count = (id: string): Promise<number> => page.evaluate((l) => window.__atlasGL?.renderedCount(l) ?? 0, id);
    expect(await count('zone-core-ring')).toBe(2);
    expect(await count('belt-line')).toBeGreaterThan(0);
    expect(await count('belt-corridor')).toBeGreaterThan(0);
    expect(await count('belt-label')).toBe(1);
    expect(await count('links-special')).toBeGreaterThan(0);
    // One accessible control per zone (the SVG map has gone), the cores marked as such.
    await expect(page.locator('[data-map-zone]')).toHaveCount(15);
    await expect(page.locator('[data-map-zone][data-role="core"]')).toHaveCount(2);
  });

  test('click and Enter select a zone and put it in the URL; the tooltip shows on hover and focus', async ({ page }) => {
    await page.goto('./');
    await glReady(page);
    const anshan = page.locator('[data-map-zone="anshan"]');
    await anshan.hover();
    await expect(page.getByRole('tooltip')).toContainText('鞍山');
    await expect(page.getByRole('tooltip')).toContainText('国家级');
    await anshan.click();
    await expect(page).toHaveURL(/[?&]zone=anshan\b/);
    await expect(anshan).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('panel-title')).toContainText('鞍山');

    const benxi = page.locator('[data-map-zone="benxi"]');
    await benxi.focus();
    await expect(page.getByRole('tooltip')).toContainText('本溪');
    // The focus ring is drawn (visible focus on the map).
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    await expect(benxi).toBeFocused();
    const outline = await benxi.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/[?&]zone=benxi\b/);
    await expect(benxi).toHaveAttribute('aria-pressed', 'true');
    await expect(anshan).toHaveAttribute('aria-pressed', 'false');
    await expect(page.getByTestId('announcer')).toContainText('本溪');
  });

  test('arrow keys walk the zones in order', async ({ page }) => {
    await page.goto('./');
    await glReady(page);
    const ids = await page.locator('[data-map-zone]').evaluateAll((els) => els.map((e) => e.getAttribute('data-map-zone')));
    expect(ids).toEqual(atlas.zones.map((z) => z.id));
    await page.locator(`[data-map-zone="${ids[0]}"]`).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator(`[data-map-zone="${ids[1]}"]`)).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(page.locator(`[data-map-zone="${ids.at(-1)}"]`)).toBeFocused();
  });

  test('a link shows its basis on hover', async ({ page }) => {
    await page.goto('./');
    await glReady(page);
    const link = atlas.links.find((l) => l.kind === 'special') ?? atlas.links[0];
    if (!link) throw new Error('no link');
    const from = atlas.zones.find((z) => z.id === link.from);
    const to = atlas.zones.find((z) => z.id === link.to);
    if (!from || !to) throw new Error('link ends');
    const pts = arc([from.location.lon, from.location.lat], [to.location.lon, to.location.lat]);
    const mid = pts[Math.floor(pts.length / 2)] as LonLat;
    const at = await page.evaluate((p) => window.__atlasGL?.project(p) ?? null, mid);
    if (!at) throw new Error('no projection');
    const box = await page.locator('.glmap').boundingBox();
    if (!box) throw new Error('no map box');
    await page.mouse.move(box.x + at.x + 1, box.y + at.y + 1);
    await page.mouse.move(box.x + at.x, box.y + at.y);
    const tip = page.getByRole('tooltip');
    await expect(tip).toContainText('依据');
    const doc = link.bases[0]?.source;
    if (doc?.type === 'doc') {
      const title = atlas.documents.find((d) => d.id === doc.doc)?.title.zh ?? '';
      await expect(tip).toContainText(title.slice(0, 8));
    }
  });

  test('the link flow runs a few seconds, never under prefers-reduced-motion', async ({ page }) => {
    // Every change of the flow state, with its time (the page may be too busy to be polled in time).
    await page.addInitScript(() => {
      const log: { v: string | null; t: number }[] = [];
      (window as unknown as { __flowLog: typeof log }).__flowLog = log;
      new MutationObserver((records) => {
        for (const r of records) log.push({ v: (r.target as Element).getAttribute('data-flow'), t: performance.now() });
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-flow'] });
    });
    const flowLog = (): Promise<{ v: string | null; t: number }[]> => page.evaluate(() => (window as unknown as { __flowLog: { v: string | null; t: number }[] }).__flowLog);

    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('./');
    await glReady(page);
    await page.waitForTimeout(500);
    await expect(page.locator('.glmap')).toHaveAttribute('data-flow', 'off');
    expect((await flowLog()).filter((e) => e.v === 'on')).toEqual([]);

    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.goto('./');
    await glReady(page);
    // It runs, then stops by itself (after FLOW_MS, under 5 s: unit-tested; a busy test machine fires timers late).
    await expect.poll(async () => (await flowLog()).map((e) => e.v).join(','), { timeout: 20_000 }).toMatch(/on,off$/);
  });

  test('opening ?zone=benxi selects Benxi', async ({ page }) => {
    await page.goto('./?zone=benxi');
    await glReady(page);
    await expect(page.locator('[data-map-zone="benxi"]')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('panel-title')).toContainText('本溪');
  });

  test('?zone=<script> selects nothing, shows the notice and runs nothing', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.addInitScript(() => {
      (window as unknown as { __ran: number }).__ran = 0;
    });
    const payload = '<script>window.__ran=1;alert(1)</script><img src=x onerror="window.__ran=2">';
    await page.goto(`./?zone=${encodeURIComponent(payload)}`);
    await glReady(page);
    await expect(page.getByTestId('notices')).toContainText('zone=');
    await expect(page.locator('[data-map-zone][aria-pressed="true"]')).toHaveCount(0);
    await expect(page.getByTestId('panel-title')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __ran: number }).__ran)).toBe(0);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  test('?boundaries=off hides the city borders; legend switches hide layers', async ({ page }) => {
    await page.goto('./?boundaries=off');
    await glReady(page);
    const count = (id: string): Promise<number> => page.evaluate((l) => window.__atlasGL?.renderedCount(l) ?? 0, id);
    await expect.poll(() => count('city-borders')).toBe(0);
    expect(await count('outline')).toBeGreaterThan(0);
    await page.getByRole('button', { name: '沈大高新技术产业带' }).click();
    await expect.poll(() => count('belt-line')).toBe(0);
    await page.getByRole('button', { name: '省级高新区' }).click();
    await expect(page.locator('[data-map-zone]')).toHaveCount(8);
    await expect.poll(() => page.evaluate(() => window.__atlasGL?.renderedZoneIds().length)).toBe(8);
  });
});

test.describe('the fallback map', () => {
  test('?renderer=fallback shows the 15 zones, with a notice, and selects', async ({ page }) => {
    await page.goto('./?renderer=fallback');
    await expect(page.locator('.map-area')).toHaveAttribute('data-renderer', 'fallback');
    await expect(page.locator('[data-map-zone]')).toHaveCount(15);
    await expect(page.locator('.fallback-notice')).toBeVisible();
    await expect(page.locator('canvas.maplibregl-canvas')).toHaveCount(0);
    await page.locator('[data-map-zone="dalian"]').click();
    await expect(page).toHaveURL(/[?&]zone=dalian\b/);
    await page.locator('[data-map-zone="fuxin"]').focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/[?&]zone=fuxin\b/);
    // A zone's name (drawn in the layer above the symbols) is its pointer target too, with its tooltip.
    await page.locator('[data-map-label="benxi"]').hover();
    await expect(page.getByRole('tooltip')).toContainText(atlas.zones.find((z) => z.id === 'benxi')?.name.zh ?? 'benxi');
    await page.locator('[data-map-label="benxi"]').click();
    await expect(page).toHaveURL(/[?&]zone=benxi\b/);
  });

  test('without WebGL (--disable-webgl) the fallback shows the 15 zones and selects', async ({ baseURL }) => {
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-webgl', '--disable-3d-apis', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(new URL('./', baseURL).href);
      await expect(page.locator('[data-map-zone]')).toHaveCount(15);
      // WebGL2 is probed when the reader reaches for the map (the pointer over it), not at load.
      await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
      await expect(page.locator('.fallback-notice')).toHaveCount(0);
      await page.locator('.map-area').hover();
      await expect(page.locator('.map-area')).toHaveAttribute('data-renderer', 'fallback');
      await expect(page.locator('[data-map-zone]')).toHaveCount(15);
      await expect(page.locator('.fallback-notice')).toBeVisible();
      await page.locator('[data-map-zone="benxi"]').click();
      await expect(page).toHaveURL(/[?&]zone=benxi\b/);
      await expect(page.getByTestId('panel-title')).toContainText('本溪');
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

test('the map makes no request to another origin', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? 'http://127.0.0.1:4173/').origin;
  const seen: string[] = [];
  page.on('request', (r) => seen.push(r.url()));
  for (const v of ['', '?lang=en&zone=dalian', '?theme=projector']) {
    await page.goto(`./${v}`);
    await glReady(page);
    await page.locator('[data-map-zone="shenyang"]').click();
    await page.getByRole('button', { name: /放大|Zoom in/ }).click();
  }
  const foreign = seen.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
  expect(foreign).toEqual([]);
  // The MapLibre worker is the app's own file.
  expect(seen.some((u) => /maplibre-gl-worker.*\.m?js/.test(u))).toBe(true);
});

test('axe finds no violations on the map view', async ({ page }) => {
  await page.goto('./');
  await glReady(page);
  const results = await new AxeBuilder({ page }).include('section.map').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await page.goto('./?renderer=fallback&lang=en');
  await expect(page.locator('[data-map-zone]')).toHaveCount(15);
  const fallback = await new AxeBuilder({ page }).include('section.map').analyze();
  expect(fallback.violations.map((v) => v.id)).toEqual([]);
});

for (const [w, h] of [[1920, 1080], [1366, 768], [390, 844]] as const) {
  test(`screenshot ${w}×${h}`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width: w, height: h });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('./');
    await glReady(page);
    await expect.poll(() => page.evaluate(() => window.__atlasGL?.renderedZoneIds().length)).toBe(15);
    await page.waitForTimeout(500);
    const png = await page.screenshot();
    await testInfo.attach(`map-${w}x${h}.png`, { body: png, contentType: 'image/png' });
    const dir = join(process.cwd(), 'docs', 'screenshots');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `map-${w}x${h}.png`), png);
  });
}

test('the first view loads no MapLibre; pointing at the map brings it in', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.goto('./');
  await expect(page.locator('[data-map-zone]')).toHaveCount(15);
  await page.waitForTimeout(1500);
  expect(requested.filter((u) => /GLMap|maplibre/.test(u))).toEqual([]);
  await expect(page.locator('.map-area')).toHaveAttribute('data-renderer', 'static');
  await page.mouse.move(300, 300);
  await glReady(page);
  expect(requested.some((u) => /GLMap-.*\.js$/.test(u))).toBe(true);
  await expect(page.locator('[data-map-zone]')).toHaveCount(15);
});

test('?renderer=gl loads the WebGL map at once', async ({ page }) => {
  await page.goto('./?renderer=gl');
  await expect(page.locator('[data-gl-ready="true"]')).toBeAttached({ timeout: 45_000 });
});
