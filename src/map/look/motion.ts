/**
 * The map's animation policy, for both renderers: the links' dash "flow" runs
 * for at most FLOW_MS after the map appears or the links are switched on
 * (WCAG 2.2.2: moving content that starts by itself stops within 5 s), never
 * under prefers-reduced-motion, never off screen or in a hidden tab, and a
 * selection ends it (the reader has turned to the panel).
 */
export const FLOW_MS = 4_500;
/** One dash step of the flow (ms). */
export const FLOW_STEP_MS = 150;
/** The story's camera moves (eased 0.8–1.5 s; cut under reduced motion). */
export const CAMERA_MS = 1200;

export interface FlowConditions {
  awake: boolean;
  linksShown: boolean;
  reducedMotion: boolean;
  onScreen: boolean;
  pageVisible: boolean;
}

export const flowRuns = (c: FlowConditions): boolean => c.awake && c.linksShown && !c.reducedMotion && c.onScreen && c.pageVisible;

/** Duration of an eased move, or 0 (a cut) under reduced motion. */
export const moveMs = (ms: number, reducedMotion: boolean): number => (reducedMotion ? 0 : ms);
