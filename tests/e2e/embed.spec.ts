/**
 * Embedding: the example host page (public/embed-example.html, served from
 * http://localhost:PORT) frames the app from http://127.0.0.1:PORT — two
 * origins — and embed.js sizes the frame from the app's height messages; the
 * parent selects zones and the language by postMessage only when its origin
 * is in the app's parentOrigin option. Plus the Share / Embed dialog.
 */
import type { Page, FrameLocator } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { CSP_PORT } from '../../playwright.config.ts';

test.describe.configure({ timeout: 120_000 });

const PORT = CSP_PORT - 1;
const APP = `http://127.0.0.1:${PORT}/index.html`;
const HOST = `http://localhost:${PORT}/embed-example.html`;
// The SVG map (renderer=fallback) keeps these tests light: the WebGL map is not what they are about.
const hostUrl = (appQuery: string): string => `${HOST}?app=${encodeURIComponent(`${APP}?${appQuery}&renderer=fallback`)}`;

async function openHost(page: Page, appQuery: string): Promise<FrameLocator> {
  await page.goto(hostUrl(appQuery));
  const frame = page.frameLocator('#atlas');
  await expect(frame.locator('[data-testid="panel-title"]')).toBeVisible();
  // The first height message: the app is loaded and listening.
  await expect(page.locator('#atlas')).toHaveAttribute('data-liaoning-atlas-height', /^\d+$/);
  return frame;
}

/** The host page with the app at `appQuery`, its first view drawn and its first frames run. */
async function openHostAt(page: Page, appQuery: string): Promise<void> {
  await page.goto(hostUrl(appQuery));
  await expect(page.frameLocator('#atlas').locator('html[data-app=ready]')).toHaveCount(1);
  await page.waitForTimeout(300);
}

const frameHeight = (page: Page): Promise<number> => page.locator('#atlas').evaluate((f) => f.getBoundingClientRect().height);
const contentHeight = (page: Page): Promise<number> =>
  page.frameLocator('#atlas').locator('#app').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));

