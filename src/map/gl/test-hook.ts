/**
 * A read-only hook for the browser tests: which zones the WebGL map has
 * actually drawn. It exposes ids only, never the map object.
 */
declare global {
  interface Window {
    __atlasGL?: { renderedZoneIds(): string[] };
  }
}

/** Installs the hook; the returned function removes it (on map destroy). */
export function installTestHook(renderedZoneIds: () => string[]): () => void {
  const hook = { renderedZoneIds };
  window.__atlasGL = hook;
  return () => {
    if (window.__atlasGL === hook) delete window.__atlasGL;
  };
}
