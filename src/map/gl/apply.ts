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

export function applyLayerChanges(map: MapLibreMap, prev: readonly LayerSpecification[], next: readonly LayerSpecification[]): void {
  const before = new Map(prev.map((l) => [l.id, l as Parts]));
  for (const layer of next) {
    const a = before.get(layer.id);
    const b = layer as Parts;
    if (!a || !map.getLayer(layer.id)) continue;
    for (const [k, v] of Object.entries(b.paint ?? {})) if (!same(a.paint?.[k], v)) map.setPaintProperty(layer.id, k as PaintKey, v as AllPaintProperties[PaintKey]);
    for (const [k, v] of Object.entries(b.layout ?? {})) if (!same(a.layout?.[k], v)) map.setLayoutProperty(layer.id, k as LayoutKey, v as AllLayoutProperties[LayoutKey]);
    if (!same(a.filter, b.filter)) map.setFilter(layer.id, b.filter ?? null);
  }
}
