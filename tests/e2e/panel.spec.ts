/**
 * The zone panel, the province overview, the industry explorer, compare, the
 * source dialog and the data download, against the built app. Expected values
 * come from the built atlas (public/data/atlas.json), read here as the app reads it.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Atlas, Figure, SourceRef } from '../../src/data/types.ts';
import { chinesePunctuationInEnglish } from './english-punctuation.ts';
import { industryMatrix } from '../../src/panel/explorer-view.ts';
import { unmarkedCjk } from './language-of-parts.ts';

const atlas = JSON.parse(readFileSync(new URL('../../public/data/atlas.json', import.meta.url), 'utf8')) as Atlas;
const fig = (id: string): Figure => {
  const f = atlas.figures.find((x) => x.id === id);
  if (!f) throw new Error(`no figure ${id}`);
  return f;
};
/** White space is not part of a quote's identity (the build matches quotes ignoring it). */
const squash = (s: string): string => s.replace(/\s+/g, '');
const shown = (ref: SourceRef): string => squash(ref.type === 'doc' ? ref.display : ref.quote);

/** Opens a source marker and checks that the dialog marks exactly the figure's quote. */
async function expectQuote(page: Page, marker: ReturnType<Page['locator']>, ref: SourceRef): Promise<void> {
  await marker.click();
  const dialog = page.getByTestId('source-dialog');
  await expect(dialog).toBeVisible();
  const mark = dialog.getByTestId('source-quote');
  await expect(mark).toBeVisible();
  expect(squash((await mark.textContent()) ?? '')).toBe(shown(ref));
}

/**
 * Opens the app with the SVG map (the no-WebGL fallback): these tests are about the panels, and the
 * software-rendered WebGL map would only slow them down on a busy machine.
 */
async function open(page: Page, query = ''): Promise<void> {
  const q = new URLSearchParams(query);
  if (!q.has('renderer')) q.set('renderer', 'fallback');
  await page.goto(`./?${q.toString().replace(/%2C/g, ',')}`);
}

async function closeDialog(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('source-dialog')).toBeHidden();
}

