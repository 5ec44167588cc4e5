/**
 * Firefox ESR (Debian's firefox-esr) driven by puppeteer-core over WebDriver BiDi: no browser download.
 * Headless Firefox has no WebGL here, so it shows the SVG map (as a visitor without WebGL would).
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { Driver } from './driver.ts';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export async function firefox(): Promise<Driver> {
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: { width: 1280, height: 800 },
    // No update checks, telemetry or other requests of the browser's own while the app is tested.
    extraPrefsFirefox: { 'app.update.enabled': false, 'datareporting.policy.dataSubmissionEnabled': false, 'network.captive-portal-service.enabled': false },
  });
  const page: Page = await browser.newPage();
  return {
    engine: 'firefox',
    async goto(url) {
      await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    },
    evaluate: <T>(expression: string) => page.evaluate(`(${expression})`) as Promise<T>,
    async click(selector) {
      // Not puppeteer's locator: its readiness checks time out over BiDi in Firefox ESR 140.12.
      await page.waitForSelector(selector, { visible: true, timeout: 30_000 });
      await page.click(selector);
    },
    async screenshot(path) {
      await page.screenshot({ path: path as `${string}.png` });
    },
    close: () => browser.close(),
  };
}
