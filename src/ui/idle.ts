/** Runs `fn` when the browser is idle (at the latest after `timeoutMs`); returns the cancel. */
export function whenIdle(fn: () => void, timeoutMs: number): () => void {
  if ('requestIdleCallback' in window) {
    const id = requestIdleCallback(fn, { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(fn, Math.min(timeoutMs, 1500));
  return () => clearTimeout(id);
}

