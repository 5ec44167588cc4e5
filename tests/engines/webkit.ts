/**
 * WebKitGTK (Safari's engine family; Debian's webkit2gtk-driver) through WebKitWebDriver and its
 * MiniBrowser, with plain fetch to the W3C WebDriver HTTP API. MiniBrowser needs a display: run under
 * `xvfb-run -a`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import type { Driver } from './driver.ts';

export const WEBDRIVER = process.env.WEBKIT_WEBDRIVER ?? '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = process.env.WEBKIT_MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

interface WdReply { value: unknown }

async function wd(base: string, method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<unknown> {
  if (process.env.ENGINES_DEBUG) console.log(`webdriver: ${method} ${path} ${body === undefined ? '' : JSON.stringify(body).slice(0, 160)}`);
  const res = await fetch(`${base}${path}`, {
    method,
    // A command that never answers (a hung browser) fails the suite instead of stalling CI.
    signal: AbortSignal.timeout(90_000),
    headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await res.json()) as WdReply;
  if (!res.ok) {
    const v = json.value as { error?: string; message?: string } | undefined;
    throw new Error(`WebDriver ${method} ${path}: ${v?.error ?? res.status}: ${v?.message ?? ''}`);
  }
  return json.value;
}

export async function webkit(port: number): Promise<Driver> {
  if (!process.env.DISPLAY) throw new Error('webkit: no DISPLAY: run under xvfb-run -a (MiniBrowser needs a display)');
  const driver: ChildProcess = spawn(WEBDRIVER, [`--port=${port}`], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  driver.stderr?.on('data', (b: Buffer) => void (stderr += b.toString()));
  const base = `http://127.0.0.1:${port}`;
  const stop = (): void => void (driver.exitCode === null && driver.kill());
  try {
    for (let i = 0; ; i++) {
      const ready = await wd(base, 'GET', '/status').then((v) => (v as { ready?: boolean }).ready === true, () => false);
      if (ready) break;
      if (i > 100 || driver.exitCode !== null) throw new Error(`webkit: WebKitWebDriver did not start: ${stderr}`);
      await sleep(100);
    }
    const session = (await wd(base, 'POST', '/session', {
      capabilities: {
        alwaysMatch: {
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
        },
      },
    })) as { sessionId: string };
    const s = `/session/${session.sessionId}`;
    await wd(base, 'POST', `${s}/window/rect`, { width: 1280, height: 800 }).catch(() => undefined);
    await wd(base, 'POST', `${s}/timeouts`, { pageLoad: 60_000, script: 30_000 });
    /** The element's WebDriver id, waiting up to 15 s for it to appear. */
    const find = async (selector: string): Promise<string> => {
      let last: unknown = null;
      for (let i = 0; i < 150; i++) {
        try {
          const el = (await wd(base, 'POST', `${s}/element`, { using: 'css selector', value: selector })) as Record<string, string>;
          const id = el[ELEMENT];
          if (id) return id;
          last = el;
        } catch (e) {
          last = e;
        }
        await sleep(100);
      }
      throw new Error(`webkit: no element ${selector}: ${last instanceof Error ? last.message : JSON.stringify(last)}`);
    };
    return {
      engine: 'webkit',
      async goto(url) {
        await wd(base, 'POST', `${s}/url`, { url });
      },
      evaluate: async <T>(expression: string) => (await wd(base, 'POST', `${s}/execute/sync`, { script: `return (${expression});`, args: [] })) as T,
      async click(selector) {
        const id = await find(selector);
        await wd(base, 'POST', `${s}/element/${id}/click`, {});
      },
      async screenshot(path) {
        const b64 = (await wd(base, 'GET', `${s}/screenshot`)) as string;
        await writeFile(path, Buffer.from(b64, 'base64'));
      },
      async close() {
        await wd(base, 'DELETE', s).catch(() => undefined);
        stop();
      },
    };
  } catch (e) {
    stop();
    throw e;
  }
}
