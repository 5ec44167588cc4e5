/**
 * The WebGL map only where the browser has what MapLibre 6 needs (src/map/webgl.ts), and the SVG map with
 * a notice whenever creating or running it fails (issue 14): each failure is injected into the page before
 * the app runs. Below the browser floor (public/floor-check.js) the page stays and gets one line.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { coveredOnMap } from './map-cover.ts';

test.describe.configure({ timeout: 120_000 });

/** Page errors, collected from the start. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** The SVG map is there and works: 15 zones, one selects by click. */
async function svgMapWorks(page: Page): Promise<void> {
  await expect(page.locator('.map-area')).toHaveAttribute('data-renderer', 'fallback');
  await expect(page.locator('.svgmap [data-map-zone]')).toHaveCount(15);
  await expect(page.locator('canvas.maplibregl-canvas')).toHaveCount(0);
  await page.locator('[data-map-zone="benxi"]').click();
  await expect(page).toHaveURL(/[?&]zone=benxi\b/);
  await expect(page.getByTestId('panel-title')).toContainText('本溪');
}

test.describe('WebGL map: feature detection', () => {
  for (const [what, remove] of [
    ['AbortSignal.prototype.throwIfAborted', 'delete AbortSignal.prototype.throwIfAborted'],
    ['Object.hasOwn', 'delete Object.hasOwn'],
    ['WebGL2', 'window.WebGL2RenderingContext && (HTMLCanvasElement.prototype.getContext = ((get) => function (type, ...rest) { return type === "webgl2" ? null : get.call(this, type, ...rest); })(HTMLCanvasElement.prototype.getContext))'],
  ] as const) {
    test(`without ${what} MapLibre is not even fetched: the SVG map, with a notice`, async ({ page }) => {
      const errors = collectErrors(page);
      const fetched: string[] = [];
      page.on('request', (r) => fetched.push(r.url()));
      await page.addInitScript(remove);
      // ?renderer=gl asks for the WebGL map at once: only the detection can stop it.
      await page.goto('./?renderer=gl');
      await expect(page.locator('.fallback-notice')).toHaveText('此浏览器不具备交互地图所需的功能（WebGL 2、较新的内核），已改用简化地图。');
      await svgMapWorks(page);
      expect(fetched.filter((u) => /GLMap-|maplibre-gl-worker/.test(u))).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});

test('a browser that lacks what the WebGL map needs, WebGL2 aside, gets the notice at load, before any reach for the map', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(r.url()));
  await page.addInitScript('delete Object.hasOwn');
  await page.goto('./');
  await expect(page.locator('.fallback-notice')).toHaveText('此浏览器不具备交互地图所需的功能（WebGL 2、较新的内核），已改用简化地图。');
  await expect(page.locator('.map-area')).toHaveAttribute('data-renderer', 'fallback');
  await page.locator('.map-area').hover();
  await svgMapWorks(page);
  expect(fetched.filter((u) => /GLMap-|maplibre-gl-worker/.test(u))).toEqual([]);
});

test.describe('WebGL map: failures fall back to the SVG map', () => {
  test('an error while the map is created (its WebGL context throws)', async ({ page }) => {
    const errors = collectErrors(page);
    await page.addInitScript(() => {
      // The detection's own canvas still gets a context; MapLibre's canvas does not.
      const get = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        if (this.classList.contains('maplibregl-canvas')) throw new Error('injected: no context for the map');
        return (get as (this: HTMLCanvasElement, t: string, ...r: unknown[]) => RenderingContext | null).call(this, type, ...rest);
      } as typeof HTMLCanvasElement.prototype.getContext;
    });
    await page.goto('./?renderer=gl');
    await expect(page.locator('.fallback-notice')).toHaveText('交互地图未能加载，已改用简化地图。');
    await svgMapWorks(page);
    expect(errors).toEqual([]);
  });

  test('an error while it runs (the WebGL context is lost after the map has drawn)', async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto('./?renderer=gl&lang=en');
    await expect(page.locator('[data-gl-ready="true"]')).toBeAttached({ timeout: 60_000 });
    await expect(page.locator('.map-area')).toHaveAttribute('data-renderer', 'gl');
    await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('canvas.maplibregl-canvas');
      const gl = canvas?.getContext('webgl2');
      const lose = gl?.getExtension('WEBGL_lose_context');
      if (!lose) throw new Error('no WEBGL_lose_context to inject the failure with');
      lose.loseContext();
    });
    await expect(page.locator('.fallback-notice')).toHaveText('The interactive map could not be loaded; showing a simplified map.');
    await expect(page.locator('.map-area')).toHaveAttribute('data-renderer', 'fallback');
    await expect(page.locator('.svgmap [data-map-zone]')).toHaveCount(15);
    await expect(page.locator('canvas.maplibregl-canvas')).toHaveCount(0);
    await page.locator('[data-map-zone="dalian"]').click();
    await expect(page).toHaveURL(/[?&]zone=dalian\b/);
    await expect(page.getByTestId('panel-title')).toContainText('Dalian');
    expect(errors).toEqual([]);
  });

  test('the map chunk fails to load (a broken deploy)', async ({ page }) => {
    const errors = collectErrors(page);
    await page.route(/assets\/GLMap-.*\.js$/, (r) => r.fulfill({ status: 404, body: '' }));
    await page.goto('./?renderer=gl');
    await expect(page.locator('.fallback-notice')).toHaveText('交互地图未能加载，已改用简化地图。');
    await svgMapWorks(page);
    expect(errors).toEqual([]);
  });
});

test.describe('below the browser floor', () => {
  test('a browser without the floor’s built-ins keeps the page and gets one line', async ({ page }) => {
    await page.addInitScript(() => {
      // Promise.any is ES2021 (Chrome 85): without it the browser is older than the floor.
      delete (Promise as { any?: unknown }).any;
    });
    await page.goto('./');
    const notice = page.getByTestId('floor-notice');
    await expect(notice).toHaveCount(1);
    await expect(notice).toContainText('此浏览器版本过旧');
    await expect(notice).toContainText('This browser is older than the atlas supports');
    await expect(page.locator('html')).toHaveAttribute('data-below-floor', '');
    // The app is not even fetched (public/start.js leaves its template alone).
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => performance.getEntriesByType('resource').filter((r) => /\/assets\/.*\.js$/.test(r.name)).length)).toBe(0);
    // The page itself is still there and reads (the zones, the overview).
    await expect(page.locator('[data-map-zone]')).toHaveCount(15);
    await expect(page.locator('h1, h2').first()).toBeVisible();
    // Every zone's page is a link away, as without JavaScript (a <noscript> would not show here: scripts run).
    const nav = page.getByTestId('no-app-nav');
    await expect(nav).toBeVisible();
    await expect(nav.getByTestId('zone-links').getByRole('link')).toHaveCount(15);
    // With the legend open (a laptop's screen) the kept map is drawn clear of it, and the zoom buttons, which would do nothing, are gone.
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect(page.locator('.legend ul')).toBeVisible();
    expect(await coveredOnMap(page, { cities: true })).toEqual([]);
    await expect(page.locator('.pending-controls')).toBeHidden();
  });

  test('a floor browser gets no such line', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('[data-map-zone]').first()).toBeVisible();
    await expect(page.getByTestId('floor-notice')).toHaveCount(0);
    await expect(page.locator('html')).not.toHaveAttribute('data-below-floor', '');
    await expect(page.getByTestId('no-app-nav')).toBeHidden();
  });
});
