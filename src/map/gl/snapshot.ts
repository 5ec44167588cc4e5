/**
 * The WebGL map's picture (PNG export, slides). The drawing buffer is only
 * valid right after a frame is drawn (no preserveDrawingBuffer, which would
 * slow every frame), so it is copied in the next 'render' event. The selection
 * ring, drawn on screen by the zone's overlay button, is drawn into the canvas
 * for the picture only.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MapPicture } from '../registry.ts';

const TIMEOUT_MS = 3000;

export function glSnapshot(m: MapLibreMap, selected: string | null): Promise<MapPicture | null> {
  return new Promise((resolve) => {
    const ring = (on: boolean): void => {
      if (selected) m.setFeatureState({ source: 'zones', id: selected }, { selected: on });
    };
    ring(true);
    const timer = setTimeout(() => {
      m.off('render', copy);
      ring(false);
      resolve(null);
    }, TIMEOUT_MS);
    function copy(): void {
      clearTimeout(timer);
      m.off('render', copy);
      queueMicrotask(() => ring(false));
      const src = m.getCanvas();
      const out = document.createElement('canvas');
      out.width = src.width;
      out.height = src.height;
      const ctx = out.getContext('2d');
      if (!ctx) return resolve(null);
      ctx.drawImage(src, 0, 0);
      const box = m.getContainer();
      resolve({ canvas: out, width: box.clientWidth, height: box.clientHeight });
    }
    m.on('render', copy);
    m.triggerRepaint();
  });
}
