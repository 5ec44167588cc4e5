/**
 * What the reader clicked or pressed on the prerendered page before the app was there (kept by
 * public/start.js), done again now that it is: on the same element where the app took the page over
 * (hydration keeps the nodes), else on the zone control of the same zone. The page is marked ready
 * (<html data-app="ready">) once the app has drawn its first view in full (App.svelte): tests and
 * embedding pages can wait for it.
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
  if (!early) return;
  early.stop();
  delete window.__atlasEarly;
  for (const e of early.events) {
    const el = targetOf(e);
    if (e.type === 'click') el?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    else (el ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key: e.key, shiftKey: e.shiftKey, bubbles: true, cancelable: true }));
  }
}

/** The app has taken the page over and drawn its first view in full. */
export function markReady(): void {
  document.documentElement.dataset.app = 'ready';
}
