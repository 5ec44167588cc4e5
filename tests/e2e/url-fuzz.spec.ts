/**
 * URL fuzzing in a real browser: generated values for every parameter (long,
 * unicode, HTML, script URLs, duplicates, broken and double encodings): 120 per
 * parameter in `npm test` (every kind of value 15 times; URL_FUZZ_N=1000 for a
 * longer run), while the parser itself takes 1,000 per parameter in the unit
 * tests (tests/unit/params.test.ts). The values go in through history +
 * popstate (the app re-reads its URL then), so they run in one page per
 * parameter; a sample also goes in as full page loads.
 * Each must leave no uncaught exception, inject nothing, and show exactly the
 * notices the parser gives for it.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { readFileSync } from 'node:fs';
import { parseParams, knownIds } from '../../src/state/params.ts';

const DIST = process.env.PW_DIST ?? 'dist';
const atlas = JSON.parse(readFileSync(`${DIST}/data/atlas.json`, 'utf8')) as Parameters<typeof knownIds>[0];
const known = knownIds(atlas);
/** Values per parameter (the generator cycles through its 8 kinds, so every kind gets N/8). */
const N = Number(process.env.URL_FUZZ_N ?? 120);
const KEYS = ['zone', 'lang', 'industry', 'compare', 'mode', 'embed', 'theme', 'step', 'boundaries', 'review', 'renderer', 'autoplay', 'text', 'contrast', 'parentOrigin'];

// Payloads that would do something visible if they were ever executed or parsed as markup.
const PWN = 'window.__pwned=1';
const HOSTILE = [
  `<img src=x onerror="${PWN}">`, `"><svg onload=${PWN}>`, `<script>${PWN}</script>`, `javascript:${PWN}`, `data:text/html,<script>${PWN}</script>`,
  `'-alert(1)-'`, '{{constructor.constructor("alert(1)")()}}', '${alert(1)}', '__proto__', 'constructor', 'toString',
  '\u202e\u0000\ufeff', '😀👩‍👩‍👧', '本溪高新区', 'ﷺ', '%E0%A4%A', '%253Cscript%253E', '%00', '+', ' benxi ', 'BENXI', 'benxi,benxi', '../../etc/passwd',
  '1e309', '-1', '0', '99999', 'NaN', 'Infinity', 'https://evil.example', 'http://127.0.0.1:1', 'javascript://x.com',
];

