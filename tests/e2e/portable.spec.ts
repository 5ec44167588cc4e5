/**
 * The portable single file (dist/liaoning-atlas.html, scripts/portable) copied
 * alone into an empty folder and opened by file://, as from a USB stick: no
 * server, no network. Map (WebGL, through the inlined classic blob worker, and
 * the SVG map), a zone's panel, the Source dialog with the document's text,
 * presentation steps, English, PNG export, print, under the file's own CSP.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createHash } from 'node:crypto';
import type { Atlas } from '../../src/data/types.ts';

const DIST = process.env.PW_DIST ?? 'dist';
const source = join(DIST, 'liaoning-atlas.html');
const atlas = JSON.parse(readFileSync('public/data/atlas.json', 'utf8')) as Atlas;
const zoneName = (id: string, lang: 'zh' | 'en'): string => atlas.zones.find((z) => z.id === id)?.name[lang] ?? id;
let folder = '';
let fileUrl = '';

test.beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'atlas-usb-'));
  copyFileSync(source, join(folder, 'liaoning-atlas.html'));
  fileUrl = pathToFileURL(join(folder, 'liaoning-atlas.html')).href;
});
test.afterAll(() => rmSync(folder, { recursive: true, force: true }));

interface Watch { outside: string[]; violations: string[]; errors: string[]; workers: { url: string; type: string }[] }

/** Opens the copied file with a query; records requests outside the file, CSP violations, errors and workers. */
async function open(page: Page, query = ''): Promise<Watch> {
  const watch: Watch = { outside: [], violations: [], errors: [], workers: [] };
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[]; __workers: { url: string; type: string }[] };
    w.__violations = [];
    w.__workers = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    const Native = window.Worker;
    window.Worker = class extends Native {
      constructor(url: string | URL, options?: WorkerOptions) {
        w.__workers.push({ url: String(url), type: options?.type ?? 'classic' });
        super(url, options);
      }
    };
  });
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith('data:') && !u.startsWith('blob:') && u.split('?')[0] !== fileUrl) watch.outside.push(u);
  });
  page.on('pageerror', (e) => watch.errors.push(e.message));
  await page.goto(`${fileUrl}${query}`);
  return watch;
}

async function settle(page: Page, watch: Watch): Promise<void> {
  const w = await page.evaluate(() => {
    const g = window as unknown as { __violations: string[]; __workers: { url: string; type: string }[] };
    return { violations: g.__violations, workers: g.__workers };
  });
  watch.violations.push(...w.violations);
  watch.workers.push(...w.workers);
  expect(watch.outside, 'requests outside the file').toEqual([]);
  expect(watch.violations, 'CSP violations').toEqual([]);
  expect(watch.errors, 'page errors').toEqual([]);
}

test('the file carries its own strict CSP: inline scripts by hash, no unsafe-inline, no network', () => {
  const html = readFileSync(source, 'utf8');
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
  expect(csp).toContain("default-src 'none'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).not.toMatch(/https?:/);
  const scripts = [...html.matchAll(/<script( type="[^"]*")?[^>]*>([^]*?)<\/script>/g)];
  const executable = scripts.filter((m) => !m[1] || m[1] === ' type="module"');
  // The app's module, and the classic scripts the web page loads by src (the browser-floor check).
  expect(executable.filter((m) => m[1] === ' type="module"')).toHaveLength(1);
  for (const m of executable) expect(csp).toContain(`'sha256-${createHash('sha256').update(m[2] ?? '', 'utf8').digest('base64')}'`);
  // Nothing in the markup refers to another file: no src/href to a path, no preload.
  const markup = html.replace(/<(script|style)\b[^>]*>[^]*?<\/\1>/g, '');
  const refs = [...markup.matchAll(/<(?:script|link|img)[^>]+(?:src|href)="(?!data:)[^"]+"/g)].map((m) => m[0]);
  expect(refs).toEqual([]);
});

test('from file://: the WebGL map through the classic blob worker, a zone, its panel, the Source dialog with the text', async ({ page }) => {
  test.setTimeout(120_000);
  const watch = await open(page, '?zone=benxi&renderer=gl');
  await expect(page.locator('[data-map-zone]')).toHaveCount(15);
  await expect(page.getByTestId('panel-title')).toHaveText(zoneName('benxi', 'zh'));
  await expect(page.locator('[data-gl-ready="true"]')).toBeAttached({ timeout: 90_000 });
  await expect(page.locator('.map-area')).toHaveAttribute('data-renderer', 'gl');
  // Pins MapLibre's internal loader behaviour the file relies on (src/data/inline.ts): given a blob URL
  // ending in `#.cjs` it starts a classic worker (here from a fresh blob of that text); a module worker
  // would be refused on file:// and the map would never be ready.
  const w = await page.evaluate(() => (window as unknown as { __workers: { url: string; type: string }[] }).__workers);
  expect(w.length).toBeGreaterThan(0);
  for (const x of w) {
    expect(x.url).toMatch(/^blob:/);
    expect(x.type).toBe('classic');
  }
  // Another zone by its map button, then a source with its document's text.
  await page.locator('[data-map-zone="dalian"]').click();
  await expect(page.getByTestId('panel-title')).toHaveText(zoneName('dalian', 'zh'));
  await page.locator('[data-testid="zone-panel"] [data-source-marker]').first().click();
  const dialog = page.getByTestId('source-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('source-quote')).not.toBeEmpty();
  const read = dialog.getByTestId('read-document');
  if (await read.count()) {
    await read.click();
    await expect(dialog.getByTestId('source-fulltext')).toBeVisible();
    expect(((await dialog.getByTestId('source-fulltext').textContent()) ?? '').length).toBeGreaterThan(500);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await settle(page, watch);
});

test('from file://: ?mode=present&step=5 and five steps on, in English, with the same query as the web app', async ({ page }) => {
  test.setTimeout(120_000);
  const watch = await open(page, '?mode=present&step=5&lang=en');
  const presenter = page.getByTestId('presenter');
  for (let i = 4; i < 9; i++) {
    const s = atlas.story[i];
    if (!s) throw new Error(`no step ${i}`);
    await expect(presenter).toHaveAttribute('data-step', s.id);
    await expect(page.getByTestId('story-title')).toHaveText(s.title.en);
    await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe(String(i + 1));
    if (i < 8) await page.keyboard.press('PageDown');
  }
  await expect(page.locator('html')).toHaveAttribute('lang', /en/);
  await settle(page, watch);
});

test('from file://: ?zone=benxi&lang=en, the SVG map, PNG export and print', async ({ page }) => {
  const watch = await open(page, '?zone=benxi&lang=en&renderer=fallback');
  await expect(page.locator('.map-area')).toHaveAttribute('data-renderer', 'fallback');
  await expect(page.getByTestId('panel-title')).toHaveText(zoneName('benxi', 'en'));
  await page.getByTestId('share-button').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
  expect(download.suggestedFilename()).toBe('liaoning-hightech-benxi-en.png');
  const png = readFileSync(await download.path());
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  // Close the dialog by its button (Escape outside it would also clear the selection).
  if (await page.getByTestId('share-dialog').isVisible()) await page.getByTestId('share-close').click();
  await expect(page.getByTestId('print-notes')).toBeAttached({ timeout: 20_000 });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('print-notes')).toBeVisible();
  await expect(page.getByTestId('print-notes')).toContainText('zone=benxi');
  await settle(page, watch);
});