test.describe('zone panel', () => {
  test('benxi: facts, industries by basis, tier context, targets with scope, a quote', async ({ page }) => {
    await open(page, 'zone=benxi');
    const panel = page.getByTestId('zone-panel');
    await expect(panel).toHaveAttribute('data-zone', 'benxi');
    await expect(page.getByTestId('panel-title')).toHaveText('本溪高新技术产业开发区');
    // Focus moved into the panel.
    await expect(page.getByTestId('panel-title')).toBeFocused();
    await expect(panel).toContainText('国家级');
    await expect(panel).toContainText('本溪市');
    // Industries: biomedicine named for benxi; a group-basis chip says so and names the group
    // (the full list below the at-a-glance block, which shows the same chips compactly).
    const industries = page.getByTestId('panel-industries');
    await expect(industries.locator('[data-basis="zone"] [data-industry="biomedicine"]')).toBeVisible();
    await expect(page.getByTestId('glance-industries').locator('[data-industry="biomedicine"]').first()).toBeVisible();
    const group = industries.locator('.basis-group[data-basis="group"]');
    await expect(group).toContainText('同组园区');
    await expect(group.locator('.chip').first()).toContainText('组');
    // Incubation: no per-zone figure; the national tier total as labelled context, never divided.
    const inc = page.getByTestId('panel-incubation');
    await expect(inc).toContainText('文件没有单独给出该园区的数据');
    const tier = inc.locator('[data-context="tier:national"]');
    await expect(tier).toContainText('国家级高新区合计');
    await expect(tier.locator('[data-figure="plan-2016.incubating.national"]')).toContainText('1145');
    await expect(inc.locator('[data-context="zones"] [data-figure="plan-2016.incubating.zones"]')).toContainText('1455');
    // Targets grouped and labelled by scope.
    const targets = page.getByTestId('panel-targets');
    const cluster = targets.locator('[data-scope="cluster:benxi"]');
    await expect(cluster.locator('summary')).toContainText('本溪产业集群');
    await cluster.locator('summary').click();
    await expect(cluster.locator('[data-figure="transfer-2018.cluster-sales.benxi"]')).toContainText('75');
    await expect(targets.locator('[data-scope="city:benxi"] summary')).toContainText('本溪市');
    // The tier goal, quoted.
    await expect(page.getByTestId('panel-goals').locator('[data-goal="innovative-parks"]')).toContainText('本溪');
    // At a glance: the zone's own GDP share, and its source quote.
    const gdp = page.getByTestId('glance-own').locator('[data-figure="plan-2016.gdp-share-of-city.benxi"]').first();
    await expect(gdp).toContainText('8');
    await expectQuote(page, gdp.locator('[data-source-marker]'), fig('plan-2016.gdp-share-of-city.benxi').source);
    // "Read the document": the whole text with the quote scrolled into view.
    await page.getByTestId('read-document').click();
    const full = page.getByTestId('source-fulltext');
    await expect(full).toBeVisible();
    await expect(full.locator('mark')).toBeInViewport();
    await closeDialog(page);
    // Focus back on the marker.
    await expect(gdp.locator('[data-source-marker]')).toBeFocused();
  });

  test('dalian: figures against the national average, city and demonstration-zone targets', async ({ page }) => {
    await open(page, 'zone=dalian');
    await expect(page.getByTestId('zone-panel')).toHaveAttribute('data-zone', 'dalian');
    // At a glance: the four indicators against the national average, as one table.
    const peers = page.getByTestId('glance-peers');
    await expect(peers.locator('[data-figure="plan-2016.hightech-share.dalian"]')).toContainText('13.2');
    await expect(peers.locator('[data-peer="plan-2016.hightech-share.national-average"]')).toContainText('30.6');
    await expect(peers).toContainText('全国国家高新区平均');
    const targets = page.getByTestId('panel-targets');
    await expect(targets.locator('[data-scope="demo:shenda"] summary')).toContainText('沈大国家自主创新示范区');
    await expect(targets.locator('[data-scope="city:dalian"] summary')).toContainText('大连市');
    const demo = targets.locator('[data-scope="demo:shenda"]');
    const f = demo.locator('[data-figure="shenda-2016.rd-share-gdp.demo"]');
    await expect(f).toHaveAttribute('data-kind', 'target');
    await expectQuote(page, f.locator('[data-source-marker]'), fig('shenda-2016.rd-share-gdp.demo').source);
    await expect(page.getByTestId('source-dialog')).toContainText('沈大');
    await closeDialog(page);
  });

  test('shenyang: a corrected quote carries the correction note', async ({ page }) => {
    await open(page, 'zone=shenyang');
    const role = page.getByTestId('zone-role');
    await expect(role).toContainText('核心区');
    const ref = atlas.zones.find((z) => z.id === 'shenyang')?.roleSource;
    if (ref?.type !== 'doc' || !ref.corrected) throw new Error('expected a corrected role source for shenyang');
    await expectQuote(page, role.locator('[data-source-marker]').first(), ref);
    const dialog = page.getByTestId('source-dialog');
    await expect(dialog.getByTestId('source-corrected')).toContainText(ref.corrected.zh);
    // The corrected spot is marked inside the quote, with what the seed had there.
    await expect(dialog.getByTestId('source-quote').locator('ins.corr').first()).toHaveText('大连');
    await closeDialog(page);
    // External (public-source) industries are marked as such.
    await expect(page.getByTestId('panel-industries').locator('.basis-group[data-basis="external"]')).toContainText('外部公开来源');
  });

  test('the correction note is punctuated as its language writes it (no full-width colon in English)', async ({ page }) => {
    const ref = atlas.zones.find((z) => z.id === 'shenyang')?.roleSource;
    if (ref?.type !== 'doc' || !ref.corrected) throw new Error('expected a corrected role source for shenyang');
    for (const [lang, label] of [['zh', '显示文本已更正：'], ['en', 'Corrected for display: ']] as const) {
      await open(page, `zone=shenyang&lang=${lang}`);
      await page.getByTestId('zone-role').locator('[data-source-marker]').first().click();
      await expect(page.getByTestId('source-corrected')).toHaveText(`${label}${ref.corrected[lang]}`);
      await closeDialog(page);
    }
  });

  test('English panels and source dialogs write English punctuation (the record line, the seed\'s defects, every zone)', async ({ page }) => {
    for (const z of atlas.zones) {
      await open(page, `zone=${z.id}&lang=en`);
      expect(await chinesePunctuationInEnglish(page.getByTestId('zone-panel')), z.id).toEqual([]);
    }
    // A figure's source: the dialog names the seed's defects and the data record ("Record: data/…").
    await page.getByTestId('zone-role').locator('[data-source-marker]').first().click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByTestId('source-record')).toBeVisible();
    expect(await chinesePunctuationInEnglish(dialog)).toEqual([]);
  });

  test('in English, every Chinese or Japanese passage says its language (WCAG 3.1.2): panels, an outside source\'s dialog', async ({ page }) => {
    for (const z of atlas.zones) {
      await open(page, `zone=${z.id}&lang=en`);
      expect(await unmarkedCjk(page.getByTestId('zone-panel')), z.id).toEqual([]);
    }
    // Dalian's approval rests on the zone's own site, in Chinese: its title, publisher and words.
    await open(page, 'zone=dalian&lang=en');
    await page.getByTestId('zone-panel').locator('[data-source-marker="external"]').first().click();
    const dialog = page.getByTestId('source-dialog');
    await expect(dialog.getByTestId('source-quote')).toBeVisible();
    expect(await unmarkedCjk(dialog)).toEqual([]);
    await expect(dialog.getByTestId('source-context')).toHaveAttribute('lang', 'zh-CN');
  });

  test('suizhong (provincial): provincial tier context, no invented targets, approximate location', async ({ page }) => {
    await open(page, 'zone=suizhong&lang=en');
    await expect(page.getByTestId('panel-title')).toHaveText('Suizhong Hi-Tech Industrial Development Zone');
    await expect(page.getByTestId('approximate')).toBeVisible();
    const inc = page.getByTestId('panel-incubation');
    await expect(inc.locator('[data-context="tier:provincial"] [data-figure="plan-2016.incubating.provincial"]')).toContainText('310');
    await expect(inc.locator('[data-figure^="plan-2016.incubating.national"]')).toHaveCount(0);
    await expect(page.getByTestId('panel-targets')).toContainText(/no quantitative target/i);
    await expect(page.getByTestId('panel-other').locator('[data-context="tier:provincial"]')).toBeVisible();
  });

  test('Esc closes the panel and focus goes back to the zone on the map', async ({ page }) => {
    await open(page);
    const zone = page.locator('[data-map-zone="yingkou"]');
    await zone.click();
    await expect(page.getByTestId('panel-title')).toBeFocused();
    await expect(page).toHaveURL(/zone=yingkou/);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('zone-panel')).toHaveCount(0);
    await expect(page.getByTestId('overview')).toBeVisible();
    await expect(page.locator('[data-map-zone="yingkou"]')).toBeFocused();
  });
});

