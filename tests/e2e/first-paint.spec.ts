/**
 * The first paint from the HTML alone (scripts/prerender/first-paint-css.ts, public/start.js, README
 * "Performance"): index.html carries the rules its prerendered page uses, the starter adopts them before the
 * body is parsed, and the whole stylesheet follows with the app. What the reader sees first must be what the
 * whole stylesheet draws: every element of the page, every computed style, at a phone's, a desktop's and a
 * projector's size.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

test.use({ waitForApp: false });

type Styles = { path: string; style: Record<string, string> }[];

/** Every element of the body with its whole computed style (its place in the tree names it). */
async function computedStyles(page: Page): Promise<Styles> {
  return page.evaluate(() => {
    const out: { path: string; style: Record<string, string> }[] = [];
    const walk = (el: Element, path: string): void => {
      const cs = getComputedStyle(el);
      const style: Record<string, string> = {};
      for (let i = 0; i < cs.length; i++) {
        const name = cs.item(i);
        style[name] = cs.getPropertyValue(name);
      }
      out.push({ path, style });
      Array.from(el.children).forEach((c, i) => walk(c, `${path}>${c.tagName.toLowerCase()}${c.className && typeof c.className === 'string' ? `.${c.className.split(' ')[0]}` : ''}[${i}]`));
    };
    walk(document.body, 'body');
    return out;
  });
}

/** The page with the app's code refused: it stays the prerendered page, with `css` its stylesheet or not. */
async function prerendered(page: Page, url: string, css: boolean): Promise<void> {
  await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
  if (!css) await page.route(/\/assets\/index-[^/]*\.css$/, (route) => route.abort());
  await page.goto(url);
  // The starter loads the stylesheet once the page has painted, and marks it loaded (or failed).
  await expect(page.locator('link[data-app-css]')).toHaveAttribute('data-loaded', css ? '' : 'failed');
}

for (const size of [{ width: 412, height: 823 }, { width: 1280, height: 800 }, { width: 1920, height: 1080 }]) {
  test(`at ${size.width}×${size.height} the first paint's rules draw the page as the whole stylesheet does`, async ({ browser }) => {
    const first = await browser.newPage({ viewport: size });
    await prerendered(first, './', false);
    // The first paint had no stylesheet request: its rules came inline, adopted by the starter.
    expect(await first.evaluate(() => document.adoptedStyleSheets.length)).toBe(1);
    // (the refused stylesheet's link has an empty sheet of its own)
    expect(await first.evaluate(() => Array.from(document.styleSheets).filter((sheet) => { try { return sheet.cssRules.length > 0; } catch { return false; } }).length)).toBe(0);
    const whole = await browser.newPage({ viewport: size });
    await prerendered(whole, './', true);
    // Once the whole stylesheet is there, the cascade is its alone.
    expect(await whole.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    const [a, b] = [await computedStyles(first), await computedStyles(whole)];
    expect(a.map((e) => e.path)).toEqual(b.map((e) => e.path));
    const differences = a.flatMap((e, i) =>
      Object.entries(e.style).flatMap(([name, value]) => (b[i]?.style[name] === value ? [] : [`${e.path} ${name}: ${value} ≠ ${b[i]?.style[name] ?? ''}`])),
    );
    expect(differences).toEqual([]);
    await first.close();
    await whole.close();
  });
}

test('the page paints with no stylesheet request: the stylesheet is requested after the first contentful paint', async ({ page }) => {
  await page.goto('./');
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready', null, { timeout: 30_000 });
  const timing = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    css: performance.getEntriesByType('resource').filter((r) => /\/assets\/index-[^/]*\.css$/.test(r.name)).map((r) => r.startTime),
  }));
  expect(timing.css).toHaveLength(1);
  expect(timing.css[0]).toBeGreaterThan(timing.fcp);
  // The app's own rules then replace the first paint's.
  expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
});

test('a browser that cannot adopt a stylesheet (Safari before 16.4) loads the whole one before it paints', async ({ page }) => {
  await page.addInitScript(() => {
    // As in Safari 15: no constructable stylesheets.
    Object.defineProperty(window, 'CSSStyleSheet', { value: function CSSStyleSheet() { throw new TypeError('Illegal constructor'); } });
  });
  await page.goto('./');
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready', null, { timeout: 30_000 });
  // The parser's own link, written by the starter, is there and styled the page.
  await expect(page.locator('head > link[rel="stylesheet"]:not([data-app-css])')).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCSS('font-size', '20px');
});
