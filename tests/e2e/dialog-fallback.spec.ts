/**
 * The Source and Share dialogs where the browser has the <dialog> element but not its API (Safari 15.0–15.3,
 * on the browser floor: src/ui/dialog.ts). The API is taken away before any script runs, as it is missing
 * there; the polyfill is then loaded and the dialogs open, show their content, close with Esc or their button,
 * and nothing fails; if the polyfill cannot be loaded the dialog opens in the page and closes by its button (and a
 * closed dialog is hidden by the app's own rule, as that browser has none). Where the API is there, the polyfill is never fetched.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

const polyfillRequests = (page: Page): string[] => {
  const urls: string[] = [];
  page.on('request', (r) => /dialog-polyfill/.test(r.url()) && urls.push(r.url()));
  return urls;
};

test.describe('without the <dialog> API (Safari before 15.4)', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      const proto = HTMLDialogElement.prototype as unknown as Record<string, unknown>;
      for (const k of ['showModal', 'show', 'close', 'requestClose', 'open', 'returnValue', 'closedBy']) delete proto[k];
      delete (window as unknown as Record<string, unknown>).HTMLDialogElement;
    });
  });

  test('the Source dialog opens with its quote, closes with Esc; the Share dialog opens and closes', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const fetched = polyfillRequests(page);
    await page.goto('./?zone=benxi&renderer=fallback');
    expect(await page.evaluate(() => 'HTMLDialogElement' in window)).toBe(false);
    await page.getByTestId('zone-panel').locator('[data-source-marker]').first().click();
    const source = page.getByTestId('source-dialog');
    await expect(source).toBeVisible();
    await expect(source.getByTestId('source-quote')).toBeVisible();
    expect(fetched.length).toBeGreaterThan(0);
    // The polyfill's backdrop lies over the whole page, the header and the panel included, and dims it.
    const under = await page.evaluate(() => {
      const at = (el: Element | null): string => {
        const r = el?.getBoundingClientRect();
        return r ? (document.elementFromPoint(r.left + 5, r.top + 5)?.className ?? '') : 'none';
      };
      const backdrop = document.querySelector('dialog + .backdrop');
      return { header: at(document.querySelector('header')), panel: at(document.querySelector('[data-testid="zone-panel"]')), bg: backdrop ? getComputedStyle(backdrop).backgroundColor : '' };
    });
    expect(under.header).toContain('backdrop');
    expect(under.panel).toContain('backdrop');
    expect(under.bg).toBe('rgba(0, 0, 0, 0.45)');
    await page.keyboard.press('Escape');
    await expect(source).toBeHidden();

    await page.getByTestId('share-button').click();
    const share = page.getByTestId('share-dialog');
    await expect(share).toBeVisible();
    await page.getByTestId('share-close').click();
    await expect(share).toBeHidden();
    expect(errors).toEqual([]);
  });

  test('if the polyfill does not load, the Source dialog still opens, in the page, with the focus kept in it; its button and Esc close it', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route(/dialog-polyfill/, (r) => r.abort());
    // Safari before 15.4 has no style for <dialog> either: any author rule outweighs the browser's own
    // `dialog:not([open]) { display: none }`, so this one stands in for a browser without it.
    await page.addInitScript(() => document.addEventListener('DOMContentLoaded', () => {
      const style = document.createElement('style');
      style.textContent = 'dialog { display: block; }';
      document.head.append(style);
    }));
    await page.goto('./?zone=benxi&renderer=fallback');
    const marker = page.getByTestId('zone-panel').locator('[data-source-marker]').first();
    const source = page.getByTestId('source-dialog');
    for (let round = 0; round < 2; round++) {
      await marker.click();
      await expect(source).toBeVisible();
      await expect(source.getByTestId('source-quote')).toBeVisible();
      expect(await source.evaluate((d) => d.contains(document.activeElement))).toBe(true);
      if (round === 0) await source.getByTestId('source-close').click();
      else await page.keyboard.press('Escape');
      await expect(source).toBeHidden();
    }
    // Esc closed the dialog only, not the panel under it.
    await expect(page.getByTestId('zone-panel')).toBeVisible();

    // Tab goes round inside the open dialog, both ways, as in a modal; it never reaches the page under it.
    await marker.click();
    await expect(source).toBeVisible();
    const stops = await source.evaluate((d) => d.querySelectorAll('button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])').length);
    for (const key of ['Tab', 'Shift+Tab']) {
      for (let i = 0; i < stops + 2; i++) {
        await page.keyboard.press(key);
        expect(await source.evaluate((d) => d.contains(document.activeElement)), `${key} ×${i + 1}`).toBe(true);
      }
    }
    await page.keyboard.press('Escape');
    await expect(source).toBeHidden();
    expect(errors).toEqual([]);
  });
});

test('with the <dialog> API the polyfill is not fetched', async ({ page }) => {
  const fetched = polyfillRequests(page);
  await page.goto('./?zone=benxi&renderer=fallback');
  await page.getByTestId('zone-panel').locator('[data-source-marker]').first().click();
  await expect(page.getByTestId('source-dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByTestId('share-button').click();
  await expect(page.getByTestId('share-dialog')).toBeVisible();
  expect(fetched).toEqual([]);
});
