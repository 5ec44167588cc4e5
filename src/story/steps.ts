/**
 * What a story step asks of the map: which zones come forward, which layers
 * show, where the camera goes. Pure, so it is unit-tested (story-keys.test.ts);
 * the rules are described at the top of data/story.yaml.
 */
import type { StoryStep, Zone } from '../data/types.ts';

import type { Layers } from '../state/app.svelte.ts';
import type { CameraTarget } from '../map/registry.ts';

/** The zones a step brings forward (null = all). */
export function highlightFor(step: StoryStep, zones: readonly Zone[]): string[] | null {
  if (step.highlight?.length) return [...step.highlight];
  if (step.zone) return [step.zone];
  const has = (l: string): boolean => step.layers.includes(l);
  if (has('zones')) return null;
  if (has('cores')) return zones.filter((z) => z.role === 'core').map((z) => z.id);
  if (has('national') !== has('provincial')) return zones.filter((z) => z.tier === (has('national') ? 'national' : 'provincial')).map((z) => z.id);
  // The belt's zones are derived by the data build (distance to the expressway), never listed by hand.
  if (has('belt')) return zones.filter((z) => z.belt.on).map((z) => z.id);
  return null;
}

/** The map's layer switches for a step: the belt and the links only when listed; zones and cities always. */
export function layersFor(step: StoryStep): Layers {
  return { belt: step.layers.includes('belt'), links: step.layers.includes('links'), national: true, provincial: true, cities: true };
}

/** Where the camera goes: the step's own camera; a zone step without a centre is centred on its zone. */
export function cameraFor(step: StoryStep, zonesById: ReadonlyMap<string, Zone>): CameraTarget {
  const c = step.camera;
  if (c.fit) return { fit: true };
  const z = step.zone ? zonesById.get(step.zone) : undefined;
  const center = c.center ?? (z ? ([z.location.lon, z.location.lat] as [number, number]) : undefined);
  if (!center && c.zoom === undefined) return { fit: true };
  return { center, zoom: c.zoom };
}

/** The 1-based step of the URL as a 0-based index within the story. */
export const indexOf = (step: number | null, total: number): number => Math.min(Math.max((step ?? 1) - 1, 0), Math.max(total - 1, 0));
