/**
 * The prerendered pages (scripts/prerender, issue 14): with JavaScript off every page reads — the
 * first view, each zone's page in both languages, the documents — its links work and its
 * canonical/hreflang addresses are right; under the strict CSP nothing is refused; with JavaScript
 * on, the app takes the first view over without a layout shift and is interactive.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { coveredOnMap } from './map-cover.ts';
import { chinesePunctuationInEnglish } from './english-punctuation.ts';
import { unmarkedCjk } from './language-of-parts.ts';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Atlas } from '../../src/data/types.ts';
import { overviewFigures, overviewView } from '../../src/panel/overview-view.ts';
import { CSP_PORT } from '../../playwright.config.ts';

const DIST = process.env.PW_DIST ?? 'dist';
const atlas = JSON.parse(readFileSync(join(DIST, 'data', 'atlas.json'), 'utf8')) as Atlas;
const zone = (id: string) => {
  const z = atlas.zones.find((x) => x.id === id);
  if (!z) throw new Error(`no zone ${id} in ${DIST}/data/atlas.json`);
  return z;
};

/** Where a <link>'s href points, resolved against the page (as a crawler resolves it). */
async function linkTarget(page: Page, selector: string): Promise<string> {
  const href = await page.locator(selector).getAttribute('href');
  expect(href, selector).not.toBeNull();
  return new URL(href ?? '', page.url()).pathname;
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('/ reads: header, the SVG map with every zone, a link to each zone\'s page, the headline figures with sources', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('header.app-header h1')).toBeVisible();
    // Without scripts the page is not one whose starter was blocked: no such notice.
    await expect(page.locator('.svgmap svg')).toBeVisible();
    await expect(page.locator('.svgmap [data-map-zone]')).toHaveCount(atlas.zones.length);
    // The zone table's buttons work only in the app: the prerendered page lists the zones as links (below).
    await expect(page.getByTestId('zone-table')).toHaveCount(0);
    const overview = page.getByTestId('overview');
    await expect(overview).toBeVisible();
    expect(await overview.locator('[data-figure]').count()).toBeGreaterThan(3);
    expect(await overview.locator('[data-source-marker]').count()).toBeGreaterThan(3);
    // A link per zone (from the data) to its page.
    const links = page.getByTestId('no-app-nav').getByTestId('zone-links').getByRole('link');
    await expect(links).toHaveCount(atlas.zones.length);
    expect(await linkTarget(page, 'link[rel="canonical"]')).toBe('/');
    expect(await linkTarget(page, 'link[rel="alternate"][hreflang="en"]')).toBe('/en/');
    expect(await linkTarget(page, 'link[rel="alternate"][hreflang="zh-CN"]')).toBe('/');
    // The overview below its headline figures, which the app draws, is a link away as text.
    expect(await linkTarget(page, '[data-testid="text-home"]')).toBe('/zh/');
    await links.filter({ hasText: zone('benxi').name.zh }).click();
    await expect(page).toHaveURL(/\/zone\/benxi\/$/);
    await expect(page.getByTestId('zone-title')).toHaveText(zone('benxi').name.zh);
  });

  test('on a phone the map stands above the sheet: every zone is on screen, none under the panel', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('./');
    const sheetTop = await page.locator('#panel').evaluate((el) => el.getBoundingClientRect().top);
    for (const z of atlas.zones) {
      const box = await page.locator(`.svgmap [data-map-zone="${z.id}"]`).boundingBox();
      expect(box, z.id).not.toBeNull();
      expect((box?.y ?? Infinity) + (box?.height ?? 0), z.id).toBeLessThanOrEqual(sheetTop);
      expect(box?.y ?? -1, z.id).toBeGreaterThanOrEqual(0);
    }
  });

  // Where the legend starts open (LEGEND_OPEN_QUERY) the kept map is drawn right of it: nothing moves it there as the
  // app moves its home view, and Huludao and Suizhong lay under it for good.
  for (const [w, h] of [[1180, 500], [1180, 700], [1280, 800], [1366, 768], [1440, 900], [1920, 1080]] as const) {
    test(`at ${w}×${h} no zone or city name of the map is under the legend or the note; no zoom button that would do nothing`, async ({ page }) => {
      await page.setViewportSize({ width: w, height: h });
      await page.goto('./');
      await expect(page.locator('.legend ul')).toBeVisible();
      expect(await coveredOnMap(page, { cities: true })).toEqual([]);
      await expect(page.locator('.pending-controls')).toBeHidden();
    });
  }

  test('/zone/benxi/ reads: facts, industries, targets, each source as text and a link to its document', async ({ page }) => {
    const res = await page.goto('zone/benxi/');
    expect(res?.status()).toBe(200);
    expect(await page.locator('script').count()).toBe(0);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByTestId('zone-title')).toHaveText(zone('benxi').name.zh);
    await expect(page.getByTestId('zone-facts')).toContainText(zone('benxi').short.zh === '' ? '' : '国家级');
    // The map: the language's map file, with every zone, and this zone ringed on it where the file draws it.
    await expect(page.locator('.map-figure svg [data-map-zone]')).toHaveCount(1);
    const ring = (await page.locator('.map-figure svg [data-map-zone="benxi"]').getAttribute('transform')) ?? '';
    expect(ring).toMatch(/^translate\(/);
    const mapHref = (await page.locator('.map-figure svg image').getAttribute('href')) ?? '';
    expect(mapHref).toBe('../../map-zh.svg');
    const mapRes = await page.request.get(new URL(mapHref, page.url()).href);
    expect(mapRes.headers()['content-type']).toContain('image/svg+xml');
    const mapSvg = await mapRes.text();
    expect(mapSvg.match(/ data-map-zone="/g)?.length).toBe(atlas.zones.length);
    expect(mapSvg).toMatch(new RegExp(`data-map-zone="benxi"[^>]*transform="${ring.replace(/[().]/g, '\\$&')}"`));
    const industries = page.getByTestId('zone-industries').locator('li[data-industry]');
    // One item per industry and basis (an industry a document names and a public source also names is listed under both).
    expect(await industries.count()).toBe(new Set(atlas.claims.filter((c) => c.zone === 'benxi').map((c) => `${c.basis}:${c.industry}`)).size);
    const targets = page.getByTestId('zone-targets');
    await expect(targets).toBeVisible();
    // Every source reads as text: a title and the quote.
    const sources = page.locator('.source');
    expect(await sources.count()).toBeGreaterThan(5);
    for (const s of await sources.all()) {
      await expect(s.locator('cite')).not.toBeEmpty();
      await expect(s.locator('q')).not.toBeEmpty();
    }
    expect(await linkTarget(page, 'link[rel="canonical"]')).toBe('/zone/benxi/');
    expect(await linkTarget(page, 'link[rel="alternate"][hreflang="en"]')).toBe('/en/zone/benxi/');
    expect(await linkTarget(page, 'link[rel="alternate"][hreflang="x-default"]')).toBe('/zone/benxi/');
    expect(await page.getByTestId('interactive-link').getAttribute('href')).toBe('../../?zone=benxi');

    // A source's link opens the document with the quote marked at its anchor.
    const docLink = page.locator('.source[data-source] a[href*="doc/"]').first();
    const href = (await docLink.getAttribute('href')) ?? '';
    const anchor = href.split('#')[1] ?? '';
    expect(anchor).toMatch(/^q\d+-\d+$/);
    await docLink.click();
    await expect(page).toHaveURL(/\/doc\/[a-z0-9-]+\/#q\d+-\d+$/);
    await expect(page.locator(`[id="${anchor}"]`)).toBeAttached();
    expect(await page.locator('.doc-text mark').count()).toBeGreaterThan(0);
    await page.goBack();

    // The interactive view (it needs script; without it, the prerendered first view).
    await page.getByTestId('interactive-link').click();
    await expect(page).toHaveURL(/\/\?zone=benxi$/);
    await expect(page.locator('.svgmap svg')).toBeVisible();
  });

  test('a goal whose sentence gives no year says so on its zone’s page, in both languages (not the horizon year)', async ({ page }) => {
    const undated = atlas.goals.filter((g) => g.when);
    expect(undated.length).toBeGreaterThan(0);
    for (const [lang, prefix] of [['zh', ''], ['en', 'en/']] as const) {
      for (const g of undated) {
        const zoneId = g.zones[0] ?? '';
        await page.goto(`${prefix}zone/${zoneId}/`);
        const caption = page.locator('figure.goal figcaption').filter({ hasText: g.title[lang] });
        await expect(caption, `${g.id} on ${prefix}zone/${zoneId}/`).toHaveText(`${g.when?.[lang] ?? ''} · ${g.title[lang]}`);
      }
    }
  });

  test('/en/zone/dalian/ reads in English, with the language pair', async ({ page }) => {
    await page.goto('en/zone/dalian/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByTestId('zone-title')).toHaveText(zone('dalian').name.en);
    await expect(page.getByTestId('zone-facts')).toContainText('National');
    expect(await page.locator('.source').count()).toBeGreaterThan(5);
    expect(await linkTarget(page, 'link[rel="canonical"]')).toBe('/en/zone/dalian/');
    expect(await linkTarget(page, 'link[rel="alternate"][hreflang="zh-CN"]')).toBe('/zone/dalian/');
    expect(await linkTarget(page, 'link[rel="alternate"][hreflang="en"]')).toBe('/en/zone/dalian/');
    expect(await page.getByTestId('interactive-link').getAttribute('href')).toBe('../../../?zone=dalian&lang=en');
    await page.getByTestId('other-lang').click();
    await expect(page).toHaveURL(/\/zone\/dalian\/$/);
    await expect(page.getByTestId('zone-title')).toHaveText(zone('dalian').name.zh);
  });

  test('/en/ reads: the zones, the headline figures and the documents’ goals and tasks in English', async ({ page }) => {
    await page.goto('en/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByTestId('zone-links').getByRole('link')).toHaveCount(atlas.zones.length);
    expect(await page.getByTestId('headline').locator('.figure').count()).toBeGreaterThan(3);
    // Every goal, dated as its sentence dates it, with its source linked to the document.
    const goals = page.getByTestId('goals').locator('figure.goal');
    await expect(goals).toHaveCount(atlas.goals.length);
    for (const g of atlas.goals) {
      const fig = page.locator(`figure.goal[data-goal="${g.id}"]`);
      await expect(fig.locator('figcaption'), g.id).toContainText(`${g.when?.en ?? String(g.year)} · ${g.title.en}`);
      await expect(fig.locator('.source a'), g.id).toHaveAttribute('href', /^\.\.\/doc\//);
    }
    expect(await linkTarget(page, 'link[rel="alternate"][hreflang="zh-CN"]')).toBe('/');
  });

  test('/zh/ reads: the whole province overview in Chinese, every goal, chart figure and target with its source', async ({ page }) => {
    await page.goto('zh/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByTestId('goals').locator('figure.goal')).toHaveCount(atlas.goals.length);
    // What the app's overview draws below its headline (src/panel/overview-view.ts), section by section.
    const sections = ['gdp-share', 'vs-national', 'by-tier', 'province-targets'];
    for (const id of sections) {
      const figures = page.getByTestId(id).locator('li.figure');
      expect(await figures.count(), id).toBeGreaterThan(0);
      for (const f of await figures.all()) await expect(f.locator('.source a').first(), id).toHaveAttribute('href', /^\.\.\/doc\//);
    }
    const view = overviewView(atlas);
    for (const d of view.demos) expect(await page.getByTestId(`demo-${d.scope.id ?? ''}`).locator('li.figure').count(), `demo ${d.scope.id}`).toBe(d.figures.length);
    // Every figure the app's overview shows, none left out.
    const shown = new Set(await page.locator('li.figure').evaluateAll((els) => els.map((e) => e.getAttribute('data-figure'))));
    expect(overviewFigures(view).map((f) => f.id).filter((id) => !shown.has(id))).toEqual([]);
    // Its own address, its languages: English's text home, and the interactive view.
    expect(await linkTarget(page, 'link[rel="canonical"]')).toBe('/zh/');
    expect(await linkTarget(page, '[data-testid="other-lang"]')).toBe('/en/');
    expect(await linkTarget(page, '[data-testid="interactive-link"]')).toBe('/');
  });

  test('the English pages write English punctuation: no （ ： ， from Chinese against English words, outside quotes', async ({ page }) => {
    for (const path of ['en/', ...atlas.zones.map((z) => `en/zone/${z.id}/`)]) {
      await page.goto(path);
      expect(await chinesePunctuationInEnglish(page.locator('body')), path).toEqual([]);
      // Nor is a source glued to the words before it ("QixianlingSource:").
      const glued = await page.locator('.source').evaluateAll((els) => els.flatMap((e) => {
        const before = e.previousSibling;
        return before?.nodeType === Node.TEXT_NODE && /\S$/.test(before.textContent ?? '') ? [`${before.textContent ?? ''}|${e.textContent?.slice(0, 20) ?? ''}`] : [];
      }));
      expect(glued, path).toEqual([]);
    }
  });

  test('each passage in another language says which (WCAG 3.1.2): Chinese and Japanese sources on English pages, an English one on Chinese pages', async ({ page }) => {
    for (const path of ['en/', ...atlas.zones.map((z) => `en/zone/${z.id}/`)]) {
      await page.goto(path);
      expect(await unmarkedCjk(page.locator('body')), path).toEqual([]);
    }
    // China Daily's English words on the Chinese page of Shenyang's zone, and JST's Japanese on Dalian's.
    await page.goto('zone/shenyang/');
    await expect(page.locator('q', { hasText: 'institutions and enterprises in the zone' }).first()).toHaveAttribute('lang', 'en');
    await page.goto('zone/dalian/');
    await expect(page.locator('q', { hasText: 'ソフトウェア開発' }).first()).toHaveAttribute('lang', 'ja');
  });

  test('every zone of the data has both pages', async ({ request }) => {
    for (const z of atlas.zones) {
      for (const path of [`zone/${z.id}/`, `en/zone/${z.id}/`]) {
        const res = await request.get(path);
        expect(res.status(), path).toBe(200);
        expect(await res.text(), path).toContain(`data-zone="${z.id}"`);
      }
    }
  });
});

test('the static pages violate nothing under the strict CSP', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  for (const path of ['', 'zone/benxi/', 'en/zone/dalian/', 'en/', 'zh/', `doc/${atlas.documents[0]?.id ?? ''}/`]) {
    await page.goto(`http://127.0.0.1:${CSP_PORT}/${path}`);
    await expect(page.locator('main')).toBeVisible();
  }
  await page.waitForTimeout(500);
  expect(violations).toEqual([]);
});

/** The sum of layout shifts not caused by input (CLS over the whole load), from a PerformanceObserver set before any script. */
async function observeShifts(page: Page): Promise<() => Promise<number>> {
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number };
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) w.__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return () => page.evaluate(() => (window as unknown as { __cls: number }).__cls);
}

/** Holds the data back, so the prerendered page is on screen before the app can take it over; call the result to let it through. */
async function holdData(page: Page): Promise<() => void> {
  let release = (): void => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/data/atlas.json', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test.describe('taking the prerendered page over', () => {
  // These tests watch the moment before the app is there: goto must not wait for it.
  test.use({ waitForApp: false });

  for (const size of [{ width: 1366, height: 768 }, { width: 412, height: 823 }]) {
    test(`hydration at ${size.width}×${size.height}: the prerendered nodes are kept, no layout shift, interactive after`, async ({ page }) => {
      await page.setViewportSize(size);
      const cls = await observeShifts(page);
      const release = await holdData(page);
      await page.goto('./');
      await expect(page.locator('.svgmap [data-map-zone]')).toHaveCount(atlas.zones.length);
      release();
      // Hydrated: the app's effects have run (they set the page's mode on <html>); the live map is then drawn beside the kept one, at its box's size.
      await expect(page.locator('html[data-mode="explore"]')).toBeAttached();
      await page.waitForTimeout(1000);
      expect(await cls()).toBeLessThanOrEqual(0.02);
      // Interactive: a zone on the map opens its panel.
      await page.locator('[data-map-zone="benxi"]').first().dispatchEvent('click');
      await expect(page.getByTestId('zone-panel')).toBeVisible();
      await expect(page).toHaveURL(/\?zone=benxi/);
      await page.goBack();
      await expect(page.getByTestId('overview')).toBeVisible();
    });
  }

  test('the page paints before the app is fetched: its code and data are requested after the first contentful paint', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('html[data-mode="explore"]')).toBeAttached();
    const t = await page.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
      const loads = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((r) => /\/assets\/.*\.js$|\/data\/atlas\.json$/.test(r.name))
        .map((r) => ({ name: r.name.replace(location.origin, ''), start: r.startTime }));
      return { fcp, loads };
    });
    expect(Number.isFinite(t.fcp)).toBe(true);
    expect(t.loads.length).toBeGreaterThan(1);
    for (const l of t.loads) expect(l.start, l.name).toBeGreaterThanOrEqual(t.fcp);
  });

  for (const [what, target] of [['a zone', 'data-map-zone'], ['a zone\'s name', 'data-map-label']] as const) {
    test(`a click on ${what} before the app is there is not lost: it is done once the app has taken over`, async ({ page }) => {
      const release = await holdData(page);
      await page.goto('./');
      await expect(page.locator('.svgmap [data-map-zone]')).toHaveCount(atlas.zones.length);
      await expect(page.locator('html[data-app="ready"]')).toHaveCount(0);
      await page.locator(`.svgmap [${target}="benxi"]`).click();
      release();
      await expect(page.locator('html[data-app="ready"]')).toBeAttached();
      await expect(page.getByTestId('zone-panel')).toBeVisible();
      await expect(page.getByTestId('panel-title')).toHaveText(zone('benxi').name.zh);
      await expect(page).toHaveURL(/\?zone=benxi/);
    });
  }

  // The kept map (the prerendered one, not hydrated) stands while the live map is drawn beside it, hidden, a
  // layer per task. The page's own script acts at the moment the live map is added (a MutationObserver, which
  // runs in that very task), so the test does not depend on catching the moment from outside.
  for (const act of ['click', 'focus'] as const) {
    test(`during the takeover the kept map works (${act}); then one map, drawn at its box's size`, async ({ page }) => {
      const release = await holdData(page);
      await page.goto('./');
      type Watched = Window & { __acted?: Promise<boolean> };
      // The watch is set before the data goes through, so the moment cannot pass before it.
      await page.evaluate((how) => {
        (window as Watched).__acted = new Promise<boolean>((resolve) => {
          const tryAct = (): boolean => {
            const kept = document.querySelector<SVGGElement>('.island [data-map-zone="benxi"]');
            if (!kept || !document.querySelector('.drawing .svgmap')) return false;
            if (how === 'click') kept.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
            else kept.focus();
            return true;
          };
          const watch = new MutationObserver(() => tryAct() && (watch.disconnect(), resolve(true)));
          watch.observe(document.body, { childList: true, subtree: true });
          setTimeout(() => (watch.disconnect(), resolve(false)), 15_000);
        });
      }, act);
      release();
      expect(await page.evaluate(() => (window as Watched).__acted)).toBe(true);
      await expect(page.locator('html[data-app="ready"]')).toBeAttached();
      await expect(page.locator('.island')).toHaveCount(0);
      await expect(page.locator('[data-map-zone="benxi"]')).toHaveCount(1);
      const box = await page.locator('.svgmap').evaluate((el) => [el.clientWidth, el.clientHeight].join(' '));
      await expect(page.locator('.svgmap svg')).toHaveAttribute('viewBox', `0 0 ${box}`);
      if (act === 'click') {
        await expect(page.getByTestId('panel-title')).toHaveText(zone('benxi').name.zh);
        await expect(page).toHaveURL(/\?zone=benxi/);
      } else {
        // The focus went over to the same zone on the live map.
        await expect(page.locator('[data-map-zone="benxi"]')).toBeFocused();
      }
    });
  }

  test('hydration keeps the prerendered DOM (it is not rendered again)', async ({ page }) => {
    const release = await holdData(page);
    await page.goto('./');
    await page.evaluate(() => document.querySelector('header.app-header h1')?.setAttribute('data-before-hydration', ''));
    release();
    await expect(page.locator('html[data-mode="explore"]')).toBeAttached();
    await page.locator('[data-map-zone="dalian"]').first().dispatchEvent('click');
    await expect(page.getByTestId('zone-panel')).toBeVisible();
    await expect(page.locator('header.app-header h1[data-before-hydration]')).toBeAttached();
  });
});

test('a zone page opens its zone in the interactive view; the static pages pass axe', async ({ page }) => {
  for (const path of ['zone/benxi/', 'en/zone/dalian/', 'en/', 'zh/', `doc/${atlas.documents[0]?.id ?? ''}/`]) {
    await page.goto(path);
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(violations.map((v) => `${path} ${v.id}: ${v.nodes.length}`)).toEqual([]);
  }
  await page.goto('zone/benxi/');
  await page.getByTestId('interactive-link').click();
  await expect(page.getByTestId('zone-panel')).toBeVisible();
  await expect(page.getByTestId('panel-title')).toHaveText(zone('benxi').name.zh);
});
