/**
 * A story for this meeting (issue 13, item 3): ?steps= plays the listed story
 * steps only, in the order given; unknown ids are dropped with a notice; the
 * Share dialog ticks and orders steps and gives the link (and the portable
 * file's address) with them.
 */
import { test, expect } from './fixtures.ts';
import { readFileSync } from 'node:fs';
import type { Atlas } from '../../src/data/types.ts';

const DIST = process.env.PW_DIST ?? 'dist';
const atlas = JSON.parse(readFileSync(`${DIST}/data/atlas.json`, 'utf8')) as Atlas;
const titleOf = (id: string): string => atlas.story.find((s) => s.id === id)?.title.zh ?? '';

test('steps= plays the listed steps only, in that order, and stays on them', async ({ page }) => {
  const ids = ['title', 'two-cores', 'zone-benxi', 'targets-demo'];
  await page.goto(`./?mode=present&renderer=fallback&steps=${ids.join(',')}`);
  const presenter = page.getByTestId('presenter');
  for (let i = 0; i < ids.length; i++) {
    await expect(presenter).toHaveAttribute('data-step', ids[i] ?? '');
    await expect(page.getByTestId('story-title')).toHaveText(titleOf(ids[i] ?? ''));
    await expect(page.getByTestId('story-counter')).toContainText(`${i + 1} / ${ids.length}`);
    await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe(String(i + 1));
    await page.keyboard.press('PageDown');
  }
  // At the end it stays on the last listed step; the steps= list stays in the address.
  await expect(presenter).toHaveAttribute('data-step', 'targets-demo');
  expect(new URL(page.url()).searchParams.get('steps')).toBe(ids.join(','));
  await page.keyboard.press('Home');
  await expect(presenter).toHaveAttribute('data-step', 'title');
  await page.keyboard.press('End');
  await expect(presenter).toHaveAttribute('data-step', 'targets-demo');
  // Reloading at step 3 of the list opens that step.
  await page.goto(`./?mode=present&renderer=fallback&steps=${ids.join(',')}&step=3`);
  await expect(presenter).toHaveAttribute('data-step', 'zone-benxi');
});

test('unknown ids in steps= are dropped with a notice; the rest play', async ({ page }) => {
  await page.goto('./?mode=present&renderer=fallback&steps=zone-dalian,cores,<img>,title');
  await expect(page.getByTestId('presenter')).toHaveAttribute('data-step', 'zone-dalian');
  await expect(page.getByTestId('story-counter')).toContainText('1 / 2');
  const notices = page.getByTestId('notices');
  await expect(notices).toContainText('steps=cores');
  await expect(notices).toContainText('steps=<img>');
  await expect(page.locator('img')).toHaveCount(0);
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('presenter')).toHaveAttribute('data-step', 'title');
  expect(new URL(page.url()).searchParams.get('steps')).toBe('zone-dalian,title');
});

test('the Share dialog ticks and orders steps and gives the presentation link and the portable file’s address', async ({ page }) => {
  await page.goto('./?renderer=fallback&lang=en');
  await page.getByRole('button', { name: /share/i }).first().click();
  const dialog = page.getByTestId('share-dialog');
  await expect(dialog.getByTestId('share-steps')).toBeVisible();
  await dialog.getByRole('button', { name: 'None', exact: true }).click();
  await expect(dialog.getByTestId('copy-steps-link')).toBeDisabled();
  for (const id of ['title', 'two-cores', 'zone-benxi']) await dialog.getByTestId(`share-step-${id}`).check();
  // zone-benxi before two-cores: move it up past two-cores and the steps between.
  const order = atlas.story.map((s) => s.id);
  const from = order.indexOf('zone-benxi');
  const to = order.indexOf('two-cores');
  for (let i = from; i > to; i--) await dialog.getByTestId('share-up-zone-benxi').click();
  const link = await dialog.getByTestId('share-steps-link').inputValue();
  const u = new URL(link);
  expect(u.searchParams.get('mode')).toBe('present');
  expect(u.searchParams.get('lang')).toBe('en');
  expect(u.searchParams.get('steps')).toBe('title,zone-benxi,two-cores');
  const portable = await dialog.getByTestId('share-steps-portable').inputValue();
  expect(portable).toBe(`liaoning-atlas.html${u.search}`);
  // The link plays exactly those steps.
  await page.goto(`${link}&renderer=fallback`);
  await expect(page.getByTestId('presenter')).toHaveAttribute('data-step', 'title');
  await expect(page.getByTestId('story-counter')).toContainText('1 / 3');
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('presenter')).toHaveAttribute('data-step', 'zone-benxi');
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('presenter')).toHaveAttribute('data-step', 'two-cores');
});