test.describe('overview, explorer, compare', () => {
  test('the overview shows the 2015 headline figures and loads no chart code off screen', async ({ page }) => {
    const echarts: string[] = [];
    page.on('request', (r) => r.url().includes('echarts') && echarts.push(r.url()));
    await page.setViewportSize({ width: 1366, height: 768 });
    await open(page);
    const ov = page.getByTestId('overview');
    await expect(ov.locator('[data-figure="plan-2016.zone-count.zones"]')).toContainText('15');
    await expect(ov.locator('[data-figure="plan-2016.incubating.zones"]').first()).toContainText('1455');
    await expect(ov.locator('[data-card="incubating-enterprises"] [data-figure="plan-2016.incubating.provincial"]')).toContainText('310');
    // A tile's parts stay inside its border: nothing squeezed out of a narrow column.
    const card = ov.locator('[data-card="hightech-enterprises"]');
    const part = await card.locator('[data-figure="plan-2016.hightech-enterprises.province"]').boundingBox();
    const tile = await card.boundingBox();
    expect(part && tile && part.x + part.width <= tile.x + tile.width + 0.5 && part.x >= tile.x).toBe(true);
    await page.waitForTimeout(500);
    expect(echarts).toEqual([]);
    // Scrolled to the charts, ECharts loads and draws them; each keeps its text alternative.
    await ov.locator('#ov-gdp').scrollIntoViewIfNeeded();
    await expect(page.locator('[data-chart="drawn"]').first()).toBeVisible();
    await expect(page.locator('[data-chart="drawn"] [role="img"]').first()).toHaveAttribute('aria-label', /GDP/);
    await expect(page.locator('[data-chart="drawn"] table').first()).toContainText('16.9%');
    await expect(ov.getByTestId('province-targets')).toBeAttached();
  });

  test('the zones × industries matrix writes each cell\'s own basis (市 for a city sentence, never 组 for it)', async ({ page }) => {
    await open(page, 'industry=robotics');
    const section = page.locator('section[aria-labelledby="ex-matrix"]');
    await section.scrollIntoViewIfNeeded();
    await expect(section.locator('[data-chart="drawn"]')).toBeVisible();
    const marks = { zone: '本', group: '组', city: '市', demo: '示', external: '外' } as const;
    const want: Record<string, number> = {};
    for (const c of industryMatrix(atlas)) want[marks[c.basis]] = (want[marks[c.basis]] ?? 0) + 1;
    expect(want['市'] ?? 0).toBeGreaterThan(0);
    const drawn = await section.locator('[data-chart="drawn"] svg text').evaluateAll((els, set) => {
      const n: Record<string, number> = {};
      for (const e of els) {
        const t = e.textContent ?? '';
        if (set.includes(t)) n[t] = (n[t] ?? 0) + 1;
      }
      return n;
    }, Object.values(marks) as string[]);
    expect(drawn).toEqual(want);
  });

  test('the explorer marks a claim resting on a task as planned (规划), as the panel does: a task is not a fact', async ({ page }) => {
    const planned = atlas.claims.filter((c) => c.industry === 'robotics' && c.status === 'planned');
    expect(planned.length).toBeGreaterThan(0);
    await open(page, 'industry=robotics');
    await expect(page.getByTestId('explorer-zones').locator('li.claim [data-status="planned"]')).toHaveCount(planned.length);
    await expect(page.getByTestId('explorer-zones').locator('h3')).toContainText('涉及“机器人”的园区');
  });

  test('the industry filter lists and highlights the zones that have the industry', async ({ page }) => {
    await open(page, 'industry=biomedicine');
    const expected = new Set(atlas.claims.filter((c) => c.industry === 'biomedicine').map((c) => c.zone));
    const list = page.getByTestId('explorer-zones');
    await expect(list).toBeVisible();
    const listed = await list.locator('li[data-zone]').evaluateAll((els) => els.map((e) => e.getAttribute('data-zone')));
    expect(new Set(listed)).toEqual(expected);
    // On the map: the zones with the industry stand out, marked with their strongest basis (a weaker basis
    // a little fainter: 1 for a sentence naming the zone, down to 0.7 for an outside source); the others dimmed.
    for (const z of atlas.zones) {
      const el = page.locator(`[data-map-zone="${z.id}"]`);
      const op = Number((await el.getAttribute('opacity')) ?? '1');
      if (expected.has(z.id)) {
        expect(op, z.id).toBeGreaterThanOrEqual(0.7);
        await expect(el, z.id).toHaveAttribute('data-basis', /^(zone|group|demo|city|external)$/);
      } else {
        expect(op, z.id).toBeLessThan(0.5);
        await expect(el, z.id).not.toHaveAttribute('data-basis', /./);
      }
    }
    // Changing the filter changes the URL.
    await page.getByTestId('industry-filter').selectOption('lasers');
    await expect(page).toHaveURL(/industry=lasers/);
    const lasers = new Set(atlas.claims.filter((c) => c.industry === 'lasers').map((c) => c.zone));
    await expect(list.locator('li[data-zone]')).toHaveCount(lasers.size);
  });

  test('compare shows both zones side by side', async ({ page }) => {
    await open(page, 'compare=anshan,benxi');
    const cmp = page.getByTestId('compare');
    await expect(cmp.locator('thead th[data-zone]')).toHaveCount(2);
    await expect(cmp.locator('th[data-zone="anshan"]')).toContainText('鞍山');
    await expect(cmp.locator('th[data-zone="benxi"]')).toContainText('本溪');
    await expect(cmp.locator('[data-figure="plan-2016.gdp-share-of-city.anshan"]')).toContainText('2.5');
    await expect(cmp.locator('[data-figure="plan-2016.gdp-share-of-city.benxi"]')).toContainText('8');
    // The plan states these as existing, with no year: the cell says so, not "2015" (src/panel/when.ts).
    await expect(cmp.locator('[data-figure="plan-2016.gdp-share-of-city.anshan"] .meta')).toHaveText('现有（据2016年规划）');
  });

  test('adding zones to compare from the panel', async ({ page }) => {
    await open(page, 'zone=anshan');
    await page.getByTestId('compare-toggle').click();
    await expect(page.getByTestId('compare-tray')).toContainText('鞍山');
    await page.locator('[data-map-zone="benxi"]').click();
    await expect(page.getByTestId('zone-panel')).toHaveAttribute('data-zone', 'benxi');
    await page.getByTestId('compare-toggle').click();
    await page.getByTestId('compare-view').click();
    await expect(page).toHaveURL(/compare=anshan,benxi/);
    await expect(page.getByTestId('compare').locator('thead th[data-zone]')).toHaveCount(2);
  });
});

