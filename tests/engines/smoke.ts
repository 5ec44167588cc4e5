/**
 * The smoke suite every engine runs (issue 14): the home page, the ?zone=benxi panel, a Source dialog,
 * three presentation steps, the language switch, and no page error anywhere. Each step says what it
 * waits for, so a failure reads as what a visitor would miss.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { waitFor, type Driver } from './driver.ts';
import { LOCAL_CJK_FAMILY } from '../../src/ui/tokens.ts';

export interface StepResult { step: string; ms: number; renderer: string }

const q = (s: string): string => JSON.stringify(s);
const text = (selector: string): string => `(document.querySelector(${q(selector)})?.textContent ?? '').trim()`;

export async function smoke(d: Driver, base: string, shots: string): Promise<StepResult[]> {
  mkdirSync(shots, { recursive: true });
  const results: StepResult[] = [];
  const errors: string[] = [];
  /** Errors the page has recorded (tests/engines/server.ts), read before leaving it. */
  const collect = async (where: string): Promise<void> => {
    const seen = await d.evaluate<string[] | null>('window.__engineErrors ?? null');
    if (seen === null) throw new Error(`${d.engine}: ${where}: the error hook did not run (is this page served by tests/engines/server.ts?)`);
    errors.push(...seen.map((e) => `${where}: ${e}`));
  };
  const step = async (name: string, run: () => Promise<void>): Promise<void> => {
    const t = performance.now();
    try {
      await run();
    } catch (e) {
      throw new Error(`${d.engine}: step "${name}": ${e instanceof Error ? e.message : String(e)}`);
    }
    await d.screenshot(join(shots, `${d.engine}-${results.length + 1}-${name.replace(/\W+/g, '-')}.png`));
    await collect(name);
    // Which map this engine drew (gl, or fallback: the SVG map), for the log.
    const renderer = await d.evaluate<string>(`document.querySelector('.map-area')?.getAttribute('data-renderer') ?? 'none'`);
    results.push({ step: name, ms: Math.round(performance.now() - t), renderer });
  };

  await step('home page', async () => {
    await d.goto(base);
    await waitFor(d, `document.querySelectorAll('[data-map-zone]').length === 15`, 'the 15 zones on the home map');
    await waitFor(d, `document.documentElement.lang === 'zh-CN' && ${text('h1')}.includes('辽宁')`, 'the Chinese title');
    if (await d.evaluate<boolean>(`!!document.querySelector('[data-testid="floor-notice"]')`)) {
      throw new Error(`${d.engine}: the below-the-floor notice shows in a supported engine`);
    }
    // The text is drawn from the system CJK fonts' local() faces in this engine too (src/ui/tokens.ts).
    await waitFor(d, `[...document.fonts].some((f) => f.family.replace(/"/g, '') === ${q(LOCAL_CJK_FAMILY)} && f.weight === '400' && f.status === 'loaded')`, `the ${LOCAL_CJK_FAMILY} regular face found by its local() name`);
  });

  await step('zone panel', async () => {
    await d.goto(`${base}?zone=benxi`);
    await waitFor(d, `${text('[data-testid="panel-title"]')}.includes('本溪')`, 'the Benxi panel title');
    await waitFor(d, `document.querySelectorAll('[data-testid="zone-panel"] [data-source-marker]').length > 0`, 'source markers in the panel');
  });

  await step('source dialog', async () => {
    const dialog = `document.querySelector('[data-testid="source-dialog"]')`;
    await d.click('[data-testid="zone-panel"] [data-source-marker]');
    await waitFor(d, `${dialog}?.open === true && ${text('[data-testid="source-quote"]')}.length > 0`, 'the Source dialog with its quote');
    await d.screenshot(join(shots, `${d.engine}-3-source-dialog-open.png`));
    await d.click('[data-testid="source-close"]');
    await waitFor(d, `!${dialog} || ${dialog}.open === false`, 'the Source dialog to close');
  });

  await step('presentation', async () => {
    await d.goto(`${base}?mode=present`);
    await waitFor(d, `${text('[data-testid="story-caption"]')}.length > 0`, 'the first presentation caption');
    for (let n = 2; n <= 4; n++) {
      const before = await d.evaluate<string>(text('[data-testid="story-caption"]'));
      await d.click('[data-testid="story-next"]');
      await waitFor(d, `new URLSearchParams(location.search).get('step') === '${n}' && ${text('[data-testid="story-caption"]')} !== ${q(before)}`, `presentation step ${n}`);
    }
  });

  await step('language switch', async () => {
    await d.goto(base);
    await waitFor(d, `document.querySelectorAll('[data-map-zone]').length === 15`, 'the home map');
    // The prerendered page is there before the app has taken it over: click until the switch answers.
    await waitFor(d, `document.documentElement.lang === 'en'`, 'the page in English after the language switch', {
      retry: () => d.click('[data-testid="lang-toggle"]'),
    });
    await waitFor(d, `new URLSearchParams(location.search).get('lang') === 'en' && /Liaoning/.test(${text('h1')})`, 'the English title and ?lang=en');
  });

  if (errors.length > 0) throw new Error(`${d.engine}: page errors:\n  ${errors.join('\n  ')}`);
  return results;
}
