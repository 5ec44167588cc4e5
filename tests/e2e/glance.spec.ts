/**
 * At a glance (issue 12), measured by bounding boxes: what the first screen
 * must hold at 1366×768 and 1920×1080 (the overview's headline strip, Benxi's
 * and Dalian's own figures and first targets), the phone layout at 390×844
 * (header ≤ 64 px, map ≥ half the screen, the panel as a sheet that opens and
 * closes by keyboard and touch, tap targets ≥ 44 / 60 px), and compare's
 * marked rows and decimal alignment. Expected ids come from the built atlas.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Atlas } from '../../src/data/types.ts';

const atlas = JSON.parse(readFileSync(new URL('../../public/data/atlas.json', import.meta.url), 'utf8')) as Atlas;
const planId = atlas.documents.find((d) => d.plan)?.id;
/** The plan's all-zones baselines and their tier / province parts: the headline strip's figures. */
const headlineIds = atlas.figures
  .filter((f) => f.source.type === 'doc' && f.source.doc === planId && f.kind === 'baseline' && f.year === 2015)
  .filter((f) => f.scope.level === 'zones' || ((f.scope.level === 'tier' || f.scope.level === 'province') && atlas.figures.some((m) => m.scope.level === 'zones' && m.metric === f.metric && m.source.type === 'doc' && m.source.doc === planId)))
  .map((f) => f.id);

async function open(page: Page, query = ''): Promise<void> {
  const q = new URLSearchParams(query);
  if (!q.has('renderer')) q.set('renderer', 'fallback');
  await page.goto(`./?${q.toString().replace(/%2C/g, ',')}`);
  await expect(page.locator('.panel-body')).toBeVisible();
}

/** The element lies wholly inside the viewport, as it is now (the test never scrolls). */
async function expectOnFirstScreen(page: Page, el: Locator, what: string): Promise<void> {
  await expect(el, what).toBeVisible();
  const b = await el.boundingBox();
  const vp = page.viewportSize();
  if (!b || !vp) throw new Error(`no box for ${what}`);
  expect(b.x, `${what}: left`).toBeGreaterThanOrEqual(0);
  expect(b.y, `${what}: top`).toBeGreaterThanOrEqual(0);
  expect(b.x + b.width, `${what}: right`).toBeLessThanOrEqual(vp.width + 0.5);
  expect(b.y + b.height, `${what}: bottom`).toBeLessThanOrEqual(vp.height + 0.5);
}
const notScrolled = (page: Page): Promise<number> =>
  page.evaluate(() => window.scrollY + (document.getElementById('panel')?.scrollTop ?? 0));

const inside = (inner: { x: number; y: number; width: number; height: number }, outer: { x: number; y: number; width: number; height: number }): boolean =>
  inner.x >= outer.x - 0.5 && inner.y >= outer.y - 0.5 && inner.x + inner.width <= outer.x + outer.width + 0.5 && inner.y + inner.height <= outer.y + outer.height + 0.5;

