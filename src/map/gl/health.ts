/**
 * When the WebGL map counts as ready, and when as broken. Ready: the first
 * 'idle' at which every shown zone is drawn. Broken: an error before that, a
 * lost WebGL context at any time (driver reset, too many contexts), or no
 * ready within WATCHDOG_MS. Returns its cleanup.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

/** The map has rendered long enough without being ready to count as broken. */
export const WATCHDOG_MS = 45_000;

export interface HealthHandlers {
  /** Whether everything that should be drawn is. */
  complete: () => boolean;
  onready: () => void;
  onfail: (e: unknown) => void;
}

export function watchHealth(m: MapLibreMap, h: HealthHandlers): () => void {
  let ready = false;
  let failed = false;
  const fail = (e: unknown): void => {
    if (failed) return;
    failed = true;
    clearTimeout(watchdog);
    h.onfail(e);
  };
  const onIdle = (): void => {
    if (ready || failed || !h.complete()) return;
    ready = true;
    clearTimeout(watchdog);
    m.off('idle', onIdle);
    h.onready();
  };
  const onError = (e: { error?: unknown }): void => {
    if (ready) console.warn('map:', e.error);
    else fail(e.error);
  };
  const onLost = (): void => fail(new Error('The WebGL context was lost'));
  m.on('load', () => m.on('idle', onIdle));
  m.on('error', onError);
  m.on('webglcontextlost', onLost);
  const watchdog = setTimeout(() => fail(new Error('The interactive map did not render in time')), WATCHDOG_MS);
  return () => {
    clearTimeout(watchdog);
    m.off('idle', onIdle);
    m.off('error', onError);
    m.off('webglcontextlost', onLost);
  };
}
