/**
 * Broken files at run time and requests that must never leave the origin.
 * Each broken file is served broken by intercepting its request.
 */
import { test, expect } from './fixtures.ts';

test.describe('a broken file gives a clear message, not a blank screen', () => {
  test('atlas.json missing', async ({ page }) => {
    await page.route('**/data/atlas.json', (r) => r.fulfill({ status: 404, body: 'not found' }));
    await page.goto('./');
    await expect(page.getByRole('alert')).toContainText('数据加载失败');
    await expect(page.getByRole('alert')).toContainText('atlas.json: HTTP 404');
  });
  test('atlas.json corrupt', async ({ page }) => {
    await page.route('**/data/atlas.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: '{"version":1,"zones":[' }));
    await page.goto('./');
    await expect(page.getByRole('alert')).toContainText('atlas.json: is not valid JSON');
  });
  test('atlas.json of the wrong shape', async ({ page }) => {
    await page.route('**/data/atlas.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: '{"version":1,"zones":[]}' }));
    await page.goto('./?lang=en');
    await expect(page.getByRole('alert')).toContainText('does not have the expected shape');
  });
  test('boundaries corrupt: the map says so, the panel still works', async ({ page }) => {
    await page.route('**/data/liaoning.topo.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: '<html>oops' }));
    await page.goto('./?zone=benxi');
    await expect(page.getByRole('alert')).toContainText('liaoning.topo.json');
    await expect(page.getByTestId('panel-title')).toContainText('本溪');
  });
  test('the interactive map chunk missing: the SVG map stays, with a notice', async ({ page }) => {
    await page.route(/assets\/GLMap-.*\.js$/, (r) => r.fulfill({ status: 404, body: '' }));
    await page.goto('./?renderer=gl');
    await expect(page.locator('[data-map-zone]')).toHaveCount(15);
    await expect(page.getByRole('status').filter({ hasText: '交互地图未能加载' })).toBeVisible();
    await page.locator('[data-map-zone="anshan"]').click();
    await expect(page).toHaveURL(/zone=anshan/);
  });
});

test('no request leaves the origin in any view or mode', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? 'http://127.0.0.1:4173/').origin;
  const foreign: string[] = [];
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) foreign.push(u);
  });
  const views = ['', '?zone=dalian', '?zone=benxi&lang=en', '?industry=biomedicine', '?compare=anshan,benxi', '?mode=present', '?mode=present&step=5',
    '?embed=1&zone=fuxin', '?theme=dark', '?theme=projector&text=large', '?contrast=high', '?renderer=fallback', '?renderer=gl&zone=panjin', '?boundaries=off&review=辽S〔2023〕123号'];
  for (const v of views) {
    await page.goto(`./${v}`);
    await expect(page.locator('[data-map-zone]').first()).toBeAttached();
    await page.waitForTimeout(400);
  }
  expect(foreign).toEqual([]);
});