test.describe('desktop first screens', () => {
  for (const size of [{ width: 1366, height: 768 }, { width: 1920, height: 1080 }]) {
    test(`overview at ${size.width}×${size.height}: every headline figure and its source marker without scrolling`, async ({ page }) => {
      await page.setViewportSize(size);
      await open(page);
      const strip = page.getByTestId('headline-strip');
      expect(headlineIds.length).toBeGreaterThanOrEqual(15);
      for (const id of headlineIds) {
        const f = strip.locator(`[data-figure="${id}"]`);
        await expectOnFirstScreen(page, f, id);
        await expectOnFirstScreen(page, f.locator('[data-source-marker]').first(), `${id} marker`);
      }
      // Every marker sits inside its tile's border (97.25 万平方米's used to stick out).
      for (const tile of await strip.locator('.tile').all()) {
        const tb = await tile.boundingBox();
        for (const m of await tile.locator('[data-source-marker]').all()) {
          const mb = await m.boundingBox();
          expect(mb && tb && inside(mb, tb), (await tile.getAttribute('data-card')) ?? 'tile').toBe(true);
        }
      }
      // The shared context is said once per date its sentences give (rule i: a year only where they give one), above the numbers.
      await expect(strip.locator('h3')).toHaveCount(2);
      await expect(strip.locator('h3').first()).toContainText('现有（据2016年规划）');
      await expect(strip.locator('h3').last()).toContainText('2015');
      expect(await notScrolled(page)).toBe(0);
    });
  }

  test('benxi at 1366×768: its GDP share and the targets the rule ranks first, unfolded, on the first screen', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await open(page, 'zone=benxi');
    const glance = page.getByTestId('glance');
    await expectOnFirstScreen(page, glance.locator('[data-figure="plan-2016.gdp-share-of-city.benxi"]'), 'GDP share');
    const targets = glance.getByTestId('glance-targets').locator('[data-figure]');
    expect(await targets.count()).toBeGreaterThanOrEqual(2);
    // The province's target for Benxi's pharmaceutical cluster comes first, and nothing folds it.
    await expect(targets.first()).toHaveAttribute('data-figure', 'transfer-2018.cluster-sales.benxi');
    await expectOnFirstScreen(page, targets.first(), 'first target');
    await expectOnFirstScreen(page, targets.nth(1), 'second target');
    expect(await glance.locator('details').count()).toBe(0);
    // Who the zone is: name, tier and approval, city, all above the glance.
    await expectOnFirstScreen(page, page.getByTestId('panel-title'), 'title');
    await expectOnFirstScreen(page, page.getByTestId('zone-role'), 'role');
    expect(await notScrolled(page)).toBe(0);
  });

  test('dalian at 1366×768: its GDP share and the four indicators against the national average', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await open(page, 'zone=dalian');
    const glance = page.getByTestId('glance');
    await expectOnFirstScreen(page, glance.locator('[data-figure="plan-2016.gdp-share-of-city.dalian"]'), 'GDP share');
    const rows = glance.getByTestId('glance-peers').locator('tbody tr');
    await expect(rows).toHaveCount(4);
    for (const metric of ['hightech-share', 'export-share', 'service-share', 'rd-intensity']) {
      await expectOnFirstScreen(page, glance.locator(`[data-figure="plan-2016.${metric}.dalian"]`), metric);
      await expectOnFirstScreen(page, glance.locator(`[data-peer="plan-2016.${metric}.national-average"]`), `${metric} average`);
    }
    await expect(glance.locator('[data-figure="plan-2016.hightech-share.dalian"]')).toContainText('13.2');
    await expect(glance.locator('[data-peer="plan-2016.hightech-share.national-average"]')).toContainText('30.6');
    // The plan gives these as existing, with no year: the caption says so, not "2015" (src/panel/when.ts).
    await expect(glance.getByTestId('glance-peers').locator('caption')).toContainText('现有（据2016年规划）');
    await expectOnFirstScreen(page, glance.getByTestId('glance-targets').locator('[data-figure]').first(), 'first target');
    expect(await notScrolled(page)).toBe(0);
  });

  test('the zone\'s own bar is highlighted in the province-wide GDP chart', async ({ page }) => {
    await open(page, 'zone=benxi');
    const chart = page.locator('.chart').filter({ has: page.locator('table') }).first();
    await chart.scrollIntoViewIfNeeded();
    await expect(page.locator('[data-chart="drawn"] [role="img"]').first()).toHaveAttribute('aria-label', /本溪/);
  });
});

test.describe('compare', () => {
  test('rows whose values differ are marked; numbers line up on the decimal point', async ({ page }) => {
    await open(page, 'compare=shenyang,dalian');
    const cmp = page.getByTestId('compare');
    await expect(cmp.locator('tr[data-row="tier"]')).not.toHaveClass(/differ/);
    await expect(cmp.locator('tr[data-row="gdp-share-of-city"]')).toHaveClass(/differ/);
    await expect(cmp.locator('tr[data-row="gdp-share-of-city"]').getByTestId('row-differs')).toBeVisible();
    await expect(cmp.locator('tr[data-row="tier"]').getByTestId('row-differs')).toHaveCount(0);
    // rd-intensity: Shenyang 2, Dalian 2.8 — the point (or where it would be) at the same distance from the number's end.
    const offsets = await cmp.locator('tr[data-row="rd-intensity"] .val').evaluateAll((els) =>
      els.map((el) => {
        const node = el.firstChild;
        const text = node?.textContent ?? '';
        const i = [...text].findIndex((c) => c === '.' || c === '\u2008');
        const r = document.createRange();
        if (!node || i < 0) return NaN;
        r.setStart(node, i);
        r.setEnd(node, i + 1);
        return el.getBoundingClientRect().right - r.getBoundingClientRect().left;
      }),
    );
    expect(offsets).toHaveLength(2);
    expect(Math.abs((offsets[0] ?? 0) - (offsets[1] ?? 99))).toBeLessThanOrEqual(1);
    expect(await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze().then((r) => r.violations.map((v) => v.id))).toEqual([]);
  });
});

