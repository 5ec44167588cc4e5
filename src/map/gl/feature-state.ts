/**
 * Feature state set declaratively: give the states every feature should have
 * now; only the ones that changed are written, and a feature no longer listed
 * has its state removed. One instance per source.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

type State = Record<string, boolean | number>;

export class FeatureStates {
  #last = new Map<string, string>();
  constructor(readonly source: string) {}

  apply(m: MapLibreMap, next: ReadonlyMap<string, State>): void {
    for (const [id, state] of next) {
      const key = JSON.stringify(state);
      if (this.#last.get(id) === key) continue;
      m.setFeatureState({ source: this.source, id }, state);
      this.#last.set(id, key);
    }
    for (const id of [...this.#last.keys()]) {
      if (next.has(id)) continue;
      m.removeFeatureState({ source: this.source, id });
      this.#last.delete(id);
    }
  }
}
