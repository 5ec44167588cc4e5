/**
 * The WebGL map's GeoJSON, built only from the atlas and the boundary file
 * (no tiles): the same geometry the SVG map draws, so the two look alike.
 */
import type { Feature, FeatureCollection, LineString, Point, Polygon, MultiLineString } from 'geojson';
import type { Atlas, Lang } from '../../data/types.ts';
import type { Boundaries } from '../../data/geo.ts';
import { arc, mercator, unmercator, type LonLat } from '../geometry.ts';
import { translate } from '../../i18n/index.ts';
import { hasArrow } from '../look/links.ts';
import { labelRank, reach } from '../look/zones.ts';
import { defaultGLLabel, type GLLabel } from '../look/label-layout.ts';

/** Pixels per kilometre at zoom 0 (512-px world, as MapLibre draws it) at a latitude. */
export const pxPerKmAtZoom0 = (lat: number): number => (512 * 1000) / (40075016.686 * Math.cos((lat * Math.PI) / 180));

export interface ZoneProps {
  id: string;
  tier: 'national' | 'provincial';
  role: 'core' | 'spillover';
  short_zh: string;
  short_en: string;
  /** Label priority: cores first, then national, then provincial (lower is placed first). */
  rank: number;
  /** Location uncertainty as pixels at zoom 0 (the selected zone shows it as a circle). */
  uncertainty0: number;
  /** The label's placement (look/label-layout.ts): text-anchor, text-offset in ems, drawn or not. */
  la: GLLabel['anchor'];
  lo: GLLabel['offset'];
  ls: boolean;
}
export interface LinkProps { id: string; kind: 'general' | 'special'; from: string; to: string; directed: boolean }
export interface ArrowProps extends LinkProps {
  /** Clockwise degrees from east of the arc's last step, on screen. */
  angle: number;
  /** How far the target's symbol reaches from its centre at scale 1 (px): the arrow stops at its edge. */
  toReach: number;
}

const fc = <G extends Feature['geometry'], P>(features: Feature<G, P>[]): FeatureCollection<G, P> => ({ type: 'FeatureCollection', features });

/** The zones as features; `labels` places their labels (until the map has placed them: right of the symbol). */
export function zoneFeatures(atlas: Atlas, labels?: ReadonlyMap<string, GLLabel>): FeatureCollection<Point, ZoneProps> {
  return fc(atlas.zones.map((z) => {
    const l = labels?.get(z.id) ?? defaultGLLabel(z);
    return {
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: [z.location.lon, z.location.lat] },
      properties: {
        id: z.id, tier: z.tier, role: z.role, short_zh: z.short.zh, short_en: z.short.en,
        rank: labelRank(z),
        uncertainty0: z.location.approximate ? z.location.radiusKm * pxPerKmAtZoom0(z.location.lat) : 0,
        la: l.anchor, lo: l.offset, ls: l.shown,
      },
    };
  }));
}

/** Curved links (general first, so the named ones draw and hit-test on top) and their arrowheads. */
export function linkFeatures(atlas: Atlas): { lines: FeatureCollection<LineString, LinkProps>; arrows: FeatureCollection<Point, ArrowProps> } {
  const at = new Map(atlas.zones.map((z) => [z.id, z]));
  const ordered = [...atlas.links].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'general' ? -1 : 1));
  const lines: Feature<LineString, LinkProps>[] = [];
  const arrows: Feature<Point, ArrowProps>[] = [];
  for (const l of ordered) {
    const a = at.get(l.from);
    const b = at.get(l.to);
    if (!a || !b) continue;
    const pts = arc([a.location.lon, a.location.lat], [b.location.lon, b.location.lat]);
    const props: LinkProps = { id: l.id, kind: l.kind, from: l.from, to: l.to, directed: l.directed };
    lines.push({ type: 'Feature', geometry: { type: 'LineString', coordinates: pts }, properties: props });
    const end = pts.at(-1) as LonLat;
    const [x0, y0] = mercator(pts.at(-2) as LonLat);
    const [x1, y1] = mercator(end);
    const angle = (Math.atan2(y1 - y0, x1 - x0) * 180) / Math.PI;
    // A grouping of cities (no direction in its sentence) gets no arrowhead.
    if (hasArrow(l)) arrows.push({ type: 'Feature', geometry: { type: 'Point', coordinates: end }, properties: { ...props, angle, toReach: reach(b) } });
  }
  return { lines: fc(lines), arrows: fc(arrows) };
}

