/**
 * Brings a live map from one built layer list to the next by setting only the
 * paint, layout and filter values that changed: the style is built once, and
 * language, theme and toggles never reload sources or move the camera.
 */
import type { Map as MapLibreMap, LayerSpecification, FilterSpecification, AllPaintProperties, AllLayoutProperties } from 'maplibre-gl';

type Props = Record<string, unknown>;
type PaintKey = keyof AllPaintProperties;
type LayoutKey = keyof AllLayoutProperties;
interface Parts { paint?: Props; layout?: Props; filter?: FilterSpecification }

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The keys whose value differs from `prev` to `next`; a key `next` no longer has is unset (undefined: the style's default). */
export function changes(prev: Props | undefined, next: Props | undefined): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const [k, v] of Object.entries(next ?? {})) if (!same(prev?.[k], v)) out.push([k, v]);
  for (const k of Object.keys(prev ?? {})) if (!(k in (next ?? {}))) out.push([k, undefined]);
  return out;
}

export function applyLayerChanges(map: MapLibreMap, prev: readonly LayerSpecification[], next: readonly LayerSpecification[]): void {
  const before = new Map(prev.map((l) => [l.id, l as Parts]));
  for (const layer of next) {
    const a = before.get(layer.id);
    const b = layer as Parts;
    if (!a || !map.getLayer(layer.id)) continue;
    for (const [k, v] of changes(a.paint, b.paint)) map.setPaintProperty(layer.id, k as PaintKey, v as AllPaintProperties[PaintKey]);
    for (const [k, v] of changes(a.layout, b.layout)) map.setLayoutProperty(layer.id, k as LayoutKey, v as AllLayoutProperties[LayoutKey]);
    if (!same(a.filter, b.filter)) map.setFilter(layer.id, b.filter ?? null);
  }
}
