/**
 * The presenter view from the portable file (file://, origin "null"): P opens
 * the second window, keys in each window move the other, the audience window
 * shows no notes. The windows accept each other by event.source, not by origin.
 * Needs the portable file: npm run portable -- --dist <dist>.
 */
import { test, expect } from './fixtures.ts';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Atlas } from '../../src/data/types.ts';

const DIST = process.env.PW_DIST ?? 'dist';
const source = join(DIST, 'liaoning-atlas.html');
const atlas = JSON.parse(readFileSync('public/data/atlas.json', 'utf8')) as Atlas;
let folder = '';
let fileUrl = '';

test.beforeAll(() => {
  if (!existsSync(source)) throw new Error(`${source} is missing: run npm run portable -- --dist ${DIST}`);
  folder = mkdtempSync(join(tmpdir(), 'atlas-usb-'));
  copyFileSync(source, join(folder, 'liaoning-atlas.html'));
  fileUrl = pathToFileURL(join(folder, 'liaoning-atlas.html')).href;
});
test.afterAll(() => rmSync(folder, { recursive: true, force: true }));

test('from file://: P opens the presenter view and the two windows drive each other', async ({ page }) => {
  await page.goto(`${fileUrl}?mode=present&renderer=fallback&steps=title,two-cores,zone-benxi,targets-demo`);
  await expect(page.getByTestId('presenter')).toHaveAttribute('data-step', 'title');
  expect(await page.evaluate(() => location.protocol)).toBe('file:');
  const popup = page.waitForEvent('popup');
  await page.keyboard.press('p');
  const pv = await popup;
  expect(pv.url().startsWith(fileUrl)).toBe(true);
  expect(new URL(pv.url()).searchParams.get('view')).toBe('presenter');
  await expect(pv.getByTestId('presenter-view')).toHaveAttribute('data-connected', 'true');
  await expect(pv.getByTestId('pv-counter')).toHaveText('1 / 4');
  await pv.keyboard.press('PageDown');
  await expect(page.getByTestId('presenter')).toHaveAttribute('data-step', 'two-cores');
  await expect(pv.getByTestId('pv-notes')).toHaveText(atlas.story.find((s) => s.id === 'two-cores')?.notes.zh ?? '');
  await page.bringToFront();
  await page.keyboard.press('End');
  await expect(pv.getByTestId('presenter-view')).toHaveAttribute('data-step', 'targets-demo');
  // The file carries the data (notes included) in an inline script; what the page renders has none of them.
  const text = await page.evaluate(() => document.body.innerText + [...document.querySelectorAll('body *:not(script)')].map((e) => e.getAttribute('aria-label') ?? '').join(' '));
  for (const s of atlas.story) expect(text.includes(s.notes.zh), s.id).toBe(false);
  await pv.close();
  await expect(page.getByTestId('presenter')).toHaveAttribute('data-step', 'targets-demo');
});