export interface BeltProps { label_zh: string; label_en: string }
export interface BeltLabelProps extends BeltProps {
  /** Clockwise degrees of the text on screen, along the line and never upside down. */
  angle: number;
}

/**
 * Where the belt's name goes: the point of the line farthest from every zone
 * (so it collides with no zone symbol or label), turned along the chord of the
 * line around it (so bends do not twist it) and never upside down. A point
 * label, so it sits the same at every zoom and is not cut at tile edges.
 */
export function beltLabelPoint(line: readonly LonLat[], avoid: readonly LonLat[], samples = 200): { at: LonLat; angle: number } {
  const pts = line.map(mercator);
  const cum = [0];
  for (let i = 1; i < pts.length; i++) {
    const [x0, y0] = pts[i - 1] as [number, number];
    const [x1, y1] = pts[i] as [number, number];
    cum.push((cum[i - 1] as number) + Math.hypot(x1 - x0, y1 - y0));
  }
  const total = cum.at(-1) ?? 0;
  /** The projected point at arc length d (clamped to the line). */
  const at = (d: number): [number, number] => {
    const dd = Math.min(Math.max(d, 0), total);
    let i = 1;
    while (i < pts.length - 1 && (cum[i] as number) < dd) i++;
    const [x0, y0] = pts[i - 1] as [number, number];
    const [x1, y1] = pts[i] as [number, number];
    const seg = (cum[i] as number) - (cum[i - 1] as number);
    const t = seg > 0 ? (dd - (cum[i - 1] as number)) / seg : 0;
    return [x0 + (x1 - x0) * t, y0 + (y1 - y0) * t];
  };
  const others = avoid.map(mercator);
  let best = { d: total / 2, clear: -1 };
  for (let k = 0; k <= samples; k++) {
    const d = (total * k) / samples;
    const [x, y] = at(d);
    const clear = Math.min(...others.map(([ox, oy]) => Math.hypot(ox - x, oy - y)));
    if (clear > best.clear) best = { d, clear };
  }
  // The chord over a fifth of the line around the point.
  const half = total / 10;
  const [ax, ay] = at(best.d - half);
  const [bx, by] = at(best.d + half);
  let angle = (Math.atan2(by - ay, bx - ax) * 180) / Math.PI;
  if (angle > 90) angle -= 180;
  if (angle < -90) angle += 180;
  const [x, y] = at(best.d);
  return { at: unmercator(x, y), angle };
}

export function beltFeatures(atlas: Atlas): { line: FeatureCollection<LineString, BeltProps>; label: FeatureCollection<Point, BeltLabelProps>; corridor: FeatureCollection<Polygon> } {
  const label = (lang: Lang): string => translate(lang, 'map.beltLabel', { name: atlas.belt.name[lang] });
  const names = { label_zh: label('zh'), label_en: label('en') };
  const place = beltLabelPoint(atlas.belt.line as LonLat[], atlas.zones.map((z) => [z.location.lon, z.location.lat] as LonLat));
  return {
    line: fc([{ type: 'Feature', geometry: { type: 'LineString', coordinates: atlas.belt.line }, properties: names }]),
    label: fc([{ type: 'Feature', geometry: { type: 'Point', coordinates: place.at }, properties: { ...names, angle: place.angle } }]),
    corridor: fc([{ type: 'Feature', geometry: { type: 'Polygon', coordinates: [atlas.belt.corridor] }, properties: {} }]),
  };
}

export interface CityLabelProps { id: string; name_zh: string; name_en: string }
/** City names in the body of each city (its area centroid), away from the seat where the zone is drawn; only `keep`'s, if given. */
export function cityLabelFeatures(b: Boundaries, keep?: ReadonlySet<string>): FeatureCollection<Point, CityLabelProps> {
  return fc(b.cities.features.filter((f) => !keep || keep.has(f.properties.id)).map((f) => ({
    type: 'Feature' as const,
    geometry: {
      type: 'Point' as const,
      coordinates: [f.properties.lx, f.properties.ly],
    },
    properties: { id: f.properties.id, name_zh: f.properties.name_zh, name_en: f.properties.name_en },
  })));
}

export const lineFeature = (g: MultiLineString): FeatureCollection<MultiLineString> => fc([{ type: 'Feature', geometry: g, properties: {} }]);
