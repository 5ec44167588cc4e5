/**
 * A story made for the room (issue 13, item 5): each step's key figures large
 * with their sources; on every screen (1280×720, 1024×768, 1920×1080) the
 * legend is a small key that opens on demand; at every step at 1280×720 each
 * zone the step highlights keeps its label, on the map and clear of the legend
 * (the SVG map's labels are text in the page; the WebGL map's through its test hook).
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { readFileSync, mkdirSync } from 'node:fs';
import type { Atlas } from '../../src/data/types.ts';
import { highlightFor } from '../../src/story/steps.ts';
import '../../src/map/gl/test-hook.ts';

const DIST = process.env.PW_DIST ?? 'dist';
const atlas = JSON.parse(readFileSync(`${DIST}/data/atlas.json`, 'utf8')) as Atlas;
const story = atlas.story;
const N = story.length;
const highlighted = (i: number): string[] => {
  const s = story[i];
  return s ? (highlightFor(s, atlas.zones) ?? atlas.zones.map((z) => z.id)) : [];
};

interface Rect { x: number; y: number; width: number; height: number }
const intersects = (a: Rect, b: Rect): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (a: Rect, b: Rect): boolean => a.x >= b.x - 1 && a.y >= b.y - 1 && a.x + a.width <= b.x + b.width + 1 && a.y + a.height <= b.y + b.height + 1;

async function rectOf(page: Page, selector: string): Promise<Rect> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} has no box`);
  return box;
}

for (const [w, h] of [[1280, 720], [1024, 768], [1920, 1080]] as const) {
  test(`projector ${w}×${h}: the legend is a small key that opens on demand`, async ({ page }) => {
    await page.setViewportSize({ width: w, height: h });
    await page.goto('./?mode=present&renderer=fallback&step=4');
    const legend = page.locator('section.legend');
    await expect(page.getByTestId('legend-key')).toBeVisible();
    await expect(legend.locator('button.entry')).toHaveCount(0);
    const toggle = page.getByTestId('legend-toggle');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    // Small: well under 2% of the map (the open legend covered about an eighth of it).
    const map = await rectOf(page, 'section.map');
    const key = await rectOf(page, 'section.legend');
    expect(key.width * key.height).toBeLessThan(0.02 * map.width * map.height);
    mkdirSync('test-results/screenshots', { recursive: true });
    await page.screenshot({ path: `test-results/screenshots/present-legend-key-${w}x${h}.png` });
    // Opens on demand (click or keyboard), and folds again.
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(legend.locator('button.entry')).toHaveCount(5);
    await expect(page.getByTestId('legend-key')).toHaveCount(0);
    await toggle.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByTestId('legend-key')).toBeVisible();
  });
}

test('the projector theme at 1280×720 starts from the small key too: the zoom buttons stay reachable', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./?lang=en&zone=dalian&theme=projector');
  await expect(page.getByTestId('legend-key')).toBeVisible();
  await expect(page.locator('section.legend button.entry')).toHaveCount(0);
  await page.getByRole('button', { name: /Zoom in/ }).click({ timeout: 5000 });
  await page.getByTestId('legend-toggle').click();
  await expect(page.locator('section.legend button.entry')).toHaveCount(5);
});

test('outside the presentation the full legend stays open, and comes back on leaving it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./?renderer=fallback');
  await expect(page.locator('section.legend button.entry')).toHaveCount(5);
  // Starting the presentation folds it to the key; leaving brings the full legend back.
  await page.getByTestId('present-button').click();
  await expect(page.getByTestId('legend-key')).toBeVisible();
  // The presenter (a lazy chunk) is there to take the Esc: on a loaded machine the key can be drawn first.
  await expect(page.getByTestId('presenter')).toHaveAttribute('data-step', /./);
  await page.keyboard.press('Escape');
  await expect(page.locator('section.legend button.entry')).toHaveCount(5);
});

test('every step shows its key figures large, each with its source', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./?mode=present&renderer=fallback');
  for (let i = 0; i < N; i++) {
    const s = story[i];
    if (!s) continue;
    await expect(page.getByTestId('presenter')).toHaveAttribute('data-step', s.id);
    for (const id of s.figures ?? []) {
      const fig = page.locator(`[data-figure="${id}"]`);
      await expect(fig, `${s.id}: figure ${id}`).toBeVisible();
      const size = await fig.locator('.value').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
      const body = await page.getByTestId('story-caption').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
      expect(size, `${s.id}: ${id} is larger than the caption`).toBeGreaterThan(body * 1.4);
      // Its note number points at a listed source.
      const ref = (await fig.locator('sup.ref').textContent())?.replace(/\D/g, '') ?? '';
      await expect(page.locator('ol.sources li').nth(Number(ref) - 1)).toBeVisible();
    }
    await page.keyboard.press('PageDown');
  }
});

test('SVG map, 1280×720: at every step each highlighted zone keeps its label, on the map and clear of the legend', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  // Reduced motion: the camera cuts to each step's frame (the frame it eases to otherwise), so no wait for it.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./?mode=present&renderer=fallback');
  const problems: string[] = [];
  for (let i = 0; i < N; i++) {
    const s = story[i];
    if (!s) continue;
    await expect(page.getByTestId('presenter')).toHaveAttribute('data-step', s.id);
    await expect(page.locator('.svgmap .view.easing')).toHaveCount(0);
    const map = await rectOf(page, 'section.map');
    const legend = await rectOf(page, 'section.legend');
    for (const id of highlighted(i)) {
      const label = page.locator(`[data-map-label="${id}"]`);
      if ((await label.count()) === 0) {
        problems.push(`${s.id}: ${id} has no label`);
        continue;
      }
      const box = await label.boundingBox();
      if (!box) problems.push(`${s.id}: ${id}'s label is not drawn`);
      else if (!inside(box, map)) problems.push(`${s.id}: ${id}'s label is off the map`);
      else if (intersects(box, legend)) problems.push(`${s.id}: ${id}'s label is under the legend`);
    }
    await page.keyboard.press('PageDown');
  }
  expect(problems).toEqual([]);
});

test('WebGL map, 1280×720: at every step each highlighted zone keeps its label and is clear of the legend', async ({ page }) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  // Reduced motion: the camera cuts to each step's frame and labels do not fade in, so a short wait draws it.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./?mode=present&renderer=gl');
  await expect(page.locator('.map-area')).toHaveAttribute('data-renderer', 'gl', { timeout: 60_000 });
  const problems: string[] = [];
  for (let i = 0; i < N; i++) {
    const s = story[i];
    if (!s) continue;
    await expect(page.getByTestId('presenter')).toHaveAttribute('data-step', s.id);
    await page.waitForTimeout(600);
    const map = await rectOf(page, 'section.map');
    const legend = await rectOf(page, 'section.legend');
    const ids = highlighted(i);
    const seen = await page.evaluate((zoneIds) => {
      const hook = window.__atlasGL;
      if (!hook) return null;
      return { labels: hook.renderedLabelIds(), zones: hook.renderedZoneIds(), ids: zoneIds };
    }, ids);
    if (!seen) throw new Error('no WebGL test hook');
    // Every highlighted zone's place on screen, in one round trip (software WebGL makes each one slow).
    const zonesOf = ids.flatMap((id) => atlas.zones.filter((x) => x.id === id));
    const places = await page.evaluate((lls) => lls.map((ll) => window.__atlasGL?.project(ll) ?? null), zonesOf.map((z) => [z.location.lon, z.location.lat] as [number, number]));
    for (const [k, z] of zonesOf.entries()) {
      const id = z.id;
      const p = places[k];
      if (!p) continue;
      // The zone's symbol with room for a short label beside it (about 3 characters at the projector's size).
      const around: Rect = { x: map.x + p.x - 12, y: map.y + p.y - 12, width: 24, height: 24 };
      if (!inside(around, map)) problems.push(`${s.id}: ${id} is off the map`);
      else if (intersects(around, legend)) problems.push(`${s.id}: ${id} is under the legend`);
      if (!seen.labels.includes(id)) problems.push(`${s.id}: ${id}'s label was dropped`);
    }
    await page.keyboard.press('PageDown');
  }
  expect(problems).toEqual([]);
});
