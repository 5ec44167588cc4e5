/** The built app under the strict CSP of scripts/csp.ts: it must work and violate nothing. */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { CSP_PORT } from '../../playwright.config.ts';
import { CSP } from '../../scripts/csp.ts';

const CSP_URL = `http://127.0.0.1:${CSP_PORT}/`;

async function collectViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('__cspViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __cspViolation: (v: string) => void }).__cspViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  return violations;
}

test('the response carries the strict policy', async ({ request }) => {
  const res = await request.get(CSP_URL);
  const csp = res.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("default-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
});

test.describe('a host with an older policy', () => {
  // The app never takes this page over: goto must not wait for it.
  test.use({ waitForApp: false });
  test('a host whose policy lacks the starter\'s hash keeps the readable page, with every zone\'s page linked', async ({ page }) => {
    // An older header, from before the starter was written inline: it blocks the inline script, and with it the
    // first paint's rules, which the starter adopts (README "Security"): the page reads as plain HTML.
    const OLD = CSP.replace(/script-src [^;]*/, "script-src 'self'");
    await page.route(CSP_URL, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': OLD } });
    });
    await page.goto(CSP_URL);
    // The prerendered page still reads, and offers each zone's page, which needs no script.
    await expect(page.getByTestId('overview')).toBeVisible();
    await expect(page.getByTestId('overview')).toContainText('全省概况');
    await expect(page.locator('.svgmap [data-map-zone]').first()).toBeAttached();
    const links = page.getByTestId('no-app-nav').getByTestId('zone-links').getByRole('link');
    await expect(links.first()).toBeVisible();
    expect(await links.count()).toBe(15);
    // The app was not started.
    await page.waitForTimeout(1000);
    expect(await page.locator('html').getAttribute('data-app')).toBeNull();
  });
});

for (const query of ['', '?zone=dalian', '?zone=benxi&lang=en&renderer=gl', '?renderer=fallback&zone=anshan']) {
  test(`no CSP violation: ${query || 'default view'}`, async ({ page }) => {
    const violations = await collectViolations(page);
    await page.goto(CSP_URL + query);
    await expect(page.locator('[data-map-zone]').first()).toBeAttached();
    // The WebGL map (its worker, its inline styles) must run under the policy too.
    if (query.includes('renderer=gl')) await expect(page.locator('[data-gl-ready="true"]')).toBeAttached({ timeout: 45_000 });
    await page.waitForTimeout(1500);
    expect(violations).toEqual([]);
  });
}