test.describe('download', () => {
  test("the zone's CSV has a BOM, a header and one row per figure shown, each with its quote", async ({ page }) => {
    await open(page, 'zone=benxi');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-csv').click()]);
    expect(download.suggestedFilename()).toBe('liaoning-hightech-benxi.csv');
    const path = await download.path();
    const text = readFileSync(path, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('id,metric,label_zh,label_en,scope,value,up_to,written,unit,comparator,year,when,kind,document,document_title,quote,url');
    const count = Number((await page.locator('.download .count').textContent())?.match(/\d+/)?.[0]);
    expect(lines).toHaveLength(count + 1);
    const gdp = lines.find((l) => l.startsWith('plan-2016.gdp-share-of-city.benxi,'));
    expect(gdp).toContain(',zone:benxi,8,');
    expect(gdp).toContain(fig('plan-2016.gdp-share-of-city.benxi').source.quote.slice(0, 20));
    expect(lines.some((l) => l.startsWith('transfer-2018.cluster-sales.benxi,'))).toBe(true);
    expect(lines.some((l) => l.startsWith('plan-2016.incubating.national,'))).toBe(true);
  });

  test('all figures as JSON from the overview', async ({ page }) => {
    await open(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('overview').getByTestId('download-json').click()]);
    const data = JSON.parse(readFileSync(await download.path(), 'utf8')) as { figures: { id: string; quote: string }[] };
    expect(data.figures).toHaveLength(atlas.figures.length);
    for (const r of data.figures) expect(r.quote.length).toBeGreaterThan(0);
  });
});