test.describe('host page (two origins)', () => {
  test('the iframe is sized to the content, and follows it when the width changes', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await openHost(page, 'embed=1&zone=dalian&parentOrigin=http://localhost:' + PORT);
    await expect.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(page)))).toBeLessThanOrEqual(1);
    const wide = await frameHeight(page);
    expect(wide).not.toBe(640); // not the markup's starting height
    // Narrow: map above, the whole panel below — a much taller page, and the frame follows.
    await page.setViewportSize({ width: 420, height: 900 });
    await expect.poll(() => frameHeight(page)).toBeGreaterThan(wide + 200);
    await expect.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(page)))).toBeLessThanOrEqual(1);
    // No scrollbar inside the frame: the frame is as tall as its document.
    const inner = await page.frameLocator('#atlas').locator('html').evaluate((h) => h.scrollHeight - h.clientHeight);
    expect(inner).toBeLessThanOrEqual(1);
  });

  test('opening on a zone does not take the focus from the host page, nor scroll it', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 600 });
    await openHost(page, 'embed=1&zone=dalian');
    // The panel has opened (its heading would take the focus in a page of its own); give it its frame.
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('IFRAME');
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    // Nor does comparing or presenting, opened by the address.
    for (const q of ['embed=1&compare=shenyang,dalian', 'embed=1&mode=present&step=3']) {
      await openHostAt(page, q);
      expect(await page.evaluate(() => document.activeElement?.tagName), q).not.toBe('IFRAME');
    }
    await openHost(page, 'embed=1&zone=dalian');
    // Once the reader works in the frame, opening a zone moves the focus to its heading as usual.
    const frame = page.frameLocator('#atlas');
    await frame.locator('[data-map-zone="benxi"]').click();
    await expect(frame.getByTestId('panel-title')).toBeFocused();
  });

  test('an allowed parent selects a zone and the language; the host hears the selection', async ({ page }) => {
    const frame = await openHost(page, 'embed=1&zone=dalian&parentOrigin=http://localhost:' + PORT);
    await expect(page.locator('#zone')).toHaveText('dalian');
    await page.getByRole('button', { name: /Benxi/ }).click();
    await expect(frame.locator('[data-testid="panel-title"]')).toHaveText(/本溪/);
    await expect(page.locator('#zone')).toHaveText('benxi');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(frame.locator('html')).toHaveAttribute('lang', 'en');
    await expect(frame.locator('[data-testid="panel-title"]')).toHaveText(/Benxi/);
    await page.getByRole('button', { name: /Clear/ }).click();
    await expect(frame.locator('[data-testid="zone-panel"]')).toHaveCount(0);
    await expect(page.locator('#zone')).toHaveText('—');
  });

  test('invalid messages from the allowed parent are ignored', async ({ page }) => {
    const frame = await openHost(page, 'embed=1&zone=dalian&parentOrigin=http://localhost:' + PORT);
    await page.evaluate(() => {
      const w = (document.getElementById('atlas') as HTMLIFrameElement).contentWindow;
      const bad: unknown[] = [
        { type: 'liaoning-atlas:select', version: 1, zone: 'nowhere' },
        { type: 'liaoning-atlas:select', version: 1, zone: '<img src=x onerror=alert(1)>' },
        { type: 'liaoning-atlas:select', version: 1, zone: 'benxi', extra: 1 },
        { type: 'liaoning-atlas:select', version: 2, zone: 'benxi' },
        { type: 'liaoning-atlas:select', zone: 'benxi' },
        { type: 'liaoning-atlas:lang', version: 1, lang: 'fr' },
        '{"type":"liaoning-atlas:select","version":1,"zone":"benxi"}',
        { type: 'liaoning-atlas:select', version: 1, zone: 'x'.repeat(100_000) },
      ];
      for (const m of bad) w?.postMessage(m, '*');
    });
    await page.waitForTimeout(800);
    await expect(frame.locator('[data-testid="panel-title"]')).toHaveText(/大连/);
    await expect(frame.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(frame.locator('img[src="x"]')).toHaveCount(0);
  });

  test('a parent whose origin is not allowed is ignored', async ({ page }) => {
    // The app trusts only http://localhost:9; the host is http://localhost:PORT.
    await page.goto(hostUrl('embed=1&zone=dalian&parentOrigin=http://localhost:9'));
    const frame = page.frameLocator('#atlas');
    await expect(frame.locator('[data-testid="panel-title"]')).toHaveText(/大连/);
    await page.waitForTimeout(500);
    await page.getByRole('button', { name: /Benxi/ }).click();
    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForTimeout(800);
    await expect(frame.locator('[data-testid="panel-title"]')).toHaveText(/大连/);
    await expect(frame.locator('html')).toHaveAttribute('lang', 'zh-CN');
    // And it tells that parent nothing either (no height, no zone).
    await expect(page.locator('#atlas')).not.toHaveAttribute('data-liaoning-atlas-height', /.*/);
    await expect(page.locator('#zone')).toHaveText('—');
  });

  test('without parentOrigin no parent is trusted', async ({ page }) => {
    const frame = await openHost(page, 'embed=1&zone=dalian');
    await page.getByRole('button', { name: /Benxi/ }).click();
    await page.waitForTimeout(800);
    await expect(frame.locator('[data-testid="panel-title"]')).toHaveText(/大连/);
  });

  test('embed.js sizes a frame only from that frame and its origin', async ({ page }) => {
    await openHost(page, 'embed=1&zone=dalian&parentOrigin=http://localhost:' + PORT);
    const before = await frameHeight(page);
    // From the host window itself, not the frame: ignored.
    await page.evaluate(() => window.postMessage({ type: 'liaoning-atlas:height', version: 1, height: 5000 }, '*'));
    await page.waitForTimeout(400);
    expect(await frameHeight(page)).toBe(before);
  });
});

test.describe('embed=1', () => {
  test('no app chrome: map, panel and a link to the full atlas with the same view', async ({ page }) => {
    await page.goto('./?embed=1&zone=benxi&lang=en&renderer=fallback');
    await expect(page.locator('[data-testid="panel-title"]')).toHaveText(/Benxi/);
    await expect(page.locator('header.app-header')).toHaveCount(0);
    await expect(page.locator('[data-map-zone]')).toHaveCount(15);
    const link = page.getByTestId('open-full');
    await expect(link).toHaveText(/Open the full atlas/);
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toContain('zone=benxi');
    expect(href).toContain('lang=en');
    expect(href).not.toContain('embed');
    await expect(link).toHaveAttribute('target', '_blank');
  });
});

