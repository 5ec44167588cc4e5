import { test, expect } from './fixtures.ts';

test('the built app draws the 15 zones from the built data', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('[data-map-zone]')).toHaveCount(15);
  await expect(page.locator('[data-testid="zone-table"] tbody tr')).toHaveCount(15);
  await expect(page.locator('[data-map-zone="benxi"]')).toHaveAttribute('aria-label', /本溪/);
});
