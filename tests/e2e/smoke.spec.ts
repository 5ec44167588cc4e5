import { test, expect } from '@playwright/test';

test('the built app lists the 15 zones from the built data', async ({ page }) => {
  await page.goto('./');
  const items = page.locator('[data-zone]');
  await expect(items).toHaveCount(15);
  await expect(page.locator('[data-zone="benxi"]').first()).toContainText('本溪');
});
