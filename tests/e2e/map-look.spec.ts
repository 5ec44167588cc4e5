/**
 * One map language in the browser: a grouping of cities is drawn without an
 * arrowhead on both maps; the SVG map tells the story's camera (a meeting-room
 * PC without WebGL sees the same moves); the explorer's result shows by basis
 * on the map; compared zones are marked on the map.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { coveredOnMap } from './map-cover.ts';
import { readFileSync } from 'node:fs';
import type { Atlas } from '../../src/data/types.ts';

const atlas = JSON.parse(readFileSync('public/data/atlas.json', 'utf8')) as Atlas;
test.describe.configure({ timeout: 120_000 });

const zoneBox = async (page: Page, id: string) => {
  const box = await page.locator(`.svgmap [data-map-zone="${id}"] .hit`).boundingBox();
  if (!box) throw new Error(`no ${id}`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
};

test('a grouping link has no arrowhead (SVG map); a directed link has one', async ({ page }) => {
  await page.goto('./?renderer=fallback');
  const grouping = atlas.links.filter((l) => !l.directed);
  const directed = atlas.links.filter((l) => l.directed);
  expect(grouping.length).toBeGreaterThan(0);
  for (const l of grouping) await expect(page.locator(`.svgmap path[data-link="${l.id}"]`)).not.toHaveAttribute('marker-end', /./);
  for (const l of directed) await expect(page.locator(`.svgmap path[data-link="${l.id}"]`)).toHaveAttribute('marker-end', /arrow/);
});

test('a grouping link has no arrowhead (WebGL map): arrowheads drawn = directed links', async ({ page }) => {
  await page.goto('./?renderer=gl');
  await expect(page.locator('[data-gl-ready="true"]')).toBeAttached({ timeout: 60_000 });
  const drawn = await page.evaluate(() => window.__atlasGL?.renderedCount('link-arrows') ?? -1);
  expect(drawn).toBe(atlas.links.filter((l) => l.directed).length);
});

test('the SVG map takes the story camera: a zone step centres its zone, the title step shows the province', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const i = atlas.story.findIndex((s) => s.zone && !s.camera.fit);
  expect(i).toBeGreaterThanOrEqual(0);
  const step = atlas.story[i];
  await page.goto(`./?renderer=fallback&mode=present&step=${i + 1}`);
  const svg = page.locator('.svgmap');
  await expect(svg).toHaveAttribute('data-camera', 'step');
  const box = await svg.boundingBox();
  const zone = step?.zone as string;
  const z = atlas.zones.find((x) => x.id === zone);
  if (!box || !z) throw new Error('no map');
  // Centred on the step's centre (or its zone): the zone lies well inside the map, near the middle when the step names no other centre.
  const at = await zoneBox(page, zone);
  expect(at.x).toBeGreaterThan(box.x);
  expect(at.x).toBeLessThan(box.x + box.width);
  if (!step?.camera.center) {
    expect(Math.abs(at.x - (box.x + box.width / 2))).toBeLessThan(4);
    expect(Math.abs(at.y - (box.y + box.height / 2))).toBeLessThan(4);
  }
  await page.keyboard.press('Home');
  await expect(svg).toHaveAttribute('data-camera', 'home');
});

test('the story camera eases on the SVG map (a transform runs, then settles)', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const i = atlas.story.findIndex((s) => s.zone && !s.camera.fit);
  await page.goto(`./?renderer=fallback&mode=present&step=${i}`);
  await expect(page.locator('[data-testid="presenter"]')).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(page.locator('.svgmap .view.easing')).toBeAttached();
  await expect(page.locator('.svgmap .view.easing')).toHaveCount(0, { timeout: 5_000 });
});

test('the explorer shows each zone\'s basis on the map; compared zones are marked', async ({ page }) => {
  const industry = atlas.claims.find((c) => c.basis === 'zone')?.industry as string;
  await page.goto(`./?renderer=fallback&industry=${industry}`);
  const withIt = new Set(atlas.claims.filter((c) => c.industry === industry).map((c) => c.zone));
  for (const z of atlas.zones) {
    const el = page.locator(`.svgmap [data-map-zone="${z.id}"]`);
    if (withIt.has(z.id)) await expect(el).toHaveAttribute('data-basis', /zone|group|city|demo|external/);
    else await expect(el).toHaveAttribute('data-dimmed', 'true');
  }
  const [a, b] = atlas.zones.map((z) => z.id) as [string, string];
  await page.goto(`./?renderer=fallback&compare=${a},${b}`);
  await expect(page.locator(`.svgmap [data-map-zone="${a}"]`)).toHaveAttribute('data-compared', '1');
  await expect(page.locator(`.svgmap [data-map-zone="${b}"]`)).toHaveAttribute('data-compared', '2');
  await expect(page.locator('.svgmap [data-compared]')).toHaveCount(2);
});

// Where a name has no free place it may lie over another zone's symbol: it is drawn above it (labels are one layer
// over every symbol), not under a symbol that comes later (Fushun's diamond covered the "S" of "Shenyang").
for (const [w, h, query] of [[1024, 768, 'theme=projector&lang=en'], [390, 844, 'text=large&lang=en']] as const) {
  test(`at ${w}×${h} with ${query} a zone's name lying over another zone's symbol is drawn above it`, async ({ page }) => {
    await page.setViewportSize({ width: w, height: h });
    await page.goto(`./?renderer=fallback&${query}`);
    await expect(page.locator('html[data-app=ready]')).toHaveCount(1);
    const { overlaps, under } = await page.evaluate(() => {
      const symbols = [...document.querySelectorAll('.svgmap [data-map-zone] > :is(circle:not(.hit), path)')];
      const found = { overlaps: 0, under: [] as string[] };
      for (const label of document.querySelectorAll('.svgmap [data-map-label]')) {
        const l = label.getBoundingClientRect();
        const own = label.getAttribute('data-map-label');
        for (const s of symbols) {
          const zone = s.closest('[data-map-zone]')?.getAttribute('data-map-zone');
          const r = s.getBoundingClientRect();
          if (zone === own || r.left >= l.right || r.right <= l.left || r.top >= l.bottom || r.bottom <= l.top) continue;
          found.overlaps += 1;
          // Painted later is painted above: the symbol must come before the name.
          if (label.compareDocumentPosition(s) & Node.DOCUMENT_POSITION_FOLLOWING) found.under.push(`${own}'s name under ${zone}`);
        }
      }
      return found;
    });
    expect(overlaps, 'this view has names over other zones\' symbols').toBeGreaterThan(0);
    expect(under).toEqual([]);
  });
}

// The home view leaves room for what sits over the map: the legend (lower left) and the note with the
// attribution (lower right), which a projector's or large text's type makes taller and wider; the two
// never overlap (on a projector at 1024×768 the note's three lines covered the folded legend's key).
for (const [w, h, query] of [
  [1366, 768, ''],
  [1920, 1080, ''],
  // Laptops whose map is taller than it is wide for the legend's corner: the fit moves the province clear of it
  // (Suizhong was under it at 1280×800); below 1180 px the legend starts folded (it covered Dalian at 1024×768).
  [1280, 800, ''],
  [1280, 800, 'lang=en'],
  [1180, 700, 'lang=en'],
  [1024, 768, ''],
  [1280, 720, 'theme=projector'],
  [1280, 720, 'theme=projector&lang=en'],
  [1024, 768, 'theme=projector'],
  [1024, 768, 'theme=projector&lang=en'],
  [1366, 768, 'text=large'],
  [1920, 1080, 'theme=projector&text=large'],
  [1920, 1080, 'theme=projector'],
  // A presentation's first steps show the whole province: the room reads the map the legend is over.
  [1920, 1080, 'mode=present&step=1'],
  [1920, 1080, 'mode=present&step=2'],
  [1280, 720, 'mode=present&step=2&lang=en'],
] as const) {
  test(`at ${w}×${h}${query ? ` with ${query}` : ''} no zone or city name of the home view is under the legend or the map's note, nor the note over the legend`, async ({ page }) => {
    await page.setViewportSize({ width: w, height: h });
    // Reduced motion: a step's camera cuts to its frame, so the map is measured where it stays.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`./?renderer=fallback${query ? `&${query}` : ''}`);
    await expect(page.locator('html[data-app=ready]')).toHaveCount(1);
    await expect(page.locator('.svgmap .view.easing')).toHaveCount(0);
    const covers = await coveredOnMap(page, { cities: true });
    expect(covers).toEqual([]);
  });
}

// A city's name half under the legend read as another word ("udao" beside Huludao at 1366×768 in English):
// city names give way to the legend on the WebGL map too, and come back when it is folded.
test('WebGL map, 1366×768 in English: no city name under the open legend; folded, the legend gives it back', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('./?renderer=gl&lang=en');
  await expect(page.locator('[data-gl-ready="true"]')).toBeAttached({ timeout: 60_000 });
  const topo = JSON.parse(readFileSync('public/data/liaoning.topo.json', 'utf8')) as { objects: { cities: { geometries: { properties: { id: string; lx: number; ly: number } }[] } } };
  const cities = topo.objects.cities.geometries.map((g) => g.properties);
  const underLegend = async (): Promise<string[]> => {
    const legend = await page.locator('.legend').boundingBox();
    const map = await page.locator('.map-area').boundingBox();
    if (!legend || !map) throw new Error('no legend or map');
    const drawn = await page.evaluate(() => window.__atlasGL?.renderedCityIds() ?? []);
    const out: string[] = [];
    for (const c of cities.filter((x) => drawn.includes(x.id))) {
      const p = await page.evaluate((ll) => window.__atlasGL?.project(ll), [c.lx, c.ly] as [number, number]);
      // The name's anchor point, with half a short name's width either side of it.
      if (p && map.x + p.x + 20 > legend.x && map.x + p.x - 20 < legend.x + legend.width && map.y + p.y > legend.y) out.push(c.id);
    }
    return out;
  };
  await expect.poll(underLegend).toEqual([]);
  // The name the open legend covers here: drawn once the legend is folded.
  await expect.poll(() => page.evaluate(() => window.__atlasGL?.renderedCityIds().includes('huludao'))).toBe(false);
  await page.getByTestId('legend-toggle').click();
  await expect.poll(() => page.evaluate(() => window.__atlasGL?.renderedCityIds().includes('huludao'))).toBe(true);
});