test.describe('robustness and accessibility', () => {
  test('200 zone switches leave a bounded number of chart instances', async ({ page }) => {
    test.slow();
    // A tall window: every chart of a panel is on screen, so each switch exercises them.
    await page.setViewportSize({ width: 1366, height: 4000 });
    await open(page, 'zone=shenyang');
    await expect(page.locator('[data-chart="drawn"]').first()).toBeVisible();
    const ids = atlas.zones.map((z) => z.id);
    const result = await page.evaluate(async (zoneIds) => {
      const frame = (): Promise<void> => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const times: number[] = [];
      let max = 0;
      for (let i = 0; i < 200; i++) {
        const id = zoneIds[i % zoneIds.length] ?? 'shenyang';
        const t0 = performance.now();
        history.pushState(null, '', `?zone=${id}&renderer=fallback`);
        dispatchEvent(new PopStateEvent('popstate'));
        await frame();
        times.push(performance.now() - t0);
        if (document.querySelector('[data-testid="zone-panel"]')?.getAttribute('data-zone') !== id) throw new Error(`panel not on ${id}`);
        max = Math.max(max, Number(document.documentElement.dataset.charts ?? '0'));
      }
      times.sort((a, b) => a - b);
      return { max, p95: times[Math.floor(times.length * 0.95)] ?? 0, final: Number(document.documentElement.dataset.charts ?? '0') };
    }, ids);
    console.log(`zone switch p95 ${result.p95.toFixed(1)} ms, max live charts ${result.max}`);
    // A zone panel has at most two charts (GDP share, against the national average).
    expect(result.max).toBeLessThanOrEqual(2);
    await page.waitForTimeout(300);
    const live = Number(await page.evaluate(() => document.documentElement.dataset.charts ?? '0'));
    expect(live).toBe(await page.locator('[data-chart="drawn"]').count());
    // Back to the overview: the panel's charts are disposed.
    await page.evaluate(() => {
      history.pushState(null, '', './?renderer=fallback');
      dispatchEvent(new PopStateEvent('popstate'));
    });
    await expect(page.getByTestId('overview')).toBeVisible();
    await page.waitForTimeout(300);
    expect(Number(await page.evaluate(() => document.documentElement.dataset.charts ?? '0'))).toBe(await page.locator('[data-chart="drawn"]').count());
  });

  for (const lang of ['zh', 'en'] as const) {
    test(`axe finds no violations with a zone panel and the source dialog open (${lang})`, async ({ page }) => {
      test.slow();
      await open(page, `zone=dalian&lang=${lang}`);
      await expect(page.getByTestId('zone-panel')).toBeVisible();
      await page.locator('.panel').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
      await expect(page.locator('[data-chart="drawn"]').first()).toBeVisible();
      const panel = await new AxeBuilder({ page }).include('#panel').analyze();
      expect(panel.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      const whole = await new AxeBuilder({ page }).analyze();
      expect(whole.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      // A marker of the at-a-glance figures (the wider figures' own markers sit in a fold below the charts).
      await page.getByTestId('glance').locator('[data-source-marker]').first().click();
      await expect(page.getByTestId('source-quote')).toBeVisible();
      const dialog = await new AxeBuilder({ page }).include('[data-testid="source-dialog"]').analyze();
      expect(dialog.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
});
