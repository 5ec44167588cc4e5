/**
 * The home view: Liaoning fitted with the panel's padding at any size. Where
 * the viewport is so wide (or tall) that even the whole pan limit (panLimits) would
 * not fill it, the pan limit grows to what the home view shows, so the fit is
 * never cut by the limit.
 */
import type { Map as MapLibreMap, PaddingOptions } from 'maplibre-gl';
import type { CameraTarget } from '../registry.ts';
import { WORLD_PX, mercator, panLimits, unmercator, type Bounds, type LonLat } from '../geometry.ts';

export const MAX_ZOOM = 11;
/** The reader may zoom out to the home view, or to zoom 5 if that is further out. */
const MIN_ZOOM = 5;

/** Lon/lat bounds a width×height viewport shows around a centre at a zoom (512-px tiles). */
export function viewBounds(center: LonLat, zoom: number, width: number, height: number): [LonLat, LonLat] {
  const world = WORLD_PX * 2 ** zoom;
  const [cx, cy] = mercator(center);
  const dx = width / 2 / world;
  const dy = height / 2 / world;
  const sw = unmercator(cx - dx, cy + dy);
  const ne = unmercator(cx + dx, cy - dy);
  return [sw, ne];
}

export const union = (a: [LonLat, LonLat], b: [LonLat, LonLat]): [LonLat, LonLat] => [
  [Math.min(a[0][0], b[0][0]), Math.min(a[0][1], b[0][1])],
  [Math.max(a[1][0], b[1][0]), Math.max(a[1][1], b[1][1])],
];

/** Moves to the home view (animated for `duration` ms, 0 = jump) and sets the limits that fit it. */
export function goHome(map: MapLibreMap, frame: Bounds, padding: PaddingOptions, duration: number): void {
  map.setMaxBounds(null);
  map.setMinZoom(null);
  const cam = map.cameraForBounds(frame, { padding });
  if (!cam || cam.zoom === undefined || !cam.center) return;
  const c = map.getContainer();
  const center = Array.isArray(cam.center) ? (cam.center as LonLat) : ('lng' in cam.center ? ([cam.center.lng, cam.center.lat] as LonLat) : ([cam.center.lon, cam.center.lat] as LonLat));
  const zoom = cam.zoom;
  map.setMinZoom(Math.min(MIN_ZOOM, zoom));
  // A hair larger than the home view, so rounding never nudges the camera at the limit.
  const shown = viewBounds(center, zoom - 0.01, c.clientWidth, c.clientHeight);
  map.setMaxBounds(union(panLimits(frame), shown));
  if (duration > 0) map.easeTo({ center, zoom, bearing: 0, duration });
  else map.jumpTo({ center, zoom, bearing: 0 });
}

/** Takes the camera to a target: home (fitted with padding) or a centre and zoom; `duration` 0 cuts. */
export function applyCamera(map: MapLibreMap, target: CameraTarget, frame: Bounds, padding: PaddingOptions, duration: number): void {
  if (target.fit) goHome(map, frame, padding, duration);
  else if (target.center || target.zoom !== undefined) map.easeTo({ center: target.center, zoom: target.zoom, duration });
}
