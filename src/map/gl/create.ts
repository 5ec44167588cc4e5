/**
 * Creates the MapLibre map from the built style: fitted to the province, no
 * rotation or pitch, local fonts for CJK labels, the scale bar, and the icons
 * drawn in code (re-added if a style change drops them). Throws where WebGL2
 * is missing (GPUInitializationError): the caller falls back to the SVG map.
 */
import { Map as MapLibreMap, ScaleControl, type PaddingOptions, type StyleSpecification } from 'maplibre-gl';
import type { Bounds } from '../geometry.ts';
import { MAX_ZOOM } from './camera.ts';
import { IMAGE, LOCAL_IDEOGRAPH_FONTS } from './layers.ts';
import { arrowImage, boxImage, diamondImage } from './images.ts';

export interface CreateOptions {
  host: HTMLElement;
  style: StyleSpecification;
  /** The default frame (from the data). */
  frame: Bounds;
  padding: PaddingOptions;
  /** The canvas's accessible name. */
  title: string;
  reducedMotion: boolean;
}

function addImages(m: MapLibreMap): void {
  if (!m.hasImage(IMAGE.diamond)) m.addImage(IMAGE.diamond, diamondImage(), { sdf: true });
  if (!m.hasImage(IMAGE.arrow)) m.addImage(IMAGE.arrow, arrowImage(), { sdf: true });
  if (!m.hasImage(IMAGE.box)) m.addImage(IMAGE.box, boxImage());
}

export function createMap(o: CreateOptions): MapLibreMap {
  const m = new MapLibreMap({
    container: o.host,
    style: o.style,
    bounds: o.frame,
    fitBoundsOptions: { padding: o.padding },
    maxZoom: MAX_ZOOM,
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    maxPitch: 0,
    renderWorldCopies: false,
    localIdeographFontFamily: LOCAL_IDEOGRAPH_FONTS,
    locale: { 'Map.Title': o.title },
    fadeDuration: o.reducedMotion ? 0 : 150,
  });
  m.touchZoomRotate.disableRotation();
  m.keyboard.disableRotation();
  m.addControl(new ScaleControl({ unit: 'metric', maxWidth: 90 }), 'bottom-left');
  addImages(m);
  m.on('styleimagemissing', () => addImages(m));
  return m;
}
