/**
 * A read-only hook for the browser tests: what the WebGL map has actually
 * drawn. It exposes ids and counts only, never the map object.
 */
export interface AtlasGLHook {
  /** Ids of the zones whose symbols are drawn in the current view. */
  renderedZoneIds(): string[];
  /** Ids of the zones whose labels are placed in the current view (a label lost in a collision is not). */
  renderedLabelIds(): string[];
  /** Ids of the cities whose names are drawn in the current view. */
  renderedCityIds(): string[];
  /** How many features of a layer are drawn in the current view (0 for an unknown layer). */
  renderedCount(layerId: string): number;
  /** Where a lon/lat point is on screen, in px from the map's top left corner. */
  project(lonLat: [number, number]): { x: number; y: number };
}

declare global {
  interface Window {
    __atlasGL?: AtlasGLHook;
  }
}

/** Installs the hook; the returned function removes it (on map destroy). */
export function installTestHook(hook: AtlasGLHook): () => void {
  window.__atlasGL = hook;
  return () => {
    if (window.__atlasGL === hook) delete window.__atlasGL;
  };
}