/** A deterministic generator, so a failure can be replayed. */
function* generate(key: string, n: number, valid: string[]): Generator<string> {
  let seed = [...key].reduce((a, c) => a * 31 + c.charCodeAt(0), 7) % 2 ** 31;
  const rand = (k: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % k);
  const pick = <T>(xs: T[]): T => xs[rand(xs.length)] as T;
  const codePoint = (): string => {
    const cp = rand(0x10ffff);
    return String.fromCodePoint(cp >= 0xd800 && cp <= 0xdfff ? 0x4e2d : cp);
  };
  for (let i = 0; i < n; i++) {
    const kind = i % 8;
    let v: string;
    if (kind === 0) v = pick(HOSTILE);
    else if (kind === 1) v = pick(valid) + pick(HOSTILE);
    else if (kind === 2) v = pick(HOSTILE).repeat(1 + rand(400)); // long
    else if (kind === 3) v = Array.from({ length: 1 + rand(30) }, codePoint).join(''); // unicode
    else if (kind === 4) v = pick(valid); // valid values must keep working among the garbage
    else if (kind === 5) v = encodeURIComponent(pick(HOSTILE)); // double-encoded once it is encoded again
    else if (kind === 6) v = `${pick(valid)}&${key}=${pick(HOSTILE)}`; // a duplicate with another value
    else v = pick(HOSTILE) + codePoint() + pick(valid);
    // Half go in encoded, half raw (so broken percent escapes and stray & and # reach the parser).
    yield rand(2) || kind === 6 ? (kind === 6 ? v.split(`&${key}=`).map(encodeURIComponent).join(`&${key}=`) : encodeURIComponent(v)) : v.replace(/[#]/g, '');
  }
}

const VALID: Record<string, string[]> = {
  zone: [...known.zones], lang: ['zh', 'en'], industry: [...known.industries], compare: ['anshan,benxi', 'dalian,shenyang,benxi'],
  mode: ['explore', 'present'], embed: ['1', '0'], theme: ['light', 'dark', 'projector'], step: ['1', '2'], boundaries: ['on', 'off'],
  review: ['辽S〔2023〕123号'], renderer: ['auto', 'fallback'], autoplay: ['10'], text: ['large', 'normal'], contrast: ['high', 'normal'],
  parentOrigin: ['https://www.ln.gov.cn'],
};

async function watch(page: Page): Promise<{ errors: string[]; dialogs: string[] }> {
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return { errors, dialogs };
}

/** Runs in the page: sets each query, lets the app re-read it, and reports anything wrong. */
const RUN = `async ({ queries, expected }) => {
  const problems = [];
  const scripts = document.scripts.length;
  // A message-channel turn: lets the app's effects flush without setTimeout's 4 ms clamp.
  const channel = new MessageChannel();
  const turn = () => new Promise((r) => { channel.port1.onmessage = () => r(); channel.port2.postMessage(0); });
  for (let i = 0; i < queries.length; i++) {
    history.replaceState(null, '', location.pathname + '?' + queries[i]);
    dispatchEvent(new PopStateEvent('popstate'));
    await turn();
    const shown = document.querySelectorAll('[data-testid="notices"] p').length;
    if (shown !== expected[i]) problems.push(queries[i].slice(0, 80) + ': ' + shown + ' notices shown, ' + expected[i] + ' expected');
    if (window.__pwned) problems.push(queries[i].slice(0, 80) + ': a payload ran');
    if (document.scripts.length !== scripts || document.querySelector('[onerror],[onload],iframe[src^="javascript"],a[href^="javascript"]'))
      problems.push(queries[i].slice(0, 80) + ': markup was injected');
    if (problems.length > 5) break;
  }
  return problems;
}`;

test.describe('URL fuzzing', () => {
  test.describe.configure({ timeout: 240_000 });
  for (const key of KEYS) {
    test(`${N.toLocaleString('en')} generated values for ${key}`, async ({ page }) => {
      const { errors, dialogs } = await watch(page);
      await page.goto('./?renderer=fallback');
      // The app has taken the prerendered page over (it listens for popstate from then on).
      await expect(page.locator('html[data-app="ready"]')).toBeAttached();
      await expect(page.locator('[data-map-zone]')).toHaveCount(15);
      const queries = [...generate(key, N, VALID[key] ?? ['x'])].map((v) => `${key}=${v}`);
      const expected = queries.map((q) => parseParams(`?${q}`, known).notices.length);
      expect(expected.filter((n) => n > 0).length, 'most generated values are invalid').toBeGreaterThan(N / 2);
      const problems = (await page.evaluate(`(${RUN})(${JSON.stringify({ queries, expected })})`)) as string[];
      expect(problems).toEqual([]);
      expect(errors).toEqual([]);
      expect(dialogs).toEqual([]);
    });
  }

  test('a sample of hostile values as full page loads', async ({ page }) => {
    const { errors, dialogs } = await watch(page);
    const payloads = [`<img src=x onerror="${PWN}">`, `javascript:${PWN}`, 'x'.repeat(5000)];
    for (const [i, key] of KEYS.entries()) {
      for (const v of [payloads[i % payloads.length] as string]) {
        await page.goto(`./?renderer=fallback&${key}=${encodeURIComponent(v)}`);
        await expect(page.getByTestId('notices')).toBeVisible();
        await expect(page.getByTestId('notices')).toContainText(key);
        expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      }
    }
    expect(errors).toEqual([]);
    expect(dialogs).toEqual([]);
  });
});