test.describe('Share / Embed dialog', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('builds the link and the iframe code for the current view and copies them', async ({ page }) => {
    await page.goto('./?zone=dalian&lang=en&renderer=fallback');
    await expect(page.locator('[data-testid="panel-title"]')).toBeVisible();
    const open = page.getByTestId('share-button');
    await open.click();
    const dialog = page.getByTestId('share-dialog');
    await expect(dialog).toBeVisible();
    await expect(page.getByRole('dialog', { name: 'Share and embed' })).toBeVisible();
    const link = await page.getByTestId('share-link').inputValue();
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/.*\?zone=dalian&lang=en&renderer=fallback$/);

    let code = await page.getByTestId('share-code').inputValue();
    expect(code).toContain('<iframe data-liaoning-atlas src="');
    expect(code).toContain('zone=dalian&amp;lang=en&amp;embed=1');
    expect(code).toContain('height:640px');
    expect(code).toMatch(/<script src="http:\/\/127\.0\.0\.1:\d+\/embed\.js" defer><\/script>/);

    await page.getByTestId('share-height').fill('800');
    await page.getByTestId('share-width').fill('960');
    code = await page.getByTestId('share-code').inputValue();
    expect(code).toContain('max-width:960px;height:800px');
    await page.getByTestId('aspect-16:9').check();
    code = await page.getByTestId('share-code').inputValue();
    expect(code).toContain('aspect-ratio:16/9');
    expect(code).not.toContain('height:800px');

    // The host's origin: a bad one is refused with a note, a good one goes into the src.
    await page.getByTestId('share-origin').fill('javascript:alert(1)');
    await expect(page.getByTestId('share-origin')).toHaveAttribute('aria-invalid', 'true');
    expect(await page.getByTestId('share-code').inputValue()).not.toContain('parentOrigin');
    await page.getByTestId('share-origin').fill('https://www.ln.gov.cn');
    expect(await page.getByTestId('share-code').inputValue()).toContain(`parentOrigin=${encodeURIComponent('https://www.ln.gov.cn')}`);

    await page.getByTestId('copy-link').click();
    await expect(page.getByTestId('share-status')).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    await page.getByTestId('copy-code').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('parentOrigin=https%3A%2F%2Fwww.ln.gov.cn');

    // Esc closes it; focus goes back to the button.
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(open).toBeFocused();
    // The zone stays selected (Esc belonged to the dialog).
    await expect(page.locator('[data-testid="panel-title"]')).toBeVisible();
  });

  test('the copied embed code works on a page', async ({ page }) => {
    await page.goto('./?zone=anshan&renderer=fallback');
    await page.getByTestId('share-button').click();
    const code = await page.getByTestId('share-code').inputValue();
    // A page made of exactly that code (served as a data URL has origin "null"; use about:blank content instead).
    await page.goto(`http://localhost:${PORT}/embed-example.html`);
    await page.evaluate((html) => {
      const box = document.createElement('div');
      box.id = 'pasted';
      document.body.append(box);
      const tpl = document.createElement('template');
      tpl.innerHTML = html.split('\n')[0] ?? '';
      box.append(tpl.content);
    }, code);
    const frame = page.frameLocator('#pasted iframe');
    await expect(frame.locator('[data-testid="panel-title"]')).toHaveText(/鞍山/);
    await expect(page.locator('#pasted iframe')).toHaveAttribute('data-liaoning-atlas-height', /^\d+$/);
  });

  test('clipboard refused: the text is selected for Ctrl+C', async ({ page, context }) => {
    await context.clearPermissions();
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    });
    await page.goto('./?zone=dalian&renderer=fallback');
    await page.getByTestId('share-button').click();
    await page.getByTestId('copy-link').click();
    await expect(page.getByTestId('share-status')).toHaveText(/Ctrl\+C/);
    const selected = await page.evaluate(() => {
      const el = document.activeElement as HTMLTextAreaElement | null;
      return el ? el.value.slice(el.selectionStart, el.selectionEnd) : '';
    });
    expect(selected).toContain('zone=dalian');
  });
});
