/**
 * The tests' `test` and `expect`: Playwright's, with one change. `page.goto` on a page of the app
 * returns once the app has taken the prerendered page over (<html data-app="ready">, src/early-input.ts):
 * the prerendered page shows zones and buttons at once, but the app loads only after it has painted
 * (public/start.js), so a test that acts on what it sees could otherwise act before the app is there.
 * Pages that are not the app (the static zone pages, a host page of the embed), and the app below the
 * browser floor (it never loads there), return at once.
 * `test.use({ waitForApp: false })` keeps Playwright's own goto (the hydration tests watch that moment).
 */
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ waitForApp: boolean }>({
  waitForApp: [true, { option: true }],
  page: async ({ page, waitForApp, javaScriptEnabled }, use) => {
    if (waitForApp && javaScriptEnabled !== false) {
      const goto = page.goto.bind(page);
      page.goto = async (url, options) => {
        const res = await goto(url, options);
        // Below the browser floor the app never comes (public/start.js): that page is as ready as it gets.
        await page.waitForFunction(() => {
          const root = document.documentElement;
          return !document.getElementById('app') || root.dataset.app === 'ready' || root.hasAttribute('data-below-floor');
        }, null, { timeout: 30_000 });
        return res;
      };
    }
    await use(page);
  },
});

export { expect };
