/** The built app under the strict CSP of scripts/csp.ts: it must work and violate nothing. */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { CSP_PORT } from '../../playwright.config.ts';

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
