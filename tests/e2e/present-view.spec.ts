/**
 * The presenter view (issue 13, item 2): P (or the button) opens a second window
 * at the same address plus view=presenter; keys in either window move both; the
 * timer runs and resets; the countdown and the wall clock show; the step grid
 * jumps; the audience window never contains note text; closing the presenter
 * window leaves the audience where it is; it works from inside an iframe.
 * The SVG map (?renderer=fallback) keeps the audience window light.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync, mkdirSync } from 'node:fs';
import type { Atlas } from '../../src/data/types.ts';
import { formatFigure } from '../../src/i18n/format.ts';

const DIST = process.env.PW_DIST ?? 'dist';
const atlas = JSON.parse(readFileSync(`${DIST}/data/atlas.json`, 'utf8')) as Atlas;
const story = atlas.story;
const N = story.length;
const id = (i: number): string => story[i]?.id ?? '';

async function openPresenter(page: Page, how: 'key' | 'button' = 'key'): Promise<Page> {
  await expect(page.getByTestId('presenter')).toBeVisible();
  const popup = page.waitForEvent('popup');
  if (how === 'key') await page.keyboard.press('p');
  else await page.getByTestId('story-presenter').click();
  const pv = await popup;
  await expect(pv.getByTestId('presenter-view')).toBeVisible();
  await expect(pv.getByTestId('presenter-view')).toHaveAttribute('data-connected', 'true');
  return pv;
}

const audienceStep = (page: Page) => page.getByTestId('presenter');
const presenterStep = (pv: Page) => pv.getByTestId('presenter-view');

test('P opens the presenter view at the same address plus view=presenter, with the step, its notes and the next step', async ({ page }) => {
  await page.goto('./?mode=present&renderer=fallback&step=3');
  await expect(audienceStep(page)).toHaveAttribute('data-step', id(2));
  const pv = await openPresenter(page);
  const u = new URL(pv.url());
  expect(u.pathname).toBe(new URL(page.url()).pathname);
  expect(u.searchParams.get('view')).toBe('presenter');
  expect(u.searchParams.get('mode')).toBe('present');
  expect(u.searchParams.get('step')).toBe('3');
  await expect(presenterStep(pv)).toHaveAttribute('data-step', id(2));
  await expect(pv.getByTestId('pv-caption')).toHaveText(story[2]?.caption.zh ?? '');
  await expect(pv.getByTestId('pv-notes')).toHaveText(story[2]?.notes.zh ?? '');
  await expect(pv.getByTestId('pv-next')).toContainText(story[3]?.title.zh ?? '');
  await expect(pv.getByTestId('pv-counter')).toHaveText(`3 / ${N}`);
  // The grid lists every step.
  await expect(pv.locator('[data-testid^="pv-goto-"]')).toHaveCount(N);
  // The presenter window has no map.
  await expect(pv.locator('[data-map-zone]')).toHaveCount(0);
});

test('keys in each window move the other: PageDown/PageUp, Home/End, ".", F5, the grid, Esc', async ({ page }) => {
  await page.goto('./?mode=present&renderer=fallback');
  const pv = await openPresenter(page, 'button');
  // In the presenter window.
  await pv.keyboard.press('PageDown');
  await expect(audienceStep(page)).toHaveAttribute('data-step', id(1));
  await expect(presenterStep(pv)).toHaveAttribute('data-step', id(1));
  await pv.keyboard.press('End');
  await expect(audienceStep(page)).toHaveAttribute('data-step', id(N - 1));
  await expect(presenterStep(pv)).toHaveAttribute('data-step', id(N - 1));
  await expect(pv.getByTestId('pv-next')).toContainText('最后一步');
  await pv.keyboard.press('PageUp');
  await expect(audienceStep(page)).toHaveAttribute('data-step', id(N - 2));
  await pv.keyboard.press('Home');
  await expect(audienceStep(page)).toHaveAttribute('data-step', id(0));
  // In the audience window.
  await page.bringToFront();
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(presenterStep(pv)).toHaveAttribute('data-step', id(2));
  await expect(pv.getByTestId('pv-notes')).toHaveText(story[2]?.notes.zh ?? '');
  await page.keyboard.press('End');
  await expect(presenterStep(pv)).toHaveAttribute('data-step', id(N - 1));
  await page.keyboard.press('F5');
  await expect(presenterStep(pv)).toHaveAttribute('data-step', id(0));
  // Blank from the presenter window, back with any key there.
  await pv.bringToFront();
  await pv.keyboard.press('.');
  await expect(page.getByTestId('story-blank')).toBeVisible();
  await expect(pv.getByTestId('pv-blanked')).toBeVisible();
  await pv.keyboard.press('x');
  await expect(page.getByTestId('story-blank')).toHaveCount(0);
  await expect(pv.getByTestId('pv-blanked')).toHaveCount(0);
  // The grid jumps both.
  await pv.getByTestId('pv-goto-7').click();
  await expect(audienceStep(page)).toHaveAttribute('data-step', id(6));
  await expect(presenterStep(pv)).toHaveAttribute('data-step', id(6));
  await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe('7');
  await pv.keyboard.press('F5');
  await expect(audienceStep(page)).toHaveAttribute('data-step', id(0));
  // Esc in the presenter window ends the presentation in the audience window.
  await pv.keyboard.press('Escape');
  await expect(page.getByTestId('presenter')).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('data-mode', 'explore');
  await expect(pv.getByTestId('pv-status')).toContainText('已退出演示');
});

test('the timer runs and resets on a click; the countdown and the wall clock show', async ({ page }) => {
  await page.goto('./?mode=present&renderer=fallback&duration=20&lang=en');
  const pv = await openPresenter(page);
  const elapsed = pv.getByTestId('pv-elapsed');
  await expect(elapsed).toContainText('0:0');
  await expect(elapsed).toContainText(/0:0[2-9]/, { timeout: 10_000 });
  await expect(pv.getByTestId('pv-remaining')).toContainText(/19:5\d/);
  await expect(pv.getByTestId('pv-clock')).toContainText(/\d\d:\d\d/);
  await pv.setViewportSize({ width: 1280, height: 800 });
  mkdirSync('test-results/screenshots', { recursive: true });
  await pv.screenshot({ path: 'test-results/screenshots/presenter-view-1280x800.png' });
  await elapsed.click();
  await expect(elapsed).toContainText(/0:0[01]/);
  // Without duration= there is no countdown.
  await pv.goto(pv.url().replace('&duration=20', ''));
  await expect(pv.getByTestId('presenter-view')).toBeVisible();
  await expect(pv.getByTestId('pv-remaining')).toHaveCount(0);
});

test('the audience window never contains note text, at any step, in either language', async ({ page }) => {
  test.setTimeout(120_000);
  for (const lang of ['zh', 'en'] as const) {
    await page.goto(`./?mode=present&renderer=fallback&lang=${lang}`);
    for (let i = 0; i < N; i++) {
      await expect(audienceStep(page)).toHaveAttribute('data-step', id(i));
      const html = await page.evaluate(() => document.documentElement.outerHTML);
      for (const s of story) expect(html.includes(s.notes[lang]), `${lang} note of ${s.id} at step ${i + 1}`).toBe(false);
      await page.keyboard.press('PageDown');
    }
  }
});

test('closing the presenter window leaves the audience window where it is', async ({ page }) => {
  await page.goto('./?mode=present&renderer=fallback&step=5');
  const pv = await openPresenter(page);
  await pv.keyboard.press('PageDown');
  await expect(audienceStep(page)).toHaveAttribute('data-step', id(5));
  await pv.close();
  await page.waitForTimeout(300);
  await expect(audienceStep(page)).toHaveAttribute('data-step', id(5));
  await expect(page.locator('html')).toHaveAttribute('data-mode', 'present');
  // P opens it again, at the same step.
  const again = await openPresenter(page);
  await expect(presenterStep(again)).toHaveAttribute('data-step', id(5));
});

test('a message from any other window is ignored', async ({ page, baseURL }) => {
  await page.goto('./?mode=present&renderer=fallback&step=2');
  const pv = await openPresenter(page);
  // Another page of the same origin, not the opened window, sends a perfectly formed command.
  const other = await page.context().newPage();
  await other.goto(`${baseURL}embed-example.html`);
  await page.evaluate(() => {
    window.postMessage({ type: 'liaoning-atlas:story-command', version: 1, command: 'last' }, '*');
  });
  await page.waitForTimeout(300);
  await expect(audienceStep(page)).toHaveAttribute('data-step', id(1));
  await expect(presenterStep(pv)).toHaveAttribute('data-step', id(1));
  await other.close();
});

test('from inside an iframe: P in the frame opens the presenter view, and it drives the frame', async ({ page, baseURL }) => {
  await page.setContent(`<!doctype html><title>host</title><p>Host page</p>
    <iframe title="atlas" src="${baseURL}?mode=present&renderer=fallback" width="1100" height="640"></iframe>`);
  const frame = page.frameLocator('iframe');
  await expect(frame.getByTestId('presenter')).toHaveAttribute('data-step', id(0));
  await frame.getByTestId('story-caption').click();
  const popup = page.waitForEvent('popup');
  await page.keyboard.press('p');
  const pv = await popup;
  await expect(pv.getByTestId('presenter-view')).toHaveAttribute('data-connected', 'true');
  await pv.keyboard.press('PageDown');
  await expect(frame.getByTestId('presenter')).toHaveAttribute('data-step', id(1));
  await expect(presenterStep(pv)).toHaveAttribute('data-step', id(1));
});

test('opened on its own (no audience window) it says so and still steps through the notes', async ({ page }) => {
  await page.goto('./?mode=present&view=presenter&lang=en');
  await expect(page.getByTestId('presenter-view')).toHaveAttribute('data-connected', 'false');
  await expect(page.getByTestId('pv-status')).toContainText('Not connected');
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('presenter-view')).toHaveAttribute('data-step', id(1));
  await expect(page.getByTestId('pv-notes')).toHaveText(story[1]?.notes.en ?? '');
});

test('the key figures read as the audience sees them: "1,145 enterprises" in English, 1145家 in Chinese', async ({ page }) => {
  const at = story.findIndex((s) => (s.figures ?? []).some((f) => ['enterprises', 'institutions'].includes(atlas.figures.find((x) => x.id === f)?.unit ?? '')));
  const figures = (story[at]?.figures ?? []).flatMap((f) => atlas.figures.find((x) => x.id === f) ?? []);
  expect(figures.length).toBeGreaterThan(0);
  for (const lang of ['en', 'zh'] as const) {
    await page.goto(`./?mode=present&view=presenter&step=${at + 1}&lang=${lang}`);
    const values = page.getByTestId('presenter-view').locator('.figures .value');
    await expect(values).toHaveText(figures.map((f) => formatFigure(f, lang).text));
  }
  // The gap is the one the formatter writes: a space in English, none in Chinese (never "1,145enterprises").
  expect(formatFigure(figures[0]!, 'en').text).toMatch(/\d [a-z]/);
});

for (const lang of ['zh', 'en'] as const) {
  test(`axe: no violations in the presenter view (${lang})`, async ({ page }) => {
    await page.goto(`./?mode=present&view=presenter&duration=15&step=9&lang=${lang}`);
    await expect(page.getByTestId('pv-notes')).toBeVisible();
    const r = await new AxeBuilder({ page }).analyze();
    expect(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
