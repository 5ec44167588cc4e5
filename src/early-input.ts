/**
 * What the reader clicked or pressed on the prerendered page before the app was there (kept by
 * public/start.js), done again now that it is: on the same element where the app took the page over
 * (hydration keeps the nodes), else on the zone control of the same zone. Then the page is marked
 * ready (<html data-app="ready">: start.js stops keeping input; tests and embedding pages can wait for it).
 */
import { flushSync } from 'svelte';

interface EarlyEvent {
  type: 'click' | 'keydown';
  target: EventTarget | null;
  zone: string | null;
  key: string;
  shiftKey: boolean;
}

declare global {
  interface Window {
    __atlasEarly?: { events: EarlyEvent[]; stop: () => void };
  }
}

/** Where an early event goes now: its own element if the app kept it, else that zone's control, else nothing. */
function targetOf(e: EarlyEvent): Element | null {
  if (e.target instanceof Element && e.target.isConnected) return e.target;
  if (e.zone) return document.querySelector(`[data-map-zone="${CSS.escape(e.zone)}"]`);
  return null;
}

export function replayEarlyInput(): void {
  flushSync();
  const early = window.__atlasEarly;
  document.documentElement.dataset.app = 'ready';
  if (!early) return;
  early.stop();
  delete window.__atlasEarly;
  for (const e of early.events) {
    const el = targetOf(e);
    if (e.type === 'click') el?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    else (el ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key: e.key, shiftKey: e.shiftKey, bubbles: true, cancelable: true }));
  }
}
