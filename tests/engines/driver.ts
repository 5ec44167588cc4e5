/** What the smoke suite needs from a browser; each engine (firefox.ts, webkit.ts) provides it. */
export interface Driver {
  readonly engine: string;
  /** Opens a URL and waits for its load event. */
  goto(url: string): Promise<void>;
  /** Evaluates a JS expression (source text) in the page and returns its JSON value. */
  evaluate<T>(expression: string): Promise<T>;
  /** A real click (the engine's own input) on the first element matching a CSS selector. */
  click(selector: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Polls an expression until it is truthy and returns its value; fails naming `what` and the last value.
 * `retry` runs between polls (e.g. a click that only works once the app has taken over the page).
 */
export async function waitFor<T>(d: Driver, expression: string, what: string, o: { timeout?: number; retry?: () => Promise<void> } = {}): Promise<T> {
  const until = Date.now() + (o.timeout ?? 45_000);
  let last: unknown = undefined;
  let error: unknown = undefined;
  for (;;) {
    try {
      last = await d.evaluate<T>(expression);
      if (last) return last as T;
    } catch (e) {
      // A navigation in progress can make one evaluation fail; keep polling.
      error = e;
    }
    if (Date.now() > until) {
      throw new Error(`${d.engine}: timed out waiting for ${what} (last value ${JSON.stringify(last)}${error ? `, last error ${String(error)}` : ''})`);
    }
    if (o.retry) await o.retry().catch(() => undefined);
    await sleep(o.retry ? 1000 : 150);
  }
}
