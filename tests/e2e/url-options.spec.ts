/**
 * Every documented URL option (docs/EMBED.md) works, and garbage in any of
 * them — long strings, javascript:, HTML, unicode, duplicates — is ignored
 * with a notice, shown only as text, and injects nothing. Plus: switching
 * the language keeps the view, both ways, and <html lang> follows.
 * The SVG map (renderer=fallback) is used where the map itself is not tested.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

test.describe.configure({ timeout: 120_000 });

const F = '&renderer=fallback';
async function open(page: Page, query: string): Promise<void> {
  await page.goto(`./?${query}`);
  await expect(page.locator('[data-map-zone]').first()).toBeAttached();
}
const notices = (page: Page) => page.locator('[data-testid="notices"] p');
const root = (page: Page) => page.locator('html');

test.describe('each documented option works', () => {
  test('zone, lang', async ({ page }) => {
    await open(page, `zone=dalian&lang=en${F}`);
    await expect(page.getByTestId('panel-title')).toHaveText(/Dalian/);
    await expect(root(page)).toHaveAttribute('lang', 'en');
    await expect(page.locator('[data-map-zone="dalian"]')).toHaveAttribute('aria-pressed', 'true');
    await expect(notices(page)).toHaveCount(0);
  });
  test('industry opens the explorer filtered to it', async ({ page }) => {
    await open(page, `industry=robotics${F}`);
    await expect(page.getByTestId('explorer')).toBeVisible();
    await expect(page.getByTestId('industry-filter')).toHaveValue('robotics');
    await expect(notices(page)).toHaveCount(0);
  });
  test('compare shows the comparison', async ({ page }) => {
    await open(page, `compare=shenyang,dalian,benxi${F}`);
    await expect(page.getByTestId('compare')).toBeVisible();
    await expect(page.getByTestId('compare')).toContainText('本溪');
  });
  test('mode=present with step and autoplay', async ({ page }) => {
    await open(page, `mode=present&step=3&autoplay=30${F}`);
    await expect(root(page)).toHaveAttribute('data-mode', 'present');
    await expect(page.getByTestId('presenter')).toBeVisible();
    await expect(page.getByTestId('presenter')).toHaveAttribute('data-step-index', '3');
    await expect(notices(page)).toHaveCount(0);
  });
  test('embed=1 drops the chrome', async ({ page }) => {
    await open(page, `embed=1${F}`);
    await expect(page.locator('header.app-header')).toHaveCount(0);
    await expect(page.getByTestId('open-full')).toBeVisible();
    await expect(root(page)).toHaveAttribute('data-embed', '1');
  });
  for (const theme of ['light', 'dark', 'projector']) {
    test(`theme=${theme}`, async ({ page }) => {
      await open(page, `theme=${theme}${F}`);
      await expect(root(page)).toHaveAttribute('data-theme', theme);
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(bg).toBe(theme === 'dark' ? 'rgb(20, 24, 29)' : theme === 'projector' ? 'rgb(255, 255, 255)' : 'rgb(246, 247, 249)');
    });
  }
  test('boundaries=off hides the city boundaries', async ({ page }) => {
    const dashed = 'svg path[stroke-dasharray="3 2"]';
    await open(page, `renderer=fallback`);
    await expect(page.locator(dashed)).toHaveCount(1);
    await open(page, `boundaries=off${F}`);
    await expect(page.locator(dashed)).toHaveCount(0);
    await expect(notices(page)).toHaveCount(0);
  });
  test('review shows the map-review number instead of "schematic"', async ({ page }) => {
    await open(page, `review=${encodeURIComponent('辽S〔2024〕012号')}${F}`);
    await expect(page.getByTestId('review')).toHaveText(/辽S〔2024〕012号/);
  });
  test('renderer=fallback keeps the SVG map, with a notice', async ({ page }) => {
    await open(page, 'renderer=fallback');
    await expect(page.locator('.map-area')).toHaveAttribute('data-renderer', 'fallback');
    await expect(page.locator('.fallback-notice')).toBeVisible();
  });
  test('parentOrigin is accepted and kept', async ({ page }) => {
    await open(page, `embed=1&parentOrigin=https://www.ln.gov.cn${F}`);
    await expect(notices(page)).toHaveCount(0);
    expect(decodeURIComponent(page.url())).toContain('parentOrigin=https://www.ln.gov.cn');
  });
  test('text=large and contrast=high', async ({ page }) => {
    await open(page, `text=large&contrast=high${F}`);
    await expect(root(page)).toHaveAttribute('data-text', 'large');
    await expect(root(page)).toHaveAttribute('data-contrast', 'high');
    expect(await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))).toBeGreaterThanOrEqual(24);
    expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
  });
});

const GARBAGE: [string, string][] = [
  ['long', 'x'.repeat(1000)],
  ['javascript', 'javascript:alert(document.domain)'],
  ['html', '"><img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>'],
  ['unicode', '\u202e𝔘𝔫𝔦💥\u0000\ufeff沈阳'],
  ['svg', '<svg/onload=window.__pwned=3>'],
];
const PARAMS = ['zone', 'lang', 'industry', 'compare', 'mode', 'embed', 'theme', 'step', 'boundaries', 'review', 'renderer', 'autoplay', 'text', 'contrast', 'parentOrigin'];

test.describe('garbage is ignored with a notice, and nothing is injected', () => {
  for (const [name, value] of GARBAGE) {
    test(`every option = ${name}`, async ({ page }) => {
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      const q = new URLSearchParams();
      for (const p of PARAMS) q.set(p, value);
      q.set(value.slice(0, 60), '1'); // an unknown key made of the garbage
      await page.goto(`./?${q.toString()}`);
      await expect(page.locator('[data-map-zone]').first()).toBeAttached();
      const before = await page.evaluate(() => document.querySelectorAll('script, iframe, object, embed').length);
      // Every option has its notice (the value shown as text, shortened).
      const text = await page.getByTestId('notices').innerText();
      for (const p of PARAMS) expect(text, p).toContain(`${p}=`);
      await expect(notices(page)).toHaveCount(PARAMS.length + 1);
      // Defaults stand.
      await expect(root(page)).toHaveAttribute('lang', 'zh-CN');
      await expect(root(page)).toHaveAttribute('data-theme', 'light');
      await expect(root(page)).toHaveAttribute('data-mode', 'explore');
      await expect(page.locator('header.app-header')).toBeVisible();
      await expect(page.getByTestId('overview')).toBeVisible();
      await page.waitForTimeout(500);
      // Nothing injected: no dialog, no element from the value, no handler ran.
      expect(dialogs).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      await expect(page.locator('img[src="x"], [onerror], [onload], body svg[onload]')).toHaveCount(0);
      expect(await page.evaluate(() => document.querySelectorAll('script, iframe, object, embed').length)).toBe(before);
      // The URL is cleaned: ignored values are not written back.
      expect(page.url()).not.toContain('javascript');
      expect(page.url()).not.toContain('onerror');
      expect(page.url().length).toBeLessThan(200);
    });
  }

  test('one very long value (8,000 characters; servers refuse much longer URLs) is ignored and shown shortened', async ({ page }) => {
    await open(page, `zone=${'z'.repeat(8000)}${F}`);
    await expect(notices(page)).toHaveCount(1);
    const shown = await notices(page).first().locator('code').innerText();
    expect(shown.length).toBeLessThan(60);
    expect(page.url().length).toBeLessThan(200);
  });

  test('duplicates with different values are ignored; identical ones are fine', async ({ page }) => {
    await open(page, `zone=dalian&zone=benxi&lang=en&lang=en${F}`);
    await expect(root(page)).toHaveAttribute('lang', 'en');
    await expect(page.getByTestId('zone-panel')).toHaveCount(0);
    await expect(notices(page)).toHaveCount(1);
    await expect(notices(page).first()).toContainText('zone=dalian, benxi');
  });

  test('a notice can be dismissed and is announced politely', async ({ page }) => {
    await open(page, `zone=nowhere${F}`);
    await expect(page.getByTestId('notices')).toHaveAttribute('role', 'status');
    await notices(page).first().getByRole('button').click();
    await expect(page.getByTestId('notices')).toHaveCount(0);
  });
});

test.describe('languages', () => {
  test('switching both ways keeps zone, industry, compare and mode; <html lang> follows', async ({ page }) => {
    await open(page, `zone=benxi${F}`);
    await expect(root(page)).toHaveAttribute('lang', 'zh-CN');
    await page.getByTestId('lang-toggle').click();
    await expect(root(page)).toHaveAttribute('lang', 'en');
    await expect(page.getByTestId('panel-title')).toHaveText(/Benxi/);
    expect(page.url()).toContain('zone=benxi');
    await page.getByTestId('lang-toggle').click();
    await expect(root(page)).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByTestId('panel-title')).toHaveText(/本溪/);

    await open(page, `industry=robotics${F}`);
    await page.getByTestId('lang-toggle').click();
    await expect(page.getByTestId('industry-filter')).toHaveValue('robotics');
    await expect(page.getByTestId('explorer')).toContainText(/Robot/i);
    expect(page.url()).toContain('industry=robotics');
    await page.getByTestId('lang-toggle').click();
    await expect(page.getByTestId('industry-filter')).toHaveValue('robotics');

    await open(page, `compare=shenyang,dalian&lang=en${F}`);
    await expect(page.getByTestId('compare')).toContainText('Shenyang');
    await page.getByTestId('lang-toggle').click();
    await expect(page.getByTestId('compare')).toContainText('沈阳');
    expect(page.url()).toContain('compare=shenyang,dalian');
  });

  test('the presentation keeps its step across a language change (by URL)', async ({ page }) => {
    await open(page, `mode=present&step=4${F}`);
    await expect(page.getByTestId('presenter')).toHaveAttribute('data-step-index', '4');
    const title = await page.getByTestId('story-title').innerText();
    await open(page, `mode=present&step=4&lang=en${F}`);
    await expect(page.getByTestId('presenter')).toHaveAttribute('data-step-index', '4');
    expect(await page.getByTestId('story-title').innerText()).not.toBe(title);
  });

  test('no Chinese in the English UI outside data names and the language switch', async ({ page }) => {
    await open(page, `lang=en&zone=dalian${F}`);
    // UI chrome only: the header, the panel's headings and labels (data quotes and source titles may be Chinese).
    const chrome = await page.evaluate(() => {
      const texts: string[] = [];
      document.querySelectorAll('header.app-header h1, header.app-header .sub, header.app-header button:not([data-testid="lang-toggle"]), .panel h3, .panel dt, .legend, .map-note').forEach((e) => texts.push((e as HTMLElement).innerText));
      return texts.join('\n');
    });
    expect(chrome).not.toMatch(/[\u3400-\u9fff]/);
  });
});
