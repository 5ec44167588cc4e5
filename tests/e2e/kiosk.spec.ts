/**
 * Kiosk soak (issue #6 item 5): ?mode=present&autoplay=<s> fast-forwarded by
 * Playwright's clock through 8 hours of steps, sampling the JS heap (after a
 * forced GC) and the DOM node and listener counts over CDP.
 *
 * It runs on the SVG map (?renderer=fallback): under a fake clock MapLibre's
 * animation frames only advance with the clock, and 8 hours of software-WebGL
 * frames would take hours of real time on this machine. The presenter, the
 * app state, the URL sync and the map's highlight/selection are all exercised.
 */
import type { CDPSession, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { readFileSync } from 'node:fs';
import type { Atlas } from '../../src/data/types.ts';

const atlas = JSON.parse(readFileSync('public/data/atlas.json', 'utf8')) as Atlas;
const N = atlas.story.length;
const INTERVAL_S = 28; // 8 h / 28 s = 1,028 steps
const HOURS = Number(process.env.KIOSK_HOURS ?? 8); // KIOSK_HOURS=72 for a longer soak
const MB = 1024 * 1024;

interface Sample { heap: number; nodes: number; listeners: number }

async function sample(cdp: CDPSession): Promise<Sample> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  return { heap: usedSize, nodes: dom.nodes, listeners: dom.jsEventListeners };
}

const stepIndex = async (page: Page): Promise<number> => Number(await page.getByTestId('presenter').getAttribute('data-step-index'));

test('autoplay loops for 8 hours without growing memory, DOM or listeners', async ({ page }) => {
  test.setTimeout(20 * 60_000);
  await page.clock.install();
  await page.goto(`./?mode=present&autoplay=${INTERVAL_S}&renderer=fallback`);
  await expect(page.getByTestId('presenter')).toHaveAttribute('data-step-index', '1');
  await expect(page.getByTestId('story-autoplay')).toBeVisible();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');

  // Warm up: once round the story, so every step's DOM and every lazy path exists.
  for (let i = 0; i < N; i++) await page.clock.fastForward(INTERVAL_S * 1000);
  await expect(page.getByTestId('presenter')).toHaveAttribute('data-step-index', '1');
  const start = await sample(cdp);

  const total = Math.ceil((HOURS * 3600) / INTERVAL_S);
  expect(total).toBeGreaterThanOrEqual(1000);
  const samples: Sample[] = [start];
  for (let i = 1; i <= total; i++) {
    await page.clock.fastForward(INTERVAL_S * 1000);
    if (i % 100 === 0) {
      // It is still turning pages, on time: step = 1 + i (mod N).
      expect(await stepIndex(page)).toBe((i % N) + 1);
      samples.push(await sample(cdp));
    }
  }
  expect(await stepIndex(page)).toBe((total % N) + 1);
  const end = await sample(cdp);
  samples.push(end);
  const growth = { heapMB: (end.heap - start.heap) / MB, nodes: end.nodes - start.nodes, listeners: end.listeners - start.listeners };
  console.log(`kiosk soak: ${total} steps over ${HOURS} h; heap ${(start.heap / MB).toFixed(2)} → ${(end.heap / MB).toFixed(2)} MB, ` +
    `nodes ${start.nodes} → ${end.nodes}, listeners ${start.listeners} → ${end.listeners}; ` +
    `heap samples (MB): ${samples.map((s) => (s.heap / MB).toFixed(1)).join(' ')}`);
  expect(growth.heapMB).toBeLessThanOrEqual(5);
  // Different steps have different numbers of figures and notes: a few dozen nodes either way, never a trend.
  expect(Math.abs(growth.nodes)).toBeLessThanOrEqual(300);
  expect(Math.max(...samples.map((s) => s.nodes)) - start.nodes).toBeLessThanOrEqual(300);
  expect(growth.listeners).toBeLessThanOrEqual(5);
  // The browser history did not grow one entry per step.
  expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(3);
});

test('autoplay pauses on interaction and resumes after a quiet minute', async ({ page }) => {
  await page.clock.install();
  await page.goto(`./?mode=present&autoplay=10&renderer=fallback`);
  const presenter = page.getByTestId('presenter');
  await expect(presenter).toHaveAttribute('data-step-index', '1');
  await page.clock.fastForward(10_000);
  await expect(presenter).toHaveAttribute('data-step-index', '2');
  // A key turns the page by hand and pauses autoplay.
  await page.keyboard.press('PageDown');
  await expect(presenter).toHaveAttribute('data-step-index', '3');
  await expect(page.getByTestId('story-autoplay')).toHaveText(/暂停/);
  await page.clock.fastForward(50_000);
  await expect(presenter).toHaveAttribute('data-step-index', '3');
  // A click restarts the quiet minute.
  await page.getByTestId('story-caption').click();
  await page.clock.fastForward(50_000);
  await expect(presenter).toHaveAttribute('data-step-index', '3');
  await page.clock.fastForward(10_000);
  await expect(page.getByTestId('story-autoplay')).not.toHaveText(/暂停/);
  await page.clock.fastForward(10_000);
  await expect(presenter).toHaveAttribute('data-step-index', '4');
  // From the last step it loops to the first.
  await page.keyboard.press('End');
  await page.clock.fastForward(60_000);
  await page.clock.fastForward(10_000);
  await expect(presenter).toHaveAttribute('data-step-index', '1');
});
