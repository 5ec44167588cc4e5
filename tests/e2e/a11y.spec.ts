/**
 * Accessibility (WCAG 2.1 AA): axe finds no violation in every mode but the
 * presentation (tested with it); skip link, landmarks, keyboard; large text
 * (≥ 150 %, layout intact at 1366×768 and 390×844), high contrast, reduced
 * motion. Screenshots of large-text mode go to docs/screenshots/.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import AxeBuilder from '@axe-core/playwright';

test.describe.configure({ timeout: 120_000 });

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function axe(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}
async function open(page: Page, query: string): Promise<void> {
  await page.goto(`./?${query}`);
  await expect(page.locator('[data-map-zone]').first()).toBeAttached();
  await expect(page.locator('.panel-body')).toBeVisible();
  // Let lazy parts (charts, the WebGL map) settle.
  await page.waitForTimeout(1500);
}

const VIEWS: [string, string][] = [
  ['normal', ''],
  ['normal, zone', 'zone=dalian'],
  ['normal, SVG map', 'renderer=fallback&zone=benxi'],
  ['explorer', 'industry=robotics&renderer=fallback'],
  ['compare', 'compare=shenyang,dalian&renderer=fallback'],
  ['embed', 'embed=1&zone=dalian'],
  ['large text', 'text=large&zone=anshan&renderer=fallback'],
  ['high contrast', 'contrast=high&zone=anshan&renderer=fallback'],
  ['high contrast, dark', 'contrast=high&theme=dark&renderer=fallback'],
  ['en', 'lang=en&zone=yingkou&renderer=fallback'],
  ['en, overview', 'lang=en&renderer=fallback'],
  ['dark theme', 'theme=dark&zone=dalian&renderer=fallback'],
  ['dark theme, overview', 'theme=dark'],
  ['projector theme', 'theme=projector&zone=shenyang&renderer=fallback'],
];

test.describe('axe: no violations', () => {
  for (const [name, query] of VIEWS) {
    test(name, async ({ page }) => {
      await open(page, query);
      expect(await axe(page)).toEqual([]);
    });
  }
  test('share dialog open', async ({ page }) => {
    await open(page, 'zone=dalian&renderer=fallback');
    await page.getByTestId('share-button').click();
    await expect(page.getByTestId('share-dialog')).toBeVisible();
    expect(await axe(page)).toEqual([]);
  });
  test('settings menu open, dark theme', async ({ page }) => {
    await open(page, 'theme=dark&renderer=fallback');
    await page.getByRole('button', { name: /显示设置/ }).click();
    expect(await axe(page)).toEqual([]);
  });
});

test.describe('structure and keyboard', () => {
  test('skip link first, landmarks, names for every control', async ({ page }) => {
    await open(page, 'renderer=fallback');
    await page.keyboard.press('Tab');
    const skip = page.locator('a.skip');
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.locator('#panel')).toBeFocused();
    await expect(page.getByRole('banner')).toHaveCount(1);
    await expect(page.getByRole('main')).toHaveCount(1);
    await expect(page.getByRole('complementary')).toHaveCount(1);
    await expect(page.getByRole('region', { name: /地图/ }).first()).toBeVisible();
    await page.locator('[data-map-zone="dalian"]').click();
    await expect(page.getByTestId('panel-title')).toBeFocused();
    // Every button and link has a name.
    const unnamed = await page.evaluate(() =>
      [...document.querySelectorAll('button, a[href], input, select, textarea, [role="button"]')]
        .filter((e) => !(e as HTMLElement).closest('[aria-hidden="true"]'))
        .filter((e) => {
          const el = e as HTMLElement;
          const label = el.getAttribute('aria-label') || el.getAttribute('aria-labelledby') || (el.textContent ?? '').trim() || el.getAttribute('title') || (el.id && document.querySelector(`label[for="${el.id}"]`)) || el.closest('label');
          return !label;
        })
        .map((e) => e.outerHTML.slice(0, 80)),
    );
    expect(unnamed).toEqual([]);
  });

  test('settings by keyboard: large text and high contrast', async ({ page }) => {
    await open(page, 'renderer=fallback');
    const settings = page.getByRole('button', { name: '显示设置' });
    await settings.focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('large-text').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('html')).toHaveAttribute('data-text', 'large');
    await expect(page.getByTestId('large-text')).toHaveAttribute('aria-pressed', 'true');
    await page.getByTestId('high-contrast').focus();
    await page.keyboard.press('Space');
    await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
    expect(page.url()).toContain('text=large');
    expect(page.url()).toContain('contrast=high');
  });

  test('focus is visible on controls', async ({ page }) => {
    await open(page, 'zone=dalian&renderer=fallback');
    await page.getByTestId('share-button').focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const outline = await page.getByTestId('share-button').evaluate((e) => getComputedStyle(e).outlineStyle + ' ' + getComputedStyle(e).outlineWidth);
    expect(outline).toMatch(/solid 3px/);
  });

  test('reduced motion: no moving spillover lines', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await open(page, 'renderer=fallback');
    const anim = await page.locator('path.link.general').first().evaluate((e) => getComputedStyle(e).animationName);
    expect(anim).toBe('none');
  });
});

test.describe('large text', () => {
  for (const [w, h, file] of [[1366, 768, 'large-text.png'], [390, 844, 'large-text-390.png']] as const) {
    test(`at least 150 % and layout intact at ${w}×${h}`, async ({ page }) => {
      await page.setViewportSize({ width: w, height: h });
      await open(page, 'text=large&zone=dalian&renderer=fallback');
      const base = 16;
      const fs = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
      expect(fs / base).toBeGreaterThanOrEqual(1.5);
      const title = await page.getByTestId('panel-title').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
      expect(title).toBeGreaterThanOrEqual(24);
      // No horizontal scrolling of the page; header, map and panel on screen and not overlapping.
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      const box = async (sel: string) => (await page.locator(sel).first().boundingBox())!;
      const header = await box('header.app-header');
      const map = await box('section.map');
      const panel = await box('#panel');
      expect(header.width).toBeLessThanOrEqual(w);
      expect(map.y).toBeGreaterThanOrEqual(header.y + header.height - 1);
      expect(map.height).toBeGreaterThan(200);
      if (w > 760) {
        expect(panel.x).toBeGreaterThanOrEqual(map.x + map.width - 1);
        expect(panel.width).toBeGreaterThanOrEqual(400);
      } else {
        // Phones: the panel is a sheet over the map's lower part, leaving the map at least half the screen.
        expect(panel.y).toBeGreaterThanOrEqual(map.y + h / 2 - 1);
        expect(panel.y + panel.height).toBeLessThanOrEqual(h + 1);
      }
      // Header buttons fit on screen.
      const offscreen = await page.evaluate(() =>
        [...document.querySelectorAll('header.app-header button')].filter((b) => {
          const r = b.getBoundingClientRect();
          return r.right > window.innerWidth + 1 || r.left < -1;
        }).length,
      );
      expect(offscreen).toBe(0);
      // No text cut off inside the panel: nothing wider than the panel.
      const wide = await page.evaluate(() => {
        const p = document.getElementById('panel')!;
        const pr = p.getBoundingClientRect();
        return [...p.querySelectorAll('h2, h3, p, dt, dd, button, li')].filter((e) => e.getBoundingClientRect().right > pr.right + 2).map((e) => e.outerHTML.slice(0, 60));
      });
      expect(wide).toEqual([]);
      await page.screenshot({ path: `docs/screenshots/${file}` });
    });
  }
});
