/**
 * Issue 10, "every sentence a publisher can sign", as a reader meets it: the
 * Source dialog names an outside source's grade and every record's file and
 * id; Dalian's panel shows the 自创区 scope; a grouping link has no arrowhead;
 * a publisher's `min_external_grade: official` build leaves the weaker facts
 * out and the panel says how many. The official build is made here, in the
 * test, with the data build itself (ATLAS_PUBLISH's code path) and served in
 * place of atlas.json, so the shared public/data is not touched.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAtlas } from '../../scripts/data/build.ts';
import type { Atlas } from '../../src/data/types.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const atlas = JSON.parse(readFileSync(join(root, 'public/data/atlas.json'), 'utf8')) as Atlas;

async function open(page: Page, query: string): Promise<void> {
  await page.goto(`./?renderer=fallback&${query}`);
}

test.describe('trust: grades, records, scopes', () => {
  test('the Source dialog shows the record id and file of a figure', async ({ page }) => {
    await open(page, 'zone=dalian');
    const demo = page.getByTestId('panel-targets').locator('[data-scope="demo:dalian"]');
    await expect(demo.locator('summary')).toContainText('大连自创区（高新区、金普新区）');
    const f = demo.locator('[data-figure="dalian-2016.tech-trading-volume"]');
    await f.locator('[data-source-marker]').click();
    const dialog = page.getByTestId('source-dialog');
    await expect(dialog.getByTestId('source-record')).toContainText('data/figures/dalian-2016.yaml');
    await expect(dialog.getByTestId('source-record-id')).toHaveText('dalian-2016.tech-trading-volume');
    await expect(dialog.getByTestId('source-quote')).toContainText('自创区技术交易额');
  });

  test('no Dalian figure says 大连全市', async ({ page }) => {
    await open(page, 'zone=dalian');
    await expect(page.getByTestId('panel-targets')).toBeVisible();
    await expect(page.getByTestId('zone-panel')).not.toContainText('大连全市');
  });

  test('an outside source shows its grade in words, on the chip and in the dialog', async ({ page }) => {
    // 抚顺市东洲区人民政府 on the zone (the district's page on 浑南区's own clusters is no longer claimed for Shenyang's zone).
    await open(page, 'zone=fushun');
    const chip = page.getByTestId('panel-industries').locator('.chip[data-basis="external"][data-industry="petrochem"]');
    await expect(chip).toContainText('外部 · 官方网站');
    await chip.locator('[data-source-marker]').click();
    const dialog = page.getByTestId('source-dialog');
    await expect(dialog.getByTestId('source-grade')).toHaveAttribute('data-grade', 'official');
    await expect(dialog.getByTestId('source-grade')).toContainText('外部 · 官方网站');
    await expect(dialog.getByTestId('source-record')).toContainText('data/industry-claims/external.yaml');
  });

  test('a reprint is called a reprint', async ({ page }) => {
    await open(page, 'zone=yingkou');
    const approved = atlas.zones.find((z) => z.id === 'yingkou')?.approved;
    expect(approved?.source.type === 'external' && approved.source.grade).toBe('reprint');
    await page.getByTestId('zone-panel').locator('[data-source-marker="external"]').first().click();
    await expect(page.getByTestId('source-dialog').getByTestId('source-grade')).toContainText('外部 · 转载网页');
  });

  test('a planned industry is marked 规划', async ({ page }) => {
    await open(page, 'zone=jinzhou');
    const chip = page.getByTestId('panel-industries').locator('.chip[data-basis="external"][data-industry="new-energy"]');
    await expect(chip).toHaveAttribute('data-status', 'planned');
    await expect(chip).toContainText('规划');
    await expect(page.getByTestId('panel-industries').locator('h3')).toHaveText('主导与规划产业');
  });

  test('a grouping link (辽宁中部: Anshan–Fushun) is drawn without an arrowhead', async ({ page }) => {
    const grouping = atlas.links.find((l) => (l.from === 'anshan' && l.to === 'fushun') || (l.from === 'fushun' && l.to === 'anshan'));
    expect(grouping?.directed).toBe(false);
    await open(page, '');
    const path = page.locator(`[data-link="${grouping?.id}"]`).first();
    await expect(path).toHaveAttribute('data-directed', 'false');
    expect(await path.getAttribute('marker-end')).toBeNull();
    // A stated direction (沈本一体化) keeps its arrowhead.
    const shenben = atlas.links.find((l) => l.bases.some((b) => b.id === 'shenben-shenyang-benxi'));
    expect(await page.locator(`[data-link="${shenben?.id}"]`).first().getAttribute('marker-end')).not.toBeNull();
  });
});

test.describe('trust: a publisher that accepts only official sources', () => {
  let official: Atlas;
  test.beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-publish-'));
    const publishFile = join(dir, 'publish.yaml');
    writeFileSync(publishFile, 'min_external_grade: official\n');
    official = buildAtlas({ root, publishFile }).atlas;
  });

  test('the build leaves out the weaker facts and the panel says how many', async ({ page }) => {
    const left = official.publish.omitted.filter((o) => o.zone === 'yingkou');
    expect(left.length).toBeGreaterThan(0);
    expect(official.zones.find((z) => z.id === 'yingkou')?.approved).toBeUndefined();
    expect(official.claims.some((c) => c.source.type === 'external' && c.source.grade !== 'official')).toBe(false);
    await page.route('**/data/atlas.json', (route) => route.fulfill({ json: official }));
    await open(page, 'zone=yingkou');
    const note = page.getByTestId('omitted-note');
    await expect(note).toHaveAttribute('data-count', String(left.length));
    await expect(note).toContainText(`另有${left.length}项外部事实未显示`);
    await expect(note).toContainText('外部 · 官方网站');
    await expect(page.getByTestId('zone-panel').locator('[data-source-marker="external"]')).toHaveCount(0);
  });

  test('official facts stay (Dalian: the zone site)', async ({ page }) => {
    await page.route('**/data/atlas.json', (route) => route.fulfill({ json: official }));
    await open(page, 'zone=dalian');
    await expect(page.getByTestId('zone-panel')).toContainText('1991');
    await expect(page.getByTestId('omitted-note')).toBeVisible();
  });
});
