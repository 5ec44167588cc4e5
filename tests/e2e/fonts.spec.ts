/**
 * The page's text is drawn in the system CJK faces through their `local()` faces (src/ui/tokens.ts,
 * SYSTEM_CJK_FACES): the faces are found and used, and the page looks exactly as it does through the
 * plain system stack. Script off, so that what is compared is the prerendered page as it first paints.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { LOCAL_CJK_FAMILY, LATIN_PUNCTUATION_FAMILY } from '../../src/ui/tokens.ts';

/** Each text's platform faces (DevTools' "rendered fonts"), for the elements the selectors name. */
async function renderedFaces(page: Page, selectors: readonly string[]): Promise<Record<string, string[]>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const out: Record<string, string[]> = {};
  for (const selector of selectors) {
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    expect(nodeId, selector).toBeGreaterThan(0);
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    out[selector] = fonts.map((f) => f.postScriptName || f.familyName).sort();
  }
  await cdp.detach();
  return out;
}

const CASES = [
  { name: 'the first view on a phone', path: './', viewport: { width: 412, height: 823 }, text: ['header h1', '[data-testid="overview"] h2', '[data-testid="overview"] .lead', '.svgmap [data-map-label]'] },
  { name: 'a zone page in English on a laptop', path: './en/zone/dalian/', viewport: { width: 1366, height: 768 }, text: ['h1', 'main p'] },
] as const;

test.describe('text in the local() faces of the system CJK fonts', () => {
  test.use({ javaScriptEnabled: false });

  for (const c of CASES) {
    test(`${c.name}: the faces are used, and the page is drawn as through the system stack`, async ({ page }) => {
      await page.setViewportSize(c.viewport);
      await page.goto(c.path);
      await page.evaluate(() => document.fonts.ready);
      const faces = await page.evaluate(() => [...document.fonts].map((f) => ({ family: f.family.replace(/"/g, ''), weight: f.weight, status: f.status })));
      const mine = faces.filter((f) => f.family === LOCAL_CJK_FAMILY);
      expect(mine.map((f) => f.weight).sort()).toEqual(['400', '500', '700']);
      // Regular and bold are on this machine (fonts-noto-cjk): both found by name and drawn from.
      expect(mine.filter((f) => f.status === 'loaded').map((f) => f.weight).sort()).toEqual(expect.arrayContaining(['400', '700']));
      const withLocal = await renderedFaces(page, c.text);
      const shotLocal = await page.screenshot({ fullPage: true });

      // The same page with the local() faces taken out: the system stack after them draws it.
      await page.route('**/assets/*.css', async (route) => {
        const res = await route.fetch();
        route.fulfill({ response: res, body: (await res.text()).replace(new RegExp(`@font-face\\{font-family:"?${LOCAL_CJK_FAMILY}"?;[^}]*\\}`, 'g'), '') });
      });
      await page.reload();
      await page.evaluate(() => document.fonts.ready);
      expect(await page.evaluate((family) => [...document.fonts].filter((f) => f.family.replace(/"/g, '') === family).length, LOCAL_CJK_FAMILY)).toBe(0);
      expect(await renderedFaces(page, c.text)).toEqual(withLocal);
      expect(Buffer.compare(await page.screenshot({ fullPage: true }), shotLocal), 'the page looks the same').toBe(0);
    });
  }
});

/** The platform faces that draw a node's text, with how many glyphs each (DevTools' "rendered fonts"). */
async function glyphsByFace(page: Page, selector: string): Promise<Record<string, number>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  expect(nodeId, selector).toBeGreaterThan(0);
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return Object.fromEntries(fonts.map((f) => [f.postScriptName || f.familyName, f.glyphCount]));
}

test.describe('punctuation in each language', () => {
  test.use({ javaScriptEnabled: false });

  test('in English ’ “ ” … come from a Latin face (a Chinese face draws them full-width: "China’ s"); in Chinese from the Chinese face', async ({ page }) => {
    await page.goto('./en/zone/dalian/');
    await page.evaluate(() => document.fonts.ready);
    const note = page.locator('[data-testid="zone-targets"] > p.muted');
    const marks = ((await note.textContent()) ?? '').match(/[‘’“”…]/g)?.length ?? 0;
    expect(marks, 'the note has apostrophes to draw').toBeGreaterThan(0);
    const en = await glyphsByFace(page, '[data-testid="zone-targets"] > p.muted');
    const latin = Object.entries(en).filter(([face]) => !/CJK/.test(face));
    expect(latin.map(([, n]) => n), JSON.stringify(en)).toEqual([marks]);
    expect(await page.evaluate((family) => [...document.fonts].some((f) => f.family.replace(/"/g, '') === family && f.status === 'loaded'), LATIN_PUNCTUATION_FAMILY)).toBe(true);

    // A quoted sentence in Chinese keeps the Chinese face's marks.
    await page.goto('./zone/dalian/');
    const quote = page.locator('.source').filter({ hasText: '“' }).first();
    await expect(quote).toBeVisible();
    await quote.evaluate((el) => el.setAttribute('data-probe', ''));
    const zh = await glyphsByFace(page, '[data-probe]');
    expect(Object.keys(zh).every((face) => /CJK/.test(face)), JSON.stringify(zh)).toBe(true);
  });
});

test('an English chart draws ’ from the Latin face too (ECharts draws its text with the theme\'s font)', async ({ page }) => {
  await page.goto('./?lang=en');
  // The overview's chart of Shenyang and Dalian against the national zones' average: its legend names that average.
  const section = page.locator('section[aria-labelledby="ov-peer"]');
  await section.scrollIntoViewIfNeeded();
  await expect(section.locator('.chart')).toHaveAttribute('data-chart', 'drawn');
  await page.evaluate(() => document.fonts.ready);
  const text = section.locator('svg text').filter({ hasText: '’' }).first();
  await expect(text).toBeAttached();
  await text.evaluate((el) => el.setAttribute('data-probe', ''));
  const faces = await glyphsByFace(page, '[data-probe]');
  expect(Object.entries(faces).filter(([face]) => !/CJK/.test(face)).map(([, n]) => n), JSON.stringify(faces)).toEqual([1]);
});