test.describe('phone 390×844', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('header ≤ 64 px with the title and one menu button; the map keeps half the screen; the sheet has a handle', async ({ page }) => {
    await open(page);
    const header = await page.locator('header.app-header').boundingBox();
    expect(header?.height).toBeLessThanOrEqual(64);
    const buttons = page.locator('header.app-header button:visible');
    await expect(buttons).toHaveCount(1);
    await expect(page.getByTestId('menu-button')).toHaveAttribute('aria-expanded', 'false');
    await expectOnFirstScreen(page, page.locator('header.app-header h1'), 'title');
    // The menu holds the tools; Esc closes it.
    await page.getByTestId('menu-button').click();
    await expect(page.getByTestId('lang-toggle')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('lang-toggle')).toBeHidden();
    await expect(page.getByTestId('menu-button')).toBeFocused();
    // Map: at least half of the first screen is map, above the sheet.
    const map = await page.locator('section.map').boundingBox();
    const sheet = await page.locator('#panel').boundingBox();
    if (!map || !sheet) throw new Error('no boxes');
    expect(sheet.y - map.y).toBeGreaterThanOrEqual(844 / 2);
    expect(sheet.y + sheet.height).toBeCloseTo(844, 0);
    await expectOnFirstScreen(page, page.getByTestId('sheet-handle'), 'handle');
  });

  // With large text, and in English, the panel's buttons leave the zone's name room to read: it keeps two
  // lines at most, and every button stays on the screen (they move under the name).
  for (const query of ['zone=shenyang&text=large', 'zone=dalian&text=large&lang=en', 'zone=dalian&lang=en']) {
    test(`${query}: the name reads in two lines at most, the buttons on the screen`, async ({ page }) => {
      await open(page, query);
      const title = page.getByTestId('panel-title');
      const lines = await title.evaluate((e) => Math.round(e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight)));
      expect(lines).toBeLessThanOrEqual(2);
      for (const b of await page.locator('.zone-panel .head button').all()) {
        const box = await b.boundingBox();
        expect(box && box.x >= 0 && box.x + box.width <= 390, await b.textContent() ?? '').toBe(true);
      }
    });
  }

  test('the sheet opens and closes by keyboard', async ({ page }) => {
    await open(page, 'zone=benxi');
    const handle = page.getByTestId('sheet-handle');
    const panel = page.getByTestId('zone-panel');
    await expect(handle).toHaveAttribute('aria-expanded', 'true');
    await expect(panel).toBeVisible();
    // Esc closes the sheet; the zone stays chosen (its ring on the map); focus on the handle.
    await page.keyboard.press('Escape');
    await expect(handle).toHaveAttribute('aria-expanded', 'false');
    await expect(panel).toBeHidden();
    await expect(handle).toBeFocused();
    await expect(page).toHaveURL(/zone=benxi/);
    const closed = await page.locator('#panel').boundingBox();
    expect(closed?.height).toBeLessThanOrEqual(80);
    // Enter on the handle opens it again; Enter closes it.
    await page.keyboard.press('Enter');
    await expect(handle).toHaveAttribute('aria-expanded', 'true');
    await expect(panel).toBeVisible();
    await handle.focus();
    await page.keyboard.press('Enter');
    await expect(panel).toBeHidden();
    // With the sheet closed, Esc closes the zone, as on a wide screen.
    await page.keyboard.press('Escape');
    await expect(page).not.toHaveURL(/zone=benxi/);
  });

  test('the sheet opens on a tapped zone and closes with a swipe down', async ({ page }) => {
    await open(page);
    const handle = page.getByTestId('sheet-handle');
    // Close it first (swipe on the handle), then a tap on a zone opens it with the zone.
    await swipe(page, handle, 120);
    await expect(handle).toHaveAttribute('aria-expanded', 'false');
    await page.locator('[data-map-zone="dalian"]').first().tap();
    await expect(handle).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByTestId('zone-panel')).toHaveAttribute('data-zone', 'dalian');
    // A short or sideways swipe does nothing; a swipe down closes.
    await swipe(page, handle, 20);
    await expect(handle).toHaveAttribute('aria-expanded', 'true');
    await swipe(page, handle, 120);
    await expect(handle).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByTestId('zone-panel')).toBeHidden();
    // A tap on the handle opens it.
    await handle.tap();
    await expect(page.getByTestId('zone-panel')).toBeVisible();
  });

  for (const [mode, min] of [['normal', 44], ['large', 60]] as const) {
    test(`tap targets ≥ ${min} px (${mode} text)`, async ({ page }) => {
      await open(page, `zone=benxi${mode === 'large' ? '&text=large' : ''}`);
      await page.getByTestId('menu-button').click();
      const small = await page.evaluate((m) => {
        const els = [...document.querySelectorAll<HTMLElement>('.btn, select, summary, [data-testid="sheet-handle"]')];
        return els
          .filter((e) => e.getClientRects().length > 0)
          .filter((e) => {
            const r = e.getBoundingClientRect();
            return r.height < m - 0.5 || r.width < m - 0.5;
          })
          .map((e) => `${e.outerHTML.slice(0, 70)} ${Math.round(e.getBoundingClientRect().width)}×${Math.round(e.getBoundingClientRect().height)}`);
      }, min);
      expect(small).toEqual([]);
    });
  }

  test('axe: no violations with the sheet open and closed', async ({ page }) => {
    await open(page, 'zone=dalian');
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
    const ids = async (): Promise<string[]> => (await new AxeBuilder({ page }).withTags(tags).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
    expect(await ids()).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('sheet-handle')).toHaveAttribute('aria-expanded', 'false');
    expect(await ids()).toEqual([]);
  });
});

