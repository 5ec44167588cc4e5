/**
 * Export: the PNG of the current view (map plus the panel's facts, at 2×),
 * from the SVG map and from the WebGL map; and the print stylesheet: a
 * one-page A4 handout of a zone with its sources, this view's address and date.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { readFileSync } from 'node:fs';

test.describe.configure({ timeout: 120_000 });

/** Width and height from a PNG's IHDR chunk. */
function pngSize(buf: Buffer): { w: number; h: number } {
  expect(buf.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { w: buf.readUInt32BE(16), h: buf.readUInt32BE(20) };
}

async function exportPng(page: Page): Promise<{ name: string; buf: Buffer }> {
  await page.getByTestId('share-button').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
  const path = await download.path();
  await expect(page.getByTestId('share-status')).toContainText(download.suggestedFilename());
  return { name: download.suggestedFilename(), buf: readFileSync(path) };
}

/** Share of pixels in a region of the PNG (decoded in the page) that are not the background. */
async function inkRatio(page: Page, buf: Buffer, region: 'left' | 'right'): Promise<number> {
  return page.evaluate(
    async ({ b64, region }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const x0 = region === 'left' ? 0 : img.width - 900;
      const w = region === 'left' ? Math.min(900, img.width) : 900;
      const d = ctx.getImageData(x0, 0, w, Math.min(1200, img.height)).data;
      const [r0, g0, b0] = [d[0], d[1], d[2]];
      let ink = 0;
      for (let i = 0; i < d.length; i += 4) if (Math.abs(d[i]! - r0!) + Math.abs(d[i + 1]! - g0!) + Math.abs(d[i + 2]! - b0!) > 60) ink++;
      return ink / (d.length / 4);
    },
    { b64: buf.toString('base64'), region },
  );
}

test('PNG of a zone with the SVG map: 2×, map and panel drawn', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('./?zone=dalian&renderer=fallback');
  await expect(page.getByTestId('panel-title')).toBeVisible();
  const map = (await page.locator('.map-area').boundingBox())!;
  const { name, buf } = await exportPng(page);
  expect(name).toBe('liaoning-hightech-dalian-zh.png');
  const { w, h } = pngSize(buf);
  expect(w).toBe(Math.round(map.width + 460) * 2);
  expect(h).toBeGreaterThanOrEqual(Math.round(map.height) * 2);
  expect(await inkRatio(page, buf, 'left')).toBeGreaterThan(0.02); // the map is there, not a blank
  expect(await inkRatio(page, buf, 'right')).toBeGreaterThan(0.01); // text in the panel column
});

test('PNG with the WebGL map, in English, overview', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./?lang=en&renderer=gl');
  await expect(page.locator('.map-area')).toHaveAttribute('data-renderer', /gl|fallback/, { timeout: 60_000 });
  const { name, buf } = await exportPng(page);
  expect(name).toBe('liaoning-hightech-overview-en.png');
  const { w } = pngSize(buf);
  expect(w).toBeGreaterThan(1600);
  expect(await inkRatio(page, buf, 'left')).toBeGreaterThan(0.02);
});

for (const [zone, lang, name, sources] of [['benxi', 'zh', '本溪高新技术产业开发区', '来源与引文'], ['dalian', 'en', 'Dalian', 'Sources and quotes']] as const) {
  test(`print: a one-page A4 handout with the sources, the address and the date (${zone}, ${lang})`, async ({ page }) => {
    await page.goto(`./?zone=${zone}&lang=${lang}&renderer=fallback`);
    await expect(page.getByTestId('panel-title')).toBeVisible();
    // The print notes chunk loads when the browser is idle; then they are filled just before printing.
    await expect(page.getByTestId('print-notes')).toBeAttached({ timeout: 20_000 });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('header.app-header')).toBeHidden();
    await expect(page.getByTestId('share-button')).toBeHidden();
    const notes = page.getByTestId('print-notes');
    await expect(notes).toBeVisible();
    await expect(notes).toContainText(sources);
    await expect(notes).toContainText(`zone=${zone}`);
    await expect(notes).toContainText(new Date().toISOString().slice(0, 4));
    expect(await notes.locator('li').count()).toBeGreaterThan(0);
    // The handout replaces the (long) panel: the zone's facts and key figures with their sources.
    await expect(page.locator('#panel')).toBeHidden();
    await expect(notes.locator('.p-title')).toContainText(name);
    expect(await notes.locator('.p-figs li').count()).toBeGreaterThan(0);
    await expect(page.locator('.map svg').first()).toBeVisible();
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBe(1);
  });
}
