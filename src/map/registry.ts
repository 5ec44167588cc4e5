/**
 * The map registry: the one way other views reach the map. Whichever renderer draws
 * now (the SVG map or the WebGL map) registers itself; the panel focuses a zone, the
 * export takes a picture and the story moves the camera through it, without knowing
 * which renderer that is or reading its DOM. The last camera asked for is kept, so a
 * renderer that arrives later (WebGL replacing SVG mid-story) starts where the story is.
 */

/** Where the camera should go: the home view (fit), or a centre and a MapLibre zoom. */
export type CameraTarget = { fit: true } | { fit?: false; center?: [number, number]; zoom?: number };

/** A picture of the map: its canvas (at `scale` times its size) and its size on screen in CSS px. */
export interface MapPicture { canvas: HTMLCanvasElement; width: number; height: number }

export interface MapRenderer {
  /** Moves keyboard focus to the zone's control; false if it has none (hidden tier). */
  focusZone(id: string): boolean;
  /** Focuses the map itself (its first zone or its canvas). */
  focusMap(): boolean;
  /** A picture of the map as it stands (for PNG and slides), about `scale` device px per CSS px; null if it cannot give one. */
  snapshot(scale: number): Promise<MapPicture | null>;
  /** Moves the camera; `animate` false cuts (reduced motion, or a renderer taking over). */
  moveCamera(target: CameraTarget, animate: boolean): void;
}

export const HOME: CameraTarget = { fit: true };

export class MapRegistry {
  #active: MapRenderer | null = null;
  #camera: CameraTarget = HOME;

  /** The camera last asked for (the home view until a story step moves it). */
  get camera(): CameraTarget {
    return this.#camera;
  }

  /** Makes `r` the map others talk to; it starts at the camera last asked for. Returns the unregister. */
  register(r: MapRenderer): () => void {
    this.#active = r;
    r.moveCamera(this.#camera, false);
    return () => {
      if (this.#active === r) this.#active = null;
    };
  }

  focusZone(id: string): boolean {
    return this.#active?.focusZone(id) ?? false;
  }

  focusMap(): boolean {
    return this.#active?.focusMap() ?? false;
  }

  snapshot(scale = 2): Promise<MapPicture | null> {
    return this.#active?.snapshot(scale).catch(() => null) ?? Promise.resolve(null);
  }

  moveCamera(target: CameraTarget, animate = true): void {
    this.#camera = target;
    this.#active?.moveCamera(target, animate);
  }
}