/** A touch that starts on the element and moves down by `dy` px (touch events, as a finger sends them). */
async function swipe(page: Page, el: Locator, dy: number): Promise<void> {
  const b = await el.boundingBox();
  if (!b) throw new Error('no box to swipe');
  const x = b.x + b.width / 2;
  const y = b.y + b.height / 2;
  await el.evaluate(
    (node, { x, y, dy }) => {
      const touch = (cy: number): Touch => new Touch({ identifier: 1, target: node, clientX: x, clientY: cy });
      const fire = (type: string, t: Touch, active: Touch[]): void => {
        node.dispatchEvent(new TouchEvent(type, { bubbles: true, cancelable: true, touches: active, targetTouches: active, changedTouches: [t] }));
      };
      const start = touch(y);
      fire('touchstart', start, [start]);
      const mid = touch(y + dy / 2);
      fire('touchmove', mid, [mid]);
      fire('touchend', touch(y + dy), []);
    },
    { x, y, dy },
  );
}

/** The first screens of issue 12, kept current in docs/screenshots/ (each looked at before a change is called done). */
test.describe('screenshots', () => {
  const SHOTS: [string, string, number, number, boolean?][] = [
    ['glance-overview-1920x1080', '', 1920, 1080],
    ['glance-overview-1366x768', '', 1366, 768],
    ['glance-benxi-1366x768', 'zone=benxi', 1366, 768],
    ['glance-dalian-1366x768', 'zone=dalian', 1366, 768],
    ['glance-compare-1366x768', 'compare=shenyang,dalian,benxi', 1366, 768],
    ['glance-phone-390x844', '', 390, 844, true],
    ['glance-phone-dalian-390x844', 'zone=dalian', 390, 844, true],
    ['glance-large-text-1366x768', 'zone=benxi&text=large', 1366, 768],
    ['glance-en-1366x768', 'lang=en', 1366, 768],
    ['glance-en-dalian-1366x768', 'lang=en&zone=dalian', 1366, 768],
  ];
  for (const [name, query, width, height, touch] of SHOTS) {
    test(name, async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width, height }, ...(touch ? { hasTouch: true, isMobile: true } : {}) });
      const page = await context.newPage();
      await open(page, query);
      await page.waitForTimeout(800);
      await page.screenshot({ path: `docs/screenshots/${name}.png` });
      await context.close();
    });
  }
});
